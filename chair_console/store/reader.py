"""Read-only queries with the standard sqlite3 module, for start-up and `verify`.

Opening the console reads the meeting list and the event log here, so the window shows before
SQLAlchemy is loaded; every write goes through SQLAlchemy (store/writer.py, meetings.py)."""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from chair_console.procedure.events import Event
from chair_console.procedure.timebase import Instant


@dataclass(frozen=True)
class MeetingHead:
    uid: str
    head_seq: int
    head_hash: str


def connect(path: Path) -> sqlite3.Connection:
    """A read-only connection. On a read-only disk or folder SQLite cannot make the WAL index beside the
    file; a file with no pending WAL is then opened as immutable (nothing can change it there anyway)."""
    path = Path(path)
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        wal = path.with_name(path.name + "-wal")
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        if code not in (_CANTOPEN, _READONLY) or os.access(path.parent, os.W_OK):
            raise
        if wal.exists() and wal.stat().st_size > 0:
            raise
    return sqlite3.connect(f"{uri}?immutable=1", uri=True)


_READONLY, _CANTOPEN = 8, 14


def _one(path: Path, sql: str, params: tuple = ()) -> tuple | None:
    with closing(connect(path)) as conn:
        return conn.execute(sql, params).fetchone()


def last_used_meeting(path: Path) -> int | None:
    row = _one(path, "SELECT id FROM meeting ORDER BY last_used_wall_us DESC, id DESC LIMIT 1")
    return row[0] if row else None


def demo_meeting(path: Path) -> int | None:
    row = _one(path, "SELECT id FROM meeting WHERE origin = 'demo' ORDER BY id LIMIT 1")
    return row[0] if row else None


def meeting_by_title(path: Path, title: str, origin: str | None = None) -> int | None:
    """The first meeting with this title (and origin: meeting, demo or simulation, if given)."""
    if origin is None:
        row = _one(path, "SELECT id FROM meeting WHERE title = ? ORDER BY id LIMIT 1", (title,))
    else:
        row = _one(path, "SELECT id FROM meeting WHERE title = ? AND origin = ? ORDER BY id LIMIT 1", (title, origin))
    return row[0] if row else None


def meeting_ids(path: Path) -> list[int]:
    with closing(connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT id FROM meeting ORDER BY id")]


def meeting_origin(path: Path, meeting_id: int) -> str | None:
    row = _one(path, "SELECT origin FROM meeting WHERE id = ?", (meeting_id,))
    return row[0] if row else None


def real_meetings(path: Path) -> list[str]:
    """Titles of the meetings that are neither demo nor simulation."""
    with closing(connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT title FROM meeting WHERE origin = 'meeting' ORDER BY id")]


def stored_people(path: Path) -> dict[str, set[tuple[str, str, str]]]:
    """Per council term: (table, id, name) of every member, substitute and city government member."""
    people: dict[str, set[tuple[str, str, str]]] = {}
    with closing(connect(path)) as conn:
        for (term,) in conn.execute("SELECT id FROM council_term"):
            people[term] = set()
        for table in ("council_member", "council_substitute", "city_government_member"):
            for term, ident, name in conn.execute(f"SELECT term_id, id, name FROM {table}"):  # noqa: S608
                people.setdefault(term, set()).add((table, ident, name))
    return people


def meeting_head(path: Path, meeting_id: int) -> MeetingHead | None:
    row = _one(path, "SELECT uid, head_seq, head_hash FROM meeting WHERE id = ?", (meeting_id,))
    return MeetingHead(*row) if row else None


def load_events(path: Path, meeting_id: int) -> list[Event]:
    with closing(connect(path)) as conn:
        rows = conn.execute(
            "SELECT seq, kind, payload, actor, wall_us, mono_ns, boot FROM meeting_event "
            "WHERE meeting_id = ? ORDER BY seq",
            (meeting_id,),
        ).fetchall()
    return [Event(seq, kind, json.loads(payload), actor, Instant(w, m, b)) for seq, kind, payload, actor, w, m, b in rows]
