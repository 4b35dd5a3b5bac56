"""View settings (issue 17): font size on Ctrl+Plus / Ctrl+Minus / Ctrl+0 and a high-contrast theme, both
remembered; the first start maximised; a meeting opened again shows its current phase; the hall display's
language chosen on its own (Bokmål by default, whatever the operator reads)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from widgets import find

from chair_console.app import build_console
from chair_console.clock import SystemClock
from chair_console.paths import app_paths
from chair_console.procedure import events as ev


@pytest.fixture
def reopen(qtbot, demo_db, settings, translations):
    """Opens the meeting again in a new window, with the same settings file (as the next start would)."""
    built = []

    def again():
        db, meeting_id = demo_db
        c = build_console(db, meeting_id, SystemClock(), app_paths(), translations, settings, "chair",
                          interactive=False)
        qtbot.addWidget(c.window)
        c.window.show()
        qtbot.waitExposed(c.window)
        built.append(c)
        return c

    yield again
    for c in built:
        c.reporter.uninstall()


def _raised(console, pane: str) -> bool:
    QApplication.processEvents()
    return not console.window.docks[pane].visibleRegion().isEmpty()


def test_font_size_keys_grow_shrink_reset_and_are_remembered(console, qtbot, settings, reopen):
    window = console.window
    base = window.font().pointSizeF()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.font().pointSizeF() == base + 2
    label = find(window, QLabel, "rollCallSummary")
    assert label.font().pointSizeF() == base + 2  # the whole window follows
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.font().pointSizeF() == base + 1
    window.save_layout()
    again = reopen()
    assert again.window.font().pointSizeF() == base + 1
    again.window.findChild(QAction, "zoomResetAction").trigger()
    assert again.window.font().pointSizeF() == base
    assert settings.value("view/fontPoints") is None


def test_high_contrast_theme_is_toggled_from_the_view_menu_and_remembered(console, reopen):
    window = console.window
    action = window.findChild(QAction, "highContrastAction")
    assert action in window.view_menu.actions() and not action.isChecked()
    action.trigger()
    assert window.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert window.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    # status colours keep their own strong colours (the closed-meeting flag, the hold banner)
    assert "#7f1d1d" in window.status_closed.styleSheet()
    again = reopen()
    assert again.window.findChild(QAction, "highContrastAction").isChecked()
    assert again.window.palette().color(QPalette.ColorRole.Base).name() == "#000000"
    again.window.findChild(QAction, "highContrastAction").trigger()
    assert again.window.palette().color(QPalette.ColorRole.Window).name() != "#000000"


def test_first_start_is_maximised_and_a_saved_geometry_is_kept(console, reopen):
    assert console.window.windowState() & Qt.WindowState.WindowMaximized
    console.window.showNormal()
    console.window.resize(900, 600)
    console.window.save_layout()
    again = reopen()
    assert not again.window.windowState() & Qt.WindowState.WindowMaximized


def test_reopening_a_meeting_shows_its_current_phase(console, reopen):
    svc = console.service
    assert _raised(console, "rollCallPane")  # not yet set: the roll call
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    assert _raised(reopen(), "agendaPane")
    svc.record(ev.ITEM_OPENED, {"item": "sporretime"})
    assert _raised(reopen(), "questionHourPane")
    svc.record(ev.ITEM_OPENED, {"item": "s302"})
    assert _raised(reopen(), "speakersPane")
    svc.record(ev.DEBATE_CLOSED, {"item": "s302"})
    assert _raised(reopen(), "votesPane")


def test_the_hall_display_has_its_own_language(console, translations, settings, reopen):
    window, hall = console.window, console.window.hall
    assert window.findChild(QAction, "hallLanguage_nb").isChecked()
    assert translations.load("en")  # the operator reads English; the hall stays Norwegian
    QApplication.processEvents()
    hall.refresh()
    assert hall.windowTitle() == "Chair Console – salskjerm"
    window.findChild(QAction, "hallLanguage_en").trigger()  # View ▸ Salskjermens språk ▸ English
    assert hall.language == "en" and hall.windowTitle() == "Chair Console – hall display"
    assert settings.value("hall/language") == "en"
    assert translations.load("nb")  # the operator back in Bokmål: the hall keeps English
    QApplication.processEvents()
    hall.refresh()
    assert hall.windowTitle() == "Chair Console – hall display"
    again = reopen()
    assert again.window.hall.language == "en"
    assert again.window.findChild(QAction, "hallLanguage_en").isChecked()
