"""handoff/store.py: the contract the gateway uses (SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.schema import REFERENCE_ALPHABET, StructuredRequest
from handoff import store
from handoff.models import Conversation, Request, RequestVersion, Turn
from handoff_helpers import FALLBACK, make_user, past, request_body, store_request


def test_conversation_reference_is_stable_and_renewed_after_closure(session):
    conv = store.get_or_create_conversation(session, "web:abc", "web")
    reference = conv.reference
    assert len(reference) == 7 and set(reference.replace("-", "")) <= set(REFERENCE_ALPHABET)
    assert store.get_or_create_conversation(session, "web:abc", "web").reference == reference
    assert conv.sent is False

    store.upsert_request(session, StructuredRequest(**request_body(reference, conversation_id="web:abc")))
    assert session.get(Conversation, "web:abc").sent is True
    session.execute(Request.__table__.update().values(status="cloturee"))
    session.commit()
    renewed = store.get_or_create_conversation(session, "web:abc", "web").reference
    assert renewed != reference
    assert store.request_status(session, reference) == "cloturee"
    assert store.request_status(session, renewed) is None


def test_transcript_kept_whole(session):
    store.get_or_create_conversation(session, "web:long", "web")
    long_text = "Mon fils " + "a besoin d'aide. " * 300  # > 2,000 characters
    store.record_turn(session, "web:long", "personne", long_text)
    store.record_turn(session, "web:long", "assistant", "Merci. Je vous écoute.")
    turns = store.transcript(session, "web:long")
    assert [t["author"] for t in turns] == ["personne", "assistant"]
    assert turns[0]["text"] == long_text and len(turns[0]["text"]) > 2000
    assert turns[0]["time"].tzinfo is not None
    with pytest.raises(ValueError):
        store.record_turn(session, "web:long", "pirate", "x")


def test_upsert_versions_and_urgency_never_lowered(session, alerts):
    reference, version = store.upsert_request(session, StructuredRequest(**request_body(
        urgency="haute", signals=["aidant épuisé"])))
    assert version == 1
    reference2, version2 = store.upsert_request(session, StructuredRequest(**request_body(
        reference, urgency="normale", complexity=2, signals=["plusieurs domaines"])))
    assert (reference2, version2) == (reference, 2)
    row = session.get(Request, reference)
    session.refresh(row)
    assert row.urgency == "haute"  # never lowered
    assert row.payload["triage"]["urgency"] == "haute"
    assert row.signals == ["aidant épuisé", "plusieurs domaines"]
    assert row.complexity == 2 and row.level == 2
    versions = session.execute(select(RequestVersion.version).where(RequestVersion.reference == reference)
                               .order_by(RequestVersion.version)).scalars().all()
    assert versions == [1, 2]
    # a raise to vitale is a new alert; the haute one alerted once at creation
    store.upsert_request(session, StructuredRequest(**request_body(reference, urgency="vitale")))
    assert [a["urgency"] for a in alerts if a["reference"] == reference] == ["haute", "vitale"]


def test_correction_kept_apart_and_wins_for_order(session):
    first = store_request(session, urgency="haute")
    second = store_request(session, urgency="normale")
    row = session.get(Request, second)
    row.corrected_urgency = "vitale"
    store.refresh_effective(row)
    session.commit()
    # a later automatic send does not erase the adviser's correction
    store.upsert_request(session, StructuredRequest(**request_body(second, urgency="normale")))
    session.refresh(row)
    assert row.urgency == "normale" and row.corrected_urgency == "vitale" and row.urgency_rank == 0
    order = session.execute(select(Request.reference).order_by(Request.urgency_rank, Request.level.desc(),
                                                               Request.waiting_since)).scalars().all()
    assert order == [second, first]


def test_send_for_closed_reference_raises(session):
    reference = store_request(session)
    session.execute(Request.__table__.update().where(Request.reference == reference).values(status="cloturee"))
    session.commit()
    with pytest.raises(store.RequestClosed) as info:
        store.upsert_request(session, StructuredRequest(**request_body(reference)))
    assert info.value.status_code == 409 and "clôturée" in info.value.message


def test_reference_of_another_conversation_is_refused(session):
    reference = store_request(session, conversation_id="web:un")
    with pytest.raises(store.ReferenceConflict):
        store.upsert_request(session, StructuredRequest(**request_body(reference, conversation_id="web:deux")))


def test_danger_request_created_once_then_raised(session, alerts):
    store.get_or_create_conversation(session, "web:danger", "web")
    store.record_turn(session, "web:danger", "personne", "<b>Je n'en peux plus</b>")
    reference = store.ensure_danger_request(session, "web:danger", "web", urgency="haute",
                                            signals=["épuisement"], danger_kinds=[])
    row = session.get(Request, reference)
    assert row.completeness == "danger" and row.territory == "a_orienter" and row.urgency == "haute"
    assert row.payload["transcript"][0]["text"] == "<b>Je n'en peux plus</b>"
    store.record_turn(session, "web:danger", "personne", "j'ai une corde, ce soir")
    again = store.ensure_danger_request(session, "web:danger", "web", urgency="vitale",
                                        signals=["moyen"], danger_kinds=["suicide"])
    assert again == reference
    same = store.ensure_danger_request(session, "web:danger", "web", urgency="normale", signals=[],
                                       danger_kinds=[])
    assert same == reference
    session.refresh(row)
    assert row.urgency == "vitale" and row.danger_kinds == ["suicide"] and row.version == 2
    assert session.execute(select(func.count()).select_from(Request)).scalar() == 1
    assert [a["urgency"] for a in alerts] == ["haute", "vitale"]
    # the completed request later arrives as a new version of the same reference; urgency stays vitale
    ref, version = store.upsert_request(session, StructuredRequest(**request_body(
        reference, conversation_id="web:danger", urgency="normale")))
    session.refresh(row)
    assert (ref, version) == (reference, 3) and row.urgency == "vitale" and row.completeness == "complete"


def test_vitale_without_departement_reaches_fallback_recipients(session, alerts):
    make_user(session, "coord53", "coordinateur", "53", email="coord53@c360.example.org")
    store.get_or_create_conversation(session, "web:crise", "web")
    store.record_turn(session, "web:crise", "personne", "Je vais sauter du pont ce soir, Marie Dupont")
    reference = store.ensure_danger_request(session, "web:crise", "web", urgency="vitale",
                                            signals=["plan"], danger_kinds=["suicide"])
    assert len(alerts) == 1
    alert = alerts[0]
    assert alert["reference"] == reference and alert["urgency"] == "vitale"
    assert alert["departement"] is None
    assert alert["recipients"] == list(FALLBACK)
    assert alert["link"].endswith(f"/conseillers/demandes/{reference}")
    assert set(alert) == {"reference", "urgency", "departement", "waiting_since", "link", "recipients"}
    flat = repr(alert)
    assert "pont" not in flat and "Dupont" not in flat and "web:crise" not in flat


def test_alert_goes_to_departement_team_and_failing_hook_never_blocks(session, alerts):
    make_user(session, "claire", "conseiller", "53", email="claire@c360.example.org")
    make_user(session, "paul", "conseiller", "84", email="paul@c360.example.org")

    def broken(_alert):
        raise RuntimeError("webhook down")

    store.on_new_alert.insert(0, broken)
    try:
        reference = store_request(session, urgency="haute", departement="53")
    finally:
        store.on_new_alert.remove(broken)
    assert alerts[0]["recipients"] == ["claire@c360.example.org"]
    assert store.request_status(session, reference) == "nouvelle"
    store_request(session, urgency="normale")
    assert len(alerts) == 1  # normale: no alert


def test_delete_and_expire_unsent(session):
    store.get_or_create_conversation(session, "web:brouillon", "web")
    for text in ("bonjour", "je voudrais de l'aide", "finalement non"):
        store.record_turn(session, "web:brouillon", "personne", text)
    assert store.delete_conversation(session, "web:brouillon") == 4  # 3 turns + the conversation
    assert session.get(Conversation, "web:brouillon") is None

    store.get_or_create_conversation(session, "web:envoyee", "web")
    store.record_turn(session, "web:envoyee", "personne", "ma demande")
    store_request(session, conversation_id="web:envoyee")
    assert store.delete_conversation(session, "web:envoyee") == 0  # a sent request is kept
    assert session.execute(select(func.count()).select_from(Turn)
                           .where(Turn.conversation_id == "web:envoyee")).scalar() == 1

    for cid, seen in (("web:vieille", past(days=40)), ("web:recente", past(days=2))):
        store.get_or_create_conversation(session, cid, "web")
        store.record_turn(session, cid, "personne", "bonjour", at=seen)
    old_sent = "web:vieille-envoyee"
    store.get_or_create_conversation(session, old_sent, "web")
    store_request(session, conversation_id=old_sent)
    session.execute(Conversation.__table__.update().values(last_seen_at=past(days=90).replace(tzinfo=None))
                    .where(Conversation.conversation_id == old_sent))
    session.commit()
    assert store.expire_unsent(session, 30) == ["web:vieille"]
    remaining = set(session.execute(select(Conversation.conversation_id)).scalars())
    assert remaining == {"web:envoyee", "web:recente", old_sent}
    assert session.execute(select(func.count()).select_from(Turn)
                           .where(Turn.conversation_id == "web:vieille")).scalar() == 0
