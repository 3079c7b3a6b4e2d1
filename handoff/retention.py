"""Delete unsent conversations after C360_UNSENT_RETENTION_DAYS (default 30): our rows and Rasa's tracker rows.

Run by `c360 expire` (e.g. daily from cron) and at start-up of the public service.
"""
from __future__ import annotations

from handoff import db, store
from handoff.config import get_settings
from handoff.tracker_cleanup import delete_tracker_rows


def expire_unsent(days: int | None = None) -> tuple[int, int]:
    """Returns (conversations deleted, tracker rows deleted)."""
    days = get_settings().unsent_retention_days if days is None else days
    with db.session_scope() as session:
        expired = store.expire_unsent(session, days)
    return len(expired), delete_tracker_rows(expired)


def main(argv: list[str]) -> int:
    settings = get_settings()
    db.init_engine(settings.database_url)
    db.migrate(settings.database_url)
    conversations, rows = expire_unsent()
    print(f"{conversations} conversation(s) non envoyée(s) effacée(s), {rows} ligne(s) du suivi Rasa.")
    return 0
