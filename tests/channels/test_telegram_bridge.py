"""Telegram end to end: real-shaped JSON updates -> POST /telegram/webhook -> gateway -> fake Rasa; PTB's Bot
answers a fake Telegram Bot API on 127.0.0.1, which records every call we assert on."""
from __future__ import annotations

import asyncio
import logging
import time

import pytest

import fake_rasa as fr
from bot.texts_channels import CHANNEL_BUTTON_LABELS, CHANNEL_TEXTS

from fake_telegram import BOT_USER, TELEGRAM_SECRET, TOKEN

pytestmark = pytest.mark.usefixtures("channel_settings")

CHAT = 987654321
PERSON = {"id": CHAT, "is_bot": False, "first_name": "Aline", "language_code": "fr"}
PRIVATE = {"id": CHAT, "type": "private", "first_name": "Aline"}
_next_id = [1000]


@pytest.fixture(autouse=True)
def new_chat():
    """Each test is a new person (a new chat id, so a new conversation)."""
    global CHAT
    CHAT += 1
    PERSON["id"] = PRIVATE["id"] = CHAT
    yield CHAT


def uid() -> int:
    _next_id[0] += 1
    return _next_id[0]


def message(text=None, *, chat=None, **extra) -> dict:
    body = {"message_id": uid(), "date": int(time.time()), "chat": chat or PRIVATE, "from": PERSON, **extra}
    if text is not None:
        body["text"] = text
        if text.startswith("/"):
            body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split(" ")[0])}]
    return body


def text_update(text, **extra) -> dict:
    return {"update_id": uid(), "message": message(text, **extra)}


def callback_update(data: str, message_id: int = 77) -> dict:
    return {"update_id": uid(), "callback_query": {
        "id": f"cbq{uid()}", "from": PERSON, "chat_instance": "-123", "data": data,
        "message": {"message_id": message_id, "date": int(time.time()), "chat": PRIVATE, "from": BOT_USER,
                    "text": "question"}}}


def post(client, update, secret=TELEGRAM_SECRET):
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
    return client.post("/telegram/webhook", json=update, headers=headers)


def conversation_id() -> str:
    from handoff import gateway

    return gateway.telegram_conversation_id(CHAT)


def keyboard(call: dict) -> list[list[dict]]:
    return (call.get("reply_markup") or {}).get("inline_keyboard") or []


def texts_sent(fake_telegram) -> list[str]:
    return [call["text"] for call in fake_telegram.sent()]


def press(client, fake_telegram, title: str) -> dict:
    """Press the inline button `title` of the last keyboard sent."""
    for call in reversed(fake_telegram.sent()):
        for row in keyboard(call):
            for button in row:
                if button["text"] == title:
                    fake_telegram.reset()
                    assert post(client, callback_update(button["callback_data"])).status_code == 200
                    return button
    raise AssertionError(f"no button {title!r}")


# ---------------------------------------------------------------- access

def test_wrong_or_missing_secret_is_refused(client, fake_telegram, fake_rasa):
    assert post(client, text_update("Bonjour"), secret="mauvais").status_code == 403
    assert post(client, text_update("Bonjour"), secret=None).status_code == 403
    assert fake_telegram.calls == [] and fake_rasa.calls == []


def test_no_token_configured_means_no_route(client, monkeypatch, channel_settings):
    from dataclasses import replace

    from handoff.routers import telegram

    monkeypatch.setattr(telegram, "get_settings", lambda: replace(channel_settings, telegram_token=""))
    assert post(client, text_update("Bonjour")).status_code == 404


# ---------------------------------------------------------------- conversation

def test_start_relays_a_greeting_and_shows_buttons_with_short_ids(client, fake_telegram, fake_rasa, fake_only):
    assert post(client, text_update("/start")).status_code == 200
    call = fake_rasa.calls[-1]
    assert call["message"] == CHANNEL_TEXTS["message_debut"]
    assert call["sender"] == conversation_id() and call["sender"].startswith("tg:")
    assert str(CHAT) not in call["sender"]
    assert call["input_channel"] == "telegram" and call["metadata"]["channel"] == "telegram"
    sent = fake_telegram.sent()
    assert [c["text"] for c in sent] == [fr.WELCOME, fr.ROLE_Q]  # choices already written in the text
    assert all(int(c["chat_id"]) == CHAT for c in sent)
    rows = keyboard(sent[1])
    assert [[b["text"] for b in row] for row in rows] == [["Pour moi"], ["Pour un proche"], ["Comme professionnel"]]
    assert all(len(b["callback_data"].encode()) <= 64 and "role" not in b["callback_data"] for r in rows for b in r)
    assert "reply_markup" not in sent[0]
    assert fake_telegram.methods()[0] == "getMe" or "getMe" not in fake_telegram.methods()


