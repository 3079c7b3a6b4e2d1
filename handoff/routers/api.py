"""The JSON API (/api): requests in (action server, service token) and the advisers' queue and workflow
(per-account bearer tokens, same territory rules as the console). Documented in OpenAPI and docs/API.md.
Errors are French sentences: {"detail": "...", "erreurs": [{"champ", "message"}]} for 422.
"""
from __future__ import annotations

import logging
from typing import Any, Callable, List, Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from bot.schema import StructuredRequest
from handoff import audit, auth, queue, store
from handoff.config import get_settings
from handoff.db import get_session
from handoff.models import User

logger = logging.getLogger(__name__)

# ---------------------------------------------------------------- readable French errors

_FIELD_NAMES = {
    "reference": "référence", "channel": "canal", "conversation_id": "identifiant de conversation",
    "requester": "demandeur", "age_stage": "âge", "departement": "département", "domains": "domaines",
    "own_words": "mots de la personne", "situation": "situation", "flags": "situations",
    "urgency": "urgence", "complexity": "complexité", "consents": "consentements", "language": "langue",
    "completeness": "complétude", "transcript": "transcription", "contact": "contact", "status": "statut",
    "partner": "partenaire", "outcome": "résultat", "text": "texte", "username": "identifiant",
    "page": "page", "per_page": "nombre par page", "level": "niveau", "domain": "domaine",
}


def _field(loc) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header") and not isinstance(p, int)]
    named = [_FIELD_NAMES.get(p, p) for p in parts]
    return ".".join(named) if named else "corps de la requête"


def _french(error: dict) -> str:
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "value_error.missing":
        return "est obligatoire"
    if kind == "type_error.enum":
        allowed = ", ".join(str(v.value if hasattr(v, "value") else v) for v in ctx.get("enum_values", []))
        return f"doit être l'une de ces valeurs : {allowed}" if allowed else "n'est pas une valeur permise"
    if kind == "value_error.str.regex":
        return "n'a pas le bon format"
    if kind == "value_error.any_str.max_length":
        return f"est trop long ({ctx.get('limit_value')} caractères au plus)"
    if kind == "value_error.any_str.min_length":
        return f"est trop court ({ctx.get('limit_value')} caractères au moins)"
    if kind.startswith("value_error.number.not_"):
        return f"doit respecter la limite {ctx.get('limit_value')}"
    if kind in ("type_error.integer", "type_error.float"):
        return "doit être un nombre"
    if kind == "type_error.bool":
        return "doit être vrai ou faux"
    if kind in ("value_error.datetime", "type_error.datetime"):
        return "doit être une date et heure (ISO 8601)"
    if kind == "type_error.list":
        return "doit être une liste"
    if kind == "type_error.dict":
        return "doit être un objet"
    if kind == "type_error.none.not_allowed":
        return "ne peut pas être vide"
    if kind in ("type_error.str", "type_error.string"):
        return "doit être un texte"
    if kind == "value_error.jsondecode":
        return "n'est pas un JSON valide"
    return "n'est pas valide"


def readable_errors(errors: list[dict]) -> list[dict]:
    out = []
    for error in errors:
        if error.get("type") in ("value_error.jsondecode", "json_invalid"):
            out.append({"champ": "corps de la requête", "message": "Le corps de la requête n'est pas un JSON valide."})
            continue
        where = _field(error.get("loc", ()))
        out.append({"champ": where, "message": f"Le champ « {where} » {_french(error)}."})
    return out


def validation_response(errors: list[dict]) -> JSONResponse:
    readable = readable_errors(errors)
    summary = " ".join(e["message"] for e in readable[:3])
    if len(readable) > 3:
        summary += f" (et {len(readable) - 3} autres erreurs)"
    return JSONResponse(status_code=422, content={"detail": f"Données invalides. {summary}", "erreurs": readable})


class FrenchRoute(APIRoute):
    """Turns validation errors and store errors into French JSON answers, whatever the app's handlers."""

    def get_route_handler(self) -> Callable:
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            try:
                return await original(request)
            except RequestValidationError as exc:
                return validation_response(exc.errors())
            except store.StoreError as exc:
                return JSONResponse(status_code=exc.status_code, content={"detail": exc.message})

        return handler


router = APIRouter(prefix="/api", tags=["API"], route_class=FrenchRoute)

# ---------------------------------------------------------------- authentication

_service_bearer = HTTPBearer(auto_error=False, scheme_name="jeton_service",
                             description="Jeton du serveur d'actions (C360_SERVICE_TOKEN).")
_adviser_bearer = HTTPBearer(auto_error=False, scheme_name="jeton_conseiller",
                             description="Jeton personnel créé par `c360 user token IDENTIFIANT`.")
UNAUTHENTICATED = "Authentification requise : jeton d'accès manquant ou invalide."


