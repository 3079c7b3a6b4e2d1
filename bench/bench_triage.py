"""Throughput of the triage library (benchmark, not a test).

    PYTHONPATH=. python bench/bench_triage.py [--repeat 5]

Measures, on every text of tests/data/triage_tune.jsonl and ../shared/eval/*.jsonl:
- the full triage (triage_message: danger, domains, requester, age, département via bot.geo, language), messages/s;
- the `c360 triage` CLI path in-process (JSON in, JSON out), messages/s;
- the fast danger check (danger_check), mean and p95 in milliseconds.
Caches are defeated by making every text unique. Geo and langdetect are loaded before timing ("once loaded").
"""
from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.triage import danger_check, triage_message  # noqa: E402
from bot.triage.cli import main as cli_main  # noqa: E402


def load_texts():
    files = [REPO / "tests" / "data" / "triage_tune.jsonl"] + sorted((REPO / ".." / "shared" / "eval").glob("*.jsonl"))
    texts = []
    for f in files:
        if f.exists():
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    d = json.loads(line)
                    texts.append(d.get("text") or " ".join(d.get("texts", [])))
    return texts


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    base = load_texts()
    triage_message("Hello, can you help my disabled father? I live in Laval")  # load langdetect and geo tables
    n = 0
    full_times = []
    danger_times = []
    t0 = time.perf_counter()
    for r in range(args.repeat):
        for i, t in enumerate(base):
            text = f"{t} ({r}.{i})"
            s = time.perf_counter()
            triage_message(text)
            full_times.append(time.perf_counter() - s)
            n += 1
    full_elapsed = time.perf_counter() - t0
    from bot.triage import model as triage_model  # its cache would hold the windows just read above
    from bot.triage.normalize import normalize
    triage_model.predict_clauses.cache_clear()
    normalize.cache_clear()
    for r in range(args.repeat):
        for i, t in enumerate(base):
            text = f"{t} [{r}.{i}]"
            s = time.perf_counter()
            danger_check(text)
            danger_times.append(time.perf_counter() - s)
    lines = "".join(json.dumps({"text": f"{t} <{i}>"}, ensure_ascii=False) + "\n" for i, t in enumerate(base * args.repeat))
    out = io.StringIO()
    t0 = time.perf_counter()
    cli_main([], stdin=io.StringIO(lines), stdout=out)
    cli_elapsed = time.perf_counter() - t0

    def p95(xs):
        return sorted(xs)[int(0.95 * (len(xs) - 1))] * 1000

    print(f"texts: {len(base)} × {args.repeat}")
    print(f"triage_message: {n / full_elapsed:.0f} messages/s (mean {statistics.mean(full_times) * 1000:.2f} ms, p95 {p95(full_times):.2f} ms)")
    print(f"c360 triage (in-process CLI): {len(base) * args.repeat / cli_elapsed:.0f} messages/s")
    print(f"danger_check: mean {statistics.mean(danger_times) * 1000:.3f} ms, median {statistics.median(danger_times) * 1000:.3f} ms, p95 {p95(danger_times):.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
