"""THE one table of national emergency and help numbers, and of danger kinds.

Data only (no logic beyond ``numbers_for``): the Rasa domain responses ``utter_urgence_<kind>`` are generated
from ``DANGER_KINDS``. Only numbers listed in ``shared/domain/C360.md`` may appear here.

Every ``message`` is plain French (FALC): "vous", short sentences (15 words at most), common words, numbers
as digits, positive form, and each number says what it is for. ``tests/triage/test_emergency.py`` checks the
French Flesch score (≥ 60) and that every number shown is in ``NUMBERS``.
"""
from __future__ import annotations

from typing import Dict, Iterable, List

# number → (what it is for, hours); from shared/domain/C360.md
NUMBERS: Dict[str, Dict[str, str]] = {
    "15": {"nom": "SAMU", "pour": "urgence médicale", "horaires": "gratuit, 24 h sur 24"},
    "17": {"nom": "Police ou gendarmerie", "pour": "danger, agression", "horaires": "gratuit, 24 h sur 24"},
    "18": {"nom": "Pompiers", "pour": "feu, accident, secours", "horaires": "gratuit, 24 h sur 24"},
    "112": {"nom": "Numéro d'urgence européen", "pour": "toute urgence", "horaires": "gratuit, 24 h sur 24"},
    "114": {"nom": "Urgences pour personnes sourdes, malentendantes ou aphasiques",
            "pour": "SMS, application ou visio en langue des signes ; utilisable en silence",
            "horaires": "gratuit, 24 h sur 24"},
    "3114": {"nom": "Prévention du suicide", "pour": "la personne ou un proche inquiet",
             "horaires": "gratuit, 24 h sur 24"},
    "119": {"nom": "Enfance en danger", "pour": "enfant ou jeune de moins de 21 ans en danger",
            "horaires": "gratuit, 24 h sur 24"},
    "3919": {"nom": "Violences femmes info", "pour": "violences faites aux femmes (pas un numéro d'urgence)",
             "horaires": "gratuit, 24 h sur 24"},
    "115": {"nom": "Hébergement d'urgence", "pour": "pas d'endroit pour dormir", "horaires": "gratuit, 24 h sur 24"},
    "3977": {"nom": "Maltraitance des personnes âgées et des adultes handicapés",
             "pour": "maltraitance à domicile ou en établissement ; aidants en difficulté (pas un numéro d'urgence)",
             "horaires": "gratuit, 7 jours sur 7, en journée"},
    "0 800 360 360": {"nom": "Communauté 360", "pour": "toute question sur le handicap",
                      "horaires": "gratuit ; horaires selon le département"},
}

C360_NUMBER = "0 800 360 360"

SMS_114 = "Si vous êtes sourd ou malentendant, envoyez un SMS au 114."

