"""The one table of emergency numbers: allowed numbers only, plain French, coherent with the messages."""
import re

import pytest
import textstat

from bot.triage.emergency import C360_NUMBER, DANGER_KINDS, EMERGENCY_KINDS, NUMBERS, message_for, numbers_for

ALLOWED = {"15", "17", "18", "112", "114", "3114", "119", "3919", "115", "3977", "0 800 360 360"}
KINDS = ["suicide", "medical", "autrui", "violence", "violence_femme", "enfant", "maltraitance", "abri",
         "disparition", "incendie", "abandon", "danger"]


def test_kinds_are_the_agreed_ids():
    assert EMERGENCY_KINDS == KINDS


def test_only_numbers_from_the_domain_table():
    assert set(NUMBERS) == ALLOWED
    assert C360_NUMBER == "0 800 360 360"
    for kind in KINDS:
        assert DANGER_KINDS[kind]["numbers"], kind
        assert set(DANGER_KINDS[kind]["numbers"]) <= ALLOWED, kind


@pytest.mark.parametrize("kind", KINDS)
def test_message_shows_exactly_its_numbers(kind):
    msg = message_for(kind)
    shown = re.findall(r"\b(\d{2,4})\b(?! ans| jours| h\b)", msg)
    assert set(shown) == set(DANGER_KINDS[kind]["numbers"]), (kind, shown)


@pytest.mark.parametrize("kind", KINDS)
def test_message_is_plain_french(kind):
    msg = message_for(kind)
    textstat.set_lang("fr")
    assert textstat.flesch_reading_ease(msg) >= 60, kind
    for sentence in re.split(r"(?<=[.?!])\s+", msg):
        assert len(sentence.split()) <= 15, sentence
    assert "vous" in msg.lower()
    assert "N'attendez" not in msg


@pytest.mark.parametrize("kind,first", [("suicide", "3114"), ("medical", "15"), ("autrui", "15"), ("violence", "17"),
                                         ("violence_femme", "17"), ("enfant", "119"), ("abri", "115"),
                                         ("disparition", "17"), ("incendie", "18"), ("abandon", "15"),
                                         ("danger", "15")])
def test_first_number_fits_the_danger(kind, first):
    assert DANGER_KINDS[kind]["numbers"][0] == first


def test_specific_numbers():
    assert "114" in DANGER_KINDS["suicide"]["numbers"] and "112" in DANGER_KINDS["suicide"]["numbers"]
    assert "3919" in DANGER_KINDS["violence_femme"]["numbers"]
    assert "3977" in DANGER_KINDS["maltraitance"]["numbers"] and "17" in DANGER_KINDS["maltraitance"]["numbers"]
    assert "3977" in DANGER_KINDS["abandon"]["numbers"]
    assert "sourd" in message_for("medical") and "114" in message_for("medical")


def test_generic_danger_covers_medical_and_suicide():
    """When only the model sees the danger, the person gets the general numbers and the suicide line."""
    assert DANGER_KINDS["danger"]["numbers"] == ["15", "112", "3114", "114"]
    assert "3114" in message_for("danger") and "15" in message_for("danger")


def test_numbers_for_is_an_ordered_union():
    assert numbers_for(["suicide", "medical"]) == ["3114", "15", "112", "114"]
    assert numbers_for(["abri", "violence"]) == ["115", "17", "112", "114"]
    assert numbers_for([]) == []
    assert numbers_for(["inconnu"]) == []
