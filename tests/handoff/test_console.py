"""The advisers' console (/conseillers): what an adviser sees, and the security rules, on SQLite and PostgreSQL."""
from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from handoff import auth
from handoff.models import AuditEntry, Request, WebSession
from handoff_helpers import PASSWORD, csrf_of, login, make_user, past, request_body, send

XSS = '<script>alert("x")</script><img src=x onerror=alert(2)>'


def logged_in(client, session, username="claire", role="conseiller", departements="53"):
    if auth.find_user(session, username) is None:
        make_user(session, username, role, departements, name=username.capitalize())
    response = login(client, username)
    assert response.status_code == 303, response.text
    return response


def test_unauthenticated_pages_redirect_to_login(client):
    for path in ("/conseillers/", "/conseillers/demandes/ABC-DEF", "/conseillers/journal"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/conseillers/connexion?suite=")
    assert client.get("/conseillers/file/fragment", follow_redirects=False).status_code == 401
    response = client.post("/conseillers/demandes/ABC-DEF/prendre", data={"csrf_token": "x"},
                           follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/conseillers/connexion"


def test_login_page_headers_and_no_inline_script(client):
    page = client.get("/conseillers/connexion")
    assert page.status_code == 200 and '<html lang="fr">' in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    scripts = re.findall(r"<script[^>]*>", page.text)
    assert scripts and all('src="' in tag for tag in scripts)
    assert "style=" not in page.text
    assert page.headers["x-frame-options"] == "DENY"


def test_login_cookie_is_httponly_strict_and_scoped(client, session):
    response = logged_in(client, session)
    cookie = [c for c in response.headers.get_list("set-cookie") if c.startswith(auth.SESSION_COOKIE + "=")][0]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/conseillers" in cookie
    assert "Secure" not in cookie  # plain http in tests
    value = cookie.split(";")[0].split("=", 1)[1]
    stored = session.execute(select(WebSession.id)).scalars().all()
    assert auth.sha256(value) in stored and value not in stored  # only the hash is kept


def test_cookie_secure_over_https(app, session):
    make_user(session, "claire")
    with TestClient(app, base_url="https://testserver") as client:
        response = login(client, "claire")
        cookie = [c for c in response.headers.get_list("set-cookie") if c.startswith(auth.SESSION_COOKIE)][0]
        assert "Secure" in cookie


def test_wrong_password_then_throttling(client, session):
    make_user(session, "claire")
    for _ in range(5):
        response = login(client, "claire", "mauvais-mot-de-passe")
        assert response.status_code == 401
        assert "Identifiant ou mot de passe incorrect." in response.text
    throttled = login(client, "claire", PASSWORD)  # even the right password waits now
    assert throttled.status_code == 429
    assert "Trop d&#39;essais de connexion. Réessayez dans 15 minutes." in throttled.text
    assert session.execute(select(func.count()).select_from(AuditEntry)
                           .where(AuditEntry.action == "user.login_failed")).scalar() == 5
    assert login(client, "inconnu", PASSWORD).status_code == 401


def test_login_without_csrf_is_403(client, session):
    make_user(session, "claire")
    client.get("/conseillers/connexion")
    response = client.post("/conseillers/connexion", data={"identifiant": "claire", "mot_de_passe": PASSWORD},
                           follow_redirects=False)
    assert response.status_code == 403
    assert "Ce formulaire a expiré" in response.text


def test_form_posts_without_csrf_are_403_and_change_nothing(client, session):
    ref = send(client, request_body()).json()["reference"]
    logged_in(client, session)
    for path, data in ((f"/conseillers/demandes/{ref}/prendre", {}),
                       (f"/conseillers/demandes/{ref}/notes", {"texte": "bonjour"}),
                       (f"/conseillers/demandes/{ref}/corriger", {"urgence": "vitale"}),
                       (f"/conseillers/demandes/{ref}/prendre", {"csrf_token": "faux"}),
                       ("/conseillers/deconnexion", {})):
        response = client.post(path, data=data, follow_redirects=False)
        assert response.status_code == 403, path
        assert "Formulaire refusé" in response.text
    row = session.get(Request, ref)
    session.refresh(row)
    assert row.status == "nouvelle" and row.corrected_urgency is None
    assert client.get("/conseillers/").status_code == 200  # still logged in


def test_queue_shows_vitale_first_and_only_my_territory(client, session):
    normal = send(client, request_body(urgency="normale", departement="53")).json()["reference"]
    vital = send(client, request_body(urgency="vitale", departement="53")).json()["reference"]
    other = send(client, request_body(urgency="vitale", departement="84")).json()["reference"]
    logged_in(client, session)
    page = client.get("/conseillers/")
    assert page.status_code == 200
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    assert page.text.index(vital) < page.text.index(normal)
    assert other not in page.text
    assert "Nouvelle pour vous" in page.text and "2 demandes" in page.text
    fragment = client.get("/conseillers/file/fragment?urgence=vitale")
    assert fragment.status_code == 200 and vital in fragment.text and normal not in fragment.text
    assert "<html" not in fragment.text
    missing = client.get(f"/conseillers/demandes/{other}")
    assert missing.status_code == 404 and "Demande introuvable." in missing.text


def test_request_page_shows_everything_escaped(client, session):
    body = request_body(urgency="haute", signals=["aidant épuisé", XSS], own_words="Je veux " + XSS,
                        for_whom="ma fille " + XSS)
    body["transcript"] = []
    ref = send(client, body).json()["reference"]
    from handoff import store
    store.record_turn(session, body["conversation_id"], "personne", "Bonjour " + XSS)
    logged_in(client, session)
    page = client.get(f"/conseillers/demandes/{ref}")
    assert page.status_code == 200
    html = page.text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in html
    # own words first, then the plain summary, reasons, contact, consents, transcript
    order = [html.index(s) for s in ("Ses mots", "En résumé", "Urgence et complexité : pourquoi",
                                      "Recontacter la personne", "Consentements", "Toute la conversation")]
    assert order == sorted(order)
    for shown in ("aidant épuisé", "Un proche ou un aidant", "Moins de 16 ans", "Scolarité et études",
                  "Sans solution", "06 12 34 56 78", "le matin", "Envoi de la demande à la Communauté 360 : oui",
                  "J&#39;accepte d&#39;envoyer ma demande.", "Français", "Site web", "Urgence haute",
                  "Bonjour &lt;script&gt;"):
        assert shown in html, shown


def test_claim_note_relay_close_through_forms(client, session):
    ref = send(client, request_body(urgency="vitale")).json()["reference"]
    logged_in(client, session)
    page = client.get(f"/conseillers/demandes/{ref}")
    token = csrf_of(page.text)

    done = client.post(f"/conseillers/demandes/{ref}/prendre", data={"csrf_token": token})
    assert "Vous avez pris la demande en charge." in done.text and ">Prise en charge<" in done.text
    note = client.post(f"/conseillers/demandes/{ref}/notes", data={"csrf_token": token, "texte": "Appel à 14 h <b>"})
    assert "La note est enregistrée." in note.text and "Appel à 14 h &lt;b&gt;" in note.text
    missing = client.post(f"/conseillers/demandes/{ref}/statut", data={"csrf_token": token, "statut": "relayee"})
    assert missing.status_code == 422
    assert "Choisissez le type de partenaire qui prend le relais." in missing.text
    relayed = client.post(f"/conseillers/demandes/{ref}/statut",
                          data={"csrf_token": token, "statut": "relayee", "partenaire": "dac"})
    assert ">Relayée<" in relayed.text and "DAC (dispositif d&#39;appui à la coordination)" in relayed.text
    corrected = client.post(f"/conseillers/demandes/{ref}/corriger",
                            data={"csrf_token": token, "complexite": "3", "corriger_domaines": "1",
                                  "domaines": ["repit", "sante"]})
    assert "Niveau 3 (corrigée ; automatique : niveau 1)" in corrected.text
    assert "Répit et aide aux aidants, Santé et soins" in corrected.text
    closed = client.post(f"/conseillers/demandes/{ref}/statut",
                         data={"csrf_token": token, "statut": "cloturee", "resultat": "staff_territorial"})
    assert ">Clôturée<" in closed.text and "Staff territorial (niveau 2)" in closed.text
    actions = session.execute(select(AuditEntry.action).where(AuditEntry.reference == ref)
                              .order_by(AuditEntry.id)).scalars().all()
    assert [a for a in actions if a != "request.view"] == [
        "request.received", "request.claim", "request.note", "request.status", "request.correct",
        "request.status"]


def test_second_adviser_sees_the_claim_conflict(client, app, session):
    ref = send(client, request_body()).json()["reference"]
    make_user(session, "marc", name="Marc")
    logged_in(client, session)
    with TestClient(app) as other:
        assert login(other, "marc").status_code == 303
        page = other.get(f"/conseillers/demandes/{ref}")
        token_marc = csrf_of(page.text)
        token_claire = csrf_of(client.get(f"/conseillers/demandes/{ref}").text)
        assert client.post(f"/conseillers/demandes/{ref}/prendre", data={"csrf_token": token_claire}).status_code == 200
        late = other.post(f"/conseillers/demandes/{ref}/prendre", data={"csrf_token": token_marc})
        assert late.status_code == 409
        assert "Cette demande est déjà prise en charge par Claire." in late.text


def test_session_expires_and_logout(client, session):
    logged_in(client, session)
    assert client.get("/conseillers/").status_code == 200
    session.execute(WebSession.__table__.update().values(last_seen_at=past(hours=2).replace(tzinfo=None)))
    session.commit()
    response = client.get("/conseillers/", follow_redirects=False)
    assert response.status_code == 303 and "fin=1" in response.headers["location"]
    assert "Votre session a pris fin." in client.get(response.headers["location"]).text

    logged_in(client, session)
    token = csrf_of(client.get("/conseillers/").text)
    out = client.post("/conseillers/deconnexion", data={"csrf_token": token}, follow_redirects=True)
    assert "Vous êtes déconnecté." in out.text
    assert session.execute(select(func.count()).select_from(WebSession)).scalar() == 0
    assert client.get("/conseillers/", follow_redirects=False).status_code == 303


def test_journal_for_coordination_only(client, session):
    ref = send(client, request_body()).json()["reference"]
    logged_in(client, session)
    assert client.get("/conseillers/journal").status_code == 403
    client.cookies.clear()
    logged_in(client, session, "coord", "coordinateur", "53")
    page = client.get(f"/conseillers/journal?reference={ref}")
    assert page.status_code == 200 and "Demande reçue" in page.text
    assert "Personne ne peut modifier ni effacer ce journal." in page.text


def test_static_files(client):
    js = client.get("/conseillers/static/console.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert client.get("/conseillers/static/console.css").status_code == 200
    assert client.get("/conseillers/static/..%2F..%2Fconfig.py").status_code == 404
