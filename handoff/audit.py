"""The audit log: who did what, when. Append-only, enforced by the database (see migrations/0001).

Details never hold the person's words or identity: codes, versions, old and new values of workflow fields.
"""
from __future__ import annotations

from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from handoff.models import AuditEntry, User, utcnow

ACTION_LABELS = {
    "request.received": "Demande reçue",
    "request.version": "Nouvelle version reçue",
    "request.danger": "Demande minimale (danger) créée",
    "request.danger_raised": "Urgence relevée (danger)",
    "request.view": "Demande consultée",
    "request.claim": "Prise en charge",
    "request.assign": "Attribution",
    "request.status": "Changement de statut",
    "request.note": "Note ajoutée",
    "request.correct": "Correction du tri",
    "request.transfer": "Transfert de département",
    "message_personne": "Message envoyé à la personne (Telegram)",
    "message_personne_echec": "Message à la personne non envoyé (Telegram)",
    "user.add": "Compte créé",
    "user.disable": "Compte désactivé",
    "user.token": "Jeton d'accès créé",
    "user.login": "Connexion",
    "user.login_failed": "Échec de connexion",
    "user.login_throttled": "Connexion bloquée (trop d'essais)",
    "user.logout": "Déconnexion",
}


def record(session: Session, action: str, *, actor: Optional[User] = None, actor_name: Optional[str] = None,
           reference: Optional[str] = None, details: Optional[dict] = None) -> AuditEntry:
    """Add one audit row to the session (committed with the change it describes)."""
    entry = AuditEntry(
        at=utcnow(),
        actor=(actor.username if actor is not None else (actor_name or "systeme"))[:64],
        actor_id=actor.id if actor is not None else None,
        action=action,
        reference=reference,
        details=details or {},
    )
    session.add(entry)
    return entry


def entries(session: Session, *, reference: Optional[str] = None, limit: int = 500) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if reference:
        query = query.where(AuditEntry.reference == reference)
    return list(session.execute(query).scalars())


def as_dict(entry: AuditEntry) -> dict:
    return {
        "id": entry.id,
        "at": entry.at.isoformat(),
        "actor": entry.actor,
        "action": entry.action,
        "action_label": ACTION_LABELS.get(entry.action, entry.action),
        "reference": entry.reference,
        "details": entry.details or {},
    }
