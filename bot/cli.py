"""The `c360` command: everything a user or an operator does.

  c360 run                 set up secrets, train if needed, start everything on 127.0.0.1
  c360 train [--force]     train the Rasa model (cached by a hash of its inputs)
  c360 chat                talk with the running assistant in the terminal
  c360 triage [--eval F]   triage JSON lines from stdin (public contract), or evaluate a labelled file
  c360 user ...            advisers' accounts (add, disable, token)
  c360 expire              delete unsent conversations older than C360_UNSENT_RETENTION_DAYS
  c360 telegram-polling    Telegram in polling mode, for local trials
"""
from __future__ import annotations

import os
import sys

os.environ["RASA_TELEMETRY_ENABLED"] = "false"

USAGE = __doc__


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(USAGE)
        return 0
    command, rest = argv[0], argv[1:]
    if command == "run":
        from bot.runner import run_forever
        return run_forever()
    if command == "train":
        from bot.model_cache import ensure_model
        from bot.runner import ensure_secrets
        ensure_secrets()
        ensure_model(force="--force" in rest)
        return 0
    if command == "chat":
        from bot.chat import main as chat_main
        return chat_main(rest)
    if command == "triage":
        from bot.triage.cli import main as triage_main
        return triage_main(rest)
    if command == "user":
        from bot.runner import ensure_secrets
        ensure_secrets()
        from handoff.users_cli import main as users_main
        return users_main(rest)
    if command == "expire":
        from bot.runner import ensure_secrets
        ensure_secrets()
        from handoff.retention import main as expire_main
        return expire_main(rest)
    if command == "telegram-polling":
        from bot.runner import ensure_secrets
        ensure_secrets()
        from handoff.telegram_polling import run_polling
        return run_polling() or 0
    print(f"Commande inconnue : {command}\n{USAGE}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
