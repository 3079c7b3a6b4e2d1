"""The JSON API: every rule on SQLite and on PostgreSQL (the database_url fixture is parametrized)."""
from __future__ import annotations


import pytest
from sqlalchemy import select

from handoff.models import AuditEntry, Request
from handoff_helpers import SERVICE, past, request_body, send, token_for


# ---------------------------------------------------------------- POST /api/requests

def test_post_requires_service_token(client, session):
    body = request_body()
    assert send(client, body).status_code == 201
    for headers in ({}, {"Authorization": "Bearer faux"}, {"Authorization": "Basic abc"}):
        response = client.post("/api/requests", json=request_body(), headers=headers)
        assert response.status_code == 401
        assert response.json()["detail"].startswith("Authentification requise")
    # an adviser's token is not the service token
    adviser = token_for(session, "claire")
    assert client.post("/api/requests", json=request_body(), headers=adviser).status_code == 401


def test_post_versions_and_never_lower_urgency(client, session):
    body = request_body(urgency="vitale", departement=None, completeness="danger")
    first = send(client, body)
    assert first.status_code == 201 and first.json() == {"reference": body["reference"], "version": 1}
    body.update(departement="53", completeness="complete",
                triage={"urgency": "normale", "complexity": 2, "signals": ["plusieurs domaines"], "danger_kinds": []})
    second = send(client, body)
    assert second.status_code == 200 and second.json() == {"reference": body["reference"], "version": 2}
    headers = token_for(session, "claire", departements="53")
    detail = client.get(f"/api/requests/{body['reference']}", headers=headers).json()
    assert detail["urgency"] == "vitale" and detail["urgency_auto"] == "vitale"
    assert detail["version"] == 2 and detail["complexity"] == 2 and detail["departement"] == "53"


def test_post_closed_reference_gives_409_in_french(client, session):
    body = request_body()
    send(client, body)
    session.execute(Request.__table__.update().values(status="cloturee"))
    session.commit()
    response = send(client, body)
    assert response.status_code == 409
    assert response.json()["detail"] == "Cette demande est clôturée. Une nouvelle demande aura une nouvelle référence."


@pytest.mark.parametrize("change, field, words", [
    ({"departement": "999"}, "département", "n'a pas le bon format"),
    ({"channel": "fax"}, "canal", "doit être l'une de ces valeurs : web, telegram, terminal"),
    ({"reference": "O0I-1LL"}, "référence", "n'a pas le bon format"),
    ({"own_words": "x" * 20001}, "mots de la personne", "est trop long (20000 caractères au plus)"),
    ({"triage": {"urgency": "extreme"}}, "triage.urgence", "doit être l'une de ces valeurs : vitale, haute, normale"),
    ({"conversation_id": None}, "identifiant de conversation", "ne peut pas être vide"),
])
def test_post_invalid_input_gives_readable_422(client, change, field, words):
    body = request_body()
    body.update(change)
    response = send(client, body)
    assert response.status_code == 422
    payload = response.json()
    assert payload["detail"].startswith("Données invalides.")
    assert {"champ": field, "message": f"Le champ « {field} » {words}."} in payload["erreurs"]


def test_post_invalid_json_gives_readable_422(client):
    response = client.post("/api/requests", content=b"{pas du json", headers={**SERVICE,
                                                                           "Content-Type": "application/json"})
    assert response.status_code == 422
    assert "JSON" in response.json()["detail"]


# ---------------------------------------------------------------- authentication and territory

def test_unauthenticated_api_is_401(client):
    for method, path in (("get", "/api/requests"), ("get", "/api/requests/ABC-DEF"),
                         ("post", "/api/requests/ABC-DEF/claim"), ("get", "/api/audit")):
        response = getattr(client, method)(path)
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"


def test_disabled_account_token_stops_working(client, session):
    from handoff import auth
    headers = token_for(session, "claire")
    assert client.get("/api/requests", headers=headers).status_code == 200
    auth.disable_user(session, "claire", actor_name="test")
    assert client.get("/api/requests", headers=headers).status_code == 401


