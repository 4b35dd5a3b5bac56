"""Kill the console mid-speech: on restart the countdown shows the right remaining time (instants, not ticks)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chair_console.clock import SystemClock
from chair_console.services.meeting_service import MeetingService
from chair_console.store.database import open_database
from chair_console.store.event_store import EventStore
from chair_console.store import reader

WRITER = Path(__file__).with_name("speech_writer.py")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_remaining_time_survives_a_kill_mid_speech(tmp_path):
    db_path = tmp_path / "m.sqlite3"
    proc = subprocess.Popen([sys.executable, str(WRITER), str(db_path)], stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()  # type: ignore[union-attr]
    assert line.startswith("speaking"), line
    started_mono = int(line.split()[1])
    time.sleep(1.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    time.sleep(0.5)  # the console is down for a moment

    db = open_database(db_path)
    try:
        service = MeetingService(EventStore(db, reader.last_used_meeting(db_path)), SystemClock())
        speech = service.state.speech
        now = service.now()
        expected_used = (now.mono_ns - started_mono) / 1e9
        assert speech is not None and speech.entry.person == "a-09"
        assert abs(speech.used(now) - expected_used) < 0.05
        assert expected_used >= 2.0  # the time kept running while the console was down
        assert abs(speech.remaining(now) - (180 - expected_used)) < 0.05
        service.close()
    finally:
        db.close()
