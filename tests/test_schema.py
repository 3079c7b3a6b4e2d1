"""Schema v1: the documented examples parse, closed values are enforced, the queue order is the one rule."""
import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.schema import (REFERENCE_ALPHABET, StructuredRequest, max_urgency, new_reference, queue_sort_key)

DOC = Path(__file__).resolve().parents[1] / "docs" / "SCHEMA.md"


def doc_examples():
    return [json.loads(block) for block in re.findall(r"```json\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)]


def test_documented_examples_are_valid():
    examples = doc_examples()
    assert len(examples) == 3
    full = StructuredRequest.parse_obj(examples[0])
    assert full.own_words.startswith("Il voudrait travailler")
    assert [d.value for d in full.domains] == ["accompagnement", "emploi"]
    danger = StructuredRequest.parse_obj(examples[1])
    assert danger.completeness.value == "danger" and danger.triage.urgency.value == "vitale"


def test_references_are_easy_to_say():
    refs = {new_reference() for _ in range(500)}
    assert len(refs) == 500
    for ref in refs:
        assert re.fullmatch(r"[A-Z2-9]{3}-[A-Z2-9]{3}", ref)
        assert not set(ref.replace("-", "")) & set("O0I1")
    assert set(REFERENCE_ALPHABET).isdisjoint("O0I1")


@pytest.mark.parametrize("field,value", [("domains", ["cuisine"]), ("departement", "99"), ("age_stage", "18"),
                                         ("channel", "sms"), ("reference", "ABC-10O"), ("requester", "moi")])
def test_closed_values_are_enforced(field, value):
    data = {"reference": "K7P-4XM", "channel": "web", "conversation_id": "web:x1y2z3", field: value}
    with pytest.raises(ValidationError):
        StructuredRequest.parse_obj(data)


def test_corsica_and_overseas_departements_are_accepted():
    for code in ("2A", "2B", "974", "01", "95"):
        assert StructuredRequest(reference="K7P-4XM", channel="web", conversation_id="web:abc",
                                 departement=code).departement == code


def test_queue_order_is_urgency_then_complexity_then_waiting_time():
    now = datetime.now(timezone.utc)
    rows = [
        ("normale-old", "normale", None, 3, None, now - timedelta(days=3)),
        ("haute-1", "haute", None, 1, None, now - timedelta(hours=1)),
        ("vitale-new", "vitale", None, 1, None, now),
        ("corrected-to-vitale", "normale", "vitale", 1, None, now - timedelta(minutes=5)),
        ("haute-3", "haute", None, 3, None, now),
        ("haute-1-older", "haute", None, 1, None, now - timedelta(hours=5)),
    ]
    ordered = [r[0] for r in sorted(rows, key=lambda r: queue_sort_key(*r[1:]))]
    assert ordered == ["corrected-to-vitale", "vitale-new", "haute-3", "haute-1-older", "haute-1", "normale-old"]


def test_automatic_urgency_never_goes_down():
    assert max_urgency("haute", "normale").value == "haute"
    assert max_urgency("normale", None, "vitale").value == "vitale"
    assert max_urgency().value == "normale"
