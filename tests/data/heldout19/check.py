#!/usr/bin/env python3
"""Validate the heldout19 files. stdlib only. Exit 1 on any problem."""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/eval"
URG = {"vitale", "haute", "normale"}
DOM = {"scolarite", "emploi", "logement", "sante", "repit", "loisirs", "transport", "droits", "vie_sociale", "accompagnement"}
REQ = {"personne", "aidant", "professionnel", "inconnu"}
AGE = {"moins_16", "16_21", "plus_21", "inconnu"}
DEP = re.compile(r"^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")
TKEYS = ["text", "urgency", "domains"]
NKEYS = ["text", "requester", "age_stage", "departement", "domains", "complexity", "urgency"]
problems = []

def norm(t):
    return " ".join(re.findall(r"\w+", t.lower()))

def shingles(t, n=8):
    w = norm(t).split()
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}

def load(path, label):
    rows = []
    if not os.path.exists(path):
        problems.append(f"{label}: missing file {path}")
        return rows
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                problems.append(f"{label}:{i}: empty line")
                continue
            try:
                rows.append((i, json.loads(line)))
            except Exception as e:
                problems.append(f"{label}:{i}: bad json ({e})")
    return rows

def check_domains(label, i, d):
    if not isinstance(d, list) or any(x not in DOM for x in d) or len(set(d)) != len(d):
        problems.append(f"{label}:{i}: bad domains {d}")

tri = load(os.path.join(HERE, "triage_heldout19.jsonl"), "triage")
nar = load(os.path.join(HERE, "narratives_heldout19.jsonl"), "narr")

for i, r in tri:
    if list(r.keys()) != TKEYS:
        problems.append(f"triage:{i}: keys {list(r.keys())}")
        continue
    if not isinstance(r["text"], str) or not r["text"].strip():
        problems.append(f"triage:{i}: empty text")
    if r["urgency"] not in URG:
        problems.append(f"triage:{i}: bad urgency {r['urgency']}")
    check_domains("triage", i, r["domains"])

for i, r in nar:
    if list(r.keys()) != NKEYS:
        problems.append(f"narr:{i}: keys {list(r.keys())}")
        continue
    if not isinstance(r["text"], str) or not r["text"].strip():
        problems.append(f"narr:{i}: empty text")
    if r["requester"] not in REQ:
        problems.append(f"narr:{i}: bad requester {r['requester']}")
    a = r["age_stage"]
    if not (a in AGE or (isinstance(a, list) and a and all(x in AGE for x in a))):
        problems.append(f"narr:{i}: bad age_stage {a}")
    d = r["departement"]
    if not (d is None or (isinstance(d, str) and DEP.match(d))):
        problems.append(f"narr:{i}: bad departement {d}")
    check_domains("narr", i, r["domains"])
    c = r["complexity"]
    if not (isinstance(c, list) and c and all(type(x) is int and 1 <= x <= 3 for x in c)):
        problems.append(f"narr:{i}: bad complexity {c}")
    if r["urgency"] not in URG:
        problems.append(f"narr:{i}: bad urgency {r['urgency']}")

# duplicates inside our files
seen = {}
for label, rows in (("triage", tri), ("narr", nar)):
    for i, r in rows:
        t = r.get("text")
        if not isinstance(t, str):
            continue
        k = norm(t)
        if k in seen:
            problems.append(f"{label}:{i}: duplicate text of {seen[k]}")
        else:
            seen[k] = f"{label}:{i}"

# overlap with dev files (texts never printed)
dev_norm, dev_sh = set(), set()
for fn in ("triage_dev.jsonl", "narratives_dev.jsonl"):
    p = os.path.join(DEV, fn)
    if not os.path.exists(p):
        problems.append(f"missing dev file {fn}")
        continue
    with open(p, encoding="utf-8") as f:
        for line in f:
            try:
                t = json.loads(line).get("text", "")
            except Exception:
                continue
            dev_norm.add(norm(t))
            dev_sh |= shingles(t)
n_exact = n_sh = 0
for label, rows in (("triage", tri), ("narr", nar)):
    for i, r in rows:
        t = r.get("text")
        if not isinstance(t, str):
            continue
        if norm(t) in dev_norm:
            n_exact += 1
            problems.append(f"{label}:{i}: exact match with a dev text")
        elif shingles(t) & dev_sh:
            n_sh += 1
            problems.append(f"{label}:{i}: 8-word shingle shared with a dev text")

def counts(rows, key):
    c = Counter()
    for _, r in rows:
        v = r.get(key)
        if isinstance(v, list):
            for x in v:
                c[x] += 1
            if not v:
                c["(none)"] += 1
        else:
            c[str(v)] += 1
    return dict(sorted(c.items()))

print(f"triage lines: {len(tri)}  urgency: {counts(tri, 'urgency')}")
print(f"triage domains: {counts(tri, 'domains')}")
print(f"narratives lines: {len(nar)}  urgency: {counts(nar, 'urgency')}")
for k in ("requester", "age_stage", "departement", "complexity", "domains"):
    print(f"narratives {k}: {counts(nar, k)}")
print(f"dev overlap: exact={n_exact} shingle8={n_sh}")
if problems:
    for p in problems:
        print("PROBLEM", p)
    sys.exit(1)
print("OK")
