"""Kill the console mid-speech: on restart the countdown shows the right remaining time (instants, not ticks)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from chair_console.clock import SystemClock
from chair_console.services.meeting_service import MeetingService
from chair_console.store.database import open_database
from chair_console.store.event_store import EventStore
from chair_console.store import reader

WRITER = Path(__file__).with_name("speech_writer.py")
HANG_S = 300  # only catches a hang: a healthy writer, however slow the machine, never gets near it
DOWN_S = 1.0  # how long the console stays down: part of the scenario, not a wait for anything


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_remaining_time_survives_a_kill_mid_speech(tmp_path):
    db_path = tmp_path / "m.sqlite3"
    # the writer waits on its stdin to be killed, so it never outlives the test
    proc = subprocess.Popen([sys.executable, str(WRITER), str(db_path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    watchdog = threading.Timer(HANG_S, proc.kill)
    watchdog.daemon = True
    watchdog.start()
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]  # reported once the speech is committed
        if line.startswith("speaking"):
            os.kill(proc.pid, signal.SIGKILL)  # mid-speech, as soon as the writer says so; not reaped yet
        proc.wait()
    finally:
        watchdog.cancel()
        proc.stdin.close()  # type: ignore[union-attr]
    assert line.startswith("speaking"), f"the writer did not report the speech (exit status {proc.returncode})"
    assert proc.returncode == -signal.SIGKILL
    started_mono = int(line.split()[1])
    down_since = time.monotonic_ns()  # the console is down from here at the latest (same clock as the writer's)
    time.sleep(DOWN_S)

    db = open_database(db_path)
    try:
        service = MeetingService(EventStore(db, reader.last_used_meeting(db_path)), SystemClock())
        speech = service.state.speech
        now = service.now()
        expected_used = (now.mono_ns - started_mono) / 1e9
        down = (now.mono_ns - down_since) / 1e9
        assert speech is not None and speech.entry.person == "a-09"
        assert speech.used(now) == pytest.approx(expected_used, abs=1e-6)  # from the instants recorded
        # the time kept running while the console was down: ticks counted in the writer stopped with it
        assert speech.used(now) > down >= DOWN_S
        assert speech.remaining(now) == pytest.approx(180 - expected_used, abs=1e-6)
        service.close()
    finally:
        db.close()
