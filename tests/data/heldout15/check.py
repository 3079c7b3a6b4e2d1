#!/usr/bin/env python3
"""Validate the held-out set heldout15 (stdlib only). Exit 1 on any problem.
Reads the dev files only to check overlap; never prints their texts."""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TRIAGE = os.path.join(HERE, "triage_heldout15.jsonl")
NARR = os.path.join(HERE, "narratives_heldout15.jsonl")
DEV = ["/work/shared/eval/triage_dev.jsonl", "/work/shared/eval/narratives_dev.jsonl"]

URG = {"vitale", "haute", "normale"}
DOM = {"scolarite", "emploi", "logement", "sante", "repit", "loisirs",
       "transport", "droits", "vie_sociale", "accompagnement"}
REQ = {"personne", "aidant", "professionnel", "inconnu"}
AGE = {"moins_16", "16_21", "plus_21", "inconnu"}
DEP = re.compile(r"^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")
T_KEYS = ["text", "urgency", "domains"]
N_KEYS = ["text", "requester", "age_stage", "departement", "domains", "complexity", "urgency"]

problems = []

def bad(msg):
    problems.append(msg)

def norm(t):
    return re.sub(r"\s+", " ", t.strip().lower())

def words(t):
    return re.findall(r"\w+", t.lower())

def shingles(t, n=8):
    w = words(t)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}

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

def check_domains(where, d):
    if not isinstance(d, list) or not all(isinstance(x, str) for x in d):
        bad(f"{where}: domains must be a list of strings")
        return
    if len(set(d)) != len(d):
        bad(f"{where}: duplicate domain")
    for x in d:
        if x not in DOM:
            bad(f"{where}: unknown domain {x!r}")

def check_text(where, t):
    if not isinstance(t, str) or not t.strip():
        bad(f"{where}: text must be a non-empty string")

triage = load(TRIAGE)
narr = load(NARR)

for i, r in triage:
    w = f"triage:{i}"
    if not isinstance(r, dict) or list(r.keys()) != T_KEYS:
        bad(f"{w}: keys must be exactly {T_KEYS} in order")
        continue
    check_text(w, r["text"])
    if r["urgency"] not in URG:
        bad(f"{w}: bad urgency {r['urgency']!r}")
    check_domains(w, r["domains"])

for i, r in narr:
    w = f"narratives:{i}"
    if not isinstance(r, dict) or list(r.keys()) != N_KEYS:
        bad(f"{w}: keys must be exactly {N_KEYS} in order")
        continue
    check_text(w, r["text"])
    if r["requester"] not in REQ:
        bad(f"{w}: bad requester {r['requester']!r}")
    if r["age_stage"] not in AGE:
        bad(f"{w}: bad age_stage {r['age_stage']!r}")
    d = r["departement"]
    if d is not None and not (isinstance(d, str) and DEP.match(d)):
        bad(f"{w}: bad departement {d!r}")
    check_domains(w, r["domains"])
    c = r["complexity"]
    if (not isinstance(c, list) or not c
            or not all(isinstance(x, int) and not isinstance(x, bool) and 1 <= x <= 3 for x in c)
            or len(set(c)) != len(c)):
        bad(f"{w}: complexity must be a non-empty list of distinct ints 1-3")
    if r["urgency"] not in URG:
        bad(f"{w}: bad urgency {r['urgency']!r}")

# duplicates inside the set (both files together)
own = [(f"triage:{i}", r["text"]) for i, r in triage if isinstance(r, dict) and isinstance(r.get("text"), str)]
own += [(f"narratives:{i}", r["text"]) for i, r in narr if isinstance(r, dict) and isinstance(r.get("text"), str)]
seen = {}
for w, t in own:
    k = norm(t)
    if k in seen:
        bad(f"{w}: duplicate text of {seen[k]}")
    else:
        seen[k] = w

# overlap with the dev files (texts never printed)
dev_norm, dev_sh = set(), set()
for p in DEV:
    if not os.path.exists(p):
        bad(f"dev file missing: {p}")
        continue
    with open(p, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            try:
                t = json.loads(line).get("text", "")
            except (json.JSONDecodeError, AttributeError):
                continue
            if isinstance(t, str):
                dev_norm.add(norm(t))
                dev_sh |= shingles(t)
for w, t in own:
    if norm(t) in dev_norm:
        bad(f"{w}: exact text found in a dev file")
    n = len(shingles(t) & dev_sh)
    if n:
        bad(f"{w}: shares {n} 8-word shingle(s) with a dev file")

# counts
print(f"triage lines: {len(triage)}")
print("  urgency:", dict(sorted(Counter(r.get('urgency') for _, r in triage if isinstance(r, dict)).items())))
print("  domains:", dict(sorted(Counter(d for _, r in triage if isinstance(r, dict) for d in r.get('domains', [])).items())))
print("  no domain:", sum(1 for _, r in triage if isinstance(r, dict) and not r.get('domains')))
print(f"narrative lines: {len(narr)}")
nr = [r for _, r in narr if isinstance(r, dict)]
print("  urgency:", dict(sorted(Counter(r.get('urgency') for r in nr).items())))
print("  requester:", dict(sorted(Counter(r.get('requester') for r in nr).items())))
print("  age_stage:", dict(sorted(Counter(r.get('age_stage') for r in nr).items())))
print("  complexity:", dict(sorted(Counter(str(r.get('complexity')) for r in nr).items())))
print("  departements:", len(set(r.get('departement') for r in nr)), "distinct;",
      "overseas:", sum(1 for r in nr if str(r.get('departement')).startswith('97')),
      "corsica:", sum(1 for r in nr if r.get('departement') in ('2A', '2B')))
print("  domains:", dict(sorted(Counter(d for r in nr for d in r.get('domains', [])).items())))

if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nOK")
