"""Train the Rasa model only when something it depends on changed.

Models are cached in ~/.cache/c360/models/<hash>.tar.gz, keyed by a hash of nlu_data/, domain.yml,
config.yml, the code of our custom Rasa components and policies (bot/rasa_ext/), and constraints.txt.
The model in use is copied to models/current.tar.gz.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
INPUTS = ["nlu_data", "domain.yml", "config.yml", "bot/rasa_ext", "constraints.txt"]


def cache_dir() -> Path:
    base = Path(os.environ.get("C360_MODEL_CACHE", Path.home() / ".cache" / "c360" / "models"))
    base.mkdir(parents=True, exist_ok=True)
    return base


def input_files(repo: Path = REPO) -> list[Path]:
    files: list[Path] = []
    for name in INPUTS:
        path = repo / name
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in (".yml", ".yaml", ".py", ".txt", ".md")
                            and "__pycache__" not in p.parts)
        elif path.is_file():
            files.append(path)
    return files


def model_hash(repo: Path = REPO) -> str:
    digest = hashlib.sha256()
    for path in input_files(repo):
        digest.update(str(path.relative_to(repo)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:20]


def rasa_env() -> dict:
    env = dict(os.environ)
    env.update({"RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2", "TF_DETERMINISTIC_OPS": "1",
                "PYTHONHASHSEED": "0"})
    env.setdefault("C360_ACTION_URL", "http://127.0.0.1:5055/webhook")
    env.setdefault("C360_TRACKER_URL", "sqlite:///" + str(REPO / "data" / "rasa_tracker.db"))
    existing = env.get("PYTHONPATH", "")
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + existing if existing else "")
    return env


def ensure_model(force: bool = False, quiet: bool = False) -> Path:
    """Path of models/current.tar.gz, trained (about 1 to 2 minutes) only when the inputs changed."""
    key = model_hash()
    cached = cache_dir() / f"{key}.tar.gz"
    current = REPO / "models" / "current.tar.gz"
    current.parent.mkdir(exist_ok=True)
    if cached.exists() and not force:
        if not quiet:
            print(f"[c360] Modèle déjà entraîné (cache {key}).", flush=True)
    else:
        print(f"[c360] Entraînement du modèle Rasa ({key}) : 1 à 2 minutes…", flush=True)
        started = time.monotonic()
        with tempfile.TemporaryDirectory() as out:
            command = [sys.executable, "-m", "rasa", "train", "--data", "nlu_data", "--domain", "domain.yml",
                       "--config", "config.yml", "--out", out, "--fixed-model-name", key]
            subprocess.run(command, cwd=REPO, env=rasa_env(), check=True)
            produced = Path(out) / f"{key}.tar.gz"
            tmp = cached.with_suffix(".partial")
            shutil.copyfile(produced, tmp)
            tmp.replace(cached)
        print(f"[c360] Modèle entraîné en {time.monotonic() - started:.0f} s.", flush=True)
    marker = current.with_name("current.hash")
    if not current.exists() or not marker.exists() or marker.read_text() != key:
        shutil.copyfile(cached, current)
        marker.write_text(key)
    return current
