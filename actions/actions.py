"""Custom actions (rasa_sdk): form validation, read-back, correction, consent, sending, callback.

No TensorFlow, no spaCy here: the triage of the conversation comes from the `triage` slot that the
UrgencyPolicy sets each turn (bot.triage is pure Python; it is used only when that slot is missing).
"""
from __future__ import annotations

import asyncio
import json
import logging
import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, AllSlotsReset, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import parsing
from actions.outbox import default_outbox
from actions.request_builder import build_request
from bot import texts
from bot.texts import BUTTONS, DOMAIN_LABELS
from bot.triage import triage_conversation
from handoff.config import get_settings, hours_for

logger = logging.getLogger(__name__)

SKIPPED = "__passe__"
CORRECTABLE = ["role", "souhaits", "situation", "domaines", "age", "departement", "contact"]


def user_texts(tracker: Tracker) -> List[str]:
    return [e.get("text") for e in tracker.events
            if e.get("event") == "user" and e.get("text") and not e["text"].startswith("/")]


def latest_intent(tracker: Tracker) -> str:
    return (tracker.latest_message.get("intent") or {}).get("name") or ""


def is_skip(value: Any, tracker: Tracker) -> bool:
    return latest_intent(tracker) == "passer" or (isinstance(value, str) and value.strip() == "/passer")


CANONICAL = {
    "role": {"personne", "aidant", "professionnel", "inconnu"},
    "accord_personne": {"oui", "non", "ne_peut_pas", "inconnu"},
    "age": {"moins_16", "16_21", "plus_21", "inconnu"},
}


def already_valid(slot: str, value: Any) -> bool:
    """A value we stored ourselves earlier. Rasa re-validates every filled slot when a form is activated
    again (after a danger message, a callback offer or a correction): keep such values as they are."""
    if slot in CANONICAL:
        return value in CANONICAL[slot]
    if slot == "domaines":
        return isinstance(value, list)
    if slot == "departement":
        return isinstance(value, str) and (value in ("inconnu", "aucun") or bool(re.fullmatch(
            r"0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6]", value)))
    if slot == "contact":
        return isinstance(value, str) and (value in ("aucun", "ici") or value.startswith(("tel:", "email:")))
    return False


def answered_now(value: Any, tracker: Tracker) -> bool:
    """A free-text answer is being given now when it is the latest message. When the form comes back
    (the latest message is '/continuer' or a danger message), the stored answer is kept as it is: its
    validation is not run again on a conversation that now holds other turns."""
    text = tracker.latest_message.get("text") or ""
    return isinstance(value, str) and value.strip() == text.strip()


def keeps_earlier_values(method):
    """Decorator for validate_<slot>: None stays None, a value we stored earlier is kept silently."""
    slot = method.__name__[len("validate_"):]

    def wrapper(self, value, dispatcher, tracker, domain):
        if value is None:
            return {slot: None}
        if tracker.get_slot(slot) == value and (already_valid(slot, value) or not answered_now(value, tracker)):
            return {slot: value}
        return method(self, value, dispatcher, tracker, domain)
    wrapper.__name__ = method.__name__
    return wrapper


def misunderstood(dispatcher: CollectingDispatcher, tracker: Tracker, text_key: str, slot: str) -> Dict[str, Any]:
    """Say it was not understood; after 2 in a row, offer the callback."""
    count = int(tracker.get_slot("incompris") or 0) + 1
    if count >= 2:
        dispatcher.utter_message(text=texts.get("incompris_deux_fois"), buttons=[
            {"title": BUTTONS["conseiller"], "payload": "/demander_humain"},
            {"title": BUTTONS["passer"], "payload": "/passer"},
        ])
    else:
        dispatcher.utter_message(text=texts.get(text_key))
    return {slot: None, "incompris": float(count)}


class ValidateDemandeForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_demande_form"

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> List[Text]:
        role = tracker.get_slot("role")
        if role in (None, "personne", "inconnu"):
            return [s for s in domain_slots if s not in ("pour_qui", "accord_personne")] if role else domain_slots
        return domain_slots

    @keeps_earlier_values
    def validate_role(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if is_skip(value, tracker):
            return {"role": "inconnu", "incompris": 0.0}
        role = parsing.parse_role(str(value), latest_intent(tracker))
        if role is None:
            return misunderstood(dispatcher, tracker, "role_incompris", "role")
        return {"role": role, "incompris": 0.0}

    @keeps_earlier_values
    def validate_pour_qui(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if is_skip(value, tracker):
            return {"pour_qui": SKIPPED}
        return {"pour_qui": parsing.clip(str(value), 200)}

    @keeps_earlier_values
    def validate_accord_personne(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if is_skip(value, tracker):
            return {"accord_personne": "inconnu"}
        return {"accord_personne": parsing.parse_agreement(str(value), latest_intent(tracker))}

    @keeps_earlier_values
    def validate_souhaits(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if is_skip(value, tracker):
            return {"souhaits": SKIPPED}
        return {"souhaits": str(value).strip()}  # verbatim: the person's own words

    @keeps_earlier_values
    def validate_situation(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        detected = triage_conversation(user_texts(tracker)).domains
        if is_skip(value, tracker):
            return {"situation": SKIPPED, "domaines_detectes": detected}
        return {"situation": str(value).strip(), "domaines_detectes": detected}

    @keeps_earlier_values
    def validate_domaines(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        detected = tracker.get_slot("domaines_detectes") or []
        intent = latest_intent(tracker)
        if is_skip(value, tracker):
            return {"domaines": []}
        if detected and (intent == "affirmer" or value == "/affirmer"):
            return {"domaines": detected}
        if intent == "nier" or value == "/nier":
            return {"domaines": None, "domaines_detectes": []}  # asks again with the numbered list
        chosen = parsing.parse_domains(str(value))
        if not chosen:
            return {**misunderstood(dispatcher, tracker, "domaines_incompris", "domaines"), "domaines_detectes": []}
        return {"domaines": chosen, "incompris": 0.0}

    @keeps_earlier_values
    def validate_age(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if is_skip(value, tracker):
            return {"age": "inconnu", "incompris": 0.0}
        stage = parsing.parse_age(str(value))
        if stage is None:
            return misunderstood(dispatcher, tracker, "age_incompris", "age")
        return {"age": stage, "incompris": 0.0}

    @keeps_earlier_values
    def validate_departement(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if is_skip(value, tracker):
            return {"departement": "inconnu", "incompris": 0.0}
        match = parsing.parse_location(str(value))
        if match is None:
            return misunderstood(dispatcher, tracker, "departement_incompris", "departement")
        if match.code is None:
            dispatcher.utter_message(text=texts.get("departement_sans_c360"))
            return {"departement": "aucun", "incompris": 0.0}
        if match.candidates:
            from bot.geo import departement_name
            options = [match.code] + [c for c in match.candidates if c != match.code]
            dispatcher.utter_message(
                text=texts.get("departement_ambigu") + "\n" + "\n".join(
                    f"{i}. {departement_name(code)} ({code})" for i, code in enumerate(options, 1)),
                buttons=[{"title": f"{departement_name(code)} ({code})", "payload": code} for code in options])
            return {"departement": None}
        dispatcher.utter_message(text=texts.get("departement_horaires", horaires=hours_for(match.code)["horaires"]))
        return {"departement": match.code, "incompris": 0.0}

    @keeps_earlier_values
    def validate_contact(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return validate_contact_value(value, dispatcher, tracker)


def validate_contact_value(value: Any, dispatcher: CollectingDispatcher, tracker: Tracker) -> Dict[Text, Any]:
    if is_skip(value, tracker):
        dispatcher.utter_message(text=texts.get("contact_aucun"))
        return {"contact": "aucun", "incompris": 0.0}
    channel = parsing.channel_of(tracker)
    contact = parsing.parse_contact(str(value), allow_here=(channel == "telegram"))
    if contact is None:
        return misunderstood(dispatcher, tracker, "contact_incompris", "contact")
    return {"contact": contact, "incompris": 0.0}


class ValidateRappelForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_rappel_form"

    @keeps_earlier_values
    def validate_contact(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return validate_contact_value(value, dispatcher, tracker)


class ValidateConsentementForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_consentement_form"

    @keeps_earlier_values
    def validate_consentement_envoi(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if value is False:
            return {"consentement_envoi": False, "consentement_partenaires": False}
        return {"consentement_envoi": bool(value)}


class ActionAskDomaines(Action):
    def name(self) -> Text:
        return "action_ask_domaines"

    async def run(self, dispatcher, tracker, domain) -> List[Dict[Text, Any]]:
        detected = tracker.get_slot("domaines_detectes") or []
        if detected:
            labels = ", ".join(DOMAIN_LABELS[d] for d in detected)
            dispatcher.utter_message(text=texts.get("domaines_question", domaines=labels), buttons=[
                {"title": BUTTONS["oui"], "payload": "/affirmer"},
                {"title": BUTTONS["non_choisir"], "payload": "/nier"},
            ])
        else:
            dispatcher.utter_message(text=texts.get("domaines_liste_intro") + "\n" + parsing.numbered_domains())
        return []


class ActionAskContact(Action):
    """The contact question; on Telegram it also offers "ici" (the adviser answers in this chat)."""

    def name(self) -> Text:
        return "action_ask_contact"

    async def run(self, dispatcher, tracker, domain) -> List[Dict[Text, Any]]:
        variant = ((domain.get("responses") or {}).get("utter_ask_contact") or [{}])[0]
        text, buttons = variant.get("text", ""), list(variant.get("buttons") or [])
        if parsing.channel_of(tracker) == "telegram":
            text += "\n" + texts.get("contact_ici")
            buttons.insert(0, {"title": BUTTONS["ici"], "payload": "ici"})
        dispatcher.utter_message(text=text, buttons=buttons)
        return []


class ActionRelire(Action):
    def name(self) -> Text:
        return "action_relire"

    async def run(self, dispatcher, tracker, domain) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(text=parsing.summary(tracker), buttons=[
            {"title": BUTTONS["oui_juste"], "payload": "/affirmer"},
            *[{"title": BUTTONS[f"corriger_{part}"], "payload": f'/corriger{{"correction":"{part}"}}'}
              for part in CORRECTABLE],
        ])
        return [SlotSet("correction", None)]


class ActionCorriger(Action):
    def name(self) -> Text:
        return "action_corriger"

    async def run(self, dispatcher, tracker, domain) -> List[Dict[Text, Any]]:
        part = tracker.get_slot("correction")
        if part not in CORRECTABLE:
            dispatcher.utter_message(text=texts.get("corriger_quoi"))
            return [SlotSet("correction", None)]
        events = [SlotSet(part, None), SlotSet("correction", None)]
        if part == "role":
            events += [SlotSet("pour_qui", None), SlotSet("accord_personne", None)]
        if part == "domaines":
            events.append(SlotSet("domaines_detectes", []))
        return events


def _consent_text(domain: DomainDict, response: str) -> str:
    variants = (domain.get("responses") or {}).get(response) or [{}]
    return variants[0].get("text", response)


async def _send(payload: dict) -> bool:
    return await asyncio.to_thread(default_outbox().send, payload)


class ActionEnvoyerDemande(Action):
    def name(self) -> Text:
        return "action_envoyer_demande"

    async def run(self, dispatcher, tracker, domain) -> List[Dict[Text, Any]]:
        if not tracker.get_slot("consentement_envoi"):
            dispatcher.utter_message(text=texts.get("envoi_refuse", jours=get_settings().unsent_retention_days))
            return [SlotSet("consentement_envoi", None), SlotSet("consentement_partenaires", None)]
        consents = [
            parsing.consent("envoi", True, _consent_text(domain, "utter_ask_consentement_envoi"), tracker),
            parsing.consent("partage_partenaires", bool(tracker.get_slot("consentement_partenaires")),
                            _consent_text(domain, "utter_ask_consentement_partenaires"), tracker),
        ]
        request = build_request(tracker, completeness="complete", consents=consents)
        delivered = await _send(json.loads(request.json()))
        key = "envoi_ok" if delivered else "envoi_retard"
        dispatcher.utter_message(text=texts.get(key, reference=request.reference))
        hours = hours_for(request.departement)
        if request.triage.urgency.value in ("haute", "vitale"):
            dispatcher.utter_message(text=texts.get("envoi_haute"))
        dispatcher.utter_message(text=texts.get("envoi_suite", delai=hours.get("delai_rappel", "dès que possible"))
                                 + "\n" + texts.get("envoi_suite_horaires", horaires=hours.get("horaires", "")))
        if request.contact.kind.value == "aucun":
            dispatcher.utter_message(text=texts.get("envoi_sans_contact"))
        return [SlotSet("envoye", True), SlotSet("reference", request.reference)]


class ActionRappel(Action):
    """'Parler à un conseiller': one tap to agree, then the request is sent at once, marked incomplete."""

    def name(self) -> Text:
        return "action_rappel"

    async def run(self, dispatcher, tracker, domain) -> List[Dict[Text, Any]]:
        consents = [parsing.consent("envoi", True, _consent_text(domain, "utter_proposer_rappel"), tracker)]
        completeness = "complete" if tracker.get_slot("envoye") else "incomplete"
        request = build_request(tracker, completeness=completeness, consents=consents, keep_earlier_consents=True)
        delivered = await _send(json.loads(request.json()))
        key = "rappel_envoye" if delivered else "envoi_retard"
        dispatcher.utter_message(text=texts.get(key, reference=request.reference))
        if not tracker.get_slot("contact"):
            dispatcher.utter_message(text=texts.get("rappel_contact"))
        return [SlotSet("envoye", True), SlotSet("reference", request.reference), SlotSet("rappel_contact_avant", tracker.get_slot("contact"))]


class ActionEnvoyerRappel(Action):
    """After the callback form: send again with the contact (a new version of the same reference)."""

    def name(self) -> Text:
        return "action_envoyer_rappel"

    async def run(self, dispatcher, tracker, domain) -> List[Dict[Text, Any]]:
        contact = tracker.get_slot("contact")
        if contact and contact != tracker.get_slot("rappel_contact_avant"):
            consents = [parsing.consent("envoi", True, _consent_text(domain, "utter_proposer_rappel"), tracker)]
            completeness = "complete" if tracker.get_slot("consentement_envoi") else "incomplete"
            request = build_request(tracker, completeness=completeness, consents=consents, keep_earlier_consents=True)
            await _send(json.loads(request.json()))
        if contact and contact != "aucun":
            departement = parsing.departement_code(tracker.get_slot("departement"))
            dispatcher.utter_message(text=texts.get(
                "rappel_merci", delai=hours_for(departement).get("delai_rappel", "dès que possible")))
        return []


class ActionSuiviDemande(Action):
    """'Où en est ma demande ?': the status word only, never the content."""

    def name(self) -> Text:
        return "action_suivi_demande"

    async def run(self, dispatcher, tracker, domain) -> List[Dict[Text, Any]]:
        reference = parsing.typed_reference(tracker.latest_message.get("text") or "") or tracker.get_slot("reference")
        status = await asyncio.to_thread(parsing.fetch_status, reference) if reference else None
        if not status:
            dispatcher.utter_message(text=texts.get("suivi_inconnu"))
            return []
        word = texts.STATUS_WORDS.get(status, status)
        dispatcher.utter_message(text=texts.get("suivi_statut", reference=reference, statut=word))
        return []


class ActionRecommencer(Action):
    """'Recommencer': every answer is forgotten and the intake starts again (the conversation's messages
    stay, so a danger said earlier is still taken into account)."""

    def name(self) -> Text:
        return "action_recommencer"

    async def run(self, dispatcher, tracker, domain) -> List[Dict[Text, Any]]:
        return [AllSlotsReset(), ActiveLoop(None)]


class ActionIncompris(Action):
    def name(self) -> Text:
        return "action_incompris"

    async def run(self, dispatcher, tracker, domain) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(response="utter_default")
        return []
