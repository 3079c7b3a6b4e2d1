"""Rasa's SQL tracker store, with SQLite tuned for a chat: WAL journal and synchronous=NORMAL.

Each turn commits a few events; with SQLite's default journal every commit waits for the disk twice.
WAL keeps commits durable across a crash of the process (synchronous=NORMAL can lose the last
transactions only on a power cut, not on a process crash). On PostgreSQL nothing changes.
endpoints.yml names this class; if Rasa could not import it, it would silently fall back to memory:
tests/dialogue/test_tracker_store.py checks that it loads.
"""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


class C360SQLTrackerStore(SQLTrackerStore):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
