#!/usr/bin/env python3
"""Validate the frozen held-out set heldout5 (triage, narratives, language).

Allowed values are read from the labelling guide /work/shared/eval/README.md;
keys and value types are compared with the public dev files. Exits 1 on any problem.
"""
import collections
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = Path("/work/shared/eval")
GUIDE = EVAL / "README.md"
FILES = {  # held-out file -> dev file of the same format
    "triage_heldout5.jsonl": "triage_dev.jsonl",
    "narratives_heldout5.jsonl": "narratives_dev.jsonl",
    "language_heldout5.jsonl": "language_dev.jsonl",
}
problems = []


def problem(msg):
    problems.append(msg)


def read_guide():
    g = GUIDE.read_text(encoding="utf-8")
    allowed = {}
    m = re.search(r"`urgency` \(([^)]*)\)", g)
    allowed["urgency"] = set(re.findall(r"`([a-z_]+)`", m.group(1))) if m else set()
    allowed["domains"] = set(re.findall(r"^\|\s*`([a-z_]+)`\s*\|", g, re.M))
    m = re.search(r"\*\*requester\*\*:(.*?)\*\*age_stage\*\*", g, re.S)
    allowed["requester"] = set(re.findall(r"`([a-z_]+)`", m.group(1))) if m else set()
    m = re.search(r"\*\*age_stage\*\*:(.*?)In narratives", g, re.S)
    allowed["age_stage"] = set(re.findall(r"`([a-z0-9_]+)`", m.group(1))) if m else set()
    m = re.search(r"\*\*complexity\*\*:(.*)", g, re.S)
    allowed["complexity"] = {int(x) for x in re.findall(r"(?:^|;|:)\s*(\d) —", m.group(1))} if m else set()
    expect = {
        "urgency": {"vitale", "haute", "normale"},
        "requester": {"personne", "aidant", "professionnel", "inconnu"},
        "age_stage": {"moins_16", "16_21", "plus_21", "inconnu"},
        "complexity": {1, 2, 3},
    }
    for k, v in allowed.items():
        if not v:
            problem(f"guide: could not read allowed values for {k}")
    for k, v in expect.items():
        if allowed.get(k) != v:
            print(f"note: guide parsing for {k} gave {sorted(map(str, allowed.get(k, [])))}")
    return allowed


# French départements: 01-95 (no 20), 2A, 2B, overseas 971-976
DEPTS = {f"{i:02d}" for i in range(1, 96) if i != 20} | {"2A", "2B"} | {str(i) for i in range(971, 977)}
DEPTS.add("inconnu")
# ISO 639-1 codes likely in a French help service (guide only says "ISO 639-1")
ISO639_1 = set("fr en es pt de it ar nl pl ro tr uk ru vi zh ja ko hi bn ur fa he el sv da no fi cs sk hu bg hr sr sl sq lt lv et "
               "ca eu gl br co oc wo ln sw am ti so ha yo ig mg ht ku ps ta te th id ms tl lb ga cy is mt hy ka az kk uz be mk bs".split())


def norm(t):
    t = unicodedata.normalize("NFKC", t).lower()
    return re.sub(r"\s+", " ", t).strip()


def load(path):
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            problem(f"{path.name}:{n}: empty line")
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            problem(f"{path.name}:{n}: bad JSON ({e})")
            continue
        if not isinstance(d, dict):
            problem(f"{path.name}:{n}: not an object")
            continue
        rows.append((n, d))
    return rows


def one_or_list(name, n, key, v, allowed, typ=str):
    """single-value field: a value, or a non-empty list of values (boundary case)."""
    vals = v if isinstance(v, list) else [v]
    if isinstance(v, list) and (not v or len(set(map(str, v))) != len(v)):
        problem(f"{name}:{n}: {key} list empty or with duplicates: {v!r}")
    for x in vals:
        if not isinstance(x, typ) or isinstance(x, bool) or x not in allowed:
            problem(f"{name}:{n}: {key} value not allowed: {x!r}")


def main():
    allowed = read_guide()
    dev_texts = set()
    dev_keys = {}
    for dev in FILES.values():
        rows = load(EVAL / dev)
        dev_keys[dev] = set().union(*(set(d) for _, d in rows)) if rows else set()
        dev_texts |= {norm(d.get("text", "")) for _, d in rows}
    all_texts = collections.Counter()
    for name, dev in FILES.items():
        path = HERE / name
        if not path.exists():
            problem(f"missing file {name}")
            continue
        rows = load(path)
        seen = {}
        counts = collections.defaultdict(collections.Counter)
        for n, d in rows:
            if set(d) != dev_keys[dev]:
                problem(f"{name}:{n}: keys {sorted(d)} != dev keys {sorted(dev_keys[dev])}")
            t = d.get("text")
            if not isinstance(t, str) or not t.strip():
                problem(f"{name}:{n}: text missing or empty")
                continue
            k = norm(t)
            if k in seen:
                problem(f"{name}:{n}: duplicate text (line {seen[k]})")
            seen[k] = n
            all_texts[k] += 1
            if k in dev_texts:
                problem(f"{name}:{n}: text overlaps a dev file")
            if "urgency" in dev_keys[dev]:
                u = d.get("urgency")
                if not isinstance(u, str) or u not in allowed["urgency"]:
                    problem(f"{name}:{n}: urgency not allowed: {u!r}")
                counts["urgency"][str(u)] += 1
            if "domains" in dev_keys[dev]:
                dm = d.get("domains")
                if not isinstance(dm, list) or len(set(dm)) != len(dm if isinstance(dm, list) else []):
                    problem(f"{name}:{n}: domains must be a list without duplicates: {dm!r}")
                else:
                    for x in dm:
                        if x not in allowed["domains"]:
                            problem(f"{name}:{n}: domain not allowed: {x!r}")
                        counts["domains"][x] += 1
                    counts["n_domains"][len(dm)] += 1
            if name.startswith("narratives"):
                one_or_list(name, n, "requester", d.get("requester"), allowed["requester"])
                one_or_list(name, n, "age_stage", d.get("age_stage"), allowed["age_stage"])
                one_or_list(name, n, "departement", d.get("departement"), DEPTS)
                c = d.get("complexity")
                if not isinstance(c, list):
                    problem(f"{name}:{n}: complexity must be a list: {c!r}")
                else:
                    one_or_list(name, n, "complexity", c, allowed["complexity"], int)
                for key in ("requester", "age_stage", "complexity"):
                    counts[key][json.dumps(d.get(key), ensure_ascii=False)] += 1
                counts["departement"][json.dumps(d.get("departement"))] += 1
                sentences = len(re.findall(r"[.!?…]+(?:\s|$)", t))
                if sentences < 3:
                    problem(f"{name}:{n}: narrative has fewer than 3 sentences")
            if name.startswith("language"):
                lg = d.get("language")
                if not isinstance(lg, str) or not re.fullmatch(r"[a-z]{2}", lg) or lg not in ISO639_1:
                    problem(f"{name}:{n}: language is not an ISO 639-1 code: {lg!r}")
                counts["language"][str(lg)] += 1
        print(f"== {name}: {len(rows)} lines")
        for key, c in counts.items():
            if key == "departement":
                print(f"  departement: {len(c)} distinct values")
                continue
            print(f"  {key}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))))
    for k, v in all_texts.items():
        if v > 1:
            problem(f"text appears more than once across the held-out files: {k[:60]!r}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        return 1
    print("\nOK: no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
