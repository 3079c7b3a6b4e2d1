#!/usr/bin/env python3
"""Checks the held-out files of this folder (stdlib only).

Dev files are read only to compare with them; their texts are never printed.
"""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TRIAGE = os.path.join(HERE, "triage_heldout21.jsonl")
NARR = os.path.join(HERE, "narratives_heldout21.jsonl")
DEV = ["/work/shared/eval/triage_dev.jsonl", "/work/shared/eval/narratives_dev.jsonl"]

URG = {"vitale", "haute", "normale"}
DOM = {"scolarite", "emploi", "logement", "sante", "repit", "loisirs", "transport",
       "droits", "vie_sociale", "accompagnement"}
REQ = {"personne", "aidant", "professionnel", "inconnu"}
AGE = {"moins_16", "16_21", "plus_21", "inconnu"}
T_KEYS = ["text", "urgency", "domains"]
N_KEYS = ["text", "requester", "age_stage", "departement", "domains", "complexity", "urgency"]

problems = []


def prob(msg):
    problems.append(msg)


def valid_dept(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    if d in ("2A", "2B"):
        return True
    if re.fullmatch(r"97[1-6]", d):
        return True
    if re.fullmatch(r"\d\d", d):
        n = int(d)
        return 1 <= n <= 95 and n != 20
    return False


def single_or_list(v, allowed):
    if isinstance(v, str):
        return v in allowed
    if isinstance(v, list) and v:
        return all(isinstance(x, str) and x in allowed for x in v) and len(set(v)) == len(v)
    return False


def norm_words(t):
    t = unicodedata.normalize("NFKD", t.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.findall(r"\w+", t)


def shingles(t, n=8):
    w = norm_words(t)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def load(path, name):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                prob(f"{name}:{i}: empty line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                prob(f"{name}:{i}: bad JSON ({e})")
                continue
            rows.append((i, obj))
    return rows


def check_domains(name, i, d):
    if not isinstance(d, list):
        prob(f"{name}:{i}: domains not a list")
        return
    for x in d:
        if x not in DOM:
            prob(f"{name}:{i}: unknown domain {x!r}")
    if len(set(d)) != len(d):
        prob(f"{name}:{i}: repeated domain")


tri = load(TRIAGE, "triage")
nar = load(NARR, "narratives")

for i, o in tri:
    if list(o.keys()) != T_KEYS:
        prob(f"triage:{i}: keys {list(o.keys())} != {T_KEYS}")
    if not isinstance(o.get("text"), str) or not o.get("text", "").strip():
        prob(f"triage:{i}: empty text")
    if o.get("urgency") not in URG:
        prob(f"triage:{i}: bad urgency {o.get('urgency')!r}")
    check_domains("triage", i, o.get("domains"))

for i, o in nar:
    if list(o.keys()) != N_KEYS:
        prob(f"narratives:{i}: keys {list(o.keys())} != {N_KEYS}")
    t = o.get("text", "")
    nw = len(t.split()) if isinstance(t, str) else 0
    if not (60 <= nw <= 200):
        prob(f"narratives:{i}: {nw} words (want 60-200)")
    if not single_or_list(o.get("requester"), REQ):
        prob(f"narratives:{i}: bad requester {o.get('requester')!r}")
    if not single_or_list(o.get("age_stage"), AGE):
        prob(f"narratives:{i}: bad age_stage {o.get('age_stage')!r}")
    if not valid_dept(o.get("departement")):
        prob(f"narratives:{i}: bad departement {o.get('departement')!r}")
    check_domains("narratives", i, o.get("domains"))
    c = o.get("complexity")
    if not (isinstance(c, list) and c and all(isinstance(x, int) and not isinstance(x, bool)
                                              and x in (1, 2, 3) for x in c)
            and c == sorted(set(c))):
        prob(f"narratives:{i}: bad complexity {c!r} (want a sorted non-empty list of 1..3)")
    if o.get("urgency") not in URG:
        prob(f"narratives:{i}: bad urgency {o.get('urgency')!r}")

# duplicates inside and across our two files (normalised text)
seen = {}
for name, rows in (("triage", tri), ("narratives", nar)):
    for i, o in rows:
        key = " ".join(norm_words(o.get("text", "")))
        if key in seen:
            prob(f"{name}:{i}: duplicate of {seen[key]}")
        else:
            seen[key] = f"{name}:{i}"

# near-duplicates inside our files: shared 8-word shingles
own = []
for name, rows in (("triage", tri), ("narratives", nar)):
    for i, o in rows:
        own.append((f"{name}:{i}", shingles(o.get("text", ""))))
for a in range(len(own)):
    for b in range(a + 1, len(own)):
        s = own[a][1] & own[b][1]
        if s:
            prob(f"{own[a][0]} and {own[b][0]} share {len(s)} 8-word shingle(s)")

# overlap with dev files (texts never printed)
dev_exact, dev_sh = set(), set()
for p in DEV:
    try:
        with open(p, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    t = json.loads(line).get("text", "")
                except json.JSONDecodeError:
                    continue
                dev_exact.add(" ".join(norm_words(t)))
                dev_sh |= shingles(t)
    except OSError as e:
        prob(f"cannot read dev file {p}: {e}")
for name, rows in (("triage", tri), ("narratives", nar)):
    for i, o in rows:
        t = o.get("text", "")
        if " ".join(norm_words(t)) in dev_exact:
            prob(f"{name}:{i}: exact (normalised) match with a dev text")
        n = len(shingles(t) & dev_sh)
        if n:
            prob(f"{name}:{i}: shares {n} 8-word shingle(s) with dev texts")

# counts
def show(title, rows):
    print(f"== {title}: {len(rows)} lines")
    print("  urgency:", dict(Counter(o.get("urgency") for _, o in rows)))
    dc = Counter(d for _, o in rows for d in (o.get("domains") or []))
    print("  domains:", dict(sorted(dc.items())), "| empty:",
          sum(1 for _, o in rows if not o.get("domains")))

show("triage", tri)
show("narratives", nar)
def flat(v):
    return "|".join(v) if isinstance(v, list) else str(v)
print("  requester:", dict(Counter(flat(o.get("requester")) for _, o in nar)))
print("  age_stage:", dict(Counter(flat(o.get("age_stage")) for _, o in nar)))
print("  complexity:", dict(Counter(str(o.get("complexity")) for _, o in nar)))
print("  departement:", len({o.get("departement") for _, o in nar}), "distinct,",
      sum(1 for _, o in nar if o.get("departement") is None), "null")
ws = [len(o.get("text", "").split()) for _, o in nar]
if ws:
    print(f"  words: min {min(ws)} max {max(ws)} mean {sum(ws)/len(ws):.0f}")

if len(tri) != 240:
    prob(f"triage has {len(tri)} lines, want 240")
if len(nar) != 60:
    prob(f"narratives has {len(nar)} lines, want 60")

if problems:
    print("PROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
