"""Tamper test: editing or deleting any stored event makes `verify` fail, naming the event."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from chair_console.cli import main
from chair_console.procedure import events as ev
from chair_console.services.meeting_service import MeetingService
from chair_console.store.event_store import verify_file


@pytest.fixture
def recorded(service: MeetingService, db_path: Path) -> Path:
    service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    service.record(ev.MEMBER_ABSENT, {"member": "a-02", "reason": "sykdom"})
    service.record(ev.MEETING_OPENED)
    service.record(ev.ITEM_OPENED, {"item": "s304"})
    service.record(ev.MEMBER_PRESENT, {"member": "v-01"})
    service.close()  # release the file
    return db_path


def _tamper(path: Path, *sql: str) -> None:
    conn = sqlite3.connect(path)
    try:
        # an attacker with the file can drop our guards; the chain must still tell
        conn.execute("DROP TRIGGER meeting_event_no_update")
        conn.execute("DROP TRIGGER meeting_event_no_delete")
        for statement in sql:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def test_untouched_log_verifies(recorded: Path, capsys):
    assert verify_file(recorded) == []
    assert main(["verify", "--db", str(recorded)]) == 0
    assert "OK" in capsys.readouterr().out


@pytest.mark.parametrize("seq", [1, 2, 3, 4, 5, 6])
def test_editing_any_event_fails_verify(recorded: Path, seq: int, capsys):
    _tamper(recorded, f"UPDATE meeting_event SET payload = replace(payload, '\"', '\"') || ' ' WHERE seq = {seq}")
    problems = verify_file(recorded)
    assert problems and problems[0].seq == seq and problems[0].code == "chain.hash_mismatch"
    assert main(["verify", "--db", str(recorded)]) == 1
    assert f"hendelse {seq} " in capsys.readouterr().err


@pytest.mark.parametrize("column", ["actor", "kind", "wall_us", "boot"])
def test_editing_any_field_fails_verify(recorded: Path, column: str):
    value = "12345" if column == "wall_us" else "'x'"
    _tamper(recorded, f"UPDATE meeting_event SET {column} = {value} WHERE seq = 3")
    problems = verify_file(recorded)
    assert problems and problems[0].seq == 3


def test_rehashing_an_edited_event_breaks_the_next_link(recorded: Path):
    # recompute the edited event's own hash: the following event still points at the old one
    _tamper(recorded, "UPDATE meeting_event SET hash = CASE WHEN substr(hash, 1, 1) = 'f' THEN '0' ELSE 'f' END || substr(hash, 2)"
        " WHERE seq = 2")
    problems = verify_file(recorded)
    assert problems and problems[0].seq == 2


@pytest.mark.parametrize("seq", [1, 3, 6])
def test_deleting_any_event_fails_verify(recorded: Path, seq: int, capsys):
    _tamper(recorded, f"DELETE FROM meeting_event WHERE seq = {seq}")
    problems = verify_file(recorded)
    assert problems and problems[0].seq == seq
    assert main(["verify", "--db", str(recorded)]) == 1
    assert f"hendelse {seq} " in capsys.readouterr().err


def test_verify_reports_in_english_too(recorded: Path, capsys):
    _tamper(recorded, "DELETE FROM meeting_event WHERE seq = 6")
    assert main(["--lang", "en", "verify", "--db", str(recorded)]) == 1
    assert "the first bad event is event 6" in capsys.readouterr().err


def test_verify_refuses_a_file_that_is_not_a_database(tmp_path: Path, capsys):
    bad = tmp_path / "notes.sqlite3"
    bad.write_bytes(b"hello, this is not a database" * 10)
    assert main(["verify", "--db", str(bad)]) == 2
    assert "ikke en database" in capsys.readouterr().err
    assert main(["verify", "--db", str(tmp_path / "missing.sqlite3")]) == 2
