"""Relay to Rasa's REST webhook on loopback. The only place that talks to Rasa."""
from __future__ import annotations

import logging

import httpx

logger = logging.getLogger(__name__)


class RasaUnavailable(Exception):
    """Rasa did not answer (down, starting, or timed out)."""


class RasaClient:
    def __init__(self, base_url: str, timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self._client = httpx.AsyncClient(timeout=timeout)

    async def send(self, sender_id: str, text: str, *, input_channel: str, metadata: dict) -> list[dict]:
        """Send one user message; returns Rasa's bot messages (text, buttons, custom)."""
        payload = {"sender": sender_id, "message": text, "input_channel": input_channel, "metadata": metadata}
        try:
            response = await self._client.post(f"{self.base_url}/webhooks/rest/webhook", json=payload)
            response.raise_for_status()
            return response.json() or []
        except (httpx.HTTPError, ValueError) as error:
            logger.warning("Rasa relay failed: %s", type(error).__name__)
            raise RasaUnavailable(str(type(error).__name__)) from error

    async def aclose(self) -> None:
        await self._client.aclose()
