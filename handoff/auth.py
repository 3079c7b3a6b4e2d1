"""Advisers' accounts, console sessions, CSRF, API bearer tokens and login throttling.

- passwords: argon2id (argon2-cffi), never stored or logged in clear; no default password anywhere;
- console sessions: random cookie value, only its SHA-256 in the database, idle and absolute expiry;
  cookie HttpOnly, SameSite=Strict, Path=/conseillers, Secure when the service is reached over https;
- CSRF: one random token per session, required on every form post (a separate double-submit cookie
  protects the login form, before any session exists);
- API tokens: per account, shown once, only their SHA-256 stored;
- throttling: failed logins counted in the database, per account and per address.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from handoff import audit
from handoff.models import ROLES, ApiToken, LoginAttempt, User, WebSession, utcnow

SESSION_COOKIE = "c360_conseillers"
LOGIN_CSRF_COOKIE = "c360_connexion"
COOKIE_PATH = "/conseillers"
MIN_PASSWORD_LENGTH = 12
ROLE_ALIASES = {"adviser": "conseiller", "coordinator": "coordinateur", "conseillere": "conseiller",
                "coordinatrice": "coordinateur"}

_hasher = PasswordHasher()  # argon2id, library defaults (RFC 9106 low-memory profile)
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))  # equal work for unknown accounts


class AuthError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def sha256(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def constant_time_equal(a: str, b: str) -> bool:
    return hmac.compare_digest((a or "").encode("utf-8"), (b or "").encode("utf-8"))


# ---------------------------------------------------------------- passwords and accounts

def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def normal_role(role: str) -> str:
    role = ROLE_ALIASES.get(role.strip().lower(), role.strip().lower())
    if role not in ROLES:
        raise AuthError(f"Rôle inconnu : {role}. Rôles possibles : {', '.join(ROLES)}.")
    return role


def normal_departements(value: str | list[str] | None) -> str:
    import re
    items = value if isinstance(value, list) else (value or "").replace(" ", ",").split(",")
    out = []
    for item in items:
        item = item.strip().upper()
        if not item:
            continue
        if not re.fullmatch(r"0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6]", item):
            raise AuthError(f"Département inconnu : {item}. Écrivez son numéro, par exemple 53 ou 2A.")
        if item not in out:
            out.append(item)
    return ",".join(out)


def add_user(session: Session, username: str, password: str, role: str, departements: str | list[str] = "",
             *, display_name: str = "", email: str = "", actor_name: str = "admin-cli") -> User:
    username = username.strip().lower()
    if not username or len(username) > 64 or not all(c.isalnum() or c in "._-@" for c in username):
        raise AuthError("Identifiant invalide : lettres, chiffres, point, tiret, arobase ; 64 caractères au plus.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AuthError(f"Mot de passe trop court : {MIN_PASSWORD_LENGTH} caractères au moins.")
    role = normal_role(role)
    deps = normal_departements(departements)
    if role in ("conseiller", "coordinateur") and not deps:
        raise AuthError("Indiquez au moins un département (par exemple --departements 53).")
    if session.execute(select(User.id).where(User.username == username)).first():
        raise AuthError(f"Le compte {username} existe déjà.")
    user = User(username=username, display_name=display_name.strip(), email=(email or "").strip() or None,
                password_hash=hash_password(password), role=role, departements=deps, active=True)
    session.add(user)
    session.flush()
    audit.record(session, "user.add", actor_name=actor_name,
                 details={"username": username, "role": role, "departements": deps})
    session.commit()
    return user


def find_user(session: Session, username: str) -> Optional[User]:
    return session.execute(select(User).where(User.username == username.strip().lower())).scalar_one_or_none()


def disable_user(session: Session, username: str, *, actor_name: str = "admin-cli") -> User:
    user = find_user(session, username)
    if user is None:
        raise AuthError(f"Compte inconnu : {username}.")
    now = utcnow()
    user.active = False
    user.disabled_at = now
    session.execute(delete(WebSession).where(WebSession.user_id == user.id))
    session.execute(update(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
                    .values(revoked_at=now))
    audit.record(session, "user.disable", actor_name=actor_name, details={"username": user.username})
    session.commit()
    return user


def create_api_token(session: Session, username: str, label: str = "", *, actor_name: str = "admin-cli") -> str:
    """A new bearer token for the JSON API; returned once, only its hash is kept."""
    user = find_user(session, username)
    if user is None or not user.active:
        raise AuthError(f"Compte inconnu ou désactivé : {username}.")
    token = "c360_" + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=sha256(token), label=label[:100]))
    audit.record(session, "user.token", actor_name=actor_name, details={"username": user.username,
                                                                        "label": label[:100]})
    session.commit()
    return token


def user_for_token(session: Session, token: str) -> Optional[User]:
    if not token or not token.startswith("c360_"):
        return None
    row = session.execute(
        select(ApiToken, User).join(User, User.id == ApiToken.user_id)
        .where(ApiToken.token_hash == sha256(token), ApiToken.revoked_at.is_(None), User.active.is_(True))
    ).first()
    if row is None:
        return None
    api_token, user = row
    now = utcnow()
    if api_token.last_used_at is None or now - api_token.last_used_at > timedelta(minutes=5):
        api_token.last_used_at = now
        session.commit()
    return user


# ---------------------------------------------------------------- login throttling

@dataclass
class LoginResult:
    user: Optional[User] = None
    error: Optional[str] = None
    throttled: bool = False


def _recent_failures(session: Session, column, value: str, window: timedelta) -> int:
    since = utcnow() - window
    return session.execute(
        select(func.count()).select_from(LoginAttempt)
        .where(column == value, LoginAttempt.success.is_(False), LoginAttempt.at >= since)
    ).scalar() or 0


def authenticate(session: Session, username: str, password: str, ip: str, settings) -> LoginResult:
    username = (username or "").strip().lower()[:64]
    ip = (ip or "")[:64]
    window = timedelta(minutes=settings.login_window_minutes)
    limit = settings.login_max_failures
    if (_recent_failures(session, LoginAttempt.username, username, window) >= limit
            or _recent_failures(session, LoginAttempt.ip, ip, window) >= limit * 4):
        audit.record(session, "user.login_throttled", actor_name=username or "inconnu", details={"ip": ip})
        session.commit()
        return LoginResult(error=f"Trop d'essais de connexion. Réessayez dans {settings.login_window_minutes} "
                                 "minutes.", throttled=True)
    user = find_user(session, username) if username else None
    ok = verify_password(user.password_hash if user else _DUMMY_HASH, password or "")
    ok = ok and user is not None and user.active
    session.add(LoginAttempt(username=username, ip=ip, at=utcnow(), success=ok))
    if not ok:
        audit.record(session, "user.login_failed", actor_name=username or "inconnu", details={"ip": ip})
        session.commit()
        return LoginResult(error="Identifiant ou mot de passe incorrect.")
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    audit.record(session, "user.login", actor=user, details={"ip": ip})
    session.commit()
    return LoginResult(user=user)


# ---------------------------------------------------------------- console sessions

def create_session(session: Session, user: User, settings) -> tuple[str, WebSession]:
    """Returns (cookie value, row). Old expired sessions of everybody are purged on the way."""
    now = utcnow()
    session.execute(delete(WebSession).where(WebSession.expires_at < now))
    token = secrets.token_urlsafe(32)
    row = WebSession(id=sha256(token), user_id=user.id, csrf_token=secrets.token_urlsafe(32), created_at=now,
                     last_seen_at=now, expires_at=now + timedelta(hours=settings.session_max_hours))
    session.add(row)
    session.commit()
    return token, row


def load_session(session: Session, cookie_value: Optional[str], settings) -> tuple[Optional[User],
                                                                                    Optional[WebSession]]:
    if not cookie_value:
        return None, None
    row = session.get(WebSession, sha256(cookie_value))
    if row is None:
        return None, None
    now = utcnow()
    idle = timedelta(minutes=settings.session_idle_minutes)
    user = session.get(User, row.user_id)
    if row.expires_at <= now or now - row.last_seen_at > idle or user is None or not user.active:
        session.delete(row)
        session.commit()
        return None, None
    if now - row.last_seen_at > timedelta(seconds=30):  # limit writes: idle precision of 30 s is enough
        row.last_seen_at = now
        session.commit()
    return user, row


def end_session(session: Session, cookie_value: Optional[str]) -> None:
    if cookie_value:
        session.execute(delete(WebSession).where(WebSession.id == sha256(cookie_value)))
        session.commit()


def cookie_secure(settings, scheme: str) -> bool:
    mode = (getattr(settings, "cookie_secure", "auto") or "auto").lower()
    if mode in ("true", "1", "yes", "oui"):
        return True
    if mode in ("false", "0", "no", "non"):
        return False
    return scheme == "https" or str(settings.public_url).startswith("https://")
