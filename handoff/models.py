"""Tables of the handoff service (SQLAlchemy 1.4, 2.0 style). The schema is created by Alembic
(handoff/migrations), never by ``create_all``: the audit triggers and partial indexes live there.

Times are stored as naive UTC on both SQLite and PostgreSQL and come back timezone-aware (UTC).
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (JSON, Boolean, Column, DateTime, ForeignKey, Index, Integer, SmallInteger, String,
                        Text, UniqueConstraint, text)
from sqlalchemy.orm import declarative_base
from sqlalchemy.types import TypeDecorator

Base = declarative_base()

# Workflow of a request (issue 4, item 5) and the words shown to advisers.
STATUSES = ("nouvelle", "prise_en_charge", "en_cours", "relayee", "cloturee")
STATUS_LABELS = {
    "nouvelle": "Nouvelle",
    "prise_en_charge": "Prise en charge",
    "en_cours": "En cours",
    "relayee": "Relayée",
    "cloturee": "Clôturée",
}
ROLES = ("conseiller", "coordinateur", "admin")
ROLE_LABELS = {"conseiller": "Conseiller ou conseillère", "coordinateur": "Coordination", "admin": "Administration"}
A_ORIENTER = "a_orienter"  # the territory of a request with no département


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """Naive UTC in the database, aware UTC in Python."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, str):  # pragma: no cover - raw SQLite text
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


class Conversation(Base):
    __tablename__ = "conversations"
    conversation_id = Column(String(100), primary_key=True)
    channel = Column(String(20), nullable=False)
    reference = Column(String(7), nullable=False, index=True)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    last_seen_at = Column(UTCDateTime, nullable=False, default=utcnow, index=True)
    sent = Column(Boolean, nullable=False, default=False)
    language = Column(String(8), nullable=False, default="fr")
    contact_secret = Column(Text, nullable=True)  # encrypted Telegram chat id (written by the channel)


class Turn(Base):
    """The service's own copy of the transcript, kept whole."""
    __tablename__ = "turns"
    id = Column(Integer, primary_key=True, autoincrement=True)
    conversation_id = Column(String(100), nullable=False)
    author = Column(String(20), nullable=False)
    text = Column(Text, nullable=False)
    at = Column(UTCDateTime, nullable=False, default=utcnow)
    __table_args__ = (Index("ix_turns_conversation", "conversation_id", "id"),)


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True, autoincrement=True)
    username = Column(String(64), nullable=False, unique=True)
    display_name = Column(String(120), nullable=False, default="")
    email = Column(String(200), nullable=True)
    password_hash = Column(String(255), nullable=False)
    role = Column(String(20), nullable=False)
    departements = Column(String(200), nullable=False, default="")  # "53,72"
    active = Column(Boolean, nullable=False, default=True)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    disabled_at = Column(UTCDateTime, nullable=True)

    @property
    def departement_list(self) -> list[str]:
        return [d for d in (self.departements or "").split(",") if d]

    @property
    def label(self) -> str:
        return self.display_name or self.username


class ApiToken(Base):
    __tablename__ = "api_tokens"
    id = Column(Integer, primary_key=True, autoincrement=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False, index=True)
    token_hash = Column(String(64), nullable=False, unique=True)
    label = Column(String(100), nullable=False, default="")
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    last_used_at = Column(UTCDateTime, nullable=True)
    revoked_at = Column(UTCDateTime, nullable=True)


class WebSession(Base):
    __tablename__ = "web_sessions"
    id = Column(String(64), primary_key=True)  # SHA-256 of the cookie value
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False, index=True)
    csrf_token = Column(String(64), nullable=False)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    last_seen_at = Column(UTCDateTime, nullable=False, default=utcnow)
    expires_at = Column(UTCDateTime, nullable=False)


class LoginAttempt(Base):
    __tablename__ = "login_attempts"
    id = Column(Integer, primary_key=True, autoincrement=True)
    username = Column(String(64), nullable=False)
    ip = Column(String(64), nullable=False, default="")
    at = Column(UTCDateTime, nullable=False, default=utcnow)
    success = Column(Boolean, nullable=False, default=False)
    __table_args__ = (Index("ix_login_attempts_username_at", "username", "at"),
                      Index("ix_login_attempts_ip_at", "ip", "at"))


