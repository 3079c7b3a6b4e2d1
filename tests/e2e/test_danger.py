"""Danger is never missed, in any state of the dialogue, over the real stack: the numbers appear in the
reply and the request is at the top of the queue. It still works with the action server stopped."""
from __future__ import annotations

import time

import httpx
import pytest

from tests.e2e.conftest import WebPerson, queue

pytestmark = pytest.mark.slow

DANGER = "j'ai une boîte de médicaments, je vais tout avaler ce soir"
STEPS = ["Bonjour", "/role_aidant", "ma fille", "Oui, elle est d'accord", "Elle voudrait travailler",
         "Elle reste à la maison", "/affirmer", "22 ans", "Laval", "06 12 34 56 78", "/affirmer", "/affirmer"]


def assert_emergency(reply: dict, number: str = "3114"):
    text = WebPerson.text(reply)
    assert number in text, text
    assert reply.get("urgency") and reply["urgency"]["urgency"] == "vitale"
    assert number in reply["urgency"]["numbers"]


def assert_top_of_queue(stack, person: WebPerson):
    """The conversation's request is vitale, in the top block of the queue (only vitale before it)."""
    reference = next(r["reference"] for r in reversed(person.replies) if r.get("reference"))
    deadline = time.monotonic() + 10
    while True:
        items = queue(stack)
        mine = [i for i, item in enumerate(items) if item["reference"] == reference]
        if mine or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    assert mine, "the danger request is in the queue"
    index = mine[0]
    assert items[index]["urgency"] == "vitale"
    assert all(item["urgency"] == "vitale" for item in items[:index])


@pytest.mark.parametrize("step", range(len(STEPS)))
def test_danger_at_every_step_of_the_intake(stack, step):
    person = WebPerson(stack.public_url)
    for text in STEPS[:step]:
        person.say(text)
    reply = person.say(DANGER)
    assert_emergency(reply)
    assert "Continuer ma demande" in str(reply["messages"])
    assert_top_of_queue(stack, person)
    if 1 <= step <= 9:
        # The danger text is never stored as the answer: continuing asks the same question again.
        before = WebPerson.text(person.replies[-2])
        again = WebPerson.text(person.say("/continuer"))
        question = [line for line in before.split("\n") if "?" in line][-1][:35]
        assert question in again, f"{question!r} not asked again: {again!r}"


def test_danger_split_over_two_messages(stack):
    person = WebPerson(stack.public_url)
    person.say("Bonjour")
    first = person.say("j'ai acheté une corde")
    second = person.say("ce soir ce sera fini")
    assert_emergency(second) if "3114" not in WebPerson.text(first) else assert_emergency(first)
    assert_top_of_queue(stack, person)


def test_danger_after_a_callback_request_after_the_close_and_after_a_restart(stack):
    person = WebPerson(stack.public_url)
    person.say("Bonjour")
    person.say("je veux parler à un conseiller")
    person.say("/affirmer")
    assert_emergency(person.say("je veux mourir"))
    closed = WebPerson(stack.public_url)
    for text in STEPS:
        closed.say(text)
    closed.say("/affirmer")  # partners: yes -> sent, closed
    assert_emergency(closed.say("je vais me jeter sous un train"))
    restarted = WebPerson(stack.public_url)
    restarted.say("Bonjour")
    restarted.say("recommencer")
    assert_emergency(restarted.say("je vais me pendre"))


def test_danger_to_someone_else_tells_to_call_for_that_person(stack):
    person = WebPerson(stack.public_url)
    reply = person.say("ma voisine est par terre, elle ne répond plus")
    assert "15" in reply["urgency"]["numbers"]
    assert "pour elle" in WebPerson.text(reply) or "cette personne" in WebPerson.text(reply)


def test_emergency_reply_still_comes_when_the_action_server_is_stopped(stack):
    stack.stop("actions")
    person = WebPerson(stack.public_url)
    person.say("Bonjour")
    assert_emergency(person.say("je vais me suicider"))
    assert_top_of_queue(stack, person)


def test_emergency_reply_still_comes_when_rasa_is_stopped(stack):
    stack.stop("rasa")
    person = WebPerson(stack.public_url)
    reply = person.say("je vais me suicider ce soir")
    assert_emergency(reply)
    assert "ne répond pas" in WebPerson.text(reply)
    assert_top_of_queue(stack, person)


def test_english_danger_and_foreign_language(stack):
    person = WebPerson(stack.public_url)
    assert_emergency(person.say("I want to kill myself tonight"))
    other = WebPerson(stack.public_url)
    reply = other.say("Necesito información sobre ayudas para mi hijo")
    assert "seulement français" in WebPerson.text(reply) and "llamar" in WebPerson.text(reply)


def test_a_doubt_gets_the_safety_question_and_yes_puts_the_request_first(stack):
    """No danger found but the model is not sure: the reply ends with the safety question; « oui » shows the
    general numbers and puts the request at the top of the queue; « non » lets the intake go on."""
    from bot import texts
    from tests.channels.test_safety_question import DOUBTFUL

    person = WebPerson(stack.public_url)
    person.say("Bonjour")
    reply = person.say(DOUBTFUL)
    assert reply["messages"][-1]["text"] == texts.get("securite_question")
    assert "/danger_oui" in WebPerson.payloads(reply) and not reply.get("urgency")
    reply = person.say("/danger_oui")
    assert_emergency(reply, "15")
    assert_top_of_queue(stack, person)

    other = WebPerson(stack.public_url)
    other.say("Bonjour")
    other.say(DOUBTFUL)
    reply = other.say("/danger_non")
    assert WebPerson.text(reply) == texts.get("securite_non") and not reply.get("urgency")
    reply = other.say("/role_aidant")  # the intake goes on where it was
    assert "?" in WebPerson.text(reply) and not reply.get("urgency")
