#!/usr/bin/env python3
"""Validate (and optionally score against) the frozen held-out set `heldout10`.

Usage
  python check.py                          # validate the two files beside this script
  python check.py --dev DIR                # also check there is no overlap with the dev sets in DIR
  python check.py --repo /path/to/main     # run bot.triage of that checkout on every text and score it
  python check.py --pred-triage P.jsonl --pred-narratives Q.jsonl
                                           # score predictions made elsewhere (same order as the gold
                                           # files, or each line carrying the gold `text`)

Exit status: 0 when the files are valid, 1 when a validation error was found. Scoring never changes
the exit status: it only prints numbers. Standard library only.
"""
import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TRIAGE = os.path.join(HERE, "triage_heldout10.jsonl")
NARR = os.path.join(HERE, "narratives_heldout10.jsonl")

URGENCY = ("vitale", "haute", "normale")
DOMAINS = {"scolarite", "emploi", "logement", "sante", "repit", "loisirs", "transport", "droits",
           "vie_sociale", "accompagnement"}
REQUESTER = {"personne", "aidant", "professionnel", "inconnu"}
AGE = {"moins_16", "16_21", "plus_21", "inconnu"}
DEPTS = ({"%02d" % i for i in range(1, 96) if i != 20} | {"2A", "2B"}
         | {"971", "972", "973", "974", "976"})
TRIAGE_KEYS = ["text", "urgency", "domains"]
NARR_KEYS = ["text", "requester", "age_stage", "departement", "domains", "complexity", "urgency"]

TARGET_TRIAGE = {"vitale": 60, "haute": 50, "normale": 130}
TARGET_NARR = 40

# Words the normale traps of this set must cover (brief of heldout10).
TRAP_WORDS = ["ce soir", "cette nuit", "demain matin", "tout seul", "plus de", "rien", "personne",
              "tomb", "mourir", "crev", "tuer|tue |tué", "partir|pars ", "dernière fois", "fini",
              "froid", "chauffage", "médicament", "pilulier", "hôpital", "urgences", "3114", "115",
              "corde", "couteau", "pont"]

errors = []


def err(msg):
    errors.append(msg)


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{os.path.basename(path)}:{n}: empty line")
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f"{os.path.basename(path)}:{n}: invalid JSON ({e})")
    return rows


def check_domains(where, d):
    if not isinstance(d, list):
        err(f"{where}: domains must be a list")
        return
    bad = [x for x in d if x not in DOMAINS]
    if bad:
        err(f"{where}: unknown domains {bad}")
    if len(set(d)) != len(d):
        err(f"{where}: duplicated domain")


def one_or_list(where, field, value, allowed):
    vals = value if isinstance(value, list) else [value]
    if not vals or any(v not in allowed for v in vals):
        err(f"{where}: bad {field} {value!r}")


