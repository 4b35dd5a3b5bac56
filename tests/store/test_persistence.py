"""Persistence: write, reopen, same state; refusals and failures write nothing.

Tests that take `backend` run on a SQLite file and on a PostgreSQL database (tests/conftest.py)."""

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
from chair_console.store.event_store import StoreError
from chair_console.store import reader


def _count(b) -> int:  # noqa: ANN001
    return b.query("SELECT count(*) FROM meeting_event")[0][0]


@pytest.fixture
def any_service(backend_demo) -> MeetingService:  # noqa: ANN001
    db, meeting_id = backend_demo
    svc = MeetingService(db.event_log(meeting_id), SystemClock())
    yield svc
    svc.close()


def test_round_trip_reopens_in_the_same_state(backend):  # noqa: ANN001
    clock = SystemClock()
    db = backend.open()
    meeting_id = ensure_demo_meeting(db, clock.now())
    svc = MeetingService(db.event_log(meeting_id), clock)
    svc.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    svc.record(ev.MEMBER_ABSENT, {"member": "a-01", "reason": "sykdom"})
    svc.record(ev.MEETING_OPENED)
    item = svc.record(ev.ITEM_OPENED, {"item": "s305"})
    svc.undo(item.seq)
    svc.redo(item.seq)
    before = svc.state
    svc.close()
    db.close()

    db = backend.open()
    assert reader.last_used_meeting(db) == meeting_id
    log = db.event_log(meeting_id)
    again = MeetingService(log, clock)
    assert again.state == before
    assert again.log == svc.log
    assert log.head().seq == before.last_seq and log.verify() == [] and db.verify() == []
    assert [e.seq for e in log.load(since=4)] == list(range(5, before.last_seq + 1))  # since a sequence number
    assert [m.id for m in db.meetings()] == [meeting_id] and db.meetings()[0].head == log.head()
    db.close()


def test_demo_meeting_is_created_once(demo_db):
    db, meeting_id = demo_db
    assert ensure_demo_meeting(db, SystemClock().now()) == meeting_id
    council = load_council(db.engine, "2023-2027")
    assert council is not None and len(council.members) == 59


def test_each_event_records_who_and_when(any_service: MeetingService):
    service = any_service
    service.actor = "secretary"
    e = service.record(ev.MEMBER_PRESENT, {"member": "h-05"})
    stored = service._store._db.event_log(service.meeting_id).load()[-1]  # noqa: SLF001
    assert stored.actor == "secretary" and stored.at == e.at and stored.at.wall_us > 0


def test_refused_action_writes_nothing(any_service: MeetingService, backend):  # noqa: ANN001
    before = _count(backend)
    with pytest.raises(RuleViolation):
        any_service.record(ev.ITEM_OPENED, {"item": "s304"})  # meeting not open
    assert _count(backend) == before
    assert any_service.state.last_seq == before


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


def test_listeners_hear_only_committed_events(any_service: MeetingService, backend):  # noqa: ANN001
    counts = []
    any_service.subscribe(lambda state, event: counts.append(_count(backend)))
    e = any_service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    assert counts == [e.seq]  # already in the database (seen from another connection) when the listener ran


def test_log_is_append_only_in_the_database(any_service: MeetingService, backend):  # noqa: ANN001
    with pytest.raises(backend.errors, match="append-only"):
        backend.execute("UPDATE meeting_event SET actor = 'x'")
    with pytest.raises(backend.errors, match="append-only"):
        backend.execute("DELETE FROM meeting_event")
    assert _count(backend) == 1


def test_a_second_writer_catches_up_before_it_writes(backend_demo):  # noqa: ANN001
    """Two consoles on one meeting: the log of the one that did not write is refused by the database when it
    appends on the old head (store.concurrent_writer, classified by error type / SQLSTATE; nothing written);
    its service catches up first (issue 19), so both events land, in one order, and the chain verifies."""
    from chair_console.procedure.events import Event

    db, meeting_id = backend_demo
    first = MeetingService(db.event_log(meeting_id), SystemClock())
    second_log = db.event_log(meeting_id)
    second = MeetingService(second_log, SystemClock())
    try:
        first.record(ev.MEMBER_PRESENT, {"member": "h-01"})
        with pytest.raises(StoreError) as exc:
            second_log.append(Event(2, ev.MEMBER_PRESENT, {"member": "h-02"}, "chair", SystemClock().now()))
        assert exc.value.code == "store.concurrent_writer"
        assert db.verify() == [] and [e.actor for e in second_log.load(since=1)] == ["chair"]
        assert second.state.last_seq == 1
        second.record(ev.MEMBER_PRESENT, {"member": "h-02"})
        assert [e.payload for e in second_log.load(since=1)] == [{"member": "h-01"}, {"member": "h-02"}]
        assert second.state.last_seq == 3 and second_log.head() == second_log.refresh_head()
        assert db.verify() == []
    finally:
        first.close()
        second.close()


def test_append_names_the_head_it_expects(backend_demo):  # noqa: ANN001
    from chair_console.procedure.events import Event
    from chair_console.store.port import EventLog, Head

    db, meeting_id = backend_demo
    log = db.event_log(meeting_id)
    assert isinstance(log, EventLog)
    start = log.head()
    at = SystemClock().now()
    digest = log.append(Event(2, ev.MEMBER_PRESENT, {"member": "h-01"}, "chair", at), expected=start)
    assert log.head() == Head(2, digest)
    stale = db.event_log(meeting_id)
    with pytest.raises(StoreError) as exc:  # another station still expecting the old head: refused
        stale.append(Event(2, ev.MEMBER_PRESENT, {"member": "h-02"}, "chair", at), expected=start)
    assert exc.value.code == "store.concurrent_writer"
    with pytest.raises(StoreError) as exc:
        log.append(Event(5, ev.MEMBER_PRESENT, {"member": "h-02"}, "chair", at))
    assert exc.value.code == "store.out_of_sequence"
    assert [e.seq for e in log.load()] == [1, 2] and db.verify() == []
    log.close()
    stale.close()


def test_pragmas_are_wal_full_and_foreign_keys(demo_db):
    db, _ = demo_db
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_new_meeting_is_recorded_under_the_current_rules(service: MeetingService):
    from chair_console.procedure.state import RULES_VERSION

    assert service.state.rules == RULES_VERSION
