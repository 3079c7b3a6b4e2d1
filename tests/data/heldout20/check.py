#!/usr/bin/env python3
"""Check the held-out triage and narrative sets (stdlib only).

Dev files are read only to compare texts; their texts are never printed.
"""
import json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TRIAGE = HERE / "triage_heldout20.jsonl"
NARR = HERE / "narratives_heldout20.jsonl"
DEV = [Path("/work/shared/eval/triage_dev.jsonl"), Path("/work/shared/eval/narratives_dev.jsonl")]

URG = {"vitale", "haute", "normale"}
DOM = {"scolarite", "emploi", "logement", "sante", "repit", "loisirs", "transport", "droits",
       "vie_sociale", "accompagnement"}
REQ = {"personne", "aidant", "professionnel", "inconnu"}
AGE = {"moins_16", "16_21", "plus_21", "inconnu"}
CPX = {1, 2, 3}
DEPT = set("%02d" % i for i in range(1, 96) if i != 20) | {"2A", "2B"} | {str(i) for i in range(971, 977)}
T_KEYS = ["text", "urgency", "domains"]
N_KEYS = ["text", "requester", "age_stage", "departement", "domains", "complexity", "urgency"]

problems = []


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.findall(r"[a-z0-9]+", s)


def shingles(words, n=8):
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def load(path):
    rows = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            problems.append(f"{path.name}:{i}: empty line")
            continue
        try:
            rows.append((i, json.loads(line)))
        except json.JSONDecodeError as e:
            problems.append(f"{path.name}:{i}: bad JSON ({e})")
    return rows


def check_domains(where, d):
    if not isinstance(d, list):
        problems.append(f"{where}: domains not a list")
        return
    bad = [x for x in d if x not in DOM]
    if bad:
        problems.append(f"{where}: unknown domains {bad}")
    if len(set(d)) != len(d):
        problems.append(f"{where}: repeated domain")


def one_or_list(where, field, v, allowed):
    vals = v if isinstance(v, list) else [v]
    if isinstance(v, list) and (len(v) < 2 or len(set(v)) != len(v)):
        problems.append(f"{where}: {field} list must hold 2+ distinct values")
    for x in vals:
        if x not in allowed:
            problems.append(f"{where}: bad {field} {x!r}")


triage = load(TRIAGE)
narr = load(NARR)

for i, r in triage:
    w = f"{TRIAGE.name}:{i}"
    if list(r) != T_KEYS:
        problems.append(f"{w}: keys {list(r)} != {T_KEYS}")
    if not isinstance(r.get("text"), str) or not r.get("text", "").strip():
        problems.append(f"{w}: empty text")
    if r.get("urgency") not in URG:
        problems.append(f"{w}: bad urgency {r.get('urgency')!r}")
    check_domains(w, r.get("domains"))

for i, r in narr:
    w = f"{NARR.name}:{i}"
    if list(r) != N_KEYS:
        problems.append(f"{w}: keys {list(r)} != {N_KEYS}")
    t = r.get("text", "")
    nw = len(t.split())
    if not 60 <= nw <= 200:
        problems.append(f"{w}: {nw} words (want 60-200)")
    one_or_list(w, "requester", r.get("requester"), REQ)
    one_or_list(w, "age_stage", r.get("age_stage"), AGE)
    d = r.get("departement")
    if d is not None and (not isinstance(d, str) or d not in DEPT):
        problems.append(f"{w}: bad departement {d!r} (INSEE code string or null)")
    check_domains(w, r.get("domains"))
    c = r.get("complexity")
    if (not isinstance(c, list) or not c or any(type(x) is not int or x not in CPX for x in c)
            or len(set(c)) != len(c) or c != sorted(c)):
        problems.append(f"{w}: bad complexity {c!r} (sorted list of distinct 1..3)")
    if r.get("urgency") not in URG:
        problems.append(f"{w}: bad urgency {r.get('urgency')!r}")

# duplicates inside and across the two held-out files
seen = {}
for name, rows in ((TRIAGE.name, triage), (NARR.name, narr)):
    for i, r in rows:
        key = " ".join(norm(r.get("text", "")))
        if key in seen:
            problems.append(f"{name}:{i}: duplicate of {seen[key]}")
        else:
            seen[key] = f"{name}:{i}"

# overlap with dev files (texts never printed)
dev_exact, dev_sh = set(), set()
for p in DEV:
    if not p.exists():
        problems.append(f"dev file missing: {p}")
        continue
    for line in p.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            t = json.loads(line).get("text", "")
        except json.JSONDecodeError:
            continue
        ws = norm(t)
        dev_exact.add(" ".join(ws))
        dev_sh |= shingles(ws)
for name, rows in ((TRIAGE.name, triage), (NARR.name, narr)):
    for i, r in rows:
        ws = norm(r.get("text", ""))
        if " ".join(ws) in dev_exact:
            problems.append(f"{name}:{i}: exact match with a dev text")
        n = len(shingles(ws) & dev_sh)
        if n:
            problems.append(f"{name}:{i}: shares {n} 8-word shingle(s) with dev texts")

# counts
def show(title, rows, fields):
    print(f"== {title}: {len(rows)} lines")
    for f in fields:
        c = Counter()
        for _, r in rows:
            v = r.get(f)
            for x in (v if isinstance(v, list) else [v]):
                c[str(x)] += 1
        print(f"  {f}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))

show(TRIAGE.name, triage, ["urgency", "domains"])
print("  domains empty: %d" % sum(1 for _, r in triage if not r.get("domains")))
show(NARR.name, narr, ["urgency", "requester", "age_stage", "departement", "domains", "complexity"])
wc = [len(r.get("text", "").split()) for _, r in narr]
if wc:
    print(f"  words: min={min(wc)} max={max(wc)} mean={sum(wc)/len(wc):.0f}")

if problems:
    print(f"PROBLEMS ({len(problems)}):")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("OK")
