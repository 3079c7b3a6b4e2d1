"""The learned model beside the rules (bot/triage/model.py): present, fresh, only ever raising urgency.

Figures on the frozen held-out sets are floors here (regression guards). A blind set is never trained on before
its first look is recorded in its README; from then on it is a tuning set (TRAINED_HELDOUT in
scripts/train_triage_model.py) and its floor guards against regressions only.
"""
import gzip
import json
import sys
from pathlib import Path

import pytest

from bot.triage import danger_check, is_new_danger, triage_conversation, triage_message
from bot.triage import model as M
from bot.triage.cli import evaluate
from bot.triage.danger import MODEL_VITALE_SIGNAL

from .conftest import REPO, TUNE, load_jsonl

# Phrasings written for this test (not in any training set) that no rule catches: the model must.
ONLY_THE_MODEL_SEES = [
    "j'ai donné mon chat à la voisine et écrit à chacun de mes enfants, c'est mieux comme ça",
    "ce soir je rejoins papa au ciel, j'ai tout ce qu'il faut dans le tiroir",
    "j'ai mis la voiture dans le garage avec le moteur qui tourne, je voulais vous dire au revoir",
]


def test_model_file_is_present_and_loads():
    m = M.load()
    assert m is not None, f"{M.MODEL_PATH} missing: run scripts/train_triage_model.py"
    assert set(m.heads) == {"urgency", "kind", "domain", "complexity", "requester"}
    assert m.heads["urgency"]["labels"] == ["vitale", "haute", "normale"]


def test_model_was_trained_on_the_current_data():
    sys.path.insert(0, str(REPO / "scripts"))
    import train_triage_model as T

    with gzip.open(M.MODEL_PATH, "rt", encoding="utf-8") as fh:
        meta = json.load(fh)["meta"]
    files = T.training_files()
    assert meta["data_hash"] == T.data_hash(files), "training data changed: run scripts/train_triage_model.py"
    trained = {f.parent.name for f in files if f.parent.name.startswith("heldout")}
    assert trained == set(T.TRAINED_HELDOUT)
    for name in trained:  # a blind set is trained on only after its first look is written down
        readme = (REPO / "tests/data" / name / "README.md").read_text(encoding="utf-8")
        assert "First look" in readme or "first look" in readme, name
    blind = {p.name for p in (REPO / "tests/data").glob("heldout*")} - trained
    assert blind, "keep the newest blind sets out of training: they judge the next round"


def test_features_are_deterministic_and_mark_negation():
    f = M.features("Je ne veux pas mourir")
    assert f == M.features("je ne veux pas mourir") == sorted(f)
    assert "n:mourir" in f and "w:mourir" in f and "c: mour" in f


@pytest.mark.parametrize("text", ONLY_THE_MODEL_SEES)
def test_model_raises_danger_the_rules_miss(text, monkeypatch):
    r = danger_check(text)
    assert r.urgency == "vitale", (text, r.signals)
    assert "15" in r.numbers and "112" in r.numbers and "3114" in r.numbers
    assert any(s.startswith(MODEL_VITALE_SIGNAL) for s in r.signals)
    assert is_new_danger(["bonjour"], text), "the dialogue must show the numbers for it"
    full = triage_message(text)
    assert full.urgency == "vitale" and full.to_contract()["urgency"] == "vitale"


@pytest.mark.parametrize("text", ONLY_THE_MODEL_SEES)
def test_without_the_model_the_rules_alone_miss_them(text, rules_only):
    assert danger_check(text).urgency != "vitale"


def test_model_only_danger_inside_a_conversation():
    turns = ["Bonjour", "je voudrais des infos sur la PCH", ONLY_THE_MODEL_SEES[1]]
    assert triage_conversation(turns).urgency == "vitale"
    assert is_new_danger(turns[:-1], turns[-1])
    # said again identically: not a new danger (the numbers are not shown twice for the same words)
    assert is_new_danger(turns, turns[-1]) == []


def test_model_never_names_other_kinds_where_the_rules_found_the_danger():
    assert danger_check("mon mari me frappe").danger_kinds == ["violence_femme"]
    assert is_new_danger(["je veux mourir"], "mon mari me frappe") == ["violence_femme"]


CMI_RENEWAL = "Je voudrais savoir comment renouveler ma carte mobilité inclusion, elle expire le mois prochain."


def test_model_reads_a_plain_question_as_level_1():
    """An information question (level 1 in the guide): the rules alone see two domains and say 2."""
    r = triage_message(CMI_RENEWAL)
    assert r.complexity == 1 and "droits" in r.domains, r.signals


def test_rules_alone_overcount_it(rules_only):
    assert triage_message(CMI_RENEWAL).complexity == 2


def test_short_texts_are_left_to_the_rules():
    for t in ["ce soir", "mon mari", "Laval", "oui"]:
        assert M.predict(t) is None
        assert danger_check(t).urgency == "normale"


def test_switch_off(rules_only):
    assert M.load() is None
    assert danger_check(ONLY_THE_MODEL_SEES[0]).urgency != "vitale"


