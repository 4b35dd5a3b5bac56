"""Tamper test: editing or deleting any stored event makes `verify` fail, naming the event.

The tests that take `recorded` run on a SQLite file and on a PostgreSQL database (tests/conftest.py `backend`):
the same chain, the same guards (SQLite triggers; plpgsql triggers with SQLSTATEs of their own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chair_console.cli import main
from chair_console.clock import SystemClock
from chair_console.procedure import events as ev
from chair_console.services.meeting_service import MeetingService
from chair_console.store.event_store import verify_file


@pytest.fixture
def recorded(backend_demo, backend):  # noqa: ANN001, ANN201
    db, meeting_id = backend_demo
    service = MeetingService(db.event_log(meeting_id), SystemClock())
    service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    service.record(ev.MEMBER_ABSENT, {"member": "a-02", "reason": "sykdom"})
    service.record(ev.MEETING_OPENED)
    service.record(ev.ITEM_OPENED, {"item": "s304"})
    service.record(ev.MEMBER_PRESENT, {"member": "v-01"})
    service.close()  # release the file
    db.close()
    return backend


def _tamper(b, *sql: str) -> None:  # noqa: ANN001
    # an attacker with the file (or the server's superuser) can get past our guards; the chain must still tell
    b.execute(*sql, bypass_guards=True)


def _verify(b) -> list:  # noqa: ANN001
    """verify_file on the backend's database, read-only."""
    if b.kind == "sqlite":
        return verify_file(b.target)
    from chair_console.store.postgres import open_postgres

    db = open_postgres(b.target, create=False, upgrade=False)
    try:
        return verify_file(db)
    finally:
        db.close()


def _db(b) -> str:  # noqa: ANN001
    return str(b.target)


def test_untouched_log_verifies(recorded, capsys):
    assert _verify(recorded) == []
    assert main(["verify", "--db", _db(recorded)]) == 0
    assert "OK" in capsys.readouterr().out


@pytest.mark.parametrize("seq", [1, 2, 3, 4, 5, 6])
def test_editing_any_event_fails_verify(recorded, seq: int, capsys):
    _tamper(recorded, f"UPDATE meeting_event SET payload = replace(payload, '\"', '\"') || ' ' WHERE seq = {seq}")
    problems = _verify(recorded)
    assert problems and problems[0].seq == seq and problems[0].code == "chain.hash_mismatch"
    assert main(["verify", "--db", _db(recorded)]) == 1
    assert f"hendelse {seq} " in capsys.readouterr().err


@pytest.mark.parametrize("column", ["actor", "kind", "wall_us", "boot"])
def test_editing_any_field_fails_verify(recorded, column: str):
    value = "12345" if column == "wall_us" else "'x'"
    _tamper(recorded, f"UPDATE meeting_event SET {column} = {value} WHERE seq = 3")
    problems = _verify(recorded)
    assert problems and problems[0].seq == 3


def test_rehashing_an_edited_event_breaks_the_next_link(recorded):
    # recompute the edited event's own hash: the following event still points at the old one
    _tamper(recorded, "UPDATE meeting_event SET hash = CASE WHEN substr(hash, 1, 1) = 'f' THEN '0' ELSE 'f' END || substr(hash, 2)"
        " WHERE seq = 2")
    problems = _verify(recorded)
    assert problems and problems[0].seq == 2


@pytest.mark.parametrize("seq", [1, 3, 6])
def test_deleting_any_event_fails_verify(recorded, seq: int, capsys):
    _tamper(recorded, f"DELETE FROM meeting_event WHERE seq = {seq}")
    problems = _verify(recorded)
    assert problems and problems[0].seq == seq
    assert main(["verify", "--db", _db(recorded)]) == 1
    assert f"hendelse {seq} " in capsys.readouterr().err


def test_verify_reports_in_english_too(recorded, capsys):
    _tamper(recorded, "DELETE FROM meeting_event WHERE seq = 6")
    assert main(["--lang", "en", "verify", "--db", _db(recorded)]) == 1
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
def test_what_the_chain_depends_on_is_guarded_in_the_database(recorded, statement: str):
    with pytest.raises(recorded.errors) as exc:
        recorded.execute(statement)
    if recorded.kind == "postgresql":  # told for what it is, by SQLSTATE (store/db_errors.py)
        from chair_console.store import db_errors

        expected = ("store.concurrent_writer" if "head" in statement or "INSERT" in statement
                    else "store.append_only")
        assert db_errors.classify(exc.value) == expected
    assert _verify(recorded) == []


