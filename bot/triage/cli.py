"""`c360 triage`: JSON lines in, JSON lines out; `--eval FILE` scores labelled examples.

Default: each stdin line is a JSON object with a "text" field (or "texts": a list of user turns, triaged as a
conversation); one JSON line is written per input line, in order, with the contract keys (urgency, domains,
requester, age_stage, departement, complexity, language, signals) plus danger_kinds, flags and numbers.
A malformed line gives {"error": "..."} and the run goes on. Blank lines are skipped.

`--eval FILE [--json] [--errors]`: FILE holds JSON lines with a text and any subset of expected fields (a list in a
single-value field means any of its values is accepted; domains are scored as a set). Prints recall and
precision per urgency level, haute-or-above recall, normale→vitale count, domains micro-F1 and accuracy
per other field. Exit code 0 (2 if FILE cannot be read).
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import IO, Any, Dict, List, Optional, Sequence

from . import triage_conversation, triage_message

LEVELS = ["vitale", "haute", "normale"]
SINGLE_FIELDS = ["requester", "age_stage", "departement", "complexity", "language"]


def _triage_obj(obj: Any):
    if not isinstance(obj, dict):
        raise ValueError("une ligne doit être un objet JSON avec un champ \"text\"")
    if "texts" in obj and isinstance(obj["texts"], list) and all(isinstance(t, str) for t in obj["texts"]):
        return triage_conversation(obj["texts"])
    text = obj.get("text")
    if not isinstance(text, str):
        raise ValueError("champ \"text\" manquant ou pas une chaîne")
    return triage_message(text)


def run_lines(stdin: IO[str], stdout: IO[str]) -> int:
    for line in stdin:
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            out: Dict[str, Any] = _triage_obj(obj).to_contract()
        except json.JSONDecodeError as exc:
            out = {"error": f"JSON invalide: {exc.msg} (colonne {exc.colno})"}
        except ValueError as exc:
            out = {"error": str(exc)}
        except Exception as exc:  # never a stack trace on the contract stream
            out = {"error": f"erreur interne: {type(exc).__name__}"}
        stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0


def _accepts(expected: Any, got: Any) -> bool:
    if isinstance(expected, list):
        return any(_same(e, got) for e in expected)
    return _same(expected, got)


def _same(e: Any, g: Any) -> bool:
    if e is None or g is None:
        return e is None and g is None
    return str(e) == str(g)


def evaluate(rows: Sequence[Dict[str, Any]]) -> Dict[str, Any]:
    """Metrics over labelled rows (dicts with text/texts and expected fields)."""
    conf = {e: {p: 0 for p in LEVELS} for e in LEVELS}
    tp = fp = fn = 0
    acc: Dict[str, List[int]] = {f: [0, 0] for f in SINGLE_FIELDS}
    errors: List[Dict[str, Any]] = []
    n = 0
    for row in rows:
        n += 1
        res = _triage_obj(row).to_contract()
        err: Dict[str, Any] = {}
        exp_u = row.get("urgency")
        if exp_u is not None:
            exp_list = exp_u if isinstance(exp_u, list) else [exp_u]
            e = res["urgency"] if res["urgency"] in exp_list else exp_list[0]
            if e in conf and res["urgency"] in conf[e]:
                conf[e][res["urgency"]] += 1
            if res["urgency"] not in exp_list:
                err["urgency"] = [exp_u, res["urgency"]]
        if "domains" in row and isinstance(row["domains"], list):
            exp_d, got_d = set(row["domains"]), set(res["domains"])
            tp += len(exp_d & got_d)
            fp += len(got_d - exp_d)
            fn += len(exp_d - got_d)
            if exp_d != got_d:
                err["domains"] = [sorted(exp_d), sorted(got_d)]
        for f in SINGLE_FIELDS:
            if f in row:
                acc[f][1] += 1
                if _accepts(row[f], res[f]):
                    acc[f][0] += 1
                else:
                    err[f] = [row[f], res[f]]
        if err:
            errors.append({"text": row.get("text") or row.get("texts"), "errors": err, "signals": res["signals"]})
    metrics: Dict[str, Any] = {"n": n, "urgency": {}}
    n_urg = sum(sum(v.values()) for v in conf.values())
    for lvl in LEVELS:
        support = sum(conf[lvl].values())
        predicted = sum(conf[e][lvl] for e in LEVELS)
        metrics["urgency"][lvl] = {
            "support": support,
            "recall": round(conf[lvl][lvl] / support, 4) if support else None,
            "precision": round(conf[lvl][lvl] / predicted, 4) if predicted else None,
        }
    hi_support = sum(conf[e][p] for e in ("vitale", "haute") for p in LEVELS)
    hi_ok = sum(conf[e][p] for e in ("vitale", "haute") for p in ("vitale", "haute"))
    metrics["urgency"]["haute_or_above_recall"] = round(hi_ok / hi_support, 4) if hi_support else None
    metrics["urgency"]["normale_to_vitale"] = conf["normale"]["vitale"]
    metrics["urgency"]["accuracy"] = round(sum(conf[l][l] for l in LEVELS) / n_urg, 4) if n_urg else None
    metrics["urgency"]["confusion"] = conf
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    metrics["domains"] = {"micro_precision": round(prec, 4), "micro_recall": round(rec, 4), "micro_f1": round(f1, 4),
                          "support": tp + fn}
    metrics["accuracy"] = {f: (round(a / t, 4) if t else None) for f, (a, t) in acc.items()}
    metrics["support"] = {f: t for f, (a, t) in acc.items()}
    metrics["errors"] = errors
    return metrics


def load_rows(path: str) -> List[Dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError(f"ligne {i}: objet JSON attendu")
                rows.append(obj)
    return rows


def format_metrics(m: Dict[str, Any], show_errors: bool = False) -> str:
    def f(x):
        return "-" if x is None else f"{x:.2f}"

    u = m["urgency"]
    lines = [f"exemples: {m['n']}", "urgence:"]
    for lvl in LEVELS:
        lines.append(f"  {lvl:8s} rappel {f(u[lvl]['recall'])}  précision {f(u[lvl]['precision'])}  (n={u[lvl]['support']})")
    lines.append(f"  haute ou plus: rappel {f(u['haute_or_above_recall'])}")
    lines.append(f"  normale → vitale: {u['normale_to_vitale']}")
    lines.append(f"  exactitude: {f(u['accuracy'])}")
    d = m["domains"]
    lines.append(f"domaines: micro-F1 {f(d['micro_f1'])} (précision {f(d['micro_precision'])}, rappel {f(d['micro_recall'])}, n={d['support']})")
    for k, v in m["accuracy"].items():
        if m["support"][k]:
            lines.append(f"{k}: exactitude {f(v)} (n={m['support'][k]})")
    if show_errors:
        for e in m["errors"]:
            lines.append(f"  ✗ {json.dumps(e['errors'], ensure_ascii=False)} | {e['text']}")
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None, stdin: Optional[IO[str]] = None, stdout: Optional[IO[str]] = None) -> int:
    stdin = stdin if stdin is not None else sys.stdin
    stdout = stdout if stdout is not None else sys.stdout
    parser = argparse.ArgumentParser(prog="c360 triage", description="Triage de messages (lignes JSON).")
    parser.add_argument("--eval", metavar="FILE", help="évaluer sur un fichier de lignes JSON étiquetées")
    parser.add_argument("--json", action="store_true", help="avec --eval: métriques en JSON")
    parser.add_argument("--errors", action="store_true", help="avec --eval: lister les erreurs")
    args = parser.parse_args(argv)
    if args.eval:
        try:
            rows = load_rows(args.eval)
        except (OSError, ValueError) as exc:
            stdout.write(json.dumps({"error": f"lecture de {args.eval}: {exc}"}, ensure_ascii=False) + "\n")
            return 2
        metrics = evaluate(rows)
        if args.json:
            if not args.errors:
                metrics = {k: v for k, v in metrics.items() if k != "errors"}
            stdout.write(json.dumps(metrics, ensure_ascii=False) + "\n")
        else:
            stdout.write(format_metrics(metrics, show_errors=args.errors) + "\n")
        return 0
    return run_lines(stdin, stdout)


if __name__ == "__main__":  # python -m bot.triage.cli
    sys.exit(main())
