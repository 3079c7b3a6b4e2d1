"""Benchmark of the advisers' queue on PostgreSQL with 100,000 requests (issue 4; not a timed test).

    PYTHONPATH=. .venv/bin/python bench/bench_queue.py [--rows 100000] [--iterations 200] [--keep]

Creates a database c360_bench_<random> on the PostgreSQL server (C360_BENCH_PG_URL, default
postgresql://postgres@127.0.0.1:5432/test for the admin connection), runs the migrations, seeds the
requests (10 % in the Mayenne, 53; 80 % clôturées, like a year of activity), starts the public service
(uvicorn, one process) and measures, sequentially over HTTP on loopback:
  the queue page (/conseillers/) and GET /api/requests for an adviser of 53, a coordinator of 53
  (+ "à orienter") and an admin (all départements), a filtered queue, GET /api/requests/{ref}, and claim;
then prints p50/p95, the service's resident memory, and the EXPLAIN ANALYZE plans of the queue queries.
The database is dropped at the end unless --keep.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import secrets
import socket
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.orm import Session

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.schema import REFERENCE_ALPHABET  # noqa: E402
from handoff import auth, db, queue  # noqa: E402
from handoff.models import Request  # noqa: E402

ADMIN_URL = os.environ.get("C360_BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
PASSWORD = "mot-de-passe-du-banc-d-essai"
DEPARTEMENTS = [f"{n:02d}" for n in range(1, 96) if n != 20] + ["2A", "2B"]
DOMAINS = ["scolarite", "emploi", "logement", "sante", "repit", "loisirs", "transport", "droits", "vie_sociale",
           "accompagnement"]
WORDS = ("Je voudrais que mon fils puisse aller au collège près de chez nous avec une AESH, "
         "et qu'on m'aide pour les papiers de la MDPH. ")


def service_app():
    """uvicorn factory for the measured process: the lead's create_app when it imports, else our routers."""
    from handoff.config import get_settings
    settings = get_settings()
    try:
        from handoff.main import create_app
        app = create_app(settings)
    except ImportError:
        from fastapi import FastAPI
        from handoff.routers import api, conseillers
        db.init_engine(settings.database_url)
        app = FastAPI()
        app.include_router(api.router)
        app.include_router(conseillers.router)
    app.state.settings = settings
    return app


def _refs(count: int) -> list[str]:
    seen: set[str] = set()
    rng = random.Random(7)
    while len(seen) < count:
        chars = "".join(rng.choice(REFERENCE_ALPHABET) for _ in range(6))
        seen.add(f"{chars[:3]}-{chars[3:]}")
    return sorted(seen, key=lambda _r: rng.random())


def seed(url: str, rows: int) -> dict:
    rng = random.Random(42)
    engine = create_engine(url, future=True)
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    refs = _refs(rows)
    batch: list[dict] = []
    started = time.perf_counter()
    with engine.begin() as conn:
        for index, reference in enumerate(refs):
            dep = "53" if rng.random() < 0.10 else (None if rng.random() < 0.01 else rng.choice(DEPARTEMENTS))
            roll = rng.random()
            status = "cloturee" if roll < 0.80 else "nouvelle" if roll < 0.90 else \
                rng.choice(["prise_en_charge", "en_cours", "relayee"])
            urgency = rng.choices(["vitale", "haute", "normale"], weights=[1, 9, 90])[0]
            complexity = rng.choices([1, 2, 3], weights=[88, 10, 2])[0]
            domains = rng.sample(DOMAINS, rng.choice([0, 1, 1, 2, 3]))
            waiting = now - timedelta(minutes=rng.randint(1, 365 * 24 * 60))
            payload = {"reference": reference, "own_words": WORDS * 3, "situation": WORDS * 2,
                       "transcript": [{"author": "personne", "text": WORDS, "time": waiting.isoformat()}] * 4}
            rank = {"vitale": 0, "haute": 1, "normale": 2}[urgency]
            batch.append(dict(
                reference=reference, conversation_id=f"web:bench{index}", channel=rng.choice(["web", "telegram"]),
                version=1, status=status, completeness="complete", requester=rng.choice(["personne", "aidant"]),
                age_stage="plus_21", language="fr", departement=dep, territory=dep or "a_orienter",
                transferred=False, urgency=urgency, complexity=complexity, domains=domains, flags=[], signals=[],
                danger_kinds=[], urgency_rank=rank, level=complexity,
                domain_codes="," + "".join(f"{d}," for d in domains), waiting_since=waiting, received_at=waiting,
                updated_at=waiting, payload=payload,
                closed_at=waiting + timedelta(days=3) if status == "cloturee" else None))
            if len(batch) == 5000:
                conn.execute(insert(Request.__table__), batch)
                batch = []
        if batch:
            conn.execute(insert(Request.__table__), batch)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE requests"))
    with Session(engine, future=True) as session:
        auth.add_user(session, "claire", PASSWORD, "conseiller", "53", actor_name="bench")
        auth.add_user(session, "coord", PASSWORD, "coordinateur", "53", actor_name="bench")
        auth.add_user(session, "admin", PASSWORD, "admin", "", actor_name="bench")
        tokens = {name: auth.create_api_token(session, name, actor_name="bench") for name in ("claire", "coord",
                                                                                             "admin")}
        claimable = list(session.execute(text(
            "SELECT reference FROM requests WHERE territory = '53' AND status = 'nouvelle' "
            "ORDER BY reference")).scalars())
        size = session.execute(text("SELECT pg_size_pretty(pg_total_relation_size('requests'))")).scalar()
    engine.dispose()
    return {"seconds": time.perf_counter() - started, "tokens": tokens, "claimable": claimable, "size": size}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kib(pid: int) -> dict:
    values = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(("VmRSS", "VmHWM")):
                key, value = line.split(":")
                values[key] = int(value.split()[0])
    return values


