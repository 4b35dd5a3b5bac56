"""Attendance during the meeting: substitutes, late arrivals, the chair, disqualification, quorum."""

from __future__ import annotations

import pytest
from helpers import LogBuilder

from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.reducer import replay


def members(b: LogBuilder) -> list[str]:
    return [m.id for m in b.state.council.members]


def present(b: LogBuilder, ids) -> None:
    for member in ids:
        b.add(ev.MEMBER_PRESENT, {"member": member})


@pytest.mark.parametrize(("n", "ok"), [(29, False), (30, True), (31, True)])
def test_R_3_3a_quorum_at_29_30_31_present(n, ok):
    b = LogBuilder().created()
    present(b, members(b)[:n])
    q = b.state.quorum()
    assert (q.present, q.ok) == (n, ok)


def test_R_3_3a_seated_substitutes_count_towards_quorum():
    b = LogBuilder().created()
    present(b, members(b)[:29])
    b.add(ev.MEMBER_ABSENT, {"member": "frp-03", "reason": "sykdom"})
    b.add(ev.SUBSTITUTE_SEATED, {"seat": "frp-03", "substitute": "frp-v1"})
    assert b.state.quorum().present == 30 and b.state.quorum().ok


def test_R_1b_city_government_present_is_shown_apart_and_never_counted():
    b = LogBuilder().created()
    b.add(ev.GOVERNMENT_PRESENT, {"person": "byr-1"})
    assert b.state.government_present == {"byr-1"}
    assert b.state.quorum().present == 0
    with pytest.raises(RuleViolation, match="government.already_present"):
        b.add(ev.GOVERNMENT_PRESENT, {"person": "byr-1"})
    with pytest.raises(RuleViolation, match="government.unknown"):
        b.add(ev.GOVERNMENT_PRESENT, {"person": "h-01"})
    b.add(ev.GOVERNMENT_LEFT, {"person": "byr-1"})
    assert not b.state.government_present


def test_R_4b_proposes_the_next_substitute_in_numbered_order():
    b = LogBuilder().created()
    b.add(ev.MEMBER_ABSENT, {"member": "sv-02", "reason": "omsorg"})
    b.add(ev.MEMBER_ABSENT, {"member": "sv-03", "reason": "velferd"})
    assert b.state.proposed_substitute("sv-02") == "sv-v1"
    b.add(ev.SUBSTITUTE_SEATED, {"seat": "sv-02", "substitute": "sv-v1"})
    assert not b.state.substitutions["sv-02"].deviation
    assert b.state.proposed_substitute("sv-03") == "sv-v2"  # sv-v1 is already seated


def test_R_4b_picking_another_substitute_is_kept_as_a_deviation():
    b = LogBuilder().created()
    b.add(ev.MEMBER_ABSENT, {"member": "a-05", "reason": "sykdom"})
    b.add(ev.SUBSTITUTE_SEATED, {"seat": "a-05", "substitute": "a-v3"})
    sitting = b.state.substitutions["a-05"]
    assert sitting.proposed == "a-v1" and sitting.substitute == "a-v3" and sitting.deviation
    assert replay(b.log).substitutions["a-05"].deviation  # recorded in the log, not only on screen


def test_R_4b_one_seat_one_person_and_one_seat_per_substitute():
    b = LogBuilder().created()
    b.add(ev.MEMBER_ABSENT, {"member": "h-05", "reason": "sykdom"})
    b.add(ev.MEMBER_ABSENT, {"member": "h-06", "reason": "sykdom"})
    b.add(ev.SUBSTITUTE_SEATED, {"seat": "h-05", "substitute": "h-v1"})
    with pytest.raises(RuleViolation) as exc:
        b.add(ev.SUBSTITUTE_SEATED, {"seat": "h-05", "substitute": "h-v2"})  # a second substitute for one seat
    assert exc.value.code == "substitute.seat_taken"
    with pytest.raises(RuleViolation) as exc:
        b.add(ev.SUBSTITUTE_SEATED, {"seat": "h-06", "substitute": "h-v1"})  # already seated
    assert exc.value.code == "substitute.already_seated"
    with pytest.raises(RuleViolation) as exc:
        b.add(ev.MEMBER_PRESENT, {"member": "h-05"})  # the member's seat is held by the substitute
    assert exc.value.code == "attendance.seat_held_by_substitute"
    with pytest.raises(RuleViolation, match="substitute.wrong_group"):
        b.add(ev.SUBSTITUTE_SEATED, {"seat": "h-06", "substitute": "a-v1"})
    b.add(ev.MEMBER_PRESENT, {"member": "h-07"})
    with pytest.raises(RuleViolation, match="substitute.member_present"):
        b.add(ev.SUBSTITUTE_SEATED, {"seat": "h-07", "substitute": "h-v2"})
    b.add(ev.SUBSTITUTE_LEFT, {"substitute": "h-v1"})
    b.add(ev.MEMBER_PRESENT, {"member": "h-05"})  # the member takes the seat back
    assert b.state.seated()["h-05"] == "h-05"


