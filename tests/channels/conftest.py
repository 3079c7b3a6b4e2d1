"""Fixtures of the channel tests (widget API, Telegram bridge, browser).

- `fake_rasa`: a scripted Rasa REST webhook on 127.0.0.1 (tests/channels/fake_rasa.py);
- `fake_telegram`: a fake Telegram Bot API on 127.0.0.1 recording every call (PTB's base_url points at it);
- `channel_settings`: environment of one test module (own data folder, keys, Telegram token and secret);
- `client`: FastAPI TestClient of the real app (handoff.main.create_app), lifespan included.
The Rasa URL can be swapped for a real Rasa with C360_TEST_RASA_URL (the dialogue-specific assertions then skip).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fake_rasa import FakeRasa  # noqa: E402
from fake_telegram import TELEGRAM_SECRET, TOKEN, FakeTelegram  # noqa: E402
from servers import ThreadedServer  # noqa: E402


CONVERSATION_KEY = "test-conversation-key-0123456789abcdef"
REAL_RASA_URL = os.environ.get("C360_TEST_RASA_URL", "")


@pytest.fixture(scope="session")
def fake_rasa():
    rasa = FakeRasa()
    with ThreadedServer(rasa.app) as server:
        rasa.url = server.url
        yield rasa


@pytest.fixture(scope="session")
def fake_telegram():
    telegram = FakeTelegram()
    with ThreadedServer(telegram.app) as server:
        telegram.url = server.url
        yield telegram


def _reset_gateway() -> None:
    from handoff import gateway

    gateway._rasa = None
    gateway._limiter = None


@pytest.fixture(scope="module")
def channel_settings(tmp_path_factory, fake_rasa, fake_telegram):
    from handoff import config, db

    data_dir = tmp_path_factory.mktemp("c360-channels")
    env = {
        "C360_DATA_DIR": str(data_dir),
        "C360_DATABASE_URL": f"sqlite:///{data_dir / 'handoff.db'}",
        "C360_TRACKER_URL": f"sqlite:///{data_dir / 'rasa_tracker.db'}",
        "C360_CONVERSATION_KEY": CONVERSATION_KEY,
        "C360_SERVICE_TOKEN": "service-token-for-tests",
        "C360_RASA_URL": REAL_RASA_URL or fake_rasa.url,
        "C360_RATE_PER_MINUTE": "1000",
        "C360_TELEGRAM_TOKEN": TOKEN,
        "C360_TELEGRAM_SECRET": TELEGRAM_SECRET,
        "C360_TELEGRAM_BASE_URL": f"{fake_telegram.url}/bot",
    }
    patch = pytest.MonkeyPatch()
    for key, value in env.items():
        patch.setenv(key, value)
    config.get_settings.cache_clear()
    _reset_gateway()
    db.dispose()
    yield config.get_settings()
    patch.undo()
    config.get_settings.cache_clear()
    _reset_gateway()
    db.dispose()


@pytest.fixture(scope="module")
def app(channel_settings):
    from handoff.main import create_app

    return create_app(channel_settings)


@pytest.fixture()
def client(app, fake_rasa, fake_telegram):
    from fastapi.testclient import TestClient

    from handoff.routers import telegram

    fake_rasa.reset()
    fake_telegram.reset()
    telegram.reset_state()
    with TestClient(app) as test_client:
        yield test_client
        test_client.portal.call(telegram.shutdown)  # the lead's lifespan may call it too


@pytest.fixture()
def fake_only():
    if REAL_RASA_URL or os.environ.get("C360_TEST_PUBLIC_URL"):
        pytest.skip("dialogue-specific assertion: runs against the fake Rasa only")
