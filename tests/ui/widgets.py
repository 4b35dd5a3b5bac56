"""Finding real widgets by objectName in GUI tests; a station's window on a meeting, as the app opens it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def open_console(qtbot, db, meeting_id: int, settings, translations, role: str = "chair"):  # noqa: ANN001, ANN201
    """The console built by the composition root on the meeting, for a station of `role` (chair, secretary), shown,
    with the log's check done as the app does right after the first frame (actions wait for it)."""
    from chair_console.app import build_console
    from chair_console.clock import SystemClock
    from chair_console.paths import app_paths

    c = build_console(db, meeting_id, SystemClock(), app_paths(), translations, settings, role, interactive=False)
    qtbot.addWidget(c.window)
    c.window.show()
    qtbot.waitExposed(c.window)
    assert c.controller.verify_log()
    return c


def find(window: QWidget, cls, name: str):
    widget = window.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


def shown_fraction(widget: QWidget, top: QWidget) -> float:
    """How much of `widget` its ancestors (a scroll area's viewport, a dock, the window) let show: 1.0 when it is
    whole on screen without scrolling (as ../shared/tools/ui_probe.py counts it)."""
    from PySide6.QtCore import QPoint, QRect

    rect = QRect(QPoint(0, 0), widget.size())
    node = widget
    while node is not top and node.parentWidget() is not None:
        parent = node.parentWidget()
        rect = rect.translated(node.pos()).intersected(parent.rect())
        node = parent
    area = max(widget.width() * widget.height(), 1)
    return max(rect.width(), 0) * max(rect.height(), 0) / area


def behind_a_tab(widget: QWidget, window: QWidget) -> bool:
    """In a dock tabbed behind another: Qt keeps it "visible" but moves it out of the window."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QDockWidget

    node = widget
    while node is not None and node is not window:
        if isinstance(node, QDockWidget):
            return not QRect(node.mapTo(window, QPoint(0, 0)), node.size()).intersects(window.rect())
        node = node.parentWidget()
    return False


def cut_off(window: QWidget) -> list[str]:
    """Every control shown in the window that is not fully visible without scrolling, as «Class:objectName»."""
    from PySide6.QtWidgets import (
        QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit,
    )

    interactive = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit,
                   QTextEdit)
    out = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, interactive) and widget.isVisible() and widget.window() is window \
                and not behind_a_tab(widget, window):
            if shown_fraction(widget, window) < 0.999:
                out.append(f"{type(widget).__name__}:{widget.objectName()}")
    return out


def run_station_alone(tmp_path, role: str):  # noqa: ANN001, ANN201 - a QImage
    """`chair-console --demo --role ROLE` as its own process, after a first start that made the demo meeting:
    asserts it exits cleanly and records nothing (not even the meeting noted as used); returns its screenshot."""
    import os
    import sqlite3
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    home = tmp_path / "home"
    env = dict(os.environ, CHAIR_CONSOLE_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    first = subprocess.run([sys.executable, "-m", "chair_console", "--demo", "--quit-after", "200"], env=env,
                           capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    db = home / "data" / "demo.sqlite3"

    def log_and_use() -> tuple:
        conn = sqlite3.connect(db)
        try:
            return (conn.execute("SELECT count(*), max(seq) FROM meeting_event").fetchone(),
                    conn.execute("SELECT last_used_wall_us, head_hash FROM meeting").fetchall())
        finally:
            conn.close()

    before = log_and_use()
    shot = tmp_path / f"{role}.png"
    run = subprocess.run([sys.executable, "-m", "chair_console", "--demo", "--role", role, "--quit-after", "1500",
                          "--screenshot", str(shot)], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert log_and_use() == before  # nothing recorded, not even the meeting noted as used
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 640
    return image


def seat_all(console, away: tuple[str, ...] = ()) -> None:  # noqa: ANN001
    """Every member present but `away` (absent, sykdom), then the meeting set."""
    from chair_console.procedure import events as ev

    svc = console.service
    for m in svc.state.council.members:
        if m.id in away:
            svc.record(ev.MEMBER_ABSENT, {"member": m.id, "reason": "sykdom"})
        else:
            svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)


def click(qtbot, w: QWidget, name: str) -> None:  # noqa: ANN001
    """Click the push button named `name`."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    qtbot.mouseClick(find(w, QPushButton, name), Qt.MouseButton.LeftButton)


def set_count(qtbot, w: QWidget, name: str, value: int) -> None:  # noqa: ANN001
    """Type `value` into the spin box named `name`, as a secretary would."""
    from PySide6.QtWidgets import QSpinBox

    box = find(w, QSpinBox, name)
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(value))
    assert box.value() == value


def count_election(qtbot, w: QWidget, second: str, eligible: int) -> None:  # noqa: ANN001
    """In the votes pane's election box (office and first candidate already filled): `second` as the other candidate,
    the first candidate elected with all but 10 of `eligible` votes (6 for the other, 4 blank), and recorded."""
    from PySide6.QtWidgets import QComboBox

    candidate = find(w, QComboBox, "electionCandidate1").lineEdit()
    candidate.setFocus()
    qtbot.keyClicks(candidate, second)
    set_count(qtbot, w, "electionVotes0", eligible - 10)
    set_count(qtbot, w, "electionVotes1", 6)
    set_count(qtbot, w, "electionBlank", 4)
    click(qtbot, w, "electionRecordButton")
