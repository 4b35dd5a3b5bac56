"""The reducer: meeting state as a pure function of the log, and the rules it enforces."""

from __future__ import annotations

import pytest
from helpers import LogBuilder, demo_council

from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.reducer import advance, replay
from chair_console.procedure.state import Phase


def test_created_meeting_has_council_agenda_and_no_one_present():
    b = LogBuilder().created()
    s = b.state
    assert s.council is not None and len(s.council.members) == 59
    assert s.info.place == "Bystyresalen, Oslo rådhus"
    assert [i.kind for i in s.agenda].count("committee_case") >= 4
    assert s.phase is Phase.NOT_STARTED
    assert s.quorum().present == 0 and not s.quorum().ok


def test_nothing_before_the_meeting_is_created():
    with pytest.raises(RuleViolation) as exc:
        LogBuilder().add(ev.MEMBER_PRESENT, {"member": "h-01"})
    assert exc.value.code == "meeting.not_created"


def test_meeting_created_only_once():
    b = LogBuilder().created()
    with pytest.raises(RuleViolation, match="meeting.already_created"):
        b.created()


def test_R_3_3a_quorum_needs_30_of_59_present():
    b = LogBuilder().created()
    members = [m["id"] for m in demo_council()["members"]]
    for member in members[:29]:
        b.add(ev.MEMBER_PRESENT, {"member": member})
    assert b.state.quorum().present == 29 and not b.state.quorum().ok
    b.add(ev.MEMBER_PRESENT, {"member": members[29]})
    q = b.state.quorum()
    assert (q.present, q.required, q.seats, q.ok) == (30, 30, 59, True)
    b.add(ev.MEMBER_ABSENT, {"member": members[0], "reason": "sykdom"})
    assert not b.state.quorum().ok


def test_R_1b_city_government_is_not_recorded_as_attending():
    b = LogBuilder().created()
    with pytest.raises(RuleViolation) as exc:
        b.add(ev.MEMBER_PRESENT, {"member": "byr-1"})
    assert exc.value.code == "attendance.not_a_member"
    assert b.state.quorum().present == 0


def test_R_4a_absence_needs_a_valid_reason():
    b = LogBuilder().created()
    for reason in ("sykdom", "velferd", "omsorg", "uoppsettelig_arbeid", "not_reported"):
        b.add(ev.MEMBER_ABSENT, {"member": "a-01", "reason": reason})
        assert b.state.attendance["a-01"].reason == reason
    with pytest.raises(RuleViolation) as exc:
        b.add(ev.MEMBER_ABSENT, {"member": "a-01", "reason": "ferie"})
    assert exc.value.code == "attendance.invalid_reason"


def test_marking_present_twice_is_refused():
    b = LogBuilder().created()
    b.add(ev.MEMBER_PRESENT, {"member": "h-02"})
    with pytest.raises(RuleViolation, match="attendance.already_present"):
        b.add(ev.MEMBER_PRESENT, {"member": "h-02"})


def test_R_5_1a_business_starts_when_the_meeting_is_set():
    b = LogBuilder().created()
    with pytest.raises(RuleViolation, match="meeting.not_open"):
        b.add(ev.ITEM_OPENED, {"item": "s304"})
    with pytest.raises(RuleViolation, match="roll_call.nobody_present"):
        b.add(ev.MEETING_OPENED)  # closing the roll with no one present
    b.add(ev.MEMBER_PRESENT, {"member": "h-01"})
    opened = b.add(ev.MEETING_OPENED)
    assert b.state.phase is Phase.OPEN and b.state.opened_at == opened.at
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    assert b.state.current_item == "s304"
    with pytest.raises(RuleViolation, match="meeting.already_open"):
        b.add(ev.MEETING_OPENED)


def test_unknown_item_is_refused():
    b = LogBuilder().created()
    b.add(ev.MEMBER_PRESENT, {"member": "a-01"})
    b.add(ev.MEETING_OPENED)
    with pytest.raises(RuleViolation, match="agenda.unknown_item"):
        b.add(ev.ITEM_OPENED, {"item": "nope"})


def test_nothing_is_recorded_after_adjournment():
    b = LogBuilder().created()
    b.add(ev.MEMBER_PRESENT, {"member": "a-01"})
    b.add(ev.MEETING_OPENED)
    b.add(ev.MEETING_ADJOURNED)
    assert b.state.phase is Phase.ADJOURNED
    for kind, payload in ((ev.MEMBER_PRESENT, {"member": "h-01"}), (ev.ITEM_OPENED, {"item": "s304"})):
        with pytest.raises(RuleViolation):
            b.add(kind, payload)


