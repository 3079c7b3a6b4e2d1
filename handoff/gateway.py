"""The one path of a person's message, for every channel.

channel (widget, Telegram, terminal) -> handle_user_message():
  1. fast danger check on the raw text and the conversation so far (bot.triage.danger_check, no spaCy);
     a vitale result writes the minimal request at once (vital interest), even if Rasa is down;
  2. gates (empty, size, rate) -- always AFTER the danger check, never instead of it;
  3. relay to Rasa's REST webhook on loopback with server-set channel and metadata;
  4. our own copy of the transcript; the emergency reply from the one table when Rasa is unreachable
     or did not carry it.
  5. the safety question: when the fast check finds no danger but the model is not sure
     (TriageResult.asks_safety_question), the reply ends with "Êtes-vous en danger maintenant ?" (once per
     conversation); the answer is handled here, not by Rasa: "oui" writes the minimal request at once and shows
     the general emergency numbers, "non" lets the dialogue go on.
Channels never choose the conversation id: they get it from new_web_conversation_id() or
telegram_conversation_id().
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Optional

import anyio

from bot import texts
from bot.triage import danger_check, is_new_danger
from bot.triage.emergency import DANGER_KINDS, FOLLOW_UP, message_for, numbers_for
from handoff import db, store
from handoff.config import get_settings
from handoff.rasa_client import RasaClient, RasaUnavailable

logger = logging.getLogger(__name__)

CHANNELS = ("web", "telegram", "terminal")


@dataclass
class Reply:
    """What a channel shows: bot messages, plus the urgency payload for the emergency banner."""
    messages: list[dict] = field(default_factory=list)  # {"text", "buttons": [{"title","payload"}]}
    urgency: Optional[dict] = None  # {"urgency": "vitale", "numbers": [...]} -> banner
    reference: Optional[str] = None
    error: Optional[str] = None  # "rasa_unavailable", "rate_limited", "empty", ...


def new_web_conversation_id() -> str:
    return f"web:{secrets.token_urlsafe(18)}"


def telegram_conversation_id(chat_id: int | str) -> str:
    key = get_settings().conversation_key.encode()
    digest = hmac.new(key, str(chat_id).encode(), hashlib.sha256).hexdigest()[:32]
    return f"tg:{digest}"


def terminal_conversation_id() -> str:
    return f"term:{secrets.token_urlsafe(12)}"


class RateLimiter:
    """Sliding one-minute window per conversation, in memory (one public service process)."""

    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self._hits: dict[str, deque] = defaultdict(deque)

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        hits = self._hits[key]
        while hits and now - hits[0] > 60:
            hits.popleft()
        if len(hits) >= self.per_minute:
            return False
        hits.append(now)
        return True


_rasa: Optional[RasaClient] = None
_limiter: Optional[RateLimiter] = None


def _client() -> RasaClient:
    global _rasa
    if _rasa is None:
        _rasa = RasaClient(get_settings().rasa_url)
    return _rasa


def _rate_limiter() -> RateLimiter:
    global _limiter
    if _limiter is None:
        _limiter = RateLimiter(get_settings().rate_per_minute)
    return _limiter


async def shutdown() -> None:
    global _rasa
    if _rasa is not None:
        await _rasa.aclose()
        _rasa = None


def _emergency_reply(kinds: list[str]) -> list[dict]:
    """The emergency messages from the one table; a danger of unknown kind still gets 15 / 112 / 114."""
    kinds = [kind for kind in kinds if kind in DANGER_KINDS] or ["medical"]
    return [{"text": message_for(kind), "buttons": []} for kind in kinds]


def _urgency_payload(messages: list[dict]) -> Optional[dict]:
    numbers: list[str] = []
    level = None
    for message in messages:
        custom = message.get("custom") or {}
        if isinstance(custom, dict) and custom.get("urgency"):
            level = level or custom["urgency"]
            numbers += [n for n in custom.get("numbers", []) if n not in numbers]
    return {"urgency": level, "numbers": numbers} if level else None


def _visible(messages: list[dict]) -> list[dict]:
    """Rasa's REST output: keep text and buttons; custom payloads are merged into Reply.urgency."""
    shown = []
    for message in messages:
        if message.get("text") or message.get("buttons"):
            shown.append({"text": message.get("text", ""), "buttons": message.get("buttons") or []})
    return shown


