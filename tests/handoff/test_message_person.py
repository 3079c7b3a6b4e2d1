"""An adviser writes to the person on Telegram (contact "ici"), from the JSON API and the console.

Telegram is the fake Bot API of tests/channels (fake_telegram.py) on 127.0.0.1; the request's conversation holds
the encrypted chat id as the Telegram bridge stores it (crypto.encrypt on conversations.contact_secret).
Runs on SQLite and PostgreSQL like the other handoff tests.
"""
from __future__ import annotations

import json
import secrets
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.texts_channels import CHANNEL_TEXTS
from handoff import auth, config, crypto, store
from handoff.models import AuditEntry
from handoff_helpers import csrf_of, login, make_user, store_request, token_for

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "channels"))
from fake_telegram import TOKEN, FakeTelegram  # noqa: E402
from servers import ThreadedServer, free_port  # noqa: E402

CONVERSATION_KEY = "cle-de-conversation-de-test"  # the one make_settings uses
CHAT = 700_000_000 + secrets.randbelow(1_000_000)
PERSON_WORDS = "Je cherche une place en IME pour mon fils."
PREFIX = CHANNEL_TEXTS["tg_message_conseiller"]
NOT_HERE = "Cette personne n'a pas choisi d'être contactée ici."


@pytest.fixture(scope="module")
def fake_telegram():
    telegram = FakeTelegram()
    with ThreadedServer(telegram.app) as server:
        telegram.url = server.url
        yield telegram


def _use_env(monkeypatch, tmp_path, **env) -> None:
    values = {"C360_DATA_DIR": str(tmp_path), "C360_CONVERSATION_KEY": CONVERSATION_KEY, **env}
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    config.get_settings.cache_clear()  # crypto and the Telegram bridge read the process settings


@pytest.fixture
def telegram_env(monkeypatch, tmp_path, fake_telegram):
    """Bot token and Bot API URL of the fake server, as the bridge reads them (see tests/channels/conftest.py)."""
    fake_telegram.reset()
    _use_env(monkeypatch, tmp_path, C360_TELEGRAM_TOKEN=TOKEN, C360_TELEGRAM_BASE_URL=f"{fake_telegram.url}/bot")
    yield fake_telegram
    monkeypatch.undo()
    config.get_settings.cache_clear()


@pytest.fixture
def tg(telegram_env, client):
    """The fake Bot API, with the app running (client) in the Telegram environment."""
    return telegram_env


def telegram_request(session, *, departement="53", kind="ici", chat=CHAT, secret=True) -> tuple[str, str]:
    """A Telegram conversation as the bridge leaves it (encrypted chat id, the person's turn) and its request."""
    conversation_id = f"tg:{secrets.token_hex(16)}"
    conversation = store.get_or_create_conversation(session, conversation_id, "telegram")
    if secret:
        conversation.contact_secret = crypto.encrypt(str(chat))
        session.commit()
    store.record_turn(session, conversation_id, "personne", PERSON_WORDS)
    contact = {"kind": kind, "value": "06 12 34 56 78" if kind == "telephone" else "", "preference": ""}
    reference = store_request(session, reference=conversation.reference, conversation_id=conversation_id,
                              channel="telegram", departement=departement, contact=contact,
                              own_words=PERSON_WORDS)
    return reference, conversation_id


def adviser_turns(session, conversation_id) -> list[str]:
    session.expire_all()
    return [t["text"] for t in store.transcript(session, conversation_id) if t["author"] == "conseiller"]


def audit_rows(session, reference) -> list[AuditEntry]:
    session.expire_all()
    return list(session.execute(select(AuditEntry).where(AuditEntry.reference == reference)
                                .order_by(AuditEntry.id)).scalars())


def console_login(client, session, username="claire", departements="53"):
    if auth.find_user(session, username) is None:
        make_user(session, username, "conseiller", departements)
    assert login(client, username).status_code == 303


# ---------------------------------------------------------------- JSON API

