"""Routes for the action server only (service token): the status word of a request, for
"où en est ma demande ?". Never the content; rate-limited per reference; every look-up is audited."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Path
from sqlalchemy.orm import Session

from bot.schema import REFERENCE_PATTERN
from handoff import audit, store
from handoff.db import get_session
from handoff.gateway import RateLimiter
from handoff.routers.api import require_service

router = APIRouter(prefix="/api/service", tags=["service"])
STATUS_LOOKUPS_PER_MINUTE = 5
_limiter = RateLimiter(STATUS_LOOKUPS_PER_MINUTE)


@router.get("/status/{reference}", summary="Statut d'une demande (serveur d'actions seulement)",
            dependencies=[Depends(require_service)])
def request_status(reference: str = Path(..., regex=REFERENCE_PATTERN), session: Session = Depends(get_session)):
    if not _limiter.allow(reference):
        raise HTTPException(status_code=429, detail="Trop de demandes de suivi. Réessayez dans une minute.")
    status = store.request_status(session, reference)
    audit.record(session, "suivi_demande_consulte", actor_name="assistant",
                 reference=reference if status else None, details={"trouvee": status is not None})
    session.commit()
    if status is None:
        raise HTTPException(status_code=404, detail="Demande introuvable.")
    return {"reference": reference, "status": status}