def test_callback_query_is_answered_and_relays_the_payload(client, fake_telegram, fake_rasa, fake_only):
    post(client, text_update("/start"))
    press(client, fake_telegram, "Pour un proche")
    answers = fake_telegram.sent("answerCallbackQuery")
    assert len(answers) == 1 and answers[0]["callback_query_id"].startswith("cbq")
    assert answers[0]["text"] == CHANNEL_TEXTS["tg_choix_fait"].format(choix="Pour un proche")
    assert fake_telegram.sent("editMessageReplyMarkup")[0]["message_id"] == 77
    assert fake_rasa.calls[-1]["message"] == '/informer_role{"role":"aidant"}'
    assert fake_rasa.calls[-1]["metadata"]["button_title"] == "Pour un proche"
    assert texts_sent(fake_telegram) == [fr.WISH_Q]


def test_unknown_button_is_answered_kindly(client, fake_telegram, fake_rasa):
    post(client, callback_update("bINCONNU"))
    assert fake_telegram.sent("answerCallbackQuery")[0]["text"] == CHANNEL_TEXTS["tg_bouton_perime"]
    assert texts_sent(fake_telegram) == [CHANNEL_TEXTS["tg_bouton_perime"]]
    assert fake_rasa.calls == []


def test_choices_are_written_as_numbered_text_and_typing_the_number_works(client, fake_telegram, fake_rasa,
                                                                          fake_only):
    for text in ("/start", "Pour moi", "Je voudrais travailler"):
        post(client, text_update(text))
    last = fake_telegram.sent()[-1]
    assert last["text"] == f"{fr.DEP_Q}\n\n{CHANNEL_TEXTS['tg_choix_intro']}\n1. Je ne sais pas"
    assert [[b["text"] for b in row] for row in keyboard(last)] == [["Je ne sais pas"]]
    post(client, text_update("1"))
    assert fake_rasa.calls[-1]["message"] == "/je_ne_sais_pas"
    assert fake_telegram.sent()[-1]["text"].startswith("Voici ce que j'ai compris. Vos mots : « Je voudrais")


def test_full_intake_reaches_the_close(client, fake_telegram, fake_rasa, fake_only):
    post(client, text_update("/start"))
    press(client, fake_telegram, "Pour un proche")
    post(client, text_update("Que mon fils puisse faire du sport <b>le samedi</b>"))
    press(client, fake_telegram, "Je ne sais pas")
    readback = fake_telegram.sent()[-1]
    assert "<b>le samedi</b>" in readback["text"] and "parse_mode" not in readback  # plain text, never HTML
    press(client, fake_telegram, "Oui, c'est juste")
    press(client, fake_telegram, "Oui, envoyer")
    assert texts_sent(fake_telegram) == [fr.SENT]


def test_danger_message_gets_the_numbers_first_and_reaches_the_queue(client, fake_telegram, fake_rasa):
    from sqlalchemy import select

    from handoff import db
    from handoff.models import Request

    post(client, text_update("je vais me tuer ce soir"))
    sent = texts_sent(fake_telegram)
    first = sent[0].split("\n")
    assert first[0] == CHANNEL_TEXTS["urgence_titre"]
    numbers = [line.split(" ")[0] for line in first[1:]]
    assert {"15", "112", "114"} <= set(numbers)
    assert f"114 : {CHANNEL_TEXTS['urgence_114']}" in first
    assert any("3114" in text for text in sent[1:])  # the dialogue's emergency message follows
    with db.session_scope() as session:
        request = session.execute(select(Request).where(Request.conversation_id == conversation_id())).scalar_one()
        assert request.channel == "telegram" and request.urgency == "vitale"
    fake_telegram.reset()
    post(client, text_update("ce soir encore"))  # same danger: the numbers are not repeated every turn
    assert not texts_sent(fake_telegram)[0].startswith(CHANNEL_TEXTS["urgence_titre"])


