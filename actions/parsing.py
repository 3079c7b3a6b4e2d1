"""Pure helpers of the actions: parse typed answers, build the read-back, consents. Tested by tests/actions."""
from __future__ import annotations

import os
import re
import unicodedata
from datetime import datetime, timezone
from typing import Any, Optional

import httpx

from bot.texts import AGE_LABELS, DOMAIN_LABELS, ROLE_LABELS
from bot import texts

DOMAIN_ORDER = list(DOMAIN_LABELS)
SKIPPED = "__passe__"


def _flat(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'").strip()


def clip(text: str, size: int) -> str:
    text = text.strip()
    return text if len(text) <= size else text[: size - 1] + "…"


def parse_role(value: str, intent: str = "") -> Optional[str]:
    by_intent = {"role_personne": "personne", "role_aidant": "aidant", "role_professionnel": "professionnel"}
    if intent in by_intent:
        return by_intent[intent]
    flat = _flat(value)
    if flat.startswith("/"):
        return by_intent.get(flat[1:].split("{")[0])
    if re.fullmatch(r"\s*1\s*\.?\s*", flat) or re.search(r"\b(pour moi|moi[- ]meme|c'?est moi|moi)\b", flat):
        return "personne"
    if re.fullmatch(r"\s*2\s*\.?\s*", flat) or re.search(
            r"\b(proche|mon fils|ma fille|ma mere|mon pere|mon mari|ma femme|mon enfant|aidant|aidante|parent|"
            r"maman|papa|frere|soeur|tuteur|tutrice|conjoint|compagne|compagnon|petit[- ]fils|grand[- ]mere)\b", flat):
        return "aidant"
    if re.fullmatch(r"\s*3\s*\.?\s*", flat) or re.search(
            r"\b(professionnel|professionnelle|pro|educat|assistante? sociale?|infirmi|travaille|service|"
            r"etablissement|enseignant|medecin)", flat):
        return "professionnel"
    return None


def parse_agreement(value: str, intent: str = "") -> str:
    flat = _flat(value)
    if "ne peut pas" in flat or "peut pas donner" in flat or re.fullmatch(r"3\.?", flat):
        return "ne_peut_pas"
    if intent == "nier" or re.match(r"^(non|nan|pas d'accord)\b", flat) or re.fullmatch(r"2\.?", flat):
        return "non"
    if intent == "affirmer" or re.match(r"^(oui|ouais|d'accord|ok|elle est d'accord|il est d'accord)\b", flat) \
            or re.fullmatch(r"1\.?", flat):
        return "oui"
    return "inconnu"


def parse_age(value: str) -> Optional[str]:
    flat = _flat(value)
    if "moins de 16" in flat or re.fullmatch(r"1\.?", flat):
        return "moins_16"
    if re.search(r"16 a 20|16 et 20|16-20", flat) or re.fullmatch(r"2\.?", flat):
        return "16_21"
    if re.search(r"21 ans ou plus|plus de 21|adulte", flat) or re.fullmatch(r"3\.?", flat):
        return "plus_21"
    if re.search(r"\b(bebe|enfant|petit|ecole|college|maternelle|primaire)\b", flat):
        return "moins_16"
    match = re.search(r"\b(\d{1,3})\s*(ans?|an)?\b", flat)
    if match:
        age = int(match.group(1))
        if age > 120:
            return None
        return "moins_16" if age < 16 else "16_21" if age < 21 else "plus_21"
    return None


def parse_location(value: str):
    from bot.geo import parse_location_answer
    return parse_location_answer(value)


def departement_code(value: Optional[str]) -> Optional[str]:
    return value if value and value not in ("inconnu", "aucun") else None


PHONE = re.compile(r"^(?:\+33|0033|0)([1-9]\d{8})$")
EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,180}\.[a-z]{2,24}$", re.IGNORECASE)


def parse_contact(value: str, allow_here: bool = False) -> Optional[str]:
    """Returns 'tel:0612345678', 'email:x@y.fr', 'ici', or None."""
    raw = value.strip()
    flat = _flat(raw)
    if allow_here and flat in ("ici", "me repondre ici", "ici sur telegram", "sur telegram"):
        return "ici"
    email = re.search(r"[^@\s]+@[^@\s]+\.[a-zA-Z]{2,24}", raw)
    if email and EMAIL.match(email.group(0)):
        return f"email:{email.group(0).lower()}"
    digits = re.sub(r"[\s.\-()]", "", raw)
    found = re.search(r"(\+33|0033|0)[1-9]\d{8}", digits)
    if found and PHONE.match(found.group(0)):
        return f"tel:0{PHONE.match(found.group(0)).group(1)}"
    return None


