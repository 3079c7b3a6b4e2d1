"""What advisers do with requests, shared by the JSON API and the console: territory rules, the queue
(ordered in SQL like bot.schema.queue_sort_key), claim, workflow, notes, corrections, transfer, assignment.

Territory: an adviser sees the requests of their département(s); a coordinator also sees "à orienter"
(no département) and assigns; an admin sees everything. A request outside one's territory is "not found"
(404), never "forbidden", so references cannot be probed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

import anyio
from sqlalchemy import and_, func, select, true, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from bot.schema import URGENCY_RANK, Domain, Urgency
from handoff import audit, store
from handoff.models import (A_ORIENTER, STATUS_LABELS, STATUSES, Note, Request, RequestRead, User, utcnow)
from handoff.store import StoreError, refresh_effective

PARTNERS = {
    "mdph_dop": "MDPH ou maison départementale de l'autonomie (dispositif d'orientation permanent)",
    "dac": "DAC (dispositif d'appui à la coordination)",
    "pcpe": "PCPE (pôle de compétences et de prestations externalisées)",
    "repit": "Plateforme de répit",
    "emploi": "France Travail ou Cap emploi",
    "education": "Éducation nationale",
    "ccas": "CCAS (centre communal d'action sociale)",
    "association": "Association",
    "pair_aidant": "Pair-aidant",
    "esms": "Établissement ou service médico-social",
    "autre": "Autre partenaire",
}
OUTCOMES = {
    "information": "Information donnée",
    "droit_commun": "Orientation vers les services ordinaires (droit commun)",
    "staff_territorial": "Staff territorial (niveau 2)",
    "solution_nouvelle": "Solution nouvelle ou PAG (niveau 3)",
    "injoignable": "Personne injoignable",
}
TRANSITIONS = {
    "prise_en_charge": ("en_cours", "relayee", "cloturee"),
    "en_cours": ("relayee", "cloturee"),
    "relayee": ("en_cours", "cloturee"),
}
URGENCY_LABELS = {"vitale": "Vitale", "haute": "Haute", "normale": "Normale"}
RANK_TO_URGENCY = {rank: u.value for u, rank in URGENCY_RANK.items()}
DOMAIN_LABELS = {
    "scolarite": "Scolarité et études", "emploi": "Emploi et formation", "logement": "Logement",
    "sante": "Santé et soins", "repit": "Répit et aide aux aidants", "loisirs": "Loisirs, sport, culture",
    "transport": "Transport", "droits": "Accès aux droits", "vie_sociale": "Vie sociale et citoyenneté",
    "accompagnement": "Accompagnement et protection",
}
REQUESTER_LABELS = {"personne": "La personne elle-même", "aidant": "Un proche ou un aidant",
                    "professionnel": "Un ou une professionnelle", "inconnu": "Non précisé"}
CHANNEL_LABELS = {"web": "Site web", "telegram": "Telegram", "terminal": "Terminal"}
DEPARTEMENT_RE = re.compile(r"^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")
MAX_NOTE_CHARS = 5000
MAX_MESSAGE_CHARS = 2000  # an adviser's message to the person ("ici" contact, Telegram)


class NotFound(StoreError):
    status_code = 404


class Conflict(StoreError):
    status_code = 409


class Forbidden(StoreError):
    status_code = 403


class Invalid(StoreError):
    status_code = 422


class SendFailed(StoreError):
    """Telegram did not take the adviser's message (HTTP 502)."""
    status_code = 502


NOT_FOUND = "Demande introuvable."


# ---------------------------------------------------------------- territory

def territories(user: User) -> Optional[list[str]]:
    """The territories a user sees; None = all (admin)."""
    if user.role == "admin":
        return None
    seen = list(user.departement_list)
    if user.role == "coordinateur":
        seen.append(A_ORIENTER)
    return seen


def _visible(user: User):
    seen = territories(user)
    return true() if seen is None else Request.territory.in_(seen or ["-"])


def can_see(user: User, request: Request) -> bool:
    seen = territories(user)
    return seen is None or request.territory in seen


