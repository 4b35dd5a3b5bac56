"""Crash test: a writer killed with SIGKILL at random moments loses nothing it committed (on a SQLite file, and
on a PostgreSQL database: there the server outlives the writer, and its transaction in flight is rolled back)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from chair_console.procedure.reducer import replay
from chair_console.store.event_store import verify_file

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = {"sqlite": 20, "postgresql": 8}  # each kill starts a new writer process; PostgreSQL's run is shorter
HANG_S = 300  # only catches a hang: a healthy writer, however slow the machine, never gets near it


def _run_and_kill(db: "Path | str", more: int) -> tuple[int, int]:
    """Start the writer and SIGKILL it as soon as it reports `more` events committed beyond where it
    started: the kill lands on the writer's progress, never on a wall-clock guess, so it lands at the same
    place in the log on a busy machine as on an idle one (somewhere in the writer's next transaction).
    Returns (the seq to kill at, the last seq the writer reported committed before it died)."""
    proc = subprocess.Popen([sys.executable, str(WRITER), str(db)], stdout=subprocess.PIPE, text=True)
    hung: list[bool] = []
    watchdog = threading.Timer(HANG_S, lambda: (hung.append(True), proc.kill()))
    watchdog.daemon = True
    watchdog.start()
    target = last = 0
    killed = False
    try:
        for line in proc.stdout:  # type: ignore[union-attr]
            if not line.endswith("\n"):  # cut off by the kill: not a complete report
                break
            kind, _, seq = line.strip().partition(" ")
            if kind == "ready":
                last = int(seq)
                target = last + more
            elif kind == "committed":
                last = int(seq)
                if last >= target and not killed:
                    os.kill(proc.pid, signal.SIGKILL)  # not reaped before wait(): the pid is still the writer's
                    killed = True
        proc.wait()
    finally:
        watchdog.cancel()
    assert not hung, f"the writer hung: no report of seq {target or '(ready)'} in {HANG_S} s"
    assert target, f"the writer died before it was ready (exit status {proc.returncode})"
    assert proc.returncode == -signal.SIGKILL, f"the writer ended by itself (exit status {proc.returncode})"
    return target, last


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_writer_loses_nothing_it_committed(backend):  # noqa: ANN001
    db = backend.target
    rng = random.Random(20261124)
    reported_total = written = 0
    for _ in range(KILLS[backend.kind]):
        more = rng.randint(1, 150)  # from right after the first commit to ~150 commits on
        target, reported = _run_and_kill(db, more)
        assert reported >= target  # it really wrote up to the kill point: the checks below are not vacuous
        written += more
        if backend.kind == "sqlite":
            conn = sqlite3.connect(db)
            try:
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            finally:
                conn.close()
        head = backend.query("SELECT max(seq) FROM meeting_event")[0][0]
        assert backend.query("SELECT head_seq FROM meeting")[0][0] == head
        database = backend.open(create=False)
        try:
            assert verify_file(database) == []
        finally:
            database.close()
        # every event reported committed is there (at most one more may have committed unreported)
        assert head >= reported
        assert head <= reported + 1
        reported_total = max(reported_total, reported)
    # the log replays, and the service reopens exactly where it was
    database = backend.open()
    try:
        store = database.event_log(1)
        events = store.load()
        assert [e.seq for e in events] == list(range(1, len(events) + 1))
        state = replay(events)
        assert state.last_seq == len(events) >= reported_total
    finally:
        database.close()
    assert reported_total >= written  # the writer really did write between kills