def sentences(text):
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def validate():
    tri = load(TRIAGE)
    nar = load(NARR)
    texts = []
    for n, r in tri:
        w = f"triage:{n}"
        if list(r) != TRIAGE_KEYS:
            err(f"{w}: keys {list(r)} != {TRIAGE_KEYS} (names and order)")
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            err(f"{w}: empty text")
        if r["urgency"] not in URGENCY:
            err(f"{w}: bad urgency {r['urgency']!r}")
        check_domains(w, r["domains"])
        texts.append(r["text"])
    for n, r in nar:
        w = f"narratives:{n}"
        if list(r) != NARR_KEYS:
            err(f"{w}: keys {list(r)} != {NARR_KEYS} (names and order)")
            continue
        if r["urgency"] not in URGENCY:
            err(f"{w}: bad urgency {r['urgency']!r}")
        one_or_list(w, "requester", r["requester"], REQUESTER)
        one_or_list(w, "age_stage", r["age_stage"], AGE)
        one_or_list(w, "departement", r["departement"], DEPTS)
        check_domains(w, r["domains"])
        c = r["complexity"]
        if (not isinstance(c, list) or not c or any(not isinstance(x, int) or x not in (1, 2, 3) for x in c)
                or c != sorted(set(c))):
            err(f"{w}: complexity must be a sorted non-empty list of levels 1-3, got {c!r}")
        k = len(sentences(r["text"]))
        if not 4 <= k <= 10:
            err(f"{w}: {k} sentences (4 to 10 expected)")
        texts.append(r["text"])
    dup = [t for t, k in collections.Counter(t.strip().lower() for t in texts).items() if k > 1]
    if dup:
        err(f"duplicated texts: {dup[:5]}")

    cnt = collections.Counter(r["urgency"] for _, r in tri if "urgency" in r)
    print(f"triage: {len(tri)} lines, {dict(cnt)} (target {TARGET_TRIAGE})")
    if len(tri) != sum(TARGET_TRIAGE.values()):
        err(f"triage: {len(tri)} lines, {sum(TARGET_TRIAGE.values())} expected")
    for u, t in TARGET_TRIAGE.items():
        if abs(cnt[u] - t) > 5:
            err(f"triage: {cnt[u]} {u}, about {t} expected")
    ncnt = collections.Counter(r["urgency"] for _, r in nar if "urgency" in r)
    deps = sorted({r.get("departement") for _, r in nar if isinstance(r.get("departement"), str)})
    print(f"narratives: {len(nar)} lines, {dict(ncnt)}, {len(deps)} départements: {' '.join(deps)}")
    if len(nar) != TARGET_NARR:
        err(f"narratives: {len(nar)} lines, {TARGET_NARR} expected")
    if not {"2A", "2B"} & set(deps) or not {"971", "972", "973", "974", "976"} & set(deps):
        err("narratives: Corsica and overseas départements must both appear")

    normale = [r["text"].lower() for _, r in tri if r.get("urgency") == "normale"]
    missing = [w for w in TRAP_WORDS if not any(re.search(w, t) for t in normale)]
    if missing:
        err(f"normale traps missing words: {missing}")
    return tri, nar


def _words(text):
    return re.findall(r"\w+", text.lower())