def test_commands_aide_conseiller_effacer(client, fake_telegram, fake_rasa, fake_only):
    from handoff import db, store

    post(client, text_update("/aide"))
    assert texts_sent(fake_telegram) == [CHANNEL_TEXTS["tg_aide"]] and fake_rasa.calls == []
    fake_telegram.reset()
    post(client, text_update("/conseiller@c360_test_bot"))
    assert fake_rasa.calls[-1]["message"] == CHANNEL_TEXTS["demande_conseiller"]
    callback = fake_telegram.sent()
    assert len(callback) == 1
    assert callback[0]["text"] == f"{fr.CALLBACK}\n\n{CHANNEL_TEXTS['tg_choix_intro']}\n1. Oui, je veux être rappelé"
    fake_telegram.reset()
    post(client, text_update("/effacer"))
    question = fake_telegram.sent()[-1]
    assert question["text"].startswith(CHANNEL_TEXTS["tg_effacer_question"])
    assert [[b["text"] for b in r] for r in keyboard(question)] == [
        [CHANNEL_BUTTON_LABELS["effacer_oui"]], [CHANNEL_BUTTON_LABELS["effacer_non"]]]
    with db.session_scope() as session:
        assert store.transcript(session, conversation_id())
    press(client, fake_telegram, CHANNEL_BUTTON_LABELS["effacer_oui"])
    assert texts_sent(fake_telegram) == [CHANNEL_TEXTS["tg_effacee"]]
    with db.session_scope() as session:
        assert store.transcript(session, conversation_id()) == []


def test_effacer_can_be_declined_by_typing_2(client, fake_telegram, fake_rasa):
    post(client, text_update("/effacer"))
    fake_telegram.reset()
    post(client, text_update("2"))
    assert texts_sent(fake_telegram) == [CHANNEL_TEXTS["tg_garde"]] and fake_rasa.calls == []


def test_edited_message_is_triaged_like_a_new_one(client, fake_telegram, fake_rasa):
    update = {"update_id": uid(), "edited_message": {**message("finalement je vais me tuer"),
                                                      "edit_date": int(time.time())}}
    assert post(client, update).status_code == 200
    assert fake_rasa.calls[-1]["message"] == "finalement je vais me tuer"
    assert texts_sent(fake_telegram)[0].startswith(CHANNEL_TEXTS["urgence_titre"])


@pytest.mark.parametrize("kind, content", [
    ("voice", {"file_id": "AwAD", "file_unique_id": "u1", "duration": 4, "mime_type": "audio/ogg"}),
    ("photo", [{"file_id": "AgAD", "file_unique_id": "u2", "width": 90, "height": 90}]),
    ("sticker", {"file_id": "CAAD", "file_unique_id": "u3", "type": "regular", "width": 512, "height": 512,
                 "is_animated": False, "is_video": False, "emoji": "😢"}),
    ("document", {"file_id": "BQAD", "file_unique_id": "u4", "file_name": "dossier.pdf"}),
])
def test_non_text_gets_a_kind_answer(client, fake_telegram, fake_rasa, kind, content):
    assert post(client, {"update_id": uid(), "message": message(**{kind: content})}).status_code == 200
    assert texts_sent(fake_telegram) == [CHANNEL_TEXTS["tg_non_texte"]]
    assert "114" in CHANNEL_TEXTS["tg_non_texte"] and "15" in CHANNEL_TEXTS["tg_non_texte"]
    assert fake_rasa.calls == []


def test_a_caption_is_triaged_before_the_non_text_answer(client, fake_telegram, fake_rasa):
    photo = [{"file_id": "AgAD", "file_unique_id": "u2", "width": 90, "height": 90}]
    post(client, {"update_id": uid(), "message": message(photo=photo, caption="je vais me tuer")})
    assert fake_rasa.calls[-1]["message"] == "je vais me tuer"
    sent = texts_sent(fake_telegram)
    assert sent[0].startswith(CHANNEL_TEXTS["urgence_titre"]) and sent[-1] == CHANNEL_TEXTS["tg_non_texte"]


