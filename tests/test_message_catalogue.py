"""One message catalogue: every text a person reads is plain French (FALC), checked with one fixed splitter.

Sentences ≤ 15 words; every message of 8 words or more scores ≥ 60 on French Flesch (Kandel-Moles,
textstat pinned, set_lang("fr")), and those messages average ≥ 80; acronyms explained at first use.
Button labels and non-French lines are listed apart and checked for length only.
"""
from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
import textstat
import yaml

from bot import texts as bot_texts

ROOT = Path(__file__).resolve().parents[1]
SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])\s+|\n+")
WORD = re.compile(r"[\wÀ-ÿ'’-]+")
MAX_WORDS = 15
MIN_FLESCH = 60
MIN_AVERAGE = 80
BUTTON_MAX_CHARS = 40

# Acronyms a person may not know: if one appears, its meaning must be written in the same message.
ACRONYMS = {
    "MDPH": "maison départementale des personnes handicapées",
    "AESH": "accompagnant",
    "ESAT": "établissement",
    "IME": "institut",
    "PCH": "prestation de compensation",
    "AAH": "allocation aux adultes handicapés",
    "RGPD": "règlement",
    "PAG": "plan d'accompagnement global",
    "SAMU": "médecin",
}
SAMPLE_VALUES = {"reference": "K7P-4XM", "horaires": "du lundi au vendredi, de 9 h à 17 h",
                 "delai": "2 jours ouvrés", "departement": "Mayenne", "jours": 30, "domaines": "le logement",
                 "statut": "en cours de traitement"}


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_SPLIT.split(text) if s and s.strip()]


def words(text: str) -> list[str]:
    return [w for w in WORD.findall(text) if any(c.isalnum() for c in w)]


def _non_french_line(line: str) -> bool:
    french_markers = ("je ", "vous", "un conseiller", "écrivez", "é", "è", "à ")
    return not any(marker in line.lower() for marker in french_markers)


def domain_messages() -> tuple[dict[str, str], list[str], list[str]]:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    messages, buttons, foreign = {}, [], []
    for name, variants in domain["responses"].items():
        for index, variant in enumerate(variants):
            text = variant.get("text", "")
            if name == "utter_autre_langue":
                french = [line for line in text.split("\n") if not _non_french_line(line)]
                foreign += [line for line in text.split("\n") if _non_french_line(line)]
                text = "\n".join(french)
            messages[f"domain:{name}:{index}"] = text
            buttons += [b["title"] for b in variant.get("buttons", [])]
    return messages, buttons, foreign


def catalogue() -> tuple[dict[str, str], list[str], list[str]]:
    messages, buttons, foreign = domain_messages()
    for key, text in bot_texts.TEXTS.items():
        names = [f[1] for f in string.Formatter().parse(text) if f[1]]
        messages[f"texts:{key}"] = text.format(**{n: SAMPLE_VALUES[n] for n in names})
    buttons += list(bot_texts.BUTTONS.values())
    from bot.triage.emergency import DANGER_KINDS
    for kind, entry in DANGER_KINDS.items():
        messages[f"urgence:{kind}"] = str(entry["message"])
    try:
        from bot import texts_channels
    except ImportError:
        texts_channels = None
    if texts_channels is not None:
        for key, text in getattr(texts_channels, "CHANNEL_TEXTS", {}).items():
            names = [f[1] for f in string.Formatter().parse(text) if f[1]]
            messages[f"channels:{key}"] = text.format(**{n: SAMPLE_VALUES.get(n, "Mayenne") for n in names})
        buttons += list(getattr(texts_channels, "CHANNEL_BUTTON_LABELS", {}).values())
    return messages, buttons, foreign


MESSAGES, BUTTONS, FOREIGN = catalogue()


def flesch(text: str) -> float:
    textstat.set_lang("fr")
    return textstat.flesch_reading_ease(text)


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_sentence_is_short(key):
    too_long = [s for s in sentences(MESSAGES[key]) if len(words(s)) > MAX_WORDS]
    assert not too_long, f"{key}: sentences over {MAX_WORDS} words: {too_long}"


@pytest.mark.parametrize("key", sorted(k for k, t in MESSAGES.items() if len(words(t)) >= 8))
def test_each_message_is_easy_to_read(key):
    score = flesch(MESSAGES[key])
    assert score >= MIN_FLESCH, f"{key}: French Flesch {score:.0f} < {MIN_FLESCH}: {MESSAGES[key]!r}"


def test_messages_average_is_high():
    scores = [flesch(t) for t in MESSAGES.values() if len(words(t)) >= 8]
    assert len(scores) > 30
    average = sum(scores) / len(scores)
    assert average >= MIN_AVERAGE, f"average French Flesch {average:.1f} < {MIN_AVERAGE}"


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_acronyms_are_explained(key):
    text = MESSAGES[key]
    for acronym, meaning in ACRONYMS.items():
        if re.search(rf"\b{acronym}\b", text):
            assert meaning.lower() in text.lower(), f"{key}: {acronym} is not explained ({meaning!r})"


def test_messages_say_vous_not_tu():
    offenders = [k for k, t in MESSAGES.items() if re.search(r"\b(tu|toi|ton|ta|tes)\b", t, re.IGNORECASE)]
    assert not offenders


def test_button_labels_are_short():
    assert BUTTONS
    assert all(0 < len(label) <= BUTTON_MAX_CHARS for label in BUTTONS), [b for b in BUTTONS if len(b) > 40]


def test_non_french_lines_are_short():
    assert len(FOREIGN) >= 6
    assert all(len(words(line)) <= 25 for line in FOREIGN)


def test_the_splitter_is_fixed():
    assert sentences("Bonjour. Je suis là !\nAppelez le 15.") == ["Bonjour.", "Je suis là !", "Appelez le 15."]
