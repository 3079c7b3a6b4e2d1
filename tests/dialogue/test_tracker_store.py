"""endpoints.yml really gives our SQL tracker store (Rasa would silently fall back to memory otherwise),
and conversations survive a new store object (as after a restart)."""
import asyncio

import pytest

pytest.importorskip("rasa")

from rasa.core.tracker_store import TrackerStore  # noqa: E402
from rasa.shared.core.domain import Domain  # noqa: E402
from rasa.shared.core.events import ActionExecuted, UserUttered  # noqa: E402
from rasa.shared.core.trackers import DialogueStateTracker  # noqa: E402
from rasa.utils.endpoints import read_endpoint_config  # noqa: E402

from bot.rasa_ext.tracker_store import C360SQLTrackerStore  # noqa: E402
from tests.conftest import REPO  # noqa: E402


def test_endpoints_give_our_store_and_it_persists(tmp_path, monkeypatch):
    monkeypatch.setenv("C360_ACTION_URL", "http://127.0.0.1:5055/webhook")
    monkeypatch.setenv("C360_TRACKER_URL", f"sqlite:///{tmp_path / 'rasa_tracker.db'}")
    domain = Domain.load(str(REPO / "domain.yml"))
    config = read_endpoint_config(str(REPO / "endpoints.yml"), "tracker_store")
    store = TrackerStore.create(config, domain)
    assert isinstance(store, C360SQLTrackerStore)
    tracker = DialogueStateTracker.from_events("web:persist", [ActionExecuted("action_listen"),
                                                               UserUttered("Bonjour", {"name": "saluer"})])
    asyncio.run(store.save(tracker))
    again = TrackerStore.create(config, domain)
    restored = asyncio.run(again.retrieve("web:persist"))
    assert restored.latest_message.text == "Bonjour"
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
