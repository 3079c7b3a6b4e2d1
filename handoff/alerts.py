"""Advisers' alerts: a signed webhook and an e-mail for every new vitale/haute request (or a raise to it).

- ``install(settings)`` (called once in ``create_app``'s lifespan) registers ``AlertSender.enqueue`` in
  ``store.on_new_alert`` and starts one background thread per configured channel (webhook, e-mail).
- The hook only writes the alert to a small SQLite file, ``<C360_DATA_DIR>/alerts.db``, and wakes the
  threads: it never waits for the network, so it never blocks a conversation. A restart loses nothing:
  pending rows are picked up again at start-up.
- Each delivery is tried at most ``len(delays) + 1`` times (6 by default: at once, then after 10, 20, 40, 80,
  160 s, about 5 minutes in all). Failures are logged at WARNING with the reference, the channel and the kind
  of error only.
- An alert carries the urgency, the département (or "a_orienter"), the waiting time, the link and the
  reference: never the person's words, name, phone, e-mail or any identity. Only those keys are kept from
  the hook's dict (``_KEPT``), whatever else a caller puts in it.

Webhook: ``POST C360_ALERT_WEBHOOK_URL`` with the JSON body ``{"event", "reference", "urgency",
"departement", "waiting_seconds", "link", "sent_at"}``, the header ``X-C360-Signature: sha256=<hex>`` (HMAC-
SHA256 of the raw body with ``C360_ALERT_WEBHOOK_SECRET``), ``X-C360-Timestamp`` (Unix seconds, same instant
as ``sent_at``) and ``X-C360-Delivery`` (one id per alert and channel, the same on every retry). Any 2xx
answer is a success. See docs/HANDOFF.md, "Alertes", for the receiver's side (``verify_signature``).
"""
from __future__ import annotations

import atexit
import hashlib
import hmac
import json
import logging
import random
import smtplib
import sqlite3
import ssl
import threading
import time
import uuid
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Optional

import httpx

from handoff import store

logger = logging.getLogger(__name__)

DELAYS = (10.0, 20.0, 40.0, 80.0, 160.0)  # between attempts: 6 attempts over about 5 minutes
WEBHOOK_TIMEOUT = 10.0
SMTP_TIMEOUT = 20.0
LEASE_SECONDS = 120.0  # a claimed row is left alone this long (another process, or a crash mid-delivery)
KEEP_DONE_DAYS = 7
A_ORIENTER = "a_orienter"
EVENTS = ("nouvelle_demande", "urgence_relevee")
_KEPT = ("reference", "urgency", "departement", "waiting_since", "link", "recipients", "event")

_current: Optional["AlertSender"] = None
_current_lock = threading.Lock()


class DeliveryError(Exception):
    """A failed delivery; ``str()`` is a short kind of error, with no address and no personal data."""


# ---------------------------------------------------------------- what the alert says

def sign(secret: str, body: bytes) -> str:
    """The ``X-C360-Signature`` value of a raw body."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify_signature(secret: str, body: bytes, header: str) -> bool:
    """For a receiver: does ``X-C360-Signature`` match the raw body? (constant-time comparison)"""
    return bool(secret) and hmac.compare_digest(sign(secret, body), (header or "").strip())


def _parse_time(value) -> datetime:
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            return datetime.now(timezone.utc)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def waiting_seconds(alert: dict, now: Optional[datetime] = None) -> int:
    now = now or datetime.now(timezone.utc)
    return max(0, int((now - _parse_time(alert.get("waiting_since"))).total_seconds()))


def waiting_label(seconds: int) -> str:
    """French waiting time: 'moins d'une minute', '2 min', '1 h 05 min', '3 j 2 h'."""
    minutes = seconds // 60
    if minutes < 1:
        return "moins d'une minute"
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes:02d} min"
    days, hours = divmod(hours, 24)
    return f"{days} j {hours} h"


def territory_label(departement: Optional[str]) -> str:
    return f"département {departement}" if departement else "à orienter (département inconnu)"


