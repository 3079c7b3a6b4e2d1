"""`c360 triage` contract: JSON lines in and out, golden lines, errors as JSON, --eval metrics."""
import io
import json

from bot.triage.cli import evaluate, main

from .conftest import HERE, load_jsonl

CONTRACT = ["urgency", "domains", "requester", "age_stage", "departement", "complexity", "language", "signals"]
EXACT = [k for k in CONTRACT if k != "signals"] + ["danger_kinds", "flags", "numbers"]


def run(lines: str, argv=None):
    out = io.StringIO()
    rc = main(argv or [], stdin=io.StringIO(lines), stdout=out)
    return rc, [json.loads(l) for l in out.getvalue().splitlines()]


def test_golden_lines():
    rc, got = run((HERE / "golden_in.jsonl").read_text(encoding="utf-8"))
    expected = load_jsonl(HERE / "golden_out.jsonl")
    assert rc == 0
    assert len(got) == len(expected) == 14  # one line per non-blank input line, in order
    for g, e in zip(got, expected):
        if "error" in e:
            assert set(g) == {"error"} and isinstance(g["error"], str) and g["error"]
            continue
        for k in CONTRACT:
            assert k in g
        for k in EXACT:
            assert g[k] == e[k], (k, g, e)
        assert isinstance(g["signals"], list) and all(isinstance(s, str) and s for s in g["signals"])
        assert e["signals"][:1] == g["signals"][:1]


def test_values_are_in_the_contract():
    rc, got = run("\n".join(json.dumps({"text": t}) for t in ["je veux mourir", "Bonjour", "Mon fils de 12 ans", "53000"]))
    for d in got:
        assert d["urgency"] in {"vitale", "haute", "normale"}
        assert d["requester"] in {"personne", "aidant", "professionnel", "inconnu"}
        assert d["age_stage"] in {"moins_16", "16_21", "plus_21", "inconnu"}
        assert d["complexity"] in {1, 2, 3}
        assert d["departement"] is None or isinstance(d["departement"], str)
        assert len(d["language"]) == 2


def test_malformed_lines_never_stop_the_stream():
    rc, got = run('{"text": "bonjour"}\n{oops\n42\n{"text": 5}\n{"text": "je veux mourir"}\n')
    assert rc == 0 and len(got) == 5
    assert "error" in got[1] and "error" in got[2] and "error" in got[3]
    assert got[4]["urgency"] == "vitale"


def test_utf8_output_not_escaped():
    out = io.StringIO()
    main([], stdin=io.StringIO('{"text": "je suis épuisée, je m\'occupe seule de mon fils"}\n'), stdout=out)
    assert "aidant épuisé" in out.getvalue()


def test_eval_text_and_json(tmp_path):
    f = tmp_path / "e.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"text": "je veux mourir", "urgency": "vitale", "domains": []},
        {"text": "ce dossier me tue", "urgency": "normale", "domains": ["droits"]},
        {"text": "Nous allons être expulsés dans trois semaines", "urgency": "haute", "domains": ["logement"]},
        {"text": "Bonjour, je suis le papa d'Emma, 10 ans", "requester": "aidant", "age_stage": ["moins_16", "16_21"]},
        {"text": "Hello, can you help me?", "language": "en"},
    ]), encoding="utf-8")
    out = io.StringIO()
    assert main(["--eval", str(f)], stdout=out) == 0
    text = out.getvalue()
    assert "vitale" in text and "haute ou plus" in text and "normale → vitale: 0" in text and "micro-F1" in text
    out = io.StringIO()
    assert main(["--eval", str(f), "--json"], stdout=out) == 0
    m = json.loads(out.getvalue())
    assert m["urgency"]["vitale"]["recall"] == 1.0 and m["urgency"]["normale_to_vitale"] == 0
    assert m["urgency"]["haute_or_above_recall"] == 1.0
    assert m["domains"]["micro_f1"] == 1.0
    assert m["accuracy"]["requester"] == 1.0 and m["accuracy"]["age_stage"] == 1.0 and m["accuracy"]["language"] == 1.0


def test_eval_counts_errors():
    m = evaluate([{"text": "bonjour", "urgency": "vitale", "domains": ["emploi"]},
                  {"text": "je veux mourir", "urgency": "normale"}])
    assert m["urgency"]["vitale"]["recall"] == 0.0
    assert m["urgency"]["normale_to_vitale"] == 1
    assert m["domains"]["micro_f1"] == 0.0
    assert len(m["errors"]) == 2


def test_eval_missing_file_exit_code():
    out = io.StringIO()
    assert main(["--eval", "/nonexistent/file.jsonl"], stdout=out) == 2
    assert "error" in json.loads(out.getvalue())