def test_adviser_of_53_cannot_reach_a_request_of_84(client, session):
    ref84 = send(client, request_body(departement="84")).json()["reference"]
    ref53 = send(client, request_body(departement="53")).json()["reference"]
    a53 = token_for(session, "claire", departements="53")
    a84 = token_for(session, "paul", departements="84")

    listed = [i["reference"] for i in client.get("/api/requests", headers=a53).json()["items"]]
    assert listed == [ref53]
    assert client.get("/api/requests?departement=84", headers=a53).json()["items"] == []

    unknown = "ZZZ-ZZZ" if "ZZZ-ZZZ" not in (ref53, ref84) else "YYY-YYY"
    for ref in (ref84, unknown):  # guessing: a real reference of 84 looks exactly like an unknown one
        for method, path, body in (
            ("get", f"/api/requests/{ref}", None),
            ("post", f"/api/requests/{ref}/claim", None),
            ("post", f"/api/requests/{ref}/notes", {"text": "note"}),
            ("post", f"/api/requests/{ref}/status", {"status": "en_cours"}),
            ("post", f"/api/requests/{ref}/correct", {"urgency": "vitale"}),
        ):
            response = getattr(client, method)(path, headers=a53, json=body) if body else \
                getattr(client, method)(path, headers=a53)
            assert response.status_code == 404, (method, path)
            assert response.json() == {"detail": "Demande introuvable."}
    row = session.get(Request, ref84)
    session.refresh(row)
    assert row.status == "nouvelle" and row.corrected_urgency is None
    assert client.get(f"/api/requests/{ref84}", headers=a84).status_code == 200


def test_a_orienter_seen_by_every_coordinator_not_by_advisers(client, session):
    ref = send(client, request_body(departement=None, urgency="vitale")).json()["reference"]
    adviser = token_for(session, "claire", departements="53")
    coord53 = token_for(session, "coord53", role="coordinateur", departements="53")
    coord84 = token_for(session, "coord84", role="coordinateur", departements="84")
    admin = token_for(session, "admin", role="admin", departements="")
    assert client.get(f"/api/requests/{ref}", headers=adviser).status_code == 404
    for headers in (coord53, coord84, admin):
        items = client.get("/api/requests?departement=a_orienter", headers=headers).json()["items"]
        assert [i["reference"] for i in items] == [ref]
        assert items[0]["departement"] is None


# ---------------------------------------------------------------- queue

def test_queue_order_filters_pagination(client, session):
    headers = token_for(session, "coord", role="coordinateur", departements="53")
    refs = {}
    for name, urgency, complexity, domains, requester in (
        ("normale_old", "normale", 1, ["logement"], "personne"),
        ("haute_1", "haute", 1, ["emploi"], "aidant"),
        ("haute_3", "haute", 3, ["repit", "logement"], "aidant"),
        ("normale_new", "normale", 1, ["scolarite"], "professionnel"),
        ("vitale", "vitale", 1, [], "personne"),
    ):
        refs[name] = send(client, request_body(urgency=urgency, complexity=complexity, domains=domains,
                                               requester=requester)).json()["reference"]
    # make waiting times distinct and known
    for index, name in enumerate(("normale_old", "haute_1", "haute_3", "normale_new", "vitale")):
        session.execute(Request.__table__.update().where(Request.reference == refs[name])
                        .values(waiting_since=past(hours=10 - index).replace(tzinfo=None)))
    session.commit()
    items = client.get("/api/requests", headers=headers).json()["items"]
    assert [i["reference"] for i in items] == [refs[n] for n in
                                               ("vitale", "haute_3", "haute_1", "normale_old", "normale_new")]
    # the adviser's corrected urgency orders the queue
    client.post(f"/api/requests/{refs['normale_new']}/correct", json={"urgency": "vitale"}, headers=headers)
    items = client.get("/api/requests", headers=headers).json()["items"]
    assert items[0]["reference"] == refs["normale_new"] and items[0]["urgency"] == "vitale"
    assert items[0]["urgency_auto"] == "normale" and items[0]["urgency_corrected"] == "vitale"

    def refs_for(query):
        return [i["reference"] for i in client.get(f"/api/requests?{query}", headers=headers).json()["items"]]

    assert refs_for("domain=logement") == [refs["haute_3"], refs["normale_old"]]
    assert refs_for("level=3") == [refs["haute_3"]]
    assert refs_for("requester=professionnel") == [refs["normale_new"]]
    assert refs_for("urgency=haute") == [refs["haute_3"], refs["haute_1"]]
    assert refs_for("channel=telegram") == []
    page = client.get("/api/requests?per_page=2&page=2", headers=headers).json()
    assert page["total"] == 5 and len(page["items"]) == 2 and page["page"] == 2
    client.post(f"/api/requests/{refs['vitale']}/claim", headers=headers)
    assert refs_for("status=prise_en_charge") == [refs["vitale"]]
    assert refs_for("mine=true") == [refs["vitale"]]
    bad = client.get("/api/requests?status=perdue", headers=headers)
    assert bad.status_code == 422 and bad.json()["detail"] == "Statut inconnu : perdue."
    bad = client.get("/api/requests?level=abc", headers=headers)
    assert bad.status_code == 422 and "niveau" in bad.json()["detail"]


