"""Run by the crash test: sets up a debate, gives the floor, reports, then waits to be killed (or for the
test to close its stdin, so that it never outlives the test)."""

from __future__ import annotations

import sys
from pathlib import Path

from chair_console.clock import SystemClock
from chair_console.demo import ensure_demo_meeting
from chair_console.procedure import events as ev
from chair_console.services.meeting_service import MeetingService
from chair_console.store.database import open_database
from chair_console.store.event_store import EventStore

clock = SystemClock()
db = open_database(Path(sys.argv[1]))
service = MeetingService(EventStore(db, ensure_demo_meeting(db, clock.now())), clock)
service.record(ev.MEMBER_PRESENT, {"member": "a-09"})
service.record(ev.MEETING_OPENED)
service.record(ev.ITEM_OPENED, {"item": "s307"})
service.record(ev.SPEAKER_ADDED, {"item": "s307", "person": "a-09", "kind": "main"})
started = service.record(ev.SPEECH_NEXT, {"item": "s307"})
print("speaking", started.at.mono_ns, flush=True)
sys.stdin.read()
