"""Closed session (R-3.7a, R-3.8a) and the meeting's course from the Meeting menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView
from widgets import find

from chair_console.procedure import events as ev
from chair_console.procedure.state import Phase
from chair_console.ui import dialogs


def test_R_3_7a_R_3_8a_closed_item_asks_for_the_basis_and_shows_the_indicator(console, qtbot, monkeypatch):
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    asked = []
    answers = iter([True, False, True])  # the council closes it tacitly (R-3.6b); not confirmed; confirmed
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: asked.append(a[2]) or next(answers))
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: a[3])  # the item's legal basis, as proposed
    w = console.window
    table = find(w, QTableView, "agendaTable")
    table.setCurrentIndex(table.model().index(8, 0))  # Sak 308/26, closed
    qtbot.mouseClick(find(w, QPushButton, "openItemButton"), Qt.MouseButton.LeftButton)
    assert svc.state.current_item is None  # not confirmed: nothing happened
    qtbot.mouseClick(find(w, QPushButton, "openItemButton"), Qt.MouseButton.LeftButton)
    assert svc.state.current_item == "s308"
    assert "lukke møtet" in asked[0] and svc.state.council_decisions["s308"][-1].what == "close"
    assert "§ 11-5" in asked[1] and "Strømmingen skal stoppes" in asked[1] and "R-3.8a" in asked[1]
    indicator = find(w, QLabel, "statusClosed")
    assert indicator.isVisibleTo(w) and "LUKKET MØTE" in indicator.text()
    w.hall_action.setChecked(True)
    w.hall.refresh()
    shown = [lab.text() for lab in w.hall.findChildren(QLabel) if lab.isVisible()]
    assert shown == ["Lukket møte"]
    w.hall_action.setChecked(False)
    svc.record(ev.ITEM_OPENED, {"item": "s309"})  # leaving the closed item: open session again
    assert not indicator.isVisibleTo(w)


def test_pause_suspend_resume_and_another_day_from_the_menu(console, qtbot, monkeypatch):
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    w = console.window
    w.pause_action.trigger()
    assert svc.state.phase is Phase.PAUSED and "Pause" in find(w, QLabel, "statusMeeting").text()
    w.pause_action.trigger()  # already paused: refused, nothing changed
    assert svc.state.phase is Phase.PAUSED
    w.resume_action.trigger()
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Uro på galleriet")
    w.suspend_action.trigger()
    assert svc.state.phase is Phase.SUSPENDED
    w.resume_action.trigger()
    w.resume_action.trigger()  # not paused: refused with a message
    assert "har ikke pause" in find(w, QLabel, "messageBanner").text()
    svc.record(ev.MEETING_ADJOURNED)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "2026-12-03")
    w.continue_action.trigger()
    assert svc.state.phase is Phase.NOT_STARTED and len(svc.state.sittings) == 2
