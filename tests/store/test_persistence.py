"""Persistence: write, reopen, same state; refusals and failures write nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from chair_console.clock import SystemClock
from chair_console.demo import ensure_demo_meeting
from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.services.meeting_service import MeetingService
from chair_console.store.council_store import load_council
from chair_console.store.database import open_database
from chair_console.store.event_store import EventStore, StoreError
from chair_console.store import reader


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM meeting_event").fetchone()[0]
    finally:
        conn.close()


def test_round_trip_reopens_in_the_same_state(db_path: Path):
    clock = SystemClock()
    db = open_database(db_path)
    meeting_id = ensure_demo_meeting(db, clock.now())
    svc = MeetingService(EventStore(db, meeting_id), clock)
    svc.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    svc.record(ev.MEMBER_ABSENT, {"member": "a-01", "reason": "sykdom"})
    svc.record(ev.MEETING_OPENED)
    item = svc.record(ev.ITEM_OPENED, {"item": "s305"})
    svc.undo(item.seq)
    svc.redo(item.seq)
    before = svc.state
    db.close()

    db = open_database(db_path)
    assert reader.last_used_meeting(db.path) == meeting_id
    again = MeetingService(EventStore(db, meeting_id), clock)
    assert again.state == before
    assert again.log == svc.log
    db.close()


def test_demo_meeting_is_created_once(demo_db):
    db, meeting_id = demo_db
    assert ensure_demo_meeting(db, SystemClock().now()) == meeting_id
    council = load_council(db.engine, "2023-2027")
    assert council is not None and len(council.members) == 59


def test_each_event_records_who_and_when(service: MeetingService):
    service.actor = "secretary"
    e = service.record(ev.MEMBER_PRESENT, {"member": "h-05"})
    stored = EventStore(service._store._db, service.meeting_id).load()[-1]  # noqa: SLF001
    assert stored.actor == "secretary" and stored.at == e.at and stored.at.wall_us > 0


def test_refused_action_writes_nothing(service: MeetingService, db_path: Path):
    before = _count(db_path)
    with pytest.raises(RuleViolation):
        service.record(ev.ITEM_OPENED, {"item": "s304"})  # meeting not open
    assert _count(db_path) == before
    assert service.state.last_seq == before


def test_failed_write_changes_nothing_and_tells_no_listener(service: MeetingService, db_path: Path, monkeypatch):
    seen = []
    service.subscribe(lambda state, event: seen.append(event))
    before_state = service.state

    def broken(*_a, **_k):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("chair_console.store.writer.write_event", broken)
    with pytest.raises(StoreError) as exc:
        service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    assert exc.value.code == "store.write_failed"
    assert service.state is before_state and seen == []
    monkeypatch.undo()
    service.record(ev.MEMBER_PRESENT, {"member": "h-01"})  # and writing resumes where it was
    assert seen and seen[0].seq == before_state.last_seq + 1


def test_listeners_hear_only_committed_events(service: MeetingService, db_path: Path):
    counts = []
    service.subscribe(lambda state, event: counts.append(_count(db_path)))
    e = service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    assert counts == [e.seq]  # already in the file when the listener ran


def test_log_is_append_only_in_the_database(service: MeetingService, db_path: Path):
    conn = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("UPDATE meeting_event SET actor = 'x'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM meeting_event")
    finally:
        conn.close()


def test_pragmas_are_wal_full_and_foreign_keys(demo_db):
    db, _ = demo_db
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_new_meeting_is_recorded_under_the_current_rules(service: MeetingService):
    from chair_console.procedure.state import RULES_VERSION

    assert service.state.rules == RULES_VERSION
