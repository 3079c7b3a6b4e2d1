"""Write the utter_urgence_* responses of domain.yml from the one table, bot/triage/emergency.py.

Each response has the French text and a machine-readable payload {"urgency", "numbers"} that the
channels use for the emergency banner. Run: python scripts/gen_domain_urgence.py [--check]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.triage.emergency import DANGER_KINDS  # noqa: E402

BEGIN = "# BEGIN GENERATED urgence (scripts/gen_domain_urgence.py)"
END = "# END GENERATED urgence"


def block() -> str:
    lines = [BEGIN]
    for kind, entry in DANGER_KINDS.items():
        lines.append(f"  utter_urgence_{kind}:")
        lines.append(f"    - text: {json.dumps(entry['message'], ensure_ascii=False)}")
        lines.append("      custom:")
        lines.append('        urgency: "vitale"')
        lines.append(f"        kind: {json.dumps(kind)}")
        lines.append(f"        numbers: {json.dumps(list(entry['numbers']), ensure_ascii=False)}")
    lines.append(END)
    return "\n".join(lines)


def render(domain_text: str) -> str:
    start = domain_text.index(BEGIN)
    stop = domain_text.index(END) + len(END)
    return domain_text[:start] + block() + domain_text[stop:]


def main(check: bool = False) -> int:
    path = ROOT / "domain.yml"
    current = path.read_text(encoding="utf-8")
    expected = render(current)
    if check:
        if current != expected:
            print("domain.yml is out of date: run python scripts/gen_domain_urgence.py")
            return 1
        return 0
    path.write_text(expected, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(check="--check" in sys.argv))
