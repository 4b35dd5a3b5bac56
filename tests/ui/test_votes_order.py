"""The votes pane and what the council decides (R-3.3e): the voting order decided tacitly with one click or key, or
by a counted vote, then binding; proposals forwarded to the city government without a vote, several at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton
from meeting_script import to_voting
from widgets import find

from chair_console.procedure import events as ev
from chair_console.ui import dialogs


@pytest.fixture
def voting(console):
    svc = console.service
    to_voting(svc)  # everyone present, s304 in voting with proposals from SV, R and FrP
    return console


def click(qtbot, w, name):
    qtbot.mouseClick(find(w, QPushButton, name), Qt.MouseButton.LeftButton)


def rows(w, name) -> list[str]:
    widget = find(w, QListWidget, name)
    return [widget.item(i).text() for i in range(widget.count())]


def banner(w) -> str:
    return find(w, QLabel, "messageBanner").text()


def test_R_3_3e_the_order_decided_tacitly_with_one_key_then_binds(voting, qtbot):
    w, svc = voting.window, voting.service
    pane = w.panes["votesPane"]
    status = find(w, QLabel, "votingOrderStatus")
    assert "ikke vedtatt" in status.text()
    pane.method.setCurrentIndex(pane.method.findData("tacit"))
    before = svc.state.last_seq
    click(qtbot, w, "recordVoteButton")  # no decided order yet: refused, nothing recorded
    assert svc.state.last_seq == before and "ikke vedtatt voteringsordenen" in banner(w)

    pane.order.setFocus()
    qtbot.waitUntil(pane.order.hasFocus)
    qtbot.keyClick(pane.order, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # «vedtatt stilltiende»
    assert svc.state.decided_order["s304"] == ("s304-p1", "s304-p2", "s304-p3", "recommendation")
    assert svc.log[-1].payload["method"] == "tacit"
    assert status.text() == "Voteringsorden vedtatt stilltiende."
    assert rows(w, "votingOrderList")[0] == "1. forslag nr. 1 fra SV – neste"
    assert not find(w, QPushButton, "decideOrderButton").isEnabled()  # nothing left to decide

    # out of the decided order: refused, naming the next
    pane.subject.setCurrentIndex(pane.subject.findData("recommendation"))
    pane._chosen = True  # noqa: SLF001 - as if picked in the list
    click(qtbot, w, "recordVoteButton")
    assert "neste er forslag nr. 1 fra SV" in banner(w) and not svc.state.votes.get("s304")
    pane.subject.setCurrentIndex(pane.subject.findData("s304-p1"))
    click(qtbot, w, "recordVoteButton")
    assert [v.subjects for v in svc.state.votes["s304"]] == [("s304-p1",)]
    assert rows(w, "votingOrderList")[:2] == ["1. forslag nr. 1 fra SV – vedtatt", "2. forslag nr. 2 fra R – neste"]

    # the chair proposes a changed order (Alt+↑): shown as not yet decided; the council decides it by a click
    pane.order.setCurrentRow(3)
    pane.order.setFocus()
    qtbot.keyClick(pane.order, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert svc.state.voting_order["s304"][2] == "recommendation"
    assert "ikke vedtatt ennå" in status.text()
    assert svc.state.decided_order["s304"][2] == "s304-p3"  # the decided order still binds
    click(qtbot, w, "decideOrderButton")
    assert svc.state.decided_order["s304"] == ("s304-p1", "s304-p2", "recommendation", "s304-p3")
    assert status.text() == "Voteringsorden vedtatt stilltiende."


def test_R_3_3e_the_order_put_to_a_counted_vote(voting, qtbot, monkeypatch):
    w, svc = voting.window, voting.service
    monkeypatch.setattr(dialogs, "ask_count", lambda *a, **k: 40)  # 40 for, 19 against
    click(qtbot, w, "voteOnOrderButton")
    decision = svc.state.council_decisions["s304"][-1]
    assert (decision.method, decision.votes_for, decision.against, decision.carried) == ("counted", 40, 19, True)
    assert find(w, QLabel, "votingOrderStatus").text() == "Voteringsorden vedtatt med 40 mot 19 stemmer."


def test_R_3_3e_proposals_forwarded_to_the_city_government_several_at_once(voting, qtbot):
    w, svc = voting.window, voting.service
    listed = find(w, QListWidget, "forwardProposals")
    assert rows(w, "forwardProposals") == ["forslag nr. 1 fra SV", "forslag nr. 2 fra R", "forslag nr. 3 fra FrP"]
    for row, modifier in ((1, Qt.KeyboardModifier.NoModifier), (2, Qt.KeyboardModifier.ControlModifier)):
        centre = listed.visualItemRect(listed.item(row)).center()
        qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, modifier, centre)
    assert len(listed.selectedItems()) == 2
    click(qtbot, w, "forwardProposalsButton")
    assert svc.state.forwarded["s304"] == ("s304-p2", "s304-p3")
    assert svc.log[-1].kind == ev.PROPOSAL_FORWARDED and svc.log[-1].payload["method"] == "tacit"
    assert rows(w, "votingOrderList") == ["1. forslag nr. 1 fra SV", "2. innstillingen"]
    assert rows(w, "forwardProposals")[1:] == ["forslag nr. 2 fra R – oversendt", "forslag nr. 3 fra FrP – oversendt"]
    pane = w.panes["votesPane"]
    assert [pane.subject.itemData(i) for i in range(pane.subject.count())] == ["s304-p1", "recommendation"]


def test_R_3_3e_forwarding_by_keyboard(voting, qtbot):
    w, svc = voting.window, voting.service
    listed = find(w, QListWidget, "forwardProposals")
    listed.setFocus()
    qtbot.waitUntil(listed.hasFocus)
    listed.setCurrentRow(0)
    qtbot.keyClick(listed, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # the first two
    qtbot.keyClick(listed, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert svc.state.forwarded["s304"] == ("s304-p1", "s304-p2")
