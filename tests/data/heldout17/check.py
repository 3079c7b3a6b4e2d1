#!/usr/bin/env python3
"""Validate the heldout17 evaluation files (stdlib only).

Checks keys and their order, allowed values, departement codes, complexity lists,
duplicate texts, and exact or 8-word-shingle overlap with the public dev files
(dev texts are read here only and never printed). Exits 1 on any problem.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TRIAGE = os.path.join(HERE, "triage_heldout17.jsonl")
NARR = os.path.join(HERE, "narratives_heldout17.jsonl")
DEV_DIR = "/work/shared/eval"
DEV_FILES = ["triage_dev.jsonl", "narratives_dev.jsonl"]

URG = {"vitale", "haute", "normale"}
DOMAINS = {"scolarite", "emploi", "logement", "sante", "repit", "loisirs",
           "transport", "droits", "vie_sociale", "accompagnement"}
REQ = {"personne", "aidant", "professionnel", "inconnu"}
AGE = {"moins_16", "16_21", "plus_21", "inconnu"}
# "20" matches the pattern but is not a code (Corsica is 2A / 2B): rejected below
DEP_RE = re.compile(r"^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")
TRIAGE_KEYS = ["text", "urgency", "domains"]
NARR_KEYS = ["text", "requester", "age_stage", "departement", "domains", "complexity", "urgency"]

problems = []

def bad(msg):
    problems.append(msg)

def norm(t):
    return " ".join(re.findall(r"\w+", t.lower()))

def shingles(t, n=8):
    w = norm(t).split()
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}

def load(path, keys):
    rows = []
    if not os.path.exists(path):
        bad(f"{os.path.basename(path)}: missing")
        return rows
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                bad(f"{os.path.basename(path)}:{i}: empty line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                bad(f"{os.path.basename(path)}:{i}: bad JSON ({e})")
                continue
            if list(obj.keys()) != keys:
                bad(f"{os.path.basename(path)}:{i}: keys {list(obj.keys())} != {keys}")
                continue
            rows.append((i, obj))
    return rows

def check_common(name, i, o):
    t = o["text"]
    if not isinstance(t, str) or not t.strip():
        bad(f"{name}:{i}: empty or non-string text")
    if o["urgency"] not in URG:
        bad(f"{name}:{i}: urgency {o['urgency']!r}")
    d = o["domains"]
    if not isinstance(d, list) or any(x not in DOMAINS for x in d):
        bad(f"{name}:{i}: domains {d!r}")
    elif len(set(d)) != len(d):
        bad(f"{name}:{i}: duplicate domain in {d!r}")

triage = load(TRIAGE, TRIAGE_KEYS)
narr = load(NARR, NARR_KEYS)

for i, o in triage:
    check_common("triage", i, o)

for i, o in narr:
    check_common("narratives", i, o)
    if o["requester"] not in REQ:
        bad(f"narratives:{i}: requester {o['requester']!r}")
    if o["age_stage"] not in AGE:
        bad(f"narratives:{i}: age_stage {o['age_stage']!r}")
    dep = o["departement"]
    if dep is not None and (not isinstance(dep, str) or not DEP_RE.match(dep) or dep == "20"):
        bad(f"narratives:{i}: departement {dep!r}")
    c = o["complexity"]
    if (not isinstance(c, list) or not c
            or any(type(x) is not int or x not in (1, 2, 3) for x in c)
            or len(set(c)) != len(c)):
        bad(f"narratives:{i}: complexity {c!r}")

# duplicates inside and across our own files
seen = {}
for name, rows in (("triage", triage), ("narratives", narr)):
    for i, o in rows:
        k = norm(o["text"])
        if k in seen:
            bad(f"{name}:{i}: duplicate text (also {seen[k]})")
        else:
            seen[k] = f"{name}:{i}"

# overlap with dev files (texts never printed)
dev_norm, dev_sh = set(), set()
for fn in DEV_FILES:
    p = os.path.join(DEV_DIR, fn)
    if not os.path.exists(p):
        print(f"warning: {fn} not found, overlap check skipped for it")
        continue
    with open(p, encoding="utf-8") as f:
        for line in f:
            try:
                t = json.loads(line).get("text", "")
            except Exception:
                continue
            dev_norm.add(norm(t))
            dev_sh |= shingles(t)
for name, rows in (("triage", triage), ("narratives", narr)):
    for i, o in rows:
        if norm(o["text"]) in dev_norm:
            bad(f"{name}:{i}: exact overlap with a dev text")
        elif shingles(o["text"]) & dev_sh:
            bad(f"{name}:{i}: 8-word shingle shared with a dev text")

# counts
def show(title, rows, extra=()):
    print(f"{title}: {len(rows)} lines")
    print("  urgency:", dict(Counter(o["urgency"] for _, o in rows)))
    print("  domains:", dict(Counter(d for _, o in rows for d in o["domains"])))
    print("  no domain:", sum(1 for _, o in rows if not o["domains"]))
    for k in extra:
        print(f"  {k}:", dict(Counter(str(o[k]) for _, o in rows)))

show("triage", triage)
show("narratives", narr, ("requester", "age_stage", "departement", "complexity"))

if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nOK")
