"""'Où en est ma demande ?': the status word only, for the action server only, rate-limited, audited."""
from handoff import audit
from handoff.routers import service
from handoff_helpers import SERVICE, request_body, send


def test_status_word_only_and_audited(client, session):
    body = request_body()
    send(client, body)
    reference = body["reference"]
    answer = client.get(f"/api/service/status/{reference}", headers=SERVICE)
    assert answer.status_code == 200
    assert answer.json() == {"reference": reference, "status": "nouvelle"}, "nothing of the content"
    actions = [e.action for e in audit.entries(session, reference=reference)]
    assert "suivi_demande_consulte" in actions


def test_status_needs_the_service_token_and_a_valid_reference(client):
    assert client.get("/api/service/status/K7P-4XM").status_code == 401
    assert client.get("/api/service/status/pas-une-ref", headers=SERVICE).status_code == 422
    assert client.get("/api/service/status/K7P-4XM", headers=SERVICE).status_code == 404


def test_status_lookups_are_rate_limited(client, monkeypatch):
    monkeypatch.setattr(service, "_limiter", service.RateLimiter(2))
    codes = [client.get("/api/service/status/ZZZ-222", headers=SERVICE).status_code for _ in range(3)]
    assert codes == [404, 404, 429]
