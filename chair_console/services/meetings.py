"""Creating a meeting: the one path for the command line (`new-meeting`) and anything else that makes one.

A meeting is made on a council term's snapshot (meetings already created keep the council they were
created with), in one transaction."""

from __future__ import annotations

import re
from datetime import date as Date

from chair_console.import_schema import CLOCK_PATTERN
from chair_console.importing import ImportDataError
from chair_console.procedure.agenda import MeetingInfo
from chair_console.procedure.errors import CodedError
from chair_console.services.meeting_service import Clock
from chair_console.store.database import Database


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


class NoMeeting(CodedError):
    """No meeting to act on: the database has none (`meeting.none`), or not the one asked for
    (`meeting.not_found`, with `meeting` and the ids there are, `meetings`)."""


def chosen_meeting(db: Database, meeting: int | None) -> int:
    """The meeting asked for by number, or else the one used last (what the command line acts on)."""
    from chair_console.store import reader

    chosen = meeting or reader.last_used_meeting(db)
    if chosen is None:
        raise NoMeeting("meeting.none")
    if reader.meeting_head(db, chosen) is None:
        raise NoMeeting("meeting.not_found", meeting=chosen, meetings=tuple(reader.meeting_ids(db)))
    return chosen
