#!/usr/bin/env python3
"""Validate the frozen held-out set heldout8 (triage + narratives).

Checks keys, value types and allowed values, no duplicate texts, no exact overlap
(nor 8-word shingle overlap) with the public dev files; prints counts.
Exits 1 on any problem. Does not print dev texts.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEV_DIR = "/work/shared/eval"
TRIAGE = os.path.join(HERE, "triage_heldout8.jsonl")
NARR = os.path.join(HERE, "narratives_heldout8.jsonl")
DEV_FILES = [os.path.join(DEV_DIR, f) for f in ("triage_dev.jsonl", "narratives_dev.jsonl")]

URGENCY = {"vitale", "haute", "normale"}
DOMAINS = {"scolarite", "emploi", "logement", "sante", "repit", "loisirs",
           "transport", "droits", "vie_sociale", "accompagnement"}
REQUESTER = {"personne", "aidant", "professionnel", "inconnu"}
AGE = {"moins_16", "16_21", "plus_21", "inconnu"}
DEPT_RE = re.compile(r"^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")
TRIAGE_KEYS = ["text", "urgency", "domains"]
NARR_KEYS = ["text", "requester", "age_stage", "departement", "domains", "complexity", "urgency"]

problems = []


def norm(t):
    t = unicodedata.normalize("NFKD", t.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


def shingles(t, n=8):
    w = norm(t).split()
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                problems.append(f"{os.path.basename(path)}:{i}: empty line")
                continue
            try:
                rows.append((i, json.loads(line)))
            except json.JSONDecodeError as e:
                problems.append(f"{os.path.basename(path)}:{i}: bad JSON ({e})")
    return rows


def check_domains(where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        problems.append(f"{where}: domains must be a list of strings")
        return
    bad = [x for x in v if x not in DOMAINS]
    if bad:
        problems.append(f"{where}: unknown domains {bad}")
    if len(set(v)) != len(v):
        problems.append(f"{where}: repeated domain")


def check_triage(rows):
    for i, d in rows:
        w = f"triage:{i}"
        if list(d.keys()) != TRIAGE_KEYS:
            problems.append(f"{w}: keys {list(d.keys())} != {TRIAGE_KEYS}")
            continue
        if not isinstance(d["text"], str) or len(d["text"].strip()) < 10:
            problems.append(f"{w}: text missing or too short")
        if d["urgency"] not in URGENCY:
            problems.append(f"{w}: bad urgency {d['urgency']!r}")
        check_domains(w, d["domains"])


def check_narr(rows):
    for i, d in rows:
        w = f"narratives:{i}"
        if list(d.keys()) != NARR_KEYS:
            problems.append(f"{w}: keys {list(d.keys())} != {NARR_KEYS}")
            continue
        t = d["text"]
        if not isinstance(t, str):
            problems.append(f"{w}: text not a string")
        else:
            n_sent = len([s for s in re.split(r"[.!?]+", t) if len(s.strip()) > 3])
            if n_sent < 3 or n_sent > 9:
                problems.append(f"{w}: {n_sent} sentences (expected 3-8)")
        for k, allowed in (("requester", REQUESTER), ("age_stage", AGE)):
            if not isinstance(d[k], str) or d[k] not in allowed:
                problems.append(f"{w}: bad {k} {d[k]!r}")
        dep = d["departement"]
        if not isinstance(dep, str) or not (DEPT_RE.match(dep) or dep == "inconnu"):
            problems.append(f"{w}: bad departement {dep!r}")
        check_domains(w, d["domains"])
        c = d["complexity"]
        if (not isinstance(c, list) or not c or any(type(x) is not int or x not in (1, 2, 3) for x in c)
                or c != sorted(set(c))):
            problems.append(f"{w}: bad complexity {c!r}")
        if d["urgency"] not in URGENCY:
            problems.append(f"{w}: bad urgency {d['urgency']!r}")


def main():
    tri = load(TRIAGE)
    nar = load(NARR)
    check_triage(tri)
    check_narr(nar)

    # duplicates inside the held-out set (exact and normalised)
    seen = {}
    for name, rows in (("triage", tri), ("narratives", nar)):
        for i, d in rows:
            t = d.get("text", "")
            k = norm(t) if isinstance(t, str) else ""
            if k in seen:
                problems.append(f"{name}:{i}: duplicate text of {seen[k]}")
            else:
                seen[k] = f"{name}:{i}"

    # overlap with dev files (exact, normalised, 8-word shingles); dev texts are not printed
    dev_norm, dev_sh = set(), set()
    for p in DEV_FILES:
        if not os.path.exists(p):
            problems.append(f"dev file missing: {p}")
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    t = json.loads(line).get("text", "")
                    dev_norm.add(norm(t))
                    dev_sh |= shingles(t)
    for name, rows in (("triage", tri), ("narratives", nar)):
        for i, d in rows:
            t = d.get("text", "")
            if not isinstance(t, str):
                continue
            if norm(t) in dev_norm:
                problems.append(f"{name}:{i}: same text as a dev line")
            common = shingles(t) & dev_sh
            if common:
                problems.append(f"{name}:{i}: shares {len(common)} 8-word sequence(s) with dev")

    # counts
    def cnt(rows, key):
        return collections.Counter(d.get(key) for _, d in rows)

    def dom(rows):
        c = collections.Counter()
        for _, d in rows:
            v = d.get("domains", [])
            c.update(v if v else ["(none)"])
        return c

    sms = sum(1 for _, d in tri if isinstance(d.get("text"), str)
              and (d["text"][:1].islower() or not re.search(r"[éèêàùçâîôûë]", d["text"])))
    print(f"triage: {len(tri)} lines")
    print("  urgency:", dict(cnt(tri, "urgency")))
    print("  domains:", dict(dom(tri)))
    print(f"  SMS-like (lower-case start or no accent): {sms}")
    print(f"narratives: {len(nar)} lines")
    for k in ("urgency", "requester", "age_stage"):
        print(f"  {k}:", dict(cnt(nar, k)))
    print("  departement:", dict(sorted(cnt(nar, "departement").items())))
    print("  complexity:", dict(collections.Counter(str(d.get("complexity")) for _, d in nar)))
    print("  domains:", dict(dom(nar)))

    if len(tri) != 240:
        problems.append(f"triage has {len(tri)} lines, expected 240")
    if len(nar) != 60:
        problems.append(f"narratives has {len(nar)} lines, expected 60")

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
