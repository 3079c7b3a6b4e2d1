#!/usr/bin/env python3
"""Validate the frozen held-out set heldout12 (python3, stdlib only). Exit 1 on any problem.

Usage: python3 check.py [--others]
Reads the dev files (and, with --others, the other .jsonl sets under /tmp/out) only to detect
exact or 8-word-shingle overlap; never prints their texts.
"""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TRIA = os.path.join(HERE, "triage_heldout12.jsonl")
NARR = os.path.join(HERE, "narratives_heldout12.jsonl")
DEV = ["/work/shared/eval/triage_dev.jsonl", "/work/shared/eval/narratives_dev.jsonl"]
# Other sets under /tmp/out (other held-out sets, training files) are compared only with --others,
# so that a plain run reads nothing beyond this folder and the dev files.
OTHERS = ([p for p in glob.glob("/tmp/out/*/*.jsonl") if os.path.dirname(os.path.abspath(p)) != HERE]
          if "--others" in sys.argv[1:] else [])

TRIA_KEYS = ["text", "urgency", "domains"]
NARR_KEYS = ["text", "requester", "age_stage", "departement", "domains", "complexity", "urgency"]
URG = {"vitale", "haute", "normale"}
DOM = {"scolarite", "emploi", "logement", "sante", "repit", "loisirs", "transport", "droits",
       "vie_sociale", "accompagnement"}
REQ = {"personne", "aidant", "professionnel", "inconnu"}
AGE = {"moins_16", "16_21", "plus_21", "inconnu"}
DEP = re.compile(r"^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")
TARGET_TRIA = {"vitale": 70, "haute": 60, "normale": 110}
TARGET_NARR = {"vitale": 8, "haute": 15, "normale": 37}

problems = []
def bad(where, msg):
    problems.append(f"{where}: {msg}")

def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                bad(f"{os.path.basename(path)}:{i}", "empty line"); continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                bad(f"{os.path.basename(path)}:{i}", f"invalid JSON ({e})"); continue
            if not isinstance(obj, dict):
                bad(f"{os.path.basename(path)}:{i}", "not an object"); continue
            rows.append((i, obj))
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

tria = load(TRIA)
narr = load(NARR)

for i, r in tria:
    w = f"triage:{i}"
    if list(r.keys()) != TRIA_KEYS:
        bad(w, f"keys/order {list(r.keys())}"); continue
    if not isinstance(r["text"], str) or not r["text"].strip():
        bad(w, "empty text")
    if r["urgency"] not in URG:
        bad(w, f"bad urgency {r['urgency']!r}")
    check_domains(w, r["domains"])

for i, r in narr:
    w = f"narratives:{i}"
    if list(r.keys()) != NARR_KEYS:
        bad(w, f"keys/order {list(r.keys())}"); continue
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        bad(w, "empty text")
    else:
        n_sent = len([s for s in re.split(r"(?<=[.!?])\s+", t.strip()) if s])
        if n_sent < 4 and len(words(t)) < 50:
            bad(w, f"narrative too short ({n_sent} sentences, {len(words(t))} words)")
    if r["requester"] not in REQ:
        bad(w, f"bad requester {r['requester']!r}")
    a = r["age_stage"]
    vals = a if isinstance(a, list) else [a]
    if not vals or not all(isinstance(x, str) and x in AGE for x in vals):
        bad(w, f"bad age_stage {a!r}")
    dep = r["departement"]
    if dep is not None and (not isinstance(dep, str) or not DEP.match(dep)):
        bad(w, f"bad departement {dep!r}")
    check_domains(w, r["domains"])
    c = r["complexity"]
    if (not isinstance(c, list) or not c or not all(type(x) is int and 1 <= x <= 3 for x in c)
            or len(set(c)) != len(c)):
        bad(w, f"bad complexity {c!r}")
    if r["urgency"] not in URG:
        bad(w, f"bad urgency {r['urgency']!r}")

# duplicates and near-duplicates inside the set (both files together)
seen, seen_sh = {}, {}
for name, rows in (("triage", tria), ("narratives", narr)):
    for i, r in rows:
        t = r.get("text")
        if not isinstance(t, str):
            continue
        k = " ".join(words(t))
        if k in seen:
            bad(f"{name}:{i}", f"duplicate text (same as {seen[k]})")
            continue
        seen[k] = f"{name}:{i}"
        for s in shingles(t):
            if s in seen_sh and seen_sh[s] != f"{name}:{i}":
                bad(f"{name}:{i}", f"shares an 8-word shingle with {seen_sh[s]}"); break
        for s in shingles(t):
            seen_sh.setdefault(s, f"{name}:{i}")

# overlap with the dev files and with the other sets in /tmp/out (read here only, never printed)
def ref_texts(paths):
    exact, sh = set(), set()
    for p in paths:
        if not os.path.exists(p):
            print(f"warning: reference file missing: {p}"); continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                try:
                    t = json.loads(line).get("text", "")
                except Exception:
                    continue
                if isinstance(t, str):
                    exact.add(" ".join(words(t)))
                    sh |= shingles(t)
    return exact, sh

for label, paths in (("dev", DEV), ("another /tmp/out set", OTHERS)):
    ex, sh = ref_texts(paths)
    for name, rows in (("triage", tria), ("narratives", narr)):
        for i, r in rows:
            t = r.get("text")
            if not isinstance(t, str):
                continue
            if " ".join(words(t)) in ex:
                bad(f"{name}:{i}", f"exact match with a text of {label}")
            elif shingles(t) & sh:
                bad(f"{name}:{i}", f"{len(shingles(t) & sh)} 8-word shingle(s) shared with {label}")

def show(title, cnt):
    print(f"  {title}: " + ", ".join(f"{k}={v}" for k, v in sorted(cnt.items(), key=lambda kv: str(kv[0]))))

tu = Counter(r.get("urgency") for _, r in tria)
nu = Counter(r.get("urgency") for _, r in narr)
print(f"triage: {len(tria)} lines")
show("urgency", tu)
show("domains", Counter(d for _, r in tria for d in r.get("domains", [])))
print(f"  empty domains: {sum(1 for _, r in tria if not r.get('domains'))}")
print(f"narratives: {len(narr)} lines")
show("urgency", nu)
show("requester", Counter(r.get("requester") for _, r in narr))
show("age_stage", Counter(str(r.get("age_stage")) for _, r in narr))
show("complexity", Counter(str(r.get("complexity")) for _, r in narr))
show("domains", Counter(d for _, r in narr for d in r.get("domains", [])))
deps = Counter(str(r.get("departement")) for _, r in narr)
print(f"  departements: {len(deps)} distinct")
show("departement", deps)
print(f"  reference files for overlap: {len(DEV)} dev + {len(OTHERS)} other")

for title, got, want in (("triage", tu, TARGET_TRIA), ("narratives", nu, TARGET_NARR)):
    if dict(got) != want:
        print(f"note: {title} urgency counts {dict(got)} differ from target {want}")

if problems:
    print(f"PROBLEMS ({len(problems)}):")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("OK")