def webhook_body(alert: dict, now: datetime) -> bytes:
    body = {
        "event": alert["event"],
        "reference": alert["reference"],
        "urgency": alert["urgency"],
        "departement": alert.get("departement") or A_ORIENTER,
        "waiting_seconds": waiting_seconds(alert, now),
        "link": alert["link"],
        "sent_at": now.isoformat(timespec="seconds"),
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def email_text(alert: dict, now: datetime) -> tuple[str, str]:
    """(subject, body) in plain French: urgency, territory, waiting time, link, reference. Nothing else."""
    heading = (f"Urgence relevée ({alert['urgency']})" if alert["event"] == "urgence_relevee"
               else f"Nouvelle demande urgente ({alert['urgency']})")
    waiting = waiting_label(waiting_seconds(alert, now))
    subject = f"{heading} — {territory_label(alert.get('departement'))} — en attente depuis {waiting}"
    body = "\n".join([
        f"{subject} — {alert['link']}",
        "",
        f"Urgence : {alert['urgency']}",
        f"Territoire : {territory_label(alert.get('departement'))}",
        f"En attente depuis : {waiting}",
        f"Référence : {alert['reference']}",
        f"Ouvrir la demande : {alert['link']}",
        "",
        "Ce message ne contient ni les mots ni l'identité de la personne : ouvrez la demande dans la console.",
        "Message automatique du service d'accueil de la Communauté 360, merci de ne pas y répondre.",
        "",
    ])
    return subject, body


def _clean_addresses(addresses) -> list[str]:
    found = []
    for address in addresses or ():
        address = str(address).strip()
        if "@" in address and not any(c in address for c in "\r\n,;<> \t") and address not in found:
            found.append(address)
    return found


# ---------------------------------------------------------------- the sender

class AlertSender:
    """Durable queue (SQLite file) + one delivery thread per channel. Thread-safe ``enqueue``."""

    def __init__(self, settings, *, queue_path: Optional[Path] = None, delays=DELAYS,
                 webhook_timeout: float = WEBHOOK_TIMEOUT, smtp_timeout: float = SMTP_TIMEOUT):
        self.settings = settings
        self.path = Path(queue_path or Path(settings.data_dir) / "alerts.db")
        self.delays = tuple(float(d) for d in delays)
        self.max_attempts = len(self.delays) + 1
        self.webhook_timeout = webhook_timeout
        self.smtp_timeout = smtp_timeout
        self.channels: list[str] = []
        if settings.alert_webhook_url:
            if settings.alert_webhook_secret:
                self.channels.append("webhook")
            else:
                logger.error("alerts: C360_ALERT_WEBHOOK_URL is set without C360_ALERT_WEBHOOK_SECRET; "
                             "the webhook is disabled (an alert is always signed)")
        if settings.smtp_host:
            if settings.smtp_from:
                self.channels.append("email")
            else:
                logger.error("alerts: C360_SMTP_HOST is set without C360_SMTP_FROM; e-mail alerts are disabled")
        self._stop = threading.Event()
        self._wake = {channel: threading.Event() for channel in ("webhook", "email")}
        self._threads: list[threading.Thread] = []
        self._memory: list[tuple[str, dict]] = []  # only if the queue file cannot be written
        self._memory_lock = threading.Lock()
        self._init_queue()

    # -- queue file
    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(str(self.path), timeout=5, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=5000")
        return conn

    def _init_queue(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = self._connect()
        try:
            conn.executescript("""
                CREATE TABLE IF NOT EXISTS deliveries (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    delivery_id TEXT NOT NULL,
                    channel TEXT NOT NULL,
                    alert TEXT NOT NULL,
                    status TEXT NOT NULL DEFAULT 'attente',
                    attempts INTEGER NOT NULL DEFAULT 0,
                    next_at REAL NOT NULL,
                    locked_until REAL NOT NULL DEFAULT 0,
                    created_at REAL NOT NULL,
                    done_at REAL,
                    last_error TEXT
                );
                CREATE INDEX IF NOT EXISTS ix_deliveries_due ON deliveries (status, channel, next_at);
                CREATE TABLE IF NOT EXISTS alerted (reference TEXT PRIMARY KEY, first_at REAL NOT NULL);
            """)
            cutoff = time.time() - KEEP_DONE_DAYS * 86400
            conn.execute("DELETE FROM deliveries WHERE status != 'attente' AND done_at < ?", (cutoff,))
            conn.execute("DELETE FROM alerted WHERE first_at < ?", (time.time() - 30 * 86400,))
        finally:
            conn.close()

    def rows(self) -> list[dict]:
        """Every delivery row (tests, diagnostics)."""
        conn = self._connect()
        conn.row_factory = sqlite3.Row
        try:
            return [dict(r) for r in conn.execute("SELECT * FROM deliveries ORDER BY id")]
        finally:
            conn.close()

    # -- the hook
    def enqueue(self, alert: dict) -> None:
        """The ``store.on_new_alert`` hook: write the alert to the queue and return. No network here."""
        if not self.channels:
            return
        kept = {key: alert.get(key) for key in _KEPT}
        if kept["urgency"] not in store.ALERT_URGENCIES or not kept["reference"]:
            return
        if isinstance(kept["waiting_since"], datetime):
            kept["waiting_since"] = kept["waiting_since"].isoformat()
        kept["link"] = kept["link"] or store.request_link(kept["reference"])
        kept["recipients"] = _clean_addresses(kept["recipients"])
        now = time.time()
        try:
            conn = self._connect()
            try:
                conn.execute("BEGIN IMMEDIATE")
                if kept["event"] not in EVENTS:
                    seen = conn.execute("SELECT 1 FROM alerted WHERE reference = ?",
                                        (kept["reference"],)).fetchone()
                    # a reference already alerted, or waiting for a while already, is a raise
                    raised = seen is not None or waiting_seconds(kept) > 30
                    kept["event"] = "urgence_relevee" if raised else "nouvelle_demande"
                conn.execute("INSERT OR IGNORE INTO alerted (reference, first_at) VALUES (?, ?)",
                             (kept["reference"], now))
                text = json.dumps(kept, ensure_ascii=False)
                for channel in self.channels:
                    conn.execute("INSERT INTO deliveries (delivery_id, channel, alert, next_at, created_at) "
                                 "VALUES (?, ?, ?, ?, ?)", (uuid.uuid4().hex, channel, text, now, now))
                conn.execute("COMMIT")
            finally:
                conn.close()
        except Exception as exc:  # the alert must still leave: keep it in memory for this process
            logger.warning("alerts: queue file not writable (%s); alert %s kept in memory",
                           type(exc).__name__, kept["reference"])
            kept["event"] = kept["event"] if kept["event"] in EVENTS else "nouvelle_demande"
            with self._memory_lock:
                self._memory.extend((channel, dict(kept)) for channel in self.channels)
        for channel in self.channels:
            self._wake[channel].set()

    # -- threads
    def start(self) -> "AlertSender":
        for channel in self.channels:
            thread = threading.Thread(target=self._run, args=(channel,), name=f"c360-alertes-{channel}",
                                      daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        for event in self._wake.values():
            event.set()
        for thread in self._threads:
            thread.join(timeout)
        self._threads = []

    def _run(self, channel: str) -> None:
        while not self._stop.is_set():
            try:
                self._drain_memory(channel)
                while not self._stop.is_set():
                    row = self._claim(channel)
                    if row is None:
                        break
                    self._attempt(row)
                wait = self._next_wait(channel)
            except Exception as exc:  # never let the thread die
                logger.warning("alerts: %s worker error (%s)", channel, type(exc).__name__)
                wait = 5.0
            self._wake[channel].wait(wait)
            self._wake[channel].clear()

    def _claim(self, channel: str) -> Optional[dict]:
        now = time.time()
        conn = self._connect()
        conn.row_factory = sqlite3.Row
        try:
            for row in conn.execute(
                    "SELECT * FROM deliveries WHERE status = 'attente' AND channel = ? AND next_at <= ? "
                    "AND locked_until <= ? ORDER BY next_at, id LIMIT 10", (channel, now, now)).fetchall():
                claimed = conn.execute(
                    "UPDATE deliveries SET locked_until = ? WHERE id = ? AND status = 'attente' "
                    "AND locked_until <= ?", (now + LEASE_SECONDS, row["id"], now)).rowcount
                if claimed == 1:
                    return dict(row)
            return None
        finally:
            conn.close()

    def _next_wait(self, channel: str) -> float:
        conn = self._connect()
        try:
            row = conn.execute("SELECT MIN(MAX(next_at, locked_until)) FROM deliveries "
                               "WHERE status = 'attente' AND channel = ?", (channel,)).fetchone()
        finally:
            conn.close()
        if row is None or row[0] is None:
            return 30.0
        return min(30.0, max(0.01, row[0] - time.time()))

    def _attempt(self, row: dict) -> None:
        alert = json.loads(row["alert"])
        channel, attempt = row["channel"], row["attempts"] + 1
        try:
            self._deliver(channel, alert, row["delivery_id"])
        except Exception as exc:
            kind = str(exc) if isinstance(exc, DeliveryError) else type(exc).__name__
            self._failed(row, alert, attempt, kind)
            return
        conn = self._connect()
        try:
            conn.execute("UPDATE deliveries SET status = 'envoyee', attempts = ?, done_at = ?, locked_until = 0, "
                         "last_error = NULL WHERE id = ?", (attempt, time.time(), row["id"]))
        finally:
            conn.close()
        logger.info("alerts: %s sent for %s (attempt %d)", channel, alert["reference"], attempt)

    def _failed(self, row: dict, alert: dict, attempt: int, kind: str) -> None:
        now = time.time()
        conn = self._connect()
        try:
            if attempt >= self.max_attempts:
                conn.execute("UPDATE deliveries SET status = 'abandonnee', attempts = ?, done_at = ?, "
                             "locked_until = 0, last_error = ? WHERE id = ?", (attempt, now, kind, row["id"]))
                logger.warning("alerts: %s for %s abandoned after %d attempts (%s)", row["channel"],
                               alert["reference"], attempt, kind)
                return
            delay = self.delays[attempt - 1] * random.uniform(0.9, 1.1)
            conn.execute("UPDATE deliveries SET attempts = ?, next_at = ?, locked_until = 0, last_error = ? "
                         "WHERE id = ?", (attempt, now + delay, kind, row["id"]))
        finally:
            conn.close()
        logger.warning("alerts: %s for %s failed, attempt %d/%d (%s); next try in %.0f s", row["channel"],
                       alert["reference"], attempt, self.max_attempts, kind, delay)

    def _drain_memory(self, channel: str) -> None:
        with self._memory_lock:
            mine = [a for c, a in self._memory if c == channel]
            self._memory = [(c, a) for c, a in self._memory if c != channel]
        for alert in mine:  # best effort, no retry bookkeeping beyond a few quick tries
            for attempt in range(1, 4):
                try:
                    self._deliver(channel, alert, uuid.uuid4().hex)
                    break
                except Exception as exc:
                    kind = str(exc) if isinstance(exc, DeliveryError) else type(exc).__name__
                    logger.warning("alerts: %s for %s failed (in-memory alert, attempt %d/3, %s)", channel,
                                   alert["reference"], attempt, kind)
                    if self._stop.wait(2.0 * attempt):
                        return

    # -- channels
    def _deliver(self, channel: str, alert: dict, delivery_id: str) -> None:
        if channel == "webhook":
            self._send_webhook(alert, delivery_id)
        elif channel == "email":
            self._send_email(alert)
        else:
            raise DeliveryError(f"unknown channel {channel}")

    def _send_webhook(self, alert: dict, delivery_id: str) -> None:
        now = datetime.now(timezone.utc).replace(microsecond=0)
        body = webhook_body(alert, now)
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": "c360-alertes/1",
            "X-C360-Signature": sign(self.settings.alert_webhook_secret, body),
            "X-C360-Timestamp": str(int(now.timestamp())),
            "X-C360-Delivery": delivery_id,
        }
        try:
            response = httpx.post(self.settings.alert_webhook_url, content=body, headers=headers,
                                  timeout=self.webhook_timeout, follow_redirects=False)
        except httpx.HTTPError as exc:
            raise DeliveryError(type(exc).__name__) from None
        if not 200 <= response.status_code < 300:
            raise DeliveryError(f"HTTP {response.status_code}")

    def recipients(self, alert: dict) -> list[str]:
        """The département's advisers and coordinators (``store.alert_recipients``, computed at commit time);
        for "à orienter": also every active coordinator and the fallback list."""
        found = list(alert.get("recipients") or [])
        if not alert.get("departement"):
            found += list(self.settings.alert_fallback_recipients or ())
            try:
                from sqlalchemy import select

                from handoff import db
                from handoff.models import User
                with db.session_factory()() as session:
                    found += [email for email in session.execute(
                        select(User.email).where(User.active.is_(True), User.role == "coordinateur")).scalars()
                        if email]
            except Exception as exc:
                logger.warning("alerts: coordinators not read (%s)", type(exc).__name__)
        elif not found:
            found = list(self.settings.alert_fallback_recipients or ())
        return _clean_addresses(found)

    def _send_email(self, alert: dict) -> None:
        recipients = self.recipients(alert)
        if not recipients:
            logger.warning("alerts: no e-mail recipient for %s (set C360_ALERT_FALLBACK_RECIPIENTS)",
                           alert["reference"])
            return
        settings = self.settings
        subject, text = email_text(alert, datetime.now(timezone.utc))
        message = EmailMessage()
        message["Subject"] = subject
        message["From"] = settings.smtp_from
        message["To"] = ", ".join(recipients)
        message["Date"] = formatdate(localtime=False)
        message["Message-ID"] = make_msgid(domain=settings.smtp_from.rpartition("@")[2] or None)
        message["Auto-Submitted"] = "auto-generated"
        message.set_content(text)
        implicit_tls = int(settings.smtp_port) == 465
        try:
            if implicit_tls:
                client = smtplib.SMTP_SSL(settings.smtp_host, int(settings.smtp_port), timeout=self.smtp_timeout,
                                          context=ssl.create_default_context())
            else:
                client = smtplib.SMTP(settings.smtp_host, int(settings.smtp_port), timeout=self.smtp_timeout)
            with client:
                if settings.smtp_starttls and not implicit_tls:
                    client.starttls(context=ssl.create_default_context())
                if settings.smtp_user:
                    client.login(settings.smtp_user, settings.smtp_password)
                refused = client.send_message(message, from_addr=settings.smtp_from, to_addrs=recipients)
        except smtplib.SMTPResponseException as exc:
            raise DeliveryError(f"{type(exc).__name__} {exc.smtp_code}") from None
        except (smtplib.SMTPException, OSError) as exc:
            raise DeliveryError(type(exc).__name__) from None
        if refused:
            logger.warning("alerts: e-mail for %s refused for %d of %d recipients", alert["reference"],
                           len(refused), len(recipients))


# ---------------------------------------------------------------- installation

def install(settings, **options) -> Optional[AlertSender]:
    """Register the alert hook and start the delivery threads (replaces a previous install). Returns the
    sender, or None when neither the webhook nor SMTP is configured (then nothing is registered)."""
    global _current
    with _current_lock:
        _uninstall_locked()
        try:
            store.configure(settings)
        except Exception:
            logger.warning("alerts: store.configure failed")
        try:
            sender = AlertSender(settings, **options)
        except Exception:  # never stop the service; say it loudly
            logger.exception("alerts: could not start (queue file in C360_DATA_DIR?); alerts are OFF")
            return None
        if not sender.channels:
            logger.info("alerts: no webhook and no SMTP server configured; alerts are off")
            return None
        store.on_new_alert.append(sender.enqueue)
        _current = sender.start()
        logger.info("alerts: on (%s)", ", ".join(sender.channels))
        return sender


def _uninstall_locked() -> None:
    global _current
    if _current is None:
        return
    try:
        store.on_new_alert.remove(_current.enqueue)
    except ValueError:
        pass
    _current.stop()
    _current = None


def uninstall() -> None:
    """Unregister the hook and stop the threads; pending alerts stay in the queue file for the next start."""
    with _current_lock:
        _uninstall_locked()


atexit.register(uninstall)
