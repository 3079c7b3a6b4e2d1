"""The widget in Debian's headless Chromium against the REAL running stack (Rasa, actions, public service):
a full intake with the keyboard only, reload and continue, an axe-core scan mid-conversation with the
emergency banner, and the request in the queue. Artefacts in artifacts/e2e/."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.e2e.conftest import queue

pytestmark = [pytest.mark.slow, pytest.mark.browser]

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = REPO / "artifacts" / "e2e"




def assistant_count(page) -> int:
    return page.locator(".c360-log .c360-assistant").count()


def send_with_keyboard(page, text: str) -> str:
    before = assistant_count(page)
    if not page.evaluate("document.activeElement && document.activeElement.classList.contains('c360-box')"):
        page.locator(".c360-box").focus()  # as a keyboard user reaches it with Tab after a reload
    page.keyboard.type(text)
    page.keyboard.press("Enter")
    page.wait_for_function(
        "n => document.querySelectorAll('.c360-log .c360-assistant').length > n"
        " && !document.querySelector('.c360').classList.contains('c360-busy')", arg=before, timeout=60_000)
    return "\n".join(page.locator(".c360-log .c360-assistant .c360-text").all_inner_texts()[before:])


def test_keyboard_only_intake_on_the_real_stack(stack, browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(bypass_csp=True, locale="fr-FR", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(stack.public_url + "/")
    page.wait_for_selector(".c360-launcher")
    page.locator(".c360-launcher").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#c360-panel:not([hidden])")
    assert "programme" in send_with_keyboard(page, "Bonjour")
    assert "envies" in send_with_keyboard(page, "1")  # the numbered choice, typed
    wish = "Je voudrais faire du théâtre avec des amis <b>le samedi</b>"
    assert "aujourd'hui" in send_with_keyboard(page, wish)
    page.reload()
    page.wait_for_function("document.querySelectorAll('.c360-log .c360-vous').length >= 3", timeout=20_000)
    assert wish in page.locator(".c360-log .c360-vous .c360-text").all_inner_texts(), "history after reload"
    send_with_keyboard(page, "Rien pour l'instant, je reste chez moi")
    send_with_keyboard(page, "oui")
    send_with_keyboard(page, "25 ans")
    send_with_keyboard(page, "Laval")
    readback = send_with_keyboard(page, "06 11 22 33 44")
    assert wish in readback
    send_with_keyboard(page, "oui")
    send_with_keyboard(page, "oui")
    closing = send_with_keyboard(page, "non")
    reference = re.findall(r"[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}", closing)
    assert reference, closing
    page.screenshot(path=str(ARTIFACTS / "intake-real-stack.png"))
    assert any(item["reference"] == reference[-1] for item in queue(stack))
    context.close()


def test_axe_mid_conversation_with_the_emergency_banner(stack, browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for name, view in {"320px": {"width": 320, "height": 640}, "desktop": {"width": 1280, "height": 800}}.items():
        context = browser.new_context(bypass_csp=True, locale="fr-FR", viewport=view)
        page = context.new_page()
        page.goto(stack.public_url + "/")
        page.locator(".c360-launcher").click()
        page.wait_for_selector("#c360-panel:not([hidden])")
        send_with_keyboard(page, "Bonjour")
        send_with_keyboard(page, "je vais me suicider ce soir")
        banner = page.locator(".c360-urgence[role=alert]")
        assert "3114" in banner.inner_text()
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("""async () => await axe.run(document, {runOnly: {type: 'tag',
            values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']}, resultTypes: ['violations']})""")
        (ARTIFACTS / f"axe-real-{name}.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        page.screenshot(path=str(ARTIFACTS / f"urgence-real-{name}.png"))
        serious = [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")]
        assert serious == []
        context.close()
