"""The simulator and the reliability harness: the same seed gives the same meeting; random kills lose
nothing committed, and the meeting continues to the same end; two instances; a read-only database."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from chair_console.clock import SystemClock
from chair_console.minutes import Options, write_minutes
from chair_console.procedure import events as ev
from chair_console.procedure.reducer import replay
from chair_console.services.meeting_service import MeetingService
from chair_console.services.simulation import simulate
from chair_console.simulator import Params
from chair_console.store import reader
from chair_console.store.database import inspect_file, open_database
from chair_console.store.event_store import EventStore, StoreError, verify_file

SMALL = Params(items=14, speeches=80, votes=20, hours=3)
MEDIUM = Params(items=30, speeches=240, votes=50, hours=5)  # long enough to be killed half-way
ARGS = ["--items", "30", "--speeches", "240", "--votes", "50", "--hours", "5"]


def run_sim(path: Path, seed: int = 3, params: Params = SMALL) -> object:
    db = open_database(path)
    try:
        meeting, _ = simulate(db, seed, params)
        return replay(reader.load_events(path, meeting))
    finally:
        db.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    return run_sim(tmp_path_factory.mktemp("sim") / "ref.sqlite3")


def test_same_seed_same_meeting_with_every_kind_of_event(reference, tmp_path):
    again = run_sim(tmp_path / "again.sqlite3")
    assert again == reference
    s = reference
    assert s.phase.value == "adjourned" and len(s.item_periods) == 14
    assert sum(len(v) for v in s.speeches.values()) >= 70 and sum(len(v) for v in s.votes.values()) >= 18
    assert s.substitutions and any(v.chair_decided for vs in s.votes.values() for v in vs)
    assert any(v.method == "counter" for vs in s.votes.values() for v in vs)
    assert any(v.superseded_by for vs in s.votes.values() for v in vs)  # a correction
    assert s.sittings[0].breaks and s.undone == frozenset()  # a pause; an undo that was redone
    assert [q.status for q in s.questions["sporretime"]] == ["done", "done", "done"]


def test_the_simulated_meeting_prints_minutes(reference, tmp_path):
    pdf = write_minutes(reference, tmp_path / "sim.pdf", Options(public=True, draft=False))
    assert pdf.stat().st_size > 10_000


def _kill_at_random(db: Path, rng: random.Random) -> int:
    proc = subprocess.Popen([sys.executable, "-m", "chair_console", "simulate", "--db", str(db), "--seed", "3",
                             "--report", "--pace", "0.002", *ARGS], stdout=subprocess.PIPE, text=True)
    last = [0]

    def read() -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            if line.endswith("\n") and line.startswith("committed "):
                last[0] = int(line.split()[1])

    reader_thread = threading.Thread(target=read, daemon=True)
    reader_thread.start()
    time.sleep(rng.uniform(0.3, 1.0))
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    reader_thread.join(10)
    return last[0]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_random_kills_lose_nothing_and_the_meeting_continues_to_the_same_end(tmp_path):
    reference = run_sim(tmp_path / "reference.sqlite3", params=MEDIUM)
    db = tmp_path / "killed.sqlite3"
    rng = random.Random(11)
    kills = interrupted = 0
    for _ in range(20):
        reported = _kill_at_random(db, rng)
        kills += 1
        if inspect_file(db) is None:  # killed before the schema's first transaction: an empty file
            continue
        assert verify_file(db) == []
        meeting = reader.meeting_by_title(db, "Simulert bystyremøte (frø 3)")
        if meeting is None:
            continue
        events = reader.load_events(db, meeting)
        assert len(events) >= reported  # nothing reported committed is missing
        replay(events)  # the log replays
        if not (events and events[-1].kind == ev.MEETING_ADJOURNED):
            interrupted += 1
    final = run_sim(db, params=MEDIUM)  # continue to the end from where it stopped
    assert final == reference
    print(f"\n{kills} kills, {interrupted} in the middle of the meeting")
    assert kills == 20 and interrupted >= 3


def test_two_instances_the_second_cannot_write_over_the_first(tmp_path):
    path = tmp_path / "two.sqlite3"
    db = open_database(path)
    from chair_console.demo import ensure_demo_meeting

    meeting = ensure_demo_meeting(db, SystemClock().now())
    first = MeetingService(EventStore(db, meeting), SystemClock())
    second = MeetingService(EventStore(db, meeting), SystemClock())
    first.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    with pytest.raises(StoreError) as exc:
        second.record(ev.MEMBER_PRESENT, {"member": "a-01"})
    assert exc.value.code == "store.concurrent_writer"
    assert verify_file(path) == []
    first.close()
    second.close()
    db.close()


def test_write_failure_keeps_everything_and_resumes(tmp_path, monkeypatch):
    """Disk full or a read-only file, injected at the persistence boundary."""
    import sqlite3

    from chair_console.demo import ensure_demo_meeting

    path = tmp_path / "full.sqlite3"
    db = open_database(path)
    svc = MeetingService(EventStore(db, ensure_demo_meeting(db, SystemClock().now())), SystemClock())
    svc.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    for error in ("database or disk is full", "attempt to write a readonly database"):
        def fail(*_a, error=error, **_k):
            raise sqlite3.OperationalError(error)

        monkeypatch.setattr("chair_console.store.writer.write_event", fail)
        before = svc.state
        with pytest.raises(StoreError) as exc:
            svc.record(ev.MEMBER_PRESENT, {"member": "a-01"})
        assert exc.value.code == "store.write_failed" and error in exc.value.params["detail"]
        assert svc.state is before
        monkeypatch.undo()
    svc.record(ev.MEMBER_PRESENT, {"member": "a-01"})  # space is back: writing resumes
    assert verify_file(path) == [] and svc.state.quorum().present == 2
    svc.close()
    db.close()
