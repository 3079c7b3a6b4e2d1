"""Small authenticated encryption for contact secrets (the Telegram chat id of an "ici" contact).

AES-256-GCM with a key derived (HKDF-SHA256) from settings.conversation_key. Output: "v1." + base64url of
nonce (12 bytes) + ciphertext and tag. Changing C360_CONVERSATION_KEY makes earlier secrets unreadable
(decrypt raises CryptoError): the channel then stores the chat id again at the person's next message.
"""
from __future__ import annotations

import base64
import binascii
import os
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from handoff.config import get_settings

_PREFIX = "v1."
_INFO = b"c360 contact secret v1"


class CryptoError(Exception):
    """The secret cannot be read (wrong key, altered or not ours)."""


@lru_cache(maxsize=4)
def _aead(master: str) -> AESGCM:
    if not master:
        raise CryptoError("C360_CONVERSATION_KEY is not set")
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(master.encode("utf-8"))
    return AESGCM(key)


def encrypt(plaintext: str, *, key: str | None = None) -> str:
    aead = _aead(key if key is not None else get_settings().conversation_key)
    nonce = os.urandom(12)
    sealed = aead.encrypt(nonce, plaintext.encode("utf-8"), _INFO)
    return _PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii").rstrip("=")


def decrypt(token: str, *, key: str | None = None) -> str:
    aead = _aead(key if key is not None else get_settings().conversation_key)
    if not isinstance(token, str) or not token.startswith(_PREFIX):
        raise CryptoError("unknown format")
    body = token[len(_PREFIX):]
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError) as error:
        raise CryptoError("bad encoding") from error
    if len(raw) < 12 + 16:
        raise CryptoError("too short")
    try:
        return aead.decrypt(raw[:12], raw[12:], _INFO).decode("utf-8")
    except InvalidTag as error:
        raise CryptoError("cannot decrypt") from error
