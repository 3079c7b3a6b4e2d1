"""Rasa's own checks on our data and dialogue: `rasa data validate` and the test stories with
`rasa test core --fail-on-prediction-errors` (forms and interrupts through the RulePolicy: deterministic)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from bot.model_cache import REPO, ensure_model, rasa_env

pytestmark = pytest.mark.slow


def rasa(*args: str, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rasa", *args], cwd=REPO, env=rasa_env(), capture_output=True,
                          text=True, timeout=timeout)


def test_data_validate_exits_zero():
    result = rasa("data", "validate", "--data", "nlu_data", "--domain", "domain.yml", "--config", "config.yml")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_stories_are_predicted_without_error(tmp_path):
    model = ensure_model(quiet=True)
    result = rasa("test", "core", "--stories", "tests/stories", "--model", str(model), "--out", str(tmp_path),
                  "--fail-on-prediction-errors")
    report = (tmp_path / "failed_test_stories.yml")
    failed = report.read_text(encoding="utf-8") if report.exists() else ""
    assert result.returncode == 0, (result.stdout[-2000:] + result.stderr[-3000:] + failed[:3000])
    assert "none of the test stories failed" in failed.lower() or not failed.strip().startswith("- story")


def test_generated_files_are_up_to_date():
    for script in ("scripts/gen_stories.py", "scripts/gen_domain_urgence.py"):
        result = subprocess.run([sys.executable, script, "--check"], cwd=REPO, capture_output=True, text=True)
        assert result.returncode == 0, f"{script}: {result.stdout}{result.stderr}"
