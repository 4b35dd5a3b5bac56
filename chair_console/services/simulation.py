"""Running the simulator against a database: create the simulated meeting, or continue one that stopped."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Callable

from chair_console.demo import COUNCIL_FILE, MEETING_FILE, read_json
from chair_console.procedure.agenda import meeting_from_dict
from chair_console.procedure.council import Council
from chair_console.resources import resources_dir
from chair_console.services.meeting_service import MeetingService
from chair_console.simulator import Params, SimClock, plan, run
from chair_console.store import reader
from chair_console.store.database import Database
from chair_console.training import check_training_database


def title_for(seed: int) -> str:
    return f"Simulert bystyremøte (frø {seed})"


def simulate(db: Database, seed: int, params: Params, report: Callable[[int], None] | None = None,
             stop_after: int | None = None, pace: float = 0.0) -> tuple[int, int]:
    """Run (or continue) the simulated meeting for `seed`; returns (meeting id, steps recorded now)."""
    from chair_console.store.council_store import save_council
    from chair_console.store.meetings import create_meeting

    clock = SimClock()
    folder = resources_dir() / "demo"
    council = Council.from_dict(read_json(folder / COUNCIL_FILE))
    check_training_database(db, council)  # never into a real council's database
    meeting_id = reader.meeting_by_title(db, title_for(seed), origin="simulation")
    if meeting_id is None:
        info, agenda = meeting_from_dict(read_json(folder / MEETING_FILE))
        with db.writing():
            save_council(db.engine, council)
            meeting_id = create_meeting(db.engine, council, replace(info, title=title_for(seed)), agenda, clock.now(),
                                        origin="simulation")
    else:
        from chair_console.services.records import checked

        checked(db, meeting_id, unverified=False)  # never continue a log that fails verification
    events = reader.load_events(db, meeting_id)
    steps = plan(events[0], params, seed)
    service = MeetingService(db.event_log(meeting_id), clock)
    try:
        start = len(events) - 1  # every step is one event after the meeting's first
        if stop_after is not None:
            steps = steps[: start + stop_after]
        done = run(service, clock, steps, start, report, pace)
    finally:
        service.close()
    return meeting_id, done


def planned_steps(db_path: Path, seed: int, params: Params) -> int:
    meeting_id = reader.meeting_by_title(db_path, title_for(seed), origin="simulation")
    events = reader.load_events(db_path, meeting_id)
    return len(plan(events[0], params, seed))
