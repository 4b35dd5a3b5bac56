"""Who chairs, through the real widgets (R-3.1a, R-5.5b): «Overtar møteledelsen» for someone who is neither the mayor
nor the deputy mayor points to the election, the election is recorded in the votes pane, then the person elected
takes the chair; the chair who takes the floor hands over on the speech's own event, and a restart keeps the
hand-back; the minutes say who was elected and who chaired when."""

from __future__ import annotations

import re

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPushButton
from widgets import click, count_election, find, seat_all

from chair_console.app import build_console
from chair_console.clock import SystemClock
from chair_console.minutes import Options, write_minutes
from chair_console.paths import app_paths
from chair_console.procedure import events as ev
from chair_console.ui import dialogs

MAYOR, DEPUTY = "h-01", "frp-01"


def test_R_3_1a_overtar_moteledelsen_points_to_the_election_then_the_one_elected_takes_the_chair(console, qtbot, tmp_path):
    seat_all(console, away=(DEPUTY,))
    svc, w = console.service, console.window
    name = svc.state.council.name_of
    svc.record(ev.ITEM_OPENED, {"item": "s310"})  # the item the election is held in
    svc.record(ev.DEBATE_CLOSED, {"item": "s310"})
    w.docks["rollCallPane"].raise_()
    roll_call = w.panes["rollCallPane"]
    prompt, go = find(w, QLabel, "chairElectionPrompt"), find(w, QPushButton, "chairElectionButton")
    assert not prompt.isVisibleTo(roll_call)

    messages = []
    console.controller.refused.connect(messages.append)
    roll_call.select_member("a-01")
    click(qtbot, w, "takeChairButton")
    assert svc.state.chair.person == MAYOR  # refused: not elected
    assert "ikke valgt som settevaraordfører" in messages[-1]
    assert prompt.isVisibleTo(roll_call) and "settevaraordfører" in prompt.text() and name("a-01") in prompt.text()

    click(qtbot, w, "chairElectionButton")  # fills the election section and brings the votes pane forward
    assert find(w, QLineEdit, "electionOffice").text() == "settevaraordfører"
    assert find(w, QComboBox, "electionCandidate0").currentText() == name("a-01")
    n = len(svc.state.eligible("s310"))
    count_election(qtbot, w, name("sv-01"), n)
    assert svc.state.elections["s310"][0].elected == "a-01"
    assert "er valgt som settevaraordfører" in prompt.text()

    w.docks["rollCallPane"].raise_()
    roll_call.select_member("a-01")
    click(qtbot, w, "takeChairButton")
    assert (svc.state.chair.person, svc.state.chair.capacity) == ("a-01", "settevaraordfører")
    assert not prompt.isVisibleTo(roll_call)
    assert "settevaraordfører" in find(w, QLabel, "chairLabel").text()

    pdf = write_minutes(svc.state, tmp_path / "m.pdf", Options(public=True, draft=True))
    text = re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages))
    assert f"Som settevaraordfører ble {name('a-01')} valgt (flertallsvalg i Sak 310/26: {n - 10} av" in text
    assert f"{name('a-01')} (settevaraordfører) fra kl." in text


def test_R_5_5b_the_mayor_takes_the_floor_the_deputy_chairs_and_a_restart_keeps_the_hand_back(
        console, qtbot, monkeypatch, settings, translations, demo_db, tmp_path):
    seat_all(console)
    svc, w = console.service, console.window
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    w.panes["speakersPane"].add(MAYOR, "main")
    w.panes["speakersPane"].add("a-09", "main")
    asked = []
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: asked.append(a[2]) or True)
    qtbot.keyClick(w, Qt.Key.Key_F8)
    assert len(asked) == 1 and "Skal" in asked[0]
    assert svc.state.speech.entry.person == MAYOR and svc.state.chair.person == DEPUTY
    assert svc.state.chair_handover is not None  # in the log, not in a widget

    console.window.close()  # a restart: the console is built anew from the log
    console.reporter.uninstall()
    db, meeting_id = demo_db
    again = build_console(db, meeting_id, SystemClock(), app_paths(), translations, settings, interactive=False)
    qtbot.addWidget(again.window)
    again.window.show()
    qtbot.waitExposed(again.window)
    assert again.controller.verify_log()
    again.window.activateWindow()
    qtbot.waitUntil(again.window.isActiveWindow)
    assert again.service.state.chair.person == DEPUTY and again.service.state.chair_handover.back_to == MAYOR
    qtbot.keyClick(again.window, Qt.Key.Key_F8)  # the mayor's speech ends: the chair goes back to the mayor
    state = again.service.state
    assert state.speech.entry.person == "a-09" and state.chair.person == MAYOR and len(asked) == 1
    pdf = write_minutes(state, tmp_path / "m.pdf", Options(public=True, draft=True))
    text = re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages))
    name = state.council.name_of
    assert f"{name(DEPUTY)} (varaordfører) fra kl." in text
    assert f"mens {name(MAYOR)} hadde ordet i debatten" in text
    again.reporter.uninstall()


