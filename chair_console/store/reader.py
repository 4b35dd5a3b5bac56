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
from typing import TYPE_CHECKING, Union

from chair_console.procedure.events import Event
from chair_console.procedure.timebase import Instant

if TYPE_CHECKING:
    from chair_console.store.database import Database

Source = Union[Path, str, "Database"]  # a SQLite file, or an opened database of either kind


@dataclass(frozen=True)
class MeetingHead:
    uid: str
    head_seq: int
    head_hash: str


def connect(source: "Source") -> sqlite3.Connection:
    """A read-only connection: to a SQLite file (a path, or an opened SQLite database), or, for a PostgreSQL
    database, one of its pooled connections (`PostgresDatabase.read_connection`: the same `execute(sql, params)`
    with `?` placeholders, rows as tuples). On a read-only disk or folder SQLite cannot make the WAL index
    beside the file; a file with no pending WAL is then opened as immutable (nothing can change it there)."""
    if not isinstance(source, (str, os.PathLike)):
        if getattr(source, "dialect", "sqlite") != "sqlite":
            return source.read_connection()
        source = source.path
    path = Path(source)
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


def _meetings(source: Source) -> str:
    """The meetings' relation: the table, or for a station that may read only the public view its view of them
    (store/public.py: the same id, uid, title, date, origin and last use)."""
    return "public_meeting" if getattr(source, "public", False) else "meeting"


def _one(path: Source, sql: str, params: tuple = ()) -> tuple | None:
    with closing(connect(path)) as conn:
        return conn.execute(sql, params).fetchone()


def last_used_meeting(path: Source) -> int | None:
    row = _one(path, f"SELECT id FROM {_meetings(path)} ORDER BY last_used_wall_us DESC, id DESC LIMIT 1")
    return row[0] if row else None


def demo_meeting(path: Source) -> int | None:
    row = _one(path, f"SELECT id FROM {_meetings(path)} WHERE origin = 'demo' ORDER BY id LIMIT 1")
    return row[0] if row else None


def meeting_by_title(path: Source, title: str, origin: str | None = None) -> int | None:
    """The first meeting with this title (and origin: meeting, demo or simulation, if given)."""
    if origin is None:
        row = _one(path, "SELECT id FROM meeting WHERE title = ? ORDER BY id LIMIT 1", (title,))
    else:
        row = _one(path, "SELECT id FROM meeting WHERE title = ? AND origin = ? ORDER BY id LIMIT 1", (title, origin))
    return row[0] if row else None


def meeting_ids(path: Source) -> list[int]:
    with closing(connect(path)) as conn:
        return [r[0] for r in conn.execute(f"SELECT id FROM {_meetings(path)} ORDER BY id")]


def meetings_between(path: Source, first: str, last: str) -> list[tuple[int, str, str]]:
    """(id, title, date) of every meeting whose date (ISO, its first day) is from `first` to `last`, by date."""
    with closing(connect(path)) as conn:
        return [tuple(r) for r in conn.execute(
            "SELECT id, title, date FROM meeting WHERE date >= ? AND date <= ? ORDER BY date, id", (first, last))]


def meeting_origin(path: Source, meeting_id: int) -> str | None:
    row = _one(path, f"SELECT origin FROM {_meetings(path)} WHERE id = ?", (meeting_id,))
    return row[0] if row else None


def real_meetings(path: Source) -> list[str]:
    """Titles of the meetings that are neither demo nor simulation."""
    with closing(connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT title FROM meeting WHERE origin = 'meeting' ORDER BY id")]


def stored_people(path: Source) -> dict[str, set[tuple[str, str, str]]]:
    """Per council term: (table, id, name) of every member, substitute and city government member."""
    people: dict[str, set[tuple[str, str, str]]] = {}
    with closing(connect(path)) as conn:
        for (term,) in conn.execute("SELECT id FROM council_term"):
            people[term] = set()
        for table in ("council_member", "council_substitute", "city_government_member"):
            for term, ident, name in conn.execute(f"SELECT term_id, id, name FROM {table}"):  # noqa: S608
                people.setdefault(term, set()).add((table, ident, name))
    return people


def meeting_head(path: Source, meeting_id: int) -> MeetingHead | None:
    row = _one(path, "SELECT uid, head_seq, head_hash FROM meeting WHERE id = ?", (meeting_id,))
    return MeetingHead(*row) if row else None


def load_events(path: Source, meeting_id: int, since: int = 0) -> list[Event]:
    """The meeting's events after sequence number `since` (all of them by default), in order."""
    with closing(connect(path)) as conn:
        rows = conn.execute(
            "SELECT seq, kind, payload, actor, wall_us, mono_ns, boot FROM meeting_event "
            "WHERE meeting_id = ? AND seq > ? ORDER BY seq",
            (meeting_id, since),
        ).fetchall()
    return [Event(seq, kind, json.loads(payload), actor, Instant(w, m, b)) for seq, kind, payload, actor, w, m, b in rows]


TAIL_SQL = (
    "SELECT m.head_seq, m.head_hash, e.seq, e.kind, e.payload, e.actor, e.wall_us, e.mono_ns, e.boot, "
    "e.prev_hash, e.hash FROM meeting m LEFT JOIN meeting_event e ON e.meeting_id = m.id AND e.seq > ? "
    "WHERE m.id = ? ORDER BY e.seq"
)


def tail_rows(conn: sqlite3.Connection, meeting_id: int, since: int) -> list[tuple]:
    """(head_seq, head_hash, seq, kind, payload, actor, wall_us, mono_ns, boot, prev_hash, hash) for every event
    after `since`, or one row with the head and NULL event columns when there is none; no row when the meeting
    does not exist. One statement: the head and the events come from the same snapshot."""
    return [tuple(r) for r in conn.execute(TAIL_SQL, (since, meeting_id)).fetchall()]


def meetings(path: Source) -> list[tuple[int, str, str, str, str, int, str]]:
    """(id, uid, title, date, origin, head_seq, head_hash) of every meeting, by id."""
    with closing(connect(path)) as conn:
        return [tuple(r) for r in conn.execute(
            "SELECT id, uid, title, date, origin, head_seq, head_hash FROM meeting ORDER BY id")]


def is_read_error(exc: BaseException) -> bool:
    """Whether `exc` is the database driver's own error (sqlite3's, or psycopg's for PostgreSQL), by type."""
    return isinstance(exc, sqlite3.Error) or type(exc).__module__.split(".")[0] == "psycopg"
