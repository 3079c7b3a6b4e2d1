"""The advisers' console (/conseillers): server-rendered French pages (Jinja2, autoescaped), no front-end
build. Session cookie scoped to /conseillers, CSRF token on every form, Content-Security-Policy without
inline script (static JS only), login throttling, expiry, logout.
"""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Optional
from urllib.parse import parse_qs, urlencode
from zoneinfo import ZoneInfo

import anyio
from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from handoff import audit, auth, queue, store
from handoff.config import get_settings
from handoff.db import get_session
from handoff.models import A_ORIENTER, ROLE_LABELS, STATUS_LABELS, STATUSES, User, WebSession, utcnow

logger = logging.getLogger(__name__)

HANDOFF_DIR = Path(__file__).resolve().parents[1]
STATIC_DIR = HANDOFF_DIR / "static" / "conseillers"
PARIS = ZoneInfo("Europe/Paris")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
MAX_FORM_BYTES = 64 * 1024

FLAG_LABELS = {
    "sans_solution": "Sans solution",
    "liste_attente": "Sur liste d'attente",
    "creton": "Amendement Creton (jeune adulte resté en établissement pour enfants)",
    "sortie_hopital": "Sortie d'hôpital",
    "transition_16_21": "Passage de l'enfance à l'âge adulte",
    "aidant_epuise": "Aidant épuisé",
    "connu_mdph": "Déjà connu de la MDPH",
    "exclusion": "Exclusion (école, établissement, service)",
    "fin_accompagnement": "Fin d'accompagnement",
    "expulsion": "Menace d'expulsion",
    "droits_coupes": "Droits coupés",
}
AGE_LABELS = {"moins_16": "Moins de 16 ans", "16_21": "De 16 à 20 ans", "plus_21": "21 ans et plus",
              "inconnu": "Non précisé"}
AGREES_LABELS = {"oui": "Oui", "non": "Non", "ne_peut_pas": "Ne peut pas donner son avis",
                 "inconnu": "Non précisé", "sans_objet": "Sans objet : la personne écrit pour elle-même"}
CONTACT_LABELS = {"telephone": "Téléphone", "email": "Courriel", "ici": "Réponse dans la conversation (Telegram)",
                  "aucun": "Aucun moyen de rappel donné"}
CONSENT_LABELS = {"envoi": "Envoi de la demande à la Communauté 360",
                  "partage_partenaires": "Partage avec les partenaires",
                  "interet_vital": "Envoi pour danger (intérêt vital)"}
COMPLETENESS_LABELS = {"complete": "Complète : relue et acceptée par la personne",
                       "incomplete": "Incomplète : rappel demandé avant la fin",
                       "danger": "Envoyée pour danger, sans consentement (intérêt vital)"}
AUTHOR_LABELS = {"personne": "Personne", "assistant": "Assistant", "conseiller": "Conseiller"}
LANGUAGE_LABELS = {"fr": "Français", "en": "Anglais", "es": "Espagnol", "ar": "Arabe", "de": "Allemand",
                   "it": "Italien", "pt": "Portugais", "tr": "Turc", "ro": "Roumain", "uk": "Ukrainien",
                   "ru": "Russe"}
DONE_MESSAGES = {
    "prise": "Vous avez pris la demande en charge.",
    "statut": "Le statut est enregistré.",
    "note": "La note est enregistrée.",
    "correction": "La correction est enregistrée.",
    "transfert": "La demande est transférée.",
    "attribution": "La demande est attribuée.",
    "message": "Message envoyé.",
}


# ---------------------------------------------------------------- formatting

def _as_datetime(value) -> Optional[datetime]:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value


MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")


def fr_datetime(value) -> str:
    moment = _as_datetime(value)
    if moment is None:
        return ""
    local = moment.astimezone(PARIS)
    return f"{local.day} {MONTHS[local.month - 1]} {local.year} à {local.hour} h {local.minute:02d}"


