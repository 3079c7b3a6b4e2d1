#!/usr/bin/env python3
"""Validate the frozen held-out set heldout7 (format, allowed values, duplicates, overlap with dev)."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/eval"
URG = {"vitale", "haute", "normale"}
DOM = {"scolarite", "emploi", "logement", "sante", "repit", "loisirs",
       "transport", "droits", "vie_sociale", "accompagnement"}
REQ = {"personne", "aidant", "professionnel", "inconnu"}
AGE = {"moins_16", "16_21", "plus_21", "inconnu"}
DEP = re.compile(r"^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")
problems = []

def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                problems.append(f"{os.path.basename(path)}:{n}: empty line")
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                problems.append(f"{os.path.basename(path)}:{n}: bad JSON {e}")
    return rows

def norm(t):
    return " ".join(t.lower().split())

def check_domains(tag, d):
    if not isinstance(d, list) or not all(isinstance(x, str) for x in d):
        problems.append(f"{tag}: domains must be a list of strings"); return
    bad = set(d) - DOM
    if bad: problems.append(f"{tag}: unknown domains {sorted(bad)}")
    if len(set(d)) != len(d): problems.append(f"{tag}: repeated domain")

tri = load(os.path.join(HERE, "triage_heldout7.jsonl"))
nar = load(os.path.join(HERE, "narratives_heldout7.jsonl"))

for n, r in tri:
    tag = f"triage:{n}"
    if set(r) != {"text", "urgency", "domains"}: problems.append(f"{tag}: keys {sorted(r)}")
    if not isinstance(r.get("text"), str) or not r.get("text", "").strip(): problems.append(f"{tag}: text")
    if r.get("urgency") not in URG: problems.append(f"{tag}: urgency {r.get('urgency')!r}")
    check_domains(tag, r.get("domains"))

for n, r in nar:
    tag = f"narratives:{n}"
    keys = {"text", "requester", "age_stage", "departement", "domains", "complexity", "urgency"}
    if set(r) != keys: problems.append(f"{tag}: keys {sorted(r)}")
    if not isinstance(r.get("text"), str) or not r.get("text", "").strip(): problems.append(f"{tag}: text")
    if r.get("requester") not in REQ: problems.append(f"{tag}: requester {r.get('requester')!r}")
    if r.get("age_stage") not in AGE: problems.append(f"{tag}: age_stage {r.get('age_stage')!r}")
    if not isinstance(r.get("departement"), str) or not DEP.match(r.get("departement", "")):
        problems.append(f"{tag}: departement {r.get('departement')!r}")
    if r.get("urgency") not in URG: problems.append(f"{tag}: urgency {r.get('urgency')!r}")
    c = r.get("complexity")
    if not isinstance(c, list) or not c or not all(isinstance(x, int) and not isinstance(x, bool) and x in (1, 2, 3) for x in c) or len(set(c)) != len(c):
        problems.append(f"{tag}: complexity {c!r}")
    check_domains(tag, r.get("domains"))
    s = len(re.findall(r"[.!?]+(\s|$)", r.get("text", "")))
    if s < 3: problems.append(f"{tag}: fewer than 3 sentences ({s})")

# duplicates inside and across our files
seen = {}
for name, rows in (("triage", tri), ("narratives", nar)):
    for n, r in rows:
        k = norm(r.get("text", ""))
        if k in seen: problems.append(f"{name}:{n}: duplicate text of {seen[k]}")
        else: seen[k] = f"{name}:{n}"

# exact overlap with the dev files (texts only compared, never printed)
for dev in ("triage_dev.jsonl", "narratives_dev.jsonl", "language_dev.jsonl"):
    p = os.path.join(DEV, dev)
    if not os.path.exists(p): continue
    with open(p, encoding="utf-8") as f:
        for line in f:
            if not line.strip(): continue
            k = norm(json.loads(line).get("text", ""))
            if k in seen: problems.append(f"{seen[k]}: exact overlap with {dev}")

# counts
print(f"triage: {len(tri)} lines")
print("  urgency:", dict(collections.Counter(r["urgency"] for _, r in tri)))
print("  domains:", dict(collections.Counter(d for _, r in tri for d in r["domains"]).most_common()))
print("  no domain:", sum(1 for _, r in tri if not r["domains"]))
print("  without any accented letter:", sum(1 for _, r in tri if not re.search("[àâäéèêëîïôöùûüç]", r["text"].lower())))
print(f"narratives: {len(nar)} lines")
for k in ("urgency", "requester", "age_stage", "departement"):
    print(f"  {k}:", dict(collections.Counter(r[k] for _, r in nar).most_common()))
print("  complexity:", dict(collections.Counter(tuple(r["complexity"]) for _, r in nar).most_common()))
print("  domains:", dict(collections.Counter(d for _, r in nar for d in r["domains"]).most_common()))

if len(tri) != 240: problems.append(f"triage should have 240 lines, has {len(tri)}")
if len(nar) != 60: problems.append(f"narratives should have 60 lines, has {len(nar)}")
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems: print("  -", p)
    sys.exit(1)
print("\nOK")