SAFETY_YES = "/danger_oui"
SAFETY_NO = "/danger_non"
SAFETY_KIND = "danger"  # the general numbers: 15, 112, 3114, 114
# "oui…" / "yes…" may start a longer answer; "si", "sim", "ja" only alone ("Si vous pouviez m'aider…" is no yes)
_TYPED_YES = re.compile(r"^\s*(?:(?:oui|ouais|ouai|oui oui|yes|oui il y a un danger|oui danger)\b|(?:si|sim|ja)\s*[.!]*\s*$)", re.I)
_TYPED_NO = re.compile(r"^\s*(?:non|nan|no|nein|non merci|non pas de danger|pas de danger)\s*[.!]*\s*$", re.I)


def _safety_question() -> dict:
    return {"text": texts.get("securite_question"), "buttons": [
        {"title": texts.get("securite_bouton_oui"), "payload": SAFETY_YES},
        {"title": texts.get("securite_bouton_non"), "payload": SAFETY_NO},
    ]}


def _safety_answer(text: str, last_assistant: Optional[str]) -> Optional[bool]:
    """True / False when the message answers the safety question just asked (a button or a typed yes / no)."""
    if last_assistant != texts.get("securite_question"):
        return None
    if text == SAFETY_YES or _TYPED_YES.match(text):
        return True
    if text == SAFETY_NO or _TYPED_NO.match(text):
        return False
    return None  # anything else is read as a new message


def _before_relay(conversation_id: str, channel: str, text: str, shown: str):
    """DB part before the relay (runs in a worker thread): record, danger check, minimal request.
    `shown` is what the person sees as their words (a button's title rather than its payload)."""
    with db.session_scope() as session:
        conversation = store.get_or_create_conversation(session, conversation_id, channel)
        turns = store.transcript(session, conversation_id)
        previous = [t["text"] for t in turns if t["author"] == "personne" and not t["text"].startswith("/")]
        said = [t["text"] for t in turns if t["author"] == "assistant"]
        store.record_turn(session, conversation_id, "personne", shown)
        answer = _safety_answer(text, said[-1] if said else None)
        # the answer button's payload is no text to triage; a typed answer ("oui, il veut sauter") is read as usual
        payload_answer = answer is not None and text.startswith("/")
        result = danger_check(previous) if payload_answer else danger_check(previous + [text])
        new_kinds = [] if payload_answer else is_new_danger(previous, text)
        if answer:
            # the person says there is a danger now: vital interest, the request goes first in the queue
            if result.urgency != "vitale":
                new_kinds = [SAFETY_KIND]
            elif not new_kinds:
                new_kinds = [k for k in result.danger_kinds if k in DANGER_KINDS] or [SAFETY_KIND]
            result.urgency = "vitale"
            result.danger_kinds = result.danger_kinds or [SAFETY_KIND]
            result.signals = ["danger confirmé par la personne (question de sécurité)"] + result.signals
        if result.urgency == "vitale":
            store.ensure_danger_request(
                session, conversation_id, channel, urgency="vitale", signals=result.signals,
                danger_kinds=result.danger_kinds,
            )
        ask = answer is None and not text.startswith("/") and result.asks_safety_question \
            and texts.get("securite_question") not in said
        return conversation.reference, result, new_kinds, answer, ask


def _after_relay(conversation_id: str, channel: str, shown: list[dict], rasa_urgency: Optional[dict]):
    with db.session_scope() as session:
        for message in shown:
            if message["text"]:
                store.record_turn(session, conversation_id, "assistant", message["text"])
        if rasa_urgency and rasa_urgency.get("urgency") == "vitale":
            # Rasa saw danger the fast check did not (e.g. from the whole conversation): own the request too.
            store.ensure_danger_request(
                session, conversation_id, channel, urgency="vitale", signals=["détecté par le dialogue"],
                danger_kinds=[],
            )


