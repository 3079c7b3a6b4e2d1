"""Advisers' alerts (handoff/alerts.py) against a local HTTP receiver and a local SMTP server on 127.0.0.1.

Alerts are triggered through the store (``upsert_request`` / ``ensure_danger_request``) on a temporary
SQLite database, as the service does. Every test checks that nothing the person wrote or said about
themselves leaves in a webhook body or an e-mail.
"""
from __future__ import annotations

import email
import hashlib
import hmac
import json
import logging
import shutil
import socket
import threading
import time
from email import policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller

from bot.schema import StructuredRequest
from handoff import alerts as alerting
from handoff import auth, db, store

from handoff_helpers import FALLBACK, make_settings, make_user, request_body

SECRET = "secret-de-webhook-de-test-0123456789"
SENDER = "alertes@c360.example.org"
FAST = dict(delays=(0.05, 0.05, 0.05, 0.05, 0.05))
OWN_WORDS = "Je voudrais que mon fils Lucas Martin aille à l'école avec ses amis."
PRIVATE = ["Lucas", "Martin", "école", "fils", "AESH", "rentrée", "06 12 34 56 78", "le matin"]


# ---------------------------------------------------------------- local receivers

class Receiver:
    """HTTP receiver on 127.0.0.1: answers 500 to the first ``fail_first`` calls, sleeps ``sleep`` s."""

    def __init__(self, fail_first: int = 0, sleep: float = 0.0, always_fail: bool = False):
        self.calls: list[dict] = []
        self.fail_first, self.sleep, self.always_fail = fail_first, sleep, always_fail
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if receiver.sleep:
                    time.sleep(receiver.sleep)
                failing = receiver.always_fail or len(receiver.calls) < receiver.fail_first
                status = 500 if failing else 200
                receiver.calls.append({"headers": dict(self.headers), "body": body, "status": status,
                                       "path": self.path})
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/alertes"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def ok_calls(self) -> list[dict]:
        return [c for c in self.calls if c["status"] == 200]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class SmtpHandler:
    def __init__(self):
        self.messages: list[dict] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append({"from": envelope.mail_from, "rcpt": sorted(envelope.rcpt_tos), "message": message,
                              "raw": envelope.content.decode("utf-8", "replace")})
        return "250 OK"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(predicate, timeout: float = 8.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def verify(body: bytes, header: str, secret: str = SECRET) -> bool:
    """What a receiver does (docs/HANDOFF.md, "Alertes"), written independently of handoff.alerts."""
    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header)


def assert_no_private_words(text: str):
    for word in PRIVATE:
        assert word not in text, f"{word!r} leaked into an alert"


# ---------------------------------------------------------------- fixtures

@pytest.fixture
def session(sqlite_template, tmp_path):
    path = tmp_path / "handoff.db"
    shutil.copy(sqlite_template, path)
    db.init_engine(f"sqlite:///{path}")
    s = db.session_factory()()
    yield s
    s.close()
    alerting.uninstall()
    db.dispose()


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.close()


@pytest.fixture
def smtp():
    handler = SmtpHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, handler
    controller.stop()


@pytest.fixture
def start(session, tmp_path, smtp):
    """start(webhook_url) -> the installed sender (webhook + SMTP), fast retries."""
    controller, _handler = smtp

    def _start(url: str, **options):
        settings = make_settings(str(db.engine().url), tmp_path, alert_webhook_url=url,
                                 alert_webhook_secret=SECRET, smtp_host="127.0.0.1", smtp_port=controller.port,
                                 smtp_from=SENDER)
        sender = alerting.install(settings, **{**FAST, **options})
        assert sender is not None and sender.channels == ["webhook", "email"]
        return sender
    yield _start
    alerting.uninstall()


def new_request(session, **kwargs) -> str:
    body = request_body(own_words=OWN_WORDS, **kwargs)
    body["for_whom"] = "mon fils Lucas Martin"
    reference, _ = store.upsert_request(session, StructuredRequest(**body))
    return reference


# ---------------------------------------------------------------- tests

