#!/usr/bin/env python3
"""Validate the heldout14 triage and narrative sets (stdlib only)."""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/eval"
URG = {"vitale", "haute", "normale"}
DOM = {"scolarite", "emploi", "logement", "sante", "repit", "loisirs",
       "transport", "droits", "vie_sociale", "accompagnement"}
REQ = {"personne", "aidant", "professionnel", "inconnu"}
AGE = {"moins_16", "16_21", "plus_21", "inconnu"}
DEP = re.compile(r"^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")
TRIAGE_KEYS = ["text", "urgency", "domains"]
NARR_KEYS = ["text", "requester", "age_stage", "departement", "domains", "complexity", "urgency"]

problems = []

def bad(msg):
    problems.append(msg)

def norm(t):
    return " ".join(re.findall(r"\w+", t.lower()))

def shingles(t, n=8):
    w = norm(t).split()
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}

def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                bad(f"{os.path.basename(path)}:{i}: empty line")
                continue
            try:
                rows.append((i, json.loads(line)))
            except json.JSONDecodeError as e:
                bad(f"{os.path.basename(path)}:{i}: bad JSON ({e})")
    return rows

def check_domains(name, i, d):
    if not isinstance(d, list) or not all(isinstance(x, str) for x in d):
        bad(f"{name}:{i}: domains must be a list of strings")
        return
    for x in d:
        if x not in DOM:
            bad(f"{name}:{i}: unknown domain {x!r}")
    if len(set(d)) != len(d):
        bad(f"{name}:{i}: duplicate domain")

def check_triage(rows, name):
    for i, r in rows:
        if list(r.keys()) != TRIAGE_KEYS:
            bad(f"{name}:{i}: keys {list(r.keys())} != {TRIAGE_KEYS}")
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            bad(f"{name}:{i}: empty text")
        if r["urgency"] not in URG:
            bad(f"{name}:{i}: bad urgency {r['urgency']!r}")
        check_domains(name, i, r["domains"])

def check_narr(rows, name):
    for i, r in rows:
        if list(r.keys()) != NARR_KEYS:
            bad(f"{name}:{i}: keys {list(r.keys())} != {NARR_KEYS}")
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            bad(f"{name}:{i}: empty text")
        if r["requester"] not in REQ:
            bad(f"{name}:{i}: bad requester {r['requester']!r}")
        if r["age_stage"] not in AGE:
            bad(f"{name}:{i}: bad age_stage {r['age_stage']!r}")
        dep = r["departement"]
        if dep is not None and (not isinstance(dep, str) or not DEP.match(dep)):
            bad(f"{name}:{i}: bad departement {dep!r}")
        check_domains(name, i, r["domains"])
        c = r["complexity"]
        if (not isinstance(c, list) or not c
                or not all(type(x) is int and 1 <= x <= 3 for x in c)
                or len(set(c)) != len(c)):
            bad(f"{name}:{i}: complexity must be a non-empty list of distinct ints 1-3, got {c!r}")
        if r["urgency"] not in URG:
            bad(f"{name}:{i}: bad urgency {r['urgency']!r}")

def dev_texts():
    texts = []
    for fn in ("triage_dev.jsonl", "narratives_dev.jsonl"):
        p = os.path.join(DEV, fn)
        if not os.path.exists(p):
            print(f"warning: {p} not found, overlap check skipped for it")
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                try:
                    t = json.loads(line).get("text")
                except Exception:
                    continue
                if isinstance(t, str):
                    texts.append(t)
    return texts

def main():
    tri_name, nar_name = "triage_heldout14.jsonl", "narratives_heldout14.jsonl"
    tri = load(os.path.join(HERE, tri_name))
    nar = load(os.path.join(HERE, nar_name))
    check_triage(tri, tri_name)
    check_narr(nar, nar_name)

    # duplicates inside and across our files
    seen = {}
    for name, rows in ((tri_name, tri), (nar_name, nar)):
        for i, r in rows:
            t = r.get("text") if isinstance(r, dict) else None
            if not isinstance(t, str):
                continue
            k = norm(t)
            if k in seen:
                bad(f"{name}:{i}: duplicate text (also {seen[k]})")
            else:
                seen[k] = f"{name}:{i}"

    # overlap with dev files: exact (normalised) or any shared 8-word shingle; dev texts never printed
    dev = dev_texts()
    dev_exact = {norm(t) for t in dev}
    dev_sh = set()
    for t in dev:
        dev_sh |= shingles(t)
    n_exact = n_sh = 0
    for name, rows in ((tri_name, tri), (nar_name, nar)):
        for i, r in rows:
            t = r.get("text") if isinstance(r, dict) else None
            if not isinstance(t, str):
                continue
            if norm(t) in dev_exact:
                n_exact += 1
                bad(f"{name}:{i}: exact overlap with a dev text")
            elif shingles(t) & dev_sh:
                n_sh += 1
                bad(f"{name}:{i}: shares an 8-word shingle with a dev text")

    # counts
    print(f"{tri_name}: {len(tri)} lines")
    print("  urgency:", dict(Counter(r.get('urgency') for _, r in tri)))
    print("  domains:", dict(Counter(d for _, r in tri for d in r.get('domains', []))))
    print("  no domain:", sum(1 for _, r in tri if not r.get('domains')))
    print(f"{nar_name}: {len(nar)} lines")
    print("  urgency:", dict(Counter(r.get('urgency') for _, r in nar)))
    print("  requester:", dict(Counter(r.get('requester') for _, r in nar)))
    print("  age_stage:", dict(Counter(r.get('age_stage') for _, r in nar)))
    print("  complexity:", dict(Counter(str(r.get('complexity')) for _, r in nar)))
    print("  departements:", len({r.get('departement') for _, r in nar}), "distinct;",
          "overseas:", sum(1 for _, r in nar if str(r.get('departement', '')).startswith('97')),
          "corsica:", sum(1 for _, r in nar if r.get('departement') in ('2A', '2B')))
    print("  sentences per text (min/max):",
          min(len(re.findall(r'[.!?]+(\s|$)', r['text'])) for _, r in nar),
          max(len(re.findall(r'[.!?]+(\s|$)', r['text'])) for _, r in nar))
    print(f"dev overlap: exact={n_exact} shingle8={n_sh} (dev texts read: {len(dev)})")

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