def is_coordinator(user: User) -> bool:
    return user.role in ("coordinateur", "admin")


def get_visible(session: Session, user: User, reference: str) -> Request:
    request = session.get(Request, (reference or "").strip().upper()[:7])
    if request is None or not can_see(user, request):
        raise NotFound(NOT_FOUND)
    return request


# ---------------------------------------------------------------- the queue

@dataclass
class QueueFilters:
    status: Optional[str] = None  # a status code, "ouvertes" (default) or "toutes"
    domain: Optional[str] = None
    level: Optional[int] = None
    requester: Optional[str] = None
    channel: Optional[str] = None
    departement: Optional[str] = None  # a code or "a_orienter"
    urgency: Optional[str] = None
    mine: bool = False
    page: int = 1
    per_page: int = 50

    def validate(self) -> "QueueFilters":
        if self.status not in (None, "", "ouvertes", "toutes") and self.status not in STATUSES:
            raise Invalid(f"Statut inconnu : {self.status}.")
        if self.domain and self.domain not in DOMAIN_LABELS:
            raise Invalid(f"Domaine inconnu : {self.domain}.")
        if self.level not in (None, 1, 2, 3):
            raise Invalid("Le niveau doit être 1, 2 ou 3.")
        if self.requester and self.requester not in REQUESTER_LABELS:
            raise Invalid(f"Demandeur inconnu : {self.requester}.")
        if self.channel and self.channel not in CHANNEL_LABELS:
            raise Invalid(f"Canal inconnu : {self.channel}.")
        if self.departement and self.departement != A_ORIENTER and not DEPARTEMENT_RE.match(self.departement):
            raise Invalid(f"Département inconnu : {self.departement}.")
        if self.urgency and self.urgency not in URGENCY_LABELS:
            raise Invalid(f"Urgence inconnue : {self.urgency}.")
        if self.page < 1:
            raise Invalid("La page commence à 1.")
        if not 1 <= self.per_page <= 200:
            raise Invalid("Entre 1 et 200 demandes par page.")
        return self


def _conditions(user: User, filters: QueueFilters) -> list:
    conditions = [_visible(user)]
    status = filters.status or "ouvertes"
    if status != "toutes":
        if status != "cloturee":
            # Literal "status <> 'cloturee'" so the partial queue indexes apply.
            conditions.append(Request.status != "cloturee")
        if status in STATUSES:
            conditions.append(Request.status == status)
    if filters.domain:
        conditions.append(Request.domain_codes.like(f"%,{filters.domain},%"))
    if filters.level:
        conditions.append(Request.level == int(filters.level))
    if filters.requester:
        conditions.append(Request.requester == filters.requester)
    if filters.channel:
        conditions.append(Request.channel == filters.channel)
    if filters.departement:
        conditions.append(Request.territory == filters.departement)
    if filters.urgency:
        conditions.append(Request.urgency_rank == URGENCY_RANK[Urgency(filters.urgency)])
    if filters.mine:
        conditions.append(Request.assignee_id == user.id)
    return conditions


QUEUE_ORDER = (Request.urgency_rank.asc(), Request.level.desc(), Request.waiting_since.asc(),
               Request.reference.asc())
_QUEUE_COLUMNS = (Request.reference, Request.status, Request.urgency, Request.corrected_urgency,
                  Request.complexity, Request.corrected_complexity, Request.urgency_rank, Request.level,
                  Request.domains, Request.corrected_domains, Request.flags, Request.territory,
                  Request.departement, Request.requester, Request.age_stage, Request.channel,
                  Request.completeness, Request.waiting_since, Request.updated_at, Request.version,
                  Request.assignee_id)


def queue_query(user: User, filters: QueueFilters):
    assignee = aliased(User)
    return (
        select(*_QUEUE_COLUMNS, assignee.username.label("assignee_username"),
               assignee.display_name.label("assignee_name"), RequestRead.version.label("seen_version"))
        .outerjoin(assignee, assignee.id == Request.assignee_id)
        .outerjoin(RequestRead, and_(RequestRead.reference == Request.reference, RequestRead.user_id == user.id))
        .where(*_conditions(user, filters))
        .order_by(*QUEUE_ORDER)
        .limit(filters.per_page).offset((filters.page - 1) * filters.per_page)
    )


