"""Telegram bridge (python-telegram-bot 22) inside the public service.

POST /telegram/webhook: Telegram's X-Telegram-Bot-Api-Secret-Token header is checked (403); without a bot token
and a secret configured the route answers 404. Updates are parsed with telegram.Update.de_json and every person's
text goes through gateway.handle_user_message("telegram", ...) -- the one message path (danger check first).
Answers are sent with PTB's Bot (base_url from settings, so tests use a fake Bot API on 127.0.0.1).

- commands: /start (relays a greeting), /aide (help, not relayed), /conseiller (= "Je veux parler à un
  conseiller"), /effacer (asks, then gateway.forget_conversation);
- buttons: inline keyboards whose callback_data is a short server-side id (Telegram allows 64 bytes); the map
  id -> payload is kept per conversation, in memory, and expires; choices are also written as numbered text,
  and typing the number works;
- long texts split at 4096 characters; edited messages handled like new ones; voice, photos, stickers,
  documents get a kind answer (a caption is triaged and relayed first); a malformed update -> 200, nothing sent;
- the chat id is stored encrypted (handoff.crypto) on the conversation row: send_to_person() lets an adviser
  write to the person ("ici" contact).
Logs never hold the person's words, the chat id or the bot token.
"""
from __future__ import annotations

import hmac
import json
import logging
import secrets
import time
import weakref
from collections import OrderedDict, deque
from typing import Optional

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Message, Update
from telegram.error import TelegramError

from bot.texts_channels import CHANNEL_BUTTON_LABELS, CHANNEL_TEXTS, urgency_lines
from handoff import crypto, db, gateway, store
from handoff.config import get_settings

logger = logging.getLogger(__name__)

router = APIRouter(tags=["telegram"])

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
TELEGRAM_TEXT_LIMIT = 4096
MAX_UPDATE_BYTES = 1_000_000
BUTTON_TTL_SECONDS = 24 * 3600
URGENCY_REPEAT_SECONDS = 30 * 60
NON_TEXT_KINDS = ("voice", "audio", "photo", "sticker", "document", "video", "video_note", "animation",
                  "location", "venue", "contact", "poll", "dice", "game", "story")
INTERNAL = "__c360:"  # payloads handled here, never relayed
ERASE_YES, ERASE_NO = INTERNAL + "effacer_oui", INTERNAL + "effacer_non"

# httpx logs every request URL at INFO; the Bot API URL contains the bot token.
logging.getLogger("httpx").setLevel(logging.WARNING)


class TelegramNotConfigured(Exception):
    """No bot token in the environment (C360_TELEGRAM_TOKEN)."""