@pytest.mark.postgres
@pytest.mark.parametrize("statement", ["TRUNCATE meeting_event", "TRUNCATE meeting CASCADE"])
def test_postgres_refuses_truncating_the_log(pg_url: str, statement: str):
    from chair_console.demo import ensure_demo_meeting
    from chair_console.store.database import open_database

    db = open_database(pg_url)
    ensure_demo_meeting(db, SystemClock().now())
    db.close()
    from store_backend import Backend

    b = Backend("postgresql", pg_url)
    with pytest.raises(b.errors):
        b.execute(statement)
    assert b.query("SELECT count(*) FROM meeting_event") == [(1,)]


def test_the_last_used_time_may_still_change(recorded):
    recorded.execute("UPDATE meeting SET last_used_wall_us = 1")
    assert _verify(recorded) == []


# -- the head moved back, or the chain rehashed: named for what it is ----------------------------------


def _hash_of(b, seq: int) -> str:  # noqa: ANN001
    return b.query("SELECT hash FROM meeting_event WHERE seq = ?", (seq,))[0][0]


def test_a_head_moved_back_is_not_called_deleted(recorded, capsys):
    _tamper(recorded, f"UPDATE meeting SET head_seq = 4, head_hash = '{_hash_of(recorded, 4)}'")
    problems = _verify(recorded)
    assert problems and problems[0].code == "chain.head_behind" and problems[0].seq == 5
    assert main(["verify", "--db", _db(recorded)]) == 1
    err = capsys.readouterr().err
    assert "flyttet tilbake" in err and "slettet" not in err


def _rehash_everything(b, edit_seq: int) -> None:  # noqa: ANN001
    """What an attacker with the file (or the server's superuser) and this source can do: edit one event and
    recompute the whole chain and the head. Nothing inside the database can tell; only a hash printed elsewhere
    can."""
    from chair_console.procedure.chain import GENESIS, event_hash

    uid = b.query("SELECT uid FROM meeting WHERE id = 1")[0][0]
    rows = b.query("SELECT id, seq, kind, payload, actor, wall_us, mono_ns, boot FROM meeting_event "
                   "WHERE meeting_id = 1 ORDER BY seq")
    prev = GENESIS
    for rid, seq, kind, payload, actor, wall, mono, boot in rows:
        if seq == edit_seq:
            payload = payload.replace("h-01", "h-02")
        digest = event_hash(meeting_uid=uid, seq=seq, kind=kind, payload_json=payload, actor=actor, wall_us=wall,
                            mono_ns=mono, boot=boot, prev_hash=prev)
        b.execute("UPDATE meeting_event SET payload = ?, prev_hash = ?, hash = ? WHERE id = ?",
                  params=(payload, prev, digest, rid), bypass_guards=True)
        prev = digest
    b.execute("UPDATE meeting SET head_hash = ? WHERE id = 1", params=(prev,), bypass_guards=True)


def test_a_rehashed_chain_is_caught_by_the_head_printed_in_the_minutes(recorded, tmp_path: Path, capsys):
    printed = _hash_of(recorded, 6)[:16]  # what the signed møtebok carries
    assert main(["verify", "--db", _db(recorded), "--head", printed]) == 0
    out = capsys.readouterr().out
    assert "hendelse 6 i møte 1" in out and "siste hendelse" in out
    _rehash_everything(recorded, edit_seq=2)
    assert _verify(recorded) == []  # the file alone cannot tell (the hash has no secret) …
    assert main(["verify", "--db", _db(recorded), "--head", printed]) == 1  # … the printed head can
    assert f"{printed} er ikke en hendelse i loggen" in capsys.readouterr().err


def test_verify_head_reports_what_came_after_a_printed_copy(backend_demo, backend, capsys):
    db, meeting_id = backend_demo
    service = MeetingService(db.event_log(meeting_id), SystemClock())
    service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    printed = service.head_hash[:16]
    service.record(ev.MEMBER_PRESENT, {"member": "h-02"})
    service.record(ev.MEMBER_PRESENT, {"member": "h-03"})
    service.close()
    assert main(["verify", "--db", _db(backend), "--head", printed]) == 0
    out = capsys.readouterr().out
    assert "hendelse 2 i møte 1" in out and "2 hendelser" in out and out.count("attendance.present") == 2
    assert main(["verify", "--db", _db(backend), "--head", "12345"]) == 2  # too short to name an event
    assert main(["verify", "--db", _db(backend), "--head", "0123456789abcdef"]) == 1


