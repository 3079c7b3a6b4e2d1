"""Shared fixtures. Tests never touch the developer's data/: each gets its own data folder."""
from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ["RASA_TELEMETRY_ENABLED"] = "false"
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("C360_DATA_DIR", str(tmp_path))
    from handoff import config
    config.get_settings.cache_clear()
    yield tmp_path
    config.get_settings.cache_clear()


CHROMIUM = os.environ.get("C360_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-gpu"]


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium driven by Playwright (never a browser download). `make test` installs it;
    a missing Chromium fails the browser tests rather than skipping them."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: run `make test` (it installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