async def handle_user_message(channel: str, conversation_id: str, text: str, *,
                              metadata: Optional[dict] = None) -> Reply:
    """Run one person's message through the whole path; never raises for bad input."""
    if channel not in CHANNELS:
        raise ValueError("unknown channel")
    settings = get_settings()
    text = (text or "").replace("\x00", "").strip()
    if not text:
        return Reply(messages=[{"text": texts.get("gate_vide"), "buttons": []}], error="empty")
    whole = text  # the danger check reads all of it; only the stored copy is bounded
    text = text[: settings.max_message_chars]
    button_title = str((metadata or {}).get("button_title") or "")[:200]
    if text.startswith("/") and not button_title:
        text = text.lstrip("/").strip() or text  # typed text is words, never a command such as /restart
    shown_text = button_title if (button_title and text.startswith("/")) else text

    checked = whole if not text.startswith("/") else text
    reference, danger, new_kinds, answer, ask = await anyio.to_thread.run_sync(
        _before_relay, conversation_id, channel, checked, shown_text)
    urgency = None
    if danger.urgency == "vitale":
        urgency = {"urgency": "vitale", "numbers": numbers_for(danger.danger_kinds)}
    if answer is not None:
        # the answer to the safety question stays here: Rasa's dialogue goes on at its next message
        if answer:
            messages = _emergency_reply(new_kinds) + [{"text": FOLLOW_UP, "buttons": []}]  # never empty on a yes
        else:
            messages = [{"text": texts.get("securite_non"), "buttons": []}]
        await anyio.to_thread.run_sync(_after_relay, conversation_id, channel, messages, None)
        return Reply(messages=messages, urgency=urgency, reference=reference)

    if not _rate_limiter().allow(conversation_id):
        messages = _emergency_reply(new_kinds) if new_kinds else []
        messages.append({"text": texts.get("gate_trop_vite"), "buttons": []})
        return Reply(messages=messages, urgency=urgency, reference=reference, error="rate_limited")

    truncated = len(text) > settings.max_relay_chars
    relayed = text[: settings.max_relay_chars]
    meta = {
        "reference": reference,
        "channel": channel,
        "truncated": truncated,
        "original_length": len(text),
        "danger": {"urgency": danger.urgency, "kinds": danger.danger_kinds},
        **(metadata or {}),
    }
    try:
        raw = await _client().send(conversation_id, relayed, input_channel=channel, metadata=meta)
    except RasaUnavailable:
        messages = _emergency_reply(danger.danger_kinds) if danger.urgency == "vitale" else []
        messages.append({"text": texts.get("gate_service_indisponible"), "buttons": []})
        if ask:
            messages.append(_safety_question())
        await anyio.to_thread.run_sync(_after_relay, conversation_id, channel, messages, None)
        return Reply(messages=messages, urgency=urgency, reference=reference, error="rasa_unavailable")

    rasa_urgency = _urgency_payload(raw)
    shown = _visible(raw)
    if new_kinds and not rasa_urgency:
        # Belt and braces: the dialogue must show the numbers for a new danger; if it did not, we do.
        logger.error("dialogue reply lacked the emergency message; gateway added it")
        shown = _emergency_reply(new_kinds) + shown
    if truncated:
        shown.insert(0, {"text": texts.get("gate_message_long"), "buttons": []})
    if not shown:
        shown = [{"text": texts.get("gate_pas_de_reponse"), "buttons": []}]
    if ask and not rasa_urgency:
        shown.append(_safety_question())
    await anyio.to_thread.run_sync(_after_relay, conversation_id, channel, shown, rasa_urgency)
    if rasa_urgency:
        merged = (urgency or {}).get("numbers", []) + [
            n for n in rasa_urgency["numbers"] if n not in (urgency or {}).get("numbers", [])]
        urgency = {"urgency": rasa_urgency["urgency"], "numbers": merged}
    return Reply(messages=shown, urgency=urgency, reference=reference)


async def history(conversation_id: str) -> list[dict]:
    def _read():
        with db.session_scope() as session:
            return store.transcript(session, conversation_id)
    return await anyio.to_thread.run_sync(_read)


async def forget_conversation(conversation_id: str) -> int:
    """'Effacer' / 'Quitter vite': delete the unsent conversation here and in Rasa's tracker store."""
    from handoff.tracker_cleanup import delete_tracker_rows

    def _forget():
        with db.session_scope() as session:
            count = store.delete_conversation(session, conversation_id)
        return count + delete_tracker_rows([conversation_id])
    return await anyio.to_thread.run_sync(_forget)
