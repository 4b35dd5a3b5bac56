"""Writing meetings: create one with its first event; note when it was last used (reads: store/reader.py)."""

from __future__ import annotations

import uuid

from sqlalchemy import Engine, insert

from chair_console.models import MeetingRow
from chair_console.procedure import events as ev
from chair_console.procedure.agenda import AgendaItem, MeetingInfo
from chair_console.procedure.chain import GENESIS
from chair_console.procedure.council import Council
from chair_console.procedure.events import Event
from chair_console.procedure.state import RULES_VERSION
from chair_console.procedure.timebase import Instant
from chair_console.store.writer import write_event

_meetings = MeetingRow.__table__


def create_meeting(
    engine: Engine,
    council: Council,
    info: MeetingInfo,
    agenda: tuple[AgendaItem, ...],
    at: Instant,
    actor: str = "secretary",
    origin: str = "meeting",
    questions: tuple[dict, ...] = (),
) -> int:
    """Create a meeting and its first event (a snapshot of council and agenda), in one transaction."""
    payload = {
        "council": council.to_dict(),
        "meeting": {"title": info.title, "date": info.date, "start": info.start, "place": info.place,
                    "term": info.term_id, "remote": info.remote,
                    "extraordinary": info.extraordinary},
        "agenda": [i.to_dict() for i in agenda],
    }
    if questions:
        payload["questions"] = list(questions)
    payload["rules"] = RULES_VERSION  # the rules this meeting is recorded under
    uid = str(uuid.uuid4())
    with engine.begin() as conn:
        meeting_id = conn.execute(
            insert(_meetings).values(
                uid=uid,
                term_id=council.term.id,
                title=info.title,
                date=info.date,
                place=info.place,
                is_demo=origin == "demo",
                origin=origin,
                created_wall_us=at.wall_us,
                last_used_wall_us=at.wall_us,
                head_seq=0,
                head_hash=GENESIS,
            )
        ).inserted_primary_key[0]
        write_event(conn, meeting_id, uid, GENESIS, Event(1, ev.MEETING_CREATED, payload, actor, at))
    return int(meeting_id)


def mark_used(engine: Engine, meeting_id: int, at: Instant) -> None:
    with engine.begin() as conn:
        conn.execute(_meetings.update().where(_meetings.c.id == meeting_id).values(last_used_wall_us=at.wall_us))
