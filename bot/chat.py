"""`c360 chat`: a terminal conversation with the running assistant, through the public service
(like a browser would: the service issues the conversation id and runs every check)."""
from __future__ import annotations

import os
import sys

import httpx


def _show(reply: dict) -> None:
    urgency = reply.get("urgency")
    if urgency and urgency.get("numbers"):
        print(f"\n  !!! URGENCE : appelez le {', '.join(urgency['numbers'])} !!!")
    for message in reply.get("messages", []):
        if message.get("text"):
            print("\nAssistant : " + message["text"].replace("\n", "\n            "))
        for index, button in enumerate(message.get("buttons") or [], 1):
            print(f"   [{index}] {button['title']}")


def main(argv: list[str]) -> int:
    base = (argv[0] if argv else os.environ.get("C360_PUBLIC_URL", "http://127.0.0.1:8000")).rstrip("/")
    client = httpx.Client(base_url=base, timeout=60)
    try:
        conversation = client.post("/widget/conversations").json()
    except httpx.HTTPError:
        print("Le service ne répond pas. Lancez d'abord : make run", file=sys.stderr)
        return 1
    print("Discussion avec l'assistant de la Communauté 360. Écrivez « quitter » pour sortir.")
    last_buttons: list[dict] = []
    while True:
        try:
            text = input("\nVous : ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if text.lower() in ("quitter", "exit", "quit"):
            return 0
        body = {"conversation_id": conversation["conversation_id"], "token": conversation["token"], "text": text}
        if text.isdigit() and last_buttons and 1 <= int(text) <= len(last_buttons):
            button = last_buttons[int(text) - 1]
            body.update(text=button["payload"], button_title=button["title"])
        try:
            response = client.post("/widget/messages", json=body)
        except httpx.HTTPError:
            print("Le service ne répond pas. En cas d'urgence, appelez le 15 ou le 112 (SMS au 114).")
            continue
        reply = response.json()
        if response.status_code >= 400:
            print("Erreur : " + str(reply.get("detail", reply)))
            continue
        _show(reply)
        last_buttons = [b for m in reply.get("messages", []) for b in (m.get("buttons") or [])]