def test_api_adviser_of_the_departement_writes_to_the_person(client, session, tg):
    reference, conversation_id = telegram_request(session)
    headers = token_for(session, "c.martin", departements="53")
    text = "Bonjour, je vous appelle demain à 10 h."

    response = client.post(f"/api/requests/{reference}/message", json={"text": text}, headers=headers)
    assert response.status_code == 201, response.text
    assert response.json() == {"envoye": True}

    sent = tg.sent()
    assert len(sent) == 1
    assert int(sent[0]["chat_id"]) == CHAT
    assert sent[0]["text"] == f"{PREFIX}\n\n{text}"
    assert adviser_turns(session, conversation_id) == [text]

    rows = [r for r in audit_rows(session, reference) if r.action == "message_personne"]
    assert len(rows) == 1 and rows[0].actor == "c.martin" and rows[0].details == {"longueur": len(text)}
    assert all(text not in json.dumps(r.details, ensure_ascii=False) for r in audit_rows(session, reference))

    detail = client.get(f"/api/requests/{reference}", headers=headers).json()
    assert [t["author"] for t in detail["transcript"]] == ["personne", "conseiller"]
    assert detail["transcript"][-1]["text"] == text


def test_api_adviser_of_another_departement_gets_404_and_nothing_is_sent(client, session, tg):
    reference, conversation_id = telegram_request(session, departement="53")
    headers = token_for(session, "p.autre", departements="72")
    response = client.post(f"/api/requests/{reference}/message", json={"text": "Bonjour"}, headers=headers)
    assert response.status_code == 404 and response.json()["detail"] == "Demande introuvable."
    assert tg.sent() == [] and adviser_turns(session, conversation_id) == []
    assert not [r for r in audit_rows(session, reference) if r.action.startswith("message_personne")]


def test_api_web_request_gets_a_clear_error_and_nothing_is_sent(client, session, tg):
    headers = token_for(session, "c.martin", departements="53")
    web = store_request(session, departement="53")  # channel web, contact telephone
    response = client.post(f"/api/requests/{web}/message", json={"text": "Bonjour"}, headers=headers)
    assert response.status_code == 409 and response.json()["detail"] == NOT_HERE
    # Telegram, but a phone number was given: not "ici" either
    phone, conversation_id = telegram_request(session, kind="telephone")
    response = client.post(f"/api/requests/{phone}/message", json={"text": "Bonjour"}, headers=headers)
    assert response.status_code == 409 and response.json()["detail"] == NOT_HERE
    assert tg.sent() == [] and adviser_turns(session, conversation_id) == []


@pytest.mark.parametrize("text", ["", "   ", "x" * 2001])
def test_api_empty_or_too_long_text_is_refused_in_french(client, session, tg, text):
    reference, conversation_id = telegram_request(session)
    headers = token_for(session, "c.martin", departements="53")
    response = client.post(f"/api/requests/{reference}/message", json={"text": text}, headers=headers)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert "vide" in detail or "court" in detail or "long" in detail, detail
    assert tg.sent() == [] and adviser_turns(session, conversation_id) == []


def test_api_without_a_token_is_401(client, session, tg):
    reference, _ = telegram_request(session)
    assert client.post(f"/api/requests/{reference}/message", json={"text": "Bonjour"}).status_code == 401
    assert tg.sent() == []


def test_erased_chat_is_409_and_the_failure_is_audited_without_text(client, session, tg):
    reference, conversation_id = telegram_request(session, secret=False)
    headers = token_for(session, "c.martin", departements="53")
    text = "Bonjour, êtes-vous disponible ?"
    response = client.post(f"/api/requests/{reference}/message", json={"text": text}, headers=headers)
    assert response.status_code == 409 and "n'existe plus" in response.json()["detail"]
    assert tg.sent() == [] and adviser_turns(session, conversation_id) == []
    failed = [r for r in audit_rows(session, reference) if r.action == "message_personne_echec"]
    assert len(failed) == 1 and failed[0].details == {"longueur": len(text), "raison": "pas_de_contact"}


