"""GUI: the main window on the demo meeting, driven through real widgets found by objectName."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)
from widgets import find

from chair_console.app import build_console
from chair_console.clock import SystemClock
from chair_console.paths import app_paths
from chair_console.procedure import events as ev

PANES = {
    "rollCallPane": ("Navneopprop", "Roll call"),
    "agendaPane": ("Saksliste", "Agenda"),
    "speakersPane": ("Taleliste", "Speakers"),
    "countdownPane": ("Taletid", "Countdown"),
    "votesPane": ("Votering", "Votes"),
    "questionHourPane": ("Spørretime", "Question hour"),
}


def select_member(window: QWidget, name: str) -> None:
    table = find(window, QTableView, "rollCallTable")
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, 2).data() == name:
            table.selectRow(row)
            return
    raise AssertionError(name)


def test_six_panes_exist_in_docks_with_norwegian_titles(console):
    w = console.window
    for name, (nb, _en) in PANES.items():
        pane = find(w, QWidget, name)
        dock = find(w, QDockWidget, name + "Dock")
        assert dock.widget().widget() is pane  # inside the dock's scroll area
        assert dock.windowTitle() == nb


def test_status_bar_shows_meeting_59_members_quorum_db_and_saved(console):
    w = console.window
    meeting = find(w, QLabel, "statusMeeting").text()
    assert "2026-12-02" in meeting and "Bystyresalen" in meeting and "Ikke satt" in meeting
    attendance = find(w, QLabel, "statusAttendance").text()
    assert "0 av 59" in attendance and "ikke vedtaksført" in attendance
    assert str(console.db.path) in find(w, QLabel, "statusDatabase").text()
    assert find(w, QLabel, "statusSaved").text().startswith("Alt er lagret")


def test_R_3_3a_status_bar_turns_quorate_at_30_present(console, qtbot):
    for member in console.service.state.council.members[:30]:
        console.service.record(ev.MEMBER_PRESENT, {"member": member.id})
    text = find(console.window, QLabel, "statusAttendance").text()
    assert "30 av 59" in text and "· vedtaksført" in text
    console.window.docks["votesPane"].show()  # a hidden pane is brought up to date when it is shown (issue 17)
    assert find(console.window, QLabel, "votesQuorum").text() == "Vedtaksført"


def test_marking_present_by_button_is_saved_then_shown_and_undoable(console, qtbot):
    w = console.window
    select_member(w, "Kari Fiktivsen")
    qtbot.mouseClick(find(w, QPushButton, "markPresentButton"), Qt.MouseButton.LeftButton)
    assert console.service.state.attendance["h-01"].present
    assert "1 av 59" in find(w, QLabel, "statusAttendance").text()
    undo = w.undo_action
    assert undo.isEnabled() and undo.text() == "Angre Kari Fiktivsen til stede"
    assert undo in w.edit_menu.actions()

    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "h-01" not in console.service.state.attendance
    assert console.service.log[-1].kind == ev.UNDONE  # a correcting event, nothing deleted
    assert "0 av 59" in find(w, QLabel, "statusAttendance").text()

    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert console.service.state.attendance["h-01"].present
    assert console.service.log[-1].kind == ev.REDONE


def test_absence_with_reason_from_the_combo(console, qtbot):
    w = console.window
    select_member(w, "Ola Prøvedal")
    combo = find(w, QWidget, "absenceReasonCombo")
    combo.setCurrentIndex(combo.findData("omsorg"))
    qtbot.mouseClick(find(w, QPushButton, "markAbsentButton"), Qt.MouseButton.LeftButton)
    a = console.service.state.attendance["h-02"]
    assert not a.present and a.reason == "omsorg"


def test_out_of_order_action_gets_a_clear_message_and_changes_nothing(console, qtbot):
    w = console.window
    before = console.service.state.last_seq
    table = find(w, QTableView, "agendaTable")
    table.selectRow(4)
    qtbot.mouseClick(find(w, QPushButton, "openItemButton"), Qt.MouseButton.LeftButton)
    banner = find(w, QLabel, "messageBanner")
    assert banner.isVisible() and "Møtet er ikke satt" in banner.text()
    assert console.service.state.last_seq == before


def test_R_5_2a_opening_the_meeting_and_an_item_shows_the_chairs_script(console, qtbot):
    w = console.window
    console.service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    w.open_meeting_action.trigger()
    assert "Møtet er satt" in find(w, QLabel, "statusMeeting").text()
    table = find(w, QTableView, "agendaTable")
    table.selectRow(4)  # Sak 304/26, with dissent
    qtbot.mouseClick(find(w, QPushButton, "openItemButton"), Qt.MouseButton.LeftButton)
    assert console.service.state.current_item == "s304"
    assert find(w, QLabel, "currentItemTitle").text().startswith("Sak 304/26")
    script = find(w, QLabel, "chairScript").text()
    assert "dissens" in script and "Ønsker noen ordet?" in script  # R-5.2a
    assert "Sak 304/26" in find(w, QLabel, "speakersHeading").text()


def test_language_switch_to_english_changes_pane_titles_and_back(console, qtbot):
    w = console.window
    w.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: find(w, QDockWidget, "rollCallPaneDock").windowTitle() == "Roll call")
    for name, (_nb, en) in PANES.items():
        assert find(w, QDockWidget, name + "Dock").windowTitle() == en
    assert "of 59" in find(w, QLabel, "statusAttendance").text()
    assert w.menuBar().actions()[0].text() == "&File"
    assert w.settings.value("language") == "en"
    w.language_actions["nb"].trigger()
    qtbot.waitUntil(lambda: find(w, QDockWidget, "rollCallPaneDock").windowTitle() == "Navneopprop")


def test_undo_text_follows_the_language(console, qtbot):
    w = console.window
    select_member(w, "Kari Fiktivsen")
    qtbot.mouseClick(find(w, QPushButton, "markPresentButton"), Qt.MouseButton.LeftButton)
    w.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: w.undo_action.text() == "Undo Kari Fiktivsen present")


def test_layout_and_geometry_persist(qtbot, demo_db, settings, translations):
    db, meeting_id = demo_db
    first = build_console(db, meeting_id, SystemClock(), app_paths(), translations, settings, interactive=False)
    qtbot.addWidget(first.window)
    first.window.show()
    qtbot.waitExposed(first.window)
    first.window.docks["votesPane"].hide()
    first.window.resize(760, 580)  # the offscreen screen is 800 × 600
    size = first.window.size()
    first.window.close()
    first.reporter.uninstall()

    second = build_console(db, meeting_id, SystemClock(), app_paths(), translations, settings, interactive=False)
    qtbot.addWidget(second.window)
    second.window.show()
    qtbot.waitExposed(second.window)
    assert not second.window.docks["votesPane"].isVisible()
    assert second.window.docks["rollCallPane"].isVisible()
    # the offscreen screen (800 × 600) is smaller than the window's minimum height, which Qt clamps
    # differently on restore; the width and the stored geometry are what can be checked here
    assert second.window.width() == size.width()
    assert isinstance(settings.value("window/geometry"), QByteArray)
    second.reporter.uninstall()


def test_failed_write_is_shown_and_nothing_changes(console, qtbot, monkeypatch):
    import sqlite3

    def broken(*_a, **_k):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("chair_console.store.writer.write_event", broken)
    w = console.window
    select_member(w, "Kari Fiktivsen")
    qtbot.mouseClick(find(w, QPushButton, "markPresentButton"), Qt.MouseButton.LeftButton)
    assert "h-01" not in console.service.state.attendance
    assert "IKKE LAGRET" in find(w, QLabel, "statusSaved").text()
    assert "Kunne ikke lagre" in find(w, QLabel, "messageBanner").text()
    assert not w.undo_action.isEnabled()


def test_unexpected_error_dialog_says_where_the_log_is(console, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    console.reporter._show = True  # noqa: SLF001
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        console.reporter.handle(type(exc), exc, exc.__traceback__)
    assert shown and "ingenting er tapt" in shown[0] and str(app_paths().log_file) in shown[0]
    assert "Traceback" not in shown[0] and "boom" not in shown[0]


def test_minutes_saved_from_the_menu(console, monkeypatch, tmp_path):
    from chair_console.ui import dialogs

    target = tmp_path / "moetebok.pdf"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *a, **k: str(target))
    console.window.minutes_public_action.trigger()
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert "Møteboken er lagret" in find(console.window, QLabel, "messageBanner").text()
