"""Storage of conversations, transcripts and requests: the contract the gateway and the JSON API use.

Every function takes a synchronous SQLAlchemy Session first and commits its own unit of work.
Alerts: ``on_new_alert`` hooks are called after commit, for a NEW vitale/haute request or a raise to
vitale/haute, with ``{"reference", "urgency", "departement", "waiting_since", "link", "recipients"}``:
never the person's words or identity. A failing hook is logged and ignored (never blocks a conversation).
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Callable, Iterable, Optional

from sqlalchemy import delete, exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.schema import (URGENCY_RANK, Author, Channel, Completeness, StructuredRequest, TranscriptEntry, Triage,
                        Urgency, max_urgency, new_reference)
from handoff import audit
from handoff.models import A_ORIENTER, Conversation, Request, RequestVersion, Turn, User, utcnow

logger = logging.getLogger(__name__)

on_new_alert: list[Callable[[dict], None]] = []
ALERT_URGENCIES = (Urgency.vitale.value, Urgency.haute.value)

_AUTHOR_ALIASES = {"user": "personne", "bot": "assistant", "person": "personne", "adviser": "conseiller"}
_config: dict = {}


class StoreError(Exception):
    """Base of the errors the API turns into HTTP answers (``message`` is French, for people)."""
    status_code = 400

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class RequestClosed(StoreError):
    """A send for a clôturée reference (HTTP 409)."""
    status_code = 409


class ReferenceConflict(StoreError):
    """The reference belongs to another conversation (HTTP 409)."""
    status_code = 409


def configure(settings) -> None:
    """Called by create_app: public URL for alert links, fallback recipients for alerts."""
    _config["public_url"] = settings.public_url
    _config["fallback"] = tuple(getattr(settings, "alert_fallback_recipients", ()) or ())


def _settings_value(key: str):
    if key not in _config:
        from handoff.config import get_settings
        configure(get_settings())
    return _config[key]


def request_link(reference: str) -> str:
    return f"{_settings_value('public_url').rstrip('/')}/conseillers/demandes/{reference}"


# ---------------------------------------------------------------- conversations and transcript

def _fresh_reference(session: Session) -> str:
    while True:
        reference = new_reference()
        taken = session.execute(select(Request.reference).where(Request.reference == reference)).first() or \
            session.execute(select(Conversation.conversation_id).where(Conversation.reference == reference)).first()
        if not taken:
            return reference


def _channel_of(conversation_id: str) -> str:
    prefix = conversation_id.split(":", 1)[0]
    return {"web": "web", "tg": "telegram", "term": "terminal"}.get(prefix, "terminal")


def get_or_create_conversation(session: Session, conversation_id: str, channel: str) -> Conversation:
    """The conversation row; a new reference is issued when the current one's request is clôturée."""
    now = utcnow()
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        conversation = Conversation(conversation_id=conversation_id, channel=channel,
                                    reference=_fresh_reference(session), created_at=now, last_seen_at=now,
                                    sent=False, language="fr")
        session.add(conversation)
        try:
            session.commit()
        except IntegrityError:  # created meanwhile by a concurrent message
            session.rollback()
            conversation = session.get(Conversation, conversation_id)
        return conversation
    status = session.execute(select(Request.status).where(Request.reference == conversation.reference)).scalar()
    if status == "cloturee":
        conversation.reference = _fresh_reference(session)
    conversation.last_seen_at = now
    session.commit()
    return conversation


def _normal_author(author: str) -> str:
    author = _AUTHOR_ALIASES.get(author, author)
    return Author(author).value  # ValueError for an unknown author


def record_turn(session: Session, conversation_id: str, author: str, text: str,
                at: Optional[datetime] = None) -> None:
    """Append one message to the service's own transcript (kept whole, whatever its length)."""
    author = _normal_author(author)
    at = at or utcnow()
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        get_or_create_conversation(session, conversation_id, _channel_of(conversation_id))
        conversation = session.get(Conversation, conversation_id)
    conversation.last_seen_at = at
    session.add(Turn(conversation_id=conversation_id, author=author, text=text, at=at))
    session.commit()


def transcript(session: Session, conversation_id: str) -> list[dict]:
    rows = session.execute(
        select(Turn.author, Turn.text, Turn.at).where(Turn.conversation_id == conversation_id).order_by(Turn.id)
    )
    return [{"author": author, "text": text, "time": at} for author, text, at in rows]


