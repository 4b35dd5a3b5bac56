"""Start-up (issue 17): the application's first frame builds only the panes of the meeting's phase that are in
front (a pane behind a tab has only its tab's title, and is built when its tab is raised); the others are built right
after it is painted, or at once when one is asked for. Afterwards the window is the same as one built
whole (what the other GUI tests use: build_console's default)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from meeting_script import to_voting
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QWidget
from widgets import find

from chair_console.app import build_console
from chair_console.clock import SystemClock
from chair_console.paths import app_paths
from chair_console.procedure.cockpit import cockpit_phase
from chair_console.services.meeting_service import MeetingService
from chair_console.ui import phase_layout
from chair_console.ui.accessibility import unnamed
from chair_console.ui.main_window import PANE_NAMES

TITLES = {"rollCallPane": "Navneopprop", "agendaPane": "Saksliste", "seatChartPane": "Salkart",
          "speakersPane": "Taleliste", "countdownPane": "Taletid", "votesPane": "Votering",
          "questionHourPane": "Spørretime"}


@pytest.fixture
def start(qtbot, demo_db, settings, translations):
    """Builds the console as the application does (lazy panes) or as the tests do (all at once)."""
    built = []

    def build(lazy: bool = True):
        db, meeting_id = demo_db
        c = build_console(db, meeting_id, SystemClock(), app_paths(), translations, settings, "chair",
                          interactive=False, lazy_panes=lazy)
        qtbot.addWidget(c.window)
        built.append(c)
        return c

    yield build
    for c in built:
        c.reporter.uninstall()


def _phase_panes(console) -> set[str]:
    return set(phase_layout.front_panes("chair", cockpit_phase(console.controller.state)))


def _all_built(window) -> bool:
    return set(window.panes.built) == set(PANE_NAMES)


def test_first_frame_has_only_the_roll_call_phase_panes_then_all_after_it_is_painted(start, qtbot):
    c = start()
    w = c.window
    assert set(w.panes.built) == _phase_panes(c) == {"rollCallPane", "seatChartPane"}
    assert w.findChild(QWidget, "votesPane") is None  # not yet built
    assert w.docks["agendaPane"].windowTitle() == TITLES["agendaPane"]  # behind the roll call: its tab's title
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: _all_built(w))  # built right after the first frame, without being asked
    for name in PANE_NAMES:
        pane = find(w, QWidget, name)
        dock = find(w, QDockWidget, name + "Dock")
        assert dock.widget().widget() is pane
        assert dock.windowTitle() == TITLES[name]
    assert unnamed(w) == []  # every interactive widget of the panes built later is named too


def test_a_pane_asked_for_before_it_is_built_is_built_at_once(start):
    w = start().window
    assert "votesPane" not in w.panes.built
    votes = w.panes["votesPane"]
    assert w.panes.built["votesPane"] is votes and find(w, QWidget, "votesPane") is votes
    assert find(w, QDockWidget, "votesPaneDock").widget().widget() is votes
    assert w.panes.get("nosuchPane") is None
    with pytest.raises(KeyError):
        w.panes["nosuchPane"]


def test_the_same_window_as_one_built_whole(start, qtbot):
    lazy, whole = start(lazy=True).window, start(lazy=False).window
    assert set(whole.panes.built) == set(PANE_NAMES)  # the tests' default: every pane at once
    for w in (lazy, whole):
        w.show()
        qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: _all_built(lazy))
    for name in PANE_NAMES:
        assert lazy.docks[name].isVisible() == whole.docks[name].isVisible(), name
        assert lazy.docks[name].windowTitle() == whole.docks[name].windowTitle()
    for view in ("statusMeeting", "statusAttendance"):
        assert find(lazy, QWidget, view).text() == find(whole, QWidget, view).text()
    assert list(lazy.panes) == list(whole.panes) == list(PANE_NAMES)


def test_a_meeting_reopened_in_voting_builds_the_voting_panes_first(start, demo_db):
    db, meeting_id = demo_db
    to_voting(MeetingService(db.event_log(meeting_id), SystemClock()))
    c = start()
    assert set(c.window.panes.built) == _phase_panes(c)
    assert "votesPane" in c.window.panes.built and "countdownPane" not in c.window.panes.built
    assert c.window.docks["votesPane"].isVisibleTo(c.window)


def test_a_new_phase_before_the_rest_is_built_builds_its_panes_before_showing_them(start, qtbot):
    c = start()
    w = c.window
    assert c.controller.verify_log()
    assert "votesPane" not in w.panes.built
    to_voting(c.service)  # the window is not shown yet: nothing has built the other panes
    votes = w.panes.built.get("votesPane")
    assert votes is not None and w.docks["votesPane"].widget().widget() is votes
    assert w.docks["votesPane"].isVisibleTo(w)


def test_panes_package_gives_each_pane_class_by_name():
    from chair_console.ui import panes
    from chair_console.ui.panes import VotesPane
    from chair_console.ui.panes.votes import VotesPane as direct

    assert VotesPane is direct and VotesPane.OBJECT_NAME == "votesPane"
    with pytest.raises(AttributeError):
        panes.NoSuchPane  # noqa: B018


def test_the_hall_display_is_built_on_first_use_in_its_own_language(start, settings, qtbot):
    settings.setValue("hall/language", "en")  # chosen at an earlier start
    w = start().window
    assert w._hall is None  # not needed for the first frame
    assert w.findChild(QAction, "hallLanguage_en").isChecked()
    hall = w.hall  # built when asked for, in the language chosen for it
    assert w._hall is hall and hall.language == "en" and hall.windowTitle() == "Chair Console – hall display"
    w.findChild(QAction, "hallLanguage_nb").trigger()  # once built, the choice goes straight to it
    assert hall.language == "nb" and settings.value("hall/language") == "nb"


def test_the_hall_display_is_built_right_after_the_first_frame(start, qtbot):
    w = start().window
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w._hall is not None)
    assert find(w, QWidget, "hallDisplay") is w.hall and not w.hall.isVisible()


_SHOW_REPORTS_SQLALCHEMY = """
import sys
import chair_console.ui.main_window as mw
show = mw.MainWindow.show
def shown(self):
    show(self)
    print("sqlalchemy at show:", "sqlalchemy" in sys.modules, flush=True)
