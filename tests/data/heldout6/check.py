#!/usr/bin/env python3
"""Validate the frozen held-out set 6 (triage + narratives). Exit 1 on any problem."""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = Path("/work/shared/eval")
URGENCY = {"vitale", "haute", "normale"}
DOMAINS = {"scolarite", "emploi", "logement", "sante", "repit", "loisirs",
           "transport", "droits", "vie_sociale", "accompagnement"}
REQUESTER = {"personne", "aidant", "professionnel", "inconnu"}
AGE = {"moins_16", "16_21", "plus_21", "inconnu"}
COMPLEXITY = {1, 2, 3}
TRIAGE_KEYS = {"text", "urgency", "domains"}
NARR_KEYS = {"text", "requester", "age_stage", "departement", "domains", "complexity", "urgency"}
DEPTS = ({f"{i:02d}" for i in range(1, 96) if i != 20} | {"2A", "2B"}
         | {"971", "972", "973", "974", "976", "inconnu"})

problems = []


def load(path):
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            problems.append(f"{path.name}:{n}: empty line")
            continue
        try:
            rows.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            problems.append(f"{path.name}:{n}: bad JSON ({e})")
    return rows


def norm(t):
    return " ".join(t.lower().split())


def check_domains(name, n, d):
    if not isinstance(d, list) or not all(isinstance(x, str) for x in d):
        problems.append(f"{name}:{n}: domains must be a list of strings")
        return
    bad = set(d) - DOMAINS
    if bad:
        problems.append(f"{name}:{n}: unknown domains {sorted(bad)}")
    if len(set(d)) != len(d):
        problems.append(f"{name}:{n}: duplicate domain")


dev_texts = set()
for f in ("triage_dev.jsonl", "narratives_dev.jsonl", "language_dev.jsonl"):
    p = DEV / f
    if p.exists():
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                dev_texts.add(norm(json.loads(line)["text"]))

seen = {}
tri = load(HERE / "triage_heldout6.jsonl")
for n, r in tri:
    name = "triage_heldout6.jsonl"
    if set(r) != TRIAGE_KEYS:
        problems.append(f"{name}:{n}: keys {sorted(r)}")
        continue
    if not isinstance(r["text"], str) or not r["text"].strip():
        problems.append(f"{name}:{n}: empty text")
    if r["urgency"] not in URGENCY:
        problems.append(f"{name}:{n}: urgency {r['urgency']!r}")
    check_domains(name, n, r["domains"])

nar = load(HERE / "narratives_heldout6.jsonl")
for n, r in nar:
    name = "narratives_heldout6.jsonl"
    if set(r) != NARR_KEYS:
        problems.append(f"{name}:{n}: keys {sorted(r)}")
        continue
    for k in ("text", "requester", "age_stage", "departement", "urgency"):
        if not isinstance(r[k], str):
            problems.append(f"{name}:{n}: {k} must be a single string")
    if r["urgency"] not in URGENCY:
        problems.append(f"{name}:{n}: urgency {r['urgency']!r}")
    if r["requester"] not in REQUESTER:
        problems.append(f"{name}:{n}: requester {r['requester']!r}")
    if r["age_stage"] not in AGE:
        problems.append(f"{name}:{n}: age_stage {r['age_stage']!r}")
    if r["departement"] not in DEPTS:
        problems.append(f"{name}:{n}: departement {r['departement']!r}")
    c = r["complexity"]
    if (not isinstance(c, list) or not c or not all(isinstance(x, int) for x in c)
            or set(c) - COMPLEXITY or c != sorted(set(c))):
        problems.append(f"{name}:{n}: complexity {c!r}")
    check_domains(name, n, r["domains"])
    sentences = sum(r["text"].count(p) for p in ".?!")
    if sentences < 3:
        problems.append(f"{name}:{n}: narrative shorter than 3 sentences")

for name, rows in (("triage", tri), ("narratives", nar)):
    for n, r in rows:
        t = norm(r.get("text", ""))
        if t in seen:
            problems.append(f"{name}:{n}: duplicate text (also {seen[t]})")
        seen[t] = f"{name}:{n}"
        if t in dev_texts:
            problems.append(f"{name}:{n}: text identical to a dev example")

print(f"triage: {len(tri)} lines", dict(Counter(r['urgency'] for _, r in tri)))
print("  domains:", dict(Counter(d for _, r in tri for d in r.get('domains', []))))
print("  empty domains:", sum(1 for _, r in tri if not r.get('domains')))
print(f"narratives: {len(nar)} lines", dict(Counter(r['urgency'] for _, r in nar)))
for k in ("requester", "age_stage", "departement"):
    print(f"  {k}:", dict(Counter(r.get(k) for _, r in nar)))
print("  complexity:", dict(Counter(json.dumps(r.get('complexity')) for _, r in nar)))
print("  domains:", dict(Counter(d for _, r in nar for d in r.get('domains', []))))

if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("\nOK")