def timed(client: httpx.Client, method: str, url: str, n: int, **kwargs) -> list[float]:
    samples = []
    for _ in range(n):
        started = time.perf_counter()
        response = client.request(method, url, **kwargs)
        samples.append((time.perf_counter() - started) * 1000)
        if response.status_code >= 400:
            raise RuntimeError(f"{method} {url}: {response.status_code} {response.text[:200]}")
    return samples


def pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def login(base: str, username: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=30)
    page = client.get("/conseillers/connexion")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    response = client.post("/conseillers/connexion", data={"csrf_token": csrf, "identifiant": username,
                                                           "mot_de_passe": PASSWORD, "suite": "/conseillers/"})
    if response.status_code != 303:
        raise RuntimeError(f"login failed: {response.status_code}")
    return client


def explain(url: str) -> list[tuple[str, str]]:
    engine = create_engine(url, future=True)
    plans = []
    with Session(engine, future=True) as session:
        for username, filters in (("claire", queue.QueueFilters()), ("coord", queue.QueueFilters()),
                                  ("admin", queue.QueueFilters()),
                                  ("admin", queue.QueueFilters(domain="repit", level=2))):
            user = auth.find_user(session, username)
            statement = queue.queue_query(user, filters)
            sql = str(statement.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True}))
            rows = session.execute(text("EXPLAIN (ANALYZE, BUFFERS) " + sql)).scalars().all()
            label = f"{username} {filters.domain or ''} {filters.level or ''}".strip()
            plans.append((label, "\n".join(rows)))
            if filters.domain is None:
                count = select(func.count()).select_from(Request).where(*queue._conditions(user, filters))
                sql = str(count.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True}))
                rows = session.execute(text("EXPLAIN (ANALYZE, BUFFERS) " + sql)).scalars().all()
                plans.append((label + " (count)", "\n".join(rows)))
    engine.dispose()
    return plans


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args(argv)

    name = f"c360_bench_{secrets.token_hex(4)}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT", future=True)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    process = None
    try:
        db.migrate(url)
        print(f"database {name}: seeding {args.rows} requests...", flush=True)
        seeded = seed(url, args.rows)
        print(f"seeded in {seeded['seconds']:.1f} s; requests table {seeded['size']}; "
              f"{len(seeded['claimable'])} nouvelles in 53", flush=True)

        port = _free_port()
        env = {**os.environ, "C360_DATABASE_URL": url, "C360_SERVICE_TOKEN": secrets.token_urlsafe(24),
               "C360_CONVERSATION_KEY": secrets.token_urlsafe(24), "PYTHONPATH": str(ROOT),
               "C360_PUBLIC_URL": f"http://127.0.0.1:{port}"}
        process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "bench.bench_queue:service_app", "--factory", "--host", "127.0.0.1",
             "--port", str(port), "--ws", "none", "--log-level", "warning"], cwd=str(ROOT), env=env)
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                if httpx.get(base + "/conseillers/connexion", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        memory_idle = rss_kib(process.pid)

        n = args.iterations
        results: list[tuple[str, list[float]]] = []
        for username in ("claire", "coord", "admin"):
            client = login(base, username)
            timed(client, "GET", "/conseillers/", 5)  # warm-up
            results.append((f"queue page /conseillers/ ({username})", timed(client, "GET", "/conseillers/", n)))
            client.close()
        for username in ("claire", "coord", "admin"):
            api = httpx.Client(base_url=base, timeout=30,
                               headers={"Authorization": f"Bearer {seeded['tokens'][username]}"})
            timed(api, "GET", "/api/requests", 5)
            results.append((f"GET /api/requests ({username})", timed(api, "GET", "/api/requests", n)))
            if username == "admin":
                results.append(("GET /api/requests?domain=repit&level=2 (admin)",
                                 timed(api, "GET", "/api/requests?domain=repit&level=2", n)))
            api.close()
        api = httpx.Client(base_url=base, timeout=30,
                           headers={"Authorization": f"Bearer {seeded['tokens']['claire']}"})
        refs = seeded["claimable"][: n]
        claims, details = [], []
        for ref in refs:
            started = time.perf_counter()
            response = api.post(f"/api/requests/{ref}/claim")
            claims.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.text
            started = time.perf_counter()
            response = api.get(f"/api/requests/{ref}")
            details.append((time.perf_counter() - started) * 1000)
        results.append((f"POST /api/requests/{{ref}}/claim ({len(refs)} distinct)", claims))
        results.append(("GET /api/requests/{ref}", details))
        conflict = api.post(f"/api/requests/{refs[0]}/claim")
        api.close()
        memory = rss_kib(process.pid)

        print(f"\n## Queue benchmark: {args.rows} requests in PostgreSQL, {n} sequential calls each\n")
        print("| what | p50 (ms) | p95 (ms) | max (ms) |")
        print("| --- | --- | --- | --- |")
        for label, samples in results:
            print(f"| {label} | {statistics.median(samples):.1f} | {pct(samples, 95):.1f} | {max(samples):.1f} |")
        print(f"\nsecond claim of a taken request: HTTP {conflict.status_code}")
        print(f"service memory (one uvicorn process): idle RSS {memory_idle['VmRSS'] / 1024:.0f} MiB, "
              f"after the run RSS {memory['VmRSS'] / 1024:.0f} MiB, peak {memory['VmHWM'] / 1024:.0f} MiB")
        print(f"requests table with indexes: {seeded['size']}")
        for label, plan in explain(url):
            print(f"\n### EXPLAIN ANALYZE, queue of {label}\n```\n{plan}\n```")
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=20)
        db.dispose()
        if not args.keep:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
