"""The widget in Debian's headless Chromium (Playwright, executable_path; never a browser download).

The public service runs in a thread on a free port with the fake Rasa (or the running stack when
C360_TEST_PUBLIC_URL is set: dialogue-specific checks then skip). axe-core is injected offline from
node_modules. Reports and screenshots go to artifacts/channels/ (git-ignored).
"""
from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import httpx
import pytest

import fake_rasa as fr
from bot.texts_channels import CHANNEL_BUTTON_LABELS as LABELS
from bot.texts_channels import CHANNEL_TEXTS as TEXTS
from servers import ThreadedServer

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("channel_settings")]

REPO = Path(__file__).resolve().parents[2]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = REPO / "artifacts" / "channels"
PUBLIC_URL = os.environ.get("C360_TEST_PUBLIC_URL", "")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
HEALTH_WORDS = re.compile(r"handicap|santé|suicide|urgence|malad|soin|médic|psy|aide|détresse", re.IGNORECASE)
VIEWS = {
    "320px": {"viewport": {"width": 320, "height": 640}, "device_scale_factor": 1},
    "zoom200": {"viewport": {"width": 640, "height": 400}, "device_scale_factor": 2},  # 1280 x 800 at 200 %
    "desktop": {"viewport": {"width": 1280, "height": 800}, "device_scale_factor": 1},
}


@pytest.fixture(scope="module")
def base_url(app):
    if PUBLIC_URL:
        yield PUBLIC_URL.rstrip("/")
        return
    with ThreadedServer(app) as server:
        yield server.url




@pytest.fixture()
def open_page(browser, base_url, fake_rasa):
    contexts = []
    fake_rasa.reset()

    def _open(view: str = "desktop"):
        context = browser.new_context(bypass_csp=True, locale="fr-FR", **VIEWS[view])
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto(base_url + "/")
        page.wait_for_selector(".c360-launcher")
        return page

    yield _open
    for context in contexts:
        context.close()


# ---------------------------------------------------------------- helpers

def bot_count(page) -> int:
    return page.locator(".c360-log .c360-assistant").count()


def wait_reply(page, before: int) -> None:
    page.wait_for_function(
        "n => document.querySelectorAll('.c360-log .c360-assistant').length > n"
        " && !document.querySelector('.c360').classList.contains('c360-busy')", arg=before)


def open_widget(page) -> None:
    page.get_by_role("button", name=LABELS["ouvrir"]).click()
    page.wait_for_selector("#c360-panel:not([hidden])")


def choose(page, title: str) -> None:
    before = bot_count(page)
    page.locator(".c360-choices").get_by_role("button", name=title, exact=True).click()
    wait_reply(page, before)


def type_and_send(page, text: str) -> None:
    before = bot_count(page)
    page.locator(".c360-box").fill(text)
    page.locator(".c360-box").press("Enter")
    wait_reply(page, before)


def bot_texts(page) -> list[str]:
    return page.locator(".c360-log .c360-assistant .c360-text").all_inner_texts()


