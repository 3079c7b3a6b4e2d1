"""The stack stops cleanly: every child process group is ended, even one that ignores SIGINT."""
import sys
import time

from bot.runner import Service, Stack, ensure_secrets, load_env_file


def test_stop_ends_a_child_that_ignores_sigint(tmp_path):
    stubborn = [sys.executable, "-c",
                "import signal, time; signal.signal(signal.SIGINT, signal.SIG_IGN); time.sleep(120)"]
    stack = Stack(env={}, services={"x": Service("x", stubborn, "http://127.0.0.1:9/")})
    stack.start("x", tmp_path)
    process = stack.services["x"].process
    time.sleep(0.5)
    started = time.monotonic()
    stack.stop("x", timeout=10)
    assert process.poll() is not None
    assert time.monotonic() - started < 10, "stopped by SIGTERM, not by the SIGKILL fallback"


def test_secrets_are_generated_once_and_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("C360_DATA_DIR", str(tmp_path))
    for name in ("C360_SERVICE_TOKEN", "C360_CONVERSATION_KEY", "C360_SESSION_SECRET", "C360_TELEGRAM_SECRET"):
        monkeypatch.delenv(name, raising=False)
    path = ensure_secrets()
    first = path.read_text()
    assert path == tmp_path / "secrets.env" and oct(path.stat().st_mode)[-3:] == "600"
    assert len([line for line in first.splitlines() if "=" in line]) == 4
    ensure_secrets()
    assert path.read_text() == first, "never regenerated: sessions and tokens stay valid"


def test_env_file_never_overrides_the_environment(tmp_path, monkeypatch):
    env = tmp_path / ".env"
    env.write_text("C360_X_TEST=from-file\n# comment\nC360_Y_TEST='quoted'\n")
    monkeypatch.setenv("C360_X_TEST", "from-env")
    monkeypatch.delenv("C360_Y_TEST", raising=False)
    load_env_file(env)
    import os
    assert os.environ["C360_X_TEST"] == "from-env" and os.environ["C360_Y_TEST"] == "quoted"
    monkeypatch.delenv("C360_Y_TEST")
