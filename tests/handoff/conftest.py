"""Fixtures of the handoff service tests: every API rule runs on SQLite AND on the machine's PostgreSQL.

- ``database_url`` is parametrized: a fresh SQLite file (copied from a migrated template) or a fresh
  PostgreSQL database ``c360_test_<random>`` (CREATE DATABASE ... TEMPLATE of a migrated one), dropped after;
- ``app`` is the lead's ``handoff.main.create_app(settings)`` when it imports, else FastAPI() + our routers;
- helpers create accounts, tokens, requests, and log a console client in.
"""
from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path
from typing import Optional

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from handoff import db, store

from handoff_helpers import build_app, make_settings

PG_ADMIN_URL = os.environ.get("C360_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")


def _pg_admin():
    return create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT", future=True)


def _pg_url(name: str) -> str:
    return PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name


def pg_available() -> bool:
    try:
        engine = _pg_admin()
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return True
    except Exception:
        return False


def create_pg_database(template: Optional[str] = None) -> str:
    name = f"c360_test_{secrets.token_hex(6)}"
    engine = _pg_admin()
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    engine.dispose()
    return name


def drop_pg_database(name: str) -> None:
    engine = _pg_admin()
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("modele") / "handoff.db"
    db.migrate(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def pg_template():
    if not pg_available():
        pytest.skip("PostgreSQL is not reachable on " + PG_ADMIN_URL)
    name = create_pg_database()
    db.migrate(_pg_url(name))
    yield name
    drop_pg_database(name)


def _sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "handoff.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path, sqlite_template):
    if request.param == "sqlite":
        yield _sqlite_url(sqlite_template, tmp_path)
        db.dispose()
        return
    template = request.getfixturevalue("pg_template")
    name = create_pg_database(template)
    yield _pg_url(name)
    db.dispose()
    drop_pg_database(name)


@pytest.fixture
def pg_url(tmp_path):
    """PostgreSQL only (concurrency tests)."""
    if not pg_available():
        pytest.skip("PostgreSQL is not reachable")
    name = create_pg_database()
    db.migrate(_pg_url(name))
    yield _pg_url(name)
    db.dispose()
    drop_pg_database(name)



@pytest.fixture
def settings(database_url, tmp_path):
    return make_settings(database_url, tmp_path)


@pytest.fixture
def app(settings):
    return build_app(settings)


@pytest.fixture
def client(app):
    with TestClient(app) as c:
        yield c


@pytest.fixture
def session(app):
    s = db.session_factory()()
    yield s
    s.close()


@pytest.fixture
def alerts():
    """Collects what the alert hook receives."""
    received: list[dict] = []
    store.on_new_alert.append(received.append)
    yield received
    store.on_new_alert.remove(received.append)