def artifact(name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / name


def axe_scan(page, name: str) -> list[dict]:
    """Run axe-core on the page; save the report and a screenshot; return serious/critical violations."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async (tags) => await axe.run(document, {
        runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})""", AXE_TAGS)
    artifact(f"axe-{name}.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    page.screenshot(path=str(artifact(f"{name}.png")), full_page=False)
    return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


# ---------------------------------------------------------------- conversation

def test_full_conversation_reload_continues(open_page, fake_only):
    page = open_page("desktop")
    assert not HEALTH_WORDS.search(page.title())
    assert page.evaluate("document.documentElement.lang") == "fr"
    open_widget(page)
    assert page.evaluate("document.activeElement.classList.contains('c360-box')")
    log = page.locator(".c360-log")
    assert log.get_attribute("role") == "log" and log.get_attribute("aria-live") == "polite"
    choose(page, LABELS["commencer"])
    assert bot_texts(page)[-2:] == [fr.WELCOME, fr.ROLE_Q]
    first_node = page.evaluate_handle("document.querySelector('.c360-log .c360-msg')")
    page.evaluate("n => { n.dataset.marque = 'gardé'; }", first_node)
    choose(page, "Pour un proche")
    assert bot_texts(page)[-1] == fr.WISH_Q
    wish = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss=2\"> Du sport pour mon fils"
    type_and_send(page, wish)
    assert page.locator(".c360-log .c360-vous .c360-text").last.inner_text() == wish
    assert page.evaluate("window.__xss") is None
    assert page.locator(".c360-log script, .c360-log img").count() == 0
    # the history is appended to, never re-rendered; bubbles take no tabindex
    assert page.evaluate("document.querySelector('.c360-log .c360-msg').dataset.marque") == "gardé"
    assert page.locator(".c360-log [tabindex]").count() == 0
    assert page.title() == "Accueil – Communauté 360 (démonstration)"  # the widget never changes the title
    page.screenshot(path=str(artifact("conversation-avant-rechargement.png")))

    page.reload()
    page.wait_for_selector("#c360-panel:not([hidden])")  # reopened in this tab
    page.wait_for_function("document.querySelectorAll('.c360-log .c360-vous').length >= 3")
    assert wish in page.locator(".c360-log .c360-vous .c360-text").all_inner_texts()
    assert page.evaluate("window.__xss") is None
    choose(page, "Je ne sais pas")  # the last quick replies came back too
    assert bot_texts(page)[-1] == fr.READBACK.format(wish=wish)
    assert page.locator(".c360-log script").count() == 0
    choose(page, "Oui, c'est juste")
    choose(page, "Oui, envoyer")
    assert bot_texts(page)[-1] == fr.SENT
    page.screenshot(path=str(artifact("conversation-fin.png")))


def test_quitter_vite_leaves_and_forgets(open_page, base_url):
    page = open_page("desktop")
    open_widget(page)
    choose(page, LABELS["commencer"])
    session = json.loads(page.evaluate("localStorage.getItem('c360.session')"))
    headers = {"X-C360-Token": session["token"]}
    url = f"{base_url}/widget/history"
    assert httpx.get(url, params={"conversation_id": session["id"]}, headers=headers).json()["turns"]
    page.get_by_role("button", name=LABELS["quitter"]).click()
    page.wait_for_url(re.compile(r"/widget/neutre$"))
    assert page.title() == TEXTS["neutre_titre"] and not HEALTH_WORDS.search(page.title())
    assert page.evaluate("localStorage.getItem('c360.session')") is None
    deadline = time.time() + 5
    while time.time() < deadline:
        turns = httpx.get(url, params={"conversation_id": session["id"]}, headers=headers).json()["turns"]
        if not turns:
            break
        time.sleep(0.1)
    assert turns == []
    page.goto(base_url + "/")  # back on the site: a new, empty conversation
    open_widget(page)
    assert page.locator(".c360-log .c360-vous").count() == 0


def test_effacer_asks_then_forgets(open_page):
    page = open_page("desktop")
    open_widget(page)
    choose(page, LABELS["commencer"])
    page.get_by_role("button", name=LABELS["effacer"], exact=True).click()
    confirm = page.locator(".c360-confirm")
    assert confirm.is_visible() and TEXTS["widget_effacer_question"] in confirm.inner_text()
    assert page.evaluate("document.activeElement.textContent") == LABELS["effacer_oui"]
    page.keyboard.press("Escape")  # Esc: back to the message box, nothing deleted
    assert not confirm.is_visible() and page.evaluate("document.activeElement.classList.contains('c360-box')")
    assert page.locator(".c360-log .c360-vous").count() == 1
    page.get_by_role("button", name=LABELS["effacer"], exact=True).click()
    page.get_by_role("button", name=LABELS["effacer_oui"]).click()
    page.wait_for_function("document.querySelectorAll('.c360-log .c360-vous').length === 0")
    assert page.locator(".c360-status").inner_text() == TEXTS["widget_effacee"]
    assert page.evaluate("localStorage.getItem('c360.session')") is None


def test_keyboard_only_intake(open_page, fake_only):
    page = open_page("desktop")
    for _ in range(15):  # Tab through the page to the launcher
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('c360-launcher')"):
            break
    assert page.evaluate("document.activeElement.classList.contains('c360-launcher')")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.classList.contains('c360-box')")

    def focus_button(title: str) -> None:
        for _ in range(25):
            page.keyboard.press("Shift+Tab")
            active = page.evaluate("document.activeElement.textContent")
            if active == title:
                outline = page.evaluate("getComputedStyle(document.activeElement).outlineWidth")
                assert float(outline.replace("px", "")) >= 3  # visible focus
                return
        raise AssertionError(f"{title!r} not reached with Shift+Tab")

    def key_choose(title: str) -> None:
        before = bot_count(page)
        focus_button(title)
        page.keyboard.press("Enter")
        wait_reply(page, before)

    def key_type(text: str) -> None:
        before = bot_count(page)
        page.keyboard.type(text)
        page.keyboard.press("Enter")
        wait_reply(page, before)

    key_type("Bonjour")
    key_choose("Pour moi")
    assert page.evaluate("document.activeElement.classList.contains('c360-box')")
    page.keyboard.type("Je voudrais un travail")
    page.keyboard.press("Shift+Enter")  # a new line, not a send
    page.keyboard.type("près de chez moi")
    before = bot_count(page)
    page.keyboard.press("Enter")
    wait_reply(page, before)
    assert page.locator(".c360-log .c360-vous .c360-text").last.inner_text() == \
        "Je voudrais un travail\nprès de chez moi"
    key_choose("Je ne sais pas")
    key_choose("Oui, c'est juste")
    key_choose("Oui, envoyer")
    assert bot_texts(page)[-1] == fr.SENT
    focus_button(LABELS["fermer"])
    page.keyboard.press("Escape")  # Esc brings the focus back to the message box
    assert page.evaluate("document.activeElement.classList.contains('c360-box')")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == LABELS["conseiller"]
    before = bot_count(page)
    page.keyboard.press("Enter")
    wait_reply(page, before)
    assert page.locator(".c360-log .c360-vous .c360-text").last.inner_text() == TEXTS["demande_conseiller"]


def test_emergency_banner_stays_with_tel_and_sms_links(open_page):
    page = open_page("desktop")
    open_widget(page)
    type_and_send(page, "je vais me tuer ce soir")
    banner = page.locator(".c360-urgence")
    assert banner.get_attribute("role") == "alert"
    hrefs = page.locator(".c360-urgence a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert "tel:15" in hrefs and "tel:112" in hrefs and "sms:114" in hrefs
    type_and_send(page, "Bonjour")
    assert page.locator(".c360-urgence a").count() == len(hrefs)  # still there after the next reply
    page.reload()
    page.wait_for_selector(".c360-urgence a[href='sms:114']")  # and after a reload


def test_errors_are_said_and_the_message_is_kept(open_page):
    page = open_page("desktop")
    open_widget(page)
    choose(page, LABELS["commencer"])
    box = page.locator(".c360-box")
    # HTTP 5xx
    page.route("**/widget/messages", lambda route: route.fulfill(status=502, body="Bad Gateway"))
    box.fill("Mon message important")
    box.press("Enter")
    error = page.locator(".c360-error")
    error.wait_for(state="visible")
    assert TEXTS["widget_erreur_serveur"] in error.inner_text()
    assert "15" in error.inner_text() and "114" in error.inner_text()
    assert error.get_attribute("role") == "alert"
    assert box.input_value() == "Mon message important"
    assert "Mon message important" not in page.locator(".c360-log").inner_text()
    assert page.locator(".c360-error a[href='sms:114']").count() == 1
    page.unroute("**/widget/messages")
    # server down (connection refused)
    page.route("**/widget/messages", lambda route: route.abort("connectionrefused"))
    box.press("Enter")
    page.wait_for_function("document.querySelector('.c360-error').textContent.length > 0 && "
                           "!document.querySelector('.c360').classList.contains('c360-busy')")
    assert TEXTS["widget_erreur_serveur"] in error.inner_text() and box.input_value() == "Mon message important"
    page.unroute("**/widget/messages")
    # network cut
    page.context.set_offline(True)
    box.press("Enter")
    page.wait_for_function("document.querySelector('.c360-error').textContent.includes('connexion')")
    assert TEXTS["widget_erreur_reseau"].split(".")[0] in error.inner_text()
    assert box.input_value() == "Mon message important"
    page.context.set_offline(False)
    before = bot_count(page)
    box.press("Enter")
    wait_reply(page, before)
    assert box.input_value() == "" and error.inner_text() == ""


def test_text_size_control_and_reflow_at_320px(open_page):
    page = open_page("320px")
    open_widget(page)
    choose(page, LABELS["commencer"])
    size = lambda: float(page.evaluate("getComputedStyle(document.querySelector('.c360-panel')).fontSize")[:-2])
    start = size()
    page.get_by_role("button", name=f"{LABELS['texte_plus']} : {LABELS['texte_plus_aide']}").click()
    page.get_by_role("button", name=f"{LABELS['texte_plus']} : {LABELS['texte_plus_aide']}").click()
    assert size() == pytest.approx(start * 1.5)
    assert page.locator(".c360-status").inner_text() == TEXTS["widget_taille"].format(taille=150)
    overflow = page.evaluate("""() => { const p = document.querySelector('.c360-panel');
        return [document.documentElement.scrollWidth, p.scrollWidth, p.clientWidth]; }""")
    assert overflow[0] <= 320 and overflow[1] <= overflow[2]
    small = page.evaluate("""() => [...document.querySelectorAll('.c360-panel button, .c360-panel textarea')]
        .filter(e => e.offsetParent !== null)
        .map(e => [e.textContent, e.getBoundingClientRect().width, e.getBoundingClientRect().height])
        .filter(([, w, h]) => w < 44 || h < 44)""")
    assert small == []
    page.reload()  # the size is remembered
    page.wait_for_selector("#c360-panel:not([hidden])")
    assert size() == pytest.approx(start * 1.5)


# ---------------------------------------------------------------- axe-core

@pytest.mark.parametrize("view", ["320px", "zoom200", "desktop"])
def test_axe_no_serious_violations(open_page, view):
    if not AXE.exists():
        pytest.skip("axe-core not installed (npm ci)")
    page = open_page(view)
    found = {}
    found["ferme"] = axe_scan(page, f"{view}-ferme")
    open_widget(page)
    choose(page, LABELS["commencer"])
    assert page.locator(".c360-choices button").count() >= 1
    found["boutons"] = axe_scan(page, f"{view}-boutons")
    type_and_send(page, "je vais me tuer ce soir")
    assert page.locator(".c360-urgence a").count() >= 3
    found["urgence"] = axe_scan(page, f"{view}-urgence")
    page.route("**/widget/messages", lambda route: route.fulfill(status=500, body="{}"))
    page.locator(".c360-box").fill("Encore un message")
    page.locator(".c360-box").press("Enter")
    page.locator(".c360-error").wait_for(state="visible")
    found["erreur"] = axe_scan(page, f"{view}-erreur")
    assert {state: v for state, v in found.items() if v} == {}


def test_the_panel_never_hides_the_page_focus(open_page):
    # wide screen: the panel is docked and the page makes room for it
    page = open_page("desktop")
    open_widget(page)
    page.locator("a[href='#contact']").focus()
    link = page.locator("a[href='#contact']").bounding_box()
    panel = page.locator(".c360-panel").bounding_box()
    assert link["x"] + link["width"] <= panel["x"]
    # narrow screen: the panel takes the screen and the page behind cannot take the focus
    page = open_page("320px")
    open_widget(page)
    assert page.evaluate("document.querySelector('main').inert") is True
    for _ in range(30):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('.c360') !== null || "
                             "document.activeElement === document.body")
    page.get_by_role("button", name=LABELS["fermer"]).click()
    assert page.evaluate("document.querySelector('main').inert") is False
    assert page.evaluate("document.activeElement.classList.contains('c360-launcher')")
