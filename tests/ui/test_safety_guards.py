"""Issue 17, safety: nothing ends a running speech or leaves an open debate as a side effect. Taking up another
item (double-click, «Ta opp saken», «Neste sak», Enter, Ctrl+T) while a speech runs or the current item is not
finished asks first, naming what would be left; «Nei» changes nothing; «Ja» is one event and one undo. Question
hour and interpellations show «Behandlet» once done."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton, QTableView
from widgets import find

from chair_console.procedure import events as ev
from chair_console.procedure import item_progress
from chair_console.ui import dialogs


class Answers:
    """dialogs.ask answered with `answer`; every question kept."""

    def __init__(self, monkeypatch, answer: bool) -> None:
        self.asked: list[str] = []
        self.answer = answer
        monkeypatch.setattr(dialogs, "ask", self._ask)

    def _ask(self, parent, title, text, yes, no) -> bool:  # noqa: ANN001
        self.asked.append(text)
        return self.answer


@pytest.fixture
def meeting(console):
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    console.window.docks["agendaPane"].raise_()
    return console


@pytest.fixture
def speaking(meeting):
    """Sak 304/26 taken up; one of r-03 and h-10 has the floor, the other waits."""
    svc = meeting.service
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    svc.record(ev.SPEAKER_ADDED, {"item": "s304", "person": "r-03", "kind": "main"})
    svc.record(ev.SPEAKER_ADDED, {"item": "s304", "person": "h-10", "kind": "main"})
    svc.record(ev.SPEECH_NEXT, {"item": "s304"})
    return meeting


def row_of(console, item_id: str) -> int:
    return [i.id for i in console.service.state.agenda].index(item_id)


def select(console, item_id: str) -> QTableView:
    table = find(console.window, QTableView, "agendaTable")
    table.setCurrentIndex(table.model().index(row_of(console, item_id), 0))
    return table


def double_click(qtbot, console, item_id: str) -> None:
    table = select(console, item_id)
    rect = table.visualRect(table.model().index(row_of(console, item_id), 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # the press the view pairs
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click(qtbot, console, name: str) -> None:
    qtbot.mouseClick(find(console.window, QPushButton, name), Qt.MouseButton.LeftButton)


def test_double_click_mid_speech_asks_naming_the_speaker_and_no_changes_nothing(speaking, qtbot, monkeypatch):
    svc = speaking.service
    before = svc.state.last_seq
    speaker = svc.state.speech.entry.person
    answers = Answers(monkeypatch, False)
    double_click(qtbot, speaking, "s305")
    assert len(answers.asked) == 1
    name = svc.state.council.name_of(speaker)
    assert f"Taleren {name} har ordet." in answers.asked[0]
    assert "Avslutte innlegget og ta opp Sak 305/26?" in answers.asked[0]
    assert "Debatten i Sak 304/26 er ikke avsluttet." in answers.asked[0]
    assert svc.state.last_seq == before  # «Nei»: nothing recorded
    assert svc.state.current_item == "s304" and svc.state.speech.entry.person == speaker


def test_yes_is_one_event_and_one_undo(speaking, qtbot, monkeypatch):
    svc = speaking.service
    before = svc.state.last_seq
    speaker = svc.state.speech.entry.person
    answers = Answers(monkeypatch, True)
    double_click(qtbot, speaking, "s305")
    assert len(answers.asked) == 1
    assert svc.state.last_seq == before + 1  # one event: agenda.item_opened ends the speech
    assert svc.state.current_item == "s305" and svc.state.speech is None
    speaking.controller.undo_stack.undo()  # one undo: the speech runs again in Sak 304/26
    assert svc.state.current_item == "s304" and svc.state.speech.entry.person == speaker


@pytest.mark.parametrize("button", ["openItemButton", "nextItemButton", "previousItemButton"])
def test_the_buttons_ask_while_the_debate_is_open(meeting, qtbot, monkeypatch, button):
    svc = meeting.service
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    select(meeting, "s306")
    before = svc.state.last_seq
    answers = Answers(monkeypatch, False)
    click(qtbot, meeting, button)
    assert len(answers.asked) == 1
    assert "Debatten i Sak 304/26 er ikke avsluttet." in answers.asked[0]
    assert "Taleren" not in answers.asked[0]
    assert svc.state.last_seq == before and svc.state.current_item == "s304"


def test_a_vote_not_finished_is_named(meeting, qtbot, monkeypatch):
    svc = meeting.service
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    svc.record(ev.DEBATE_CLOSED, {"item": "s304"})
    answers = Answers(monkeypatch, False)
    double_click(qtbot, meeting, "s305")
    assert answers.asked and "Voteringen i Sak 304/26 er ikke avsluttet." in answers.asked[0]
    assert svc.state.current_item == "s304"


def test_no_question_when_nothing_would_be_left(meeting, qtbot):
    svc = meeting.service
    double_click(qtbot, meeting, "s304")  # nothing under way: no question (an unexpected one fails the test)
    assert svc.state.current_item == "s304"
    svc.record(ev.ITEM_POSTPONED, {"item": "s304", "method": "tacit"})
    double_click(qtbot, meeting, "s305")  # the item left is finished
    assert svc.state.current_item == "s305"


def test_giving_the_floor_mid_speech_asks_first(speaking, qtbot, monkeypatch):
    svc = speaking.service
    w = speaking.window
    w.docks["speakersPane"].raise_()
    queue = find(w, QListWidget, "speakerQueue")
    queue.setCurrentRow(0)
    speaker = svc.state.speech.entry.person
    before = svc.state.last_seq
    answers = Answers(monkeypatch, False)
    qtbot.mouseClick(find(w, QPushButton, "giveFloorButton"), Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 1 and f"Taleren {svc.state.council.name_of(speaker)} har ordet" in answers.asked[0]
    assert svc.state.last_seq == before and svc.state.speech.entry.person == speaker


def status_shown(console, item_id: str) -> str:
    table = find(console.window, QTableView, "agendaTable")
    return table.model().index(row_of(console, item_id), 3).data()


def test_question_hour_and_interpellation_show_done_even_after_adjournment(meeting, qtbot, monkeypatch):
    svc = meeting.service
    svc.record(ev.ITEM_OPENED, {"item": "sporretime"})
    assert status_shown(meeting, "sporretime") == "Til debatt"
    svc.record(ev.QUESTION_HOUR_ENDED, {"item": "sporretime"})
    assert status_shown(meeting, "sporretime") == "Behandlet"
    double_click(qtbot, meeting, "s301")  # the question hour is over: no question
    assert status_shown(meeting, "s301") == "Til debatt"
    answers = Answers(monkeypatch, True)
    double_click(qtbot, meeting, "s302")
    assert answers.asked and "Debatten i Sak 301/26 er ikke avsluttet." in answers.asked[0]
    assert status_shown(meeting, "s301") == "Behandlet"
    svc.record(ev.MEETING_ADJOURNED)
    assert [status_shown(meeting, i) for i in ("sporretime", "s301", "s302")] == ["Behandlet"] * 3
    assert status_shown(meeting, "s304") == "Ikke behandlet"


def test_dealt_with_is_a_pure_rule(meeting):
    state = meeting.service.state
    assert not item_progress.dealt_with(state, "sporretime")
    assert item_progress.left_open(state, "s304") == ()
    meeting.service.record(ev.ITEM_OPENED, {"item": "sporretime"})
    state = meeting.service.state
    assert item_progress.left_open(state, "s304") == (item_progress.QUESTION_HOUR_OPEN,)
    assert item_progress.shown_status(state, "sporretime") == "in_debate"


@pytest.mark.parametrize("answer", [False, True])
def test_R_3_3e_closing_the_debate_while_someone_speaks_asks_first(speaking, monkeypatch, answer):
    """Closing the debate ends the speech under way (rules 2): asked first, naming the speaker; «Nei» changes
    nothing; «Ja» is one event, undone with one Ctrl+Z."""
    svc, pane = speaking.service, speaking.window.panes["agendaPane"]
    answers = Answers(monkeypatch, answer)
    seq, speaker = svc.state.last_seq, svc.state.council.name_of(svc.state.speech.entry.person)
    assert pane.close_debate() is answer
    assert len(answers.asked) == 1 and speaker in answers.asked[0]
    if not answer:
        assert svc.state.last_seq == seq and svc.state.speech.ended is None
        return
    speech = svc.state.speech
    assert svc.state.last_seq == seq + 1 and (speech is None or speech.ended is not None)
    assert svc.state.status("s304") == "voting"
    speaking.window.undo_action.trigger()
    assert svc.state.status("s304") != "voting" and svc.state.speech.ended is None


def test_closing_the_debate_between_speeches_asks_nothing(speaking, monkeypatch):
    svc, pane = speaking.service, speaking.window.panes["agendaPane"]
    svc.record(ev.SPEECH_ENDED)
    answers = Answers(monkeypatch, False)
    assert pane.close_debate() and answers.asked == []
