"""Stations and roles (procedure/stations.py): one table says which station may record which action; undo is a
station's own, or the chair's; docs/IT.md shows the table as the code has it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chair_console.procedure import events as ev
from chair_console.procedure import stations
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.events import Event

ROOT = Path(__file__).resolve().parents[2]
KINDS = sorted(v for k, v in vars(ev).items() if k.isupper() and isinstance(v, str) and "." in v)


def test_every_event_kind_has_a_row_and_the_table_names_no_other():
    assert KINDS and set(stations.TABLE) == set(KINDS)


def test_the_chair_records_everything_and_the_display_and_overlay_nothing():
    for kind in KINDS:
        assert stations.may_record("chair", kind)
        assert not stations.may_record("display", kind)
        assert not stations.may_record("overlay", kind)


@pytest.mark.parametrize("kind", [
    ev.MEMBER_PRESENT, ev.MEMBER_ABSENT, ev.MEMBER_LEFT, ev.SUBSTITUTE_SEATED, ev.SUBSTITUTE_LEFT,
    ev.GOVERNMENT_PRESENT, ev.GOVERNMENT_LEFT, ev.PROPOSAL_TABLED, ev.PROPOSAL_WITHDRAWN, ev.VOTE_RECORDED,
    ev.VOTING_ORDER_SET, ev.DECISION_TEXT_SET, ev.ELECTION_ROUND, ev.QUESTION_REGISTERED, ev.AGENDA_SET,
    ev.SPEAKER_ADDED, ev.SPEAKER_REMOVED, ev.UNDONE, ev.REDONE,
])
def test_the_secretary_records_the_roll_votes_proposals_decision_text_and_questions(kind):
    assert stations.may_record("secretary", kind)


@pytest.mark.parametrize("kind", [
    ev.MEETING_OPENED, ev.MEETING_ADJOURNED, ev.MEETING_PAUSED, ev.CHAIR_TAKEN, ev.ITEM_OPENED, ev.DEBATE_CLOSED,
    ev.ITEM_DECIDED, ev.CLOSED_DECIDED, ev.SPEAKER_MOVED, ev.SPEECH_STARTED, ev.SPEECH_NEXT, ev.QUESTIONS_ORDERED,
    ev.QUESTION_STEP, ev.URGENT_MATTER_ADDED, ev.MEMBER_EXCLUDED, ev.DECISION_PUBLIC,
])
def test_R_6a_R_3_7a_what_the_chair_decides_stays_at_the_podium(kind):
    assert not stations.may_record("secretary", kind)


def test_an_unknown_station_or_kind_may_record_nothing():
    assert not stations.may_record("system", ev.MEMBER_PRESENT)
    assert not stations.may_record("chair", "no.such_kind")


def test_a_refusal_names_the_action_and_the_station():
    with pytest.raises(RuleViolation) as refused:
        stations.check_record("secretary", ev.SPEECH_STARTED)
    assert refused.value.code == "station.not_allowed"
    assert refused.value.params == {"action": ev.SPEECH_STARTED, "station": "secretary"}
    stations.check_record("secretary", ev.VOTE_RECORDED)  # allowed: no refusal


def test_R_5_3b_a_secretary_cannot_give_the_chairs_exception_for_a_closing_speech():
    closing = {"item": "s399", "person": "a-01", "kind": "closing"}
    exception = {**closing, "override": True, "override_reason": "Arbeiderpartiet meldte saken"}
    for payload in (exception, {**closing, "override": True}, {**closing, "override_reason": "Fordi"}):
        with pytest.raises(RuleViolation) as refused:
            stations.check_record("secretary", ev.SPEAKER_ADDED, payload)
        assert refused.value.code == "station.chairs_choice"
        key = "override" if "override" in payload else "override_reason"
        assert refused.value.params == {"action": ev.SPEAKER_ADDED, "station": "secretary", "field": key,
                                        "rule": "R-5.3b"}
    stations.check_record("chair", ev.SPEAKER_ADDED, exception)  # the chair's own
    for payload in (closing, {**closing, "override": False}, {**closing, "override": None, "override_reason": ""}):
        stations.check_record("secretary", ev.SPEAKER_ADDED, payload)  # asked for, or without the exception
    assert not stations.may_set("secretary", ev.SPEAKER_ADDED, "override")
    assert stations.may_set("secretary", ev.SPEAKER_ADDED, "person") and stations.may_set("chair", ev.SPEAKER_ADDED,
                                                                                          "override")


def test_R_5_3a_moving_a_speaker_against_the_proposed_order_stays_the_chairs():
    with pytest.raises(RuleViolation) as refused:
        stations.check_record("secretary", ev.SPEAKER_MOVED, {"item": "s304", "entry": "e5", "position": 0})
    assert refused.value.code == "station.not_allowed"
    assert not stations.may_set("secretary", ev.SPEAKER_MOVED, "position")


def test_R_3_3e_a_secretary_records_the_councils_decision_on_the_order_never_the_chairs_proposal():
    order = {"item": "s304", "order": ["s304-p1", "recommendation"]}
    for payload in (order, {**order, "method": None}, {**order, "for": 40, "against": 19}):
        with pytest.raises(RuleViolation) as refused:
            stations.check_record("secretary", ev.VOTING_ORDER_SET, payload)
        assert refused.value.code == "station.chairs_choice"
        assert refused.value.params["field"] == "method" and refused.value.params["rule"] == "R-3.3e"
    stations.check_record("chair", ev.VOTING_ORDER_SET, order)  # the chair proposes
    stations.check_record("secretary", ev.VOTING_ORDER_SET, {**order, "method": "tacit"})  # the council decided
    stations.check_record("secretary", ev.VOTING_ORDER_SET, {**order, "method": "counted", "for": 40, "against": 19})


def test_a_payload_that_is_no_object_is_left_to_the_reducer_and_the_display_is_refused_first():
    stations.check_record("secretary", ev.SPEAKER_ADDED, ["override"])  # type: ignore[arg-type] - payload.invalid
    with pytest.raises(RuleViolation) as refused:
        stations.check_record("display", ev.SPEAKER_ADDED, {"override": True})
    assert refused.value.code == "station.not_allowed"
    assert not stations.may_set("display", ev.SPEAKER_ADDED, "person")


def test_every_chairs_choice_is_in_an_action_another_station_may_record_and_a_field_of_its_payload():
    from typing import get_type_hints

    from chair_console.procedure.payloads import PAYLOADS

    assert stations.CHAIRS_CHOICES
    for kind, choices in stations.CHAIRS_CHOICES.items():
        assert stations.TABLE[kind][1] - {stations.CHAIR}, kind  # otherwise the table refuses it whole
        keys = set(get_type_hints(PAYLOADS[kind]))  # the payload's fields (each stored under its name here)
        for choice in choices:
            assert choice.key in keys and choice.name and re.fullmatch(r"R-\d+(\.\d+)?[a-z]?", choice.rule)


def test_the_refusal_of_a_chairs_choice_names_the_action_the_choice_the_rule_and_the_station():
    from chair_console.messages import describe

    text = describe("station.chairs_choice", {"action": ev.SPEAKER_ADDED, "station": "secretary",
                                              "field": "override", "rule": "R-5.3b"})
    assert "«sette på talerlisten»" in text and "avsluttende innlegg som reglementet ikke gir" in text
    assert "(R-5.3b)" in text and "sekretærens stasjon" in text and "Ingenting ble registrert" in text
    text = describe("station.chairs_choice", {"action": ev.VOTING_ORDER_SET, "station": "secretary",
                                              "field": "method", "rule": "R-3.3e"})
    assert "forslaget til voteringsorden (R-3.3e)" in text


def test_undo_is_a_stations_own_and_the_chairs_for_any():
    chairs = Event(7, ev.SPEAKER_ADDED, {}, "chair")
    secretarys = Event(8, ev.MEMBER_PRESENT, {}, "secretary")
    stations.check_correction("secretary", secretarys)
    stations.check_correction("chair", secretarys)
    stations.check_correction("chair", chairs)
    stations.check_correction("secretary", None)  # not in the log: the reducer's «nothing to undo»
    with pytest.raises(RuleViolation) as refused:
        stations.check_correction("secretary", chairs)
    assert refused.value.code == "station.undo_not_own"
    assert refused.value.params == {"station": "secretary", "owner": "chair", "seq": 7, "action": ev.SPEAKER_ADDED}


def test_every_action_has_a_name_and_the_messages_give_it_in_words():
    from chair_console.messages import describe

    assert all(name and name != kind for kind, (name, _) in stations.TABLE.items())
    text = describe("station.not_allowed", {"action": ev.SPEECH_STARTED, "station": "secretary"})
    assert "«gi ordet»" in text and "sekretærens stasjon" in text and "Ingenting ble registrert" in text
    text = describe("station.undo_not_own", {"station": "secretary", "owner": "chair", "seq": 7,
                                              "action": ev.SPEAKER_ADDED})
    assert "nr. 7" in text and "møtelederens stasjon" in text and "sekretærens stasjon" in text


def test_docs_it_shows_the_table_as_the_code_has_it():
    text = (ROOT / "docs" / "IT.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- stations:begin -->\n(.*?)\n<!-- stations:end -->", text, re.S)
    assert found, "docs/IT.md has no table between <!-- stations:begin --> and <!-- stations:end -->"
    assert found.group(1).strip() == stations.markdown_table(), (
        "docs/IT.md's table of stations differs from procedure/stations.py: paste stations.markdown_table()")


def test_the_rules_core_stays_pure():
    source = (ROOT / "chair_console" / "procedure" / "stations.py").read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import)\s+(PySide6|sqlalchemy|sqlite3|reportlab)", source, re.M)