def _shingles(text, n=8):
    w = _words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def check_dev(dev_dir):
    """No exact text and no 8-word shingle shared with the dev sets. Dev texts are never printed."""
    dev_texts, dev_sh = set(), set()
    for name in sorted(os.listdir(dev_dir)):
        if name.endswith(".jsonl"):
            with open(os.path.join(dev_dir, name), encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        t = json.loads(line)["text"]
                        dev_texts.add(" ".join(_words(t)))
                        dev_sh |= _shingles(t)
    exact = shared = 0
    for path in (TRIAGE, NARR):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                t = json.loads(line)["text"]
                if " ".join(_words(t)) in dev_texts:
                    exact += 1
                    err(f"{os.path.basename(path)}:{n}: same text as a dev line")
                elif _shingles(t) & dev_sh:
                    shared += 1
                    err(f"{os.path.basename(path)}:{n}: shares an 8-word run with a dev line")
    print(f"dev overlap ({dev_dir}): {exact} exact, {shared} with a shared 8-word run")


# ---------------------------------------------------------------- scoring

def f1(gold, pred):
    g, p = set(gold), set(pred)
    if not g and not p:
        return 1.0
    tp = len(g & p)
    return 0.0 if tp == 0 else 2 * tp / (len(g) + len(p))


def accepts(gold, value):
    return value in gold if isinstance(gold, list) else value == gold


def align(gold, preds, name):
    if len(preds) == len(gold) and all("text" not in p or p["text"] == g["text"] for g, p in zip(gold, preds)):
        return preds
    by_text = {p.get("text"): p for p in preds}
    out = [by_text.get(g["text"]) for g in gold]
    miss = sum(p is None for p in out)
    if miss:
        print(f"  {name}: {miss} gold lines have no prediction (counted as wrong)")
    return [p or {} for p in out]


def score_triage(gold, preds):
    preds = align(gold, preds, "triage")
    conf = collections.Counter((g["urgency"], p.get("urgency")) for g, p in zip(gold, preds))
    n = len(gold)
    acc = sum(conf[(u, u)] for u in URGENCY) / n
    print("\ntriage — urgency confusion (rows gold, columns predicted)")
    print("            " + "".join(f"{u:>9}" for u in URGENCY))
    for g in URGENCY:
        print(f"  {g:<10}" + "".join(f"{conf[(g, p)]:>9}" for p in URGENCY))
    tot = collections.Counter(g["urgency"] for g in gold)
    pred_v = sum(conf[(g, "vitale")] for g in URGENCY)
    print(f"  accuracy {acc:.3f}")
    print(f"  vitale recall {conf[('vitale', 'vitale')] / tot['vitale']:.3f}, "
          f"vitale precision {conf[('vitale', 'vitale')] / pred_v if pred_v else 0:.3f}")
    print(f"  vitale missed as normale: {conf[('vitale', 'normale')]}")
    print(f"  haute recall {conf[('haute', 'haute')] / tot['haute']:.3f}")
    fa_any = (conf[("normale", "vitale")] + conf[("normale", "haute")]) / tot["normale"]
    fa_v = conf[("normale", "vitale")] / tot["normale"]
    print(f"  FALSE ALARMS on normale: raised at all {fa_any:.3f}, raised to vitale {fa_v:.3f}")
    print(f"  haute raised to vitale: {conf[('haute', 'vitale')]}")
    print(f"  domains mean F1 {sum(f1(g['domains'], p.get('domains') or []) for g, p in zip(gold, preds)) / n:.3f}")


def score_narr(gold, preds):
    preds = align(gold, preds, "narratives")
    n = len(gold)
    print("\nnarratives")
    for field in ("urgency", "requester", "age_stage", "departement", "complexity"):
        ok = sum(accepts(g[field], p.get(field)) for g, p in zip(gold, preds))
        print(f"  {field:<12} {ok / n:.3f}")
    print(f"  domains F1   {sum(f1(g['domains'], p.get('domains') or []) for g, p in zip(gold, preds)) / n:.3f}")
    fa = sum(g["urgency"] == "normale" and p.get("urgency") in ("vitale", "haute") for g, p in zip(gold, preds))
    print(f"  false alarms on normale: {fa} / {sum(g['urgency'] == 'normale' for g in gold)}")
    miss = sum(g["urgency"] == "vitale" and p.get("urgency") != "vitale" for g, p in zip(gold, preds))
    print(f"  vitale missed: {miss} / {sum(g['urgency'] == 'vitale' for g in gold)}")


def run_repo(repo, rows):
    sys.path.insert(0, os.path.abspath(repo))
    from bot.triage import triage_message  # noqa: E402
    return [dict(triage_message(r["text"]).to_contract(), text=r["text"]) for r in rows]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", help="folder of the public dev sets, to check there is no overlap")
    ap.add_argument("--repo", help="checkout whose bot.triage is run on every text and scored")
    ap.add_argument("--pred-triage", help="predictions for triage_heldout10.jsonl")
    ap.add_argument("--pred-narratives", help="predictions for narratives_heldout10.jsonl")
    a = ap.parse_args()

    tri, nar = validate()
    if a.dev:
        check_dev(a.dev)
    if errors:
        print("\nINVALID:")
        for e in errors:
            print("  " + e)
    else:
        print("valid")
    gold_t = [r for _, r in tri]
    gold_n = [r for _, r in nar]
    if a.repo:
        score_triage(gold_t, run_repo(a.repo, gold_t))
        score_narr(gold_n, run_repo(a.repo, gold_n))
    if a.pred_triage:
        score_triage(gold_t, [r for _, r in load(a.pred_triage)])
    if a.pred_narratives:
        score_narr(gold_n, [r for _, r in load(a.pred_narratives)])
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
