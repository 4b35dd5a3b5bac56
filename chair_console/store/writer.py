"""Writing events with SQLAlchemy: one INSERT and one move of the chain head, in the caller's transaction."""

from __future__ import annotations

from sqlalchemy import bindparam, insert, update

from chair_console.models import EventRow, MeetingRow
from chair_console.procedure.chain import canonical_json, event_hash
from chair_console.procedure.events import Event
from chair_console.store.port import StoreError

_events = EventRow.__table__
_meetings = MeetingRow.__table__

# Built once: executing a ready statement with parameters skips SQL construction on every append.
_INSERT_EVENT = insert(_events)
_MOVE_HEAD = (
    update(_meetings)
    .where(
        _meetings.c.id == bindparam("m_id"),
        _meetings.c.head_seq == bindparam("old_seq"),
        _meetings.c.head_hash == bindparam("old_hash"),
    )
    .values(head_seq=bindparam("new_seq"), head_hash=bindparam("new_hash"), last_used_wall_us=bindparam("wall"))
)


def digest_of(uid: str, prev_hash: str, event: Event) -> str:
    """The hash `write_event` stores for `event` after `prev_hash`."""
    return _digest(uid, prev_hash, event, canonical_json(dict(event.payload)))


def _digest(uid: str, prev_hash: str, event: Event, payload: str) -> str:
    return event_hash(
        meeting_uid=uid,
        seq=event.seq,
        kind=event.kind,
        payload_json=payload,
        actor=event.actor,
        wall_us=event.at.wall_us,
        mono_ns=event.at.mono_ns,
        boot=event.at.boot,
        prev_hash=prev_hash,
    )


def write_event(conn, meeting_id: int, uid: str, prev_hash: str, event: Event) -> str:  # noqa: ANN001
    """Insert `event` after `prev_hash` and move the meeting's head, inside the caller's transaction."""
    payload = canonical_json(dict(event.payload))
    digest = _digest(uid, prev_hash, event, payload)
    conn.execute(
        _INSERT_EVENT,
        {
            "meeting_id": meeting_id,
            "seq": event.seq,
            "kind": event.kind,
            "payload": payload,
            "actor": event.actor,
            "wall_us": event.at.wall_us,
            "mono_ns": event.at.mono_ns,
            "boot": event.at.boot,
            "prev_hash": prev_hash,
            "hash": digest,
            "uid": event.uid or None,  # the station's id of the event (migration 0005), outside the hash
        },
    )
    done = conn.execute(
        _MOVE_HEAD,
        {
            "m_id": meeting_id,
            "old_seq": event.seq - 1,
            "old_hash": prev_hash,
            "new_seq": event.seq,
            "new_hash": digest,
            "wall": event.at.wall_us,
        },
    )
    if done.rowcount != 1:  # another process moved the head: refuse, the transaction rolls back
        raise StoreError("store.concurrent_writer")
    return digest
