"""The web chat widget: demo page, static files and its JSON endpoints.

Routes (public service, see docs/CHANNELS.md):
  GET  /                        demo page of a fictional Communauté 360 site, widget embedded by one script tag
  GET  /widget/widget.js        the widget (plain JS; the French texts of bot/texts_channels.py are injected)
  GET  /widget/widget.css       its style sheet
  GET  /widget/neutre           neutral weather-like page, the default target of "Quitter vite"
  POST /widget/conversations    a new conversation: {"conversation_id", "token", "expires_at"}
  POST /widget/messages         {"conversation_id", "token", "text", ["button_title"]} -> gateway reply
  GET  /widget/history          ?conversation_id=... with header X-C360-Token -> transcript
  POST /widget/forget           {"conversation_id", "token"} -> "Effacer" / "Quitter vite"

Ids come from gateway.new_web_conversation_id(); the token is "<expiry>.<HMAC(conversation_key, id|expiry)>",
so only ids issued by this service, for the web channel and not expired, are accepted (checked in constant
time). The person's words never pass through this module except to the gateway.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Optional

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from bot.texts_channels import CHANNEL_BUTTON_LABELS, CHANNEL_TEXTS, urgency_lines
from handoff import gateway
from handoff.config import get_settings

logger = logging.getLogger(__name__)

router = APIRouter(tags=["widget"])

STATIC_DIR = Path(__file__).resolve().parents[1] / "static" / "widget"
MAX_BODY_BYTES = 1024 * 1024  # any message the gateway accepts (100,000 characters) fits; it keeps it whole
TOKEN_HEADER = "X-C360-Token"
_TEXTS_PLACEHOLDER = "{} /*@@C360_TEXTS@@*/"

PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
_COMMON_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


# ---------------------------------------------------------------- signing

def _mac(conversation_id: str, expires: int) -> str:
    key = get_settings().conversation_key.encode()
    return hmac.new(key, f"{conversation_id}|{expires}".encode(), hashlib.sha256).hexdigest()


def issue_token(conversation_id: str, expires: int) -> str:
    return f"{expires}.{_mac(conversation_id, expires)}"


def check_token(conversation_id: str, token: str, now: Optional[float] = None) -> Optional[str]:
    """None when valid, else an error code: conversation_inconnue / conversation_expiree."""
    if not conversation_id.startswith("web:") or len(conversation_id) > 100:
        return "conversation_inconnue"
    expires_text, _, mac = token.partition(".")
    if not expires_text.isdigit() or len(expires_text) > 12:
        return "conversation_inconnue"
    expires = int(expires_text)
    if not hmac.compare_digest(mac.encode(), _mac(conversation_id, expires).encode()):
        return "conversation_inconnue"
    if expires < (now if now is not None else time.time()):
        return "conversation_expiree"
    return None


# ---------------------------------------------------------------- helpers

def _error(status: int, key: str, code: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"detail": CHANNEL_TEXTS[key], "code": code})


def _cors(request: Request, response: Response) -> Response:
    """Other sites may embed the widget when listed in C360_WIDGET_ORIGINS (no cookies are used)."""
    origin = (request.headers.get("origin") or "").rstrip("/")
    if origin and origin in get_settings().widget_origins:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"
    return response


async def _read_json(request: Request) -> tuple[Optional[dict], Optional[JSONResponse]]:
    """The JSON body, bounded to MAX_BODY_BYTES (413 in French), else a French 422."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        return None, _error(413, "erreur_trop_long", "trop_long")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            return None, _error(413, "erreur_trop_long", "trop_long")
    try:
        data = json.loads(bytes(body).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None, _error(422, "erreur_donnees", "donnees_invalides")
    if not isinstance(data, dict):
        return None, _error(422, "erreur_donnees", "donnees_invalides")
    return data, None


def _conversation(data: dict, token_override: Optional[str] = None, *,
                  allow_expired: bool = False) -> tuple[Optional[str], Optional[JSONResponse]]:
    if not get_settings().conversation_key:
        logger.error("C360_CONVERSATION_KEY is not set: the widget cannot sign conversations")
        return None, _error(503, "erreur_configuration", "non_configure")
    cid = data.get("conversation_id")
    token = token_override if token_override is not None else data.get("token")
    if not isinstance(cid, str) or not isinstance(token, str) or not cid or not token:
        return None, _error(422, "erreur_donnees", "donnees_invalides")
    problem = check_token(cid, token)
    if problem == "conversation_expiree" and allow_expired:  # forgetting must work even after expiry
        problem = None
    if problem:
        return None, _error(403, "erreur_conversation", problem)
    return cid, None


def _urgency_out(urgency: Optional[dict]) -> Optional[dict]:
    if not urgency:
        return None
    numbers = list(urgency.get("numbers") or [])
    return {"urgency": urgency.get("urgency"), "numbers": numbers, "lines": urgency_lines(numbers)}


def _history_urgency(turns: list[dict]) -> Optional[dict]:
    """After a reload, the banner comes back when the conversation showed danger (same check as the gateway)."""
    texts = [t["text"] for t in turns if t.get("author") == "personne"]
    if not texts:
        return None
    try:
        from bot.triage import danger_check
        from bot.triage.emergency import numbers_for
    except ImportError:  # pragma: no cover - triage library missing
        return None
    result = danger_check(texts)
    if result.urgency != "vitale":
        return None
    return _urgency_out({"urgency": "vitale", "numbers": numbers_for(result.danger_kinds)})


def _iso(value) -> Optional[str]:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.isoformat()
    return value


# ---------------------------------------------------------------- pages and static files

@lru_cache(maxsize=1)
def _widget_js() -> str:
    source = (STATIC_DIR / "widget.js").read_text(encoding="utf-8")
    texts = json.dumps({"texts": CHANNEL_TEXTS, "labels": CHANNEL_BUTTON_LABELS}, ensure_ascii=True)
    return source.replace(_TEXTS_PLACEHOLDER, texts, 1)


@router.get("/widget/widget.js", include_in_schema=False)
async def widget_js() -> Response:
    return Response(_widget_js(), media_type="text/javascript; charset=utf-8",
                    headers={"Cache-Control": "no-cache", **_COMMON_HEADERS})


@router.get("/widget/widget.css", include_in_schema=False)
async def widget_css() -> Response:
    css = (STATIC_DIR / "widget.css").read_text(encoding="utf-8")
    return Response(css, media_type="text/css; charset=utf-8",
                    headers={"Cache-Control": "no-cache", **_COMMON_HEADERS})


_DEMO_PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accueil – Communauté 360 (démonstration)</title>
<link rel="stylesheet" href="/widget/demo.css">
</head>
<body>
<a class="demo-skip" href="#contenu">Aller au contenu</a>
<header class="demo-header">
  <p class="demo-logo">Communauté 360</p>
  <nav aria-label="Menu principal">
    <ul>
      <li><a href="#qui">Qui sommes-nous ?</a></li>
      <li><a href="#contact">Nous contacter</a></li>
    </ul>
  </nav>
</header>
<main id="contenu">
  <h1>Bienvenue sur le site de la Communauté 360</h1>
  <p>Ce site est un exemple. Il montre la fenêtre de discussion avec l'assistant.</p>
  <h2 id="qui">Qui sommes-nous ?</h2>
  <p>La Communauté 360 aide les personnes en situation de handicap et leurs proches.</p>
  <p>Vous pouvez demander de l'aide pour l'école, le travail, le logement, les loisirs ou la santé.</p>
  <h2 id="contact">Nous contacter</h2>
  <p>Appelez le <a href="tel:0800360360">0 800 360 360</a>. L'appel est gratuit.</p>
  <p>Vous pouvez aussi écrire à l'assistant. Utilisez le bouton « Écrire à l'assistant » en bas de la page.</p>
</main>
<footer class="demo-footer"><p>Site de démonstration. Aucune donnée réelle.</p></footer>
<script src="/widget/widget.js" defer></script>
</body>
</html>
"""

_DEMO_CSS = """
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  line-height: 1.5; color: #1a1a1a; background: #fff; }
.demo-skip { position: absolute; left: -9999px; }
.demo-skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 10; }
.demo-header { background: #1d3c78; color: #fff; padding: 1rem; display: flex; flex-wrap: wrap; gap: 1rem;
  align-items: center; justify-content: space-between; }
