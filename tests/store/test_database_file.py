"""Opening a database file: bad files are refused with a reason and left byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from chair_console.cli import main
from chair_console.store.database import DatabaseError, backup_copy, head_revision, inspect_file, open_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _corrupt_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    conn.commit()
    conn.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # keep the header, wreck the first page
    path.write_bytes(bytes(data))


def _newer(path: Path) -> None:
    db = open_database(path)
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda p: p.write_bytes(b"%PDF-1.7 not a database\n" * 40), "db.not_sqlite"),
        (lambda p: p.write_text("møtebok", encoding="utf-8"), "db.not_sqlite"),
        (_corrupt_sqlite, "db.damaged"),
        (_newer, "db.newer_version"),
    ],
)
def test_bad_files_are_refused_and_untouched(tmp_path: Path, make, code):
    path = tmp_path / "given.sqlite3"
    make(path)
    before = _digest(path)
    with pytest.raises(DatabaseError) as exc:
        open_database(path)
    assert exc.value.code == code
    assert _digest(path) == before


def test_foreign_sqlite_database_is_refused(tmp_path: Path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseError, match="db.foreign"):
        open_database(path)
    assert _digest(path) == before


def test_console_refuses_bad_db_with_a_message_and_nonzero_exit(tmp_path: Path, capsys, qapp):
    path = tmp_path / "agenda.docx"
    path.write_bytes(b"PK\x03\x04 word document" * 50)
    before = _digest(path)
    code = main(["--db", str(path), "--quit-after", "100"])
    assert code != 0
    err = capsys.readouterr().err
    assert "ikke en database for Chair Console" in err and "Traceback" not in err
    assert _digest(path) == before


def test_directory_is_refused(tmp_path: Path):
    with pytest.raises(DatabaseError, match="db.not_a_file"):
        open_database(tmp_path)


def test_new_file_is_created_at_the_newest_schema(db_path: Path):
    db = open_database(db_path)
    db.close()
    assert inspect_file(db_path) == head_revision() != ""
    assert db.backup is None  # nothing to back up


def test_backup_copy_is_a_complete_database(demo_db, tmp_path: Path):
    db, _ = demo_db
    copy = backup_copy(db.path, "0001")
    assert copy.exists() and copy.name.startswith(db.path.name + ".before-0001-")
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("SELECT count(*) FROM meeting_event").fetchone()[0] == 1
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