def test_huge_paste_is_read_in_windows():
    # the model reads a long story in windows of a few clauses (docs/TRIAGE.md: next to a strong ordinary
    # request in the same window, a danger sentence can still be diluted; the rules read everything)
    filler = "Nous habitons au deuxième étage. Mon fils a quinze ans. " * 600
    text = filler + ONLY_THE_MODEL_SEES[0] + ". " + filler
    assert len(text) > 50_000
    short = ("a " * 20, "b " * 15)
    assert M.windows(short) == [short]
    mid = ("a " * 30, "b " * 20)
    assert M.windows(mid) == [mid, ("a " * 30,), ("b " * 20,)]
    assert M.windows(("a " * 50, "b " * 60, "c " * 30, "d " * 5)) == [("a " * 50,), ("b " * 60,), ("c " * 30,), ("c " * 30, "d " * 5), ("d " * 5,)]
    assert danger_check(text).urgency == "vitale"


def _vitale_rows():
    files = [TUNE] + sorted((REPO / "tests/data/round2").glob("*.jsonl"))
    return [r for f in files for r in load_jsonl(f) if r.get("urgency") == "vitale" and r.get("text")]


def test_model_never_lowers_a_vitale_the_rules_see():
    rows = _vitale_rows()
    assert len(rows) > 300
    missed = [r["text"] for r in rows if danger_check(r["text"]).urgency != "vitale"]
    assert missed == []


def test_product_on_the_tune_set():
    m = evaluate(load_jsonl(TUNE))
    assert m["urgency"]["vitale"]["recall"] == 1.0
    assert m["urgency"]["normale_to_vitale"] <= 1  # "Mon fils s'enferme dans sa chambre" (docs/TRIAGE.md)
    assert m["domains"]["micro_f1"] >= 0.95


HELDOUT = REPO / "tests" / "data" / "heldout"
HELDOUT2 = REPO / "tests" / "data" / "heldout2"
HELDOUT3 = REPO / "tests" / "data" / "heldout3"  # blind, written 2026-12-03; first figures before any tuning
HELDOUT4 = REPO / "tests" / "data" / "heldout4"  # blind, written 2026-12-03 after round 4; tuned on in round 5
HELDOUT5 = REPO / "tests" / "data" / "heldout5"  # blind, written 2026-12-03 during round 5; tuned on in round 5b
HELDOUT6 = REPO / "tests" / "data" / "heldout6"  # blind, written 2026-12-03 during round 5b; tuned on in round 5c
HELDOUT7 = REPO / "tests" / "data" / "heldout7"  # blind, written 2026-12-03 during round 5c; tuned on in round 5e
HELDOUT8 = REPO / "tests" / "data" / "heldout8"  # blind, written 2026-12-03 during round 5e; first look after it


@pytest.mark.parametrize("path,vitale,haute_plus,domains", [
    (HELDOUT / "triage_heldout.jsonl", 0.95, 0.95, 0.82),
    (HELDOUT2 / "triage_heldout2.jsonl", 0.90, 0.95, 0.81),
    (HELDOUT3 / "triage_heldout3.jsonl", 0.97, 0.97, 0.78),
    (HELDOUT4 / "triage_heldout4.jsonl", 0.98, 0.98, 0.83),
    (HELDOUT5 / "triage_heldout5.jsonl", 0.98, 0.98, 0.82),
    (HELDOUT6 / "triage_heldout6.jsonl", 0.98, 0.98, 0.82),
    (HELDOUT7 / "triage_heldout7.jsonl", 0.98, 0.97, 0.71),
    (HELDOUT8 / "triage_heldout8.jsonl", 0.95, 0.95, 0.71),
])
def test_heldout_floors(path, vitale, haute_plus, domains):
    """Regression floors on the frozen sets (figures measured on 2026-12-02, docs/TRIAGE.md)."""
    m = evaluate(load_jsonl(path))
    assert m["urgency"]["vitale"]["recall"] >= vitale
    assert m["urgency"]["haute_or_above_recall"] >= haute_plus
    assert m["domains"]["micro_f1"] >= domains


@pytest.mark.parametrize("path", [HELDOUT / "narratives_heldout.jsonl", HELDOUT2 / "narratives_heldout2.jsonl",
                                  HELDOUT3 / "narratives_heldout3.jsonl"])
def test_heldout_narrative_floors(path):
    m = evaluate(load_jsonl(path))
    assert m["accuracy"]["complexity"] >= 0.82
    assert m["accuracy"]["age_stage"] >= 0.89
    assert m["accuracy"]["departement"] >= 0.92
    assert m["urgency"]["haute_or_above_recall"] >= 0.95