def app_settings(request: Request):
    return getattr(request.app.state, "settings", None) or get_settings()


def _unauthorized() -> HTTPException:
    return HTTPException(status_code=401, detail=UNAUTHENTICATED, headers={"WWW-Authenticate": "Bearer"})


def require_service(request: Request,
                    credentials: Optional[HTTPAuthorizationCredentials] = Depends(_service_bearer)) -> None:
    expected = app_settings(request).service_token
    given = credentials.credentials if credentials else ""
    if not expected:
        logger.error("C360_SERVICE_TOKEN is not set: POST /api/requests refused")
        raise _unauthorized()
    if not auth.constant_time_equal(given, expected):
        raise _unauthorized()


def require_adviser(credentials: Optional[HTTPAuthorizationCredentials] = Depends(_adviser_bearer),
                    session: Session = Depends(get_session)) -> User:
    user = auth.user_for_token(session, credentials.credentials if credentials else "")
    if user is None:
        raise _unauthorized()
    return user


# ---------------------------------------------------------------- bodies and answers

class SendResult(BaseModel):
    reference: str = Field(..., example="K7P-4XM")
    version: int = Field(..., example=1, description="1 pour une nouvelle demande, puis 2, 3... à chaque envoi")


class StatusChange(BaseModel):
    status: str = Field(..., example="relayee", description="en_cours, relayee ou cloturee")
    partner: Optional[str] = Field(None, example="repit", description="obligatoire pour relayee : "
                                   + ", ".join(queue.PARTNERS))
    outcome: Optional[str] = Field(None, example="droit_commun", description="obligatoire pour cloturee : "
                                   + ", ".join(queue.OUTCOMES))


class NoteIn(BaseModel):
    text: str = Field(..., min_length=1, max_length=queue.MAX_NOTE_CHARS, example="Rappel prévu lundi matin.")


class MessageIn(BaseModel):
    text: str = Field(..., min_length=1, max_length=queue.MAX_MESSAGE_CHARS,
                      example="Bonjour, je vous appelle demain à 10 h.",
                      description="envoyé tel quel sur Telegram, précédé de « Message de votre conseiller "
                                  "de la Communauté 360 : »")


class MessageSent(BaseModel):
    envoye: bool = Field(..., example=True)


class CorrectionIn(BaseModel):
    urgency: Optional[str] = Field(None, example="haute", description="vitale, haute ou normale")
    complexity: Optional[int] = Field(None, ge=1, le=3, example=2)
    domains: Optional[List[str]] = Field(None, example=["repit", "logement"])


class TransferIn(BaseModel):
    departement: str = Field(..., example="72", description="numéro du département qui reçoit la demande")


class AssignIn(BaseModel):
    username: str = Field(..., example="c.martin")


class QueuePage(BaseModel):
    items: List[dict]
    total: int
    page: int
    per_page: int


_ERRORS = {401: {"description": "Non authentifié"}, 404: {"description": "Demande introuvable"},
           422: {"description": "Données invalides (message en français)"}}


# ---------------------------------------------------------------- routes

@router.post("/requests", response_model=SendResult, status_code=201,
             responses={200: {"model": SendResult, "description": "Nouvelle version d'une demande connue"},
                        401: _ERRORS[401], 409: {"description": "Demande clôturée ou référence d'une autre "
                                                 "conversation"}, 422: _ERRORS[422]},
             summary="Recevoir une demande (serveur d'actions)", dependencies=[Depends(require_service)])
def post_request(req: StructuredRequest, response: Response, session: Session = Depends(get_session)):
    """Schéma v1 (docs/SCHEMA.md). Un nouvel envoi de la même référence est une nouvelle version ;
    l'urgence automatique ne baisse jamais."""
    reference, version = store.upsert_request(session, req)
    response.status_code = 201 if version == 1 else 200
    return SendResult(reference=reference, version=version)


@router.get("/requests", response_model=QueuePage, summary="La file des demandes",
            responses={401: _ERRORS[401], 422: _ERRORS[422]})
def list_requests(
    status: Optional[str] = Query(None, description="ouvertes (par défaut), toutes, ou un statut"),
    domain: Optional[str] = Query(None), level: Optional[int] = Query(None, description="complexité 1, 2 ou 3"),
    requester: Optional[str] = Query(None), channel: Optional[str] = Query(None),
    departement: Optional[str] = Query(None, description="numéro, ou a_orienter"),
    urgency: Optional[str] = Query(None), mine: bool = Query(False, description="seulement les miennes"),
    page: int = Query(1), per_page: int = Query(50),
    user: User = Depends(require_adviser), session: Session = Depends(get_session),
):
    """Ordre unique : urgence (corrigée sinon automatique), complexité 3 d'abord, attente la plus longue."""
    filters = queue.QueueFilters(status=status, domain=domain, level=level, requester=requester, channel=channel,
                                 departement=departement, urgency=urgency, mine=mine, page=page,
                                 per_page=per_page)
    items, total = queue.list_queue(session, user, filters)
    return {"items": items, "total": total, "page": page, "per_page": per_page}


