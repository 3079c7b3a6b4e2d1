#!/usr/bin/env bash
# Every test: unit, API (SQLite and PostgreSQL), Rasa data validation and test stories, end to end
# over the real running stack, browser (Chromium + axe-core) and Telegram with a fake Bot API.
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2 TF_DETERMINISTIC_OPS=1 PYTHONHASHSEED=0
.venv/bin/c360 train
exec .venv/bin/python -m pytest "$@"