def test_refused_event_leaves_state_unchanged():
    b = LogBuilder().created()
    before = b.state
    with pytest.raises(RuleViolation):
        b.add(ev.ITEM_OPENED, {"item": "s304"})
    assert b.state is before and len(b.log) == 1


def test_events_must_come_in_sequence():
    b = LogBuilder().created()
    with pytest.raises(RuleViolation, match="log.out_of_sequence"):
        advance(b.state, b.log, Event(5, ev.MEETING_OPENED, {}, "chair", b.at()))


def test_unknown_actor_and_unknown_event_are_refused():
    b = LogBuilder().created()
    with pytest.raises(RuleViolation, match="log.unknown_actor"):
        b.add(ev.MEETING_OPENED, actor="gallery")
    with pytest.raises(RuleViolation, match="log.unknown_event"):
        b.add("meeting.teleported")


def test_undo_appends_a_correction_and_redo_reinstates():
    b = LogBuilder().created()
    b.add(ev.MEMBER_PRESENT, {"member": "a-01"})
    b.add(ev.MEETING_OPENED)
    opened = b.add(ev.ITEM_OPENED, {"item": "s304"})
    b.add(ev.UNDONE, {"target": opened.seq})
    assert b.state.current_item is None and opened.seq in b.state.undone
    b.add(ev.REDONE, {"target": opened.seq})
    assert b.state.current_item == "s304" and not b.state.undone
    assert [e.kind for e in b.log][-2:] == [ev.UNDONE, ev.REDONE]  # nothing deleted


def test_undo_refused_when_a_later_event_depends_on_it():
    b = LogBuilder().created()
    b.add(ev.MEMBER_PRESENT, {"member": "a-01"})
    opened = b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": "s304"})  # needs the meeting to be open
    with pytest.raises(RuleViolation) as exc:
        b.add(ev.UNDONE, {"target": opened.seq})
    assert exc.value.code == "undo.later_events_depend"
    assert b.state.current_item == "s304"


def test_undo_targets_must_make_sense():
    b = LogBuilder().created()
    e = b.add(ev.MEMBER_PRESENT, {"member": "h-01"})
    with pytest.raises(RuleViolation, match="undo.nothing_to_undo"):
        b.add(ev.UNDONE, {"target": 1})  # the meeting's creation cannot be undone
    with pytest.raises(RuleViolation, match="undo.nothing_to_undo"):
        b.add(ev.UNDONE, {"target": 99})
    with pytest.raises(RuleViolation, match="undo.not_undone"):
        b.add(ev.REDONE, {"target": e.seq})
    u = b.add(ev.UNDONE, {"target": e.seq})
    with pytest.raises(RuleViolation, match="undo.already_undone"):
        b.add(ev.UNDONE, {"target": e.seq})
    with pytest.raises(RuleViolation, match="undo.nothing_to_undo"):
        b.add(ev.UNDONE, {"target": u.seq})  # corrections are corrected by redo, not undone


def test_replay_equals_the_state_built_event_by_event():
    b = LogBuilder().created()
    b.add(ev.MEMBER_PRESENT, {"member": "h-01"})
    b.add(ev.MEMBER_ABSENT, {"member": "a-03", "reason": "omsorg"})
    b.add(ev.MEETING_OPENED)
    x = b.add(ev.ITEM_OPENED, {"item": "sporretime"})
    b.add(ev.UNDONE, {"target": x.seq})
    b.add(ev.ITEM_OPENED, {"item": "s301"})
    assert replay(b.log) == b.state
    assert replay(b.log[:4]) == replay(b.log[:4])


def test_bad_snapshot_is_refused_with_a_code():
    b = LogBuilder()
    with pytest.raises(RuleViolation, match="meeting.bad_snapshot"):
        b.add(ev.MEETING_CREATED, {"council": {"format": "x"}, "meeting": {}})


def test_the_election_kinds_are_the_elections_modules_own_and_load_it_only_when_used():
    # issue 17: the elections' rules are not loaded at start; the reducer hands their kinds to them when one comes
    import subprocess
    import sys

    from chair_console.procedure import elections, reducer

    assert set(reducer.ELECTION_KINDS) == set(elections.HANDLERS)
    code = ("import sys; import chair_console.procedure.reducer; "
            "print(sorted(m for m in ('chair_console.procedure.elections', 'chair_console.procedure.election_results')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