def test_verify_of_an_empty_file_exits_2_as_documented(tmp_path: Path, capsys):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert main(["verify", "--db", str(empty)]) == 2
    assert "tom" in capsys.readouterr().err


# -- no output from a log that fails verification ------------------------------------------------------


@pytest.mark.parametrize("command", [["minutes"], ["export", "--format", "json"], ["export", "--format", "csv"]])
def test_minutes_and_exports_refuse_a_tampered_log_with_verifys_words(recorded, tmp_path: Path, capsys,
                                                                     command: list[str]):
    _tamper(recorded, "UPDATE meeting_event SET payload = replace(payload, 'h-01', 'h-02') WHERE seq = 2")
    assert main(["verify", "--db", _db(recorded)]) == 1
    verify_said = capsys.readouterr().err.strip()
    out = tmp_path / "out.file"
    assert main([*command, "--db", _db(recorded), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert verify_said in err and "--unverified" in err
    assert not out.exists() and list(tmp_path.glob(".out.file*")) == []


def test_an_unverified_copy_is_marked_on_every_page(recorded, tmp_path: Path):
    from pypdf import PdfReader

    _tamper(recorded, "UPDATE meeting_event SET payload = replace(payload, 'h-01', 'h-02') WHERE seq = 2")
    pdf = tmp_path / "copy.pdf"
    assert main(["minutes", "--db", _db(recorded), "--out", str(pdf), "--unverified"]) == 0
    pages = [p.extract_text() for p in PdfReader(pdf).pages]
    assert pages and all("IKKE BESTO KONTROLLEN" in p for p in pages)
    js = tmp_path / "copy.json"
    assert main(["export", "--db", _db(recorded), "--format", "json", "--out", str(js), "--unverified"]) == 0
    import json

    assert json.loads(js.read_text(encoding="utf-8"))["meeting"]["verified"] is False


def test_every_output_names_the_logs_head(recorded, tmp_path: Path):
    import json

    from pypdf import PdfReader

    short = _hash_of(recorded, 6)[:16]
    pdf = tmp_path / "m.pdf"
    assert main(["minutes", "--db", _db(recorded), "--out", str(pdf)]) == 0
    pages = [p.extract_text() for p in PdfReader(pdf).pages]
    assert all(f"Logg {short}" in p for p in pages) and all("IKKE BESTO" not in p for p in pages)
    assert main(["export", "--db", _db(recorded), "--format", "json", "--out", str(tmp_path / "x.json")]) == 0
    meta = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))["meeting"]
    assert meta["head_short"] == short and meta["verified"] is True
    assert main(["export", "--db", _db(recorded), "--format", "csv", "--out", str(tmp_path / "x.csv")]) == 0
    last = (tmp_path / "x.csv").read_text(encoding="utf-8-sig").strip().splitlines()[-1]
    assert last.startswith("log;") and last.endswith(short)


def test_no_action_is_recorded_on_a_tampered_log(recorded, capsys):
    _tamper(recorded, "UPDATE meeting_event SET payload = replace(payload, 'h-01', 'h-02') WHERE seq = 2")
    before = recorded.query("SELECT count(*) FROM meeting_event")
    assert main(["import", "agenda", "--db", _db(recorded), "resources/examples/saksliste.csv"]) == 1
    assert "første feil er hendelse 2" in capsys.readouterr().err
    assert recorded.query("SELECT count(*) FROM meeting_event") == before


def test_a_log_edited_so_that_it_no_longer_replays_is_refused_at_start_with_verifys_words(recorded, capsys):
    # h-01 marked present twice: the edited log cannot even be folded into a state
    _tamper(recorded, "UPDATE meeting_event SET payload = '{\"member\":\"v-01\"}' WHERE seq = 2")
    assert main(["--db", _db(recorded), "--quit-after", "100"]) == 1
    err = capsys.readouterr().err
    assert "første feil er hendelse 2 i møte 1" in err and "kan ikke vises" in err and "uventet" not in err