def test_webhook_body_is_signed_and_has_no_personal_words(session, start, receiver):
    start(receiver.url)
    reference = new_request(session, urgency="vitale", departement="53")
    assert wait_for(lambda: receiver.ok_calls()), "the webhook received nothing"
    call = receiver.ok_calls()[0]
    body = json.loads(call["body"])
    assert set(body) == {"event", "reference", "urgency", "departement", "waiting_seconds", "link", "sent_at"}
    assert body["event"] == "nouvelle_demande"
    assert body["reference"] == reference
    assert body["urgency"] == "vitale"
    assert body["departement"] == "53"
    assert isinstance(body["waiting_seconds"], int) and 0 <= body["waiting_seconds"] < 60
    assert body["link"] == f"http://testserver/conseillers/demandes/{reference}"
    assert call["path"] == "/alertes"
    assert call["headers"]["Content-Type"].startswith("application/json")
    signature = call["headers"]["X-C360-Signature"]
    assert signature.startswith("sha256=")
    assert verify(call["body"], signature)
    assert not verify(call["body"], signature, secret="un-autre-secret")
    assert not verify(call["body"].replace(b"53", b"84"), signature)
    assert alerting.verify_signature(SECRET, call["body"], signature)
    timestamp = int(call["headers"]["X-C360-Timestamp"])
    assert abs(timestamp - time.time()) < 60
    sent_at = alerting._parse_time(body["sent_at"]).timestamp()
    assert int(sent_at) == timestamp
    assert_no_private_words(call["body"].decode("utf-8"))
    assert_no_private_words(json.dumps(call["headers"], ensure_ascii=False))


def test_email_goes_to_the_departement_advisers(session, start, receiver, smtp):
    _controller, handler = smtp
    make_user(session, "conseil53", "conseiller", "53", name="Claire Conseil")
    make_user(session, "coord53", "coordinateur", "53,72")
    make_user(session, "conseil84", "conseiller", "84")
    make_user(session, "parti53", "conseiller", "53")
    auth.disable_user(session, "parti53", actor_name="test")
    make_user(session, "coord84", "coordinateur", "84")
    start(receiver.url)
    reference = new_request(session, urgency="haute", departement="53")
    assert wait_for(lambda: handler.messages), "the SMTP server received nothing"
    time.sleep(0.2)
    assert len(handler.messages) == 1
    received = handler.messages[0]
    assert received["rcpt"] == ["conseil53@c360.example.org", "coord53@c360.example.org"]
    assert received["rcpt"] == sorted(store.alert_recipients(session, "53"))
    assert received["from"] == SENDER
    message = received["message"]
    assert message["Subject"] == ("Nouvelle demande urgente (haute) — département 53 — "
                                  "en attente depuis moins d'une minute")
    text = message.get_content()
    assert f"http://testserver/conseillers/demandes/{reference}" in text
    assert reference in text
    assert text.splitlines()[0].startswith("Nouvelle demande urgente (haute) — département 53 — en attente depuis")
    assert_no_private_words(received["raw"])
    assert_no_private_words(text)
    assert "Claire" not in text


def test_vitale_without_departement_reaches_the_fallback_recipients(session, start, receiver, smtp):
    _controller, handler = smtp
    make_user(session, "conseil53", "conseiller", "53")
    make_user(session, "coord84", "coordinateur", "84")
    start(receiver.url)
    conversation_id = "web:crise-sans-departement"
    store.record_turn(session, conversation_id, "personne", "Je m'appelle Lucas Martin, je veux en finir ce soir.")
    reference = store.ensure_danger_request(session, conversation_id, "web", urgency="vitale",
                                            signals=["idees_suicidaires"], danger_kinds=["suicide"])
    assert wait_for(lambda: handler.messages and receiver.ok_calls())
    time.sleep(0.2)
    assert len(handler.messages) == 1
    rcpt = handler.messages[0]["rcpt"]
    assert set(FALLBACK) <= set(rcpt), "the fallback list did not get the alert"
    assert "coord84@c360.example.org" in rcpt  # every coordinator sees "à orienter"
    assert "conseil53@c360.example.org" not in rcpt
    message = handler.messages[0]["message"]
    assert message["Subject"].startswith("Nouvelle demande urgente (vitale) — à orienter")
    body = json.loads(receiver.ok_calls()[0]["body"])
    assert body["departement"] == "a_orienter" and body["urgency"] == "vitale"
    assert body["reference"] == reference
    for text in (handler.messages[0]["raw"], receiver.ok_calls()[0]["body"].decode()):
        assert_no_private_words(text)
        assert "finir" not in text


def test_retry_until_the_receiver_answers(session, start):
    flaky = Receiver(fail_first=2)
    try:
        sender = start(flaky.url)
        reference = new_request(session, urgency="vitale")
        assert wait_for(lambda: flaky.ok_calls()), "the alert never reached a receiver that failed twice"
        assert [c["status"] for c in flaky.calls] == [500, 500, 200]
        deliveries = {c["headers"]["X-C360-Delivery"] for c in flaky.calls}
        assert len(deliveries) == 1  # the same delivery id on every retry: the receiver can de-duplicate
        assert all(verify(c["body"], c["headers"]["X-C360-Signature"]) for c in flaky.calls)
        assert json.loads(flaky.calls[-1]["body"])["reference"] == reference
        assert wait_for(lambda: all(r["status"] == "envoyee" for r in sender.rows()))
        row = [r for r in sender.rows() if r["channel"] == "webhook"][0]
        assert row["attempts"] == 3
    finally:
        flaky.close()


