"""The safety question (handoff/gateway.py): no danger found, but the triage model is not sure
(bot.triage.TriageResult.asks_safety_question, model.T_DOUBT) -> the reply ends with "Êtes-vous en danger
maintenant ?"; "oui" puts the request first in the queue with the general numbers, "non" lets the dialogue go on.
Real app, fake Rasa (the answer is handled by the public service, never relayed)."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bot import texts
from bot.triage import danger_check
from handoff import db
from handoff.gateway import SAFETY_NO, SAFETY_YES
from handoff.models import Request

pytestmark = pytest.mark.usefixtures("channel_settings")

# the model reads these as a possible danger, below its vitale threshold; the rules find none
DOUBTFUL = "je n'ai plus envie de rien faire, je reste au lit toute la journée"
ORDINARY = "Bonjour, je cherche une place en IME pour mon fils"


def new_conversation(client) -> dict:
    return client.post("/widget/conversations").json()


def say(client, conv, text, **extra):
    response = client.post("/widget/messages", json={"conversation_id": conv["conversation_id"],
                                                     "token": conv["token"], "text": text, **extra})
    assert response.status_code == 200
    return response.json()


def stored_request(conv):
    with db.session_scope() as session:
        return session.execute(select(Request).where(Request.conversation_id == conv["conversation_id"])
                               ).scalar_one_or_none()


def test_the_sentences_used_here_are_in_the_doubt_band():
    doubtful, ordinary = danger_check(DOUBTFUL), danger_check(ORDINARY)
    assert doubtful.urgency != "vitale" and doubtful.asks_safety_question, doubtful
    assert not ordinary.asks_safety_question and danger_check("je vais me tuer ce soir").asks_safety_question is False


def test_a_doubtful_message_ends_with_the_safety_question_and_yes_puts_the_request_first(client, fake_rasa):
    conv = new_conversation(client)
    body = say(client, conv, DOUBTFUL)
    question = body["messages"][-1]
    assert question["text"] == texts.get("securite_question")
    assert [b["payload"] for b in question["buttons"]] == [SAFETY_YES, SAFETY_NO]
    assert body["urgency"] is None and stored_request(conv) is None  # a question, not an alarm
    calls = len(fake_rasa.calls)
    body = say(client, conv, SAFETY_YES, button_title=texts.get("securite_bouton_oui"))
    assert len(fake_rasa.calls) == calls, "the answer is handled by the public service"
    assert body["urgency"]["urgency"] == "vitale"
    assert {"15", "112", "114"} <= set(body["urgency"]["numbers"])
    assert any("15" in m["text"] for m in body["messages"])
    request = stored_request(conv)
    assert request is not None and request.urgency == "vitale" and request.completeness == "danger"
    assert any("question de sécurité" in s for s in request.signals)


def test_a_typed_yes_counts_too(client, fake_rasa):
    conv = new_conversation(client)
    say(client, conv, DOUBTFUL)
    body = say(client, conv, "oui")
    assert body["urgency"]["urgency"] == "vitale" and stored_request(conv).urgency == "vitale"


def test_no_lets_the_dialogue_go_on_and_the_question_is_asked_once(client, fake_rasa):
    conv = new_conversation(client)
    say(client, conv, DOUBTFUL)
    body = say(client, conv, SAFETY_NO, button_title=texts.get("securite_bouton_non"))
    assert [m["text"] for m in body["messages"]] == [texts.get("securite_non")]
    assert body["urgency"] is None and stored_request(conv) is None
    body = say(client, conv, "je vais partir loin, plus personne ne me retient ici")
    assert all(m["text"] != texts.get("securite_question") for m in body["messages"])


def test_an_ordinary_message_gets_no_question_and_a_plain_oui_is_relayed(client, fake_rasa):
    conv = new_conversation(client)
    body = say(client, conv, ORDINARY)
    assert all(m["text"] != texts.get("securite_question") for m in body["messages"])
    calls = len(fake_rasa.calls)
    say(client, conv, "oui")
    assert len(fake_rasa.calls) == calls + 1 and stored_request(conv) is None


def test_a_danger_is_answered_at_once_without_a_question(client, fake_rasa):
    conv = new_conversation(client)
    body = say(client, conv, "je vais me tuer ce soir")
    assert body["urgency"]["urgency"] == "vitale"
    assert all(m["text"] != texts.get("securite_question") for m in body["messages"])


def test_the_question_is_asked_even_when_rasa_is_down(client, fake_rasa):
    fake_rasa.fail = True
    try:
        conv = new_conversation(client)
        body = say(client, conv, DOUBTFUL)
        assert body["error"] == "rasa_unavailable"
        assert body["messages"][-1]["text"] == texts.get("securite_question")
        body = say(client, conv, SAFETY_YES, button_title=texts.get("securite_bouton_oui"))
        assert body["urgency"]["urgency"] == "vitale" and stored_request(conv).urgency == "vitale"
    finally:
        fake_rasa.fail = False


def test_a_typed_yes_that_tells_the_danger_gets_the_numbers_of_that_danger(client, fake_rasa):
    conv = new_conversation(client)
    say(client, conv, DOUBTFUL)
    body = say(client, conv, "oui, je vais me tuer ce soir")
    assert body["urgency"]["urgency"] == "vitale" and "3114" in body["urgency"]["numbers"]
    assert any("3114" in m["text"] for m in body["messages"])
    assert stored_request(conv).urgency == "vitale"


def test_a_message_starting_with_si_is_not_taken_for_yes(client, fake_rasa):
    conv = new_conversation(client)
    say(client, conv, DOUBTFUL)
    calls = len(fake_rasa.calls)
    body = say(client, conv, "Si vous pouviez m'aider pour le dossier de la MDPH, ce serait bien")
    assert len(fake_rasa.calls) == calls + 1, "an ordinary message goes on to the dialogue"
    assert body["urgency"] is None and stored_request(conv) is None
    conv = new_conversation(client)
    say(client, conv, DOUBTFUL)
    assert say(client, conv, "si")["urgency"]["urgency"] == "vitale"  # "si" alone answers the question
