"""Faults told in the right words: a read-only disk is read-only (never «damaged»), a full disk is full,
and each has its documented exit code. Nothing is changed by a failed write."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from chair_console.cli import main
from chair_console.clock import SystemClock
from chair_console.demo import ensure_demo_meeting
from chair_console.procedure import events as ev
from chair_console.services.meeting_service import MeetingService
from chair_console.store import reader
from chair_console.store.database import DatabaseError, open_database
from chair_console.store.event_store import EventStore, StoreError, verify_file


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def read_only_db(disks, demo_db) -> Path:
    """A healthy demo database on a disk that was then made read-only."""
    db, meeting_id = demo_db
    service = MeetingService(EventStore(db, meeting_id), SystemClock())
    service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    service.close()
    db.close()
    disk = disks.mount("8m")
    target = disk / "bystyret.sqlite3"
    shutil.copy(db.path, target)
    disks.read_only(disk)
    return target


def test_read_only_disk_opens_read_only_and_is_not_called_damaged(read_only_db: Path):
    before = _digest(read_only_db)
    db = open_database(read_only_db)
    try:
        assert db.read_only
        meeting = reader.last_used_meeting(db.path)
        service = MeetingService(EventStore(db, meeting), SystemClock())
        assert service.state.last_seq == 2  # the meeting is there to be shown
        with pytest.raises(StoreError) as exc:
            service.record(ev.MEMBER_PRESENT, {"member": "h-02"})
        assert exc.value.code == "db.read_only"
    finally:
        db.close()
    assert verify_file(read_only_db) == [] and _digest(read_only_db) == before


def test_read_only_disk_view_minutes_export_verify_work_and_actions_say_read_only(read_only_db: Path, tmp_path, capsys):
    assert main(["verify", "--db", str(read_only_db)]) == 0
    assert main(["minutes", "--db", str(read_only_db), "--out", str(tmp_path / "m.pdf")]) == 0
    assert main(["export", "--db", str(read_only_db), "--format", "json", "--out", str(tmp_path / "x.json")]) == 0
    capsys.readouterr()
    code = main(["new-meeting", "--db", str(read_only_db), "--date", "2027-01-20", "--place", "Rådhuset"])
    err = capsys.readouterr().err
    assert code == 3 and "skrivebeskyttet" in err and "sikkerhetskopi" not in err and "Traceback" not in err
    code = main(["simulate", "--db", str(read_only_db), "--stop-after", "3"])
    err = capsys.readouterr().err
    assert code == 3 and "skrivebeskyttet" in err and "uventet" not in err


def test_a_new_database_on_a_read_only_folder_is_refused_with_the_reason(disks, capsys):
    disk = disks.mount("1m")
    disks.read_only(disk)
    with pytest.raises(DatabaseError) as exc:
        open_database(disk / "new.sqlite3")
    assert exc.value.code == "db.cannot_create"
    assert main(["import", "council", "--db", str(disk / "new.sqlite3"), "resources/examples/bystyre.csv"]) == 3


def test_full_disk_at_creation_says_full_and_leaves_no_half_made_file(disks, capsys):
    disk = disks.mount("40k")
    with pytest.raises(DatabaseError) as exc:
        open_database(disk / "new.sqlite3")
    assert exc.value.code == "db.disk_full"
    assert list(disk.iterdir()) == []
    code = main(["--demo", "--db", str(disk / "demo.sqlite3"), "--quit-after", "100"])
    err = capsys.readouterr().err
    assert code == 3 and "Disken er full" in err and "sqlalche.me" not in err and "Traceback" not in err


def test_full_disk_when_the_demo_meeting_is_created_says_full_and_changes_nothing(disks, capsys):
    disk = disks.mount("160k")
    path = disk / "demo.sqlite3"
    open_database(path).close()
    before = [r for r in sqlite3.connect(path).execute("SELECT count(*) FROM meeting")]
    with pytest.raises(DatabaseError) as exc:
        db = open_database(path)
        try:
            ensure_demo_meeting(db, SystemClock().now())
        finally:
            db.close()
    assert exc.value.code == "db.disk_full"
    assert [r for r in sqlite3.connect(path).execute("SELECT count(*) FROM meeting")] == before
    code = main(["--demo", "--db", str(path), "--quit-after", "100"])
    err = capsys.readouterr().err
    assert code == 3 and "Disken er full" in err and "Traceback" not in err


def test_a_settings_folder_that_cannot_be_made_does_not_break_version_or_help(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CHAIR_CONSOLE_HOME", str(blocker / "home"))
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
