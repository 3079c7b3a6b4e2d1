#!/usr/bin/env python3
"""Validate the heldout13 blind evaluation set (stdlib only).

Checks key order, allowed values, departement codes, complexity lists, duplicate
texts, and exact / 8-word-shingle overlap with the public dev files (the dev texts
are read here only and never printed). Exits 1 on any problem.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEV_DIR = "/work/shared/eval"
TRIAGE = os.path.join(HERE, "triage_heldout13.jsonl")
NARR = os.path.join(HERE, "narratives_heldout13.jsonl")

URG = {"vitale", "haute", "normale"}
DOMAINS = {"scolarite", "emploi", "logement", "sante", "repit", "loisirs",
           "transport", "droits", "vie_sociale", "accompagnement"}
REQ = {"personne", "aidant", "professionnel", "inconnu"}
AGE = {"moins_16", "16_21", "plus_21", "inconnu"}
DEP_RE = re.compile(r"^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")
TRIAGE_KEYS = ["text", "urgency", "domains"]
NARR_KEYS = ["text", "requester", "age_stage", "departement", "domains",
             "complexity", "urgency"]
WORD_RE = re.compile(r"\w+", re.UNICODE)

problems = []


def err(msg):
    problems.append(msg)


def norm(text):
    return " ".join(WORD_RE.findall(text.lower()))


def shingles(text, n=8):
    w = WORD_RE.findall(text.lower())
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err(f"{os.path.basename(path)}:{i}: empty line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{os.path.basename(path)}:{i}: bad JSON ({e})")
                continue
            rows.append((i, obj))
    return rows


def check_domains(where, d):
    if not isinstance(d, list):
        err(f"{where}: domains not a list")
        return
    for x in d:
        if x not in DOMAINS:
            err(f"{where}: bad domain {x!r}")
    if len(set(d)) != len(d):
        err(f"{where}: duplicate domain")


def check_triage(rows):
    for i, o in rows:
        where = f"triage:{i}"
        if list(o.keys()) != TRIAGE_KEYS:
            err(f"{where}: keys {list(o.keys())}")
            continue
        if not isinstance(o["text"], str) or not o["text"].strip():
            err(f"{where}: empty text")
        if o["urgency"] not in URG:
            err(f"{where}: bad urgency {o['urgency']!r}")
        check_domains(where, o["domains"])


def check_single_or_list(where, name, v, allowed):
    vals = v if isinstance(v, list) else [v]
    if isinstance(v, list) and not v:
        err(f"{where}: empty {name} list")
    for x in vals:
        if x not in allowed:
            err(f"{where}: bad {name} {x!r}")


def check_narr(rows):
    for i, o in rows:
        where = f"narratives:{i}"
        if list(o.keys()) != NARR_KEYS:
            err(f"{where}: keys {list(o.keys())}")
            continue
        if not isinstance(o["text"], str) or not o["text"].strip():
            err(f"{where}: empty text")
        check_single_or_list(where, "requester", o["requester"], REQ)
        check_single_or_list(where, "age_stage", o["age_stage"], AGE)
        dep = o["departement"]
        if dep is not None and (not isinstance(dep, str) or not DEP_RE.match(dep)):
            err(f"{where}: bad departement {dep!r}")
        check_domains(where, o["domains"])
        c = o["complexity"]
        if (not isinstance(c, list) or not c or
                any(type(x) is not int or x not in (1, 2, 3) for x in c) or
                len(set(c)) != len(c)):
            err(f"{where}: bad complexity {c!r}")
        if o["urgency"] not in URG:
            err(f"{where}: bad urgency {o['urgency']!r}")


def dev_texts():
    texts = []
    if not os.path.isdir(DEV_DIR):
        return texts
    for name in sorted(os.listdir(DEV_DIR)):
        if not name.endswith(".jsonl"):
            continue
        with open(os.path.join(DEV_DIR, name), encoding="utf-8") as f:
            for line in f:
                try:
                    t = json.loads(line).get("text")
                except (json.JSONDecodeError, AttributeError):
                    continue
                if isinstance(t, str):
                    texts.append(t)
    return texts


def main():
    trows = load(TRIAGE)
    nrows = load(NARR)
    check_triage(trows)
    check_narr(nrows)

    ours = [("triage", i, o.get("text", "")) for i, o in trows] + \
           [("narratives", i, o.get("text", "")) for i, o in nrows]

    # duplicates inside the set (exact after normalisation)
    seen = {}
    for f, i, t in ours:
        k = norm(t)
        if k in seen:
            err(f"{f}:{i}: duplicate text of {seen[k]}")
        else:
            seen[k] = f"{f}:{i}"

    # overlap with dev files (never print dev texts)
    dev = dev_texts()
    dev_norm = {norm(t) for t in dev}
    dev_sh = set()
    for t in dev:
        dev_sh |= shingles(t)
    for f, i, t in ours:
        if norm(t) in dev_norm:
            err(f"{f}:{i}: exact match with a dev text")
        elif shingles(t) & dev_sh:
            err(f"{f}:{i}: shares an 8-word shingle with a dev text")

    tu = Counter(o.get("urgency") for _, o in trows)
    td = Counter(d for _, o in trows for d in o.get("domains", []))
    nu = Counter(o.get("urgency") for _, o in nrows)
    print(f"triage: {len(trows)} lines, urgency {dict(tu)}")
    print(f"triage: domains {dict(td)}, empty {sum(1 for _, o in trows if not o.get('domains'))}")
    print(f"narratives: {len(nrows)} lines, urgency {dict(nu)}")
    for key in ("requester", "age_stage", "departement"):
        c = Counter(str(o.get(key)) for _, o in nrows)
        print(f"narratives: {key} {dict(c)}")
    print("narratives: complexity", dict(Counter(str(o.get("complexity")) for _, o in nrows)))
    print(f"dev texts compared: {len(dev)}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"FAILED: {len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
