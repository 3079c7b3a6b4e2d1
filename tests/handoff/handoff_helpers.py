"""Helpers of the handoff tests (imported by conftest.py and the test modules)."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Optional

from fastapi import FastAPI

from bot.schema import StructuredRequest, new_reference
from handoff import auth, db, store
from handoff.config import Settings

SERVICE_TOKEN = "jeton-de-service-de-test-0123456789"
PASSWORD = "mot-de-passe-tres-long-42"
FALLBACK = ("astreinte@c360.example.org",)

def make_settings(database_url: str, data_dir: Path, **overrides) -> Settings:
    values = dict(data_dir=data_dir, database_url=database_url, rasa_url="http://127.0.0.1:9",
                  service_token=SERVICE_TOKEN, conversation_key="cle-de-conversation-de-test",
                  public_url="http://testserver", alert_fallback_recipients=FALLBACK)
    values.update(overrides)
    return Settings(**values)


def build_app(settings: Settings) -> FastAPI:
    db.init_engine(settings.database_url)
    store.configure(settings)
    try:
        from handoff.main import create_app
        app = create_app(settings)
    except ImportError:  # the lead's main.py or one of its routers is not there yet
        from handoff.routers import api, conseillers
        app = FastAPI()
        app.include_router(api.router)
        app.include_router(conseillers.router)
    app.state.settings = settings
    return app


# ---------------------------------------------------------------- helpers

def make_user(session, username: str, role: str = "conseiller", departements: str = "53",
              email: Optional[str] = None, name: str = ""):
    return auth.add_user(session, username, PASSWORD, role, departements, display_name=name or username,
                         email=email or f"{username}@c360.example.org", actor_name="test")


def token_for(session, username: str, role: str = "conseiller", departements: str = "53") -> dict:
    if auth.find_user(session, username) is None:
        make_user(session, username, role, departements)
    return {"Authorization": f"Bearer {auth.create_api_token(session, username, actor_name='test')}"}


SERVICE = {"Authorization": f"Bearer {SERVICE_TOKEN}"}


def request_body(reference: Optional[str] = None, *, departement: Optional[str] = "53", urgency: str = "normale",
                 complexity: int = 1, own_words: str = "Je voudrais que mon fils aille à l'école avec ses amis.",
                 conversation_id: Optional[str] = None, domains=("scolarite",), signals=(), **extra) -> dict:
    reference = reference or new_reference()
    now = datetime.now(timezone.utc).isoformat()
    body = {
        "reference": reference,
        "version": 1,
        "channel": "web",
        "conversation_id": conversation_id or f"web:{reference}",
        "requester": "aidant",
        "for_whom": "mon fils",
        "person_agrees": "oui",
        "age_stage": "moins_16",
        "departement": departement,
        "domains": list(domains),
        "own_words": own_words,
        "situation": "Il n'a pas d'AESH depuis la rentrée.",
        "flags": ["sans_solution"],
        "triage": {"urgency": urgency, "complexity": complexity, "signals": list(signals), "danger_kinds": []},
        "contact": {"kind": "telephone", "value": "06 12 34 56 78", "preference": "le matin"},
        "consents": [{"kind": "envoi", "given": True, "text_shown": "J'accepte d'envoyer ma demande.",
                      "time": now, "given_by": "aidant", "for_whom": "mon fils"}],
        "language": "fr",
        "completeness": "complete",
        "transcript": [{"author": "personne", "text": own_words, "time": now}],
    }
    body.update(extra)
    return body


def send(client, body: dict):
    return client.post("/api/requests", json=body, headers=SERVICE)


def store_request(session, **kwargs) -> str:
    reference, _version = store.upsert_request(session, StructuredRequest(**request_body(**kwargs)))
    return reference


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF field in the page"
    return match.group(1)


def login(client, username: str, password: str = PASSWORD):
    page = client.get("/conseillers/connexion")
    response = client.post("/conseillers/connexion",
                           data={"csrf_token": csrf_of(page.text), "identifiant": username, "mot_de_passe": password,
                                 "suite": "/conseillers/"},
                           follow_redirects=False)
    return response


def past(**delta) -> datetime:
    return datetime.now(timezone.utc) - timedelta(**delta)
