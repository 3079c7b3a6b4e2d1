"""A scripted stand-in for Rasa's REST webhook (POST /webhooks/rest/webhook), for channel tests.

It answers like Rasa 3.6's REST channel: a list of {"recipient_id", "text", "buttons"?, "custom"?}. The dialogue is
a short intake: who writes (buttons) -> wishes (free text) -> département (button "Je ne sais pas") -> read-back
echoing the person's words -> consent (buttons) -> close with a reference. Danger words get the emergency message
with the urgency payload; "conseiller" gets the callback question. Every request is recorded in `calls`.
"""
from __future__ import annotations

import json
import threading

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

WELCOME = ("Bonjour. Je suis l'assistant de la Communauté 360. Je suis un programme. "
           "En cas d'urgence, appelez le 15 ou le 112.")
ROLE_Q = "Vous écrivez pour qui ?\n1. Pour moi\n2. Pour un proche\n3. Comme professionnel"
ROLE_BUTTONS = [
    {"title": "Pour moi", "payload": '/informer_role{"role":"personne"}'},
    {"title": "Pour un proche", "payload": '/informer_role{"role":"aidant"}'},
    {"title": "Comme professionnel", "payload": '/informer_role{"role":"professionnel"}'},
]
WISH_Q = "Qu'aimeriez-vous changer dans votre vie ? Écrivez avec vos mots."
DEP_Q = "Dans quel département habitez-vous ? Écrivez le numéro, par exemple 53."
DEP_BUTTONS = [{"title": "Je ne sais pas", "payload": "/je_ne_sais_pas"}]
READBACK = "Voici ce que j'ai compris. Vos mots : « {wish} ». Est-ce juste ?"
READBACK_BUTTONS = [{"title": "Oui, c'est juste", "payload": "/affirmer"},
                    {"title": "Corriger mes envies", "payload": "/corriger"}]
CONSENT_Q = "Voulez-vous envoyer votre demande à la Communauté 360 ?"
CONSENT_BUTTONS = [{"title": "Oui, envoyer", "payload": "/affirmer"}, {"title": "Non", "payload": "/refuser"}]
SENT = "Votre demande est envoyée. Votre numéro de demande est K7P-4XM. Notez-le."
DANGER = ("Vous pouvez parler à quelqu'un maintenant. Appelez le 3114. "
          "Si vous êtes en danger maintenant, appelez le 15 ou le 112.")
DANGER_NUMBERS = ["3114", "15", "112", "114"]
STAY = "Je reste avec vous. Voulez-vous continuer votre demande ?"
CALLBACK = "Voulez-vous qu'un conseiller vous rappelle ?"
CALLBACK_BUTTONS = [{"title": "Oui, je veux être rappelé", "payload": "/rappel_oui"}]
LONG_TEXT = "\n\n".join(f"Paragraphe {i}. " + "Voici une phrase simple pour tester. " * 20 for i in range(12))
DANGER_WORDS = ("tuer", "suicide", "mourir", "kill myself")


class FakeRasa:
    def __init__(self):
        self.calls: list[dict] = []
        self.state: dict[str, dict] = {}
        self.lock = threading.Lock()
        self.fail = False  # answer 500 (Rasa down) when True
        self.app = Starlette(routes=[Route("/webhooks/rest/webhook", self.webhook, methods=["POST"]),
                                     Route("/", self.root)])

    async def root(self, request: Request):
        return JSONResponse({"version": "fake"})

    def reset(self) -> None:
        with self.lock:
            self.calls.clear()
            self.state.clear()
            self.fail = False

    def reply(self, sender: str, text: str) -> list[dict]:
        lowered = text.lower()
        state = self.state.setdefault(sender, {"step": 0, "wish": ""})

        def out(text, buttons=None, custom=None):
            message = {"recipient_id": sender, "text": text}
            if buttons:
                message["buttons"] = buttons
            if custom:
                message["custom"] = custom
            return message

        if lowered == "texte long":
            return [out(LONG_TEXT, CONSENT_BUTTONS)]
        if any(word in lowered for word in DANGER_WORDS):
            return [out(DANGER, custom={"urgency": "vitale", "numbers": DANGER_NUMBERS}), out(STAY)]
        if "conseiller" in lowered:
            return [out(CALLBACK, CALLBACK_BUTTONS)]
        step = state["step"]
        if step == 0:
            state["step"] = 1
            return [out(WELCOME), out(ROLE_Q, ROLE_BUTTONS)]
        if step == 1:
            state["step"] = 2
            return [out(WISH_Q)]
        if step == 2:
            state["wish"] = text
            state["step"] = 3
            return [out(DEP_Q, DEP_BUTTONS)]
        if step == 3:
            state["step"] = 4
            return [out(READBACK.format(wish=state["wish"]), READBACK_BUTTONS)]
        if step == 4:
            state["step"] = 5
            return [out(CONSENT_Q, CONSENT_BUTTONS)]
        if step == 5:
            state["step"] = 6
            return [out(SENT)]
        return [out("Merci. Vous pouvez écrire un autre message.")]

    async def webhook(self, request: Request):
        body = json.loads(await request.body())
        with self.lock:
            self.calls.append(body)
            if self.fail:
                return JSONResponse({"error": "down"}, status_code=500)
            return JSONResponse(self.reply(body["sender"], body["message"]))
