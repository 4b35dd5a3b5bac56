"""R-5.1b: the run plan — planned start and minutes per item, used time, projected end."""

from __future__ import annotations

from helpers import LogBuilder

from chair_console.procedure import events as ev
from chair_console.procedure.runplan import run_plan
from chair_console.procedure.timebase import Instant


def test_R_5_1b_planned_times_follow_the_agenda_from_the_meeting_start():
    b = LogBuilder().created()
    plan = run_plan(b.state, b.at())
    first, second = plan.items[0], plan.items[1]
    assert first.planned_start.strftime("%H:%M") == "16:30" and first.planned_minutes == 60
    assert second.planned_start.strftime("%H:%M") == "17:30"
    total = sum(i.planned_minutes or 0 for i in b.state.agenda)
    assert (plan.planned_end - first.planned_start).total_seconds() == total * 60
    assert plan.projected_end is None  # not before the meeting is set


def test_R_5_1b_used_time_and_projected_end_while_the_meeting_runs():
    b = LogBuilder().created()
    for m in b.state.council.members:  # a quorum: the council decides the postponement below (R-3.2b)
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    opened = b.add(ev.ITEM_OPENED, {"item": "sporretime"})  # planned 60 min
    now = Instant(opened.at.wall_us + 75 * 60_000_000, opened.at.mono_ns + 75 * 60 * 10**9, opened.at.boot)
    plan = run_plan(b.state, now)
    assert round(plan.item("sporretime").used_seconds) == 75 * 60
    rest = sum(i.planned_minutes or 0 for i in b.state.agenda[1:])
    assert round((plan.projected_end - now.as_datetime()).total_seconds()) == rest * 60  # over time: nothing left of it
    b.add(ev.ITEM_POSTPONED, {"item": "s310", "method": "tacit"})  # a postponed item no longer counts
    later = run_plan(b.state, now)
    assert round((plan.projected_end - later.projected_end).total_seconds()) == 10 * 60
