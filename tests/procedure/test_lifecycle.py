"""The meeting's course: breaks and suspensions (R-11a), another day's sitting, corrections after
adjournment, closed items in remote meetings (R-3.9a), the chair's restraint (R-5.5a)."""

from __future__ import annotations

import pytest
from helpers import LogBuilder

from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.state import Phase


def opened() -> LogBuilder:
    b = LogBuilder().created()
    for m in b.state.council.members[:40]:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    return b


def test_R_11a_suspension_stops_the_countdown_and_resume_continues_from_the_same_time():
    b = opened()
    b.add(ev.ITEM_OPENED, {"item": "s307"})
    b.add(ev.SPEAKER_ADDED, {"item": "s307", "person": "a-03", "kind": "main"})
    b.add(ev.SPEECH_NEXT, {"item": "s307"})
    b.t += 29
    b.add(ev.MEETING_PAUSED, {"kind": "suspended", "note": "Uro på galleriet"})
    assert b.state.phase is Phase.SUSPENDED and b.state.speech.paused
    b.t += 600
    b.add(ev.MEETING_RESUMED)
    now = b.at()
    assert b.state.phase is Phase.OPEN and not b.state.speech.paused
    assert round(b.state.speech.used(now)) == 31  # 30 s before, 1 s after: the break did not count
    kind, start, end, note = b.state.sittings[-1].breaks[0]
    assert (kind, note) == ("suspended", "Uro på galleriet") and end is not None


def test_resume_when_not_paused_and_adjourn_while_paused_or_voting_are_refused():
    b = opened()
    with pytest.raises(RuleViolation, match="meeting.not_paused"):
        b.add(ev.MEETING_RESUMED)
    b.add(ev.MEETING_PAUSED, {"kind": "pause"})
    with pytest.raises(RuleViolation, match="meeting.paused"):
        b.add(ev.MEETING_ADJOURNED)
    b.add(ev.MEETING_RESUMED)
    b.add(ev.ITEM_OPENED, {"item": "s307"})
    b.add(ev.DEBATE_CLOSED, {"item": "s307"})
    with pytest.raises(RuleViolation, match="meeting.voting_under_way"):
        b.add(ev.MEETING_ADJOURNED)


def test_a_two_day_meeting_with_a_new_roll_call_from_the_first_days_attendance():
    b = opened()
    b.add(ev.ITEM_OPENED, {"item": "s307"})
    with pytest.raises(RuleViolation, match="meeting.not_adjourned"):
        b.add(ev.SITTING_CONTINUED, {"date": "2026-12-03"})
    first_day = b.add(ev.MEETING_ADJOURNED)
    b.add(ev.SITTING_CONTINUED, {"date": "2026-12-03"})
    assert b.state.phase is Phase.NOT_STARTED and b.state.quorum().present == 40  # starts from day one
    b.add(ev.MEMBER_ABSENT, {"member": "h-01", "reason": "sykdom"})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": "s309"})
    b.add(ev.MEETING_ADJOURNED)
    days = [(s.date, s.opened_at is not None, s.adjourned_at is not None) for s in b.state.sittings]
    assert days == [("2026-12-02", True, True), ("2026-12-03", True, True)]
    assert b.state.sittings[0].adjourned_at == first_day.at


def test_after_adjournment_only_corrections_with_a_reason():
    b = opened()
    with pytest.raises(RuleViolation, match="meeting.correction_only_after"):
        b.add(ev.CORRECTION_NOTED, {"text": "x", "reason": "y"})
    b.add(ev.MEETING_ADJOURNED)
    with pytest.raises(RuleViolation, match="meeting.adjourned"):
        b.add(ev.MEMBER_PRESENT, {"member": "a-11"})
    with pytest.raises(RuleViolation, match="meeting.correction_needs_reason"):
        b.add(ev.CORRECTION_NOTED, {"text": "Feil navn i votering", "reason": ""})
    b.add(ev.CORRECTION_NOTED, {"text": "Feil navn i votering i sak 307", "reason": "Meldt av A"}, actor="secretary")
    c = b.state.corrections[0]
    assert c.actor == "secretary" and c.reason == "Meldt av A"


def test_R_5_5a_the_console_never_ends_a_speech_by_itself():
    b = opened()
    b.add(ev.ITEM_OPENED, {"item": "s307"})
    b.add(ev.SPEAKER_ADDED, {"item": "s307", "person": "a-03", "kind": "main"})
    b.add(ev.SPEECH_NEXT, {"item": "s307"})
    b.t += 1000  # far over time
    now = b.at()
    assert b.state.speech is not None and b.state.speech.overrun(now) > 800  # shown, never cut off