.demo-header a { color: #fff; }
.demo-header ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
.demo-header li a { display: inline-block; min-height: 44px; line-height: 44px; }
.demo-logo { font-size: 1.5rem; font-weight: bold; margin: 0; }
main { max-width: 45rem; margin: 0 auto; padding: 1rem 1rem 6rem; }
main a { color: #1d3c78; }
.demo-footer { border-top: 1px solid #767676; padding: 1rem 1rem 6rem; text-align: center; }
a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; box-shadow: 0 0 0 6px #ffbf47; }
"""

_NEUTRAL_PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{titre}</title>
<link rel="stylesheet" href="/widget/demo.css">
</head>
<body>
<main>
<h1>{titre}</h1>
<p>{texte}</p>
<p>Matin : 12 °C. Après-midi : 18 °C. Vent faible.</p>
</main>
</body>
</html>
"""


def _page(html: str) -> HTMLResponse:
    return HTMLResponse(html, headers={"Content-Security-Policy": PAGE_CSP, "Cache-Control": "no-store",
                                       **_COMMON_HEADERS})


@router.get("/", include_in_schema=False)
async def demo_page() -> HTMLResponse:
    return _page(_DEMO_PAGE)


@router.get("/widget/demo.css", include_in_schema=False)
async def demo_css() -> Response:
    return Response(_DEMO_CSS, media_type="text/css; charset=utf-8", headers=_COMMON_HEADERS)


@router.get("/widget/neutre", include_in_schema=False)
async def neutral_page() -> HTMLResponse:
    return _page(_NEUTRAL_PAGE.format(titre=CHANNEL_TEXTS["neutre_titre"], texte=CHANNEL_TEXTS["neutre_texte"]))


# ---------------------------------------------------------------- JSON endpoints

@router.options("/widget/{path:path}", include_in_schema=False)
async def preflight(path: str, request: Request) -> Response:
    response = Response(status_code=204)
    origin = (request.headers.get("origin") or "").rstrip("/")
    if origin and origin in get_settings().widget_origins:
        response.headers.update({
            "Access-Control-Allow-Origin": origin,
            "Access-Control-Allow-Methods": "GET, POST",
            "Access-Control-Allow-Headers": f"Content-Type, {TOKEN_HEADER}",
            "Access-Control-Max-Age": "600",
            "Vary": "Origin",
        })
    return response


@router.post("/widget/conversations")
async def new_conversation(request: Request) -> Response:
    settings = get_settings()
    if not settings.conversation_key:
        logger.error("C360_CONVERSATION_KEY is not set: the widget cannot sign conversations")
        return _cors(request, _error(503, "erreur_configuration", "non_configure"))
    conversation_id = gateway.new_web_conversation_id()
    expires = int(time.time()) + settings.widget_session_days * 86400
    body = {
        "conversation_id": conversation_id,
        "token": issue_token(conversation_id, expires),
        "expires_at": datetime.fromtimestamp(expires, tz=timezone.utc).isoformat(),
    }
    return _cors(request, JSONResponse(status_code=201, content=body, headers={"Cache-Control": "no-store"}))


@router.post("/widget/messages")
async def post_message(request: Request) -> Response:
    data, problem = await _read_json(request)
    if problem:
        return _cors(request, problem)
    cid, problem = _conversation(data)
    if problem:
        return _cors(request, problem)
    text = data.get("text")
    if not isinstance(text, str):
        return _cors(request, _error(422, "erreur_donnees", "donnees_invalides"))
    metadata = None
    title = data.get("button_title")
    if isinstance(title, str) and title.strip():
        metadata = {"button_title": title.strip()[:200]}
    reply = await gateway.handle_user_message("web", cid, text, metadata=metadata)
    body = {
        "messages": [{"text": m.get("text", ""), "buttons": [
            {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))} for b in (m.get("buttons") or [])
        ]} for m in reply.messages],
        "urgency": _urgency_out(reply.urgency),
        "reference": reply.reference,
        "error": reply.error,
    }
    return _cors(request, JSONResponse(body, headers={"Cache-Control": "no-store"}))


@router.get("/widget/history")
async def get_history(request: Request, conversation_id: str = "") -> Response:
    token = request.headers.get(TOKEN_HEADER) or request.query_params.get("token") or ""
    cid, problem = _conversation({"conversation_id": conversation_id}, token_override=token)
    if problem:
        return _cors(request, problem)
    turns = await gateway.history(cid)
    body = {
        "conversation_id": cid,
        "turns": [{"author": t.get("author"), "text": t.get("text", ""), "time": _iso(t.get("time"))} for t in turns],
        "urgency": _history_urgency(turns),
    }
    return _cors(request, JSONResponse(body, headers={"Cache-Control": "no-store"}))


@router.post("/widget/forget")
async def forget(request: Request) -> Response:
    data, problem = await _read_json(request)
    if problem:
        return _cors(request, problem)
    cid, problem = _conversation(data, allow_expired=True)
    if problem:
        return _cors(request, problem)
    deleted = await gateway.forget_conversation(cid)
    logger.info("widget conversation forgotten (%d rows)", deleted)
    return _cors(request, JSONResponse({"ok": True}, headers={"Cache-Control": "no-store"}))
