"""Widget API (/widget/...) with the real app and a fake Rasa: ids signed by the service, French errors,
size bounds, the message path through the gateway, history, forget."""
from __future__ import annotations

import json
import re
import time

import pytest

import fake_rasa as fr
from bot.texts_channels import CHANNEL_TEXTS

pytestmark = pytest.mark.usefixtures("channel_settings")


def new_conversation(client) -> dict:
    response = client.post("/widget/conversations")
    assert response.status_code == 201
    return response.json()


def say(client, conv, text, **extra):
    return client.post("/widget/messages", json={"conversation_id": conv["conversation_id"],
                                                 "token": conv["token"], "text": text, **extra})


def history(client, conv):
    return client.get("/widget/history", params={"conversation_id": conv["conversation_id"]},
                      headers={"X-C360-Token": conv["token"]})


def test_conversation_ids_are_issued_and_signed(client):
    conv = new_conversation(client)
    assert conv["conversation_id"].startswith("web:") and len(conv["conversation_id"]) > 20
    expires, _, mac = conv["token"].partition(".")
    assert expires.isdigit() and int(expires) > time.time() + 6 * 86400 and len(mac) == 64
    assert conv["expires_at"].startswith(time.strftime("%Y"))
    assert new_conversation(client)["conversation_id"] != conv["conversation_id"]


def test_a_message_goes_through_the_gateway_to_rasa(client, fake_rasa, fake_only):
    conv = new_conversation(client)
    response = say(client, conv, "Bonjour", channel="telegram", sender="web:choisi")  # client fields ignored
    assert response.status_code == 200
    body = response.json()
    assert [m["text"] for m in body["messages"]] == [fr.WELCOME, fr.ROLE_Q]
    assert body["messages"][1]["buttons"] == fr.ROLE_BUTTONS
    assert body["urgency"] is None and body["error"] is None
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}", body["reference"])
    call = fake_rasa.calls[-1]
    assert call["sender"] == conv["conversation_id"]
    assert call["input_channel"] == "web" and call["metadata"]["channel"] == "web"


def test_button_choice_sends_the_payload_and_its_title(client, fake_rasa, fake_only):
    conv = new_conversation(client)
    say(client, conv, "Bonjour")
    body = say(client, conv, '/informer_role{"role":"aidant"}', button_title="Pour un proche").json()
    assert body["messages"][0]["text"] == fr.WISH_Q
    assert fake_rasa.calls[-1]["message"] == '/informer_role{"role":"aidant"}'
    assert fake_rasa.calls[-1]["metadata"]["button_title"] == "Pour un proche"


@pytest.mark.parametrize("change", ["unknown", "tampered", "other_channel", "expired"])
def test_ids_not_issued_here_are_refused_in_french(client, change):
    from handoff.routers import widget

    conv = new_conversation(client)
    cid, token = conv["conversation_id"], conv["token"]
    if change == "unknown":
        cid = "web:" + "A" * 24
    elif change == "tampered":
        token = token[:-1] + ("0" if token[-1] != "0" else "1")
    elif change == "other_channel":
        cid = "tg:" + "0" * 32
        token = widget.issue_token(cid, int(time.time()) + 3600)
    else:
        token = widget.issue_token(cid, int(time.time()) - 10)
    response = client.post("/widget/messages", json={"conversation_id": cid, "token": token, "text": "Bonjour"})
    assert response.status_code == 403
    assert response.json()["detail"] == CHANNEL_TEXTS["erreur_conversation"]
    assert response.json()["code"] == ("conversation_expiree" if change == "expired" else "conversation_inconnue")


@pytest.mark.parametrize("body", [b"pas du json", b"[1, 2]", b'{"text": "Bonjour"}',
                                  b'{"conversation_id": 3, "token": "x", "text": "a"}'])
