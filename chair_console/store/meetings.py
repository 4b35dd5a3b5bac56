"""Meetings in the database: create one (with its first event), find the last one used."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Engine, insert, select

from chair_console.models import MeetingRow
from chair_console.procedure import events as ev
from chair_console.procedure.agenda import AgendaItem, MeetingInfo
from chair_console.procedure.chain import GENESIS
from chair_console.procedure.council import Council
from chair_console.procedure.events import Event
from chair_console.procedure.timebase import Instant
from chair_console.store.event_store import write_event

_meetings = MeetingRow.__table__


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    title: str
    date: str
    place: str
    is_demo: bool


def create_meeting(
    engine: Engine,
    council: Council,
    info: MeetingInfo,
    agenda: tuple[AgendaItem, ...],
    at: Instant,
    actor: str = "secretary",
    is_demo: bool = False,
) -> int:
    """Create a meeting and its first event (a snapshot of council and agenda), in one transaction."""
    payload = {
        "council": council.to_dict(),
        "meeting": {"title": info.title, "date": info.date, "start": info.start, "place": info.place,
                    "term": info.term_id},
        "agenda": [i.to_dict() for i in agenda],
    }
    uid = str(uuid.uuid4())
    with engine.begin() as conn:
        meeting_id = conn.execute(
            insert(_meetings).values(
                uid=uid,
                term_id=council.term.id,
                title=info.title,
                date=info.date,
                place=info.place,
                is_demo=is_demo,
                created_wall_us=at.wall_us,
                last_used_wall_us=at.wall_us,
                head_seq=0,
                head_hash=GENESIS,
            )
        ).inserted_primary_key[0]
        write_event(conn, meeting_id, uid, GENESIS, Event(1, ev.MEETING_CREATED, payload, actor, at))
    return int(meeting_id)


def _summaries(engine: Engine, stmt) -> list[MeetingSummary]:  # noqa: ANN001
    with engine.connect() as conn:
        return [MeetingSummary(r.id, r.title, r.date, r.place, r.is_demo) for r in conn.execute(stmt)]


def last_used_meeting(engine: Engine) -> int | None:
    rows = _summaries(engine, select(_meetings).order_by(_meetings.c.last_used_wall_us.desc()).limit(1))
    return rows[0].id if rows else None


def demo_meeting(engine: Engine) -> int | None:
    rows = _summaries(engine, select(_meetings).where(_meetings.c.is_demo.is_(True)).order_by(_meetings.c.id))
    return rows[0].id if rows else None


def meeting_summary(engine: Engine, meeting_id: int) -> MeetingSummary | None:
    rows = _summaries(engine, select(_meetings).where(_meetings.c.id == meeting_id))
    return rows[0] if rows else None


def mark_used(engine: Engine, meeting_id: int, at: Instant) -> None:
    with engine.begin() as conn:
        conn.execute(_meetings.update().where(_meetings.c.id == meeting_id).values(last_used_wall_us=at.wall_us))
