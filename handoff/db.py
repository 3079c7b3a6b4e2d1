"""Database engine, sessions and migrations of the handoff service (SQLite by default, PostgreSQL in production).

- ``init_engine(url)`` creates the process-wide engine and session factory;
- ``get_session`` is the FastAPI dependency (one Session a request);
- ``session_scope()`` is the context manager for code outside a request (gateway, CLI): commit or roll back;
- ``migrate(url)`` runs ``alembic upgrade head`` programmatically (called at start-up).
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

HANDOFF_DIR = Path(__file__).resolve().parent

_engine: Optional[Engine] = None
_factory: Optional[sessionmaker] = None
_engine_url: Optional[str] = None
_lock = threading.Lock()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine with the settings this service needs on SQLite (threads, WAL, FK) or PostgreSQL."""
    if url.startswith("sqlite"):
        if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
            Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, future=True, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, future=True, pool_pre_ping=True, pool_size=10, max_overflow=10)


def init_engine(url: str) -> Engine:
    """Create (or replace) the process-wide engine; returns it. Idempotent for the same URL."""
    global _engine, _factory, _engine_url
    with _lock:
        if _engine is not None and _engine_url == url:
            return _engine
        if _engine is not None:
            _engine.dispose()
        _engine = make_engine(url)
        _engine_url = url
        _factory = sessionmaker(bind=_engine, future=True, expire_on_commit=False)
        return _engine


def engine() -> Engine:
    if _engine is None:
        from handoff.config import get_settings
        init_engine(get_settings().database_url)
    return _engine


def session_factory() -> sessionmaker:
    engine()
    return _factory


def dispose() -> None:
    global _engine, _factory, _engine_url
    with _lock:
        if _engine is not None:
            _engine.dispose()
        _engine, _factory, _engine_url = None, None, None


def get_session() -> Iterator[Session]:
    """FastAPI dependency: one Session per request, closed afterwards (routes commit what they change)."""
    session = session_factory()()
    try:
        yield session
    finally:
        session.close()


@contextmanager
def session_scope() -> Iterator[Session]:
    """A Session for code outside a request: commit at the end, roll back on error."""
    session = session_factory()()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def alembic_config(database_url: str):
    from alembic.config import Config

    config = Config(str(HANDOFF_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(HANDOFF_DIR / "migrations"))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def migrate(database_url: str, revision: str = "head") -> None:
    """``alembic upgrade head`` on that database (SQLite or PostgreSQL); safe to run at every start."""
    from alembic import command

    command.upgrade(alembic_config(database_url), revision)
