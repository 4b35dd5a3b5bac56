"""`--role display` (issue 19): the hall display alone on a machine of its own, full screen, recording nothing,
following the meeting live — on a writing login, on SQLite (`--demo`), and on a login that may read only the
public view (migration 0004, store/public.py), where nothing of a closed item ever reaches it (R-3.7a). Every wait
is on a condition (qtbot.waitUntil), never a sleep or a timing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from public_view import CLOSED_SPEAKER, SECRETS, closed_meeting
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel
from widgets import run_station_alone

from chair_console.app import build_console
from chair_console.clock import SystemClock
from chair_console.paths import app_paths
from chair_console.procedure import events as ev
from chair_console.procedure.errors import CodedError
from chair_console.store.database import open_database
from chair_console.ui.live import follow

WAIT_MS = 30_000  # a limit for a condition, never a measurement


def _texts(widget) -> str:  # noqa: ANN001
    return "\n".join([widget.windowTitle(), *(lab.text() for lab in widget.findChildren(QLabel))])


def test_the_display_station_is_the_hall_display_alone_full_screen_and_records_nothing(qtbot, demo_db, settings,
                                                                                      translations):  # noqa: ANN001
    db, meeting_id = demo_db
    c = build_console(db, meeting_id, SystemClock(), app_paths(), translations, settings, "display",
                      interactive=False)
    qtbot.addWidget(c.window)
    hall = c.window.display_station()  # what --role display shows
    qtbot.addWidget(hall)
    try:
        hall.show()
        qtbot.waitExposed(hall)
        assert hall.card() == "idle" and hall.title.text() == ""  # nothing of the meeting before its check
        assert c.controller.verify_log()
        assert hall.title.text() == c.controller.state.info.title  # checked: the meeting shown
        assert hall.parent() is None and hall.windowState() & Qt.WindowState.WindowFullScreen
        assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [hall]  # not the main window
        assert c.controller.held_code == "station.display"
        with pytest.raises(CodedError):
            c.service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
        assert hall.card() == "idle"
    finally:
        hall.close()
        c.reporter.uninstall()


def test_role_display_opens_only_the_hall_display_and_writes_nothing(tmp_path: Path):
    image = run_station_alone(tmp_path, "display")
    assert QColor(image.pixel(2, image.height() - 3)).name() == "#000000"


def _station(qtbot, url: str, meeting_id: int, role: str, settings, translations):  # noqa: ANN001, ANN202
    """What `chair-console --db URL --role display|overlay` builds (app._run_gui)."""
    db = open_database(url, quick_check=False, public=True)
    c = build_console(db, meeting_id, SystemClock(), app_paths(), translations, settings, role, interactive=False)
    qtbot.addWidget(c.window)
    c.live = follow(c.controller, db)
    window = c.window.display_station() if role == "display" else c.window.overlay_station()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert c.controller.verify_log()  # no chain on the public view: taken as passed (services/verification.py)
    return c, window


@pytest.mark.postgres
def test_R_3_7a_display_and_overlay_on_the_public_login_follow_the_meeting_and_never_show_the_closed_item(
        qtbot, public_hall, settings, translations):  # noqa: ANN001
    meeting_id, writer, public_url = public_hall
    display, hall = _station(qtbot, public_url, meeting_id, "display", settings, translations)
    overlay_console, overlay = _station(qtbot, public_url, meeting_id, "overlay", settings, translations)
    try:
        assert display.db.public and display.copy is None
        qtbot.waitUntil(lambda: display.live.listening and overlay_console.live.listening, timeout=WAIT_MS)
        council = writer.state.council
        closed_name = council.name_of(CLOSED_SPEAKER)
        expected = {"open_speech": ("speech", False), "closed_taken_up": ("closed", True),
                    "closed_speech": ("closed", True), "closed_pause": ("closed", True),
                    "closed_voting": ("closed", True), "open_again": ("speech", False)}
        for step in closed_meeting(writer):
            seq = writer.state.last_seq
            qtbot.waitUntil(lambda: display.controller.state.last_seq == seq
                            and overlay_console.controller.state.last_seq == seq, timeout=WAIT_MS)
            hall.refresh()
            overlay.refresh()
            texts = _texts(hall) + _texts(overlay)
            for secret in SECRETS:
                assert secret not in texts, (step, secret)
            assert closed_name not in texts, step
            if step in expected:
                card, cut = expected[step]
                assert hall.card() == card, step
                assert overlay.shown.cut == cut, step
                if card == "speech":
                    name = council.name_of(writer.state.speech.entry.person)
                    assert name in _texts(hall) and overlay.shown.name == name
        assert display.controller.held_code == "station.display"
        assert overlay_console.controller.held_code == "station.overlay"
    finally:
        for c, w in ((display, hall), (overlay_console, overlay)):
            w.close()
            c.close()


@pytest.mark.postgres
def test_a_public_login_is_refused_for_the_chairs_station_and_runs_the_display(public_hall, capsys,
                                                                               tmp_path: Path):  # noqa: ANN001
    from chair_console.cli import main

    _meeting_id, _writer, public_url = public_hall
    assert main(["--db", public_url, "--role", "chair", "--quit-after", "200"]) == 3
    err = capsys.readouterr().err
    assert "kan bare lese den offentlige visningen" in err and "--role display" in err and "Traceback" not in err
    env = dict(os.environ, CHAIR_CONSOLE_HOME=str(tmp_path / "display-home"), QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-m", "chair_console", "--db", public_url, "--role", "display",
                          "--quit-after", "1500"], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
