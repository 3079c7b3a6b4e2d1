#!/usr/bin/env python3
"""Validate the heldout16 files. stdlib only. Exit 1 on any problem."""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TRIAGE = os.path.join(HERE, "triage_heldout16.jsonl")
NARR = os.path.join(HERE, "narratives_heldout16.jsonl")
DEV = ["/work/shared/eval/triage_dev.jsonl", "/work/shared/eval/narratives_dev.jsonl"]

URG = {"vitale", "haute", "normale"}
DOM = {"scolarite", "emploi", "logement", "sante", "repit", "loisirs", "transport",
       "droits", "vie_sociale", "accompagnement"}
REQ = {"personne", "aidant", "professionnel", "inconnu"}
AGE = {"moins_16", "16_21", "plus_21", "inconnu"}
DEP = re.compile(r"^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")
T_KEYS = ["text", "urgency", "domains"]
N_KEYS = ["text", "requester", "age_stage", "departement", "domains", "complexity", "urgency"]

problems = []

def err(msg):
    problems.append(msg)

def norm(t):
    return re.sub(r"\s+", " ", t.strip().lower())

def shingles(t, n=8):
    w = re.findall(r"\w+", t.lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}

def load(path, keys):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err(f"{os.path.basename(path)}:{i}: empty line")
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{os.path.basename(path)}:{i}: bad JSON ({e})")
                continue
            if list(d.keys()) != keys:
                err(f"{os.path.basename(path)}:{i}: keys {list(d.keys())} != {keys}")
            rows.append((i, d))
    return rows

def check_domains(tag, d):
    ds = d.get("domains")
    if not isinstance(ds, list) or any(x not in DOM for x in ds):
        err(f"{tag}: bad domains {ds!r}")
    elif len(set(ds)) != len(ds):
        err(f"{tag}: duplicate domain {ds!r}")

tri = load(TRIAGE, T_KEYS)
nar = load(NARR, N_KEYS)

for i, d in tri:
    tag = f"triage:{i}"
    if not isinstance(d.get("text"), str) or not d["text"].strip():
        err(f"{tag}: empty text")
    if d.get("urgency") not in URG:
        err(f"{tag}: bad urgency {d.get('urgency')!r}")
    check_domains(tag, d)

for i, d in nar:
    tag = f"narr:{i}"
    if not isinstance(d.get("text"), str) or not d["text"].strip():
        err(f"{tag}: empty text")
    if d.get("requester") not in REQ:
        err(f"{tag}: bad requester {d.get('requester')!r}")
    if d.get("age_stage") not in AGE:
        err(f"{tag}: bad age_stage {d.get('age_stage')!r}")
    dep = d.get("departement")
    if dep is not None and not (isinstance(dep, str) and DEP.match(dep)):
        err(f"{tag}: bad departement {dep!r}")
    check_domains(tag, d)
    c = d.get("complexity")
    if (not isinstance(c, list) or not c or
            any(not isinstance(x, int) or isinstance(x, bool) or x not in (1, 2, 3) for x in c) or
            len(set(c)) != len(c)):
        err(f"{tag}: bad complexity {c!r}")
    if d.get("urgency") not in URG:
        err(f"{tag}: bad urgency {d.get('urgency')!r}")

# duplicates inside the held-out set (both files together)
seen = {}
for name, rows in (("triage", tri), ("narr", nar)):
    for i, d in rows:
        t = d.get("text")
        if not isinstance(t, str):
            continue
        k = norm(t)
        if k in seen:
            err(f"{name}:{i}: duplicate text of {seen[k]}")
        else:
            seen[k] = f"{name}:{i}"

# overlap with the dev files: texts are read here only, never printed
dev_texts, dev_sh = set(), set()
for p in DEV:
    if not os.path.exists(p):
        err(f"dev file missing: {p}")
        continue
    with open(p, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            try:
                t = json.loads(line).get("text", "")
            except json.JSONDecodeError:
                continue
            dev_texts.add(norm(t))
            dev_sh |= shingles(t)
n_exact = n_sh = 0
for name, rows in (("triage", tri), ("narr", nar)):
    for i, d in rows:
        t = d.get("text")
        if not isinstance(t, str):
            continue
        if norm(t) in dev_texts:
            n_exact += 1
            err(f"{name}:{i}: exact text also in a dev file")
        elif shingles(t) & dev_sh:
            n_sh += 1
            err(f"{name}:{i}: shares an 8-word shingle with a dev file")

def counts(rows, key):
    return dict(sorted(Counter(d.get(key) if not isinstance(d.get(key), list) else str(d.get(key)) for _, d in rows).items(), key=str))

def dom_counts(rows):
    c = Counter(x for _, d in rows for x in (d.get("domains") or []))
    c["(none)"] = sum(1 for _, d in rows if not d.get("domains"))
    return dict(sorted(c.items()))

print(f"triage: {len(tri)} lines, urgency {counts(tri, 'urgency')}")
print(f"  domains {dom_counts(tri)}")
print(f"narratives: {len(nar)} lines, urgency {counts(nar, 'urgency')}")
print(f"  requester {counts(nar, 'requester')}")
print(f"  age_stage {counts(nar, 'age_stage')}")
print(f"  departement {counts(nar, 'departement')}")
print(f"  complexity {counts(nar, 'complexity')}")
print(f"  domains {dom_counts(nar)}")
print(f"dev overlap: exact {n_exact}, 8-word shingles {n_sh}")

if problems:
    for p in problems:
        print("PROBLEM:", p)
    print(f"FAIL ({len(problems)} problems)")
    sys.exit(1)
print("OK")
