#!/usr/bin/env python3
"""Validate the held-out set heldout11 (stdlib only). Exit 1 on any problem."""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
NARR = os.path.join(HERE, "narratives_heldout11.jsonl")
TRIA = os.path.join(HERE, "triage_heldout11.jsonl")
DEV = ["/work/shared/eval/triage_dev.jsonl", "/work/shared/eval/narratives_dev.jsonl"]

NARR_KEYS = ["text", "requester", "age_stage", "departement", "domains", "complexity", "urgency"]
TRIA_KEYS = ["text", "urgency", "domains"]
URG = {"vitale", "haute", "normale"}
DOM = {"scolarite", "emploi", "logement", "sante", "repit", "loisirs", "transport", "droits", "vie_sociale", "accompagnement"}
REQ = {"personne", "aidant", "professionnel", "inconnu"}
AGE = {"moins_16", "16_21", "plus_21", "inconnu"}
DEP = re.compile(r"^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")

problems = []

def bad(where, msg):
    problems.append(f"{where}: {msg}")

def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                bad(f"{os.path.basename(path)}:{i}", "empty line")
                continue
            try:
                rows.append((i, json.loads(line)))
            except json.JSONDecodeError as e:
                bad(f"{os.path.basename(path)}:{i}", f"invalid JSON ({e})")
    return rows

def words(t):
    return re.findall(r"\w+", t.lower())

def shingles(t, n=8):
    w = words(t)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}

def check_domains(where, d):
    if not isinstance(d, list) or not all(isinstance(x, str) for x in d):
        bad(where, "domains must be a list of strings"); return
    for x in d:
        if x not in DOM:
            bad(where, f"unknown domain {x!r}")
    if len(set(d)) != len(d):
        bad(where, "duplicate domain")

def check_single_or_list(where, name, v, allowed):
    vals = v if isinstance(v, list) else [v]
    if not vals:
        bad(where, f"{name} empty list")
    for x in vals:
        if x not in allowed:
            bad(where, f"bad {name} {x!r}")

narr = load(NARR)
tria = load(TRIA)

for i, r in narr:
    w = f"narratives:{i}"
    if list(r.keys()) != NARR_KEYS:
        bad(w, f"keys/order {list(r.keys())}"); continue
    if not isinstance(r["text"], str) or not r["text"].strip():
        bad(w, "empty text")
    if not isinstance(r["requester"], str) or r["requester"] not in REQ:
        bad(w, f"bad requester {r['requester']!r}")
    check_single_or_list(w, "age_stage", r["age_stage"], AGE)
    dep = r["departement"]
    if dep is not None and (not isinstance(dep, str) or not DEP.match(dep)):
        bad(w, f"bad departement {dep!r}")
    check_domains(w, r["domains"])
    c = r["complexity"]
    if not isinstance(c, list) or not c or not all(type(x) is int and 1 <= x <= 3 for x in c):
        bad(w, f"bad complexity {c!r}")
    if r["urgency"] not in URG:
        bad(w, f"bad urgency {r['urgency']!r}")

for i, r in tria:
    w = f"triage:{i}"
    if list(r.keys()) != TRIA_KEYS:
        bad(w, f"keys/order {list(r.keys())}"); continue
    if not isinstance(r["text"], str) or not r["text"].strip():
        bad(w, "empty text")
    if r["urgency"] not in URG:
        bad(w, f"bad urgency {r['urgency']!r}")
    check_domains(w, r["domains"])

# duplicates inside the set (both files together)
seen = {}
for name, rows in (("narratives", narr), ("triage", tria)):
    for i, r in rows:
        t = r.get("text")
        if not isinstance(t, str):
            continue
        k = " ".join(words(t))
        if k in seen:
            bad(f"{name}:{i}", f"duplicate text (same as {seen[k]})")
        else:
            seen[k] = f"{name}:{i}"

# overlap with the dev files (dev texts are read here only, never printed)
dev_exact, dev_sh = set(), set()
for p in DEV:
    if not os.path.exists(p):
        print(f"warning: dev file missing: {p}")
        continue
    with open(p, encoding="utf-8") as f:
        for line in f:
            try:
                t = json.loads(line).get("text", "")
            except Exception:
                continue
            dev_exact.add(" ".join(words(t)))
            dev_sh |= shingles(t)
for name, rows in (("narratives", narr), ("triage", tria)):
    for i, r in rows:
        t = r.get("text")
        if not isinstance(t, str):
            continue
        if " ".join(words(t)) in dev_exact:
            bad(f"{name}:{i}", "exact match with a dev text")
        elif shingles(t) & dev_sh:
            bad(f"{name}:{i}", f"{len(shingles(t) & dev_sh)} 8-word shingle(s) shared with dev")

# counts
def show(title, cnt):
    print(f"  {title}: " + ", ".join(f"{k}={v}" for k, v in sorted(cnt.items(), key=lambda kv: str(kv[0]))))

print(f"narratives: {len(narr)} lines")
show("urgency", Counter(r.get("urgency") for _, r in narr))
show("requester", Counter(r.get("requester") for _, r in narr))
show("age_stage", Counter(str(r.get("age_stage")) for _, r in narr))
show("complexity", Counter(str(r.get("complexity")) for _, r in narr))
show("domains", Counter(d for _, r in narr for d in r.get("domains", [])))
show("departement", Counter(str(r.get("departement")) for _, r in narr))
print(f"triage: {len(tria)} lines")
show("urgency", Counter(r.get("urgency") for _, r in tria))
show("domains", Counter(d for _, r in tria for d in r.get("domains", [])))
print(f"  empty domains: {sum(1 for _, r in tria if not r.get('domains'))}")

if problems:
    print(f"PROBLEMS ({len(problems)}):")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("OK")