def numbered_domains() -> str:
    return "\n".join(f"{i}. {label[0].upper()}{label[1:]}" for i, label in enumerate(DOMAIN_LABELS.values(), 1))


def parse_domains(value: str) -> list[str]:
    flat = _flat(value)
    numbers = [int(n) for n in re.findall(r"\b(\d{1,2})\b", flat)]
    chosen = [DOMAIN_ORDER[n - 1] for n in numbers if 1 <= n <= len(DOMAIN_ORDER)]
    if chosen:
        return list(dict.fromkeys(chosen))
    from bot.triage import triage_message
    return triage_message(value).domains


def channel_of(tracker) -> str:
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            channel = (event.get("metadata") or {}).get("channel")
            if channel:
                return channel
    return "web"


def reference_of(tracker) -> Optional[str]:
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            reference = (event.get("metadata") or {}).get("reference")
            if reference:
                return reference
    return tracker.get_slot("reference")


def consent(kind: str, given: bool, text_shown: str, tracker) -> dict:
    role = tracker.get_slot("role") or "inconnu"
    for_whom = tracker.get_slot("pour_qui") or ""
    return {
        "kind": kind, "given": given, "text_shown": text_shown[:2000],
        "time": datetime.now(timezone.utc).isoformat(),
        "given_by": role if role in ROLE_LABELS else "inconnu",
        "for_whom": "" if for_whom == SKIPPED else for_whom[:200],
    }


def _shown(value: Any) -> str:
    return "non précisé" if value in (None, "", SKIPPED, "inconnu") else str(value)


def contact_label(value: Optional[str]) -> str:
    if not value or value == "aucun":
        return "pas de contact"
    if value == "ici":
        return "réponse dans cette conversation"
    return value.split(":", 1)[1]


def summary(tracker) -> str:
    from bot.geo import departement_name
    role = tracker.get_slot("role") or "inconnu"
    who = ROLE_LABELS.get(role, "non précisé")
    pour_qui = tracker.get_slot("pour_qui")
    if pour_qui and pour_qui != SKIPPED and role != "personne":
        who = f"{who} ({pour_qui})"
    code = departement_code(tracker.get_slot("departement"))
    lieu = f"{departement_name(code)} ({code})" if code else "non précisé"
    domaines = tracker.get_slot("domaines") or []
    lines = [
        texts.get("relire_intro"),
        f"• Pour qui : {who}",
        f"• Vos envies, avec vos mots : « {_shown(tracker.get_slot('souhaits'))} »",
        f"• Votre situation : « {_shown(tracker.get_slot('situation'))} »",
        f"• Les sujets : {', '.join(DOMAIN_LABELS[d] for d in domaines if d in DOMAIN_LABELS) or 'non précisé'}",
        f"• L'âge : {AGE_LABELS.get(tracker.get_slot('age') or 'inconnu', 'non précisé')}",
        f"• Le lieu : {lieu}",
        f"• Le contact : {contact_label(tracker.get_slot('contact'))}",
        texts.get("relire_question"),
    ]
    return "\n".join(lines)


def fetch_status(reference: str) -> Optional[str]:
    """Status word of a request from the handoff service (service token); None if unknown or down."""
    base = os.environ.get("C360_HANDOFF_URL", "http://127.0.0.1:8000").rstrip("/")
    try:
        response = httpx.get(f"{base}/api/service/status/{reference}", timeout=3,
                             headers={"Authorization": f"Bearer {os.environ.get('C360_SERVICE_TOKEN', '')}"})
    except httpx.HTTPError:
        return None
    return response.json().get("status") if response.status_code == 200 else None


def typed_reference(text: str) -> Optional[str]:
    """A request reference typed by the person ("K7P-4XM", "k7p 4xm", "K7P4XM" when it has a digit)."""
    for first, sep, second in re.findall(r"\b([A-HJ-NP-Z2-9]{3})([- ]?)([A-HJ-NP-Z2-9]{3})\b", text.upper()):
        candidate = first + second
        if sep == "-" or any(c.isdigit() for c in candidate):
            return f"{first}-{second}"
    return None