class Request(Base):
    """One structured request (latest version) and its workflow. Queue columns are kept effective:
    urgency_rank / level / domain_codes are the adviser's correction when set, else the automatic values."""
    __tablename__ = "requests"
    reference = Column(String(7), primary_key=True)
    conversation_id = Column(String(100), nullable=False, index=True)
    channel = Column(String(20), nullable=False)
    version = Column(Integer, nullable=False, default=1)
    status = Column(String(20), nullable=False, default="nouvelle")
    completeness = Column(String(20), nullable=False, default="complete")
    requester = Column(String(20), nullable=False, default="inconnu")
    age_stage = Column(String(10), nullable=False, default="inconnu")
    language = Column(String(8), nullable=False, default="fr")
    departement = Column(String(3), nullable=True)  # found in the conversation
    territory = Column(String(10), nullable=False)  # departement, a transfer's target, or "a_orienter"
    transferred = Column(Boolean, nullable=False, default=False)
    # automatic triage (never lowered)
    urgency = Column(String(10), nullable=False, default="normale")
    complexity = Column(SmallInteger, nullable=False, default=1)
    domains = Column(JSON, nullable=False, default=list)
    flags = Column(JSON, nullable=False, default=list)
    signals = Column(JSON, nullable=False, default=list)
    danger_kinds = Column(JSON, nullable=False, default=list)
    # adviser's corrections, kept beside the original
    corrected_urgency = Column(String(10), nullable=True)
    corrected_complexity = Column(SmallInteger, nullable=True)
    corrected_domains = Column(JSON, nullable=True)
    corrected_by = Column(Integer, ForeignKey("users.id"), nullable=True)
    corrected_at = Column(UTCDateTime, nullable=True)
    # effective values, for the queue order and filters (one function: bot.schema.queue_sort_key)
    urgency_rank = Column(SmallInteger, nullable=False, default=2)
    level = Column(SmallInteger, nullable=False, default=1)
    domain_codes = Column(String(200), nullable=False, default=",")  # ",emploi,logement,"
    # times
    waiting_since = Column(UTCDateTime, nullable=False, default=utcnow)
    received_at = Column(UTCDateTime, nullable=False, default=utcnow)
    updated_at = Column(UTCDateTime, nullable=False, default=utcnow)
    # workflow
    assignee_id = Column(Integer, ForeignKey("users.id"), nullable=True)
    claimed_at = Column(UTCDateTime, nullable=True)
    partner = Column(String(30), nullable=True)
    outcome = Column(String(30), nullable=True)
    closed_at = Column(UTCDateTime, nullable=True)
    payload = Column(JSON, nullable=False)  # latest StructuredRequest (JSON), urgency merged

    __table_args__ = (
        Index("ix_requests_open_queue", "urgency_rank", text("level DESC"), "waiting_since",
              postgresql_where=text("status <> 'cloturee'"), sqlite_where=text("status <> 'cloturee'")),
        Index("ix_requests_open_territory_queue", "territory", "urgency_rank", text("level DESC"),
              "waiting_since", postgresql_where=text("status <> 'cloturee'"),
              sqlite_where=text("status <> 'cloturee'")),
        Index("ix_requests_territory_queue", "territory", "urgency_rank", text("level DESC"), "waiting_since"),
        Index("ix_requests_assignee", "assignee_id"),
    )


class RequestVersion(Base):
    __tablename__ = "request_versions"
    id = Column(Integer, primary_key=True, autoincrement=True)
    reference = Column(String(7), ForeignKey("requests.reference"), nullable=False)
    version = Column(Integer, nullable=False)
    received_at = Column(UTCDateTime, nullable=False, default=utcnow)
    source = Column(String(20), nullable=False)  # "service" (action server) or "danger" (public service)
    payload = Column(JSON, nullable=False)
    __table_args__ = (UniqueConstraint("reference", "version", name="uq_request_versions_reference_version"),)


class Note(Base):
    __tablename__ = "notes"
    id = Column(Integer, primary_key=True, autoincrement=True)
    reference = Column(String(7), ForeignKey("requests.reference"), nullable=False, index=True)
    author_id = Column(Integer, ForeignKey("users.id"), nullable=False)
    text = Column(Text, nullable=False)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)


class RequestRead(Base):
    """Which version of a request an adviser has opened (new / updated markers)."""
    __tablename__ = "request_reads"
    user_id = Column(Integer, ForeignKey("users.id"), primary_key=True)
    reference = Column(String(7), ForeignKey("requests.reference"), primary_key=True)
    version = Column(Integer, nullable=False)
    at = Column(UTCDateTime, nullable=False, default=utcnow)


class AuditEntry(Base):
    """Append-only: BEFORE UPDATE/DELETE (and TRUNCATE on PostgreSQL) triggers refuse changes."""
    __tablename__ = "audit_log"
    id = Column(Integer, primary_key=True, autoincrement=True)
    at = Column(UTCDateTime, nullable=False, default=utcnow)
    actor = Column(String(64), nullable=False)  # username, "service" or "systeme"
    actor_id = Column(Integer, nullable=True)
    action = Column(String(40), nullable=False)
    reference = Column(String(7), nullable=True, index=True)
    details = Column(JSON, nullable=False, default=dict)  # never the person's words