class SendToPersonError(Exception):
    """send_to_person failed; .reason is pas_telegram, pas_de_contact, non_configure or envoi_echoue."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# ---------------------------------------------------------------- small in-memory state

class ButtonMap:
    """Short callback ids -> (payload, title), per conversation, expiring; bounded in size."""

    def __init__(self, ttl: float = BUTTON_TTL_SECONDS, per_conversation: int = 60, conversations: int = 5000):
        self.ttl, self.per_conversation, self.conversations = ttl, per_conversation, conversations
        self._maps: OrderedDict[str, OrderedDict[str, tuple[str, str, float]]] = OrderedDict()

    def register(self, conversation_id: str, payload: str, title: str) -> str:
        entries = self._maps.pop(conversation_id, None) or OrderedDict()
        self._maps[conversation_id] = entries
        while len(self._maps) > self.conversations:
            self._maps.popitem(last=False)
        now = time.monotonic()
        for key in [k for k, (_, _, expiry) in entries.items() if expiry < now]:
            del entries[key]
        while len(entries) >= self.per_conversation:
            entries.popitem(last=False)
        short = "b" + secrets.token_urlsafe(6)  # 9 ASCII bytes, far below Telegram's 64
        entries[short] = (payload, title, now + self.ttl)
        return short

    def lookup(self, conversation_id: str, short: str) -> Optional[tuple[str, str]]:
        entry = (self._maps.get(conversation_id) or {}).get(short)
        if entry is None or entry[2] < time.monotonic():
            return None
        return entry[0], entry[1]

    def forget(self, conversation_id: str) -> None:
        self._maps.pop(conversation_id, None)


_buttons = ButtonMap()
_typed_choices: OrderedDict[str, list[tuple[str, str]]] = OrderedDict()  # cid -> last numbered choices
_urgency_sent: OrderedDict[str, tuple[str, float]] = OrderedDict()  # cid -> (numbers, when)
_seen_updates: deque = deque(maxlen=2000)  # Telegram retries: never process an update twice


def _remember(mapping: OrderedDict, key: str, value, limit: int = 5000) -> None:
    mapping.pop(key, None)
    mapping[key] = value
    while len(mapping) > limit:
        mapping.popitem(last=False)


def reset_state() -> None:
    """Tests: forget every in-memory map."""
    _buttons._maps.clear()
    _typed_choices.clear()
    _urgency_sent.clear()
    _seen_updates.clear()


# ---------------------------------------------------------------- the Bot

_bots: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # event loop -> {(token, url): Bot}


def make_bot(token: Optional[str] = None, base_url: Optional[str] = None) -> Bot:
    settings = get_settings()
    token = token or settings.telegram_token
    if not token:
        raise TelegramNotConfigured("C360_TELEGRAM_TOKEN is not set")
    return Bot(token, base_url=base_url or settings.telegram_base_url or DEFAULT_BASE_URL)


async def get_bot() -> Bot:
    """One initialised Bot per event loop (httpx clients cannot cross loops)."""
    import asyncio

    settings = get_settings()
    if not settings.telegram_token:
        raise TelegramNotConfigured("C360_TELEGRAM_TOKEN is not set")
    key = (settings.telegram_token, settings.telegram_base_url or DEFAULT_BASE_URL)
    per_loop = _bots.setdefault(asyncio.get_running_loop(), {})
    bot = per_loop.get(key)
    if bot is None:
        bot = make_bot()
        try:
            await bot.initialize()
        except TelegramError as error:
            # Telegram unreachable: the message still goes through the gateway (danger check, minimal request);
            # only the answers fail. Not cached, so the next update tries again.
            logger.warning("telegram: bot not initialised (%s)", type(error).__name__)
            return bot
        per_loop[key] = bot
    return bot


async def shutdown() -> None:
    import asyncio

    for bot in list((_bots.get(asyncio.get_running_loop()) or {}).values()):
        try:
            await bot.shutdown()
        except Exception:  # pragma: no cover - best effort
            pass
    _bots.pop(asyncio.get_running_loop(), None)


# ---------------------------------------------------------------- text helpers

def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Split at Telegram's limit (UTF-16 units), at a paragraph, a line, a sentence or a space when possible."""
    chunks: list[str] = []
    rest = text
    while _utf16_len(rest) > limit:
        # the longest prefix within the limit (characters outside the BMP count twice)
        cut, units = 0, 0
        while cut < len(rest):
            units += 2 if ord(rest[cut]) > 0xFFFF else 1
            if units > limit:
                break
            cut += 1
        window = rest[:cut]
        for separator in ("\n\n", "\n", ". ", " "):
            position = window.rfind(separator)
            if position > limit // 2:
                cut = position + len(separator)
                break
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest.strip() or not chunks:
        chunks.append(rest.rstrip() if chunks else rest)
    return chunks


def _numbers_text(numbers: list[str]) -> str:
    """The urgency message: the numbers first, from the one table."""
    lines = [CHANNEL_TEXTS["urgence_titre"]]
    lines += [f"{line['number']} : {line['label']}" for line in urgency_lines(numbers)]
    return "\n".join(lines)