def list_queue(session: Session, user: User, filters: QueueFilters) -> tuple[list[dict], int]:
    filters.validate()
    rows = session.execute(queue_query(user, filters)).all()
    total = session.execute(
        select(func.count()).select_from(Request).where(*_conditions(user, filters))).scalar() or 0
    return [queue_item(row) for row in rows], total


def queue_item(row) -> dict:
    urgency = RANK_TO_URGENCY[row.urgency_rank]
    domains = row.corrected_domains if row.corrected_domains is not None else row.domains
    return {
        "reference": row.reference,
        "status": row.status,
        "status_label": STATUS_LABELS[row.status],
        "urgency": urgency,
        "urgency_auto": row.urgency,
        "urgency_corrected": row.corrected_urgency,
        "complexity": row.level,
        "complexity_auto": row.complexity,
        "complexity_corrected": row.corrected_complexity,
        "domains": list(domains or []),
        "flags": list(row.flags or []),
        "departement": None if row.territory == A_ORIENTER else row.territory,
        "territory": row.territory,
        "requester": row.requester,
        "age_stage": row.age_stage,
        "channel": row.channel,
        "completeness": row.completeness,
        "waiting_since": row.waiting_since.isoformat(),
        "updated_at": row.updated_at.isoformat(),
        "version": row.version,
        "assignee": row.assignee_username,
        "assignee_name": row.assignee_name or row.assignee_username,
        "new": row.seen_version is None,
        "updated": row.seen_version is not None and row.seen_version < row.version,
    }


# ---------------------------------------------------------------- one request

def mark_read(session: Session, user: User, request: Request) -> None:
    read = session.get(RequestRead, (user.id, request.reference))
    if read is None:
        session.add(RequestRead(user_id=user.id, reference=request.reference, version=request.version,
                                at=utcnow()))
    else:
        read.version, read.at = request.version, utcnow()
    try:
        session.commit()
    except IntegrityError:  # opened twice at once
        session.rollback()


def open_request(session: Session, user: User, reference: str, *, record_view: bool = True) -> Request:
    """A visible request; the view is audited and marks it read for that user."""
    request = get_visible(session, user, reference)
    if record_view:
        audit.record(session, "request.view", actor=user, reference=request.reference,
                     details={"version": request.version})
        session.commit()
    mark_read(session, user, request)
    return request


def notes(session: Session, reference: str) -> list[dict]:
    rows = session.execute(
        select(Note, User).join(User, User.id == Note.author_id)
        .where(Note.reference == reference).order_by(Note.id)
    ).all()
    return [{"id": note.id, "author": user.username, "author_name": user.label, "text": note.text,
             "created_at": note.created_at.isoformat()} for note, user in rows]


def full_transcript(session: Session, request: Request) -> list[dict]:
    """The service's own copy (kept whole, even past 2,000 characters) when it has one, else the one sent."""
    own = [{"author": t["author"], "text": t["text"], "time": t["time"].isoformat()}
           for t in store.transcript(session, request.conversation_id)]
    if any(t["author"] != "conseiller" for t in own):
        return own
    # No copy of the person's side here: the one sent, then what advisers wrote to the person.
    return list((request.payload or {}).get("transcript") or []) + own


