"""Following the meeting live (issue 19, step 2): migration 0003's trigger notifies every committed event on
PostgreSQL and `PgListener` hears it; on SQLite the migration changes nothing and a file at 0002 opens as it is.

No test here asserts on elapsed time: each waits for a condition, with a generous limit."""

from __future__ import annotations

import os
import queue

import pytest
from store_backend import demo_meeting, own_cluster, pg_connect, station

from chair_console.clock import SystemClock
from chair_console.procedure import events as ev
from chair_console.procedure.events import Event
from chair_console.store.database import open_database
from chair_console.store.port import Head, StoreError
from chair_console.store.schema import SCHEMA_HEAD

WAIT_S = 30  # a limit for a condition, never a measurement


@pytest.fixture
def pg_demo(pg_url: str):  # noqa: ANN201
    db, meeting_id = demo_meeting(pg_url)
    yield db, meeting_id
    db.close()


@pytest.mark.postgres
def test_the_trigger_notifies_each_committed_event_and_nothing_refused(pg_demo, pg_url: str):  # noqa: ANN001
    from chair_console.store.postgres import NOTIFY_CHANNEL

    db, meeting_id = pg_demo
    with pg_connect(pg_url) as conn:
        conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
        service = station(db, meeting_id)
        service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
        got = [n.payload for n in conn.notifies(timeout=WAIT_S, stop_after=1)]
        assert got == [f"{meeting_id}:2"]
        stale = db.event_log(meeting_id)
        stale.follow(Head(1, "0" * 64))  # a station that expects an old head
        with pytest.raises(StoreError):
            stale.append(Event(2, ev.MEMBER_PRESENT, {"member": "h-02"}, "chair", SystemClock().now()))
        service.record(ev.MEMBER_PRESENT, {"member": "h-03"})
        got = [n.payload for n in conn.notifies(timeout=WAIT_S, stop_after=1)]
        assert got == [f"{meeting_id}:3"]  # the refused append said nothing: only what was committed
        service.close()
        stale.close()


@pytest.mark.postgres
def test_the_listener_hears_every_event_of_every_meeting(pg_demo, pg_url: str):  # noqa: ANN001
    from chair_console.store.postgres import PgListener

    db, meeting_id = pg_demo
    heard: queue.Queue = queue.Queue()
    listener = PgListener(pg_url, lambda m, s: heard.put((m, s))).start()
    try:
        assert heard.get(timeout=WAIT_S) == (None, None)  # connected: catch up on what came before LISTEN
        assert listener.listening.is_set()
        service = station(db, meeting_id)
        for member in ("h-01", "h-02"):
            service.record(ev.MEMBER_PRESENT, {"member": member})
        assert [heard.get(timeout=WAIT_S) for _ in range(2)] == [(meeting_id, 2), (meeting_id, 3)]
        service.close()
    finally:
        listener.stop()
    assert not listener.listening.is_set()


@pytest.mark.postgres
def test_the_listener_reconnects_after_the_server_restarts_and_asks_for_a_catch_up():
    from chair_console.store.postgres import PgListener

    with own_cluster() as cluster:
        url = cluster.new_database()
        db, meeting_id = demo_meeting(url)
        heard: queue.Queue = queue.Queue()
        states: queue.Queue = queue.Queue()
        listener = PgListener(url, lambda m, s: heard.put((m, s)), states.put).start()
        try:
            assert heard.get(timeout=WAIT_S) == (None, None) and states.get(timeout=WAIT_S) is True
            cluster.down("fast")
            assert states.get(timeout=WAIT_S) is False
            cluster.up()
            assert states.get(timeout=WAIT_S) is True
            assert heard.get(timeout=WAIT_S) == (None, None)  # what was committed meanwhile is caught up
            service = station(db, meeting_id)
            service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
            assert heard.get(timeout=WAIT_S) == (meeting_id, 2)
            service.close()
        finally:
            listener.stop()
        db.close()


@pytest.mark.postgres
def test_a_0002_server_database_gets_the_trigger(pg_url: str):
    from alembic import command
    from sqlalchemy import create_engine

    from chair_console.store.database import alembic_config

    engine = create_engine(pg_url)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    engine.dispose()
    open_database(pg_url).close()
    with pg_connect(pg_url) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(SCHEMA_HEAD,)]  # 0003 or later (0004: the public view)
        names = [r[0] for r in conn.execute("SELECT tgname FROM pg_trigger WHERE tgname = 'meeting_event_notify'")]
    assert names == ["meeting_event_notify"]


def test_a_notification_payload_is_meeting_and_seq():
    from chair_console.store.postgres import parse_notification

    assert parse_notification("12:345") == (12, 345)
    assert parse_notification("junk") is None and parse_notification("1:x") is None


def test_on_sqlite_0003_changes_nothing_and_a_0002_file_opens_for_viewing_as_it_is(tmp_path):
    """0003 and 0004 change nothing in a file; 0005 adds the events' station-made id (`uid`): a 0002 file that
    cannot be written still opens for viewing as it is, and one that can is copied aside and migrated."""
    import sqlite3

    path = tmp_path / "m.sqlite3"
    db, _meeting_id = demo_meeting(path)
    db.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(SCHEMA_HEAD,)]  # 0003 or later (0004: the public view)
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert "meeting_event_notify" not in triggers
    conn.execute("DROP INDEX uq_meeting_event_uid")  # as a file the previous release made: no uid (0005)
    conn.execute("ALTER TABLE meeting_event DROP COLUMN uid")
    conn.execute("UPDATE alembic_version SET version_num = '0002'")
    conn.commit()
    conn.close()
    if os.geteuid() != 0:  # root writes anyway
        path.chmod(0o444)
        try:
            viewing = open_database(path)  # a read-only 0002 file opens for viewing, not «needs an upgrade»
            assert viewing.read_only and viewing.verify() == []
            viewing.close()
        finally:
            path.chmod(0o644)
        conn = sqlite3.connect(path)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0002",)]
        conn.close()
    again = open_database(path)
    try:
        assert again.backup is not None and again.backup.exists() and not again.read_only  # copied, then migrated
        assert again.verify() == []
    finally:
        again.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(SCHEMA_HEAD,)]
    assert "uid" in {r[1] for r in conn.execute("PRAGMA table_info(meeting_event)")}
    conn.close()
