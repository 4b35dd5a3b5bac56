"""A full voting sequence on the demo meeting with qtbot: order, counts by group with a member corrected,
a refused count, a tie decided by the chair, the result in words and picture, the decision."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QPlainTextEdit, QPushButton, QSpinBox, QWidget
from meeting_script import to_voting
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
    assert "ikke vedtatt" in find(w, QLabel, "votingOrderStatus").text()
    click(qtbot, w, "decideOrderButton")  # R-3.3e: nobody objected to the proposed order

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

    # 3) the decision: proposed from the adopted recommendation, then the item is decided — the count-only vote has no
    # party breakdown (kommuneloven § 11-4): asked first, and «Avslutt likevel» decides all the same
    assert "Demokvartalet" in find(w, QPlainTextEdit, "decisionText").toPlainText()
    asked = []
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: asked.append(a[2]) or False)
    click(qtbot, w, "decideItemButton")
    assert len(asked) == 1 and "Voteringen over innstillingen ble registrert bare med antall" in asked[0]
    assert voting.service.state.status("s304") == "decided"
    assert "Demokvartalet" in voting.service.state.decisions["s304"]


def test_R_3_3d_tie_asks_how_the_chair_voted(voting, qtbot, monkeypatch):
    svc = voting.service
    svc.record(ev.MEMBER_LEFT, {"member": "uav-01"})  # 58 present: a tie is possible
    asked = []
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: asked.append(a[2]) or True)  # the chair voted for
    svc.record(ev.VOTING_ORDER_SET, {"item": "s304", "order": ["recommendation", "s304-p1"], "method": "tacit"})
    w = voting.window
    pane = w.panes["votesPane"]
    pane.subject.setCurrentIndex(pane.subject.findData("recommendation"))
    pane._chosen = True  # noqa: SLF001 - as if picked in the list
    find(w, QCheckBox, "voteCountOnly").setChecked(True)
    find(w, QSpinBox, "voteAgainstCount").setValue(29)
    click(qtbot, w, "recordVoteButton")
    vote = svc.state.final_votes("s304")[-1]
    assert vote.chair_decided and vote.adopted and vote.casting_vote == "h-01"
    assert len(asked) == 1 and "Hvordan stemte møtelederen?" in asked[0] and "Kari Fiktivsen" in asked[0]
    assert svc.log[-1].payload["chair_vote"] == "for"  # only counts were taken: the chair's vote is recorded
    assert find(w, QListWidget, "voteResults").item(0).text() == (
        "Innstillingen ble vedtatt med 29 mot 29 stemmer. Stemmelikhet; møtelederens stemme (Kari Fiktivsen) var avgjørende."
    )


def test_hall_display_shows_the_latest_vote_between_speeches(voting, qtbot):
    w = voting.window
    voting.service.record(ev.VOTING_ORDER_SET, {"item": "s304", "order": ["recommendation", "s304-p1"],
                                                "method": "tacit"})  # R-3.3e
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


# -- votes as the law counts them: the chair's own vote (R-3.3d), pairwise alternative votes (R-3.3c), no vote
# counted twice, stemmetegn (R-3.3f b)


@pytest.fixture
def three_proposals(console, qtbot):
    """s304 in voting with proposals from SV, R and FrP and the recommendation; the order decided (tacitly)."""
    svc = console.service
    to_voting(svc)  # everyone present, s304 in voting with proposals from SV, R and FrP
    click(qtbot, console.window, "decideOrderButton")  # R-3.3e: nobody objected to the proposed order
    assert svc.state.decided_order["s304"] == ("s304-p1", "s304-p2", "s304-p3", "recommendation")
    return console


def _tick(pane, people) -> None:  # noqa: ANN001
    for person in people:
        pane.tick_member(person, True)


def test_R_3_3d_the_names_show_the_chairs_vote_and_nothing_is_asked(three_proposals, qtbot):
    svc = three_proposals.service
    svc.record(ev.MEMBER_LEFT, {"member": "uav-01"})  # 58: 29 against 29
    w = three_proposals.window
    pane = w.panes["votesPane"]
    against = sorted(p for p in svc.state.eligible("s304") if p != "h-01")[:29]  # the chair (h-01) votes for
    _tick(pane, against)
    assert "For 29 · mot 29" in find(w, QLabel, "voteTally").text()
    click(qtbot, w, "recordVoteButton")  # no dialog: an unexpected one fails the test (conftest)
    vote = svc.state.final_votes("s304")[-1]
    assert vote.subjects == ("s304-p1",) and vote.adopted and vote.casting_vote == "h-01"
    assert "chair_vote" not in svc.log[-1].payload and "chair_side" not in svc.log[-1].payload
    assert "møtelederens stemme (Kari Fiktivsen) var avgjørende" in find(w, QListWidget, "voteResults").item(0).text()


def test_R_3_3d_a_tie_with_nobody_in_the_chair_is_refused_without_a_question(three_proposals, qtbot):
    svc = three_proposals.service
    svc.record(ev.MEMBER_LEFT, {"member": "h-01"})  # the mayor leaves: 58, nobody chairs
    w = three_proposals.window
    find(w, QCheckBox, "voteCountOnly").setChecked(True)
    find(w, QSpinBox, "voteAgainstCount").setValue(29)
    before = svc.state.last_seq
    click(qtbot, w, "recordVoteButton")
    assert svc.state.last_seq == before
    assert "ingen leder møtet" in find(w, QLabel, "messageBanner").text()


def test_R_3_3c_the_pane_offers_the_pairwise_sequence(three_proposals, qtbot):
    svc = three_proposals.service
    w = three_proposals.window
    pane = w.panes["votesPane"]
    pane.method.setCurrentIndex(pane.method.findData("alternative"))
    rivals = find(w, QListWidget, "alternativeSubjects")
    assert rivals.isVisibleTo(pane)
    # tick the three proposals standing against each other: two by the mouse, one by the keyboard
    for row in (0, 1):
        rect = rivals.visualItemRect(rivals.item(row))
        qtbot.mouseClick(rivals.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))
    rivals.setFocus()
    rivals.setCurrentRow(2)
    qtbot.keyClick(rivals, Qt.Key.Key_Space)
    assert pane.rival_subjects(svc.state) == ["s304-p1", "s304-p2", "s304-p3"]
    hint = find(w, QLabel, "pairwiseHint")
    assert hint.text() == ("Neste: forslag nr. 1 fra SV mot forslag nr. 2 fra R. "
                           "Deretter: vinneren mot forslag nr. 3 fra FrP.")
    assert (pane.subject.currentData(), pane.subject2.currentData()) == ("s304-p1", "s304-p2")
    _tick(pane, sorted(svc.state.eligible("s304"))[:20])  # 20 for the second proposal, 39 for the first
    click(qtbot, w, "recordVoteButton")
    first = svc.state.final_votes("s304")[-1]
    assert first.subjects == ("s304-p1", "s304-p2") and first.winner == 0
    # the winner against the next
    assert (pane.subject.currentData(), pane.subject2.currentData()) == ("s304-p1", "s304-p3")
    assert hint.text() == "Neste: forslag nr. 1 fra SV mot forslag nr. 3 fra FrP."
    assert pane.method.currentData() == "alternative"
    _tick(pane, sorted(svc.state.eligible("s304"))[:40])  # 40 for FrP's proposal
    click(qtbot, w, "recordVoteButton")
    second = svc.state.final_votes("s304")[-1]
    assert second.subjects == ("s304-p1", "s304-p3") and second.winner == 1
    assert hint.text() == "Alternativ votering ferdig: forslag nr. 3 fra FrP står igjen."
    assert all(len(v.subjects) == 2 for v in svc.state.final_votes("s304"))  # each a two-subject alternative vote


def test_a_second_record_after_a_subject_picked_by_hand_moves_on(three_proposals, qtbot):
    svc = three_proposals.service
    w = three_proposals.window
    pane = w.panes["votesPane"]
    pane.method.setCurrentIndex(pane.method.findData("tacit"))
    combo = pane.subject
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("s304-p1"))
    combo.activated.emit(combo.currentIndex())  # picked by hand
    click(qtbot, w, "recordVoteButton")
    assert pane.subject.currentData() == "s304-p2"  # moved on to the next not yet voted on
    click(qtbot, w, "recordVoteButton")
    assert [v.subjects for v in svc.state.final_votes("s304")] == [("s304-p1",), ("s304-p2",)]
    # a stale choice is not kept: the subject picked is voted on elsewhere (another secretary's console)
    combo.setCurrentIndex(combo.findData("s304-p3"))
    combo.activated.emit(combo.currentIndex())
    svc.record(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["s304-p3"], "method": "tacit"})
    assert pane.subject.currentData() == "recommendation"
    # picked by hand once more, what was voted on is refused by the rules, never counted twice
    combo.setCurrentIndex(combo.findData("s304-p3"))
    combo.activated.emit(combo.currentIndex())
    before = svc.state.last_seq
    click(qtbot, w, "recordVoteButton")
    assert svc.state.last_seq == before and "allerede votert over forslag nr. 3 fra FrP" in find(
        w, QLabel, "messageBanner").text()


def test_a_re_vote_is_explicit_and_replaces_the_result(three_proposals, qtbot):
    svc = three_proposals.service
    w = three_proposals.window
    pane = w.panes["votesPane"]
    find(w, QCheckBox, "voteCountOnly").setChecked(True)
    find(w, QSpinBox, "voteAgainstCount").setValue(40)
    click(qtbot, w, "recordVoteButton")
    results = find(w, QListWidget, "voteResults")
    results.setCurrentRow(0)
    click(qtbot, w, "retakeVoteButton")
    assert pane.subject.currentData() == "s304-p1" and pane.method.currentData() == "hands"
    find(w, QSpinBox, "voteAgainstCount").setValue(20)
    click(qtbot, w, "recordVoteButton")
    votes = svc.state.votes["s304"]
    assert len(votes) == 2 and votes[0].superseded_by == votes[1].id and votes[1].adopted
    assert results.item(0).text().startswith("(rettet) ")


def test_R_3_3f_b_a_show_of_hands_sends_only_those_against(three_proposals, qtbot):
    w = three_proposals.window
    pane = w.panes["votesPane"]
    pane.method.setCurrentIndex(pane.method.findData("hands"))
    assert not find(w, QSpinBox, "voteForCount").isVisibleTo(pane)
    payload = pane.payload()
    assert "for" not in payload and "for_count" not in payload


def test_R_3_3d_a_tied_exclusion_asks_how_the_chair_voted(console, qtbot, monkeypatch):
    svc = console.service
    for m in svc.state.council.members:
        if m.id != "uav-01":
            svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "s307"})
    svc.record(ev.SPEAKER_ADDED, {"item": "s307", "person": "r-03", "kind": "main"})
    svc.record(ev.SPEECH_NEXT, {"item": "s307"})
    pane = console.window.panes["countdownPane"]
    pane.warn()
    pane.warn()
    pane.refresh()
    asked = []
    monkeypatch.setattr(dialogs, "ask_count", lambda *a, **k: 29)  # 29 for, 29 against
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: asked.append(a[2]) or True)  # the chair voted for
    click(qtbot, console.window, "excludeMemberButton")
    assert len(asked) == 1 and "Hvordan stemte møtelederen?" in asked[0]
    assert svc.log[-1].payload["chair_vote"] == "for" and svc.state.attendance["r-03"].status == "excluded"
