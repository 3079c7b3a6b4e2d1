"""Build the structured request (schema v1) from the conversation."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Optional

from actions import parsing
from bot.schema import (Channel, Completeness, Contact, ContactKind, PersonAgreement, StructuredRequest,
                        Triage, new_reference, max_urgency)
from bot.triage import triage_conversation

SKIPPED = parsing.SKIPPED
CHANNELS = {"web": Channel.web, "telegram": Channel.telegram, "terminal": Channel.terminal}


def _time(event: dict) -> datetime:
    stamp = event.get("timestamp")
    return datetime.fromtimestamp(stamp, tz=timezone.utc) if stamp else datetime.now(timezone.utc)


def transcript(tracker) -> list[dict]:
    entries = []
    for event in tracker.events:
        if event.get("event") == "user" and event.get("text") and not event["text"].startswith("/"):
            entries.append({"author": "personne", "text": event["text"], "time": _time(event)})
        elif event.get("event") == "bot" and event.get("text"):
            entries.append({"author": "assistant", "text": event["text"], "time": _time(event)})
    return entries


def contact_of(value: Optional[str]) -> Contact:
    if not value or value == "aucun":
        return Contact(kind=ContactKind.aucun)
    if value == "ici":
        return Contact(kind=ContactKind.ici)
    kind, _, raw = value.partition(":")
    return Contact(kind=ContactKind.telephone if kind == "tel" else ContactKind.email, value=raw)


def triage_of(tracker) -> dict:
    """The policy's per-turn result (slot), else computed here (pure Python, no spaCy)."""
    stored = tracker.get_slot("triage")
    if isinstance(stored, dict) and stored.get("urgency"):
        return stored
    texts = [e["text"] for e in tracker.events if e.get("event") == "user" and e.get("text")
             and not e["text"].startswith("/")]
    result = triage_conversation(texts)
    return {**result.to_contract(), "danger_kinds": result.danger_kinds, "flags": list(result.flags)}


def _agreement(role: str, value: Optional[str]) -> PersonAgreement:
    if role == "personne":
        return PersonAgreement.sans_objet
    try:
        return PersonAgreement(value or "inconnu")
    except ValueError:
        return PersonAgreement.inconnu


def build_request(tracker, *, completeness: str, consents: list[dict],
                  keep_earlier_consents: bool = False) -> StructuredRequest:
    triage = triage_of(tracker)
    role = tracker.get_slot("role") or triage.get("requester") or "inconnu"
    if role not in ("personne", "aidant", "professionnel"):
        role = triage.get("requester", "inconnu") if triage.get("requester") else "inconnu"
    age = tracker.get_slot("age")
    if age in (None, "inconnu"):
        age = triage.get("age_stage") or "inconnu"
    departement = parsing.departement_code(tracker.get_slot("departement"))
    if departement is None and tracker.get_slot("departement") != "aucun":
        departement = triage.get("departement")
    domains = tracker.get_slot("domaines")
    if domains is None:
        domains = triage.get("domains") or []
    pour_qui = tracker.get_slot("pour_qui") or ""
    flags = [f for f in triage.get("flags") or [] if f]
    metadata_channel = parsing.channel_of(tracker)
    urgency = max_urgency(triage.get("urgency"), "vitale" if tracker.get_slot("urgence_vitale") else None)
    if keep_earlier_consents and tracker.get_slot("consentement_envoi"):
        consents = consents + [parsing.consent("partage_partenaires",
                                               bool(tracker.get_slot("consentement_partenaires")),
                                               "Partage avec les partenaires (accord donné plus tôt).", tracker)]
    reference = parsing.reference_of(tracker) or new_reference()
    return StructuredRequest(
        reference=reference,
        channel=CHANNELS.get(metadata_channel, Channel.web),
        conversation_id=tracker.sender_id,
        requester=role,
        for_whom="" if pour_qui == SKIPPED else pour_qui[:200],
        person_agrees=_agreement(role, tracker.get_slot("accord_personne")),
        age_stage=age,
        departement=departement,
        domains=domains,
        own_words="" if tracker.get_slot("souhaits") in (None, SKIPPED) else tracker.get_slot("souhaits"),
        situation="" if tracker.get_slot("situation") in (None, SKIPPED) else tracker.get_slot("situation"),
        flags=[f for f in flags if f in {"sans_solution", "liste_attente", "creton", "sortie_hopital",
                                          "transition_16_21", "aidant_epuise", "connu_mdph", "exclusion",
                                          "fin_accompagnement", "expulsion", "droits_coupes"}],
        triage=Triage(urgency=urgency, complexity=int(triage.get("complexity") or 1),
                      signals=list(triage.get("signals") or [])[:50],
                      danger_kinds=list(triage.get("danger_kinds") or [])),
        contact=contact_of(tracker.get_slot("contact")),
        consents=consents,
        language=triage.get("language") or "fr",
        completeness=Completeness(completeness),
        transcript=transcript(tracker),
    )
