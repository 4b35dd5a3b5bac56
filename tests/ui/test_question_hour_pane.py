"""A question hour of the demo meeting driven by keys, running out of the hour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPushButton
from test_speakers_pane import Clock
from widgets import find

from chair_console.procedure import events as ev


def test_question_hour_by_keys_until_the_hour_runs_out(console, qtbot, monkeypatch):
    svc = console.service
    clock = Clock(svc, monkeypatch)
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    for p in svc.state.council.government:
        svc.record(ev.GOVERNMENT_PRESENT, {"person": p.id})
    w = console.window
    pane = w.panes["questionHourPane"]
    w.docks["questionHourPane"].show()  # the pane the chair works in (a hidden pane waits until shown: issue 17)
    w.docks["questionHourPane"].raise_()
    assert find(w, QListWidget, "questionList").count() == 4  # registered with the demo agenda
    for asker, to, topic in (("a-05", "byr-1", "Skolebygg"), ("sv-05", "byr-3", "Trikken"), ("r-02", "byr-1", "Bad")):
        asker_box, to_box = find(w, QComboBox, "questionAsker"), find(w, QComboBox, "questionTo")
        asker_box.setCurrentIndex(asker_box.findData(asker))
        to_box.setCurrentIndex(to_box.findData(to))
        find(w, QLineEdit, "questionTopic").setText(topic)
        qtbot.mouseClick(find(w, QPushButton, "registerQuestionButton"), Qt.MouseButton.LeftButton)
    # R-6b: a second main question by the same member is refused
    find(w, QComboBox, "questionAsker").setCurrentIndex(find(w, QComboBox, "questionAsker").findData("a-05"))
    find(w, QLineEdit, "questionTopic").setText("Noe annet")
    qtbot.mouseClick(find(w, QPushButton, "registerQuestionButton"), Qt.MouseButton.LeftButton)
    assert "allerede et hovedspørsmål" in find(w, QLabel, "messageBanner").text()
    assert find(w, QListWidget, "questionList").count() == 7

    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "sporretime"})
    presses = 0

    def f9():
        nonlocal presses
        qtbot.keyClick(w, Qt.Key.Key_F9)
        presses += 1

    f9()
    assert svc.state.speech.entry.kind == "question" and svc.state.speech.allowed == 60
    assert find(w, QLabel, "countdownDisplay").text() == "1:00"
    f9()  # answer
    f9()  # supplementary
    find(w, QComboBox, "followUpPerson").setCurrentIndex(find(w, QComboBox, "followUpPerson").findData("h-10"))
    qtbot.mouseClick(find(w, QPushButton, "followUpButton"), Qt.MouseButton.LeftButton)
    f9()  # answer
    f9()  # follow-up by h-10
    assert (svc.state.speech.entry.kind, svc.state.speech.entry.person) == ("follow_up", "h-10")
    pane.grab().save("/tmp/question-hour.png")
    f9()  # answer
    f9()  # next question
    assert svc.state.speech.entry.person == "sv-02"
    clock.advance(3600)  # the hour runs out during the second question
    pane._show_clock()  # noqa: SLF001
    assert "rekker ikke" in find(w, QLabel, "questionHourLeft").text()
    f9()  # the answer gets what is left: nothing
    assert svc.state.speech.allowed == 0
    qtbot.mouseClick(find(w, QPushButton, "endQuestionHourButton"), Qt.MouseButton.LeftButton)
    statuses = [q.status for q in svc.state.questions["sporretime"]]
    assert statuses == ["done", "done"] + ["not_reached"] * 5
    f9()
    assert "time er ute" in find(w, QLabel, "messageBanner").text()
    print(f"\nquestion hour: {presses} key presses")