def _with_choices(text: str, buttons: list[dict]) -> tuple[str, bool]:
    """Choices always in the text too; returns (text, numbered) -- numbered when we wrote the list."""
    titles = [str(b.get("title") or b.get("payload") or "") for b in buttons]
    lowered = text.lower()
    if text and all(title.lower() in lowered for title in titles):
        return text, False
    listing = "\n".join(f"{index}. {title}" for index, title in enumerate(titles, start=1))
    intro = CHANNEL_TEXTS["tg_choix_intro"]
    return (f"{text}\n\n{intro}\n{listing}" if text else f"{intro}\n{listing}"), True


# ---------------------------------------------------------------- storage of the chat id

def _store_contact(conversation_id: str, chat_id: int) -> None:
    with db.session_scope() as session:
        conversation = store.get_or_create_conversation(session, conversation_id, "telegram")
        current = conversation.contact_secret
        if current:
            try:
                if crypto.decrypt(current) == str(chat_id):
                    return
            except crypto.CryptoError:
                pass
        conversation.contact_secret = crypto.encrypt(str(chat_id))


def _read_contact(conversation_id: str) -> Optional[int]:
    from handoff.models import Conversation

    with db.session_scope() as session:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None or not conversation.contact_secret:
            return None
        try:
            return int(crypto.decrypt(conversation.contact_secret))
        except (crypto.CryptoError, ValueError):
            return None


# ---------------------------------------------------------------- sending

async def _send(bot: Bot, chat_id: int, text: str, markup: Optional[InlineKeyboardMarkup] = None) -> None:
    chunks = split_text(text)
    for index, chunk in enumerate(chunks):
        await bot.send_message(
            chat_id=chat_id, text=chunk,
            reply_markup=markup if index == len(chunks) - 1 else None,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        )


async def send_reply(bot: Bot, chat_id: int, conversation_id: str, reply: gateway.Reply) -> None:
    """Send a gateway Reply: the urgency numbers first (one message), then each bot message."""
    numbers = list((reply.urgency or {}).get("numbers") or [])
    if numbers:
        key = ",".join(numbers)
        last = _urgency_sent.get(conversation_id)
        if last is None or last[0] != key or time.monotonic() - last[1] > URGENCY_REPEAT_SECONDS:
            await _send(bot, chat_id, _numbers_text(numbers))
            _remember(_urgency_sent, conversation_id, (key, time.monotonic()))
    for message in reply.messages:
        text = message.get("text") or ""
        buttons = message.get("buttons") or []
        markup = None
        if buttons:
            text, numbered = _with_choices(text, buttons)
            rows = []
            choices = []
            for button in buttons:
                payload = str(button.get("payload") or button.get("title") or "")
                title = str(button.get("title") or payload)
                short = _buttons.register(conversation_id, payload, title)
                rows.append([InlineKeyboardButton(title, callback_data=short)])
                choices.append((payload, title))
            markup = InlineKeyboardMarkup(rows)
            if numbered:
                _remember(_typed_choices, conversation_id, choices)
            else:
                _typed_choices.pop(conversation_id, None)
        if text.strip():
            await _send(bot, chat_id, text, markup)


async def _relay(bot: Bot, chat_id: int, conversation_id: str, text: str,
                 metadata: Optional[dict] = None) -> None:
    reply = await gateway.handle_user_message("telegram", conversation_id, text, metadata=metadata)
    await send_reply(bot, chat_id, conversation_id, reply)


async def _ask_erase(bot: Bot, chat_id: int, conversation_id: str) -> None:
    markup = InlineKeyboardMarkup([
        [InlineKeyboardButton(CHANNEL_BUTTON_LABELS["effacer_oui"],
                              callback_data=_buttons.register(conversation_id, ERASE_YES,
                                                              CHANNEL_BUTTON_LABELS["effacer_oui"]))],
        [InlineKeyboardButton(CHANNEL_BUTTON_LABELS["effacer_non"],
                              callback_data=_buttons.register(conversation_id, ERASE_NO,
                                                              CHANNEL_BUTTON_LABELS["effacer_non"]))],
    ])
    text = (f"{CHANNEL_TEXTS['tg_effacer_question']}\n1. {CHANNEL_BUTTON_LABELS['effacer_oui']}\n"
            f"2. {CHANNEL_BUTTON_LABELS['effacer_non']}")
    _remember(_typed_choices, conversation_id, [(ERASE_YES, ""), (ERASE_NO, "")])
    await _send(bot, chat_id, text, markup)


