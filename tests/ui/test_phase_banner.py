"""The state at a glance (issue 17): a large phase banner above the current item, and an idle clock that does
not read as if time were up."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from widgets import find

from chair_console.procedure import events as ev


def banner(console) -> QLabel:
    return find(console.window, QLabel, "phaseBanner")


def test_the_banner_follows_the_meeting(console):
    svc = console.service
    label = banner(console)
    assert label.text() == "NAVNEOPPROP" and label.font().pointSize() >= 18
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    assert label.text() == "MØTET ER SATT"
    svc.record(ev.ITEM_OPENED, {"item": "sporretime"})
    assert label.text() == "SPØRRETIME"
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    assert label.text() == "DEBATT"
    svc.record(ev.MEETING_PAUSED, {"kind": "pause"})
    assert label.text() == "PAUSE"
    svc.record(ev.MEETING_RESUMED)
    svc.record(ev.DEBATE_CLOSED, {"item": "s304"})
    assert label.text() == "VOTERING"


def test_a_closed_item_says_closed_meeting(console):
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    closed = next(i for i in svc.state.agenda if i.closed)
    svc.record(ev.CLOSED_DECIDED, {"item": closed.id, "basis": closed.closed_basis, "method": "tacit"})
    svc.record(ev.ITEM_OPENED, {"item": closed.id, "closed_confirmed": True})
    assert banner(console).text().startswith("LUKKET MØTE")


def test_the_idle_clock_does_not_read_as_time_up(console):
    clock = find(console.window, QLabel, "countdownDisplay")
    assert console.service.state.speech is None
    assert clock.text() == "—:—" and clock.text() != "0:00"
    assert "#6b7280" in clock.styleSheet()  # the idle grey
