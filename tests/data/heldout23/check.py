#!/usr/bin/env python3
"""Check the held-out files (stdlib only). Dev files are read for overlap comparison only; their texts are never printed."""
import json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
TRIAGE = os.path.join(HERE, "triage_heldout23.jsonl")
NARR = os.path.join(HERE, "narratives_heldout23.jsonl")
DEV = ["/work/shared/eval/triage_dev.jsonl", "/work/shared/eval/narratives_dev.jsonl"]

URG = {"vitale", "haute", "normale"}
DOM = {"scolarite", "emploi", "logement", "sante", "repit", "loisirs", "transport", "droits", "vie_sociale", "accompagnement"}
REQ = {"personne", "aidant", "professionnel", "inconnu"}
AGE = {"moins_16", "16_21", "plus_21", "inconnu"}
T_KEYS = ["text", "urgency", "domains"]
N_KEYS = ["text", "requester", "age_stage", "departement", "domains", "complexity", "urgency"]
DEP_RE = re.compile(r"^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")

problems = []

def norm(t):
    t = t.lower()
    t = re.sub(r"[^\w\s]", " ", t)
    return " ".join(t.split())

def shingles(t, n=8):
    w = norm(t).split()
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}

def load(path, name):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                problems.append(f"{name}:{i}: empty line")
                continue
            try:
                rows.append((i, json.loads(line, object_pairs_hook=lambda p: p)))
            except json.JSONDecodeError as e:
                problems.append(f"{name}:{i}: bad JSON ({e})")
    return rows

def check_domains(name, i, d):
    if not isinstance(d, list) or not all(isinstance(x, str) for x in d):
        problems.append(f"{name}:{i}: domains must be a list of strings")
        return
    bad = [x for x in d if x not in DOM]
    if bad:
        problems.append(f"{name}:{i}: unknown domains {bad}")
    if len(set(d)) != len(d):
        problems.append(f"{name}:{i}: repeated domain")

def check_one_of(name, i, key, v, allowed):
    vals = v if isinstance(v, list) else [v]
    if not vals or any(x not in allowed for x in vals):
        problems.append(f"{name}:{i}: bad {key} {v!r}")

counts = {}
texts = {}
for path, name, keys in [(TRIAGE, "triage", T_KEYS), (NARR, "narratives", N_KEYS)]:
    rows = load(path, name)
    c = {"lines": len(rows), "urgency": collections.Counter(), "domains": collections.Counter(),
         "requester": collections.Counter(), "age_stage": collections.Counter(),
         "complexity": collections.Counter(), "departement": collections.Counter()}
    for i, pairs in rows:
        got = [k for k, _ in pairs]
        if got != keys:
            problems.append(f"{name}:{i}: keys {got} != {keys}")
        d = dict(pairs)
        t = d.get("text")
        if not isinstance(t, str) or not t.strip():
            problems.append(f"{name}:{i}: empty text")
            continue
        texts.setdefault(name, []).append((i, t))
        if d.get("urgency") not in URG:
            problems.append(f"{name}:{i}: bad urgency {d.get('urgency')!r}")
        c["urgency"][d.get("urgency")] += 1
        check_domains(name, i, d.get("domains"))
        for x in d.get("domains") or []:
            c["domains"][x] += 1
        if name == "narratives":
            n = len(t.split())
            if n < 60 or n > 200:
                problems.append(f"{name}:{i}: {n} words (want 60-200)")
            check_one_of(name, i, "requester", d.get("requester"), REQ)
            check_one_of(name, i, "age_stage", d.get("age_stage"), AGE)
            c["requester"][str(d.get("requester"))] += 1
            c["age_stage"][str(d.get("age_stage"))] += 1
            dep = d.get("departement")
            if dep is not None and (not isinstance(dep, str) or not DEP_RE.match(dep)):
                problems.append(f"{name}:{i}: bad departement {dep!r}")
            c["departement"][str(dep)] += 1
            cx = d.get("complexity")
            if (not isinstance(cx, list) or not cx or any(x not in (1, 2, 3) or isinstance(x, bool) for x in cx)
                    or cx != sorted(set(cx))):
                problems.append(f"{name}:{i}: bad complexity {cx!r}")
            else:
                c["complexity"][str(cx)] += 1
    counts[name] = c

# duplicates inside and across our files
seen = {}
for name, lst in texts.items():
    for i, t in lst:
        k = norm(t)
        if k in seen:
            problems.append(f"{name}:{i}: duplicate of {seen[k]}")
        else:
            seen[k] = f"{name}:{i}"

# overlap with dev files (exact or 8-word shingle); dev texts are never printed
dev_norm, dev_sh = set(), set()
for p in DEV:
    try:
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    t = json.loads(line).get("text", "")
                    dev_norm.add(norm(t))
                    dev_sh |= shingles(t)
    except FileNotFoundError:
        problems.append(f"dev file missing: {p}")
for name, lst in texts.items():
    for i, t in lst:
        if norm(t) in dev_norm:
            problems.append(f"{name}:{i}: exact match with a dev text")
        else:
            k = len(shingles(t) & dev_sh)
            if k:
                problems.append(f"{name}:{i}: shares {k} 8-word shingle(s) with dev texts")

for name, c in counts.items():
    print(f"== {name}: {c['lines']} lines")
    for key in ["urgency", "domains", "requester", "age_stage", "complexity", "departement"]:
        if c[key]:
            print(f"  {key}: " + ", ".join(f"{k}={v}" for k, v in sorted(c[key].items())))
if problems:
    print(f"PROBLEMS ({len(problems)}):")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("OK")
