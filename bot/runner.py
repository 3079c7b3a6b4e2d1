"""Start and stop the whole stack: Rasa (5005), the action server (5055), the public service (8000).

All on 127.0.0.1. Used by `c360 run` and by the end-to-end test fixture (one stack for all tests).
"""
from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import httpx

from bot.model_cache import REPO, ensure_model, rasa_env

SECRET_NAMES = ("C360_SERVICE_TOKEN", "C360_CONVERSATION_KEY", "C360_SESSION_SECRET", "C360_TELEGRAM_SECRET")


def data_dir() -> Path:
    path = Path(os.environ.get("C360_DATA_DIR", REPO / "data")).resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def load_env_file(path: Path) -> None:
    """KEY=VALUE lines into os.environ, without overriding what the environment already says."""
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, _, value = line.partition("=")
            os.environ.setdefault(key.strip(), value.strip().strip('"').strip("'"))


def ensure_secrets() -> Path:
    """Generate the local secrets on first run into data/secrets.env (git-ignored), then load them."""
    path = data_dir() / "secrets.env"
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    missing = [name for name in SECRET_NAMES if f"{name}=" not in existing]
    if missing:
        with open(path, "a", encoding="utf-8") as handle:
            for name in missing:
                handle.write(f"{name}={secrets.token_urlsafe(32)}\n")
        os.chmod(path, 0o600)
    load_env_file(REPO / ".env")
    load_env_file(path)
    return path


def free_port() -> int:
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def isolated_env(data: Path, **extra: str) -> dict:
    """Environment of a throw-away stack (tests, benchmarks): free ports on 127.0.0.1, its own data folder
    and SQLite files, fresh random secrets. Apply it to os.environ before Stack.create(base_env())."""
    ports = {"C360_PUBLIC_PORT": free_port(), "C360_RASA_PORT": free_port(), "C360_ACTION_PORT": free_port()}
    env = {key: str(value) for key, value in ports.items()}
    env.update({
        "C360_DATA_DIR": str(data),
        "C360_DATABASE_URL": f"sqlite:///{data / 'handoff.db'}",
        "C360_TRACKER_URL": f"sqlite:///{data / 'rasa_tracker.db'}",
        "C360_HANDOFF_URL": f"http://127.0.0.1:{ports['C360_PUBLIC_PORT']}",
        "C360_RASA_URL": f"http://127.0.0.1:{ports['C360_RASA_PORT']}",
        "C360_RATE_PER_MINUTE": "1000",
    })
    env.update({name: secrets.token_urlsafe(16) for name in SECRET_NAMES})
    env.update(extra)
    return env


def base_env() -> dict:
    os.environ["RASA_TELEMETRY_ENABLED"] = "false"
    os.environ.setdefault("C360_DATA_DIR", str(data_dir()))
    os.environ.setdefault("C360_TRACKER_URL", "sqlite:///" + str(data_dir() / "rasa_tracker.db"))
    env = rasa_env()
    env.setdefault("C360_HANDOFF_URL", f"http://127.0.0.1:{env.get('C360_PUBLIC_PORT', '8000')}")
    env.setdefault("C360_RASA_URL", f"http://127.0.0.1:{env.get('C360_RASA_PORT', '5005')}")
    env["C360_ACTION_URL"] = f"http://127.0.0.1:{env.get('C360_ACTION_PORT', '5055')}/webhook"
    return env


@dataclass
class Service:
    name: str
    command: list[str]
    health_url: str
    process: Optional[subprocess.Popen] = None
    log: Optional[Path] = None


