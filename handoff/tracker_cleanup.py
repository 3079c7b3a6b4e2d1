"""Rasa 3.6 has no call to delete a conversation: we delete its rows from the SQL tracker store.

The table is Rasa's `events` (SQLTrackerStore), keyed by `sender_id`, in the database named by
C360_TRACKER_URL (a SQLite file in the data folder by default).
"""
from __future__ import annotations

import os
from functools import lru_cache

import sqlalchemy as sa

from handoff.config import get_settings


def tracker_url() -> str:
    return os.environ.get("C360_TRACKER_URL") or f"sqlite:///{get_settings().data_dir / 'rasa_tracker.db'}"


@lru_cache(maxsize=4)
def _engine(url: str) -> sa.engine.Engine:
    return sa.create_engine(url, future=True)


def delete_tracker_rows(conversation_ids: list[str]) -> int:
    """Delete every tracker-store row of these conversations; returns the number of rows deleted."""
    if not conversation_ids:
        return 0
    engine = _engine(tracker_url())
    if not sa.inspect(engine).has_table("events"):
        return 0
    events = sa.table("events", sa.column("sender_id"))
    with engine.begin() as connection:
        result = connection.execute(sa.delete(events).where(events.c.sender_id.in_(conversation_ids)))
    return result.rowcount or 0


def count_tracker_rows(conversation_id: str) -> int:
    engine = _engine(tracker_url())
    if not sa.inspect(engine).has_table("events"):
        return 0
    events = sa.table("events", sa.column("sender_id"))
    with engine.connect() as connection:
        return connection.execute(
            sa.select(sa.func.count()).select_from(events).where(events.c.sender_id == conversation_id)
        ).scalar_one()
