"""End to end over the real running stack: a French conversation becomes a consented, structured request
in the advisers' queue; nothing consented is lost when the public service is down."""
from __future__ import annotations

import time

import httpx
import pytest

from tests.e2e.conftest import WebPerson, api, queue

pytestmark = pytest.mark.slow

WISH = "Je voudrais vivre dans mon propre appartement, avec un peu d'aide pour les courses."
SITUATION = "J'habite chez mes parents. J'attends une place en foyer depuis 2 ans."


def walk_to_consent(person: WebPerson) -> str:
    t = WebPerson.text
    welcome = person.say("Bonjour")
    assert "programme" in t(welcome) and "15" in t(welcome) and "114" in t(welcome)
    assert "/role_personne" in WebPerson.payloads(welcome)
    assert "envies" in t(person.say("/role_personne"))
    assert "aujourd'hui" in t(person.say(WISH))
    topics = person.say(SITUATION)
    assert "logement" in t(topics) and "/affirmer" in WebPerson.payloads(topics)
    assert "âge" in t(person.say("/affirmer"))
    assert "département" in t(person.say("34 ans"))
    where = person.say("53000")
    assert "lundi" in t(where) and "téléphone" in t(where)
    readback = person.say("06 12 34 56 78")
    assert f"« {WISH} »" in t(readback)
    assert '/corriger{"correction":"souhaits"}' in WebPerson.payloads(readback)
    assert "Acceptez-vous d'envoyer" in t(person.say("/affirmer"))
    assert "partenaires" in t(person.say("/affirmer"))
    return t(readback)


def reference_in(text: str) -> str:
    import re
    found = re.findall(r"\b[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}\b", text)
    assert found, text
    return found[-1]


def test_a_person_is_heard_and_the_request_reaches_the_queue(stack, person):
    walk_to_consent(person)
    closing = WebPerson.text(person.say("/nier"))
    assert "envoyée" in closing and "jours ouvrés" in closing
    reference = reference_in(closing)
    deadline = time.monotonic() + 10
    while True:
        response = api(stack, f"/requests/{reference}")
        if response.status_code == 200 or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    assert response.status_code == 200, response.text
    stored = response.json()
    request = stored.get("request", stored)
    text = str(stored)
    assert WISH in text, "the person's own words, verbatim"
    assert request.get("departement") == "53" or "'53'" in text
    assert "complete" in text and "web" in text
    assert any(item.get("reference") == reference for item in queue(stack))


def test_consented_request_survives_the_public_service_being_down(stack, person):
    walk_to_consent(person)
    stack.stop("public")
    # The person finishes through Rasa's loopback REST webhook (the public service is down).
    answer = httpx.post(f"{stack.rasa_url}/webhooks/rest/webhook", timeout=60,
                        json={"sender": person.conversation_id, "message": "/nier", "input_channel": "web"}).json()
    told = "\n".join(m.get("text", "") for m in answer)
    assert "retard" in told, "the person is told honestly that delivery is delayed"
    reference = reference_in(told)
    stack.start("public", stack.log_dir)
    stack.wait_ready("public")
    deadline = time.monotonic() + 30
    found = []
    while time.monotonic() < deadline:
        found = [item for item in queue(stack) if item.get("reference") == reference]
        if found:
            break
        time.sleep(0.5)
    assert len(found) == 1, "exactly one request is stored"


def test_a_50000_character_paste_gets_a_clear_answer_and_is_kept_whole(stack, person):
    person.say("Bonjour")
    huge = ("Mon fils a besoin d'aide pour l'école. " * 1400)[:50_000]
    reply = person.say(huge)
    assert "très long" in WebPerson.text(reply)
    history = person.http.get("/widget/history", params={
        "conversation_id": person.conversation_id, "token": person.conversation["token"]})
    assert history.status_code == 200
    assert any(len(turn["text"]) == 50_000 for turn in history.json()["turns"])
    # the adviser reads it whole: ask for a callback, then read the request
    person.say("je veux parler à un conseiller")
    sent = WebPerson.text(person.say("/affirmer"))
    reference = reference_in(sent)
    stored = api(stack, f"/requests/{reference}").json()
    assert huge in str(stored), "the whole 50,000 characters reach the adviser"


def test_an_empty_message_gets_a_clear_answer(stack, person):
    reply = person.say("   ")
    assert "vide" in WebPerson.text(reply)
