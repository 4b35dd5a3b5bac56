"""The first frame first, then the checks: the window opens on the file's header, its schema and the opened
meeting's rows; the meeting's hash chain and SQLite's whole-file check run right after the first frame, and
nothing can be recorded until both pass. A log or a file that fails stays held, and nothing is written."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from chair_console.app import build_console
from chair_console.cli import main
from chair_console.clock import SystemClock
from chair_console.paths import app_paths
from chair_console.procedure import events as ev
from chair_console.store import reader
from chair_console.store.database import DatabaseError, open_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damage_a_table_the_start_does_not_read(path: Path) -> None:
    """Wreck the committee table's root page: start-up never reads it, SQLite's quick check does."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'committee'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(b"\xff" * size)


def _tamper(path: Path) -> None:
    """An event's content changed behind the console's back (the triggers dropped first)."""
    conn = sqlite3.connect(path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("UPDATE meeting_event SET actor = 'chair' WHERE seq = 1")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _last_used_and_events(path: Path) -> tuple:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT last_used_wall_us FROM meeting").fetchall(),
                conn.execute("SELECT count(*) FROM meeting_event").fetchone()[0])
    finally:
        conn.close()


def test_a_damaged_file_opens_on_its_meeting_and_is_held_once_the_file_check_runs(demo_db, settings, translations,
                                                                                    qtbot):
    db, meeting_id = demo_db
    db.close()
    _damage_a_table_the_start_does_not_read(db.path)
    before = _digest(db.path)
    with pytest.raises(DatabaseError) as exc:  # the command line still checks the whole file first
        open_database(db.path)
    assert exc.value.code == "db.damaged"

    opened = open_database(db.path, quick_check=False)  # the window's start: header, schema, the meeting
    console = build_console(opened, meeting_id, SystemClock(), app_paths(), translations, settings,
                            interactive=False)
    qtbot.addWidget(console.window)
    console.window.show()
    try:
        said: list[str] = []
        console.controller.refused.connect(said.append)
        assert console.controller.held_code == "log.verifying"  # the first frame shows, actions wait
        assert not console.controller.perform(ev.MEMBER_PRESENT, {"member": "h-01"}, lambda: "x")
        assert not console.controller.verify_log()  # the chain passes, the file does not
        w = console.window
        assert console.controller.held_code == "log.failed_gui"
        assert "integritetskontrollen" in w.hold_banner.text() and w.hold_banner.isVisibleTo(w)
        assert not console.controller.perform(ev.MEMBER_PRESENT, {"member": "h-01"}, lambda: "x")
        assert said and "besto ikke kontrollen" in said[-1]
        assert not console.controller.write_minutes(str(db.path.with_suffix(".pdf")), public=True)
    finally:
        console.close()
    assert _digest(db.path) == before


@pytest.mark.parametrize("harm", [_tamper, _damage_a_table_the_start_does_not_read])
def test_the_real_start_holds_a_tampered_log_or_damaged_file_and_writes_nothing(demo_db, qapp, capsys, harm):
    db, _ = demo_db
    db.close()
    harm(db.path)
    before = _last_used_and_events(db.path)
    assert main(["--db", str(db.path), "--quit-after", "400"]) == 0  # the window opened, then closed itself
    assert _last_used_and_events(db.path) == before  # not even «used last» (warm-up) is written while held
    log_text = app_paths().log_file.read_text(encoding="utf-8")
    assert "failed verification" in log_text
    capsys.readouterr()


def test_a_sound_start_is_released_after_the_checks_and_notes_the_meeting_as_used(demo_db, qapp, capsys):
    db, _ = demo_db
    db.close()
    before = _last_used_and_events(db.path)
    assert main(["--db", str(db.path), "--quit-after", "400"]) == 0
    assert _last_used_and_events(db.path)[0] != before[0]  # the checks passed: warm-up noted the meeting
    assert reader.last_used_meeting(db.path) is not None
    capsys.readouterr()