mw.MainWindow.show = shown
from chair_console.cli import main
sys.argv = ["chair-console", "--demo", "--quit-after", "0"]
main()
"""


def test_the_first_frame_is_shown_before_sqlalchemy_is_loaded(tmp_path):
    # README: start-up reads the meeting with sqlite3 and shows the window before SQLAlchemy loads (~250 ms)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHAIR_CONSOLE_HOME=str(tmp_path))
    env.pop("CHAIR_CONSOLE_QUIT_AFTER_MS", None)
    runs = [subprocess.run([sys.executable, "-c", _SHOW_REPORTS_SQLALCHEMY], env=env, capture_output=True, text=True,
                           timeout=120) for _ in range(2)]  # the first run makes the demo meeting (written with it)
    assert runs[1].returncode == 0, runs[1].stderr
    assert "sqlalchemy at show: False" in runs[1].stdout


def test_a_tab_title_without_its_pane_is_the_pane_classs_own_title():
    from chair_console.ui.main_window import pane_class, pane_title

    for name in PANE_NAMES:
        assert pane_title(name) == pane_class(name).title() == TITLES[name]


_SHOW_REPORTS_MODULES = """
import json, sys
import chair_console.ui.main_window as mw
show = mw.MainWindow.show
def shown(self):
    show(self)
    print("modules at show:", json.dumps(sorted(m for m in NAMES if m in sys.modules)), flush=True)
mw.MainWindow.show = shown
NAMES = %r
from chair_console.cli import main
sys.argv = ["chair-console", "--demo", "--quit-after", "0"]
main()
"""
# not needed for the first frame (issue 17): loaded later, when used
_NOT_AT_SHOW = ["logging.handlers", "uuid", "platformdirs", "chair_console.ui.panes.agenda",
                "chair_console.ui.hall_display", "chair_console.ui.overlay"]


def test_the_first_frame_is_shown_before_modules_it_does_not_need(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHAIR_CONSOLE_HOME=str(tmp_path))
    env.pop("CHAIR_CONSOLE_QUIT_AFTER_MS", None)
    code = _SHOW_REPORTS_MODULES % (_NOT_AT_SHOW,)
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
            for _ in range(2)]  # the first run makes the demo meeting
    assert runs[1].returncode == 0, runs[1].stderr
    assert "modules at show: []" in runs[1].stdout, runs[1].stdout


def test_calls_after_the_first_paint_share_one_event_filter_and_run_in_their_order(qtbot):
    """Issue 17: each event to the window before its first paint passes through Python once, whatever the calls."""
    from chair_console.ui.main_window import _AfterFirstPaint, after_first_paint

    w = QWidget()
    qtbot.addWidget(w)
    ran = []
    after_first_paint(w, lambda: ran.append("a"))
    after_first_paint(w, lambda: ran.append("b"))
    assert len(w.findChildren(_AfterFirstPaint)) == 1
    w.show()
    qtbot.waitUntil(lambda: ran == ["a", "b"])
    after_first_paint(w, lambda: ran.append("c"))  # asked for after that paint: right after the next one
    w.update()
    qtbot.waitUntil(lambda: ran == ["a", "b", "c"])


_SHOW_REPORTS_GC = """
import gc, sys
import chair_console.ui.main_window as mw
from PySide6.QtCore import QTimer
show = mw.MainWindow.show
def shown(self):
    show(self)
    print("collecting at show:", gc.isenabled(), flush=True)
    report = lambda: print("collecting after the first frame:", gc.isenabled(), flush=True)
    mw.after_first_paint(self, lambda: QTimer.singleShot(0, report))
mw.MainWindow.show = shown
from chair_console.cli import main
sys.argv = ["chair-console", "--demo", "--quit-after", "0"]
code = main()
print("collecting after main:", gc.isenabled(), flush=True)
sys.exit(code)
"""


def test_garbage_is_not_collected_while_starting_and_is_again_right_after_the_first_frame(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHAIR_CONSOLE_HOME=str(tmp_path))
    env.pop("CHAIR_CONSOLE_QUIT_AFTER_MS", None)
    runs = [subprocess.run([sys.executable, "-c", _SHOW_REPORTS_GC], env=env, capture_output=True, text=True,
                           timeout=120) for _ in range(2)]  # the first run makes the demo meeting
    assert runs[1].returncode == 0, runs[1].stderr
    out = runs[1].stdout
    assert "collecting at show: False" in out, out
    assert "collecting after the first frame: True" in out, out
    assert "collecting after main: True" in out, out
