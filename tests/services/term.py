"""Simulated meetings on given days (the simulator's own path through the service), for the record's outputs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from chair_console.demo import COUNCIL_FILE, MEETING_FILE, read_json
from chair_console.procedure.agenda import meeting_from_dict
from chair_console.procedure.council import Council
from chair_console.procedure.timebase import Instant
from chair_console.resources import resources_dir
from chair_console.services.meeting_service import MeetingService
from chair_console.simulator import Params, SimClock, plan, run
from chair_console.store import reader
from chair_console.store.council_store import save_council
from chair_console.store.event_store import EventStore
from chair_console.store.meetings import create_meeting

SHORT = Params(items=8, speeches=20, votes=5, hours=2)  # the budget agenda's 6th item (b5) is closed


def simulate_on(db, seed: int, day: date, params: Params = SHORT) -> int:  # noqa: ANN001
    """A simulated meeting dated `day`, its clock starting at 16:00 local time that day."""
    folder = resources_dir() / "demo"
    council = Council.from_dict(read_json(folder / COUNCIL_FILE))
    info, agenda = meeting_from_dict(read_json(folder / MEETING_FILE))
    clock = SimClock()
    clock.at = Instant(int(datetime(day.year, day.month, day.day, 16, 0).timestamp() * 1_000_000), 0, "sim")
    with db.writing():
        save_council(db.engine, council)
        meeting = create_meeting(db.engine, council, replace(info, title=f"Bystyrets møte {day.isoformat()}",
                                                             date=day.isoformat()), agenda, clock.at,
                                 origin="simulation")
    steps = plan(reader.load_events(db.path, meeting)[0], params, seed)
    service = MeetingService(EventStore(db, meeting), clock)
    try:
        run(service, clock, steps)
    finally:
        service.close()
    return meeting