@router.get("/requests/{reference}", summary="Une demande", responses=_ERRORS)
def get_request(reference: str, user: User = Depends(require_adviser),
                session: Session = Depends(get_session)) -> Any:
    request = queue.open_request(session, user, reference)
    return queue.detail(session, request)


@router.post("/requests/{reference}/claim", summary="Prendre en charge",
             responses={**_ERRORS, 409: {"description": "Déjà prise en charge"}})
def claim_request(reference: str, user: User = Depends(require_adviser), session: Session = Depends(get_session)):
    request = queue.claim(session, user, reference)
    return {"reference": request.reference, "status": request.status, "assignee": user.username}


@router.post("/requests/{reference}/status", summary="Changer le statut",
             responses={**_ERRORS, 403: {"description": "Suivie par quelqu'un d'autre"},
                        409: {"description": "Passage impossible"}})
def change_status(reference: str, body: StatusChange, user: User = Depends(require_adviser),
                  session: Session = Depends(get_session)):
    request = queue.change_status(session, user, reference, body.status, partner=body.partner,
                                  outcome=body.outcome)
    return {"reference": request.reference, "status": request.status, "partner": request.partner,
            "outcome": request.outcome}


@router.post("/requests/{reference}/notes", status_code=201, summary="Ajouter une note privée",
             responses=_ERRORS)
def add_note(reference: str, body: NoteIn, user: User = Depends(require_adviser),
             session: Session = Depends(get_session)):
    note = queue.add_note(session, user, reference, body.text)
    return {"id": note.id, "reference": note.reference, "author": user.username,
            "created_at": note.created_at.isoformat()}


@router.post("/requests/{reference}/message", status_code=201, response_model=MessageSent,
             summary="Écrire à la personne sur Telegram (contact « ici »)",
             responses={**_ERRORS, 409: {"description": "La personne n'a pas choisi d'être contactée ici, "
                                                        "ou sa conversation Telegram est effacée"},
                        502: {"description": "Telegram n'est pas configuré ou n'a pas pris le message"}})
async def message_person(reference: str, body: MessageIn, user: User = Depends(require_adviser),
                         session: Session = Depends(get_session)):
    """Seulement si la personne a choisi « ici » comme moyen de contact, sur Telegram. Le message est ajouté
    à la conversation de la demande (auteur : conseiller) ; le journal garde l'envoi et sa longueur,
    jamais le texte."""
    await queue.message_person(session, user, reference, body.text)
    return MessageSent(envoye=True)


@router.post("/requests/{reference}/correct", summary="Corriger urgence, complexité, domaines",
             responses=_ERRORS)
def correct_request(reference: str, body: CorrectionIn, user: User = Depends(require_adviser),
                    session: Session = Depends(get_session)):
    request = queue.correct(session, user, reference, urgency=body.urgency, complexity=body.complexity,
                            domains=body.domains)
    return queue.detail(session, request)


@router.post("/requests/{reference}/transfer", summary="Transférer à un autre département (coordination)",
             responses={**_ERRORS, 403: {"description": "Réservé à la coordination"}})
def transfer_request(reference: str, body: TransferIn, user: User = Depends(require_adviser),
                     session: Session = Depends(get_session)):
    request = queue.transfer(session, user, reference, body.departement)
    return {"reference": request.reference, "territory": request.territory, "status": request.status}


@router.post("/requests/{reference}/assign", summary="Attribuer à un conseiller (coordination)",
             responses={**_ERRORS, 403: {"description": "Réservé à la coordination"}})
def assign_request(reference: str, body: AssignIn, user: User = Depends(require_adviser),
                   session: Session = Depends(get_session)):
    request = queue.assign(session, user, reference, body.username)
    return {"reference": request.reference, "status": request.status, "assignee": body.username.strip().lower()}


@router.get("/audit", summary="Journal d'audit (coordination, administration)",
            responses={401: _ERRORS[401], 403: {"description": "Réservé à la coordination"}, 404: _ERRORS[404]})
def audit_log(reference: Optional[str] = Query(None), limit: int = Query(200, ge=1, le=1000),
              user: User = Depends(require_adviser), session: Session = Depends(get_session)):
    if not queue.is_coordinator(user):
        raise queue.Forbidden("Le journal est réservé à la coordination et à l'administration.")
    if reference:
        request = queue.get_visible(session, user, reference)
        reference = request.reference
    elif user.role != "admin":
        raise queue.Invalid("Indiquez la référence de la demande.")
    return {"items": [audit.as_dict(e) for e in audit.entries(session, reference=reference, limit=limit)]}
