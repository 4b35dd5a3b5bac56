"""The debate in the panes (issue 16): the oral statement's presenter (R-3.5a), the chair's exception for a closing
speech where no committee is behind the item (R-5.3b), and the question hour's clock without the break (R-6a)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget
from test_speakers_pane import Clock, type_speaker
from widgets import find

from chair_console.procedure import events as ev
from chair_console.ui import dialogs

NO_COMMITTEE = {"id": "s399", "number": "Sak 399/26", "title": "Orientering om beredskap", "kind": "other"}


@pytest.fixture
def hall(console):
    """Everyone present, the city government too, the meeting set."""
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    for p in svc.state.council.government:
        svc.record(ev.GOVERNMENT_PRESENT, {"person": p.id})
    return console


def kind(window, code: str) -> None:
    box = find(window, QComboBox, "speechKind")
    box.setCurrentIndex(box.findData(code))


def test_R_3_5a_a_second_city_government_member_is_refused_in_the_speakers_pane(hall, qtbot):
    svc, w = hall.service, hall.window
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "s302"})  # given by Synne Påfunnsen (byr-4)
    kind(w, "government")
    type_speaker(qtbot, w, "Odd Forsøksbråten")  # byr-1
    assert "Bare Synne Påfunnsen, som ga redegjørelsen" in find(w, QLabel, "messageBanner").text()
    assert svc.state.queues.get("s302", ()) == ()
    type_speaker(qtbot, w, "Synne Påfunnsen")
    assert [(e.person, e.kind) for e in svc.state.queues["s302"]] == [("byr-4", "government")]


def test_R_5_3b_a_closing_speech_with_no_committee_warns_and_the_chair_gives_it_with_a_reason(hall, qtbot, monkeypatch):
    svc, w = hall.service, hall.window
    svc.record(ev.AGENDA_SET, {"agenda": [*(i.to_dict() for i in svc.state.agenda), NO_COMMITTEE], "questions": []})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "s399"})
    asked = []
    answers = iter([None, "Arbeiderpartiet meldte saken"])
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: asked.append(a[2]) or next(answers))
    kind(w, "closing")
    type_speaker(qtbot, w, "Turid Tenkestad")  # a-01: the chair cancels
    assert "Sak 399/26 kommer ikke fra et utvalg" in asked[0] and "R-5.3b" in asked[0]
    assert svc.state.queues.get("s399", ()) == ()
    kind(w, "closing")
    type_speaker(qtbot, w, "Turid Tenkestad")  # the chair gives it, with the reason
    entry = svc.state.queues["s399"][0]
    assert (entry.person, entry.kind, entry.override) == ("a-01", "closing", "Arbeiderpartiet meldte saken")
    assert "møteleders unntak" in find(w, QListWidget, "speakerQueue").item(0).text()
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one undo takes it off again
    assert svc.state.queues.get("s399", ()) == ()


def test_R_5_3b_the_committee_leader_closes_without_a_question_and_others_are_refused(hall, qtbot):
    svc, w = hall.service, hall.window
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "s304"})  # BYU: leader h-02
    leader = svc.state.council.name_of("h-02")
    kind(w, "closing")
    type_speaker(qtbot, w, leader)  # no dialog (the autouse fixture fails on any)
    assert [(e.person, e.kind) for e in svc.state.queues["s304"]] == [("h-02", "closing")]
    kind(w, "closing")
    type_speaker(qtbot, w, svc.state.council.name_of("h-10"))
    assert "Avsluttende innlegg gis bare" in find(w, QLabel, "messageBanner").text()


def test_R_6a_the_question_hour_clock_leaves_out_a_break(hall, qtbot, monkeypatch):
    svc, w = hall.service, hall.window
    clock = Clock(svc, monkeypatch)
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "sporretime"})
    pane = w.panes["questionHourPane"]
    qtbot.keyClick(w, Qt.Key.Key_F9)  # the first question: the hour starts
    clock.advance(30)
    w.pause_action.trigger()
    clock.advance(1800)
    pane._show_clock()  # noqa: SLF001
    assert find(w, QLabel, "questionHourLeft").text() in ("Spørretimen: 59:30 igjen", "Spørretimen: 59:29 igjen")
    w.resume_action.trigger()
    clock.advance(60)
    pane._show_clock()  # noqa: SLF001
    assert find(w, QLabel, "questionHourLeft").text() in ("Spørretimen: 58:30 igjen", "Spørretimen: 58:29 igjen")