def test_late_arrival_and_early_leave_timeline_tells_who_was_present_at_any_instant():
    b = LogBuilder().created()
    b.add(ev.MEMBER_PRESENT, {"member": "h-01"})
    t_before_late = b.state.timeline[-1].at.wall_us
    late = b.add(ev.MEMBER_PRESENT, {"member": "a-01"})  # arrives late
    b.add(ev.MEETING_OPENED)
    left = b.add(ev.MEMBER_LEFT, {"member": "h-01", "rest_of_meeting": True})
    b.add(ev.SUBSTITUTE_SEATED, {"seat": "h-01", "substitute": "h-v1"})
    assert b.state.present_at(t_before_late) == {"h-01"}
    assert b.state.present_at(late.at.wall_us) == {"h-01", "a-01"}
    assert b.state.present_at(left.at.wall_us) == {"a-01"}
    assert b.state.present_at(b.state.timeline[-1].at.wall_us) == {"a-01", "h-v1"}
    assert b.state.attendance["h-01"].status == "left_for_rest"
    with pytest.raises(RuleViolation, match="attendance.not_present"):
        b.add(ev.MEMBER_LEFT, {"member": "h-01"})


def test_R_3_10a_disqualified_member_is_out_of_the_items_count():
    b = LogBuilder().created()
    present(b, members(b)[:30])
    b.add(ev.MEETING_OPENED)  # the council decides in the meeting, with the mayor in the chair (R-3.1a)
    b.add(ev.DISQUALIFIED, {"person": "h-03", "item": "s304", "basis": "forvaltningsloven § 6 første ledd",
                            "method": "tacit"})  # the council's decision (R-3.10a)
    assert b.state.quorum().present == 30
    assert b.state.quorum("s304").present == 29 and not b.state.quorum("s304").ok
    assert b.state.quorum("s305").present == 30
    assert b.state.disqualified["s304"]["h-03"].startswith("forvaltningsloven")
    with pytest.raises(RuleViolation, match="disqualification.no_basis"):
        b.add(ev.DISQUALIFIED, {"person": "h-04", "item": "s304", "basis": "  ", "method": "tacit"})
    with pytest.raises(RuleViolation, match="disqualification.already"):
        b.add(ev.DISQUALIFIED, {"person": "h-03", "item": "s304", "basis": "x", "method": "tacit"})


def test_R_3_10a_disqualification_refused_on_a_decided_item():
    from dataclasses import replace

    b = LogBuilder().created()
    b.state = replace(b.state, item_status={"s304": "decided"})  # decisions are recorded by the vote issue
    with pytest.raises(RuleViolation, match="disqualification.item_decided"):
        b.add(ev.DISQUALIFIED, {"person": "h-03", "item": "s304", "basis": "fvl. § 6", "method": "tacit"})


def test_R_3_1a_mayor_chairs_when_the_meeting_is_set():
    b = LogBuilder().created()
    present(b, ["h-01", "frp-01", "a-01"])
    b.add(ev.MEETING_OPENED)
    assert (b.state.chair.person, b.state.chair.capacity) == ("h-01", "ordfører")


def test_R_5_5b_deputy_takes_the_chair_when_the_mayor_goes_to_the_rostrum_and_hands_it_back():
    b = LogBuilder().created()
    present(b, ["h-01", "frp-01"])
    b.add(ev.MEETING_OPENED)
    b.add(ev.CHAIR_TAKEN, {"person": "frp-01"})
    assert (b.state.chair.person, b.state.chair.capacity) == ("frp-01", "varaordfører")
    b.add(ev.CHAIR_TAKEN, {"person": "h-01"})
    assert [t.person for t in b.state.chair_history] == ["h-01", "frp-01", "h-01"]
    with pytest.raises(RuleViolation, match="chair.already_chairing"):
        b.add(ev.CHAIR_TAKEN, {"person": "h-01"})


def _rules_1() -> LogBuilder:
    """A meeting as release 0.1.0 recorded it (no «rules» in meeting.created): chair.taken seated anyone. From rules
    version 2 the council elects them first: tests/procedure/test_chairing.py."""
    b = LogBuilder().created()
    created = b.log[0]
    b.log, b.state = [], replay([])
    b.add(ev.MEETING_CREATED, {k: v for k, v in created.payload.items() if k != "rules"}, "secretary")
    return b


def test_R_3_1a_substitute_deputy_and_special_chair():
    b = _rules_1()
    present(b, ["h-01", "a-01"])
    b.add(ev.MEETING_OPENED)
    b.add(ev.CHAIR_TAKEN, {"person": "a-01"})  # deputy mayor away: a substitute deputy
    assert b.state.chair.capacity == "settevaraordfører"
    c = _rules_1()
    present(c, ["a-01", "sv-01"])  # mayor and deputy mayor both away: a special chair
    c.add(ev.MEETING_OPENED)
    assert c.state.chair is None
    c.add(ev.CHAIR_TAKEN, {"person": "sv-01"})
    assert c.state.chair.capacity == "særskilt møteleder"
    with pytest.raises(RuleViolation, match="chair.not_present"):
        c.add(ev.CHAIR_TAKEN, {"person": "h-01"})


def test_chair_who_leaves_leaves_the_chair_empty():
    b = LogBuilder().created()
    present(b, ["h-01", "frp-01"])
    b.add(ev.MEETING_OPENED)
    b.add(ev.MEMBER_LEFT, {"member": "h-01"})
    assert b.state.chair is None
