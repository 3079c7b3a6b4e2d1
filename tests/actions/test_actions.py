"""Actions with rasa_sdk's Tracker and CollectingDispatcher (as in RasaHQ/rasa-demo): what the person
reads and what is sent."""
from __future__ import annotations

import asyncio
import json

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import actions as A
from actions import outbox as outbox_module
from actions.outbox import Outbox
from tests.actions.test_outbox import Receiver
from tests.conftest import REPO

DOMAIN = yaml.safe_load((REPO / "domain.yml").read_text(encoding="utf-8"))


def user(text, intent="donner_info", **metadata):
    return {"event": "user", "text": text, "timestamp": 1700000000.0,
            "parse_data": {"intent": {"name": intent, "confidence": 1.0}, "entities": []},
            "metadata": {"reference": "K7P-4XM", "channel": "web", **metadata}}


def tracker(slots=None, events=None, intent="donner_info", text="x", active_loop="demande_form"):
    events = events or [user(text, intent)]
    return Tracker.from_dict({
        "sender_id": "web:test-conv", "slots": slots or {}, "events": events,
        "latest_message": {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": []},
        "active_loop": {"name": active_loop} if active_loop else {}, "latest_action_name": "action_listen",
    })


def run(coro):
    return asyncio.get_event_loop().run_until_complete(coro) if False else asyncio.run(coro)


def texts_of(dispatcher):
    return [m.get("text") or "" for m in dispatcher.messages]


def test_wishes_are_kept_verbatim():
    form = A.ValidateDemandeForm()
    words = "  J'aimerais vivre dans MON appart, avec mon chat 🐱  "
    out = form.validate_souhaits(words, CollectingDispatcher(), tracker(text=words), DOMAIN)
    assert out == {"souhaits": words.strip()}


def test_every_question_can_be_skipped():
    form, d = A.ValidateDemandeForm(), CollectingDispatcher()
    t = tracker(intent="passer", text="je préfère ne pas dire")
    assert form.validate_role("je préfère ne pas dire", d, t, DOMAIN)["role"] == "inconnu"
    assert form.validate_souhaits("je ne sais pas", d, t, DOMAIN)["souhaits"] == A.SKIPPED
    assert form.validate_age("/passer", d, t, DOMAIN)["age"] == "inconnu"
    assert form.validate_departement("/passer", d, t, DOMAIN)["departement"] == "inconnu"
    assert form.validate_domaines("/passer", d, t, DOMAIN)["domaines"] == []
    out = form.validate_contact("/passer", d, t, DOMAIN)
    assert out["contact"] == "aucun"
    assert any("0 800 360 360" in m for m in texts_of(d)), "without contact, the person gets the number"


def test_wrong_postal_code_is_refused_with_a_clear_answer():
    form, d = A.ValidateDemandeForm(), CollectingDispatcher()
    out = form.validate_departement("99999", d, tracker(text="99999"), DOMAIN)
    assert out["departement"] is None
    assert "code postal" in texts_of(d)[0]


def test_departement_gives_the_advisers_hours():
    form, d = A.ValidateDemandeForm(), CollectingDispatcher()
    out = form.validate_departement("Laval", d, tracker(text="Laval"), DOMAIN)
    assert out["departement"] == "53"
    assert "du lundi au vendredi" in texts_of(d)[0]


def test_two_misunderstandings_offer_the_callback():
    form, d = A.ValidateDemandeForm(), CollectingDispatcher()
    first = form.validate_age("bof", d, tracker(text="bof"), DOMAIN)
    assert first["incompris"] == 1.0 and not d.messages[0].get("buttons")
    d2 = CollectingDispatcher()
    second = form.validate_age("bof", d2, tracker(slots={"incompris": 1.0}, text="bof"), DOMAIN)
    assert second["age"] is None
    assert any(b["payload"] == "/demander_humain" for b in d2.messages[0]["buttons"])


def test_carer_is_asked_for_whom_and_agreement_person_is_not():
    form = A.ValidateDemandeForm()
    slots = list(DOMAIN["forms"]["demande_form"]["required_slots"])
    for_person = run(form.required_slots(slots, CollectingDispatcher(), tracker(slots={"role": "personne"}), DOMAIN))
    for_carer = run(form.required_slots(slots, CollectingDispatcher(), tracker(slots={"role": "aidant"}), DOMAIN))
    assert "pour_qui" not in for_person and "accord_personne" not in for_person
    assert for_carer[:3] == ["role", "pour_qui", "accord_personne"]


def test_read_back_shows_each_part_and_offers_corrections():
    d = CollectingDispatcher()
    slots = {"role": "aidant", "pour_qui": "ma fille", "souhaits": "Elle voudrait faire du théâtre",
             "situation": "Rien pour l'instant", "domaines": ["loisirs"], "age": "moins_16",
             "departement": "53", "contact": "tel:0612345678"}
    run(A.ActionRelire().run(d, tracker(slots=slots, active_loop=None), DOMAIN))
    text = d.messages[0]["text"]
    assert "« Elle voudrait faire du théâtre »" in text
    assert "un proche (ma fille)" in text and "Mayenne (53)" in text and "0612345678" in text
    payloads = [b["payload"] for b in d.messages[0]["buttons"]]
    assert payloads[0] == "/affirmer"
    assert '/corriger{"correction":"souhaits"}' in payloads


def test_correction_empties_only_that_part():
    events = run(A.ActionCorriger().run(CollectingDispatcher(), tracker(slots={"correction": "age", "age": "16_21"}),
                                        DOMAIN))
    assert {"event": "slot", "name": "age", "value": None, "timestamp": None} in events


@pytest.fixture()
def receiver(monkeypatch, tmp_path):
    r = Receiver()
    monkeypatch.setattr(outbox_module, "_default", Outbox(tmp_path / "outbox.db", handoff_url=r.url,
                                                           service_token="tok"))
    yield r
    r.close()


FULL = {"role": "personne", "souhaits": "Je voudrais travailler", "situation": "Je suis au chômage",
        "domaines": ["emploi"], "age": "plus_21", "departement": "53", "contact": "tel:0612345678",
        "consentement_envoi": True, "consentement_partenaires": False}


def test_sending_with_consent_delivers_the_structured_request(receiver):
    d = CollectingDispatcher()
    events = run(A.ActionEnvoyerDemande().run(d, tracker(slots=FULL, active_loop=None,
                                                         events=[user("Je voudrais travailler")]), DOMAIN))
    assert len(receiver.bodies) == 1
    sent = receiver.bodies[0]
    assert sent["reference"] == "K7P-4XM" and sent["own_words"] == "Je voudrais travailler"
    assert sent["completeness"] == "complete" and sent["departement"] == "53"
    consents = {c["kind"]: c for c in sent["consents"]}
    assert consents["envoi"]["given"] is True and "Acceptez-vous" in consents["envoi"]["text_shown"]
    assert consents["partage_partenaires"]["given"] is False
    assert "K7P-4XM" in texts_of(d)[0] and "envoyée" in texts_of(d)[0]
    assert {"event": "slot", "name": "envoye", "value": True, "timestamp": None} in events


def test_no_consent_nothing_is_sent(receiver):
    d = CollectingDispatcher()
    run(A.ActionEnvoyerDemande().run(d, tracker(slots={**FULL, "consentement_envoi": False}, active_loop=None),
                                     DOMAIN))
    assert receiver.bodies == []
    assert "Rien n'est envoyé" in texts_of(d)[0] and "30 jours" in texts_of(d)[0]


def test_delivery_delayed_is_said_honestly(monkeypatch, tmp_path):
    from tests.conftest import free_port
    monkeypatch.setattr(outbox_module, "_default", Outbox(tmp_path / "o.db",
                                                           handoff_url=f"http://127.0.0.1:{free_port()}"))
    d = CollectingDispatcher()
    run(A.ActionEnvoyerDemande().run(d, tracker(slots=FULL, active_loop=None), DOMAIN))
    assert "retard" in texts_of(d)[0] and "K7P-4XM" in texts_of(d)[0]
    assert outbox_module._default.pending_count() == 1


def test_callback_sends_at_once_marked_incomplete(receiver):
    d = CollectingDispatcher()
    run(A.ActionRappel().run(d, tracker(slots={"role": "aidant"}, active_loop=None,
                                        events=[user("mon père ne peut plus rester seul")]), DOMAIN))
    assert receiver.bodies[0]["completeness"] == "incomplete"
    assert receiver.bodies[0]["consents"][0]["kind"] == "envoi"
    assert "K7P-4XM" in texts_of(d)[0]
    assert "contact" in texts_of(d)[1]


def test_a_reactivated_form_keeps_earlier_answers_silently():
    """Rasa re-validates filled slots when the form comes back (after a danger, a callback offer...)."""
    form, d = A.ValidateDemandeForm(), CollectingDispatcher()
    slots = {"role": "inconnu", "age": "16_21", "contact": "aucun", "departement": "53", "domaines": ["emploi"]}
    t = tracker(slots=slots, intent="continuer", text="/continuer")
    assert form.validate_role("inconnu", d, t, DOMAIN) == {"role": "inconnu"}
    assert form.validate_age("16_21", d, t, DOMAIN) == {"age": "16_21"}
    assert form.validate_contact("aucun", d, t, DOMAIN) == {"contact": "aucun"}
    assert form.validate_departement("53", d, t, DOMAIN) == {"departement": "53"}
    assert form.validate_domaines(["emploi"], d, t, DOMAIN) == {"domaines": ["emploi"]}
    assert form.validate_accord_personne(None, d, t, DOMAIN) == {"accord_personne": None}
    assert d.messages == [], "nothing is said again"


def test_a_reactivated_form_does_not_infer_the_domains_again_from_later_turns():
    """After a danger message and '/continuer', the situation is kept and the domains found from it are not
    computed again over a conversation that now holds the danger text (the question asked stays the same)."""
    form, d = A.ValidateDemandeForm(), CollectingDispatcher()
    situation = "Elle reste à la maison"
    slots = {"situation": situation, "domaines_detectes": ["emploi"], "souhaits": "Elle voudrait travailler"}
    events = [user("Elle voudrait travailler"), user(situation),
              user("j'ai une boîte de médicaments, je vais tout avaler ce soir"), user("/continuer", "continuer")]
    t = tracker(slots=slots, events=events, intent="continuer", text="/continuer")
    assert form.validate_situation(situation, d, t, DOMAIN) == {"situation": situation}
    assert form.validate_souhaits("Elle voudrait travailler", d, t, DOMAIN) == {"souhaits": "Elle voudrait travailler"}
    # Given now, the same answer is validated (and the domains inferred).
    now = tracker(slots=slots, events=events[:2], text=situation)
    assert "domaines_detectes" in form.validate_situation(situation, d, now, DOMAIN)


def test_start_again_forgets_every_answer():
    events = run(A.ActionRecommencer().run(CollectingDispatcher(), tracker(slots=FULL), DOMAIN))
    assert {"event": "reset_slots", "timestamp": None} in events


@pytest.mark.parametrize("channel,offers_here", [("telegram", True), ("web", False)])
def test_contact_question_offers_here_only_on_telegram(channel, offers_here):
    d = CollectingDispatcher()
    run(A.ActionAskContact().run(d, tracker(events=[user("Bonjour", channel=channel)]), DOMAIN))
    payloads = [b["payload"] for b in d.messages[0]["buttons"]]
    assert ("ici" in payloads) is offers_here
    assert "/passer" in payloads and "téléphone" in d.messages[0]["text"]
    if offers_here:
        ok = A.validate_contact_value("ici", CollectingDispatcher(), tracker(events=[user("ici", channel=channel)]))
        assert ok["contact"] == "ici"