@pytest.mark.parametrize("path,complexity,age,departement,haute_plus", [
    (HELDOUT4 / "narratives_heldout4.jsonl", 0.70, 0.95, 0.95, 0.92),
    (HELDOUT5 / "narratives_heldout5.jsonl", 0.90, 0.93, 0.94, 0.97),
    (HELDOUT6 / "narratives_heldout6.jsonl", 0.82, 0.95, 0.95, 0.97),
    (HELDOUT7 / "narratives_heldout7.jsonl", 0.75, 0.88, 0.93, 0.97),
    (HELDOUT8 / "narratives_heldout8.jsonl", 0.80, 0.95, 0.95, 0.97),
])
def test_later_heldout_narrative_floors(path, complexity, age, departement, haute_plus):
    """The later blind sets' own floors, a little under their first figures (docs/TRIAGE.md)."""
    m = evaluate(load_jsonl(path))
    assert m["accuracy"]["complexity"] >= complexity
    assert m["accuracy"]["age_stage"] >= age
    assert m["accuracy"]["departement"] >= departement
    assert m["urgency"]["haute_or_above_recall"] >= haute_plus


@pytest.mark.parametrize("path", [HELDOUT / "language_heldout.jsonl", HELDOUT2 / "language_heldout2.jsonl",
                                  HELDOUT3 / "language_heldout3.jsonl", HELDOUT4 / "language_heldout4.jsonl",
                                  HELDOUT5 / "language_heldout5.jsonl"])
def test_heldout_language(path):
    assert evaluate(load_jsonl(path))["accuracy"]["language"] >= 0.95


EVENING = REPO / "tests" / "data"


@pytest.mark.parametrize("name,vitale,n_to_v,domains", [
    # the evening's sets (2026-12-03) and heldout15–19: trained on since round 7 (their floors guard regressions only)
    ("heldout9", 1.0, 0, 0.88), ("heldout10", 1.0, 1, 0.85), ("heldout11", 1.0, 1, 0.84),
    ("heldout12", 1.0, 2, 0.88), ("heldout13", 1.0, 1, 0.88), ("heldout14", 1.0, 1, 0.88),
    ("heldout15", 1.0, 1, 0.88), ("heldout16", 1.0, 1, 0.88), ("heldout17", 1.0, 1, 0.88),
    ("heldout18", 1.0, 1, 0.88), ("heldout19", 1.0, 2, 0.85),
    # the judges of the day's first half (2026-12-04), tuned and trained on since round 7b
    ("heldout20", 1.0, 1, 0.88), ("heldout21", 1.0, 1, 0.88),
    # the judges of 2026-12-04 evening, never tuned on: floors a little under their figures (docs/TRIAGE.md)
    ("heldout22", 0.90, 6, 0.81), ("heldout23", 0.90, 2, 0.84),
])
def test_evening_triage_floors(name, vitale, n_to_v, domains):
    m = evaluate(load_jsonl(EVENING / name / f"triage_{name}.jsonl"))
    assert m["urgency"]["vitale"]["recall"] >= vitale, "a vitale message of a tuned or blind set is missed"
    assert m["urgency"]["normale_to_vitale"] <= n_to_v
    assert m["urgency"]["haute_or_above_recall"] >= 0.92
    assert m["domains"]["micro_f1"] >= domains


@pytest.mark.parametrize("name", ["heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15",
                                  "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21",
                                  "heldout22"])
def test_evening_narrative_floors(name):
    m = evaluate(load_jsonl(EVENING / name / f"narratives_{name}.jsonl"))
    assert m["urgency"]["vitale"]["recall"] == 1.0
    assert m["urgency"]["normale_to_vitale"] <= 2
    assert m["accuracy"]["requester"] >= 0.90
    assert m["accuracy"]["age_stage"] >= 0.92
    assert m["accuracy"]["departement"] >= 0.90
    assert m["accuracy"]["complexity"] >= 0.88


@pytest.mark.parametrize("name", ["heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22",
                                  "heldout23"])
def test_ordinary_stories_mostly_stay_normale(name):
    """The haute story floor (T_HAUTE_STORY): most ordinary narratives are not raised to haute, ruptures still are."""
    m = evaluate(load_jsonl(EVENING / name / f"narratives_{name}.jsonl"))
    assert m["urgency"]["normale"]["recall"] >= 0.80
    assert m["urgency"]["haute_or_above_recall"] >= 0.90


def test_everyday_short_messages_are_a_check_set_not_training_data():
    """tests/data/everyday/: short everyday messages, never trained on (README): a guard against more false alarms."""
    sys.path.insert(0, str(REPO / "scripts"))
    import train_triage_model as T

    path = REPO / "tests" / "data" / "everyday" / "w21_short_ordinary.jsonl"
    assert path not in T.training_files()
    m = evaluate(load_jsonl(path))
    assert m["urgency"]["vitale"]["recall"] >= 0.92
    assert m["urgency"]["normale_to_vitale"] <= 20, "more everyday messages raised to vitale than on 2026-12-04 (15)"


def test_the_last_judges_narratives():
    """heldout23 (never tuned on): requester 0.88 there, under the issue's 0.90 (docs/TRIAGE.md)."""
    m = evaluate(load_jsonl(EVENING / "heldout23" / "narratives_heldout23.jsonl"))
    assert m["urgency"]["vitale"]["recall"] == 1.0 and m["urgency"]["normale_to_vitale"] == 0
    assert m["accuracy"]["requester"] >= 0.86 and m["accuracy"]["age_stage"] >= 0.92
    assert m["accuracy"]["departement"] >= 0.93 and m["accuracy"]["complexity"] >= 0.88
