"""Two advisers claim the same request at the same time on PostgreSQL: exactly one wins, the other gets 409."""
from __future__ import annotations

import threading

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from handoff import auth, db, queue
from handoff.models import Request
from handoff_helpers import build_app, make_settings, make_user, request_body, send, token_for

pytestmark = pytest.mark.postgres


def test_two_connections_claim_at_once_exactly_one_wins(pg_url, tmp_path):
    settings = make_settings(pg_url, tmp_path)
    app = build_app(settings)
    with TestClient(app) as client:
        ref = send(client, request_body()).json()["reference"]
    engine_a = create_engine(pg_url, future=True)
    engine_b = create_engine(pg_url, future=True)
    with Session(engine_a, future=True) as setup:
        make_user(setup, "claire")
        make_user(setup, "marc")
    session_a = Session(engine_a, future=True)
    session_b = Session(engine_b, future=True)
    try:
        user_a, user_b = auth.find_user(session_a, "claire"), auth.find_user(session_b, "marc")
        session_a.commit()
        session_b.commit()
        results: dict = {}
        barrier = threading.Barrier(2)

        def claim(name, session, user):
            barrier.wait()
            try:
                queue.claim(session, user, ref)
                results[name] = "won"
            except queue.Conflict as exc:
                results[name] = exc.message

        threads = [threading.Thread(target=claim, args=("claire", session_a, user_a)),
                   threading.Thread(target=claim, args=("marc", session_b, user_b))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        assert sorted(v == "won" for v in results.values()) == [False, True], results
        winner = next(k for k, v in results.items() if v == "won")
        loser = next(k for k, v in results.items() if v != "won")
        assert results[loser] == f"Cette demande est déjà prise en charge par {winner}."
    finally:
        session_a.close()
        session_b.close()
        engine_a.dispose()
        engine_b.dispose()
        db.dispose()


def test_claim_blocked_by_an_uncommitted_claim_gets_409(pg_url, tmp_path):
    """Deterministic interleaving over two connections: the second UPDATE waits on the first's lock."""
    settings = make_settings(pg_url, tmp_path)
    app = build_app(settings)
    with TestClient(app) as client:
        ref = send(client, request_body()).json()["reference"]
        with db.session_scope() as s:
            headers_b = token_for(s, "marc")
            make_user(s, "claire")
            claire_id = auth.find_user(s, "claire").id
        engine = create_engine(pg_url, future=True)
        first = engine.connect()
        tx = first.begin()
        updated = first.execute(text(
            "UPDATE requests SET status = 'prise_en_charge', assignee_id = :u "
            "WHERE reference = :r AND status = 'nouvelle' AND assignee_id IS NULL"), {"u": claire_id, "r": ref})
        assert updated.rowcount == 1
        answer: dict = {}

        def second():
            answer["response"] = client.post(f"/api/requests/{ref}/claim", headers=headers_b)

        thread = threading.Thread(target=second)
        thread.start()
        thread.join(timeout=1.5)
        assert thread.is_alive(), "the second claim should wait for the first transaction"
        tx.commit()
        thread.join(timeout=30)
        first.close()
        engine.dispose()
        response = answer["response"]
        assert response.status_code == 409
        assert response.json()["detail"] == "Cette demande est déjà prise en charge par claire."
        with db.session_scope() as s:
            assert s.get(Request, ref).assignee_id == claire_id
    db.dispose()
