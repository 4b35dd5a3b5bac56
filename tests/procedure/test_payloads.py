"""Typed event payloads (procedure/payloads.py): one frozen dataclass per kind, parsed once at the edge; a
payload of the wrong shape is refused with the field named, and what is stored stays exactly as recorded."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from helpers import LogBuilder
from test_replay_stored import load_events
from test_votes import vote, voting

from chair_console.messages import describe
from chair_console.procedure import events as ev
from chair_console.procedure import payloads
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.events import Event

STORED = Path(__file__).resolve().parent.parent / "data" / "simulated-meeting-0.1.0.json"

KINDS = {v for k, v in vars(ev).items() if k.isupper() and isinstance(v, str) and "." in v}


def test_every_event_kind_has_one_frozen_payload_class():
    assert set(payloads.PAYLOADS) == KINDS
    for kind, cls in payloads.PAYLOADS.items():
        assert cls.KIND == kind and dataclasses.is_dataclass(cls)
        assert cls.__dataclass_params__.frozen
    with pytest.raises(dataclasses.FrozenInstanceError):
        payloads.VoteRecorded.parse({"item": "s304"}).item = "s305"  # type: ignore[misc]


def test_every_event_stored_by_release_0_1_0_parses_and_gives_back_the_same_payload():
    events = load_events(STORED)
    assert {e.kind for e in events} >= {ev.VOTE_RECORDED, ev.PROPOSAL_TABLED, ev.DECISION_TEXT_SET, ev.ITEM_DECIDED}
    for e in events:
        data = e.data
        assert isinstance(data, payloads.PAYLOADS[e.kind])
        assert data.to_payload() == e.payload, e.seq
        # the canonical JSON, and so the event's hash, cannot change
        assert json.dumps(data.to_payload(), sort_keys=True) == json.dumps(e.payload, sort_keys=True)


def test_absent_keys_stay_absent_and_unknown_keys_are_kept():
    stored = {"item": "s304", "method": "hands", "subjects": ["recommendation"], "against_count": 3, "note": "x"}
    data = payloads.VoteRecorded.parse(stored)
    assert data.against_count == 3 and data.election is False and data.against is None
    assert data.subjects == ("recommendation",)
    assert data.to_payload() == stored  # no «election»: false, no «against»: null added
    counted = payloads.ItemPostponed.parse({"item": "s304", "for": 30, "against": 29})
    assert counted.votes_for == 30 and counted.has("for") and not counted.has("chair_side")
    assert counted.to_payload() == {"item": "s304", "for": 30, "against": 29}


def test_a_vote_with_a_bad_type_is_refused_naming_the_field():
    b = voting()
    before = b.state
    for field, value, expected in (
        ("against_count", "mange", "et heltall"),
        ("against_count", True, "et heltall"),  # a bool is not a count
        ("against", "a-01", "en liste med tekster"),
        ("subjects", "recommendation", "en liste med tekster"),
        ("election", "ja", "sann eller usann"),
        ("chair_side", "for", "et heltall"),
    ):
        payload = {"subjects": ["recommendation"], "method": "hands", field: value}
        with pytest.raises(RuleViolation) as exc:
            vote(b, **payload)
        assert exc.value.code == "payload.invalid"
        assert exc.value.params == {"kind": ev.VOTE_RECORDED, "field": field, "expected": expected}
        message = describe(exc.value.code, exc.value.params)
        assert f"«{field}»" in message and expected in message and "Ingenting ble endret" in message
    assert b.state == before  # nothing was recorded
    with pytest.raises(RuleViolation) as exc:  # names and numbers are not mixed in an alternative vote
        vote(b, subjects=["s304-p1", "recommendation"], method="alternative", alternatives=[["a-01"], 58])
    assert exc.value.params["field"] == "alternatives"


@pytest.mark.parametrize(("kind", "payload", "field"), [
    (ev.PROPOSAL_TABLED, {"item": "s304", "text": 7, "groups": ["SV"]}, "text"),
    (ev.PROPOSAL_TABLED, {"item": "s304", "text": "x", "groups": "SV"}, "groups"),
    (ev.PROPOSAL_WITHDRAWN, {"item": "s304", "proposal": 1}, "proposal"),
    (ev.VOTING_ORDER_SET, {"item": "s304", "order": [1, 2]}, "order"),
    (ev.DECISION_TEXT_SET, {"item": "s304", "text": ["x"]}, "text"),
    (ev.ITEM_DECIDED, {"item": 304}, "item"),
    (ev.URGENT_OBJECTIONS, {"item": "s304", "objecting": "3"}, "objecting"),
    (ev.ITEM_POSTPONED, {"item": "s304", "for": "30", "against": 29}, "for"),
    (ev.ITEM_SENT_TO_COMMITTEE, {"item": "s304", "for": 30, "against": 29.0}, "against"),
    (ev.MEMBER_EXCLUDED, {"item": "s304", "member": "a-01", "for": 30, "against": 29, "chair_side": True}, "chair_side"),
    (ev.MEETING_CREATED, {"meeting": {}}, "council"),
])
def test_vote_and_proposal_payloads_are_typed(kind, payload, field):
    with pytest.raises(RuleViolation) as exc:
        payloads.parse(kind, payload)
    assert exc.value.code == "payload.invalid" and exc.value.params["field"] == field


def test_parsed_once_at_the_edge_before_any_rule():
    event = Event(1, ev.VOTE_RECORDED, {"item": "s304", "method": "tacit", "subjects": ["recommendation"]})
    assert event.data is event.data  # parsed once, kept with the event
    b = LogBuilder().created()
    with pytest.raises(RuleViolation) as exc:  # the rules would refuse it too (no item open), but parsing comes first
        b.add(ev.VOTE_RECORDED, {"item": "s304", "method": "hands", "against_count": "mange"})
    assert exc.value.code == "payload.invalid"
    with pytest.raises(RuleViolation, match="log.unknown_event"):
        b.add("vote.something_else", {})


def test_a_refused_payload_writes_nothing(demo_db):
    from chair_console.clock import SystemClock
    from chair_console.services.meeting_service import MeetingService
    from chair_console.store.event_store import EventStore

    db, meeting_id = demo_db
    service = MeetingService(EventStore(db, meeting_id), SystemClock())
    before = (len(service.log), service.head_hash)
    with pytest.raises(RuleViolation, match="payload.invalid"):
        service.record(ev.MEMBER_PRESENT, {"member": ["a-01"]})
    assert (len(service.log), service.head_hash) == before
    assert len(MeetingService(EventStore(db, meeting_id), SystemClock()).log) == before[0]


def test_a_payload_class_is_made_its_dataclass_when_first_used_parsed_or_made():
    # made lazily (a start replays only a few kinds, issue 17); once made, exactly the dataclass it declares
    made = payloads.SittingContinued(date="2026-12-03")  # made directly, before anything parsed one
    assert made == payloads.SittingContinued.parse({"date": "2026-12-03"}) and made.date == "2026-12-03"
    assert payloads.parse(ev.MEETING_RESUMED, {}).to_payload() == {}
    payloads.ready_all()
    for cls in payloads.PAYLOADS.values():
        assert "__dataclass_fields__" in vars(cls) and "__init__" in vars(cls), cls
        own = [f.name for f in dataclasses.fields(cls) if f.name not in ("given", "extra")]
        assert own == [name for name, *_ in payloads._spec(cls)]
