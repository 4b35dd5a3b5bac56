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
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
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


# -- the guards that stay in place (no trigger dropped) ----------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE meeting SET head_seq = 3",  # move the head back
        "UPDATE meeting SET head_seq = 7, head_hash = 'x'",  # move it onto nothing
        "UPDATE meeting SET uid = 'another'",  # part of every hash
        "UPDATE meeting SET origin = 'meeting'",
        "DELETE FROM meeting",
        "UPDATE meeting_event SET payload = '{}' WHERE seq = 2",
        "DELETE FROM meeting_event WHERE seq = 6",
        "INSERT INTO meeting_event (meeting_id, seq, kind, payload, actor, wall_us, mono_ns, boot, prev_hash, hash) "
        "VALUES (1, 7, 'x', '{}', 'chair', 1, 1, 'b', 'not the head', 'h')",
    ],
)
def test_what_the_chain_depends_on_is_guarded_in_the_database(recorded: Path, statement: str):
    conn = sqlite3.connect(recorded)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute(statement)
    finally:
        conn.close()
    assert verify_file(recorded) == []


def test_the_last_used_time_may_still_change(recorded: Path):
    conn = sqlite3.connect(recorded)
    conn.execute("UPDATE meeting SET last_used_wall_us = 1")
    conn.commit()
    conn.close()
    assert verify_file(recorded) == []


# -- the head moved back, or the chain rehashed: named for what it is ----------------------------------


def _hash_of(path: Path, seq: int) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT hash FROM meeting_event WHERE seq = ?", (seq,)).fetchone()[0]
    finally:
        conn.close()


def test_a_head_moved_back_is_not_called_deleted(recorded: Path, capsys):
    _tamper(recorded, f"UPDATE meeting SET head_seq = 4, head_hash = '{_hash_of(recorded, 4)}'")
    problems = verify_file(recorded)
    assert problems and problems[0].code == "chain.head_behind" and problems[0].seq == 5
    assert main(["verify", "--db", str(recorded)]) == 1
    err = capsys.readouterr().err
    assert "flyttet tilbake" in err and "slettet" not in err


def _rehash_everything(path: Path, edit_seq: int) -> None:
    """What an attacker with the file and this source can do: edit one event and recompute the whole
    chain and the head. Nothing inside the file can tell; only a hash printed elsewhere can."""
    from chair_console.procedure.chain import GENESIS, event_hash

    _tamper(path)
    conn = sqlite3.connect(path)
    try:
        uid = conn.execute("SELECT uid FROM meeting WHERE id = 1").fetchone()[0]
        rows = conn.execute("SELECT id, seq, kind, payload, actor, wall_us, mono_ns, boot FROM meeting_event "
                            "WHERE meeting_id = 1 ORDER BY seq").fetchall()
        prev = GENESIS
        for rid, seq, kind, payload, actor, wall, mono, boot in rows:
            if seq == edit_seq:
                payload = payload.replace("h-01", "h-02")
            digest = event_hash(meeting_uid=uid, seq=seq, kind=kind, payload_json=payload, actor=actor, wall_us=wall,
                                mono_ns=mono, boot=boot, prev_hash=prev)
            conn.execute("UPDATE meeting_event SET payload = ?, prev_hash = ?, hash = ? WHERE id = ?",
                         (payload, prev, digest, rid))
            prev = digest
        conn.execute("UPDATE meeting SET head_hash = ? WHERE id = 1", (prev,))
        conn.commit()
    finally:
        conn.close()


def test_a_rehashed_chain_is_caught_by_the_head_printed_in_the_minutes(recorded: Path, tmp_path: Path, capsys):
    printed = _hash_of(recorded, 6)[:16]  # what the signed møtebok carries
    assert main(["verify", "--db", str(recorded), "--head", printed]) == 0
    out = capsys.readouterr().out
    assert "hendelse 6 i møte 1" in out and "siste hendelse" in out
    _rehash_everything(recorded, edit_seq=2)
    assert verify_file(recorded) == []  # the file alone cannot tell (the hash has no secret) …
    assert main(["verify", "--db", str(recorded), "--head", printed]) == 1  # … the printed head can
    assert f"{printed} er ikke en hendelse i loggen" in capsys.readouterr().err