def waiting(value, now: Optional[datetime] = None) -> str:
    """'8 min', '2 h 05', '3 j 4 h' (the JS keeps it live with the same rules)."""
    moment = _as_datetime(value)
    if moment is None:
        return ""
    minutes = max(0, int(((now or utcnow()) - moment).total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes:02d}"
    days, hours = divmod(hours, 24)
    return f"{days} j {hours} h"


def plain_summary(d: dict) -> str:
    """One plain French paragraph an adviser reads in a few seconds."""
    who = queue.REQUESTER_LABELS.get(d["requester"], "Non précisé")
    parts = [f"Qui écrit : {who.lower() if d['requester'] != 'inconnu' else 'non précisé'}."]
    if d.get("for_whom"):
        parts.append(f"Pour : {d['for_whom']}.")
    if d["age_stage"] != "inconnu":
        parts.append(f"Âge : {AGE_LABELS[d['age_stage']].lower()}.")
    parts.append(f"Département : {d['departement']}." if d["departement"] else "Département inconnu : à orienter.")
    if d["domains"]:
        parts.append("Domaines : " + ", ".join(queue.DOMAIN_LABELS.get(x, x).lower() for x in d["domains"]) + ".")
    if d["flags"]:
        parts.append("Situation : " + ", ".join(FLAG_LABELS.get(x, x).lower() for x in d["flags"]) + ".")
    parts.append(f"Urgence {d['urgency']}, complexité de niveau {d['complexity']}.")
    return " ".join(parts)


templates = Jinja2Templates(directory=str(HANDOFF_DIR / "templates"))
templates.env.filters.update(fr_datetime=fr_datetime, waiting=waiting)
templates.env.globals.update(
    STATUS_LABELS=STATUS_LABELS, URGENCY_LABELS=queue.URGENCY_LABELS, DOMAIN_LABELS=queue.DOMAIN_LABELS,
    REQUESTER_LABELS=queue.REQUESTER_LABELS, CHANNEL_LABELS=queue.CHANNEL_LABELS, FLAG_LABELS=FLAG_LABELS,
    AGE_LABELS=AGE_LABELS, AGREES_LABELS=AGREES_LABELS, CONTACT_LABELS=CONTACT_LABELS,
    CONSENT_LABELS=CONSENT_LABELS, COMPLETENESS_LABELS=COMPLETENESS_LABELS, AUTHOR_LABELS=AUTHOR_LABELS,
    LANGUAGE_LABELS=LANGUAGE_LABELS, PARTNERS=queue.PARTNERS, OUTCOMES=queue.OUTCOMES, ROLE_LABELS=ROLE_LABELS,
    STATUSES=STATUSES, A_ORIENTER=A_ORIENTER, TRANSITIONS=queue.TRANSITIONS, ACTION_LABELS=audit.ACTION_LABELS,
)


# ---------------------------------------------------------------- plumbing

class LoginRequired(Exception):
    def __init__(self, expired: bool = False):
        self.expired = expired


class CsrfFailed(Exception):
    pass


def _secure(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers.setdefault("Cache-Control", "no-store")
    return response


def _login_url(request: Request, expired: bool = False) -> str:
    target = request.url.path
    if request.url.query:
        target += "?" + request.url.query
    params = {"suite": target} if request.method == "GET" else {}
    if expired:
        params["fin"] = "1"
    return "/conseillers/connexion" + ("?" + urlencode(params) if params else "")


def _page(request: Request, name: str, context: dict, status_code: int = 200) -> Response:
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    return _secure(response)


class ConsoleRoute(APIRoute):
    """Login redirects, CSRF refusals and security headers for every console route."""

    def get_route_handler(self) -> Callable:
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            try:
                response = await original(request)
            except LoginRequired as exc:
                if request.url.path.endswith("/fragment"):
                    response = Response("Session terminée.", status_code=401, media_type="text/plain")
                else:
                    response = RedirectResponse(_login_url(request, exc.expired), status_code=303)
            except CsrfFailed:
                response = templates.TemplateResponse(
                    request, "conseillers/erreur.html",
                    {"title": "Formulaire refusé", "user": None, "csrf": "",
                     "message": "Ce formulaire a expiré ou ne vient pas de cette page. "
                                "Revenez en arrière, rechargez la page, puis recommencez."},
                    status_code=403)
            return _secure(response)

        return handler


router = APIRouter(prefix="/conseillers", tags=["Console des conseillers"], route_class=ConsoleRoute,
                   include_in_schema=False)


def app_settings(request: Request):
    return getattr(request.app.state, "settings", None) or get_settings()


@dataclass
class Console:
    user: User
    web_session: WebSession

    @property
    def csrf(self) -> str:
        return self.web_session.csrf_token


def console_user(request: Request, session: Session = Depends(get_session)) -> Console:
    cookie = request.cookies.get(auth.SESSION_COOKIE)
    user, web_session = auth.load_session(session, cookie, app_settings(request))
    if user is None:
        raise LoginRequired(expired=bool(cookie))
    return Console(user=user, web_session=web_session)


async def form_data(request: Request) -> dict:
    """application/x-www-form-urlencoded body (our forms only), first value of each field."""
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return {}
    parsed = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    return {key: values[0] if len(values) == 1 else values for key, values in parsed.items()}


def checked_form(form: dict = Depends(form_data), console: Console = Depends(console_user)) -> dict:
    given = form.get("csrf_token")
    if not isinstance(given, str) or not auth.constant_time_equal(given, console.csrf):
        raise CsrfFailed()
    return form


def _safe_next(target: Optional[str]) -> str:
    if target and target.startswith("/conseillers") and not target.startswith("//") and "\\" not in target:
        return target
    return "/conseillers/"


def _client_ip(request: Request) -> str:
    return request.client.host if request.client else ""


# ---------------------------------------------------------------- static files

@router.get("/static/{name}")
def static_file(name: str):
    path = (STATIC_DIR / name).resolve()
    if path.parent != STATIC_DIR.resolve() or not path.is_file():
        return Response("Fichier introuvable.", status_code=404, media_type="text/plain")
    response = FileResponse(path)
    response.headers["Cache-Control"] = "public, max-age=300"
    return response


# ---------------------------------------------------------------- login / logout

def _login_page(request: Request, *, error: str = "", status_code: int = 200, username: str = "",
                info: str = "") -> Response:
    token = secrets.token_urlsafe(32)
    response = _page(request, "conseillers/connexion.html",
                     {"title": "Connexion", "user": None, "csrf": token, "error": error, "info": info,
                      "username": username, "suite": _safe_next(request.query_params.get("suite"))},
                     status_code=status_code)
    secure = auth.cookie_secure(app_settings(request), request.url.scheme)
    response.set_cookie(auth.LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=secure,
                        path=auth.COOKIE_PATH, max_age=3600)
    return response


@router.get("/connexion")
def login_form(request: Request):
    info = ""
    if request.query_params.get("fin"):
        info = "Votre session a pris fin. Connectez-vous à nouveau."
    elif request.query_params.get("sortie"):
        info = "Vous êtes déconnecté."
    return _login_page(request, info=info)


@router.post("/connexion")
def login(request: Request, form: dict = Depends(form_data), session: Session = Depends(get_session)):
    given = form.get("csrf_token")
    expected = request.cookies.get(auth.LOGIN_CSRF_COOKIE, "")
    if not expected or not isinstance(given, str) or not auth.constant_time_equal(given, expected):
        raise CsrfFailed()
    settings = app_settings(request)
    username = str(form.get("identifiant", ""))[:64]
    result = auth.authenticate(session, username, str(form.get("mot_de_passe", "")), _client_ip(request),
                               settings)
    if result.user is None:
        return _login_page(request, error=result.error, status_code=429 if result.throttled else 401,
                           username=username)
    cookie, _row = auth.create_session(session, result.user, settings)
    response = RedirectResponse(_safe_next(str(form.get("suite", ""))), status_code=303)
    secure = auth.cookie_secure(settings, request.url.scheme)
    response.set_cookie(auth.SESSION_COOKIE, cookie, httponly=True, samesite="strict", secure=secure,
                        path=auth.COOKIE_PATH, max_age=settings.session_max_hours * 3600)
    response.delete_cookie(auth.LOGIN_CSRF_COOKIE, path=auth.COOKIE_PATH, httponly=True, samesite="strict")
    return response


@router.post("/deconnexion")
def logout(request: Request, form: dict = Depends(checked_form), console: Console = Depends(console_user),
           session: Session = Depends(get_session)):
    audit.record(session, "user.logout", actor=console.user)
    session.commit()
    auth.end_session(session, request.cookies.get(auth.SESSION_COOKIE))
    response = RedirectResponse("/conseillers/connexion?sortie=1", status_code=303)
    response.delete_cookie(auth.SESSION_COOKIE, path=auth.COOKIE_PATH, httponly=True, samesite="strict")
    return response


# ---------------------------------------------------------------- the queue

def _filters(request: Request) -> queue.QueueFilters:
    q = request.query_params

    def _int(name: str, default: Optional[int]) -> Optional[int]:
        try:
            return int(q.get(name)) if q.get(name) else default
        except ValueError:
            return default

    return queue.QueueFilters(
        status=q.get("statut") or None, domain=q.get("domaine") or None, level=_int("niveau", None),
        requester=q.get("demandeur") or None, channel=q.get("canal") or None,
        departement=q.get("departement") or None, urgency=q.get("urgence") or None,
        mine=q.get("miennes") == "1", page=max(1, _int("page", 1) or 1), per_page=50)


def _queue_context(request: Request, console: Console, session: Session) -> dict:
    filters = _filters(request)
    error = ""
    try:
        items, total = queue.list_queue(session, console.user, filters)
    except queue.Invalid as exc:
        error, items, total = exc.message, [], 0
    seen = queue.territories(console.user)
    params = {k: v for k, v in request.query_params.items() if k != "page" and v}
    pages = max(1, (total + filters.per_page - 1) // filters.per_page)
    return {
        "title": "File des demandes", "user": console.user, "csrf": console.csrf, "items": items,
        "total": total, "filters": filters, "error": error, "territories": seen, "page": filters.page,
        "pages": pages, "query": urlencode(params), "now": utcnow(),
        "fragment_url": "/conseillers/file/fragment" + ("?" + request.url.query if request.url.query else ""),
        "prev_url": "?" + urlencode({**params, "page": filters.page - 1}) if filters.page > 1 else "",
        "next_url": "?" + urlencode({**params, "page": filters.page + 1}) if filters.page < pages else "",
    }


@router.get("/")
def queue_page(request: Request, console: Console = Depends(console_user), session: Session = Depends(get_session)):
    return _page(request, "conseillers/file.html", _queue_context(request, console, session))


@router.get("/file/fragment")
def queue_fragment(request: Request, console: Console = Depends(console_user),
                   session: Session = Depends(get_session)):
    """The table only, for the page's own refresh (static/conseillers/console.js)."""
    return _page(request, "conseillers/_file_table.html", _queue_context(request, console, session))


# ---------------------------------------------------------------- one request

def _request_page(request: Request, console: Console, session: Session, reference: str, *, error: str = "",
                  status_code: int = 200, record_view: bool = True, message_text: str = "") -> Response:
    try:
        row = queue.open_request(session, console.user, reference, record_view=record_view)
    except queue.NotFound as exc:
        return _page(request, "conseillers/erreur.html",
                     {"title": "Demande introuvable", "user": console.user, "csrf": console.csrf,
                      "message": exc.message + " Vérifiez la référence ou revenez à la file."}, status_code=404)
    d = queue.detail(session, row)
    done = DONE_MESSAGES.get(request.query_params.get("fait", ""), "")
    context = {
        "title": f"Demande {d['reference']}", "user": console.user, "csrf": console.csrf, "d": d,
        "summary": plain_summary(d), "error": error, "done": done, "now": utcnow(),
        "is_coordinator": queue.is_coordinator(console.user),
        "can_act": d["assignee"] == console.user.username or queue.is_coordinator(console.user),
        "next_statuses": queue.TRANSITIONS.get(d["status"], ()),
        "assignable": queue.assignable_users(session, row) if queue.is_coordinator(console.user) else [],
        "can_message": queue.can_message(row), "message_text": message_text,
        "max_message_chars": queue.MAX_MESSAGE_CHARS,
    }
    return _page(request, "conseillers/demande.html", context, status_code=status_code)


@router.get("/demandes/{reference}")
def request_page(reference: str, request: Request, console: Console = Depends(console_user),
                 session: Session = Depends(get_session)):
    return _request_page(request, console, session, reference)


def _action(request: Request, console: Console, session: Session, reference: str, done: str,
            action: Callable[[], object]) -> Response:
    try:
        action()
    except store.StoreError as exc:
        session.rollback()
        return _request_page(request, console, session, reference, error=exc.message,
                             status_code=exc.status_code, record_view=False)
    return RedirectResponse(f"/conseillers/demandes/{reference.upper()[:7]}?fait={done}", status_code=303)


@router.post("/demandes/{reference}/prendre")
def claim(reference: str, request: Request, form: dict = Depends(checked_form),
          console: Console = Depends(console_user), session: Session = Depends(get_session)):
    return _action(request, console, session, reference, "prise",
                   lambda: queue.claim(session, console.user, reference))


@router.post("/demandes/{reference}/statut")
def change_status(reference: str, request: Request, form: dict = Depends(checked_form),
                  console: Console = Depends(console_user), session: Session = Depends(get_session)):
    return _action(request, console, session, reference, "statut", lambda: queue.change_status(
        session, console.user, reference, str(form.get("statut", "")), partner=form.get("partenaire") or None,
        outcome=form.get("resultat") or None))


@router.post("/demandes/{reference}/notes")
def add_note(reference: str, request: Request, form: dict = Depends(checked_form),
             console: Console = Depends(console_user), session: Session = Depends(get_session)):
    return _action(request, console, session, reference, "note",
                   lambda: queue.add_note(session, console.user, reference, str(form.get("texte", ""))))


@router.post("/demandes/{reference}/corriger")
def correct(reference: str, request: Request, form: dict = Depends(checked_form),
            console: Console = Depends(console_user), session: Session = Depends(get_session)):
    def run():
        domains = form.get("domaines")
        if isinstance(domains, str):
            domains = [domains]
        level = form.get("complexite") or None
        try:
            level = int(level) if level else None
        except ValueError:
            raise queue.Invalid("La complexité doit être 1, 2 ou 3.")
        queue.correct(session, console.user, reference, urgency=form.get("urgence") or None, complexity=level,
                      domains=[d for d in (domains or []) if d] if form.get("corriger_domaines") else None)
    return _action(request, console, session, reference, "correction", run)


@router.post("/demandes/{reference}/transferer")
def transfer(reference: str, request: Request, form: dict = Depends(checked_form),
             console: Console = Depends(console_user), session: Session = Depends(get_session)):
    return _action(request, console, session, reference, "transfert", lambda: queue.transfer(
        session, console.user, reference, str(form.get("departement", ""))))


@router.post("/demandes/{reference}/attribuer")
def assign(reference: str, request: Request, form: dict = Depends(checked_form),
           console: Console = Depends(console_user), session: Session = Depends(get_session)):
    return _action(request, console, session, reference, "attribution", lambda: queue.assign(
        session, console.user, reference, str(form.get("identifiant", ""))))


@router.post("/demandes/{reference}/message")
async def message_person(reference: str, request: Request, form: dict = Depends(checked_form),
                         console: Console = Depends(console_user), session: Session = Depends(get_session)):
    """Write to the person on Telegram ("ici" contact); the text is kept in the form when it fails."""
    text = str(form.get("texte", ""))
    try:
        await queue.message_person(session, console.user, reference, text)
    except store.StoreError as exc:
        def page() -> Response:
            session.rollback()
            return _request_page(request, console, session, reference, error=exc.message,
                                 status_code=exc.status_code, record_view=False, message_text=text)
        return await anyio.to_thread.run_sync(page)
    return RedirectResponse(f"/conseillers/demandes/{reference.upper()[:7]}?fait=message", status_code=303)


# ---------------------------------------------------------------- audit log

@router.get("/journal")
def audit_page(request: Request, console: Console = Depends(console_user), session: Session = Depends(get_session)):
    if not queue.is_coordinator(console.user):
        return _page(request, "conseillers/erreur.html",
                     {"title": "Accès réservé", "user": console.user, "csrf": console.csrf,
                      "message": "Le journal est réservé à la coordination et à l'administration."},
                     status_code=403)
    reference = (request.query_params.get("reference") or "").strip().upper()
    if reference:
        try:
            reference = queue.get_visible(session, console.user, reference).reference
        except queue.NotFound as exc:
            return _page(request, "conseillers/erreur.html",
                         {"title": "Demande introuvable", "user": console.user, "csrf": console.csrf,
                          "message": exc.message}, status_code=404)
    elif console.user.role != "admin":
        entries = []
        return _page(request, "conseillers/journal.html",
                     {"title": "Journal", "user": console.user, "csrf": console.csrf, "entries": entries,
                      "reference": "", "need_reference": True})
    entries = [audit.as_dict(e) for e in audit.entries(session, reference=reference or None, limit=500)]
    return _page(request, "conseillers/journal.html",
                 {"title": "Journal", "user": console.user, "csrf": console.csrf, "entries": entries,
                  "reference": reference, "need_reference": False})
