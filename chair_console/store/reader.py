"""Read-only queries with the standard sqlite3 module, for start-up and `verify`.

Opening the console reads the meeting list and the event log here, so the window shows before
SQLAlchemy is loaded; every write goes through SQLAlchemy (store/writer.py, meetings.py)."""

from __future__ import annotations

import json
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
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def _one(path: Path, sql: str, params: tuple = ()) -> tuple | None:
    with closing(connect(path)) as conn:
        return conn.execute(sql, params).fetchone()


def last_used_meeting(path: Path) -> int | None:
    row = _one(path, "SELECT id FROM meeting ORDER BY last_used_wall_us DESC, id DESC LIMIT 1")
    return row[0] if row else None


def demo_meeting(path: Path) -> int | None:
    row = _one(path, "SELECT id FROM meeting WHERE is_demo ORDER BY id LIMIT 1")
    return row[0] if row else None


def meeting_by_title(path: Path, title: str) -> int | None:
    row = _one(path, "SELECT id FROM meeting WHERE title = ? ORDER BY id LIMIT 1", (title,))
    return row[0] if row else None


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
