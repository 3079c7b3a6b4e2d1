"""Rasa 3.6 has no call to delete a conversation: we delete its rows from Rasa's SQL tracker store.
Checked by counting rows written by Rasa's real SQLTrackerStore."""
from __future__ import annotations

import pytest

pytest.importorskip("rasa")

from rasa.core.tracker_store import SQLTrackerStore  # noqa: E402
from rasa.shared.core.domain import Domain  # noqa: E402
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered  # noqa: E402
from rasa.shared.core.trackers import DialogueStateTracker  # noqa: E402

from tests.conftest import REPO  # noqa: E402


def save(store, sender):
    tracker = DialogueStateTracker.from_events(sender, [
        ActionExecuted("action_listen"), UserUttered("Bonjour, c'est pour mon fils", {"name": "role_aidant"}),
        BotUttered("Bonjour."), ActionExecuted("action_listen")])
    import asyncio
    asyncio.run(store.save(tracker))


def test_forgetting_deletes_only_that_conversation(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'rasa_tracker.db'}"
    monkeypatch.setenv("C360_TRACKER_URL", url)
    domain = Domain.load(str(REPO / "domain.yml"))
    store = SQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "rasa_tracker.db"))
    save(store, "web:forget-me")
    save(store, "web:keep-me")
    from handoff.tracker_cleanup import count_tracker_rows, delete_tracker_rows
    before_forget, before_keep = count_tracker_rows("web:forget-me"), count_tracker_rows("web:keep-me")
    assert before_forget >= 4 and before_keep >= 4
    assert delete_tracker_rows(["web:forget-me"]) == before_forget
    assert count_tracker_rows("web:forget-me") == 0
    assert count_tracker_rows("web:keep-me") == before_keep
    assert delete_tracker_rows([]) == 0


def test_unsent_conversations_expire_everywhere_after_the_retention(tmp_path, monkeypatch):
    from datetime import timedelta

    from handoff import config, db, store
    from handoff.models import Conversation
    from handoff.retention import expire_unsent
    from handoff.tracker_cleanup import count_tracker_rows

    monkeypatch.setenv("C360_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("C360_TRACKER_URL", f"sqlite:///{tmp_path / 'rasa_tracker.db'}")
    config.get_settings.cache_clear()
    url = f"sqlite:///{tmp_path / 'handoff.db'}"
    db.init_engine(url)
    db.migrate(url)
    rasa_store = SQLTrackerStore(Domain.load(str(REPO / "domain.yml")), dialect="sqlite",
                                 db=str(tmp_path / "rasa_tracker.db"))
    for sender in ("web:old", "web:recent"):
        save(rasa_store, sender)
        with db.session_scope() as session:
            store.get_or_create_conversation(session, sender, "web")
            store.record_turn(session, sender, "personne", "Bonjour")
    with db.session_scope() as session:
        old = session.get(Conversation, "web:old")
        old.last_seen_at = old.last_seen_at - timedelta(days=31)
    conversations, rows = expire_unsent(30)
    assert conversations == 1 and rows >= 4
    assert count_tracker_rows("web:old") == 0 and count_tracker_rows("web:recent") >= 4
    with db.session_scope() as session:
        assert store.transcript(session, "web:old") == []
        assert [t["text"] for t in store.transcript(session, "web:recent")] == ["Bonjour"]
    db.dispose()
    config.get_settings.cache_clear()
