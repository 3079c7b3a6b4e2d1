"""Settings of the public service, from the environment (see .env.example). No secret has a default."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    rasa_url: str  # Rasa REST webhook base, loopback only
    service_token: str  # action server -> POST /api/requests
    conversation_key: str  # keyed hash of Telegram chat ids, cookie signing
    public_url: str
    max_relay_chars: int = 2000
    max_message_chars: int = 100_000
    rate_per_minute: int = 20
    unsent_retention_days: int = 30
    telegram_token: str = ""
    telegram_secret: str = ""
    telegram_base_url: str = ""  # tests point this at a fake Bot API
    widget_session_days: int = 7  # how long a device keeps a widget conversation id (signed with its expiry)
    widget_origins: tuple = ()  # other sites allowed to embed the widget (CORS), e.g. ("https://c360-53.fr",)
    departements_file: Path = field(default_factory=lambda: REPO_ROOT / "config" / "departements.yml")
    # Advisers' console (handoff/auth.py): session lifetime, login throttling, cookie.
    session_idle_minutes: int = 30  # a console session ends after this much inactivity
    session_max_hours: int = 10  # ... and at most this long after login
    login_max_failures: int = 5  # failed logins per account (and x4 per address) in the window
    login_window_minutes: int = 15
    cookie_secure: str = "auto"  # auto: Secure when public_url or the request is https; "true" / "false"
    # Alerts (handoff/alerts.py): never the person's words or identity.
    alert_webhook_url: str = ""
    alert_webhook_secret: str = ""  # HMAC-SHA256 of the body, header X-C360-Signature
    smtp_host: str = ""
    smtp_port: int = 25
    smtp_from: str = ""
    smtp_user: str = ""  # optional SMTP login
    smtp_password: str = ""
    smtp_starttls: bool = False  # STARTTLS after connecting (default: true on port 587); port 465 = implicit TLS
    alert_fallback_recipients: tuple = ()  # e-mails for "à orienter" (no département) and empty territories


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    data_dir = Path(_env("C360_DATA_DIR", str(REPO_ROOT / "data"))).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    return Settings(
        data_dir=data_dir,
        database_url=_env("C360_DATABASE_URL") or f"sqlite:///{data_dir / 'handoff.db'}",
        rasa_url=_env("C360_RASA_URL", "http://127.0.0.1:5005"),
        service_token=_env("C360_SERVICE_TOKEN"),
        conversation_key=_env("C360_CONVERSATION_KEY"),
        public_url=_env("C360_PUBLIC_URL", "http://127.0.0.1:8000"),
        max_relay_chars=int(_env("C360_MAX_RELAY_CHARS", "2000")),
        rate_per_minute=int(_env("C360_RATE_PER_MINUTE", "20")),
        unsent_retention_days=int(_env("C360_UNSENT_RETENTION_DAYS", "30")),
        telegram_token=_env("C360_TELEGRAM_TOKEN"),
        telegram_secret=_env("C360_TELEGRAM_SECRET"),
        telegram_base_url=_env("C360_TELEGRAM_BASE_URL"),
        widget_session_days=int(_env("C360_WIDGET_SESSION_DAYS", "7")),
        widget_origins=tuple(o.strip().rstrip("/") for o in _env("C360_WIDGET_ORIGINS").split(",") if o.strip()),
        session_idle_minutes=int(_env("C360_SESSION_IDLE_MINUTES", "30")),
        session_max_hours=int(_env("C360_SESSION_MAX_HOURS", "10")),
        login_max_failures=int(_env("C360_LOGIN_MAX_FAILURES", "5")),
        login_window_minutes=int(_env("C360_LOGIN_WINDOW_MINUTES", "15")),
        cookie_secure=_env("C360_COOKIE_SECURE", "auto").lower(),
        alert_webhook_url=_env("C360_ALERT_WEBHOOK_URL"),
        alert_webhook_secret=_env("C360_ALERT_WEBHOOK_SECRET"),
        smtp_host=_env("C360_SMTP_HOST"),
        smtp_port=int(_env("C360_SMTP_PORT", "25")),
        smtp_from=_env("C360_SMTP_FROM"),
        smtp_user=_env("C360_SMTP_USER"),
        smtp_password=_env("C360_SMTP_PASSWORD"),
        smtp_starttls=_env("C360_SMTP_STARTTLS", "true" if _env("C360_SMTP_PORT") == "587" else "false").lower()
        in ("1", "true", "yes", "oui", "on"),
        alert_fallback_recipients=tuple(  # C360_ALERT_FALLBACK_EMAILS is accepted as another name
            r.strip() for r in (_env("C360_ALERT_FALLBACK_RECIPIENTS") or _env("C360_ALERT_FALLBACK_EMAILS")).split(",")
            if r.strip()),
    )


@lru_cache(maxsize=1)
def departements_config() -> dict:
    """Advisers' hours and callback delay per département (config/departements.yml)."""
    path = get_settings().departements_file
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def hours_for(departement: str | None) -> dict:
    """{'horaires': 'du lundi au vendredi, de 9 h à 17 h', 'delai_rappel': '2 jours ouvrés'} or the default."""
    conf = departements_config()
    default = conf.get("defaut", {})
    if departement and departement in (conf.get("departements") or {}):
        return {**default, **conf["departements"][departement]}
    return dict(default)