def test_new_and_updated_markers(client, session):
    headers = token_for(session, "claire")
    body = request_body()
    send(client, body)
    assert client.get("/api/requests", headers=headers).json()["items"][0]["new"] is True
    client.get(f"/api/requests/{body['reference']}", headers=headers)
    item = client.get("/api/requests", headers=headers).json()["items"][0]
    assert item["new"] is False and item["updated"] is False
    send(client, body)  # version 2 arrives
    item = client.get("/api/requests", headers=headers).json()["items"][0]
    assert item["updated"] is True


# ---------------------------------------------------------------- workflow

def test_claim_then_409_for_the_second_adviser(client, session):
    ref = send(client, request_body()).json()["reference"]
    claire = token_for(session, "claire", departements="53")
    marc = token_for(session, "marc", departements="53")
    response = client.post(f"/api/requests/{ref}/claim", headers=claire)
    assert response.status_code == 200 and response.json()["assignee"] == "claire"
    second = client.post(f"/api/requests/{ref}/claim", headers=marc)
    assert second.status_code == 409
    assert second.json()["detail"] == "Cette demande est déjà prise en charge par claire."
    # only the assignee (or coordination) moves it on
    forbidden = client.post(f"/api/requests/{ref}/status", json={"status": "en_cours"}, headers=marc)
    assert forbidden.status_code == 403


def test_full_workflow_with_notes_corrections_and_audit(client, session):
    ref = send(client, request_body(urgency="haute")).json()["reference"]
    claire = token_for(session, "claire", departements="53")
    coord = token_for(session, "coord", role="coordinateur", departements="53")

    early = client.post(f"/api/requests/{ref}/status", json={"status": "en_cours"}, headers=claire)
    assert early.status_code == 409 and early.json()["detail"] == "Prenez d'abord la demande en charge."
    assert client.post(f"/api/requests/{ref}/claim", headers=claire).status_code == 200
    assert client.post(f"/api/requests/{ref}/status", json={"status": "en_cours"},
                       headers=claire).json()["status"] == "en_cours"
    note = client.post(f"/api/requests/{ref}/notes", json={"text": "Rappel lundi 9 h."}, headers=claire)
    assert note.status_code == 201
    empty = client.post(f"/api/requests/{ref}/notes", json={"text": ""}, headers=claire)
    assert empty.status_code == 422
    corrected = client.post(f"/api/requests/{ref}/correct",
                            json={"urgency": "normale", "complexity": 2, "domains": ["repit", "logement"]},
                            headers=claire).json()
    assert corrected["urgency"] == "normale" and corrected["urgency_auto"] == "haute"
    assert corrected["complexity"] == 2 and corrected["complexity_auto"] == 1
    assert corrected["domains"] == ["repit", "logement"] and corrected["domains_auto"] == ["scolarite"]
    bad = client.post(f"/api/requests/{ref}/correct", json={"domains": ["cuisine"]}, headers=claire)
    assert bad.status_code == 422 and bad.json()["detail"] == "Domaine inconnu : cuisine."

    no_partner = client.post(f"/api/requests/{ref}/status", json={"status": "relayee"}, headers=claire)
    assert no_partner.status_code == 422
    relayed = client.post(f"/api/requests/{ref}/status", json={"status": "relayee", "partner": "repit"},
                          headers=claire).json()
    assert relayed == {"reference": ref, "status": "relayee", "partner": "repit", "outcome": None}
    no_outcome = client.post(f"/api/requests/{ref}/status", json={"status": "cloturee"}, headers=claire)
    assert no_outcome.status_code == 422
    closed = client.post(f"/api/requests/{ref}/status", json={"status": "cloturee", "outcome": "droit_commun"},
                         headers=claire).json()
    assert closed["status"] == "cloturee" and closed["outcome"] == "droit_commun"
    back = client.post(f"/api/requests/{ref}/status", json={"status": "en_cours"}, headers=claire)
    assert back.status_code == 409

    detail = client.get(f"/api/requests/{ref}", headers=claire).json()
    assert detail["notes"][0]["text"] == "Rappel lundi 9 h." and detail["notes"][0]["author"] == "claire"
    assert detail["consents"][0]["kind"] == "envoi" and detail["contact"]["value"] == "06 12 34 56 78"

    # audit: one row per change, readable by coordination only
    assert client.get(f"/api/audit?reference={ref}", headers=claire).status_code == 403
    entries = client.get(f"/api/audit?reference={ref}", headers=coord).json()["items"]
    actions = [e["action"] for e in reversed(entries)]
    for expected in ("request.received", "request.claim", "request.status", "request.note", "request.correct",
                     "request.view"):
        assert expected in actions
    assert [e["details"]["to"] for e in reversed(entries) if e["action"] == "request.status"] == \
        ["en_cours", "relayee", "cloturee"]
    rows = session.execute(select(AuditEntry).where(AuditEntry.reference == ref)).scalars().all()
    assert all("Rappel" not in repr(r.details) for r in rows)  # note text is not copied into the log
    claim_row = next(r for r in rows if r.action == "request.claim")
    assert claim_row.actor == "claire" and claim_row.at > past(minutes=5)