# ---------------------------------------------------------------- requests

def _union(first: Iterable[str], second: Iterable[str]) -> list[str]:
    out: list[str] = []
    for value in list(first or []) + list(second or []):
        if value not in out:
            out.append(value)
    return out


def refresh_effective(request: Request) -> None:
    """Queue columns = adviser's correction when set, else automatic (bot.schema.queue_sort_key semantics)."""
    effective = request.corrected_urgency or request.urgency
    request.urgency_rank = URGENCY_RANK[Urgency(effective)]
    request.level = int(request.corrected_complexity or request.complexity)
    domains = request.corrected_domains if request.corrected_domains is not None else request.domains
    request.domain_codes = "," + "".join(f"{d}," for d in (domains or []))


def _payload(req: StructuredRequest) -> dict:
    import json
    return json.loads(req.json())


def _territory(request: Request) -> str:
    return request.departement or A_ORIENTER


def _new_request_row(req: StructuredRequest, now: datetime) -> Request:
    row = Request(
        reference=req.reference, conversation_id=req.conversation_id, channel=req.channel.value, version=1,
        status="nouvelle", completeness=req.completeness.value, requester=req.requester.value,
        age_stage=req.age_stage.value, language=req.language, departement=req.departement,
        territory=req.departement or A_ORIENTER, transferred=False, urgency=req.triage.urgency.value,
        complexity=int(req.triage.complexity.value), domains=[d.value for d in req.domains],
        flags=[f.value for f in req.flags], signals=list(req.triage.signals),
        danger_kinds=list(req.triage.danger_kinds), waiting_since=now, received_at=now, updated_at=now,
        payload=_payload(req),
    )
    refresh_effective(row)
    return row


def _mark_conversation_sent(session: Session, req: StructuredRequest, now: datetime) -> None:
    conversation = session.get(Conversation, req.conversation_id)
    if conversation is None:
        session.add(Conversation(conversation_id=req.conversation_id, channel=req.channel.value,
                                 reference=req.reference, created_at=now, last_seen_at=now, sent=True,
                                 language=req.language))
        return
    conversation.sent = True
    conversation.language = req.language or conversation.language
    if conversation.reference != req.reference:
        current = session.execute(select(Request.reference).where(
            Request.reference == conversation.reference)).first()
        if current is None:
            conversation.reference = req.reference


def _lock_request(session: Session, reference: str) -> Optional[Request]:
    return session.execute(
        select(Request).where(Request.reference == reference).with_for_update()
    ).scalar_one_or_none()


def _alert_for(session: Session, request: Request) -> dict:
    departement = None if request.territory == A_ORIENTER else request.territory
    return {
        "reference": request.reference,
        "urgency": request.urgency,
        "departement": departement,
        "waiting_since": request.waiting_since.isoformat(),
        "link": request_link(request.reference),
        "recipients": alert_recipients(session, departement),
    }


def alert_recipients(session: Session, departement: Optional[str]) -> list[str]:
    """E-mails to alert: the département's active advisers and coordinators; for "à orienter" (no
    département) or a département with nobody, the configured fallback list (else every coordinator)."""
    users = list(session.execute(select(User).where(User.active.is_(True))).scalars())
    if departement:
        found = [u.email for u in users if u.email and departement in u.departement_list
                 and u.role in ("conseiller", "coordinateur")]
        if found:
            return sorted(set(found))
    fallback = list(_settings_value("fallback"))
    if fallback:
        return fallback
    return sorted({u.email for u in users if u.email and u.role == "coordinateur"})


def _fire(alerts: list[dict]) -> None:
    for alert in alerts:
        for hook in list(on_new_alert):
            try:
                hook(dict(alert))
            except Exception:  # never block the conversation
                logger.exception("alert hook failed for %s", alert.get("reference"))


def _raised_into_alert(old: str, new: str) -> bool:
    return new in ALERT_URGENCIES and URGENCY_RANK[Urgency(new)] < URGENCY_RANK[Urgency(old)]


def _with_whole_transcript(session: Session, req: StructuredRequest) -> StructuredRequest:
    """The service's own transcript keeps long messages whole (Rasa saw them truncated): prefer it,
    unless the action server saw more of the conversation (e.g. while the public service was down)."""
    own = transcript(session, req.conversation_id)
    own_people = sum(1 for t in own if t["author"] == "personne")
    sent_people = sum(1 for t in req.transcript if t.author.value == "personne")
    if own and own_people >= sent_people:
        return req.copy(update={"transcript": [TranscriptEntry(**t) for t in own]})
    return req