def test_invalid_bodies_get_a_french_422(client, body):
    response = client.post("/widget/messages", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["detail"] == CHANNEL_TEXTS["erreur_donnees"]


def test_text_must_be_a_string(client):
    conv = new_conversation(client)
    response = client.post("/widget/messages", json={**conv, "text": 42})
    assert response.status_code == 422 and response.json()["detail"] == CHANNEL_TEXTS["erreur_donnees"]


def test_bodies_over_1_mb_get_a_french_413_with_the_emergency_numbers(client):
    conv = new_conversation(client)
    response = say(client, conv, "a" * 1_100_000)
    assert response.status_code == 413
    assert response.json()["detail"] == CHANNEL_TEXTS["erreur_trop_long"]
    assert "15" in response.json()["detail"] and "114" in response.json()["detail"]


def test_danger_at_the_end_of_a_huge_paste_is_still_seen(client, fake_rasa):
    conv = new_conversation(client)
    paste = "Voici le dossier de mon fils. " * 4000 + " Ce soir je vais avaler toutes mes pilules."
    assert len(paste) > 100_000
    response = say(client, conv, paste)
    assert response.status_code == 200
    assert response.json()["urgency"]["urgency"] == "vitale"


def test_a_50000_character_message_gets_a_clear_answer_and_is_kept_whole(client, fake_rasa):
    from bot import texts

    conv = new_conversation(client)
    text = ("Mon fils a besoin d'une place en foyer. " * 1300)[:50_000]
    response = say(client, conv, text)
    assert response.status_code == 200
    messages = response.json()["messages"]
    assert messages[0]["text"] == texts.get("gate_message_long")
    assert len(fake_rasa.calls[-1]["message"]) <= 2000 and fake_rasa.calls[-1]["metadata"]["truncated"] is True
    turns = history(client, conv).json()["turns"]
    assert turns[0]["author"] == "personne" and turns[0]["text"] == text.strip()


def test_history_returns_the_transcript_in_order(client, fake_only):
    conv = new_conversation(client)
    say(client, conv, "Bonjour")
    say(client, conv, "<script>alert(1)</script> pour moi")
    response = history(client, conv)
    assert response.status_code == 200
    turns = response.json()["turns"]
    assert [t["author"] for t in turns] == ["personne", "assistant", "assistant", "personne", "assistant"]
    assert turns[3]["text"] == "<script>alert(1)</script> pour moi"  # kept as the person wrote it
    assert response.json()["urgency"] is None
    assert history(client, {**conv, "token": "1.abc"}).status_code == 403


def test_danger_gets_the_numbers_and_the_banner_survives_a_reload(client):
    conv = new_conversation(client)
    body = say(client, conv, "je vais me tuer ce soir").json()
    urgency = body["urgency"]
    assert urgency["urgency"] == "vitale"
    assert {"15", "112", "114"} <= set(urgency["numbers"])
    hrefs = {line["number"]: line["href"] for line in urgency["lines"]}
    assert hrefs["15"] == "tel:15" and hrefs["114"] == "sms:114"
    assert any("3114" in m["text"] or "15" in m["text"] for m in body["messages"])
    restored = history(client, conv).json()["urgency"]
    assert restored and restored["urgency"] == "vitale" and "15" in restored["numbers"]


def test_rasa_down_is_said_in_plain_french(client, fake_rasa):
    from bot import texts

    fake_rasa.fail = True
    conv = new_conversation(client)
    body = say(client, conv, "Bonjour").json()
    assert body["error"] == "rasa_unavailable"
    assert body["messages"][-1]["text"] == texts.get("gate_service_indisponible")


def test_forget_deletes_the_conversation(client):
    conv = new_conversation(client)
    say(client, conv, "Bonjour")
    assert history(client, conv).json()["turns"]
    response = client.post("/widget/forget", json=conv)
    assert response.status_code == 200 and response.json() == {"ok": True}
    assert history(client, conv).json()["turns"] == []


def test_forget_works_after_expiry_but_not_with_a_forged_token(client):
    from handoff.routers import widget

    conv = new_conversation(client)
    expired = widget.issue_token(conv["conversation_id"], int(time.time()) - 5)
    assert client.post("/widget/forget", json={**conv, "token": expired}).status_code == 200
    assert client.post("/widget/forget", json={**conv, "token": "9999999999.00"}).status_code == 403


def test_widget_files_and_pages(client):
    js = client.get("/widget/widget.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
    assert "@@C360_TEXTS@@" not in js.text and json.dumps("Parler à un conseiller")[1:-1] in js.text
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write", js.text)
    css = client.get("/widget/widget.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    page = client.get("/")
    assert page.status_code == 200 and '<html lang="fr">' in page.text
    assert page.text.count("<script") == 1 and '<script src="/widget/widget.js" defer></script>' in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    neutral = client.get("/widget/neutre")
    title = re.search(r"<title>(.*)</title>", neutral.text).group(1)
    assert title == CHANNEL_TEXTS["neutre_titre"] and "<script" not in neutral.text


def test_cors_only_for_listed_sites(client, monkeypatch, channel_settings):
    from dataclasses import replace

    from handoff.routers import widget

    assert "access-control-allow-origin" not in client.post(
        "/widget/conversations", headers={"Origin": "https://ailleurs.example"}).headers
    listed = replace(channel_settings, widget_origins=("https://c360-53.example",))
    monkeypatch.setattr(widget, "get_settings", lambda: listed)
    response = client.options("/widget/messages", headers={"Origin": "https://c360-53.example",
                                                           "Access-Control-Request-Method": "POST"})
    assert response.status_code == 204
    assert response.headers["access-control-allow-origin"] == "https://c360-53.example"
    assert "X-C360-Token" in response.headers["access-control-allow-headers"]


def test_token_check_is_constant_time_and_bounded():
    from handoff.routers import widget

    assert widget.check_token("web:abc", "notanumber.x") == "conversation_inconnue"
    assert widget.check_token("web:abc", "1" * 40 + ".x") == "conversation_inconnue"
    assert widget.check_token("web:" + "x" * 200, "1.x") == "conversation_inconnue"
