"""The outbox: written before the person is told, delivered with retries, kept across restarts."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from actions.outbox import Outbox
from tests.conftest import free_port


class Receiver:
    """A local stand-in for POST /api/requests on 127.0.0.1."""

    def __init__(self, status: int = 201):
        self.status = status
        self.bodies: list[dict] = []
        self.tokens: list[str] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                receiver.bodies.append(body)
                receiver.tokens.append(self.headers.get("Authorization", ""))
                self.send_response(receiver.status)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(json.dumps({"reference": body["reference"], "version": 1}).encode())

            def log_message(self, *args):
                pass

        self.port = free_port()
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def receiver():
    r = Receiver()
    yield r
    r.close()


PAYLOAD = {"reference": "K7P-4XM", "conversation_id": "web:abc", "own_words": "Je voudrais un logement"}


def test_delivered_at_once_with_the_service_token(tmp_path, receiver):
    outbox = Outbox(tmp_path / "outbox.db", handoff_url=receiver.url, service_token="s3cret")
    assert outbox.send(PAYLOAD) is True
    assert receiver.bodies == [PAYLOAD]
    assert receiver.tokens == ["Bearer s3cret"]
    assert outbox.pending_count() == 0


def test_nothing_is_lost_when_the_service_is_down_and_the_action_server_restarts(tmp_path):
    port = free_port()  # nobody listens there
    outbox = Outbox(tmp_path / "outbox.db", handoff_url=f"http://127.0.0.1:{port}", service_token="t")
    assert outbox.send(PAYLOAD) is False
    assert outbox.pending_count() == 1
    # "restart": a new Outbox on the same file, with the service now up
    receiver = Receiver()
    try:
        restarted = Outbox(tmp_path / "outbox.db", handoff_url=receiver.url, service_token="t")
        with restarted._connect() as connection:  # skip the back-off for the test
            connection.execute("UPDATE outbox SET next_attempt_at = 0")
        result = restarted.flush()
        assert (result.delivered, result.failed) == (1, 0)
        assert receiver.bodies == [PAYLOAD]
        assert restarted.pending_count() == 0
    finally:
        receiver.close()


def test_a_refused_request_is_kept_not_deleted(tmp_path):
    receiver = Receiver(status=422)
    try:
        outbox = Outbox(tmp_path / "outbox.db", handoff_url=receiver.url, service_token="t")
        assert outbox.send(PAYLOAD) is False
        with outbox._connect() as connection:
            rows = connection.execute("SELECT reference, last_error FROM outbox").fetchall()
        assert rows == [("K7P-4XM", "HTTP 422")]
    finally:
        receiver.close()
