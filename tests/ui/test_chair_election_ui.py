"""The election of the one who is to chair through the votes pane's election section (R-3.1a, R-5.5b): from rules
version 2 a settevaraordfører or a særskilt møteleder is elected whenever the council sits — before any item is taken
up (recorded in the next item not yet taken up) or in the middle of a debate (in the item under way, which stays in
its debate) — while any other election waits for the voting (R-3.3e)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTabWidget, QWidget
from widgets import click, find, seat_all, set_count

from chair_console.procedure import elections
from chair_console.procedure import events as ev
from chair_console.ui import dialogs

MAYOR, DEPUTY = "h-01", "frp-01"


def election_tab(console) -> QWidget:
    w = console.window
    w.docks["votesPane"].show()  # View → Votering: outside the voting the phase's layout leaves it closed
    w.docks["votesPane"].raise_()
    box = find(w, QWidget, "electionBox")
    find(w, QTabWidget, "voteSections").setCurrentWidget(box)
    return box


def fill_and_record(console, qtbot, office: str, first: str, second: str) -> None:
    w, svc = console.window, console.service
    name = svc.state.council.name_of
    office_field = find(w, QLineEdit, "electionOffice")
    office_field.clear()
    office_field.setFocus()
    qtbot.keyClicks(office_field, office)
    for i, person in enumerate((first, second)):
        field = find(w, QComboBox, f"electionCandidate{i}").lineEdit()
        field.clear()
        field.setFocus()
        qtbot.keyClicks(field, name(person))
    n = len(elections.electorate(svc.state, None))
    set_count(qtbot, w, "electionVotes0", n - 10)
    set_count(qtbot, w, "electionVotes1", 6)
    set_count(qtbot, w, "electionBlank", 4)
    click(qtbot, w, "electionRecordButton")


def test_R_3_1a_a_saerskilt_moteleder_is_elected_from_the_pane_before_any_item(console, qtbot):
    seat_all(console, away=(MAYOR, DEPUTY))
    svc, w = console.service, console.window
    box = election_tab(console)
    assert svc.state.current_item is None and box.isEnabled()  # the council sits
    record = find(w, QPushButton, "electionRecordButton")
    find(w, QLineEdit, "electionOffice").setText("medlem av kontrollutvalget")
    assert not record.isEnabled() and "settevaraordfører" in find(w, QLabel, "electionStatus").text()
    fill_and_record(console, qtbot, "særskilt møteleder", "a-01", "sv-01")
    first = svc.state.agenda[0].id  # the next item not yet taken up
    assert elections.current(svc.state, first, "særskilt møteleder").elected == "a-01"
    assert svc.state.current_item is None and svc.state.status(first) == "not_started"
    assert svc.state.chair is None  # the one elected takes the chair (roll call: «Overtar møteledelsen»)
    assert "ble valgt som særskilt møteleder" in find(w, QLabel, "electionStatus").text()
    svc.record(ev.CHAIR_TAKEN, {"person": "a-01"})
    assert svc.state.chair.capacity == "særskilt møteleder"


def test_R_5_5b_a_settevaraordforer_is_elected_from_the_pane_in_the_debate_and_takes_over_for_a_speech(
        console, qtbot, monkeypatch):
    seat_all(console, away=(MAYOR,))
    svc, w = console.service, console.window
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    w.panes["speakersPane"].add(DEPUTY, "main")
    messages = []
    console.controller.refused.connect(messages.append)
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_F8)  # the deputy mayor chairing cannot speak: nobody may take over
    assert svc.state.speech is None and "settevaraordfører" in messages[-1]

    election_tab(console)
    fill_and_record(console, qtbot, "settevaraordfører", "a-01", "sv-01")
    assert elections.current(svc.state, "s304", "settevaraordfører").elected == "a-01"
    assert svc.state.status("s304") == "in_debate" and svc.state.chair.person == DEPUTY

    asked = []
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: asked.append(a[2]) or True)
    qtbot.keyClick(w, Qt.Key.Key_F8)
    assert len(asked) == 1 and svc.state.council.name_of("a-01") in asked[0]
    assert svc.state.speech.entry.person == DEPUTY
    assert (svc.state.chair.person, svc.state.chair.capacity) == ("a-01", "settevaraordfører")