def test_long_texts_are_split_at_the_telegram_limit(client, fake_telegram, fake_only):
    post(client, text_update("texte long"))
    sent = fake_telegram.sent()
    assert len(sent) == 3
    assert all(len(c["text"]) <= 4096 for c in sent)
    expected = f"{fr.LONG_TEXT}\n\n{CHANNEL_TEXTS['tg_choix_intro']}\n1. Oui, envoyer\n2. Non"
    assert "".join(c["text"] for c in sent).replace("\n", "").replace(" ", "") == \
        expected.replace("\n", "").replace(" ", "")
    assert [bool(keyboard(c)) for c in sent] == [False, False, True]  # the keyboard on the last part


@pytest.mark.parametrize("raw", [
    b"pas du json", b"[]", b'{"foo": 1}', b'{"update_id": "x"}',
    b'{"update_id": 5, "message": {"text": "je vais me tuer"}}',  # no chat, no date
    b'{"update_id": 6, "callback_query": {"id": 1}}',
])
def test_malformed_updates_get_200_and_nothing_sent(client, fake_telegram, fake_rasa, caplog, raw):
    caplog.set_level(logging.DEBUG)
    response = client.post("/telegram/webhook", content=raw, headers={
        "X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET, "Content-Type": "application/json"})
    assert response.status_code == 200
    assert [m for m in fake_telegram.methods() if m != "getMe"] == [] and fake_rasa.calls == []
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING and r.name.startswith("handoff")]
    assert warnings and all("tuer" not in r.getMessage() for r in caplog.records)
    assert not any(r.exc_info for r in caplog.records)


def test_logs_hold_neither_words_nor_token_nor_chat_id(client, caplog):
    caplog.set_level(logging.INFO)
    post(client, text_update("je vais me tuer ce soir, mot-secret-42"))
    everything = "\n".join(r.getMessage() for r in caplog.records)
    assert "mot-secret-42" not in everything and TOKEN not in everything and str(CHAT) not in everything


def test_the_same_update_is_processed_once(client, fake_telegram, fake_rasa):
    update = text_update("Bonjour")
    post(client, update)
    post(client, update)
    assert len(fake_rasa.calls) == 1


def test_group_chats_are_ignored(client, fake_telegram, fake_rasa):
    group = {"id": -100, "type": "group", "title": "Famille"}
    post(client, text_update("Bonjour", chat=group))
    assert fake_rasa.calls == [] and [m for m in fake_telegram.methods() if m != "getMe"] == []


# ---------------------------------------------------------------- "ici": adviser -> person

def test_chat_id_is_stored_encrypted_and_an_adviser_can_write(client, fake_telegram):
    from handoff import crypto, db
    from handoff.models import Conversation
    from handoff.routers.telegram import SendToPersonError, send_to_person

    post(client, text_update("Bonjour"))
    with db.session_scope() as session:
        secret = session.get(Conversation, conversation_id()).contact_secret
    assert secret and str(CHAT) not in secret and crypto.decrypt(secret) == str(CHAT)
    fake_telegram.reset()

    async def adviser_writes(cid, text):
        from handoff.routers import telegram

        try:
            await send_to_person(cid, text)
        finally:
            await telegram.shutdown()

    asyncio.run(adviser_writes(conversation_id(), "Bonjour, je vous appelle demain à 10 h."))
    sent = fake_telegram.sent()
    assert int(sent[0]["chat_id"]) == CHAT
    assert sent[0]["text"] == f"{CHANNEL_TEXTS['tg_message_conseiller']}\n\nBonjour, je vous appelle demain à 10 h."
    for cid, reason in (("web:abc", "pas_telegram"), ("tg:" + "0" * 32, "pas_de_contact")):
        with pytest.raises(SendToPersonError) as error:
            asyncio.run(adviser_writes(cid, "x"))
        assert error.value.reason == reason


def test_crypto_round_trip_and_tamper():
    from handoff import crypto

    token = crypto.encrypt("123456789", key="k1")
    assert token != crypto.encrypt("123456789", key="k1")  # random nonce
    assert crypto.decrypt(token, key="k1") == "123456789"
    for bad, key in ((token, "k2"), (token[:-2] + "AA", "k1"), ("v1.xx", "k1"), ("abc", "k1")):
        with pytest.raises(crypto.CryptoError):
            crypto.decrypt(bad, key=key)


def test_split_text_counts_utf16_and_cuts_at_spaces():
    from handoff.routers.telegram import split_text

    assert split_text("court") == ["court"]
    emoji = "😀 " * 3000  # 2 UTF-16 units each
    parts = split_text(emoji)
    assert all(len(p.encode("utf-16-le")) // 2 <= 4096 for p in parts) and len(parts) == 3
    assert all(not p.startswith(" ") and not p.endswith(" ") for p in parts)
    assert split_text("x" * 5000) == ["x" * 4096, "x" * 904]


def test_button_map_expires_and_stays_small():
    from handoff.routers.telegram import ButtonMap

    buttons = ButtonMap(ttl=0.05, per_conversation=3, conversations=2)
    first = buttons.register("tg:a", "/p1", "Un")
    assert buttons.lookup("tg:a", first) == ("/p1", "Un") and buttons.lookup("tg:b", first) is None
    time.sleep(0.06)
    assert buttons.lookup("tg:a", first) is None
    ids = [buttons.register("tg:a", f"/p{i}", str(i)) for i in range(5)]
    assert buttons.lookup("tg:a", ids[0]) is None and buttons.lookup("tg:a", ids[-1]) == ("/p4", "4")
    buttons.register("tg:b", "/x", "x")
    buttons.register("tg:c", "/y", "y")
    assert buttons.lookup("tg:a", ids[-1]) is None  # the oldest conversation went away


# ---------------------------------------------------------------- polling mode

def test_polling_feeds_the_same_handler(client, fake_telegram, fake_rasa):
    from handoff import gateway, telegram_polling

    fake_telegram.pending.append(text_update("Bonjour"))
    gateway._rasa = None  # the polling process has its own event loop and Rasa client

    async def run():
        stop = asyncio.Event()
        task = asyncio.create_task(telegram_polling.poll(stop, timeout=0))
        for _ in range(100):
            await asyncio.sleep(0.05)
            if [m for m in fake_telegram.methods() if m == "sendMessage"]:
                break
        stop.set()
        await asyncio.wait_for(task, 10)

    asyncio.run(run())
    assert "deleteWebhook" in fake_telegram.methods()
    assert fake_rasa.calls and fake_rasa.calls[-1]["input_channel"] == "telegram"
    assert fake_telegram.sent()


def test_telegram_unreachable_still_triages_and_writes_the_danger_request(client, monkeypatch, channel_settings,
                                                                         fake_rasa):
    from dataclasses import replace

    from sqlalchemy import select

    from handoff import db
    from handoff.models import Request
    from handoff.routers import telegram
    from servers import free_port

    dead = replace(channel_settings, telegram_base_url=f"http://127.0.0.1:{free_port()}/bot")
    monkeypatch.setattr(telegram, "get_settings", lambda: dead)
    assert post(client, text_update("je vais me tuer ce soir")).status_code == 200
    assert fake_rasa.calls[-1]["message"] == "je vais me tuer ce soir"
    with db.session_scope() as session:
        request = session.execute(select(Request).where(Request.conversation_id == conversation_id())).scalar_one()
        assert request.channel == "telegram" and request.urgency == "vitale"


def test_a_doubt_gets_the_safety_question_and_yes_is_answered_with_the_numbers(client, fake_telegram, fake_rasa):
    """The gateway's safety question reaches Telegram as a keyboard; « Oui » gives the banner and the request."""
    from sqlalchemy import select

    from bot import texts
    from handoff import db
    from handoff.models import Request
    from test_safety_question import DOUBTFUL

    post(client, text_update(DOUBTFUL))
    last = fake_telegram.sent()[-1]
    assert last["text"].startswith(texts.get("securite_question"))
    assert [[b["text"] for b in row] for row in keyboard(last)] == [
        [texts.get("securite_bouton_oui")], [texts.get("securite_bouton_non")]]
    calls = len(fake_rasa.calls)
    press(client, fake_telegram, texts.get("securite_bouton_oui"))
    assert len(fake_rasa.calls) == calls
    sent = texts_sent(fake_telegram)
    assert sent[0].split("\n")[0] == CHANNEL_TEXTS["urgence_titre"] and "15" in sent[0]
    with db.session_scope() as session:
        request = session.execute(select(Request).where(Request.conversation_id == conversation_id())).scalar_one()
        assert request.urgency == "vitale" and request.channel == "telegram"
