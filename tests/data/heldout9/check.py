#!/usr/bin/env python3
"""Validate the frozen held-out set heldout9. Exit 1 on any problem."""
import json, sys, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/eval"
URG = {"vitale", "haute", "normale"}
DOM = {"scolarite", "emploi", "logement", "sante", "repit", "loisirs", "transport", "droits", "vie_sociale", "accompagnement"}
REQ = {"personne", "aidant", "professionnel", "inconnu"}
AGE = {"moins_16", "16_21", "plus_21", "inconnu"}
problems = []
def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                problems.append(f"{os.path.basename(path)}:{i} empty line"); continue
            try: rows.append((i, json.loads(line)))
            except Exception as e: problems.append(f"{os.path.basename(path)}:{i} bad JSON {e}")
    return rows
def dev_texts(name):
    p = os.path.join(DEV, name)
    return {json.loads(l)["text"].strip().lower() for l in open(p, encoding="utf-8") if l.strip()} if os.path.exists(p) else set()
def check_domains(tag, d):
    if not isinstance(d, list) or not all(isinstance(x, str) for x in d): problems.append(f"{tag} domains not a list of str"); return
    if set(d) - DOM: problems.append(f"{tag} unknown domains {set(d)-DOM}")
    if len(d) != len(set(d)): problems.append(f"{tag} duplicate domain")
def run(fname, keys, devname, extra):
    rows = load(os.path.join(HERE, fname)); seen = set(); dev = dev_texts(devname); urg = Counter()
    for i, r in rows:
        tag = f"{fname}:{i}"
        if list(r.keys()) != keys: problems.append(f"{tag} keys {list(r.keys())} != {keys}"); continue
        t = r["text"]
        if not isinstance(t, str) or not t.strip(): problems.append(f"{tag} empty text"); continue
        k = t.strip().lower()
        if k in seen: problems.append(f"{tag} duplicate text")
        if k in dev: problems.append(f"{tag} text identical to dev")
        seen.add(k)
        if r["urgency"] not in URG: problems.append(f"{tag} bad urgency {r['urgency']!r}")
        check_domains(tag, r["domains"]); extra(tag, r); urg[r["urgency"]] += 1
    print(f"{fname}: {len(rows)} lines, urgency {dict(urg)}")
    return rows
def tri_extra(tag, r): pass
def nar_extra(tag, r):
    if r["requester"] not in REQ: problems.append(f"{tag} bad requester")
    if r["age_stage"] not in AGE: problems.append(f"{tag} bad age_stage")
    dep = r["departement"]
    ok = isinstance(dep, str) and (dep in {"2A", "2B"} or (dep.isdigit() and (1 <= int(dep) <= 95 and len(dep) == 2 or dep in {"971", "972", "973", "974", "976"})))
    if not ok: problems.append(f"{tag} bad departement {dep!r}")
    c = r["complexity"]
    if not (isinstance(c, list) and c and all(type(x) is int and x in (1, 2, 3) for x in c)): problems.append(f"{tag} bad complexity {c!r}")
tri = run("triage_heldout9.jsonl", ["text", "urgency", "domains"], "triage_dev.jsonl", tri_extra)
nar = run("narratives_heldout9.jsonl", ["text", "requester", "age_stage", "departement", "domains", "complexity", "urgency"], "narratives_dev.jsonl", nar_extra)
dc = Counter(d for _, r in tri for d in r["domains"]); print("triage domains:", dict(dc), "| empty:", sum(1 for _, r in tri if not r["domains"]))
print("narratives requester:", dict(Counter(r["requester"] for _, r in nar)), "age:", dict(Counter(r["age_stage"] for _, r in nar)))
print("narratives departements:", sorted({r["departement"] for _, r in nar}))
for p in problems: print("PROBLEM:", p)
print("OK" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
