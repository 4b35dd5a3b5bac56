"""Crash test: a writer killed with SIGKILL at random moments loses nothing it committed."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from chair_console.procedure.reducer import replay
from chair_console.store.database import open_database
from chair_console.store.event_store import EventStore, verify_file

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 20


def _run_and_kill(db: Path, rng: random.Random) -> int:
    """Start the writer, kill it at a random moment; returns the last seq it reported committed."""
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    last = [0]
    ready = threading.Event()

    def read() -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            if not line.endswith("\n"):  # cut off by the kill: not a complete report
                break
            kind, _, seq = line.strip().partition(" ")
            if kind == "ready":
                last[0] = int(seq)
                ready.set()
            elif kind == "committed":
                last[0] = int(seq)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert ready.wait(30), proc.stderr.read() if proc.poll() is not None else "writer did not start"  # type: ignore[union-attr]
    time.sleep(rng.uniform(0.0, 0.4))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    reader.join(10)
    return last[0]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_writer_loses_nothing_it_committed(tmp_path: Path):
    db = tmp_path / "crash.sqlite3"
    rng = random.Random(20261124)
    reported_total = 0
    for _ in range(KILLS):
        reported = _run_and_kill(db, rng)
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            head = conn.execute("SELECT max(seq) FROM meeting_event").fetchone()[0]
        finally:
            conn.close()
        assert verify_file(db) == []
        # every event reported committed is there (at most one more may have committed unreported)
        assert head >= reported
        assert head <= reported + 1
        reported_total = max(reported_total, reported)
    # the log replays, and the service reopens exactly where it was
    database = open_database(db)
    try:
        store = EventStore(database, 1)
        events = store.load()
        assert [e.seq for e in events] == list(range(1, len(events) + 1))
        state = replay(events)
        assert state.last_seq == len(events) >= reported_total
    finally:
        database.close()
    assert reported_total > KILLS  # the writer really did write between kills