def test_verify_head_reports_what_came_after_a_printed_copy(service: MeetingService, db_path: Path, capsys):
    service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    printed = service.head_hash[:16]
    service.record(ev.MEMBER_PRESENT, {"member": "h-02"})
    service.record(ev.MEMBER_PRESENT, {"member": "h-03"})
    service.close()
    assert main(["verify", "--db", str(db_path), "--head", printed]) == 0
    out = capsys.readouterr().out
    assert "hendelse 2 i møte 1" in out and "2 hendelser" in out and out.count("attendance.present") == 2
    assert main(["verify", "--db", str(db_path), "--head", "12345"]) == 2  # too short to name an event
    assert main(["verify", "--db", str(db_path), "--head", "0123456789abcdef"]) == 1


def test_verify_of_an_empty_file_exits_2_as_documented(tmp_path: Path, capsys):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert main(["verify", "--db", str(empty)]) == 2
    assert "tom" in capsys.readouterr().err


# -- no output from a log that fails verification ------------------------------------------------------


@pytest.mark.parametrize("command", [["minutes"], ["export", "--format", "json"], ["export", "--format", "csv"]])
def test_minutes_and_exports_refuse_a_tampered_log_with_verifys_words(recorded: Path, tmp_path: Path, capsys,
                                                                     command: list[str]):
    _tamper(recorded, "UPDATE meeting_event SET payload = replace(payload, 'h-01', 'h-02') WHERE seq = 2")
    assert main(["verify", "--db", str(recorded)]) == 1
    verify_said = capsys.readouterr().err.strip()
    out = tmp_path / "out.file"
    assert main([*command, "--db", str(recorded), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert verify_said in err and "--unverified" in err
    assert not out.exists() and list(tmp_path.glob(".out.file*")) == []


def test_an_unverified_copy_is_marked_on_every_page(recorded: Path, tmp_path: Path):
    from pypdf import PdfReader

    _tamper(recorded, "UPDATE meeting_event SET payload = replace(payload, 'h-01', 'h-02') WHERE seq = 2")
    pdf = tmp_path / "copy.pdf"
    assert main(["minutes", "--db", str(recorded), "--out", str(pdf), "--unverified"]) == 0
    pages = [p.extract_text() for p in PdfReader(pdf).pages]
    assert pages and all("IKKE BESTO KONTROLLEN" in p for p in pages)
    js = tmp_path / "copy.json"
    assert main(["export", "--db", str(recorded), "--format", "json", "--out", str(js), "--unverified"]) == 0
    import json

    assert json.loads(js.read_text(encoding="utf-8"))["meeting"]["verified"] is False


def test_every_output_names_the_logs_head(recorded: Path, tmp_path: Path):
    import json

    from pypdf import PdfReader

    short = _hash_of(recorded, 6)[:16]
    pdf = tmp_path / "m.pdf"
    assert main(["minutes", "--db", str(recorded), "--out", str(pdf)]) == 0
    pages = [p.extract_text() for p in PdfReader(pdf).pages]
    assert all(f"Logg {short}" in p for p in pages) and all("IKKE BESTO" not in p for p in pages)
    assert main(["export", "--db", str(recorded), "--format", "json", "--out", str(tmp_path / "x.json")]) == 0
    meta = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))["meeting"]
    assert meta["head_short"] == short and meta["verified"] is True
    assert main(["export", "--db", str(recorded), "--format", "csv", "--out", str(tmp_path / "x.csv")]) == 0
    last = (tmp_path / "x.csv").read_text(encoding="utf-8-sig").strip().splitlines()[-1]
    assert last.startswith("log;") and last.endswith(short)


def test_no_action_is_recorded_on_a_tampered_log(recorded: Path, capsys):
    _tamper(recorded, "UPDATE meeting_event SET payload = replace(payload, 'h-01', 'h-02') WHERE seq = 2")
    conn = sqlite3.connect(recorded)
    before = conn.execute("SELECT count(*) FROM meeting_event").fetchone()[0]
    conn.close()
    assert main(["import", "agenda", "--db", str(recorded), "resources/examples/saksliste.csv"]) == 1
    assert "første feil er hendelse 2" in capsys.readouterr().err
    conn = sqlite3.connect(recorded)
    assert conn.execute("SELECT count(*) FROM meeting_event").fetchone()[0] == before
    conn.close()


def test_a_log_edited_so_that_it_no_longer_replays_is_refused_at_start_with_verifys_words(recorded: Path, capsys):
    # h-01 marked present twice: the edited log cannot even be folded into a state
    _tamper(recorded, "UPDATE meeting_event SET payload = '{\"member\":\"v-01\"}' WHERE seq = 2")
    assert main(["--db", str(recorded), "--quit-after", "100"]) == 1
    err = capsys.readouterr().err
    assert "første feil er hendelse 2 i møte 1" in err and "kan ikke vises" in err and "uventet" not in err
