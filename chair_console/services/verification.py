"""Checking the record: the one place both `chair-console verify` and the window's check come to.

- `check_opened_meeting`: what the window runs right after its first frame, with actions held until it
  passes: the opened meeting's hash chain and head, then SQLite's quick whole-file check. Opening shows the
  meeting first (start-up reads only the header, the schema and this meeting's rows), so a term of meetings
  in the file does not slow the first frame.
- `verify_database`: the full check of `verify`: SQLite's integrity check and every meeting's chain.
- `find_printed_head`: where a hash printed in a møtebok or an export stands in the log.

All read-only: nothing here writes to the database."""

from __future__ import annotations

import re
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from chair_console.store import reader
from chair_console.store.database import Database, DatabaseError, check_file, inspect_file
from chair_console.store.event_store import HeadMatch, Problem, find_head, verify_file, verify_meeting

Source = Path | Database  # a SQLite file, or an opened database (SQLite or PostgreSQL)

HEAD_PATTERN = re.compile(r"[0-9a-fA-F]{8,64}")  # the short form printed is 8 or more hex digits


def check_opened_meeting(path: Source, meeting_id: int) -> Problem | None:
    """The first problem of the opened meeting's chain, or of the file (SQLite's quick check); None when
    both pass. The chain first: it names the event, which is what the chair and IT need to see."""
    if getattr(path, "public", False):
        # A hall display's or overlay's station on the public view (store/public.py): the view has no hashes (they
        # would let one test guesses of what it withholds) and the role cannot read the log that has them, so
        # there is no chain here to check; the writing stations check it. Taken as passed: the station shows what
        # the server's view gives it, and records nothing.
        return None
    problems = verify_meeting(path, meeting_id)
    if problems:
        return problems[0]
    try:
        check_file(path)
    except DatabaseError as exc:
        detail = str(exc.params.get("detail", ""))
        return Problem(None, None, "db.integrity" if exc.code == "db.damaged" else "db.unreadable", detail)
    return None


def meeting_problem(path: Source, meeting_id: int) -> Problem | None:
    """The first problem of one meeting's chain (a log that would not even replay is told by this)."""
    problems = verify_meeting(path, meeting_id)
    return problems[0] if problems else None


@dataclass(frozen=True)
class FileVerification:
    """`empty`: an empty file, or SQLite without the console's tables (nothing to verify)."""

    empty: bool = False
    problems: tuple[Problem, ...] = ()  # first bad event first; empty when all is well
    meetings: int = 0
    events: int = 0


def verify_database(path: Source) -> FileVerification:
    """The whole file: SQLite integrity and every meeting's hash chain (or, for a PostgreSQL database opened
    read-only with `open_database(url, create=False)`, every meeting's chain). Raises DatabaseError when the
    file cannot be used at all (not SQLite, damaged, foreign …)."""
    if isinstance(path, Path) and inspect_file(path) is None:
        return FileVerification(empty=True)
    problems = verify_file(path)
    if problems:
        return FileVerification(problems=tuple(problems))
    with closing(reader.connect(path)) as conn:
        try:
            meetings = conn.execute("SELECT count(*) FROM meeting").fetchone()[0]
            events = conn.execute("SELECT count(*) FROM meeting_event").fetchone()[0]
        except Exception as exc:
            if not reader.is_read_error(exc):
                raise
            meetings = events = 0
    return FileVerification(meetings=meetings, events=events)


def is_printed_head(text: str) -> bool:
    return HEAD_PATTERN.fullmatch(text.strip()) is not None


def find_printed_head(path: Source, head: str) -> list[HeadMatch]:
    """The events whose hash begins with `head`, each with what was recorded after it in its meeting."""
    return find_head(path, head)