def detail(session: Session, request: Request) -> dict:
    assignee = session.get(User, request.assignee_id) if request.assignee_id else None
    payload = request.payload or {}
    effective_domains = request.corrected_domains if request.corrected_domains is not None else request.domains
    return {
        "reference": request.reference,
        "version": request.version,
        "status": request.status,
        "status_label": STATUS_LABELS[request.status],
        "conversation_id": request.conversation_id,
        "channel": request.channel,
        "completeness": request.completeness,
        "departement": request.departement,
        "territory": request.territory,
        "transferred": request.transferred,
        "requester": request.requester,
        "for_whom": payload.get("for_whom", ""),
        "person_agrees": payload.get("person_agrees"),
        "age_stage": request.age_stage,
        "language": request.language,
        "own_words": payload.get("own_words", ""),
        "situation": payload.get("situation", ""),
        "flags": list(request.flags or []),
        "domains": list(effective_domains or []),
        "domains_auto": list(request.domains or []),
        "domains_corrected": request.corrected_domains,
        "urgency": RANK_TO_URGENCY[request.urgency_rank],
        "urgency_auto": request.urgency,
        "urgency_corrected": request.corrected_urgency,
        "complexity": request.level,
        "complexity_auto": request.complexity,
        "complexity_corrected": request.corrected_complexity,
        "signals": list(request.signals or []),
        "danger_kinds": list(request.danger_kinds or []),
        "contact": payload.get("contact") or {},
        "consents": payload.get("consents") or [],
        "transcript": full_transcript(session, request),
        "waiting_since": request.waiting_since.isoformat(),
        "received_at": request.received_at.isoformat(),
        "updated_at": request.updated_at.isoformat(),
        "assignee": assignee.username if assignee else None,
        "assignee_name": assignee.label if assignee else None,
        "claimed_at": request.claimed_at.isoformat() if request.claimed_at else None,
        "partner": request.partner,
        "outcome": request.outcome,
        "closed_at": request.closed_at.isoformat() if request.closed_at else None,
        "notes": notes(session, request.reference),
    }


# ---------------------------------------------------------------- workflow

