"""Run as a subprocess by the crash test: appends events through the service in a loop,
printing each sequence number once its transaction is committed, until it is killed."""

from __future__ import annotations

import sys
from pathlib import Path

from chair_console.clock import SystemClock
from chair_console.demo import ensure_demo_meeting
from chair_console.procedure import events as ev
from chair_console.procedure.council import Council
from chair_console.services.meeting_service import MeetingService
from chair_console.store.database import is_database_url, open_database


def main(path: str) -> None:
    clock = SystemClock()
    db = open_database(path if is_database_url(path) else Path(path))  # a file, or a PostgreSQL URL
    meeting_id = ensure_demo_meeting(db, clock.now())
    service = MeetingService(db.event_log(meeting_id), clock)
    council: Council = service.state.council
    members = [m.id for m in council.members]
    print("ready", service.state.last_seq, flush=True)
    i = service.state.last_seq
    while True:
        i += 1
        member = members[i % len(members)]
        current = service.state.attendance.get(member)
        if current is not None and current.present:
            event = service.record(ev.MEMBER_ABSENT, {"member": member, "reason": "velferd"})
        else:
            event = service.record(ev.MEMBER_PRESENT, {"member": member})
        print("committed", event.seq, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