def test_transfer_by_coordination_only(client, session):
    ref = send(client, request_body(departement="53")).json()["reference"]
    claire = token_for(session, "claire", departements="53")
    coord = token_for(session, "coord", role="coordinateur", departements="53")
    paul = token_for(session, "paul", departements="84")
    refused = client.post(f"/api/requests/{ref}/transfer", json={"departement": "84"}, headers=claire)
    assert refused.status_code == 403
    assert refused.json()["detail"] == "Seule la coordination peut transférer une demande."
    bad = client.post(f"/api/requests/{ref}/transfer", json={"departement": "999"}, headers=coord)
    assert bad.status_code == 422
    done = client.post(f"/api/requests/{ref}/transfer", json={"departement": "84"}, headers=coord)
    assert done.json() == {"reference": ref, "territory": "84", "status": "nouvelle"}
    assert client.get(f"/api/requests/{ref}", headers=claire).status_code == 404
    assert client.get(f"/api/requests/{ref}", headers=paul).json()["transferred"] is True
    # a later send keeps the transfer
    send(client, request_body(ref, departement="53"))
    assert client.get(f"/api/requests/{ref}", headers=paul).status_code == 200


def test_assign_by_coordination(client, session):
    ref = send(client, request_body()).json()["reference"]
    coord = token_for(session, "coord", role="coordinateur", departements="53")
    claire = token_for(session, "claire", departements="53")
    token_for(session, "paul", departements="84")
    assert client.post(f"/api/requests/{ref}/assign", json={"username": "claire"},
                       headers=claire).status_code == 403
    assert client.post(f"/api/requests/{ref}/assign", json={"username": "paul"},
                       headers=coord).status_code == 422  # paul does not see 53
    done = client.post(f"/api/requests/{ref}/assign", json={"username": "claire"}, headers=coord).json()
    assert done == {"reference": ref, "status": "prise_en_charge", "assignee": "claire"}
    assert client.post(f"/api/requests/{ref}/status", json={"status": "en_cours"},
                       headers=claire).status_code == 200


def test_openapi_documents_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/requests", "/api/requests/{reference}", "/api/requests/{reference}/claim",
                 "/api/requests/{reference}/status", "/api/requests/{reference}/notes",
                 "/api/requests/{reference}/correct", "/api/requests/{reference}/transfer", "/api/audit"):
        assert path in spec["paths"], path
    assert not any(p.startswith("/conseillers") for p in spec["paths"])