@pytest.mark.parametrize("setting,reason", [("no_token", "non_configure"), ("unreachable", "envoi_echoue")])
def test_telegram_down_or_not_configured_is_502(client, session, telegram_env, monkeypatch, tmp_path,
                                                 setting, reason):
    reference, conversation_id = telegram_request(session)
    headers = token_for(session, "c.martin", departements="53")
    if setting == "no_token":
        _use_env(monkeypatch, tmp_path, C360_TELEGRAM_TOKEN="")
    else:
        _use_env(monkeypatch, tmp_path, C360_TELEGRAM_BASE_URL=f"http://127.0.0.1:{free_port()}/bot")
    response = client.post(f"/api/requests/{reference}/message", json={"text": "Bonjour"}, headers=headers)
    assert response.status_code == 502, response.text
    assert "Telegram" in response.json()["detail"]
    assert adviser_turns(session, conversation_id) == []
    failed = [r for r in audit_rows(session, reference) if r.action == "message_personne_echec"]
    assert len(failed) == 1 and failed[0].details["raison"] == reason


def test_openapi_summary_is_french(client):
    operation = client.get("/openapi.json").json()["paths"]["/api/requests/{reference}/message"]["post"]
    assert operation["summary"] == "Écrire à la personne sur Telegram (contact « ici »)"
    assert {"201", "404", "409", "422", "502"} <= set(operation["responses"])


# ---------------------------------------------------------------- console

def test_console_form_sends_and_shows_the_message_escaped(client, session, tg):
    reference, conversation_id = telegram_request(session)
    console_login(client, session)
    page = client.get(f"/conseillers/demandes/{reference}")
    assert "Écrire à la personne sur Telegram" in page.text and 'id="texte-message"' in page.text
    text = "<b>Bonjour</b> & à demain, je vous appelle à 10 h."

    response = client.post(f"/conseillers/demandes/{reference}/message",
                           data={"csrf_token": csrf_of(page.text), "texte": text}, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/conseillers/demandes/{reference}?fait=message"
    page = client.get(response.headers["location"])
    assert "Message envoyé." in page.text
    assert "&lt;b&gt;Bonjour&lt;/b&gt; &amp; à demain" in page.text and "<b>Bonjour</b>" not in page.text

    sent = tg.sent()
    assert len(sent) == 1 and int(sent[0]["chat_id"]) == CHAT and sent[0]["text"] == f"{PREFIX}\n\n{text}"
    assert adviser_turns(session, conversation_id) == [text]
    rows = [r for r in audit_rows(session, reference) if r.action == "message_personne"]
    assert len(rows) == 1 and rows[0].actor == "claire" and rows[0].details == {"longueur": len(text)}


def test_console_without_csrf_is_403_and_nothing_is_sent(client, session, tg):
    reference, conversation_id = telegram_request(session)
    console_login(client, session)
    for data in ({"texte": "Bonjour"}, {"texte": "Bonjour", "csrf_token": "faux"}):
        response = client.post(f"/conseillers/demandes/{reference}/message", data=data, follow_redirects=False)
        assert response.status_code == 403
        assert "Formulaire refusé" in response.text
    assert tg.sent() == [] and adviser_turns(session, conversation_id) == []


def test_console_form_only_when_applicable_and_errors_are_said(client, session, tg):
    console_login(client, session)
    web = store_request(session, departement="53")
    page = client.get(f"/conseillers/demandes/{web}")
    assert page.status_code == 200 and 'id="texte-message"' not in page.text
    response = client.post(f"/conseillers/demandes/{web}/message",
                           data={"csrf_token": csrf_of(page.text), "texte": "Bonjour"})
    assert response.status_code == 409 and NOT_HERE.replace("'", "&#39;") in response.text

    reference, _ = telegram_request(session)
    page = client.get(f"/conseillers/demandes/{reference}")
    response = client.post(f"/conseillers/demandes/{reference}/message",
                           data={"csrf_token": csrf_of(page.text), "texte": "x" * 2001})
    assert response.status_code == 422 and "trop long" in response.text
    assert 'role="alert"' in response.text and "x" * 2001 in response.text  # the text is kept in the form
    assert tg.sent() == []


def test_console_adviser_of_another_departement_gets_404(client, session, tg):
    reference, conversation_id = telegram_request(session, departement="53")
    console_login(client, session, username="paul", departements="72")
    page = client.get("/conseillers/")
    response = client.post(f"/conseillers/demandes/{reference}/message",
                           data={"csrf_token": csrf_of(page.text), "texte": "Bonjour"})
    assert response.status_code == 404 and "Demande introuvable" in response.text
    assert tg.sent() == [] and adviser_turns(session, conversation_id) == []
