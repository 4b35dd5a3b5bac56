"""Issue 17 «Votes»: after a vote is recorded, what happened shows at once — the result panel (for / against /
blank in large type, adopted or fell in words, per group), the order list marks the subject done with its result
(a sign, not colour alone), the next subject not yet voted on is selected, and the count is reset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QListWidget, QPushButton, QSpinBox
from widgets import find

from chair_console.procedure import events as ev
from chair_console.procedure import voting as rules
from chair_console.ui.panes.votes import RESULT_ROLE


@pytest.fixture
def voting(console):
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    for group in ("SV", "R"):
        svc.record(ev.PROPOSAL_TABLED, {"item": "s304", "text": f"Forslag fra {group}.", "groups": [group]})
    svc.record(ev.DEBATE_CLOSED, {"item": "s304"})
    svc.record(ev.VOTING_ORDER_SET, {"item": "s304", "order": ["s304-p1", "s304-p2", "recommendation"],
                                     "method": "tacit"})
    return console


def click(qtbot, w, name):
    qtbot.mouseClick(find(w, QPushButton, name), Qt.MouseButton.LeftButton)


def text(w, name) -> str:
    return find(w, QLabel, name).text()


def test_no_result_panel_before_the_first_vote(voting):
    assert not find(voting.window, QFrame, "voteResultPanel").isVisibleTo(voting.window.panes["votesPane"])


def test_recorded_vote_shows_the_result_big_with_groups(voting, qtbot):
    w = voting.window
    pane = w.panes["votesPane"]
    for abbr in ("H", "A", "V", "FrP", "KrF", "PS"):
        pane.tick_group(abbr)
    pane.tick_member("uav-01", True)
    pane.tick_member("h-20", False)  # broke with the group: votes for
    click(qtbot, w, "recordVoteButton")
    panel = find(w, QFrame, "voteResultPanel")
    assert panel.isVisibleTo(pane)
    assert (text(w, "voteResultFor"), text(w, "voteResultAgainst"), text(w, "voteResultBlank")) == ("17", "42", "0")
    assert text(w, "voteResultOutcome") == "✗ Falt"
    assert text(w, "voteResultSubject") == "forslag nr. 1 fra SV"
    groups = dict((g, (yes, no)) for g, yes, no in panel.group_rows())
    assert groups["H"] == ("1", str(int(groups["H"][1])))  # one H member broke with the group
    assert groups["SV"][1] == "0" and groups["A"][0] == "0"
    assert sum(int(y) for y, _n in groups.values()) == 17 and sum(int(n) for _y, n in groups.values()) == 42

    # the next one, adopted, by numbers only: no split by group, said so
    find(w, QCheckBox, "voteCountOnly").setChecked(True)
    find(w, QSpinBox, "voteAgainstCount").setValue(50)
    click(qtbot, w, "recordVoteButton")
    assert text(w, "voteResultOutcome") == "✗ Falt" and text(w, "voteResultAgainst") == "50"
    assert panel.group_rows() == [] and find(w, QLabel, "voteResultNoNames").isVisibleTo(panel)
    find(w, QSpinBox, "voteAgainstCount").setValue(3)
    click(qtbot, w, "recordVoteButton")
    assert text(w, "voteResultOutcome") == "✓ Vedtatt" and text(w, "voteResultFor") == "56"
    assert text(w, "voteResultSubject") == "innstillingen"


def test_order_list_marks_each_subject_and_selects_the_next(voting, qtbot):
    w = voting.window
    pane = w.panes["votesPane"]
    order = find(w, QListWidget, "votingOrderList")
    pane.tick_group("H")
    click(qtbot, w, "recordVoteButton")  # forslag 1 fra SV: adopted (only H against)
    assert order.item(0).data(RESULT_ROLE) is True and not order.item(0).icon().isNull()
    assert order.item(0).text().endswith("vedtatt") and "✓" in order.item(0).toolTip()
    assert order.item(1).data(RESULT_ROLE) is None and order.item(1).icon().isNull()
    assert order.currentRow() == 1 and pane.subject.currentData() == "s304-p2"

    for abbr in ("H", "A", "V", "FrP", "KrF", "PS"):
        pane.tick_group(abbr)
    click(qtbot, w, "recordVoteButton")  # forslag 2 fra R: fell
    assert order.item(1).data(RESULT_ROLE) is False and "✗" in order.item(1).toolTip()
    assert order.item(1).text().endswith("falt")
    assert order.currentRow() == 2 and pane.subject.currentData() == "recommendation"


def test_tally_reset_for_the_next_vote(voting, qtbot):
    w = voting.window
    pane = w.panes["votesPane"]
    pane.tick_group("H")
    assert "mot 0" not in text(w, "voteTally")
    click(qtbot, w, "recordVoteButton")
    assert pane.ticked() == []
    assert text(w, "voteTally").startswith("For 59 · mot 0")

    find(w, QCheckBox, "voteCountOnly").setChecked(True)
    find(w, QSpinBox, "voteAgainstCount").setValue(20)
    click(qtbot, w, "recordVoteButton")
    assert find(w, QSpinBox, "voteAgainstCount").value() == 0
    assert text(w, "voteTally").startswith("For 59 · mot 0")


def test_group_counts_helper_per_column(voting):
    state = voting.service.state
    assert rules.group_counts(state, None) == []
    voting.service.record(ev.VOTE_RECORDED, {"item": "s304", "method": "hands", "subjects": ["s304-p1"],
                                             "against": [m.id for m in state.council.members
                                                         if state.council.group_of(m.id) == "R"]})
    state = voting.service.state
    vote = state.votes["s304"][-1]
    rows = rules.group_counts(state, vote)
    assert all(len(r.counts) == 2 for r in rows)
    r = next(r for r in rows if r.abbreviation == "R")
    assert r.counts[0] == 0 and r.counts[1] == vote.tally[1]
    assert sum(r.counts[0] for r in rows) == vote.tally[0] and rules.blank_votes(vote) == 0
