"""The station's local copy of the log (issue 19): every event the station loads, records or catches up lands in
a SQLite file in its data folder with the same hash chain, so `verify` and `minutes` work on it when the server
is gone. Runs on both stores as the source (`backend`); the window starts it only on a server's station."""

from __future__ import annotations

import sqlite3

from store_backend import station

from chair_console.cli import main
from chair_console.procedure import events as ev
from chair_console.procedure.reducer import replay
from chair_console.services.station_copy import StationCopy, keep_station_copy
from chair_console.store.database import open_database
from chair_console.store.station_copy import copy_name

WAIT_S = 30  # a limit for a condition, never a measurement


def _copy_events(path):  # noqa: ANN001, ANN202
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT seq, kind, hash FROM meeting_event ORDER BY seq").fetchall()
    finally:
        conn.close()


def test_the_copy_holds_what_the_station_loaded_recorded_and_caught_up(backend_demo, tmp_path):  # noqa: ANN001
    db, meeting_id = backend_demo
    mine = station(db, meeting_id)
    other = station(db, meeting_id, "secretary")
    mine.record(ev.MEMBER_PRESENT, {"member": "h-01"})  # before the copy started: in the log it loads
    copy = StationCopy(mine, db, tmp_path / "data").start()
    try:
        mine.record(ev.MEMBER_PRESENT, {"member": "h-02"})
        other.record(ev.MEMBER_PRESENT, {"member": "h-03"})  # another station's: caught up, then copied
        assert [e.seq for e in mine.catch_up()] == [4]
        assert copy.flush(WAIT_S) and copy.error is None and copy.failed is None
        assert copy.path == tmp_path / "data" / copy_name(db.event_log(meeting_id).uid)
        assert copy.head.seq == 4 and copy.head.hash == mine.head_hash
    finally:
        copy.stop()
        mine.close()
        other.close()
    local = open_database(copy.path)
    try:
        assert local.verify() == []
        (ref,) = local.meetings()
        assert ref.uid == db.event_log(meeting_id).uid and ref.head.hash == db.event_log(meeting_id).head_hash
        events = local.event_log(ref.id).load()
        assert events == db.event_log(meeting_id).load()
        assert replay(events) == replay(db.event_log(meeting_id).load())
    finally:
        local.close()
    assert main(["verify", "--db", str(copy.path)]) == 0
    assert main(["minutes", "--db", str(copy.path), "--out", str(tmp_path / "m.pdf"), "--draft"]) == 0
    assert (tmp_path / "m.pdf").stat().st_size > 0


def test_a_copy_from_an_earlier_run_is_continued_and_a_foreign_one_moved_aside(backend_demo, tmp_path):  # noqa: ANN001
    db, meeting_id = backend_demo
    data = tmp_path / "data"
    first = station(db, meeting_id)
    copy = StationCopy(first, db, data).start()
    first.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    assert copy.flush(WAIT_S)
    copy.stop()
    first.record(ev.MEMBER_PRESENT, {"member": "h-02"})  # while the station was closed: the next run copies it
    first.close()
    again = station(db, meeting_id)
    copy = StationCopy(again, db, data).start()
    assert copy.flush(WAIT_S) and copy.head.seq == 3 and copy.head.hash == again.head_hash
    copy.stop()
    assert [seq for seq, _k, _h in _copy_events(copy.path)] == [1, 2, 3]
    assert list(data.glob("*.replaced-*")) == []

    conn = sqlite3.connect(copy.path)  # the copy edited behind the console's back: not this meeting's log
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("UPDATE meeting_event SET payload = '{\"member\": \"h-09\"}' WHERE seq = 2")
    conn.commit()
    conn.close()
    copy = StationCopy(again, db, data).start()
    try:
        assert copy.flush(WAIT_S) and copy.failed is None
        assert copy.head.seq == 3 and copy.head.hash == again.head_hash
    finally:
        copy.stop()
        again.close()
    assert [p.name for p in data.glob("*.replaced-*")] and copy.path.exists()  # kept aside, never merged
    fresh = open_database(copy.path)
    assert fresh.verify() == []
    fresh.close()


def test_a_file_station_keeps_no_copy(demo_db, tmp_path):  # noqa: ANN001
    db, meeting_id = demo_db
    service = station(db, meeting_id)
    assert keep_station_copy(service, db, tmp_path / "data") is None
    assert not (tmp_path / "data").exists()
    service.close()