async def _internal(bot: Bot, chat_id: int, conversation_id: str, payload: str) -> None:
    if payload == ERASE_YES:
        await gateway.forget_conversation(conversation_id)
        _buttons.forget(conversation_id)
        _typed_choices.pop(conversation_id, None)
        _urgency_sent.pop(conversation_id, None)
        await _send(bot, chat_id, CHANNEL_TEXTS["tg_effacee"])
    elif payload == ERASE_NO:
        await _send(bot, chat_id, CHANNEL_TEXTS["tg_garde"])


# ---------------------------------------------------------------- update handling

def _command(text: str) -> tuple[Optional[str], str]:
    """('/start@MonBot extra') -> ('start', 'extra'); (None, text) when not a command."""
    if not text.startswith("/"):
        return None, text
    head, _, rest = text.partition(" ")
    name = head[1:].split("@", 1)[0].lower()
    return name, rest.strip()


async def _on_message(bot: Bot, message: Message) -> None:
    chat = message.chat
    if chat is None or chat.type != "private":
        logger.info("telegram: update from a non-private chat ignored")
        return
    chat_id = chat.id
    conversation_id = gateway.telegram_conversation_id(chat_id)
    await anyio.to_thread.run_sync(_store_contact, conversation_id, chat_id)

    text = message.text if message.text is not None else message.caption
    non_text = any(getattr(message, kind, None) for kind in NON_TEXT_KINDS)
    if text is None or not text.strip():
        await _send(bot, chat_id, CHANNEL_TEXTS["tg_non_texte"])
        return

    name, rest = _command(text.strip())
    metadata = None
    if name == "start":
        text = CHANNEL_TEXTS["message_debut"]
    elif name == "aide":
        await _send(bot, chat_id, CHANNEL_TEXTS["tg_aide"])
        return
    elif name == "conseiller":
        text = CHANNEL_TEXTS["demande_conseiller"]
    elif name == "effacer":
        await _ask_erase(bot, chat_id, conversation_id)
        return
    elif name is not None:
        # Unknown command: its words are read like any message (Rasa must not take "/x" as an intent).
        text = f"{name} {rest}".strip()
    else:
        choices = _typed_choices.get(conversation_id)
        typed = text.strip().rstrip(".")
        if choices and typed.isdigit() and 1 <= int(typed) <= len(choices):
            payload, title = choices[int(typed) - 1]
            _typed_choices.pop(conversation_id, None)
            if payload.startswith(INTERNAL):
                await _internal(bot, chat_id, conversation_id, payload)
                return
            text, metadata = payload, {"button_title": title}
    await _relay(bot, chat_id, conversation_id, text, metadata)
    if non_text:  # a caption was read and triaged first; then say what the bot can read
        await _send(bot, chat_id, CHANNEL_TEXTS["tg_non_texte"])


async def _on_callback(bot: Bot, update: Update) -> None:
    query = update.callback_query
    message = query.message if isinstance(query.message, Message) else None  # None when too old
    chat = getattr(query.message, "chat", None)
    if chat is not None and chat.type != "private":
        await bot.answer_callback_query(query.id)
        return
    chat_id = chat.id if chat is not None else query.from_user.id
    conversation_id = gateway.telegram_conversation_id(chat_id)
    entry = _buttons.lookup(conversation_id, query.data or "")
    if entry is None:
        await bot.answer_callback_query(query.id, text=CHANNEL_TEXTS["tg_bouton_perime"])
        await _send(bot, chat_id, CHANNEL_TEXTS["tg_bouton_perime"])
        return
    payload, title = entry
    await bot.answer_callback_query(query.id, text=CHANNEL_TEXTS["tg_choix_fait"].format(choix=title)[:200])
    if message is not None:  # one answer per question: the keyboard goes away once used
        try:
            await bot.edit_message_reply_markup(chat_id=chat_id, message_id=message.message_id, reply_markup=None)
        except TelegramError as error:
            logger.info("telegram: keyboard not removed (%s)", type(error).__name__)
    await anyio.to_thread.run_sync(_store_contact, conversation_id, chat_id)
    _typed_choices.pop(conversation_id, None)
    if payload.startswith(INTERNAL):
        await _internal(bot, chat_id, conversation_id, payload)
        return
    await _relay(bot, chat_id, conversation_id, payload, {"button_title": title})