def upsert_request(session: Session, req: StructuredRequest) -> tuple[str, int]:
    """Store a send keyed on its reference: new request (version 1) or a new version of it.

    Automatic urgency never goes down; an adviser's correction is kept apart. Raises RequestClosed for a
    clôturée reference and ReferenceConflict when the reference belongs to another conversation.
    """
    now = utcnow()
    alerts: list[dict] = []
    req = _with_whole_transcript(session, req)
    existing = _lock_request(session, req.reference)
    if existing is None:
        row = _new_request_row(req, now)
        session.add(row)
        _mark_conversation_sent(session, req, now)
        session.add(RequestVersion(reference=req.reference, version=1, received_at=now, source="service",
                                   payload=row.payload))
        audit.record(session, "request.received", actor_name="service", reference=req.reference,
                     details={"version": 1, "urgency": row.urgency, "completeness": row.completeness,
                              "territory": row.territory})
        try:
            session.commit()
        except IntegrityError:  # the same reference created meanwhile (danger path): retry as a version
            session.rollback()
            return upsert_request(session, req)
        if row.urgency in ALERT_URGENCIES:
            alerts.append(_alert_for(session, row))
        _fire(alerts)
        return row.reference, 1

    if existing.conversation_id != req.conversation_id:
        session.rollback()
        raise ReferenceConflict("Cette référence appartient à une autre conversation.")
    if existing.status == "cloturee":
        session.rollback()
        raise RequestClosed("Cette demande est clôturée. Une nouvelle demande aura une nouvelle référence.")

    old_urgency = existing.urgency
    merged_urgency = max_urgency(existing.urgency, req.triage.urgency.value).value
    signals = _union(existing.signals, req.triage.signals)
    kinds = _union(existing.danger_kinds, req.triage.danger_kinds)
    stored = req.copy(deep=True)
    stored.triage = Triage(urgency=merged_urgency, complexity=req.triage.complexity, signals=signals,
                           danger_kinds=kinds)
    if not stored.transcript and existing.payload.get("transcript"):
        stored.transcript = [TranscriptEntry(**t) for t in existing.payload["transcript"]]
    existing.version += 1
    existing.urgency = merged_urgency
    existing.complexity = int(req.triage.complexity.value)
    existing.signals, existing.danger_kinds = signals, kinds
    if req.domains:
        existing.domains = [d.value for d in req.domains]
    if req.flags:
        existing.flags = [f.value for f in req.flags]
    existing.departement = req.departement or existing.departement
    if not existing.transferred:
        existing.territory = _territory(existing)
    existing.completeness = req.completeness.value
    existing.requester = req.requester.value
    existing.age_stage = req.age_stage.value
    existing.language = req.language
    existing.updated_at = now
    existing.payload = _payload(stored)
    refresh_effective(existing)
    _mark_conversation_sent(session, req, now)
    session.add(RequestVersion(reference=req.reference, version=existing.version, received_at=now,
                               source="service", payload=_payload(req)))
    audit.record(session, "request.version", actor_name="service", reference=req.reference,
                 details={"version": existing.version, "urgency": merged_urgency,
                          "completeness": existing.completeness, "territory": existing.territory})
    session.commit()
    if _raised_into_alert(old_urgency, merged_urgency):
        alerts.append(_alert_for(session, existing))
    _fire(alerts)
    return existing.reference, existing.version


