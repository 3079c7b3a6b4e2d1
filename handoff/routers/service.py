"""Routes for the action server only (service token): the status word of a request, for
"où en est ma demande ?". Never the content."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Path
from sqlalchemy.orm import Session

from bot.schema import REFERENCE_PATTERN
from handoff import store
from handoff.db import get_session
from handoff.routers.api import require_service

router = APIRouter(prefix="/api/service", tags=["service"], include_in_schema=True)


@router.get("/status/{reference}", summary="Statut d'une demande (serveur d'actions seulement)",
            dependencies=[Depends(require_service)])
def request_status(reference: str = Path(..., regex=REFERENCE_PATTERN), session: Session = Depends(get_session)):
    status = store.request_status(session, reference)
    if status is None:
        raise HTTPException(status_code=404, detail="Demande introuvable.")
    return {"reference": reference, "status": status}
