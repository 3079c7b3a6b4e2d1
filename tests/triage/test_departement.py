"""Département extraction, through bot.geo (skipped only if bot.geo is not installed)."""
import pytest

pytest.importorskip("bot.geo")

from bot.triage import triage_message  # noqa: E402


@pytest.mark.parametrize("text,code", [
    ("Bonjour, on habite à Laval.", "53"),
    ("Code postal 84000, j'ai besoin de répit", "84"),
    ("Nous sommes à Nantes, 44000.", "44"),
    ("Département 53, mon fils est sans solution", "53"),
    ("J'habite à Ajaccio, 20000", "2A"),
    ("J'habite à Bastia, 20200", "2B"),
    ("Nous sommes à La Réunion, 97400.", "974"),
    ("je voudrais un logement adapté. Bastia.", "2B"),
    ("Je vis dans le Vaucluse", "84"),
    ("j'habite dans le 59", "59"),
])
def test_departement(text, code):
    assert triage_message(text).departement == code


def test_saint_barthelemy_has_no_communaute_360():
    r = triage_message("J'habite à Saint-Barthélemy et je cherche un emploi")
    assert r.departement is None
    assert any("977" in s for s in r.signals), r.signals


def test_ambiguous_postal_code_takes_most_populated_and_says_so():
    r = triage_message("mon code postal est 01200")
    assert r.departement == "01"
    assert any("ambigu" in s for s in r.signals), r.signals


def test_latest_message_wins_in_a_conversation():
    from bot.triage import triage_conversation
    assert triage_conversation(["J'habite à Laval", "pardon, à Angers"]).departement == "49"


def test_narratives_departement(eval_dir):
    from .conftest import load_jsonl
    rows = load_jsonl(eval_dir / "narratives_dev.jsonl")
    ok = sum(triage_message(r["text"]).departement == r["departement"] for r in rows)
    assert ok / len(rows) >= 0.9, ok
