"""Issue 17, keyboard: each phase's main actions on keys, shown on the buttons; Tab leaves the tables; Enter on an
agenda row takes up the item (with the safety guard); no two window-wide keys clash; the README lists every key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton, QTableView
from widgets import find

from chair_console.procedure import events as ev
from chair_console.procedure.state import Phase
from chair_console.ui import dialogs

README = Path(__file__).resolve().parents[2] / "README.md"
WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def all_present(console) -> None:
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})


@pytest.fixture
def meeting(console):
    all_present(console)
    console.service.record(ev.MEETING_OPENED)
    console.window.docks["agendaPane"].raise_()
    return console


def focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)


def row_of(console, item_id: str) -> int:
    return [i.id for i in console.service.state.agenda].index(item_id)


@pytest.mark.parametrize(("dock", "name"), [("agendaPane", "agendaTable"), ("rollCallPane", "rollCallTable")])
def test_tab_leaves_the_tables(meeting, qtbot, dock, name):
    meeting.window.docks[dock].raise_()
    table = find(meeting.window, QTableView, name)
    assert not table.tabKeyNavigation()
    table.setCurrentIndex(table.model().index(0, 0))
    focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table  # the next widget has the focus, not the next cell
    focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not table


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_on_an_agenda_row_takes_up_the_item(meeting, qtbot, key):
    table = find(meeting.window, QTableView, "agendaTable")
    table.setCurrentIndex(table.model().index(row_of(meeting, "s304"), 0))
    focus(qtbot, table)
    qtbot.keyClick(table, key)
    assert meeting.service.state.current_item == "s304"


def test_enter_mid_speech_asks_and_no_changes_nothing(meeting, qtbot, monkeypatch):
    svc = meeting.service
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    svc.record(ev.SPEAKER_ADDED, {"item": "s304", "person": "r-03", "kind": "main"})
    svc.record(ev.SPEECH_NEXT, {"item": "s304"})
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda _p, _t, text, _y, _n: asked.append(text) or False)
    before = svc.state.last_seq
    table = find(meeting.window, QTableView, "agendaTable")
    table.setCurrentIndex(table.model().index(row_of(meeting, "s305"), 0))
    focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert len(asked) == 1 and "har ordet" in asked[0]
    assert svc.state.last_seq == before and svc.state.speech is not None and svc.state.current_item == "s304"


def test_ctrl_m_sets_the_meeting_ctrl_t_takes_up_ctrl_d_closes_the_debate(console, qtbot):
    w = console.window
    svc = console.service
    all_present(console)
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert svc.state.phase is Phase.OPEN
    w.docks["agendaPane"].raise_()
    table = find(w, QTableView, "agendaTable")
    table.setCurrentIndex(table.model().index(row_of(console, "s304"), 0))
    qtbot.keyClick(w, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert svc.state.current_item == "s304"
    qtbot.keyClick(w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert svc.state.status("s304") == "voting"


def test_the_keys_are_shown_on_the_buttons(meeting):
    w = meeting.window
    for name, key in (("openItemButton", "Ctrl+T"), ("closeDebateButton", "Ctrl+D"), ("nextSpeakerButton", "F8"),
                      ("pauseSpeechButton", "F7"), ("endSpeechButton", "F6"), ("recordVoteButton", "Enter"),
                      ("moveUpButton", "Alt+")):
        assert key in find(w, QPushButton, name).text(), name
    assert "Ctrl+M" in w.open_meeting_action.shortcut().toString()


def shortcuts(window) -> list[tuple[str, bool, object]]:
    """(key, window-wide, owner) for every action and shortcut of the window."""
    found = []
    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            found.append((seq.toString(QKeySequence.SequenceFormat.PortableText), True, action))
    for shortcut in window.findChildren(QShortcut):
        for seq in shortcut.keys():
            found.append((seq.toString(QKeySequence.SequenceFormat.PortableText),
                          shortcut.context() in WINDOW_WIDE, shortcut))
    return [f for f in found if f[0]]


def test_no_window_wide_key_clashes_with_another(console):
    found = shortcuts(console.window)
    for key, wide, owner in found:
        if wide:
            others = [o for k, _w, o in found if k == key and o is not owner]
            assert not others, f"{key} is used twice"


def test_the_readme_key_table_lists_every_key(console):
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| key | where | does |"):text.index("Where things live")]
    keys_column = "/".join(line.split("|")[1] for line in table.splitlines() if line.startswith("| ") and "---" not in line)
    listed = {k.strip() for k in re.split(r"/|·|,", keys_column)}
    for key, _wide, owner in shortcuts(console.window):
        if isinstance(owner, QAction) and owner.shortcuts() and key != owner.shortcuts()[0].toString(
                QKeySequence.SequenceFormat.PortableText):
            continue  # the platform's alternatives (Alt+Backspace for undo on X11) are not listed
        shown = key.replace("Up", "↑").replace("Down", "↓").replace("Return", "Enter")
        assert shown in listed, f"{shown} ({getattr(owner, 'objectName', lambda: '')()}) is not in the README's key table"