def ensure_danger_request(session: Session, conversation_id: str, channel: str, *, urgency: str,
                          signals: list[str], danger_kinds: list[str], language: str = "fr") -> str:
    """The public service's own minimal request (vital interest, no consent needed; docs/PRIVACY.md):
    one per conversation, at its current reference; created if absent, else its urgency is raised
    (never lowered). Returns the reference."""
    urgency = Urgency(urgency).value
    conversation = get_or_create_conversation(session, conversation_id, channel)
    reference = conversation.reference
    now = utcnow()
    alerts: list[dict] = []
    existing = _lock_request(session, reference)
    entries = [TranscriptEntry(author=t["author"], text=t["text"], time=t["time"])
               for t in transcript(session, conversation_id)]
    if existing is None:
        req = StructuredRequest(
            reference=reference, channel=Channel(channel), conversation_id=conversation_id,
            completeness=Completeness.danger, language=language if len(language or "") == 2 else "fr",
            triage=Triage(urgency=urgency, signals=list(signals or []), danger_kinds=list(danger_kinds or [])),
            transcript=entries, created_at=now, sent_at=now,
        )
        row = _new_request_row(req, now)
        session.add(row)
        _mark_conversation_sent(session, req, now)
        session.add(RequestVersion(reference=reference, version=1, received_at=now, source="danger",
                                   payload=row.payload))
        audit.record(session, "request.danger", actor_name="service", reference=reference,
                     details={"version": 1, "urgency": urgency, "danger_kinds": list(danger_kinds or []),
                              "territory": row.territory})
        try:
            session.commit()
        except IntegrityError:  # concurrent creation: raise the one that won
            session.rollback()
            return ensure_danger_request(session, conversation_id, channel, urgency=urgency, signals=signals,
                                         danger_kinds=danger_kinds, language=language)
        if urgency in ALERT_URGENCIES:
            alerts.append(_alert_for(session, row))
        _fire(alerts)
        return reference

    old_urgency = existing.urgency
    merged = max_urgency(existing.urgency, urgency).value
    new_signals = _union(existing.signals, signals)
    new_kinds = _union(existing.danger_kinds, danger_kinds)
    if merged == old_urgency and new_signals == list(existing.signals) and new_kinds == list(existing.danger_kinds):
        session.rollback()
        return reference
    payload = dict(existing.payload)
    payload["triage"] = {**(payload.get("triage") or {}), "urgency": merged, "signals": new_signals,
                         "danger_kinds": new_kinds}
    payload["transcript"] = [_payload_entry(e) for e in entries]
    existing.urgency, existing.signals, existing.danger_kinds = merged, new_signals, new_kinds
    existing.version += 1
    existing.updated_at = now
    existing.payload = payload
    refresh_effective(existing)
    session.add(RequestVersion(reference=reference, version=existing.version, received_at=now, source="danger",
                               payload=payload))
    audit.record(session, "request.danger_raised", actor_name="service", reference=reference,
                 details={"version": existing.version, "from": old_urgency, "to": merged,
                          "danger_kinds": new_kinds})
    session.commit()
    if _raised_into_alert(old_urgency, merged):
        alerts.append(_alert_for(session, existing))
    _fire(alerts)
    return reference


def _payload_entry(entry: TranscriptEntry) -> dict:
    return {"author": entry.author.value, "text": entry.text, "time": entry.time.isoformat()}


def request_status(session: Session, reference: str) -> Optional[str]:
    """The status code only ("nouvelle", "prise_en_charge", "en_cours", "relayee", "cloturee") or None."""
    return session.execute(select(Request.status).where(Request.reference == reference)).scalar()


# ---------------------------------------------------------------- deletion of unsent conversations

def _has_request(conversation_id: str):
    return exists().where(Request.conversation_id == conversation_id)


def delete_conversation(session: Session, conversation_id: str) -> int:
    """Delete an UNSENT conversation (its transcript and row); a sent request is kept (returns 0)."""
    conversation = session.get(Conversation, conversation_id)
    sent = session.execute(select(_has_request(conversation_id))).scalar()
    if sent or (conversation is not None and conversation.sent):
        session.rollback()
        return 0
    count = session.execute(delete(Turn).where(Turn.conversation_id == conversation_id)).rowcount or 0
    count += session.execute(
        delete(Conversation).where(Conversation.conversation_id == conversation_id)).rowcount or 0
    session.commit()
    return count


def expire_unsent(session: Session, older_than_days: int) -> list[str]:
    """Delete unsent conversations not seen for N days; returns their ids (to clean Rasa's tracker too)."""
    cutoff = utcnow() - timedelta(days=older_than_days)
    ids = list(session.execute(
        select(Conversation.conversation_id).where(
            Conversation.sent.is_(False), Conversation.last_seen_at < cutoff,
            ~exists().where(Request.conversation_id == Conversation.conversation_id),
        )
    ).scalars())
    for start in range(0, len(ids), 500):
        batch = ids[start:start + 500]
        session.execute(delete(Turn).where(Turn.conversation_id.in_(batch)))
        session.execute(delete(Conversation).where(Conversation.conversation_id.in_(batch)))
    session.commit()
    return ids
