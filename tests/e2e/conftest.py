"""One running stack for all end-to-end tests: real Rasa, action server and public service as processes,
on free ports of 127.0.0.1, with their own data folder. A test may stop a service; the `stack` fixture
restarts whatever a test stopped."""
from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import tempfile
from pathlib import Path

import httpx
import pytest

from bot.model_cache import ensure_model


@pytest.fixture(scope="session")
def stack_session():
    from bot.runner import Stack, base_env, isolated_env

    data = Path(tempfile.mkdtemp(prefix="c360-e2e-"))
    saved = dict(os.environ)
    os.environ.update(isolated_env(data, C360_OUTBOX_FLUSH_SECONDS="1"))
    from handoff import config
    config.get_settings.cache_clear()
    model = ensure_model(quiet=True)
    stack = Stack.create(base_env(), model=model)
    log_dir = data / "logs"
    for name in ("actions", "rasa", "public"):
        stack.start(name, log_dir)
    try:
        for name in ("actions", "public", "rasa"):
            stack.wait_ready(name)
        stack.public_url = os.environ["C360_HANDOFF_URL"]
        stack.rasa_url = os.environ["C360_RASA_URL"]
        stack.data_dir = data
        stack.log_dir = log_dir
        stack.admin_token = _admin_token(data)
        yield stack
    finally:
        stack.stop_all()
        os.environ.clear()
        os.environ.update(saved)
        config.get_settings.cache_clear()
        if os.environ.get("C360_KEEP_E2E_DATA"):
            print(f"e2e data kept in {data}")
        else:
            shutil.rmtree(data, ignore_errors=True)


def _admin_token(data: Path) -> str:
    from handoff import users_cli
    url = f"sqlite:///{data / 'handoff.db'}"
    with contextlib.redirect_stdout(io.StringIO()):
        assert users_cli.main(["add", "e2e-admin", "--role", "admin", "--generate"], database_url=url) == 0
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert users_cli.main(["token", "e2e-admin", "--label", "e2e"], database_url=url) == 0
    tokens = re.findall(r"[A-Za-z0-9_\-]{30,}", out.getvalue())
    assert tokens, out.getvalue()
    return tokens[-1]


@pytest.fixture()
def stack(stack_session):
    """The shared stack; after the test, whatever it stopped is started again."""
    yield stack_session
    for name, service in stack_session.services.items():
        if not service.process or service.process.poll() is not None:
            stack_session.start(name, stack_session.log_dir)
    for name in ("actions", "public", "rasa"):
        stack_session.wait_ready(name)


class WebPerson:
    """Talks to /widget/... like the browser widget does."""

    def __init__(self, base_url: str):
        self.http = httpx.Client(base_url=base_url, timeout=60)
        self.conversation = self.http.post("/widget/conversations").json()
        self.replies: list[dict] = []

    @property
    def conversation_id(self) -> str:
        return self.conversation["conversation_id"]

    def say(self, text: str) -> dict:
        body = {"conversation_id": self.conversation["conversation_id"], "token": self.conversation["token"],
                "text": text}
        if text.startswith("/"):
            body["button_title"] = text.strip("/").split("{")[0].replace("_", " ")  # as if a button was tapped
        response = self.http.post("/widget/messages", json=body)
        assert response.status_code == 200, response.text
        reply = response.json()
        self.replies.append(reply)
        return reply

    @staticmethod
    def text(reply: dict) -> str:
        return "\n".join(m.get("text") or "" for m in reply.get("messages", []))

    @staticmethod
    def payloads(reply: dict) -> list[str]:
        return [b["payload"] for m in reply.get("messages", []) for b in (m.get("buttons") or [])]


@pytest.fixture()
def person(stack):
    return WebPerson(stack.public_url)


def api(stack, path: str, **params) -> httpx.Response:
    return httpx.get(f"{stack.public_url}/api{path}", params=params,
                     headers={"Authorization": f"Bearer {stack.admin_token}"}, timeout=30)


def queue(stack) -> list[dict]:
    response = api(stack, "/requests", per_page=200)
    assert response.status_code == 200, response.text
    body = response.json()
    return body["items"] if isinstance(body, dict) else body
