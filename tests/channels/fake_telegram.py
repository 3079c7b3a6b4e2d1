"""A fake Telegram Bot API on 127.0.0.1: records every call PTB makes (method and decoded parameters).

PTB posts form fields; nested objects (reply_markup, link_preview_options) arrive as JSON strings and are decoded.
getUpdates serves the updates put in `pending` (polling mode tests).
"""
from __future__ import annotations

import asyncio
import json
import threading
import time
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

TOKEN = "123456:TEST-token-for-the-fake-api"
TELEGRAM_SECRET = "secret-token-for-tests_42"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "C360", "username": "c360_test_bot"}


class FakeTelegram:
    def __init__(self, token: str = TOKEN):
        self.token = token
        self.calls: list[tuple[str, dict]] = []
        self.pending: list[dict] = []
        self.lock = threading.Lock()
        self.message_id = 1000
        self.app = Starlette(routes=[Route("/bot{token}/{method}", self.endpoint, methods=["POST", "GET"])])

    def reset(self) -> None:
        with self.lock:
            self.calls.clear()
            self.pending.clear()

    def sent(self, method: str = "sendMessage") -> list[dict]:
        with self.lock:
            return [params for name, params in self.calls if name == method]

    def methods(self) -> list[str]:
        with self.lock:
            return [name for name, _ in self.calls]

    async def endpoint(self, request: Request):
        if request.path_params["token"] != self.token:
            return JSONResponse({"ok": False, "error_code": 401, "description": "Unauthorized"}, status_code=401)
        method = request.path_params["method"]
        raw = (await request.body()).decode("utf-8")
        if raw.startswith("{"):
            form = json.loads(raw)
        else:  # PTB posts application/x-www-form-urlencoded; nested objects are JSON strings
            form = dict(parse_qsl(raw, keep_blank_values=True))
        params = {}
        for key, value in form.items():
            try:
                params[key] = json.loads(value)
            except (TypeError, ValueError):
                params[key] = value
        if method != "getUpdates":
            with self.lock:
                self.calls.append((method, params))
        if method == "getMe":
            return JSONResponse({"ok": True, "result": BOT_USER})
        if method == "sendMessage":
            with self.lock:
                self.message_id += 1
                mid = self.message_id
            chat_id = int(params["chat_id"])
            return JSONResponse({"ok": True, "result": {
                "message_id": mid, "date": int(time.time()), "text": str(params.get("text", "")),
                "chat": {"id": chat_id, "type": "private"}, "from": BOT_USER}})
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            for _ in range(20):
                with self.lock:
                    ready = [u for u in self.pending if u["update_id"] >= offset]
                if ready:
                    return JSONResponse({"ok": True, "result": ready})
                await asyncio.sleep(0.05)
            return JSONResponse({"ok": True, "result": []})
        return JSONResponse({"ok": True, "result": True})
