"""Shared fixtures for the triage tests.

The labelled development sets live in ``shared/eval`` beside the repository (CI clones the repo with
shared/ next to it): ``Path(__file__).resolve().parents[2] / ".." / "shared"``.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = (REPO / ".." / "shared").resolve()
EVAL_DIR = SHARED / "eval"
TUNE = REPO / "tests" / "data" / "triage_tune.jsonl"
HERE = Path(__file__).resolve().parent


def load_jsonl(path: Path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not EVAL_DIR.is_dir():
        pytest.fail(f"shared/eval not found at {EVAL_DIR} (clone shared/ beside the repository)")
    return EVAL_DIR


@pytest.fixture
def rules_only(monkeypatch):
    """The rules layer alone (the learned model switched off), for tests of the rules' own guards."""
    from bot.triage import model as M

    monkeypatch.setenv("C360_TRIAGE_MODEL", "off")
    M.load.cache_clear()
    M.predict_clauses.cache_clear()
    yield
    M.load.cache_clear()
    M.predict_clauses.cache_clear()
