"""Durable outbox: nothing consented is ever lost.

The action server cannot write Rasa's store and the handoff database in one transaction, so a request
is first written here (a SQLite file, synchronous=FULL, committed) BEFORE the person is told it is
sent; then delivered to POST /api/requests with retries, and flushed again at start-up.
The handoff service accepts a re-send as a new version of the same reference, so a retry is safe.
"""
from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import httpx

logger = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL DEFAULT 0,
    delivered_at REAL,
    last_error TEXT
);
CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (delivered_at, next_attempt_at);
"""


@dataclass
class DeliveryResult:
    delivered: int
    failed: int


def _default_path() -> Path:
    data_dir = Path(os.environ.get("C360_DATA_DIR", Path(__file__).resolve().parents[1] / "data"))
    data_dir.mkdir(parents=True, exist_ok=True)
    return data_dir / "outbox.db"


class Outbox:
    def __init__(self, path: Optional[Path] = None, handoff_url: Optional[str] = None,
                 service_token: Optional[str] = None, timeout: float = 5.0):
        self.path = Path(path or _default_path())
        self.handoff_url = (handoff_url or os.environ.get("C360_HANDOFF_URL", "http://127.0.0.1:8000")).rstrip("/")
        self.service_token = service_token if service_token is not None else os.environ.get("C360_SERVICE_TOKEN", "")
        self.timeout = timeout
        self._lock = threading.Lock()
        with self._connect() as connection:
            connection.executescript(SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        return connection

    def enqueue(self, payload: dict) -> int:
        """Write durably; returns the outbox id. Call BEFORE telling the person it is sent."""
        with self._lock, self._connect() as connection:
            cursor = connection.execute(
                "INSERT INTO outbox (reference, conversation_id, payload, created_at) VALUES (?, ?, ?, ?)",
                (payload["reference"], payload["conversation_id"], json.dumps(payload, default=str), time.time()),
            )
            return int(cursor.lastrowid)

    def pending(self) -> list[tuple[int, dict, int]]:
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT id, payload, attempts FROM outbox WHERE delivered_at IS NULL AND next_attempt_at <= ? "
                "ORDER BY id", (time.time(),)).fetchall()
        return [(row[0], json.loads(row[1]), row[2]) for row in rows]

    def pending_count(self) -> int:
        with self._connect() as connection:
            return connection.execute("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL").fetchone()[0]

    def _mark(self, outbox_id: int, *, delivered: bool, attempts: int, error: str = "") -> None:
        backoff = min(300.0, 2.0 ** attempts)
        with self._lock, self._connect() as connection:
            if delivered:
                connection.execute("UPDATE outbox SET delivered_at = ?, attempts = ?, last_error = NULL WHERE id = ?",
                                   (time.time(), attempts, outbox_id))
            else:
                connection.execute(
                    "UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                    (attempts, time.time() + backoff, error[:200], outbox_id))

    def deliver_one(self, outbox_id: int, payload: dict, attempts: int) -> bool:
        try:
            response = httpx.post(
                f"{self.handoff_url}/api/requests", json=payload, timeout=self.timeout,
                headers={"Authorization": f"Bearer {self.service_token}"},
            )
        except httpx.HTTPError as error:
            self._mark(outbox_id, delivered=False, attempts=attempts + 1, error=type(error).__name__)
            return False
        if response.status_code in (200, 201):
            self._mark(outbox_id, delivered=True, attempts=attempts + 1)
            return True
        if response.status_code in (409, 422):
            # Permanent refusal: keep the row (never delete consented data) but stop hammering.
            logger.error("outbox %s refused by handoff (HTTP %s)", outbox_id, response.status_code)
            self._mark(outbox_id, delivered=False, attempts=attempts + 1000, error=f"HTTP {response.status_code}")
            return False
        self._mark(outbox_id, delivered=False, attempts=attempts + 1, error=f"HTTP {response.status_code}")
        return False

    def flush(self) -> DeliveryResult:
        delivered = failed = 0
        for outbox_id, payload, attempts in self.pending():
            if self.deliver_one(outbox_id, payload, attempts):
                delivered += 1
            else:
                failed += 1
        return DeliveryResult(delivered, failed)

    def send(self, payload: dict) -> bool:
        """Enqueue durably, then try to deliver at once. True when delivered now."""
        outbox_id = self.enqueue(payload)
        return self.deliver_one(outbox_id, payload, 0)


_default: Optional[Outbox] = None


def default_outbox() -> Outbox:
    global _default
    if _default is None:
        _default = Outbox()
    return _default