@dataclass
class Stack:
    env: dict
    services: dict = field(default_factory=dict)

    @classmethod
    def create(cls, env: Optional[dict] = None, model: Optional[Path] = None) -> "Stack":
        env = env or base_env()
        model = model or REPO / "models" / "current.tar.gz"
        py = sys.executable
        rasa_port = env.get("C360_RASA_PORT", "5005")
        action_port = env.get("C360_ACTION_PORT", "5055")
        public_port = env.get("C360_PUBLIC_PORT", "8000")
        stack = cls(env=env)
        stack.services = {
            "rasa": Service("rasa", [py, "-m", "rasa", "run", "--model", str(model), "--endpoints", "endpoints.yml",
                                     "--credentials", "credentials.yml", "-i", "127.0.0.1", "-p", rasa_port,
                                     "--quiet"],
                            f"http://127.0.0.1:{rasa_port}/"),
            "actions": Service("actions", [py, "-m", "actions.server"],
                               f"http://127.0.0.1:{action_port}/health"),
            "public": Service("public", [py, "-m", "uvicorn", "handoff.main:create_app", "--factory",
                                         "--host", "127.0.0.1", "--port", public_port, "--no-access-log", "--ws", "none"],
                              f"http://127.0.0.1:{public_port}/healthz"),
        }
        return stack

    def start(self, name: str, log_dir: Optional[Path] = None) -> None:
        service = self.services[name]
        if service.process and service.process.poll() is None:
            return
        log_dir = log_dir or data_dir() / "logs"
        log_dir.mkdir(parents=True, exist_ok=True)
        service.log = log_dir / f"{name}.log"
        handle = open(service.log, "ab")
        service.process = subprocess.Popen(service.command, cwd=REPO, env=self.env, stdout=handle,
                                           stderr=subprocess.STDOUT, start_new_session=True)

    def wait_ready(self, name: str, timeout: float = 240) -> None:
        service = self.services[name]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if service.process and service.process.poll() is not None:
                raise RuntimeError(f"{name} s'est arrêté au démarrage (voir {service.log})")
            try:
                if httpx.get(service.health_url, timeout=2).status_code < 500:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise TimeoutError(f"{name} ne répond pas après {timeout:.0f} s (voir {service.log})")

    def stop(self, name: str, timeout: float = 20) -> None:
        service = self.services[name]
        process = service.process
        if not process or process.poll() is not None:
            return
        try:
            # SIGTERM, not SIGINT: a process started in the background may have SIGINT ignored (inherited)
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=timeout)
        except (subprocess.TimeoutExpired, ProcessLookupError):
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait(timeout=5)

    def start_all(self) -> None:
        for name in ("actions", "rasa", "public"):
            self.start(name)
        for name in ("actions", "public", "rasa"):
            self.wait_ready(name)

    def stop_all(self) -> None:
        for name in ("public", "rasa", "actions"):
            self.stop(name)


def _stop_on_signal(signum, _frame):
    raise KeyboardInterrupt


def run_forever() -> int:
    # Ctrl-C and `kill` both stop everything cleanly, even if the shell started us with SIGINT ignored.
    signal.signal(signal.SIGINT, _stop_on_signal)
    signal.signal(signal.SIGTERM, _stop_on_signal)
    ensure_secrets()
    env = base_env()
    ensure_model()
    stack = Stack.create(env)
    print("[c360] Démarrage : serveur d'actions, Rasa, service public…", flush=True)
    try:
        stack.start_all()
        port = env.get("C360_PUBLIC_PORT", "8000")
        print(f"""
[c360] Tout est prêt.
  Démo et widget de discussion : http://127.0.0.1:{port}/
  Console des conseillers       : http://127.0.0.1:{port}/conseillers/
  API JSON (documentation)      : http://127.0.0.1:{port}/docs
  Discussion dans le terminal   : .venv/bin/c360 chat
  Journaux                      : {data_dir() / 'logs'}
  Ctrl-C pour tout arrêter.
""", flush=True)
        while True:
            for name, service in stack.services.items():
                if service.process and service.process.poll() is not None:
                    print(f"[c360] {name} s'est arrêté : voir {service.log}", flush=True)
                    return 1
            time.sleep(1)
    except KeyboardInterrupt:
        print("\n[c360] Arrêt en cours…", flush=True)
        return 0
    finally:
        stack.stop_all()
        print("[c360] Tout est arrêté.", flush=True)
