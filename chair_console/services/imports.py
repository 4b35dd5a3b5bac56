"""Importing council and agenda files, and creating meetings: the same path for the command line and the menu.

Each import is one transaction: a council replaces that term's council data in one go; an agenda is one
`agenda.set` event in the meeting's log. Meetings already created keep their own snapshot of the council."""

from __future__ import annotations

import re
from datetime import date as Date
from pathlib import Path

from chair_console.import_schema import CLOCK_PATTERN
from chair_console.importing import (
    ImportDataError,
    read_agenda,
    read_council,
    read_questions,
)
from chair_console.procedure import events as ev
from chair_console.procedure.agenda import AgendaItem, MeetingInfo
from chair_console.procedure.council import Council
from chair_console.services.meeting_service import Clock, MeetingService
from chair_console.store.database import Database
from chair_console.store.event_store import EventStore


def import_council(db: Database, path: Path) -> Council:
    """Read and check the whole file, then store it in one transaction (nothing on any error)."""
    from chair_console.store.council_store import save_council

    council = read_council(path)
    with db.writing():
        save_council(db.engine, council)
    return council


def import_agenda(db: Database, meeting_id: int, path: Path, clock: Clock, actor: str = "secretary") -> tuple[AgendaItem, ...]:
    """Replace a meeting's agenda (before any item is dealt with) with the file's, as one event."""
    from chair_console.services.records import checked

    checked(db, meeting_id, unverified=False)  # never act on a log that fails verification
    service = MeetingService(EventStore(db, meeting_id), clock, actor=actor)
    try:
        items = read_agenda(path, service.state.council)
        payload = {"agenda": [i.to_dict() for i in items], "questions": read_questions(path)}
        service.record(ev.AGENDA_SET, payload)
    finally:
        service.close()
    return items


def new_meeting(
    db: Database,
    clock: Clock,
    *,
    date: str | None,
    place: str,
    title: str | None = None,
    start: str = "",
    term: str | None = None,
    remote: bool = False,
    extraordinary: str | None = None,
) -> tuple[int, str]:
    """Create a meeting on the council of `term` (default: the newest term in the database). Ordinary
    meetings are on Wednesdays (R-3.1b): without a date, the next Wednesday; an extraordinary meeting
    records why it was called (the mayor found it necessary, or at least 1/3 of the members demanded it)."""
    from datetime import timedelta

    if date is None:
        today = Date.today()
        date = (today + timedelta(days=(2 - today.weekday()) % 7 or 7)).isoformat()
    if extraordinary not in (None, "mayor", "third"):
        raise ImportDataError("meeting.bad_extraordinary", value=extraordinary)
    from sqlalchemy import select

    from chair_console.models import CouncilTermRow
    from chair_console.store.council_store import load_council
    from chair_console.store.meetings import create_meeting

    try:
        day = Date.fromisoformat(date)
    except ValueError:
        raise ImportDataError("meeting.bad_date", value=date) from None
    if not place.strip():
        raise ImportDataError("meeting.no_place")
    if start and not re.fullmatch(CLOCK_PATTERN, start):  # a real clock time, 00:00–23:59
        raise ImportDataError("meeting.bad_start", value=start)
    if db.read_only:
        raise ImportDataError("db.read_only", path=str(db.path))
    if term is None:
        with db.engine.connect() as conn:
            term = conn.execute(select(CouncilTermRow.id).order_by(CouncilTermRow.start.desc())).scalars().first()
    council = load_council(db.engine, term) if term else None
    if council is None:
        raise ImportDataError("meeting.no_council", term=term or "-")
    info = MeetingInfo(
        title=title or f"Bystyrets møte {day.day}. {_MONTHS[day.month - 1]} {day.year}",
        date=day.isoformat(),
        start=start,
        place=place.strip(),
        term_id=council.term.id,
        remote=remote,
        extraordinary=extraordinary,
    )
    with db.writing():
        return create_meeting(db.engine, council, info, (), clock.now(), actor="secretary"), info.title


_MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember")