def claim(session: Session, user: User, reference: str) -> Request:
    """Take a nouvelle request: one atomic conditional UPDATE, so two advisers cannot both get it."""
    request = get_visible(session, user, reference)
    now = utcnow()
    result = session.execute(
        update(Request)
        .where(Request.reference == request.reference, Request.status == "nouvelle",
               Request.assignee_id.is_(None))
        .values(status="prise_en_charge", assignee_id=user.id, claimed_at=now, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        session.rollback()
        session.expire_all()
        current = session.get(Request, request.reference)
        holder = session.get(User, current.assignee_id) if current.assignee_id else None
        who = f" par {holder.label}" if holder else ""
        raise Conflict(f"Cette demande est déjà prise en charge{who}.")
    audit.record(session, "request.claim", actor=user, reference=request.reference,
                 details={"from": "nouvelle", "to": "prise_en_charge"})
    session.commit()
    session.refresh(request)
    return request


def assign(session: Session, user: User, reference: str, username: str) -> Request:
    request = get_visible(session, user, reference)
    if not is_coordinator(user):
        raise Forbidden("Seule la coordination peut attribuer une demande.")
    if request.status == "cloturee":
        raise Conflict("Cette demande est clôturée.")
    target = session.execute(select(User).where(User.username == (username or "").strip().lower(),
                                                User.active.is_(True))).scalar_one_or_none()
    if target is None or not can_see(target, request):
        raise Invalid("Ce compte n'existe pas ou ne voit pas ce département.")
    before = (request.status, request.assignee_id)
    now = utcnow()
    request.assignee_id = target.id
    request.claimed_at = request.claimed_at or now
    if request.status == "nouvelle":
        request.status = "prise_en_charge"
    request.updated_at = now
    audit.record(session, "request.assign", actor=user, reference=request.reference,
                 details={"to_user": target.username, "from_status": before[0], "to_status": request.status})
    session.commit()
    return request


def change_status(session: Session, user: User, reference: str, status: str, *, partner: Optional[str] = None,
                  outcome: Optional[str] = None) -> Request:
    request = get_visible(session, user, reference)
    if status not in STATUSES:
        raise Invalid(f"Statut inconnu : {status}.")
    if request.status == "nouvelle":
        raise Conflict("Prenez d'abord la demande en charge.")
    if request.assignee_id != user.id and not is_coordinator(user):
        raise Forbidden("Cette demande est suivie par quelqu'un d'autre. Demandez à la coordination.")
    if status not in TRANSITIONS.get(request.status, ()):
        raise Conflict(f"Passage impossible de « {STATUS_LABELS[request.status]} » "
                       f"à « {STATUS_LABELS[status]} ».")
    values: dict = {"status": status, "updated_at": utcnow()}
    if status == "relayee":
        if partner not in PARTNERS:
            raise Invalid("Choisissez le type de partenaire qui prend le relais.")
        values["partner"] = partner
    if status == "cloturee":
        if outcome not in OUTCOMES:
            raise Invalid("Choisissez le résultat de la demande pour la clôturer.")
        values["outcome"] = outcome
        values["closed_at"] = values["updated_at"]
    old = request.status
    result = session.execute(
        update(Request).where(Request.reference == request.reference, Request.status == old).values(**values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        session.rollback()
        raise Conflict("La demande a changé entre-temps. Rechargez la page.")
    audit.record(session, "request.status", actor=user, reference=request.reference,
                 details={"from": old, "to": status, "partner": values.get("partner"),
                          "outcome": values.get("outcome")})
    session.commit()
    session.refresh(request)
    return request


def add_note(session: Session, user: User, reference: str, text: str) -> Note:
    request = get_visible(session, user, reference)
    text = (text or "").strip()
    if not text:
        raise Invalid("La note est vide.")
    if len(text) > MAX_NOTE_CHARS:
        raise Invalid(f"La note est trop longue : {MAX_NOTE_CHARS} caractères au plus.")
    note = Note(reference=request.reference, author_id=user.id, text=text, created_at=utcnow())
    session.add(note)
    session.flush()
    audit.record(session, "request.note", actor=user, reference=request.reference,
                 details={"note_id": note.id, "length": len(text)})
    session.commit()
    return note


def correct(session: Session, user: User, reference: str, *, urgency: Optional[str] = None,
            complexity: Optional[int] = None, domains: Optional[list[str]] = None) -> Request:
    """The adviser's triage, kept beside the automatic one; the corrected urgency orders the queue."""
    request = get_visible(session, user, reference)
    if urgency is None and complexity is None and domains is None:
        raise Invalid("Indiquez au moins une correction : urgence, complexité ou domaines.")
    changes: dict = {}
    if urgency is not None:
        if urgency not in URGENCY_LABELS:
            raise Invalid("L'urgence doit être vitale, haute ou normale.")
        changes["urgency"] = {"auto": request.urgency, "before": request.corrected_urgency, "after": urgency}
        request.corrected_urgency = urgency
    if complexity is not None:
        if complexity not in (1, 2, 3):
            raise Invalid("La complexité doit être 1, 2 ou 3.")
        changes["complexity"] = {"auto": request.complexity, "before": request.corrected_complexity,
                                 "after": complexity}
        request.corrected_complexity = complexity
    if domains is not None:
        unknown = [d for d in domains if d not in {x.value for x in Domain}]
        if unknown:
            raise Invalid(f"Domaine inconnu : {', '.join(unknown)}.")
        clean = list(dict.fromkeys(domains))
        changes["domains"] = {"auto": list(request.domains or []), "before": request.corrected_domains,
                              "after": clean}
        request.corrected_domains = clean
    request.corrected_by = user.id
    request.corrected_at = utcnow()
    request.updated_at = request.corrected_at
    refresh_effective(request)
    audit.record(session, "request.correct", actor=user, reference=request.reference, details=changes)
    session.commit()
    return request


def transfer(session: Session, user: User, reference: str, departement: str) -> Request:
    """Coordination sends a request to another département's queue (nothing stays unanswered)."""
    request = get_visible(session, user, reference)
    if not is_coordinator(user):
        raise Forbidden("Seule la coordination peut transférer une demande.")
    departement = (departement or "").strip().upper()
    if not DEPARTEMENT_RE.match(departement):
        raise Invalid("Indiquez le numéro du département, par exemple 53 ou 2A.")
    if request.status == "cloturee":
        raise Conflict("Cette demande est clôturée.")
    if departement == request.territory:
        raise Invalid("La demande est déjà dans ce département.")
    before = request.territory
    request.territory = departement
    request.transferred = True
    request.assignee_id = None
    request.claimed_at = None
    request.status = "nouvelle"
    request.updated_at = utcnow()
    audit.record(session, "request.transfer", actor=user, reference=request.reference,
                 details={"from": before, "to": departement})
    session.commit()
    return request


def assignable_users(session: Session, request: Request) -> list[User]:
    users = session.execute(select(User).where(User.active.is_(True)).order_by(User.username)).scalars()
    return [u for u in users if u.role != "admin" and can_see(u, request)]


# ---------------------------------------------------------------- writing to the person ("ici", Telegram)

NOT_HERE = "Cette personne n'a pas choisi d'être contactée ici."
SEND_ERRORS = {  # SendToPersonError.reason -> (error class, French explanation)
    "pas_telegram": (Conflict, NOT_HERE),
    "pas_de_contact": (Conflict, "Le lien avec la conversation Telegram de cette personne n'existe plus "
                                 "(conversation effacée). Utilisez un autre moyen de la recontacter."),
    "non_configure": (SendFailed, "L'envoi sur Telegram n'est pas configuré sur ce serveur. "
                                  "Prévenez l'administration."),
    "envoi_echoue": (SendFailed, "Telegram n'a pas pris le message : la personne a peut-être bloqué le bot, "
                                 "ou Telegram ne répond pas. Réessayez plus tard ou utilisez un autre moyen."),
}


def can_message(request: Request) -> bool:
    """The person chose "ici" as contact, on Telegram."""
    contact = (request.payload or {}).get("contact") or {}
    return request.channel == "telegram" and contact.get("kind") == "ici"


def _prepare_message(session: Session, user: User, reference: str, text: str) -> tuple[str, str, str]:
    request = get_visible(session, user, reference)  # territory, as for any change to the request
    text = (text or "").strip()
    if not text:
        raise Invalid("Le message est vide.")
    if len(text) > MAX_MESSAGE_CHARS:
        raise Invalid(f"Le message est trop long : {MAX_MESSAGE_CHARS} caractères au plus.")
    if not can_message(request):
        raise Conflict(NOT_HERE)
    return request.reference, request.conversation_id, text


def _message_sent(session: Session, user: User, reference: str, conversation_id: str, text: str) -> None:
    audit.record(session, "message_personne", actor=user, reference=reference, details={"longueur": len(text)})
    store.record_turn(session, conversation_id, "conseiller", text)  # commits the audit row with the turn


def _message_failed(session: Session, user: User, reference: str, text: str, reason: str) -> None:
    session.rollback()
    audit.record(session, "message_personne_echec", actor=user, reference=reference,
                 details={"longueur": len(text), "raison": reason})
    session.commit()


async def message_person(session: Session, user: User, reference: str, text: str) -> None:
    """An adviser writes to the person on Telegram (contact "ici"), for the JSON API and the console.

    Same permission as changing the request (territory: NotFound outside it). Invalid (422) for an empty
    or too long text, Conflict (409) when the person did not choose "ici" on Telegram or the chat is gone,
    SendFailed (502) when Telegram is not configured or does not take the message. Audited either way,
    never with the text (only its length); once sent, the text joins the transcript (author conseiller).
    """
    from handoff.routers.telegram import SendToPersonError, send_to_person

    reference, conversation_id, text = await anyio.to_thread.run_sync(
        _prepare_message, session, user, reference, text)
    try:
        await send_to_person(conversation_id, text)
    except SendToPersonError as error:
        await anyio.to_thread.run_sync(_message_failed, session, user, reference, text, error.reason)
        kind, message = SEND_ERRORS.get(error.reason, SEND_ERRORS["envoi_echoue"])
        raise kind(message) from error
    await anyio.to_thread.run_sync(_message_sent, session, user, reference, conversation_id, text)
