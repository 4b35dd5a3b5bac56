"""R-6c in the question hour pane: «Svarer:» names the person asked; when that member of the city government is
absent, the chair picks a present one (a settebyråd) who then answers, recorded in the log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget
from widgets import find

from chair_console.procedure import events as ev

QH = "sporretime"


def test_R_6c_a_settebyrad_is_chosen_under_svarer_and_gives_the_answer(console, qtbot):
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    for person in ("byr-1", "byr-2"):  # byr-5, asked the first demo question, is away
        svc.record(ev.GOVERNMENT_PRESENT, {"person": person})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": QH})
    w = console.window
    w.docks["questionHourPane"].raise_()
    combo = find(w, QComboBox, "questionAnsweredBy")
    assert find(w, QLabel, "questionAnsweredByLabel").text() == "Svarer:"

    qtbot.keyClick(w, Qt.Key.Key_F9)  # the question
    assert svc.state.speech.entry.person == "a-03"
    assert combo.currentData() == "byr-5" and "ikke til stede" in combo.currentText()  # the person asked, by default
    assert [combo.itemData(i) for i in range(combo.count())] == ["byr-5", "byr-1", "byr-2"]
    before = svc.state.last_seq
    qtbot.keyClick(w, Qt.Key.Key_F9)  # the answer: the person asked is away
    assert svc.state.last_seq == before
    assert "Svarer:" in find(w, QLabel, "messageBanner").text()

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the chair picks Tuva Lekeberg (byr-2)
    assert svc.log[-1].kind == ev.QUESTION_ANSWERER_SET
    assert svc.log[-1].payload == {"item": QH, "question": svc.state.questions[QH][0].id, "answered_by": "byr-2"}
    assert combo.currentData() == "byr-2"
    assert "(svar ved Tuva Lekeberg, settebyråd)" in find(w, QListWidget, "questionList").item(0).text()
    qtbot.keyClick(w, Qt.Key.Key_F9)
    assert (svc.state.speech.entry.kind, svc.state.speech.entry.person) == ("qh_answer", "byr-2")

    qtbot.keyClick(combo, Qt.Key.Key_Home)  # back to the person asked: refused at the next answer, as before
    assert svc.state.questions[QH][0].answered_by is None
    w.controller.undo_stack.undo()  # Ctrl+Z: the settebyråd again
    assert svc.state.questions[QH][0].answered_by == "byr-2"


def test_R_6c_svarer_is_fixed_when_the_person_asked_is_present(console, qtbot):
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    for person in ("byr-1", "byr-5"):
        svc.record(ev.GOVERNMENT_PRESENT, {"person": person})
    w = console.window
    w.docks["questionHourPane"].raise_()
    combo = find(w, QComboBox, "questionAnsweredBy")
    assert combo.currentData() == "byr-5" and combo.count() == 1 and not combo.isEnabled()
