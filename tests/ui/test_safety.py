"""Never mislead in the GUI: a log that fails its check, a read-only disk, a second console on the same
database. The meeting is shown; actions (and the hall display) wait for the log's check and are refused
with the reason when they may not be recorded."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from chair_console.app import _take_lock, build_console
from chair_console.clock import SystemClock
from chair_console.paths import app_paths
from chair_console.procedure import events as ev
from chair_console.store import reader
from chair_console.store.database import open_database


def _build(db, settings, translations, qtbot):
    console = build_console(db, reader.last_used_meeting(db.path), SystemClock(), app_paths(), translations, settings,
                            interactive=False)
    qtbot.addWidget(console.window)
    console.window.show()
    return console


def _refusals(console) -> list[str]:
    said: list[str] = []
    console.controller.refused.connect(said.append)
    return said


def test_actions_wait_for_the_logs_check(demo_db, settings, translations, qtbot):
    db, _ = demo_db
    console = _build(db, settings, translations, qtbot)
    said = _refusals(console)
    assert not console.controller.perform(ev.MEMBER_PRESENT, {"member": "h-01"}, lambda: "x")
    assert said and "kontrolleres" in said[0]
    assert "Kontrollerer" in console.window.status_mode.text()
    assert console.controller.verify_log()
    assert console.controller.perform(ev.MEMBER_PRESENT, {"member": "h-01"}, lambda: "x")
    assert not console.window.hold_banner.isVisibleTo(console.window)


def _adjourned_then_tampered(db_path: Path, service) -> None:
    service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    service.record(ev.MEETING_OPENED)
    service.record(ev.MEETING_ADJOURNED)
    service.close()
    conn = sqlite3.connect(db_path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    # the adjournment turned into a harmless event: the meeting would show as open
    conn.execute("UPDATE meeting_event SET kind = 'attendance.present', payload = '{\"member\":\"h-02\"}' "
                 "WHERE kind = 'meeting.adjourned'")
    conn.commit()
    conn.close()


def test_a_tampered_log_is_shown_as_failed_and_nothing_can_be_recorded(service, db_path, settings, translations,
                                                                       qtbot):
    _adjourned_then_tampered(db_path, service)
    db = open_database(db_path)
    console = _build(db, settings, translations, qtbot)
    try:
        said = _refusals(console)
        assert not console.controller.verify_log()
        w = console.window
        assert "første feil er hendelse 4" in w.hold_banner.text() and w.hold_banner.isVisibleTo(w)
        assert "LOGGEN BESTO IKKE" in w.status_mode.text()
        assert "Alt er lagret" not in w.status_saved.text()
        assert not console.controller.perform(ev.MEMBER_PRESENT, {"member": "h-03"}, lambda: "x")
        assert said and "besto ikke kontrollen" in said[-1]
        w.hall_action.setChecked(True)  # the hall display stays shut
        assert not w.hall.isVisible() and not w.hall_action.isChecked()
        assert not console.controller.write_minutes(str(Path(db_path).with_suffix(".pdf")), public=True)
        assert not Path(db_path).with_suffix(".pdf").exists()
    finally:
        console.close()


def test_the_hall_display_asked_for_at_start_opens_once_the_log_passes(demo_db, settings, translations, qtbot):
    db, _ = demo_db
    console = _build(db, settings, translations, qtbot)
    w = console.window
    w.hall_action.setChecked(True)  # as the remembered setting does, before the check has run
    assert not w.hall.isVisible()
    assert console.controller.verify_log()
    assert w.hall_action.isChecked() and w.hall.isVisible()
    w.hall_action.setChecked(False)


def test_a_second_console_on_the_same_database_is_view_only_and_says_so(demo_db, settings, translations, qtbot):
    db, _ = demo_db
    other = QLockFile(str(db.path) + ".lock")  # the first console, as it holds the database
    other.setStaleLockTime(0)
    assert other.tryLock(0)
    try:
        console = _build(db, settings, translations, qtbot)
        assert _take_lock(db, console) is None
        assert console.controller.verify_log()
        said = _refusals(console)
        assert not console.controller.perform(ev.MEMBER_PRESENT, {"member": "h-01"}, lambda: "x")
        assert said and "åpent i en annen Chair Console" in said[0]
        assert "ANNEN KONSOLL" in console.window.status_mode.text()
        assert console.window.hold_banner.isVisibleTo(console.window)
    finally:
        other.unlock()


def test_a_lock_left_by_a_console_that_died_is_taken_over(demo_db, settings, translations, qtbot, tmp_path):
    import subprocess
    import sys

    db, _ = demo_db
    lock_path = str(db.path) + ".lock"
    code = ("import sys; from PySide6.QtCore import QLockFile; l = QLockFile(sys.argv[1]); l.setStaleLockTime(0); "
            "assert l.tryLock(0); print('locked', flush=True); import os; os._exit(0)")  # exits without unlocking
    out = subprocess.run([sys.executable, "-c", code, lock_path], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "locked" and Path(lock_path).exists()
    console = _build(db, settings, translations, qtbot)
    lock = _take_lock(db, console)
    assert lock is not None and lock.isLocked()
    assert console.controller.verify_log()
    assert console.controller.perform(ev.MEMBER_PRESENT, {"member": "h-01"}, lambda: "x")
    lock.unlock()


def test_a_read_only_disk_shows_the_meeting_and_refuses_actions(disks, demo_db, settings, translations, qtbot):
    db, _ = demo_db
    db.close()
    disk = disks.mount("8m")
    target = disk / "bystyret.sqlite3"
    shutil.copy(db.path, target)
    disks.read_only(disk)
    ro = open_database(target)
    console = _build(ro, settings, translations, qtbot)
    try:
        assert _take_lock(ro, console) is None  # no lock file on a read-only disk: nothing can be written anyway
        assert console.controller.verify_log()
        said = _refusals(console)
        assert not console.controller.perform(ev.MEMBER_PRESENT, {"member": "h-02"}, lambda: "x")
        assert said and "skrivebeskyttet" in said[0]
        assert console.window.hold_banner.isVisibleTo(console.window)
        assert "SKRIVEBESKYTTET" in console.window.status_mode.text()
        pdf = Path(console.window.log_file).parent / "m.pdf"
        pdf.parent.mkdir(parents=True, exist_ok=True)
        assert console.controller.write_minutes(str(pdf), public=True)  # printing still works
    finally:
        console.close()