# kind → numbers (in order of display) and the French message the person reads.
DANGER_KINDS: Dict[str, Dict[str, object]] = {
    "suicide": {
        "label": "idées de suicide ou projet de suicide",
        "numbers": ["3114", "15", "112", "114"],
        "message": (
            "Vous pouvez parler à quelqu'un maintenant. "
            "Appelez le 3114. "
            "Le 3114 écoute les personnes qui pensent au suicide, et leurs proches. "
            "C'est gratuit, jour et nuit. "
            "Si vous êtes en danger maintenant, appelez le 15 ou le 112. "
            + SMS_114
        ),
    },
    "medical": {
        "label": "urgence médicale",
        "numbers": ["15", "112", "114"],
        "message": (
            "C'est une urgence pour votre santé. "
            "Appelez le 15 maintenant. "
            "Le 15, c'est le SAMU : des médecins vous répondent. "
            "Vous pouvez aussi appeler le 112. "
            + SMS_114
        ),
    },
    "autrui": {
        "label": "une autre personne est en danger",
        "numbers": ["15", "112", "114"],
        "message": (
            "Une personne est en danger. "
            "Appelez le 15 pour elle maintenant. "
            "Le 15, c'est le SAMU : des médecins vous disent quoi faire. "
            "Vous pouvez aussi appeler le 112. "
            "Restez près d'elle si vous pouvez. "
            + SMS_114
        ),
    },
    "violence": {
        "label": "violence, menace ou agression",
        "numbers": ["17", "112", "114"],
        "message": (
            "Vous êtes en danger. "
            "Appelez le 17 : c'est la police. "
            "Vous pouvez aussi appeler le 112. "
            "Si vous ne pouvez pas parler, envoyez un SMS au 114. "
            "Le 114 sert aussi aux personnes sourdes ou malentendantes."
        ),
    },
    "violence_femme": {
        "label": "violences dans le couple",
        "numbers": ["17", "114", "3919"],
        "message": (
            "Vous êtes en danger maintenant ? Appelez le 17 : c'est la police. "
            "Si vous ne pouvez pas parler, envoyez un SMS au 114. "
            "Pour parler des violences faites aux femmes, appelez le 3919. "
            "Le 3919 est gratuit, jour et nuit. "
            "Le 3919 écoute et conseille, il ne remplace pas le 17."
        ),
    },
    "enfant": {
        "label": "enfant ou jeune en danger",
        "numbers": ["119", "17", "112", "114"],
        "message": (
            "Un enfant ou un jeune est en danger. "
            "Appelez le 119. "
            "Le 119 aide les enfants et les jeunes de moins de 21 ans. "
            "C'est gratuit, jour et nuit. "
            "Si le danger est là maintenant, appelez le 17 ou le 112. "
            + SMS_114
        ),
    },
    "maltraitance": {
        "label": "maltraitance d'un adulte handicapé ou âgé",
        "numbers": ["17", "112", "3977", "114"],
        "message": (
            "Si le danger est là maintenant, appelez le 17 ou le 112. "
            "Le 17, c'est la police. "
            "Pour parler de maltraitance, appelez le 3977. "
            "Le 3977 aide les adultes handicapés ou âgés, et leurs proches. "
            "Il répond 7 jours sur 7, dans la journée. "
            + SMS_114
        ),
    },
    "abri": {
        "label": "pas d'endroit pour dormir ce soir",
        "numbers": ["115"],
        "message": (
            "Vous cherchez un endroit pour dormir ce soir ? "
            "Appelez le 115. "
            "Le 115 cherche une place pour dormir. "
            "C'est gratuit, jour et nuit."
        ),
    },
    "disparition": {
        "label": "personne fragile disparue",
        "numbers": ["17", "112", "114"],
        "message": (
            "Une personne fragile a disparu. "
            "Appelez le 17 maintenant : c'est la police. "
            "Vous pouvez aussi appeler le 112. "
            "Dites son nom, son âge et ses vêtements. "
            + SMS_114
        ),
    },
    "incendie": {
        "label": "feu ou gaz",
        "numbers": ["18", "112", "114"],
        "message": (
            "Il y a un feu ou une odeur de gaz ? Sortez vite. "
            "Appelez le 18 : ce sont les pompiers. "
            "Vous pouvez aussi appeler le 112. "
            + SMS_114
        ),
    },
    "abandon": {
        "label": "aidant à bout, personne aidée bientôt seule",
        "numbers": ["15", "112", "3977"],
        "message": (
            "Vous êtes à bout et la personne que vous aidez risque de rester seule. "
            "Appelez le 15 ou le 112 maintenant. "
            "Ils trouvent une aide pour elle tout de suite. "
            "Le 3977 aide aussi les aidants en difficulté, dans la journée."
        ),
    },
    "danger": {
        "label": "danger probable, sans détail (vu par le modèle)",
        "numbers": ["15", "112", "3114", "114"],
        "message": (
            "Vous êtes peut-être en danger, ou une autre personne. "
            "Si le danger est là maintenant, appelez le 15 ou le 112. "
            "Le 15, c'est le SAMU : des médecins vous répondent. "
            "Si vous pensez au suicide, appelez le 3114. "
            "Le 3114 est gratuit, jour et nuit. "
            + SMS_114
        ),
    },
}

EMERGENCY_KINDS: List[str] = list(DANGER_KINDS)

# A short sentence added after any emergency message: the request goes to an adviser anyway.
FOLLOW_UP = (
    "Je transmets aussi votre message à un conseiller de la Communauté 360. "
    "Je reste avec vous. Vous pouvez continuer à m'écrire."
)


def numbers_for(kinds: Iterable[str]) -> List[str]:
    """Union of the numbers of ``kinds``, in order of first appearance (unknown kinds ignored)."""
    out: List[str] = []
    for kind in kinds:
        for number in DANGER_KINDS.get(kind, {}).get("numbers", []):  # type: ignore[union-attr]
            if number not in out:
                out.append(number)
    return out


def message_for(kind: str) -> str:
    return str(DANGER_KINDS[kind]["message"])