def test_gives_up_after_bounded_attempts_and_logs_without_personal_data(session, start, caplog):
    broken = Receiver(always_fail=True)
    try:
        caplog.set_level(logging.WARNING, logger="handoff.alerts")
        sender = start(broken.url)
        reference = new_request(session, urgency="vitale")
        assert wait_for(lambda: any(r["status"] == "abandonnee" for r in sender.rows()))
        time.sleep(0.3)
        assert len(broken.calls) == sender.max_attempts == 6
        warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) >= 6 and any(reference in w and "abandoned" in w for w in warnings)
        for text in warnings:
            assert_no_private_words(text)
            assert "127.0.0.1" not in text and "@" not in text
    finally:
        broken.close()


def test_the_hook_returns_at_once_when_the_receiver_hangs(session, start, monkeypatch):
    slow = Receiver(sleep=2.0)
    try:
        sender = start(slow.url)
        durations: list[float] = []

        def timed(alert):
            began = time.perf_counter()
            sender.enqueue(alert)
            durations.append(time.perf_counter() - began)
        monkeypatch.setattr(store, "on_new_alert", [timed])
        new_request(session, urgency="vitale")  # the webhook thread now hangs on this one
        time.sleep(0.3)  # the webhook thread is inside the 2 s answer now
        began = time.perf_counter()
        new_request(session, urgency="haute", departement="72")
        whole = time.perf_counter() - began
        assert len(durations) == 2
        assert max(durations) < 0.05, f"the hook took {max(durations):.3f} s"
        assert whole < 1.0, f"storing a request took {whole:.3f} s while the receiver hangs"
        assert wait_for(lambda: len(slow.ok_calls()) == 2, timeout=15), "the slow receiver did not get both"
    finally:
        slow.close()


def test_a_normale_request_sends_nothing(session, start, receiver, smtp):
    _controller, handler = smtp
    make_user(session, "conseil53", "conseiller", "53")
    sender = start(receiver.url)
    new_request(session, urgency="normale", departement="53")
    new_request(session, urgency="normale", departement=None)
    time.sleep(0.6)
    assert receiver.calls == []
    assert handler.messages == []
    assert sender.rows() == []


def test_a_raise_to_vitale_is_an_urgence_relevee(session, start, receiver):
    start(receiver.url)
    reference = new_request(session, urgency="haute", departement="53")
    store.ensure_danger_request(session, f"web:{reference}", "web", urgency="vitale", signals=["danger"],
                                danger_kinds=["suicide"])
    assert wait_for(lambda: len(receiver.ok_calls()) == 2)
    bodies = sorted((json.loads(c["body"]) for c in receiver.ok_calls()), key=lambda b: b["urgency"] != "haute")
    assert [(b["event"], b["urgency"]) for b in bodies] == [("nouvelle_demande", "haute"),
                                                            ("urgence_relevee", "vitale")]


def test_pending_alerts_survive_a_restart(session, tmp_path, receiver, smtp):
    controller, handler = smtp
    settings = make_settings(str(db.engine().url), tmp_path, alert_webhook_url=receiver.url,
                             alert_webhook_secret=SECRET, smtp_host="127.0.0.1", smtp_port=controller.port,
                             smtp_from=SENDER)
    before = alerting.AlertSender(settings)  # the hook ran, then the process stopped before any delivery
    before.enqueue({"reference": "C360-TEST-0001", "urgency": "vitale", "departement": "53",
                    "waiting_since": "2024-01-01T10:00:00+00:00", "link": "http://testserver/x",
                    "recipients": ["coord53@c360.example.org"]})
    assert receiver.calls == [] and len(before.rows()) == 2
    after = alerting.install(settings, **FAST)
    assert after is not None
    assert wait_for(lambda: receiver.ok_calls() and handler.messages)
    assert json.loads(receiver.ok_calls()[0]["body"])["reference"] == "C360-TEST-0001"
    assert handler.messages[0]["rcpt"] == ["coord53@c360.example.org"]
    assert wait_for(lambda: all(r["status"] == "envoyee" for r in after.rows()))


def test_without_webhook_or_smtp_nothing_is_installed(session, tmp_path):
    settings = make_settings(str(db.engine().url), tmp_path)
    hooks = list(store.on_new_alert)
    assert alerting.install(settings) is None
    assert store.on_new_alert == hooks


def test_waiting_label():
    assert alerting.waiting_label(30) == "moins d'une minute"
    assert alerting.waiting_label(125) == "2 min"
    assert alerting.waiting_label(3900) == "1 h 05 min"
    assert alerting.waiting_label(3 * 86400 + 7200) == "3 j 2 h"
