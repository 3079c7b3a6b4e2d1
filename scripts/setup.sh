#!/usr/bin/env bash
# Set-up on a fresh machine: .venv on Python 3.10, the whole stack pinned in one resolver pass,
# `pip check`. With --test, also the test tools: Debian's chromium, axe-core (npm), PostgreSQL up.
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false
export PIP_DISABLE_PIP_VERSION_CHECK=1

find_python() {
  for candidate in python3.10 "$HOME"/.pyenv/versions/3.10*/bin/python3.10 /usr/bin/python3.10 /usr/local/bin/python3.10; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; then
      command -v "$candidate"; return 0
    fi
  done
  return 1
}

if [ ! -x .venv/bin/python ]; then
  PY=$(find_python) || { echo "Python 3.10 est requis (Rasa 3.6 ne marche qu'avec lui). Installez-le avec pyenv : pyenv install 3.10.13" >&2; exit 1; }
  echo "[setup] Création de .venv avec $PY"
  "$PY" -m venv .venv
fi

stamp=$(cat constraints.txt pyproject.toml | sha256sum | cut -c1-16)
if [ "$(cat .venv/.c360-installed 2>/dev/null)" != "$stamp" ]; then
  echo "[setup] Installation des dépendances (une seule passe, versions figées dans constraints.txt)…"
  # (this machine kind's pip.conf names local mirrors that may be absent: hide only those warnings)
  quiet_mirrors() { grep -v "is ignored: it is neither a file nor a directory" >&2 || true; }
  .venv/bin/python -m pip install --quiet --upgrade "pip==24.3.1" 2> >(quiet_mirrors)
  .venv/bin/python -m pip install --quiet -c constraints.txt -e . 2> >(quiet_mirrors)
  .venv/bin/python -m pip check
  echo "$stamp" > .venv/.c360-installed
else
  echo "[setup] Dépendances à jour."
fi

if [ "${1:-}" = "--test" ]; then
  if ! command -v chromium >/dev/null 2>&1; then
    echo "[setup] Installation de Chromium (paquet Debian) pour les tests dans le navigateur…"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  fi
  if [ ! -f node_modules/axe-core/axe.min.js ]; then
    echo "[setup] Installation d'axe-core (npm)…"
    npm ci --no-audit --no-fund --silent
  fi
  if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    echo "[setup] Démarrage de PostgreSQL…"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  fi
fi
