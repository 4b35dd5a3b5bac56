"""The keyboard roll call (R-5.1a) in the operator's language (issue 17): in English the buttons and the prompt show
P present · A absent · S substitute and those keys work; in Bokmål T · F · V, as always."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableView
from widgets import find

from chair_console.ui.panes.roll_call import ROLL_CALL_LETTERS


def switch(translations, code: str) -> None:
    assert translations.load(code)
    QApplication.processEvents()


def test_no_letter_means_two_things_in_the_roll_call():
    letters = [(action, letter) for by_action in ROLL_CALL_LETTERS.values() for action, letter in by_action.items()]
    for action, letter in letters:
        assert {a for a, x in letters if x == letter} == {action}


def test_english_roll_call_keys_p_a_s(console, qtbot, translations):
    w = console.window
    switch(translations, "en")
    assert find(w, QPushButton, "markPresentButton").text().endswith("(P)")
    assert find(w, QPushButton, "markAbsentButton").text().endswith("(A)")
    assert find(w, QPushButton, "seatSubstituteButton").text().endswith("(S)")
    table = find(w, QTableView, "rollCallTable")
    seating = [m.id for m in console.service.state.council.seating()]
    qtbot.keyClick(w, Qt.Key.Key_F5)
    prompt = find(w, QLabel, "rollCallPrompt").text()
    assert "P " in prompt and "A " in prompt and "S " in prompt and "T " not in prompt
    qtbot.keyClick(table, Qt.Key.Key_P)  # seat 1 present
    qtbot.keyClick(table, Qt.Key.Key_A)  # seat 2 absent …
    qtbot.keyClick(table, Qt.Key.Key_1)  # … the first reason
    for _ in range(3):  # seats 3 to 5 present
        qtbot.keyClick(table, Qt.Key.Key_P)
    qtbot.keyClick(table, Qt.Key.Key_S)  # seat 6 absent with a substitute: the reason, then the one proposed
    qtbot.keyClick(table, Qt.Key.Key_1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    state = console.service.state
    assert state.attendance[seating[0]].present and state.attendance[seating[2]].present
    assert not state.attendance[seating[1]].present and state.attendance[seating[1]].reason == "sykdom"
    assert not state.attendance[seating[5]].present and seating[5] in state.substitutions
    assert console.window.panes["rollCallPane"].selected_member() == seating[6]


def test_bokmal_keeps_t_f_v(console, qtbot, translations):
    w = console.window
    switch(translations, "en")
    switch(translations, "nb")
    assert find(w, QPushButton, "markPresentButton").text() == "Til stede (T)"
    assert find(w, QPushButton, "markAbsentButton").text() == "Forfall (F)"
    assert find(w, QPushButton, "seatSubstituteButton").text() == "Vara møter (V)"
    table = find(w, QTableView, "rollCallTable")
    seating = [m.id for m in console.service.state.council.seating()]
    qtbot.keyClick(w, Qt.Key.Key_F5)
    assert "T til stede · F forfall · V forfall med vara" in find(w, QLabel, "rollCallPrompt").text()
    qtbot.keyClick(table, Qt.Key.Key_T)
    qtbot.keyClick(table, Qt.Key.Key_F)
    qtbot.keyClick(table, Qt.Key.Key_3)
    state = console.service.state
    assert state.attendance[seating[0]].present and state.attendance[seating[1]].reason == "omsorg"
    switch(translations, "en")  # the language changed during the roll call: the prompt shows the new letters
    assert "P " in find(w, QLabel, "rollCallPrompt").text()
    qtbot.keyClick(table, Qt.Key.Key_T)  # a Norwegian letter still works in English (it means nothing else)
    assert console.service.state.attendance[seating[2]].present
