"""The structured request, schema v1: the one contract between actions and the handoff service.

pydantic v1 (Rasa 3.6 pins it). Every closed value is an Enum whose values are the wire codes.
JSON examples live in docs/SCHEMA.md (checked by tests/test_schema.py).
"""
from __future__ import annotations

import secrets
from datetime import datetime, timezone
from enum import Enum
from typing import List, Optional

from pydantic import BaseModel, Field, validator

SCHEMA_VERSION = 1

# Reference alphabet: no O/0, no I/1 (easy to say on the phone).
REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
REFERENCE_PATTERN = r"^[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}$"


def new_reference() -> str:
    """A short reference like 'K7P-4XM': 6 symbols, ~30 bits, readable aloud."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))
    return f"{chars[:3]}-{chars[3:]}"


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Channel(str, Enum):
    web = "web"
    telegram = "telegram"
    terminal = "terminal"


class Urgency(str, Enum):
    vitale = "vitale"
    haute = "haute"
    normale = "normale"


URGENCY_RANK = {Urgency.vitale: 0, Urgency.haute: 1, Urgency.normale: 2}


def max_urgency(*values: Optional[str]) -> Urgency:
    """The most urgent of the given values (None ignored); automatic urgency never goes down."""
    present = [Urgency(v) for v in values if v]
    return min(present, key=URGENCY_RANK.__getitem__) if present else Urgency.normale


class Requester(str, Enum):
    personne = "personne"
    aidant = "aidant"
    professionnel = "professionnel"
    inconnu = "inconnu"


class AgeStage(str, Enum):
    moins_16 = "moins_16"
    de_16_a_21 = "16_21"
    plus_21 = "plus_21"
    inconnu = "inconnu"


class Domain(str, Enum):
    scolarite = "scolarite"
    emploi = "emploi"
    logement = "logement"
    sante = "sante"
    repit = "repit"
    loisirs = "loisirs"
    transport = "transport"
    droits = "droits"
    vie_sociale = "vie_sociale"
    accompagnement = "accompagnement"


class SituationFlag(str, Enum):
    sans_solution = "sans_solution"
    liste_attente = "liste_attente"
    creton = "creton"
    sortie_hopital = "sortie_hopital"
    transition_16_21 = "transition_16_21"
    aidant_epuise = "aidant_epuise"
    connu_mdph = "connu_mdph"
    exclusion = "exclusion"
    fin_accompagnement = "fin_accompagnement"
    expulsion = "expulsion"
    droits_coupes = "droits_coupes"


class PersonAgreement(str, Enum):
    """When someone writes for another person: does that person know and agree?"""
    oui = "oui"
    non = "non"
    ne_peut_pas = "ne_peut_pas"  # cannot give an opinion (age, health)
    inconnu = "inconnu"
    sans_objet = "sans_objet"  # the person writes for themself


class ContactKind(str, Enum):
    telephone = "telephone"
    email = "email"
    ici = "ici"  # answer in this chat (Telegram)
    aucun = "aucun"


class Completeness(str, Enum):
    complete = "complete"  # read back, corrected, consented
    incomplete = "incomplete"  # callback asked before the end
    danger = "danger"  # sent without consent, vital interest (docs/PRIVACY.md)


class Author(str, Enum):
    personne = "personne"  # whoever writes in (person, carer or professional)
    assistant = "assistant"
    conseiller = "conseiller"


class Complexity(int, Enum):
    niveau_1 = 1
    niveau_2 = 2
    niveau_3 = 3


class TranscriptEntry(BaseModel):
    author: Author
    text: str
    time: datetime


class Consent(BaseModel):
    """One consent: what was shown, the answer, when, and who consented for whom."""
    kind: str = Field(..., regex=r"^(envoi|partage_partenaires|interet_vital)$")
    given: bool
    text_shown: str = Field(..., max_length=2000)
    time: datetime
    given_by: Requester
    for_whom: str = Field("", max_length=200)


class Contact(BaseModel):
    kind: ContactKind = ContactKind.aucun
    value: str = Field("", max_length=200)  # phone or e-mail; empty for aucun/ici
    preference: str = Field("", max_length=200)  # e.g. "le matin"


class Triage(BaseModel):
    urgency: Urgency = Urgency.normale
    complexity: Complexity = Complexity.niveau_1
    signals: List[str] = Field(default_factory=list)
    danger_kinds: List[str] = Field(default_factory=list)


class StructuredRequest(BaseModel):
    """Schema v1 of a request handed to a path adviser."""

    reference: str = Field(..., regex=REFERENCE_PATTERN)
    version: int = Field(SCHEMA_VERSION, ge=1, le=1)
    channel: Channel
    conversation_id: str = Field(..., min_length=3, max_length=100)
    requester: Requester = Requester.inconnu
    for_whom: str = Field("", max_length=200)  # "mon fils", in the writer's words
    person_agrees: PersonAgreement = PersonAgreement.inconnu
    age_stage: AgeStage = AgeStage.inconnu
    departement: Optional[str] = Field(None, regex=r"^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")
    domains: List[Domain] = Field(default_factory=list)
    own_words: str = Field("", max_length=20000)  # the wishes, verbatim
    situation: str = Field("", max_length=20000)  # the situation now, verbatim
    flags: List[SituationFlag] = Field(default_factory=list)
    triage: Triage = Field(default_factory=Triage)
    contact: Contact = Field(default_factory=Contact)
    consents: List[Consent] = Field(default_factory=list)
    language: str = Field("fr", regex=r"^[a-z]{2}$")
    completeness: Completeness = Completeness.complete
    transcript: List[TranscriptEntry] = Field(default_factory=list)
    created_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime = Field(default_factory=utcnow)

    @validator("domains", "flags")
    def _unique(cls, values):  # noqa: N805 - pydantic validator
        seen = []
        for value in values:
            if value not in seen:
                seen.append(value)
        return seen

    class Config:
        use_enum_values = False
        anystr_strip_whitespace = True


def queue_sort_key(urgency: str, corrected_urgency: Optional[str], complexity: int,
                   corrected_complexity: Optional[int], waiting_since: datetime) -> tuple:
    """THE queue order, everywhere: urgency (adviser's correction wins), complexity 3 first, oldest first."""
    effective = Urgency(corrected_urgency or urgency)
    level = corrected_complexity or complexity
    return (URGENCY_RANK[effective], -int(level), waiting_since)