def test_R_5_5b_undo_of_the_speech_undoes_the_handover(console, qtbot, monkeypatch):
    seat_all(console)
    svc, w = console.service, console.window
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    w.panes["speakersPane"].add(MAYOR, "main")
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    qtbot.keyClick(w, Qt.Key.Key_F8)
    assert svc.state.chair.person == DEPUTY
    console.controller.undo_stack.undo()  # one step
    assert svc.state.speech is None and svc.state.chair.person == MAYOR and svc.state.chair_handover is None


def test_R_5_5b_no_deputy_mayor_the_console_asks_for_the_election_first(console, qtbot):
    seat_all(console, away=(DEPUTY,))
    svc, w = console.service, console.window
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    w.panes["speakersPane"].add(MAYOR, "main")
    messages = []
    console.controller.refused.connect(messages.append)
    qtbot.keyClick(w, Qt.Key.Key_F8)  # no dialog: nobody to hand over to (the fixture fails on an unexpected one)
    assert svc.state.speech is None and svc.state.chair.person == MAYOR
    assert messages and "settevaraordfører" in messages[-1] and "R-5.5b" in messages[-1]


def test_R_5_5b_the_chair_declines_to_hand_over_and_keeps_chairing_without_the_speech(console, qtbot, monkeypatch):
    seat_all(console)
    svc, w = console.service, console.window
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    w.panes["speakersPane"].add(MAYOR, "main")
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: False)
    messages = []
    console.controller.refused.connect(messages.append)
    qtbot.keyClick(w, Qt.Key.Key_F8)
    assert svc.state.speech is None and svc.state.chair.person == MAYOR
    assert messages and "kan ikke ha innlegg" in messages[-1]


def test_R_5_5b_giving_the_chair_the_floor_from_the_speakers_list_hands_over_too(console, qtbot, monkeypatch):
    seat_all(console)
    svc, w = console.service, console.window
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    pane = w.panes["speakersPane"]
    pane.add("a-09", "main")
    pane.add(MAYOR, "main")
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    queue = find(w, QListWidget, "speakerQueue")
    row = next(i for i in range(queue.count())
               if svc.state.queues["s304"][i].person == MAYOR)
    queue.setCurrentRow(row)
    click(qtbot, w, "giveFloorButton")
    assert svc.state.speech.entry.person == MAYOR and svc.state.chair.person == DEPUTY
    svc.record(ev.SPEECH_ENDED)
    assert svc.state.chair.person == MAYOR


def test_R_3_1a_the_election_to_chair_is_held_from_the_roll_call_while_a_debate_is_under_way(console, qtbot):
    """From rules 2 a settevaraordfører is elected whenever the council sits (elections.py): «Til valget» no longer
    asks to close the item's debate first, and the debate goes on after the election."""
    seat_all(console, away=(DEPUTY,))
    svc, w = console.service, console.window
    name = svc.state.council.name_of
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    w.docks["rollCallPane"].raise_()
    roll_call = w.panes["rollCallPane"]
    messages = []
    console.controller.refused.connect(messages.append)
    roll_call.select_member("a-01")
    click(qtbot, w, "takeChairButton")
    prompt = find(w, QLabel, "chairElectionPrompt")
    assert "avsluttet" not in prompt.text() and "bystyret er satt" in prompt.text()
    shown = len(messages)
    assert roll_call.go_to_chair_election()
    assert len(messages) == shown  # no refusal
    assert find(w, QLineEdit, "electionOffice").text() == "settevaraordfører"
    n = len(svc.state.eligible("s304"))
    count_election(qtbot, w, name("sv-01"), n)
    assert svc.state.elections["s304"][0].elected == "a-01"
    assert svc.state.status("s304") == "in_debate"
