"""Importing council and agenda files: the same path for the command line and the menu (new meetings:
services/meetings.py).

Each import is one transaction: a council replaces that term's council data in one go; an agenda is one
`agenda.set` event in the meeting's log. Meetings already created keep their own snapshot of the council."""

from __future__ import annotations

from pathlib import Path

from chair_console.importing import read_agenda, read_council, read_questions
from chair_console.procedure import events as ev
from chair_console.procedure.agenda import AgendaItem
from chair_console.procedure.council import Council
from chair_console.procedure.events import Event
from chair_console.services.meeting_service import Clock, MeetingService
from chair_console.store.database import Database


def import_council(db: Database, path: Path) -> Council:
    """Read and check the whole file, then store it in one transaction (nothing on any error)."""
    from chair_console.store.council_store import save_council

    council = read_council(path)
    with db.writing():
        save_council(db.engine, council)
    return council


def record_agenda(service: MeetingService, path: Path) -> tuple[tuple[AgendaItem, ...], Event]:
    """Read and check the whole file (ImportDataError: nothing recorded), then replace the meeting's agenda
    with it as one `agenda.set` event through `service`: the window's (so Ctrl+Z undoes it) or the command
    line's own. The rules refuse it once an item has been dealt with (RuleViolation)."""
    items = read_agenda(path, service.state.council)
    payload = {"agenda": [i.to_dict() for i in items], "questions": read_questions(path)}
    return items, service.record(ev.AGENDA_SET, payload)


def import_agenda(db: Database, meeting_id: int, path: Path, clock: Clock, actor: str = "secretary") -> tuple[AgendaItem, ...]:
    """Replace a meeting's agenda (before any item is dealt with) with the file's, as one event."""
    from chair_console.services.records import checked

    checked(db, meeting_id, unverified=False)  # never act on a log that fails verification
    service = MeetingService(db.event_log(meeting_id), clock, actor=actor)
    try:
        items, _ = record_agenda(service, path)
    finally:
        service.close()
    return items