async def process_update(update: Update, bot: Bot) -> None:
    """Handle one parsed update (webhook and polling). Never raises; logs without content."""
    try:
        if update.update_id in _seen_updates:
            return
        _seen_updates.append(update.update_id)
        if update.callback_query is not None:
            await _on_callback(bot, update)
            return
        message = update.message or update.edited_message  # an edited message is triaged like a new one
        if message is not None:
            await _on_message(bot, message)
    except TelegramError as error:
        logger.warning("telegram: Bot API call failed (%s)", type(error).__name__)
    except Exception as error:  # never a stack trace with the person's words
        logger.error("telegram: update not processed (%s)", type(error).__name__)


def parse_update(data, bot: Bot) -> Optional[Update]:
    """telegram.Update.de_json, or None for a malformed update (logged at WARNING, without content)."""
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        logger.warning("telegram: malformed update ignored (no update_id)")
        return None
    try:
        return Update.de_json(data, bot)
    except Exception as error:
        logger.warning("telegram: malformed update ignored (%s)", type(error).__name__)
        return None


# ---------------------------------------------------------------- the webhook

def _not_found() -> JSONResponse:
    return JSONResponse(status_code=404, content={"detail": "Not Found"})


@router.post("/telegram/webhook", include_in_schema=False)
async def webhook(request: Request) -> Response:
    settings = get_settings()
    if not settings.telegram_token or not settings.telegram_secret:
        return _not_found()
    given = request.headers.get(SECRET_HEADER, "")
    if not hmac.compare_digest(given.encode(), settings.telegram_secret.encode()):
        return JSONResponse(status_code=403, content={"detail": "Accès refusé."})
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_UPDATE_BYTES:
            logger.warning("telegram: update too large, ignored")
            return JSONResponse({"ok": True})
    try:
        data = json.loads(bytes(body).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        logger.warning("telegram: malformed update ignored (not JSON)")
        return JSONResponse({"ok": True})
    try:
        bot = await get_bot()
    except Exception as error:
        logger.error("telegram: bot not available (%s)", type(error).__name__)
        return JSONResponse({"ok": True})
    update = parse_update(data, bot)
    if update is not None:
        await process_update(update, bot)
    return JSONResponse({"ok": True})


# ---------------------------------------------------------------- advisers -> person ("ici" contact)

async def send_to_person(conversation_id: str, text: str) -> None:
    """Send an adviser's message to the person on Telegram (the "ici" contact).

    Raises SendToPersonError(reason). The caller (advisers' console) audits and records the transcript turn.
    """
    if not conversation_id.startswith("tg:"):
        raise SendToPersonError("pas_telegram")
    chat_id = await anyio.to_thread.run_sync(_read_contact, conversation_id)
    if chat_id is None:
        raise SendToPersonError("pas_de_contact")
    try:
        bot = await get_bot()
    except TelegramNotConfigured as error:
        raise SendToPersonError("non_configure") from error
    except TelegramError as error:
        logger.warning("telegram: bot not available (%s)", type(error).__name__)
        raise SendToPersonError("envoi_echoue") from error
    try:
        await _send(bot, chat_id, f"{CHANNEL_TEXTS['tg_message_conseiller']}\n\n{text}")
    except TelegramError as error:
        logger.warning("telegram: adviser message not delivered (%s)", type(error).__name__)
        raise SendToPersonError("envoi_echoue") from error
