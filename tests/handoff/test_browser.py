"""A real headless Chromium (Debian's package, driven by Playwright for Python) on a real uvicorn server:
log in, see a vitale request at the top, claim it, add a note, relay it, close it. Screenshot of the queue
in artifacts/console_queue.png. Also: keyboard skip link, no CSP violation, 200 % zoom, live refresh."""
from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from bot.schema import StructuredRequest
from handoff import db, store
from handoff_helpers import PASSWORD, build_app, make_settings, make_user, request_body

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path, sqlite_template):
    uvicorn = pytest.importorskip("uvicorn")
    path = tmp_path / "handoff.db"
    shutil.copy(sqlite_template, path)
    port = _free_port()
    settings = make_settings(f"sqlite:///{path}", tmp_path, public_url=f"http://127.0.0.1:{port}")
    app = build_app(settings)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on",
                            ws="none")  # Rasa pins an old websockets; the console needs none
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    db.dispose()




def _send(**kwargs) -> str:
    with db.session_scope() as session:
        reference, _ = store.upsert_request(session, StructuredRequest(**request_body(**kwargs)))
    return reference


def test_adviser_handles_a_vitale_request_in_the_browser(server, browser):
    from playwright.sync_api import expect

    with db.session_scope() as session:
        make_user(session, "claire", "conseiller", "53", name="Claire Martin")
    _send(urgency="normale", own_words="Je cherche un club de sport adapté.", domains=["loisirs"])
    _send(urgency="haute", complexity=2, own_words="Mon fils sort de l'IME en juin.", domains=["accompagnement"])
    vital = _send(urgency="vitale", own_words='Je ne veux plus vivre <script>alert("x")</script>',
                  domains=["sante"], signals=["moyen cité", "ce soir"])

    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: problems.append("dialog: " + d.message))
    page.clock.install()

    page.goto(server + "/conseillers/")
    expect(page).to_have_url(server + "/conseillers/connexion?suite=%2Fconseillers%2F")
    page.get_by_label("Identifiant").fill("claire")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()

    expect(page.get_by_role("heading", name="File des demandes")).to_be_visible()
    first_row = page.locator("table.file tbody tr").first
    expect(first_row).to_contain_text(vital)
    expect(first_row).to_contain_text("Vitale")
    expect(first_row).to_contain_text("Nouvelle pour vous")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "console_queue.png"), full_page=True)
    page.keyboard.press("Tab")  # keyboard: the first stop is the skip link
    assert page.evaluate("document.activeElement.textContent") == "Aller au contenu"

    # live refresh: a new request appears without reloading, and the focused link keeps focus
    page.get_by_role("link", name=vital).focus()
    newcomer = _send(urgency="haute", complexity=3, own_words="Je n'ai plus de place en foyer.")
    page.clock.run_for(31_000)
    expect(page.locator("table.file")).to_contain_text(newcomer)
    assert page.evaluate("document.activeElement.textContent") == vital
    expect(page.locator("#annonce-file")).to_have_text("La file a changé : 4 demandes.")

    page.get_by_role("link", name=vital).click()
    expect(page.get_by_role("heading", name=f"Demande {vital}")).to_be_visible()
    expect(page.locator("blockquote.mots").first).to_have_text('Je ne veux plus vivre <script>alert("x")</script>')
    expect(page.get_by_text("moyen cité")).to_be_visible()

    page.get_by_role("button", name="Prendre en charge").click()
    expect(page.get_by_role("status").first).to_have_text("Vous avez pris la demande en charge.")
    expect(page.locator("#statut")).to_have_text("Prise en charge")

    page.get_by_label("Nouvelle note").fill("Appelée à 14 h, rappel du 15 donné.")
    page.get_by_role("button", name="Ajouter la note").click()
    expect(page.locator("ul.notes")).to_contain_text("Appelée à 14 h, rappel du 15 donné.")

    page.get_by_role("radio", name="Relayée").check()
    page.get_by_label("Si relayée : vers quel partenaire").select_option("dac")
    page.get_by_role("button", name="Enregistrer le statut").click()
    expect(page.locator("#statut")).to_have_text("Relayée")

    page.get_by_role("radio", name="Clôturée").check()
    page.get_by_label("Si clôturée : résultat").select_option("droit_commun")
    page.get_by_role("button", name="Enregistrer le statut").click()
    expect(page.locator("#statut")).to_have_text("Clôturée")

    # 200 % zoom: the same page at half the width has no horizontal scroll
    page.set_viewport_size({"width": 640, "height": 900})
    for path in (f"/conseillers/demandes/{vital}", "/conseillers/"):
        page.goto(server + path)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), path
        # axe-core (npm, injected offline): no serious or critical violation at 200 % zoom
        axe = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
        page.evaluate(axe.read_text(encoding="utf-8"))  # DevTools evaluation: the page's CSP stays on
        result = page.evaluate("""async () => await axe.run(document, {runOnly: {type: 'tag',
            values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']}, resultTypes: ['violations']})""")
        serious = [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]
                   if v["impact"] in ("serious", "critical")]
        assert serious == [], (path, serious)

    assert not [p for p in problems if "Content Security Policy" in p or "dialog" in p], problems
    assert not problems, problems
    with db.session_scope() as session:
        assert store.request_status(session, vital) == "cloturee"
    context.close()
