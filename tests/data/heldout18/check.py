#!/usr/bin/env python3
"""Validate the heldout18 triage and narrative files (stdlib only).
Exits 1 on any problem. Dev files are read only to detect overlap; their texts are never printed."""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TRIAGE = os.path.join(HERE, "triage_heldout18.jsonl")
NARR = os.path.join(HERE, "narratives_heldout18.jsonl")
DEV = ["/work/shared/eval/triage_dev.jsonl", "/work/shared/eval/narratives_dev.jsonl"]

URG = {"vitale", "haute", "normale"}
DOMAINS = {"scolarite", "emploi", "logement", "sante", "repit", "loisirs", "transport",
           "droits", "vie_sociale", "accompagnement"}
REQ = {"personne", "aidant", "professionnel", "inconnu"}
AGE = {"moins_16", "16_21", "plus_21", "inconnu"}
DEP = re.compile(r"^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")
TRIAGE_KEYS = ["text", "urgency", "domains"]
NARR_KEYS = ["text", "requester", "age_stage", "departement", "domains", "complexity", "urgency"]

problems = []

def bad(where, msg):
    problems.append(f"{where}: {msg}")

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
                bad(f"{os.path.basename(path)}:{i}", "empty line")
                continue
            try:
                rows.append((i, json.loads(line)))
            except json.JSONDecodeError as e:
                bad(f"{os.path.basename(path)}:{i}", f"invalid JSON ({e})")
    return rows

def check_domains(where, d):
    if not isinstance(d, list) or not all(isinstance(x, str) for x in d):
        bad(where, "domains must be a list of strings"); return
    if set(d) - DOMAINS:
        bad(where, f"unknown domains {sorted(set(d) - DOMAINS)}")
    if len(set(d)) != len(d):
        bad(where, "duplicate domain")

def check_single_or_list(where, field, v, allowed):
    vals = v if isinstance(v, list) else [v]
    if isinstance(v, list) and (not v or len(set(v)) != len(v)):
        bad(where, f"{field} list empty or with duplicates")
    for x in vals:
        if x not in allowed:
            bad(where, f"bad {field} {x!r}")

triage = load(TRIAGE)
narr = load(NARR)

for i, r in triage:
    w = f"triage:{i}"
    if list(r.keys()) != TRIAGE_KEYS:
        bad(w, f"keys {list(r.keys())} != {TRIAGE_KEYS}"); continue
    if not isinstance(r["text"], str) or not r["text"].strip():
        bad(w, "empty text")
    if r["urgency"] not in URG:
        bad(w, f"bad urgency {r['urgency']!r}")
    check_domains(w, r["domains"])

for i, r in narr:
    w = f"narratives:{i}"
    if list(r.keys()) != NARR_KEYS:
        bad(w, f"keys {list(r.keys())} != {NARR_KEYS}"); continue
    if not isinstance(r["text"], str) or not r["text"].strip():
        bad(w, "empty text")
    check_single_or_list(w, "requester", r["requester"], REQ)
    check_single_or_list(w, "age_stage", r["age_stage"], AGE)
    d = r["departement"]
    if d is not None and not (isinstance(d, str) and DEP.match(d)):
        bad(w, f"bad departement {d!r}")
    check_domains(w, r["domains"])
    c = r["complexity"]
    if not (isinstance(c, list) and c and all(type(x) is int and 1 <= x <= 3 for x in c)
            and len(set(c)) == len(c)):
        bad(w, f"bad complexity {c!r}")
    if r["urgency"] not in URG:
        bad(w, f"bad urgency {r['urgency']!r}")

# duplicates inside and across my files
seen = {}
for name, rows in (("triage", triage), ("narratives", narr)):
    for i, r in rows:
        t = r.get("text") if isinstance(r, dict) else None
        if not isinstance(t, str):
            continue
        k = " ".join(words(t))
        if k in seen:
            bad(f"{name}:{i}", f"duplicate text (same as {seen[k]})")
        else:
            seen[k] = f"{name}:{i}"

# overlap with dev files (texts never printed)
dev_exact, dev_sh = set(), set()
for p in DEV:
    if not os.path.exists(p):
        bad(p, "dev file missing, overlap not checked"); continue
    with open(p, encoding="utf-8") as f:
        for line in f:
            try:
                t = json.loads(line).get("text", "")
            except Exception:
                continue
            dev_exact.add(" ".join(words(t)))
            dev_sh |= shingles(t)
for name, rows in (("triage", triage), ("narratives", narr)):
    for i, r in rows:
        t = r.get("text") if isinstance(r, dict) else None
        if not isinstance(t, str):
            continue
        if " ".join(words(t)) in dev_exact:
            bad(f"{name}:{i}", "exact text also in a dev file")
        n = len(shingles(t) & dev_sh)
        if n:
            bad(f"{name}:{i}", f"{n} 8-word shingle(s) shared with a dev file")

def counts(rows, field):
    c = Counter()
    for _, r in rows:
        v = r.get(field)
        for x in (v if isinstance(v, list) else [v]):
            c[str(x)] += 1
    return dict(sorted(c.items()))

print(f"triage: {len(triage)} lines")
print("  urgency:", counts(triage, "urgency"))
print("  domains:", counts(triage, "domains"))
print("  empty domains:", sum(1 for _, r in triage if r.get("domains") == []))
print(f"narratives: {len(narr)} lines")
for fld in ("urgency", "requester", "age_stage", "complexity", "domains", "departement"):
    print(f"  {fld}:", counts(narr, fld))
if problems:
    print(f"\n{len(problems)} PROBLEM(S):")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("\nOK")
