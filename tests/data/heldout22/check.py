#!/usr/bin/env python3
"""Check the held-out triage and narrative sets (stdlib only).

Checks key order, allowed values, departement codes, complexity lists, duplicates,
narrative length, and exact / 8-word-shingle overlap with the dev files.
Dev texts are read for comparison only and never printed.
Exit 0 and print OK when everything passes, else list problems and exit 1.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
N = "22"
TRIAGE = os.path.join(HERE, f"triage_heldout{N}.jsonl")
NARR = os.path.join(HERE, f"narratives_heldout{N}.jsonl")
DEV_DIR = "/work/shared/eval"
DEV_FILES = [os.path.join(DEV_DIR, "triage_dev.jsonl"), os.path.join(DEV_DIR, "narratives_dev.jsonl")]

URGENCY = {"vitale", "haute", "normale"}
DOMAINS = {"scolarite", "emploi", "logement", "sante", "repit", "loisirs",
           "transport", "droits", "vie_sociale", "accompagnement"}
REQUESTER = {"personne", "aidant", "professionnel", "inconnu"}
AGE = {"moins_16", "16_21", "plus_21", "inconnu"}
TRIAGE_KEYS = ["text", "urgency", "domains"]
NARR_KEYS = ["text", "requester", "age_stage", "departement", "domains", "complexity", "urgency"]
DEPT_RE = re.compile(r"^(0[1-9]|1[0-9]|2[1-9]|2A|2B|[3-8][0-9]|9[0-5]|97[1-46])$")
SHINGLE = 8

problems = []


def norm_words(text):
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.findall(r"[a-z0-9]+", t)


def shingles(text):
    w = norm_words(text)
    return {" ".join(w[i:i + SHINGLE]) for i in range(len(w) - SHINGLE + 1)}


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                problems.append(f"{os.path.basename(path)}:{i}: empty line")
                continue
            try:
                rows.append((i, json.loads(line, object_pairs_hook=lambda p: p)))
            except json.JSONDecodeError as e:
                problems.append(f"{os.path.basename(path)}:{i}: bad JSON ({e})")
    return rows


def one_or_list(val, allowed):
    if isinstance(val, str):
        return val in allowed
    if isinstance(val, list) and val:
        return all(isinstance(v, str) and v in allowed for v in val) and len(set(val)) == len(val)
    return False


def check_domains(name, i, d):
    if not isinstance(d, list) or not all(isinstance(x, str) and x in DOMAINS for x in d):
        problems.append(f"{name}:{i}: bad domains {d!r}")
    elif len(set(d)) != len(d):
        problems.append(f"{name}:{i}: repeated domain {d!r}")


def main():
    triage = load(TRIAGE)
    narr = load(NARR)
    tname, nname = os.path.basename(TRIAGE), os.path.basename(NARR)

    for i, pairs in triage:
        keys = [k for k, _ in pairs]
        obj = dict(pairs)
        if keys != TRIAGE_KEYS:
            problems.append(f"{tname}:{i}: keys {keys} != {TRIAGE_KEYS}")
            continue
        if not isinstance(obj["text"], str) or not obj["text"].strip():
            problems.append(f"{tname}:{i}: empty text")
        if obj["urgency"] not in URGENCY:
            problems.append(f"{tname}:{i}: bad urgency {obj['urgency']!r}")
        check_domains(tname, i, obj["domains"])

    for i, pairs in narr:
        keys = [k for k, _ in pairs]
        obj = dict(pairs)
        if keys != NARR_KEYS:
            problems.append(f"{nname}:{i}: keys {keys} != {NARR_KEYS}")
            continue
        nw = len(obj["text"].split()) if isinstance(obj["text"], str) else 0
        if not 60 <= nw <= 200:
            problems.append(f"{nname}:{i}: {nw} words (want 60-200)")
        if not one_or_list(obj["requester"], REQUESTER):
            problems.append(f"{nname}:{i}: bad requester {obj['requester']!r}")
        if not one_or_list(obj["age_stage"], AGE):
            problems.append(f"{nname}:{i}: bad age_stage {obj['age_stage']!r}")
        dep = obj["departement"]
        if dep is not None and not (isinstance(dep, str) and DEPT_RE.match(dep)):
            problems.append(f"{nname}:{i}: bad departement {dep!r}")
        check_domains(nname, i, obj["domains"])
        c = obj["complexity"]
        if (not isinstance(c, list) or not c or not all(isinstance(x, int) and not isinstance(x, bool) and x in (1, 2, 3) for x in c)
                or len(set(c)) != len(c) or c != sorted(c)):
            problems.append(f"{nname}:{i}: bad complexity {c!r} (sorted list of 1..3)")
        if obj["urgency"] not in URGENCY:
            problems.append(f"{nname}:{i}: bad urgency {obj['urgency']!r}")

    # duplicates (exact, after normalisation) inside and across the two held-out files
    seen = {}
    for name, rows in ((tname, triage), (nname, narr)):
        for i, pairs in rows:
            t = dict(pairs).get("text")
            if not isinstance(t, str):
                continue
            key = " ".join(norm_words(t))
            if key in seen:
                problems.append(f"{name}:{i}: duplicate of {seen[key]}")
            else:
                seen[key] = f"{name}:{i}"

    # near duplicates inside the held-out files (shared 8-word shingle)
    owner = {}
    for name, rows in ((tname, triage), (nname, narr)):
        for i, pairs in rows:
            t = dict(pairs).get("text")
            if not isinstance(t, str):
                continue
            here = f"{name}:{i}"
            for s in shingles(t):
                if s in owner and owner[s] != here:
                    problems.append(f"{here}: shares an {SHINGLE}-word sequence with {owner[s]}")
                    break
                owner.setdefault(s, here)

    # overlap with dev files: never print dev texts, only line numbers
    dev_exact, dev_sh = set(), set()
    dev_lines = 0
    for path in DEV_FILES:
        if not os.path.exists(path):
            problems.append(f"dev file missing: {path}")
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                try:
                    t = json.loads(line).get("text", "")
                except json.JSONDecodeError:
                    continue
                dev_lines += 1
                dev_exact.add(" ".join(norm_words(t)))
                dev_sh |= shingles(t)
    n_exact = n_sh = 0
    for name, rows in ((tname, triage), (nname, narr)):
        for i, pairs in rows:
            t = dict(pairs).get("text")
            if not isinstance(t, str):
                continue
            if " ".join(norm_words(t)) in dev_exact:
                n_exact += 1
                problems.append(f"{name}:{i}: exact match with a dev line")
            elif shingles(t) & dev_sh:
                n_sh += 1
                problems.append(f"{name}:{i}: shares an {SHINGLE}-word sequence with a dev line")

    # counts
    def show(title, rows, narrative=False):
        objs = [dict(p) for _, p in rows]
        print(f"{title}: {len(objs)} lines")
        print("  urgency:", dict(collections.Counter(o.get("urgency") for o in objs)))
        dc = collections.Counter(d for o in objs for d in o.get("domains", []))
        print("  domains:", dict(sorted(dc.items())), "| empty:", sum(1 for o in objs if not o.get("domains")))
        if narrative:
            for k in ("requester", "age_stage", "complexity"):
                print(f"  {k}:", dict(collections.Counter(json.dumps(o.get(k)) for o in objs)))
            print("  departement:", len({o.get('departement') for o in objs}), "distinct,",
                  sum(1 for o in objs if o.get("departement") is None), "null")
            nws = [len(o["text"].split()) for o in objs]
            print(f"  words: min {min(nws)} max {max(nws)} mean {sum(nws) / len(nws):.0f}")
        else:
            short = sum(1 for o in objs if o.get("urgency") == "normale" and 5 <= len(o["text"].split()) <= 15)
            print("  normale with 5-15 words:", short)

    show(tname, triage)
    show(nname, narr, narrative=True)
    print(f"dev lines compared: {dev_lines}; exact matches: {n_exact}; shingle overlaps: {n_sh}")

    if len(triage) != 240:
        problems.append(f"{tname}: {len(triage)} lines, want 240")
    if len(narr) != 60:
        problems.append(f"{nname}: {len(narr)} lines, want 60")

    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
