"""The public service: the only door. Routes owned for good:
/ demo page · /widget/... chat widget · /conseillers/... advisers · /api/... JSON API · /telegram/... webhook.
"""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from handoff import alerts, db, gateway, store
from handoff.config import Settings, get_settings

logger = logging.getLogger(__name__)


def _readable_errors(exc: RequestValidationError) -> list[dict]:
    errors = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
        errors.append({"champ": where or "corps", "message": error.get("msg", "valeur invalide")})
    return errors


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.settings = settings
        store.configure(settings)
        db.init_engine(settings.database_url)
        db.migrate(settings.database_url)
        try:
            from handoff.retention import expire_unsent
            expire_unsent(settings.unsent_retention_days)
        except Exception:  # never block start-up on housekeeping
            logger.exception("expiry of unsent conversations failed at start-up")
        alerts.install(settings)  # advisers' alerts: hook in store.on_new_alert + delivery threads
        yield
        await gateway.shutdown()
        from handoff.routers import telegram
        await telegram.shutdown()

    app = FastAPI(
        title="Communauté 360 — service d'accueil",
        description="Demandes structurées pour les conseillers en parcours. Voir docs/API.md.",
        version="1",
        lifespan=lifespan,
    )

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        return JSONResponse(
            status_code=422,
            content={"detail": "Données invalides. Vérifiez les champs indiqués.", "erreurs": _readable_errors(exc)},
        )

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception):
        logger.exception("unexpected error on %s", request.url.path)
        return JSONResponse(status_code=500, content={"detail": "Erreur interne. Réessayez dans un moment."})

    @app.get("/healthz", include_in_schema=False)
    async def healthz():
        return {"ok": True}

    from handoff.routers import api, conseillers, service, telegram, widget  # noqa: E402

    app.include_router(widget.router)
    app.include_router(service.router)
    app.include_router(api.router)
    app.include_router(conseillers.router)
    app.include_router(telegram.router)
    return app
