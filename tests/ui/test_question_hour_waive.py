"""R-6c in the question hour pane: «Uten tilleggsspørsmål» — the asker does not use the supplementary question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton
from widgets import find

from chair_console.procedure import events as ev


def test_R_6c_the_chair_records_that_the_asker_waives_the_supplementary(console, qtbot):
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    for p in svc.state.council.government:
        svc.record(ev.GOVERNMENT_PRESENT, {"person": p.id})
    w = console.window
    w.docks["questionHourPane"].show()
    w.docks["questionHourPane"].raise_()
    waive = find(w, QPushButton, "waiveSupplementaryButton")
    assert waive.accessibleName() == "Uten tilleggsspørsmål" and "R-6c" in waive.toolTip()
    assert not waive.isEnabled()  # no question under way
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "sporretime"})
    first, second = svc.state.questions["sporretime"][:2]
    qtbot.keyClick(w, Qt.Key.Key_F9)  # the question
    assert svc.state.speech.entry.kind == "question" and not waive.isEnabled()
    qtbot.mouseClick(waive, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    assert svc.state.speech.entry.kind == "question"
    qtbot.keyClick(w, Qt.Key.Key_F9)  # the answer: the asker's supplementary is next
    assert svc.state.speech.entry.kind == "qh_answer" and waive.isEnabled()
    follow_up = find(w, QComboBox, "followUpPerson")
    follow_up.setCurrentIndex(follow_up.findData("h-10"))
    qtbot.mouseClick(find(w, QPushButton, "followUpButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(waive, Qt.MouseButton.LeftButton)  # no supplementary: straight on to the follow-up
    assert (svc.state.speech.entry.kind, svc.state.speech.entry.person) == ("follow_up", "h-10")
    assert svc.state.running_question("sporretime").supplementary_waived
    assert not waive.isEnabled()
    qtbot.keyClick(w, Qt.Key.Key_F9)  # the answer to the follow-up
    assert not waive.isEnabled()  # the supplementary is behind
    qtbot.keyClick(w, Qt.Key.Key_F9)  # the next question
    assert svc.state.speech.entry.person == second.asker
    qtbot.keyClick(w, Qt.Key.Key_F9)  # its answer
    assert waive.isEnabled()
    qtbot.mouseClick(waive, Qt.MouseButton.LeftButton)  # no supplementary, no follow-ups: the third question
    third = svc.state.questions["sporretime"][2]
    assert (svc.state.speech.entry.kind, svc.state.speech.entry.person) == ("question", third.asker)
    assert [q.supplementary_waived for q in svc.state.questions["sporretime"][:2]] == [True, True]
    # undo takes the waiver back with its step
    console.controller.undo_stack.undo()  # Ctrl+Z
    assert svc.state.speech.entry.kind == "qh_answer" and waive.isEnabled()
    assert not svc.state.running_question("sporretime").supplementary_waived
    assert "R-6c" not in find(w, QLabel, "messageBanner").text()  # nothing was refused
    assert svc.state.questions["sporretime"][0].id == first.id
