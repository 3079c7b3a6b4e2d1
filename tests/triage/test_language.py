"""Language: "fr" for short French, SMS, codes and place names; langdetect (seeded) only on the rest."""
import pytest

from bot.triage import triage_message
from bot.triage.lang import detect_language

from .conftest import load_jsonl


@pytest.mark.parametrize("text", ["Angers", "AESH", "d'accord", "slt cv ?", "44000", "slt cv ? g 1 kestion", "oui",
                                  "ok", "MDPH", "Saint-Nazaire", "jsp koi faire", "AAH PCH RQTH", "", "   ", "?!",
                                  "mon fils a besoin d'aide", "bjr", "cc c pr mon frere", "0 800 360 360"])
def test_short_french(text):
    assert detect_language(text) == "fr"


@pytest.mark.parametrize("text,lang", [
    ("Hi, can you help my disabled father?", "en"), ("I want to kill myself", "en"),
    ("Hallo, ich spreche kein Französisch", "de"), ("Necesito información sobre ayudas", "es"),
    ("Mi hijo tiene autismo, necesitamos ayuda", "es"), ("O meu filho tem deficiência e precisa de ajuda", "pt"),
    ("Mio figlio è disabile e ha bisogno di aiuto", "it"), ("ابني معاق ويحتاج إلى مساعدة", "ar"),
])
def test_other_languages(text, lang):
    assert detect_language(text) == lang


def test_deterministic():
    assert {detect_language("Mein Sohn ist behindert, wir brauchen Hilfe") for _ in range(5)} == {"de"}


def test_language_dev_set(eval_dir):
    rows = load_jsonl(eval_dir / "language_dev.jsonl")
    ok = sum(triage_message(r["text"]).language == r["language"] for r in rows)
    assert ok / len(rows) >= 0.95


def test_foreign_message_is_still_triaged():
    r = triage_message("I want to kill myself")
    assert r.language == "en" and r.urgency == "vitale" and "langue: en" in r.signals
