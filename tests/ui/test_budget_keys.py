"""The budget meeting in the votes pane (R-3.3e, R-3.3f): after the first vote the next one in the decided order is
proposed, and the usual result takes at most three key presses — Ctrl+G a proposer's block together, Ctrl+P only the
proposers for, Ctrl+R the same groups against as the last vote, Enter records. The keys are counted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QListWidget, QPushButton
from widgets import find

from chair_console.procedure import events as ev

ITEM = "s309"


@pytest.fixture
def budget(console):
    """All present; R and SV table numbered proposals (R 1–5, SV 1–4, MDG 1–3), A, SV and R an alternative budget
    each; the council decides the order tacitly: the budgets, then the proposals, then the recommendation."""
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": ITEM})
    for group, count in (("R", 5), ("SV", 4), ("MDG", 3)):
        for n in range(1, count + 1):
            svc.record(ev.PROPOSAL_TABLED, {"item": ITEM, "text": f"{group} tiltak {n}.", "groups": [group], "number": n})
    for group in ("A", "SV", "R"):
        svc.record(ev.PROPOSAL_TABLED, {"item": ITEM, "text": f"{group}s alternative budsjett.", "groups": [group]})
    svc.record(ev.DEBATE_CLOSED, {"item": ITEM})
    proposals = [p.id for p in svc.state.proposals[ITEM]]
    svc.record(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [*proposals[-3:], *proposals[:-3], "recommendation"],
                                     "method": "tacit"})
    return console


class Keys:
    """Key presses sent to the widget that has the focus in the votes pane, counted."""

    def __init__(self, qtbot, pane) -> None:
        self.qtbot, self.pane, self.count = qtbot, pane, 0
        pane.members.setFocus()

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        target = QApplication.focusWidget()
        assert target is not None and self.pane.isAncestorOf(target), "the focus left the votes pane"
        self.qtbot.keyClick(target, key, modifier)
        self.count += 1

    def ctrl(self, letter: str) -> None:
        self.press(getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.ControlModifier)

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)


def proposal(svc, group: str, number: int | None = None) -> str:
    return next(p.id for p in svc.state.proposals[ITEM]
                if p.groups == (group,) and (p.number == number if number else "budsjett" in p.text))


def sentences(window) -> list[str]:
    results = find(window, QListWidget, "voteResults")
    return [results.item(i).text() for i in range(results.count())]


def test_R_3_3e_budget_votes_take_at_most_three_keys_each_after_the_first(budget, qtbot):
    svc, w = budget.service, budget.window
    pane = w.panes["votesPane"]
    assert "(Ctrl+R)" in find(w, QPushButton, "sameAgainstButton").text()
    assert "(Ctrl+P)" in find(w, QPushButton, "onlyProposersButton").text()
    assert "(Ctrl+G)" in find(w, QPushButton, "togetherBlockButton").text()
    assert "(Enter)" in find(w, QPushButton, "recordVoteButton").text()

    # the first vote, set up by hand: the city government's budget (the recommendation) against A's, alternatively
    pane.method.setCurrentIndex(pane.method.findData("alternative"))
    pane.subject.setCurrentIndex(pane.subject.findData("recommendation"))
    pane.subject2.setCurrentIndex(pane.subject2.findData(proposal(svc, "A")))
    keys = Keys(qtbot, pane)
    keys.ctrl("P")  # only A for A's budget
    keys.enter()
    assert len(svc.state.final_votes(ITEM)) == 1
    assert sentences(w)[-1].endswith("Innstillingen ble vedtatt.")

    per_vote = []

    def next_vote(*steps: str) -> None:
        before, keys.count = len(svc.state.final_votes(ITEM)), 0
        for step in steps:
            keys.enter() if step == "Enter" else keys.ctrl(step)
        assert len(svc.state.final_votes(ITEM)) == before + 1, f"not recorded: {steps}"
        per_vote.append(keys.count)

    # 2, 3) proposed: the recommendation against the next group's budget, alternatively; only the proposers for
    assert pane.method.currentData() == "alternative"
    assert (pane.subject.currentData(), pane.subject2.currentData()) == ("recommendation", proposal(svc, "SV"))
    next_vote("P", "Enter")
    assert (pane.subject.currentData(), pane.subject2.currentData()) == ("recommendation", proposal(svc, "R"))
    next_vote("P", "Enter")
    vote = svc.state.final_votes(ITEM)[-1]
    assert vote.subjects == ("recommendation", proposal(svc, "R")) and vote.tally == (55, 4)

    # 4) R's proposals: the whole block together, only R for
    next_vote("G", "P", "Enter")
    vote = svc.state.final_votes(ITEM)[-1]
    assert vote.together and vote.method == "hands" and vote.tally == (4, 55)
    assert sentences(w)[-1] == "Forslag nr. 1–5 fra R ble ikke vedtatt med 4 mot 55 stemmer (R for)."

    # 5) proposed: SV's block together (1–4); SV and R for: the same groups against as the last vote, less R
    assert find(w, QCheckBox, "voteTogether").isChecked()
    assert find(w, QComboBox, "voteSubjectLast").currentData() == proposal(svc, "SV", 4)
    next_vote("P", "Enter")
    assert sentences(w)[-1] == "Forslag nr. 1–4 fra SV ble ikke vedtatt med 6 mot 53 stemmer (SV for)."

    # 6) proposed: MDG's block; the same groups against as the last vote
    next_vote("R", "Enter")
    assert sentences(w)[-1] == "Forslag nr. 1–3 fra MDG ble ikke vedtatt med 6 mot 53 stemmer (SV for)."

    assert per_vote == [2, 2, 3, 2, 2] and max(per_vote) <= 3
    # the decision: the recommendation (it won each alternative vote), once
    assert pane.decision.toPlainText() == svc.state.item(ITEM).recommendation


def test_R_3_3e_a_range_voted_together_with_the_mouse(budget, qtbot):
    svc, w = budget.service, budget.window
    pane = w.panes["votesPane"]
    eligible = sorted(svc.state.eligible(ITEM))
    for group in ("A", "SV", "R"):  # the alternative budgets first, as the council decided the order
        ours = [v for v in eligible if svc.state.council.group_of(v) == group]
        svc.record(ev.VOTE_RECORDED, {"item": ITEM, "subjects": ["recommendation", proposal(svc, group)],
                                      "method": "alternative", "alternatives": [[v for v in eligible if v not in ours], ours]})
    # proposed next, shaped as the votes before: the recommendation (it stands) against R's first proposal
    assert (pane.subject.currentData(), pane.subject2.currentData()) == ("recommendation", proposal(svc, "R", 1))
    pane.method.setCurrentIndex(pane.method.findData("hands"))  # picked in the lists: a show of hands …
    pane.subject.setCurrentIndex(pane.subject.findData(proposal(svc, "R", 1)))  # … over R's first proposal
    pane._chosen = True  # noqa: SLF001 - as if picked in the list
    together = find(w, QCheckBox, "voteTogether")
    qtbot.mouseClick(together, Qt.MouseButton.LeftButton, pos=QPoint(6, together.height() // 2))  # on the box
    assert together.isChecked()
    last = find(w, QComboBox, "voteSubjectLast")
    assert last.isEnabled()
    last.setCurrentIndex(last.findData(proposal(svc, "R", 4)))  # «til og med» forslag nr. 4 fra R
    qtbot.mouseClick(find(w, QPushButton, "onlyProposersButton"), Qt.MouseButton.LeftButton)
    pane.tick_group("SV", False)  # SV votes for too
    assert "For 10 · mot 49" in pane.tally.text()
    qtbot.mouseClick(find(w, QPushButton, "recordVoteButton"), Qt.MouseButton.LeftButton)
    vote = svc.state.final_votes(ITEM)[-1]
    assert vote.together and vote.subjects == tuple(proposal(svc, "R", n) for n in (1, 2, 3, 4))
    assert sentences(w)[-1] == "Forslag nr. 1–4 fra R ble ikke vedtatt med 10 mot 49 stemmer (SV, R for)."
    # proposed next: what is left of R's block, together
    assert pane.subject.currentData() == proposal(svc, "R", 5) and not together.isChecked()


def test_R_3_3e_enter_in_the_decision_text_writes_a_new_line_and_records_nothing(budget, qtbot):
    svc, w = budget.service, budget.window
    pane = w.panes["votesPane"]
    pane.decision.setFocus()
    before = svc.state.last_seq
    qtbot.keyClick(pane.decision, Qt.Key.Key_Return)
    assert svc.state.last_seq == before


def test_R_3_3e_proposals_tabled_with_the_groups_own_numbers(console, qtbot):
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QTableView

    svc, w = console.service, console.window
    svc.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    svc.record(ev.MEETING_OPENED)
    table = find(w, QTableView, "agendaTable")
    table.setCurrentIndex(table.model().index(9, 0))  # Sak 309/26, the budget
    number = find(w, QSpinBox, "proposalNumber")
    assert number.value() == 0 and number.specialValueText() == "neste i saken"
    number.setValue(1)
    for group, text in (("R", "R ber om tiltak 1."), ("R", "R ber om tiltak 2.")):
        find(w, QPlainTextEdit, "proposalText").setPlainText(text)
        find(w, QLineEdit, "proposalGroups").setText(group)
        qtbot.mouseClick(find(w, QPushButton, "addProposalButton"), Qt.MouseButton.LeftButton)
    assert number.value() == 3  # the group's next proposal has the next number
    number.setValue(1)
    find(w, QPlainTextEdit, "proposalText").setPlainText("SV ber om tiltak 1.")
    find(w, QLineEdit, "proposalGroups").setText("SV")
    qtbot.mouseClick(find(w, QPushButton, "addProposalButton"), Qt.MouseButton.LeftButton)
    assert [(p.groups, p.number) for p in svc.state.proposals[ITEM]] == [(("R",), 1), (("R",), 2), (("SV",), 1)]
    number.setValue(2)  # R's number 2 again: refused, nothing recorded
    find(w, QPlainTextEdit, "proposalText").setPlainText("R ber om noe annet.")
    find(w, QLineEdit, "proposalGroups").setText("R")
    qtbot.mouseClick(find(w, QPushButton, "addProposalButton"), Qt.MouseButton.LeftButton)
    assert len(svc.state.proposals[ITEM]) == 3
    assert "forslag nr. 2" in find(w, QLabel, "messageBanner").text()
