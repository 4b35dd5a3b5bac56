"""The election section of the votes pane, with qtbot on the demo meeting: an election of one person over two
rounds and the lots drawn in the hall (R-3.3c, R-3.3d), a count that does not add up, a written proportional
election (kommuneloven § 7-5), and the old election flag hidden from rules version 2."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QListWidget, QPushButton, QSpinBox, QTabWidget, QWidget
from widgets import find

from chair_console.procedure import elections, voting
from chair_console.procedure import events as ev
from chair_console.ui.panes import election_box


@pytest.fixture
def in_voting(console):
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "s310"})
    svc.record(ev.DEBATE_CLOSED, {"item": "s310"})
    console.window.docks["votesPane"].raise_()
    sections = find(console.window, QTabWidget, "voteSections")
    sections.setCurrentWidget(find(console.window, QWidget, "electionBox"))  # the «Valg» tab, as the secretary would
    return console


def click(qtbot, w, name):
    qtbot.mouseClick(find(w, QPushButton, name), Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def set_count(qtbot, w, name, value):
    box = find(w, QSpinBox, name)
    box.selectAll()
    qtbot.keyClicks(box, str(value))
    assert box.value() == value


def test_R_3_3c_R_3_3d_an_election_in_two_rounds_decided_by_lots_drawn_in_the_hall(in_voting, qtbot, monkeypatch):
    w = in_voting.window
    svc = in_voting.service
    name = svc.state.council.name_of
    box = find(w, QWidget, "electionBox")
    find(w, QTabWidget, "voteSections").setCurrentWidget(box)  # the «Valg» tab
    assert box.isVisibleTo(w.panes["votesPane"]) and box.isEnabled()
    type_into(qtbot, find(w, QLineEdit, "electionOffice"), "settevaraordfører")
    type_into(qtbot, find(w, QComboBox, "electionCandidate0").lineEdit(), name("h-02"))
    type_into(qtbot, find(w, QComboBox, "electionCandidate1").lineEdit(), name("a-01"))
    click(qtbot, w, "electionAddCandidate")
    type_into(qtbot, find(w, QComboBox, "electionCandidate2").lineEdit(), "Ola Utenfor")  # not in the council
    for i, n in enumerate((25, 20, 14)):
        set_count(qtbot, w, f"electionVotes{i}", n)
    assert find(w, QLabel, "electionSum").text().startswith("59 stemmer + 0 blanke = 59 av 59")

    # 1st vote: nobody has more than half: «Ny avstemning»
    click(qtbot, w, "electionRecordButton")
    e = elections.current(svc.state, "s310", "settevaraordfører")
    assert e.rounds[0].candidates == ("h-02", "a-01", "Ola Utenfor") and e.needs == "second_round"
    assert "Ny avstemning" in find(w, QLabel, "electionStatus").text()
    assert "2. avstemning" in find(w, QPushButton, "electionRecordButton").text()
    assert "ingen fikk mer enn halvparten" in find(w, QListWidget, "electionResults").item(0).text()
    assert find(w, QSpinBox, "electionVotes0").value() == 0  # counted afresh, the candidates stay

    # 2nd vote: a tie between the two at the top: the lots, never the chair
    for i, n in enumerate((27, 27, 5)):
        set_count(qtbot, w, f"electionVotes{i}", n)
    click(qtbot, w, "electionRecordButton")
    e = elections.current(svc.state, "s310", "settevaraordfører")
    assert e.needs == "lots" and len(e.rounds) == 2
    assert find(w, QWidget, "electionLotBox").isVisibleTo(w.panes["votesPane"])
    assert "loddtrekning" in find(w, QLabel, "electionStatus").text()
    drawn = find(w, QComboBox, "electionLotDrawn")
    assert [drawn.itemData(i) for i in range(drawn.count())] == ["h-02", "a-01"]

    # without who drew it the lot is refused; the console's own draw is only an aid, and recorded as such
    click(qtbot, w, "electionLotButton")
    assert "hvem som trakk" in find(w, QLabel, "messageBanner").text()
    monkeypatch.setattr(election_box.secrets, "randbelow", lambda n: 1)
    click(qtbot, w, "electionLotAidButton")
    assert drawn.currentData() == "a-01"
    type_into(qtbot, find(w, QLineEdit, "electionLotDrawnBy"), "Kari Nordmann, møtesekretær")
    click(qtbot, w, "electionLotButton")
    e = elections.current(svc.state, "s310", "settevaraordfører")
    assert e.elected == "a-01" and e.lot.aid and e.lot.drawn_by == "Kari Nordmann, møtesekretær"
    assert voting.elected(svc.state, "s310", "settevaraordfører") == "a-01"
    assert "ble valgt som settevaraordfører" in find(w, QLabel, "electionStatus").text()
    assert not find(w, QWidget, "electionLotBox").isVisibleTo(w.panes["votesPane"])
    result = find(w, QListWidget, "electionResults").item(0).text()
    assert "trukket av Kari Nordmann, møtesekretær" in result and result.endswith(f"{name('a-01')} ble valgt.")

    # the one to chair, elected in whatever item is under way, is no decision in that item's matter (R-3.1a): the
    # school's name is still to be voted on, and the item is not decided by the election
    assert "settevaraordfører" not in w.findChild(QWidget, "decisionText").toPlainText()
    click(qtbot, w, "decideItemButton")
    assert svc.state.status("s310") != "decided"


def test_R_3_3b_an_election_count_that_does_not_add_up_is_refused(in_voting, qtbot):
    w = in_voting.window
    svc = in_voting.service
    type_into(qtbot, find(w, QLineEdit, "electionOffice"), "særskilt møteleder")
    type_into(qtbot, find(w, QComboBox, "electionCandidate0").lineEdit(), "Anne Annen")
    type_into(qtbot, find(w, QComboBox, "electionCandidate1").lineEdit(), "Bjørn Bakke")
    set_count(qtbot, w, "electionVotes0", 30)
    set_count(qtbot, w, "electionVotes1", 25)
    set_count(qtbot, w, "electionBlank", 3)
    assert "color" in find(w, QLabel, "electionSum").styleSheet()  # 58 of 59: shown before recording
    before = svc.state.last_seq
    click(qtbot, w, "electionRecordButton")
    assert svc.state.last_seq == before
    assert "forskjell 1" in find(w, QLabel, "messageBanner").text()
    set_count(qtbot, w, "electionBlank", 4)
    click(qtbot, w, "electionRecordButton")
    assert voting.elected(svc.state, "s310", "særskilt møteleder") == "Anne Annen"  # 30 of 55 cast
    assert "blanke 4" in find(w, QListWidget, "electionResults").item(0).text()


def test_a_written_proportional_election_by_lists(in_voting, qtbot):
    w = in_voting.window
    svc = in_voting.service
    kind = find(w, QComboBox, "electionKind")
    kind.setCurrentIndex(kind.findData("lists"))
    assert find(w, QSpinBox, "electionSeats").isVisibleTo(w.panes["votesPane"])
    type_into(qtbot, find(w, QLineEdit, "electionOffice"), "styret for Demofondet")
    set_count(qtbot, w, "electionSeats", 5)
    ballot = find(w, QComboBox, "electionBallot")
    ballot.setCurrentIndex(ballot.findData("written"))
    type_into(qtbot, find(w, QComboBox, "electionCandidate0").lineEdit(), "Liste 1")
    type_into(qtbot, find(w, QComboBox, "electionCandidate1").lineEdit(), "Liste 2")
    set_count(qtbot, w, "electionVotes0", 33)
    set_count(qtbot, w, "electionVotes1", 26)
    click(qtbot, w, "electionRecordButton")
    e = svc.state.proportional_elections["s310"][0]
    assert e.ballot == "written" and [(r.name, r.seats) for r in e.lists] == [("Liste 1", 3), ("Liste 2", 2)]
    text = find(w, QListWidget, "electionResults").item(0).text()
    assert "skriftlig og hemmelig" in text and "Plasser: Liste 1 3, Liste 2 2." in text


def test_the_old_election_flag_is_not_offered_from_rules_version_2(in_voting):
    w = in_voting.window
    pane = w.panes["votesPane"]
    assert in_voting.service.state.rules >= 2
    pane.method.setCurrentIndex(pane.method.findData("alternative"))
    assert not find(w, QCheckBox, "voteElection").isVisibleTo(pane)


def test_an_election_round_by_keyboard_alone(in_voting, qtbot):
    """Office, then each candidate's name and votes by Tab, then the record button by Space."""
    from PySide6.QtWidgets import QApplication

    w = in_voting.window
    svc = in_voting.service
    w.activateWindow()
    office = find(w, QLineEdit, "electionOffice")
    office.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is office)
    qtbot.keyClicks(office, "settevaraordfører")
    for text in ("Anne Annen", "30", "Bjørn Bakke", "29"):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), text)
    for _ in range(4):  # add, remove, blank, record
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is find(w, QPushButton, "electionRecordButton")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert voting.elected(svc.state, "s310", "settevaraordfører") == "Anne Annen"
