"""A full voting sequence on the demo meeting with qtbot: order, counts by group with a member corrected,
a refused count, a tie decided by the chair, the result in words and picture, the decision."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QPlainTextEdit, QPushButton, QSpinBox, QWidget
from widgets import find

from chair_console.procedure import events as ev
from chair_console.ui import dialogs


@pytest.fixture
def voting(console):
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    svc.record(ev.PROPOSAL_TABLED, {"item": "s304", "text": "Byggehøydene reduseres.", "groups": ["SV"]})
    svc.record(ev.DEBATE_CLOSED, {"item": "s304"})
    return console


def click(qtbot, w, name):
    qtbot.mouseClick(find(w, QPushButton, name), Qt.MouseButton.LeftButton)


def test_full_voting_sequence(voting, qtbot, monkeypatch):
    w = voting.window
    pane = w.panes["votesPane"]
    order = find(w, QListWidget, "votingOrderList")
    assert [order.item(i).text() for i in range(order.count())] == ["1. forslag nr. 1 fra SV", "2. innstillingen"]

    # 1) the proposal: SV, R and MDG for; everyone else against (ticked by group), one H member corrected
    for abbr in ("H", "A", "V", "FrP", "KrF", "PS"):
        pane.tick_group(abbr)
    pane.tick_member("uav-01", True)
    pane.tick_member("h-20", False)  # broke with the group: votes for
    assert "For 17 · mot 42" in find(w, QLabel, "voteTally").text()
    click(qtbot, w, "recordVoteButton")
    results = find(w, QListWidget, "voteResults")
    assert results.item(0).text() == "Forslag nr. 1 fra SV falt med 17 mot 42 stemmer (H (1), SV, MDG, R stemte for)."

    # 2) the recommendation (proposed next) by number only: a count that does not add up is refused
    assert pane.subject.currentData() == "recommendation"
    find(w, QCheckBox, "voteCountOnly").setChecked(True)
    pane.method.setCurrentIndex(pane.method.findData("counter"))
    find(w, QSpinBox, "voteAgainstCount").setValue(21)
    find(w, QSpinBox, "voteForCount").setValue(37)
    before = voting.service.state.last_seq
    click(qtbot, w, "recordVoteButton")
    assert voting.service.state.last_seq == before
    assert "forskjell 1" in find(w, QLabel, "messageBanner").text()
    find(w, QSpinBox, "voteForCount").setValue(38)
    click(qtbot, w, "recordVoteButton")
    assert results.item(1).text() == "Innstillingen ble vedtatt mot 21 stemmer."
    assert find(w, QWidget, "votePicture") is not None

    # 3) the decision: proposed from the adopted recommendation, then the item is decided
    assert "Demokvartalet" in find(w, QPlainTextEdit, "decisionText").toPlainText()
    click(qtbot, w, "decideItemButton")
    assert voting.service.state.status("s304") == "decided"
    assert "Demokvartalet" in voting.service.state.decisions["s304"]


def test_R_3_3d_tie_asks_how_the_chair_voted(voting, qtbot, monkeypatch):
    svc = voting.service
    svc.record(ev.MEMBER_LEFT, {"member": "uav-01"})  # 58 present: a tie is possible
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)  # the chair voted for
    w = voting.window
    pane = w.panes["votesPane"]
    pane.subject.setCurrentIndex(1)
    pane._chosen = True  # noqa: SLF001 - as if picked in the list
    find(w, QCheckBox, "voteCountOnly").setChecked(True)
    find(w, QSpinBox, "voteAgainstCount").setValue(29)
    click(qtbot, w, "recordVoteButton")
    vote = svc.state.final_votes("s304")[-1]
    assert vote.chair_decided and vote.adopted
    assert "dobbeltstemme" in find(w, QListWidget, "voteResults").item(0).text()


def test_hall_display_shows_the_latest_vote_between_speeches(voting, qtbot):
    w = voting.window
    voting.service.record(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["recommendation"], "method": "hands",
                                             "against": [m.id for m in voting.service.state.council.members
                                                         if m.group_id in ("A", "SV")]})
    w.hall_action.setChecked(True)
    qtbot.waitExposed(w.hall)
    w.hall.refresh()
    assert find(w.hall, QLabel, "hallVoteResult").text() == "Innstillingen ble vedtatt mot 17 stemmer (A, SV)."
    w.hall.grab().save("/tmp/hall-vote.png")
    w.panes["votesPane"].grab().save("/tmp/votes-pane.png")
    w.hall_action.setChecked(False)


def test_R_3_2c_objections_asked_before_an_urgent_matter_is_decided(console, qtbot):
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.URGENT_MATTER_ADDED, {"item": {"id": "u1", "number": "Aktuell sak 1", "title": "Brann"}})
    svc.record(ev.ITEM_OPENED, {"item": "u1"})
    svc.record(ev.DEBATE_CLOSED, {"item": "u1"})
    w = console.window
    pane = w.panes["votesPane"]
    assert pane.urgent_button.isVisible() or pane.urgent_button.isVisibleTo(pane)
    pane.method.setCurrentIndex(pane.method.findData("tacit"))
    click(qtbot, w, "recordVoteButton")
    assert "Spør først" in find(w, QLabel, "messageBanner").text()
    find(w, QSpinBox, "urgentObjecting").setValue(20)
    click(qtbot, w, "urgentObjectionsButton")
    click(qtbot, w, "recordVoteButton")
    assert "kan ikke avgjøres" in find(w, QLabel, "messageBanner").text()
    assert not svc.state.votes.get("u1")


def test_R_5_6a_exclusion_offered_after_two_warnings(console, qtbot, monkeypatch):
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "s307"})
    svc.record(ev.SPEAKER_ADDED, {"item": "s307", "person": "r-03", "kind": "main"})
    svc.record(ev.SPEECH_NEXT, {"item": "s307"})
    pane = console.window.panes["countdownPane"]
    pane.warn()
    pane.refresh()
    assert not pane.exclude_button.isVisibleTo(pane)
    pane.warn()
    pane.refresh()
    assert pane.exclude_button.isVisibleTo(pane)
    monkeypatch.setattr(dialogs, "ask_count", lambda *a, **k: 45)
    click(qtbot, console.window, "excludeMemberButton")
    assert svc.state.attendance["r-03"].status == "excluded"


def test_recommendation_split_into_parts(voting, qtbot):
    w = voting.window
    find(w, QSpinBox, "recommendationParts").setValue(2)
    click(qtbot, w, "splitRecommendationButton")
    order = find(w, QListWidget, "votingOrderList")
    assert [order.item(i).text() for i in range(order.count())] == [
        "1. forslag nr. 1 fra SV", "2. innstillingens punkt 1", "3. innstillingens punkt 2"
    ]


def test_voting_order_changed_by_keys(voting, qtbot):
    w = voting.window
    order = find(w, QListWidget, "votingOrderList")
    order.setCurrentRow(1)
    order.setFocus()
    qtbot.waitUntil(order.hasFocus)
    qtbot.keyClick(order, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert voting.service.state.voting_order["s304"] == ("recommendation", "s304-p1")
    assert voting.service.log[-1].kind == ev.VOTING_ORDER_SET
