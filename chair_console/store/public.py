"""A PostgreSQL database opened through its public view (issue 19): the hall display's and the overlay's stations.

A display or overlay station logs in with a role of `chair_console_public` (migration 0004, docs/IT.md), which may
read only the views `public_meeting_event` and `public_meeting`: the log with everything of a closed item's part
replaced by `public.withheld` markers, closed items' agenda entries reduced, absence reasons dropped, no hashes.
`open_postgres(url, public=True)` opens such a login as a `PublicDatabase`: read-only, its meetings from
`public_meeting`, each meeting's log (`PublicEventLog`, the storage port's EventLog) from
`public_meeting_events(meeting, since)` (migration 0006: the same public view computed for that one meeting, a few ms
per read whatever else the database holds), or, on a database not yet at 0006, from the view `public_meeting_event`.

There is no hash chain here to verify: the view has no hashes (a hash over a withheld event and its time would let
one test guesses of its content), so `verify` finds nothing to check and the window's check of the log is taken as
passed for such a database (services/verification.py). The chain is verified by the writing stations, which read
the log itself; this station only shows what the server's view gives it, and writes nothing."""

from __future__ import annotations

import json
import logging
from contextlib import closing
from chair_console.procedure.events import Event
from chair_console.procedure.timebase import Instant
from chair_console.store import reader
from chair_console.store.port import Head, MeetingRef, Problem, StoredEvent, StoreError, Tail
from chair_console.store.postgres import PostgresDatabase

log = logging.getLogger(__name__)

NO_HASH = ""  # the view has none (migration 0004)
_EVENT_COLUMNS = "e.seq, e.kind, e.payload, e.actor, e.wall_us, e.mono_ns, e.boot"
# One meeting's public events after a number (migration 0006), and the head with them in one statement (one
# snapshot), as store/reader.py TAIL_SQL. LOAD_SQL takes (meeting, since), TAIL_SQL (since, meeting).
LOAD_SQL = f"SELECT {_EVENT_COLUMNS} FROM public_meeting_events(?, ?) e ORDER BY e.seq"
TAIL_SQL = (f"SELECT m.uid, m.head_seq, {_EVENT_COLUMNS} FROM public_meeting m "
            "LEFT JOIN LATERAL public_meeting_events(m.id, ?) e ON true WHERE m.id = ? ORDER BY e.seq")
# The same through migration 0004's view, on a database not yet at 0006 (a writer's station migrates it); slow on
# a big database: the view computes every meeting's events before it filters.
VIEW_LOAD_SQL = (f"SELECT {_EVENT_COLUMNS} FROM public_meeting_event e WHERE e.meeting_id = ? AND e.seq > ? "
                 "ORDER BY e.seq")
VIEW_TAIL_SQL = (f"SELECT m.uid, m.head_seq, {_EVENT_COLUMNS} FROM public_meeting m "
                 "LEFT JOIN public_meeting_event e ON e.meeting_id = m.id AND e.seq > ? WHERE m.id = ? ORDER BY e.seq")
# Whether this role may call the function (no such function before 0006: NULL, taken as no)
_HAS_FUNCTION = ("coalesce(has_function_privilege(to_regprocedure('public_meeting_events(bigint, bigint)'), "
                 "'EXECUTE'), false)")


class PublicDatabase(PostgresDatabase):
    """A PostgreSQL database seen through its public view: read-only, no hashes (see the module's text)."""

    public = True

    def __init__(self, url: str) -> None:
        super().__init__(url, read_only=True)

    def event_log(self, meeting_id: int) -> "PublicEventLog":  # type: ignore[override]
        return PublicEventLog(self, meeting_id)

    def meetings(self) -> list[MeetingRef]:
        with closing(self.read_connection()) as conn:
            rows = conn.execute("SELECT id, uid, title, date, origin, head_seq FROM public_meeting ORDER BY id")
            return [MeetingRef(i, uid, title, date, origin, Head(seq, NO_HASH))
                    for i, uid, title, date, origin, seq in rows.fetchall()]

    def verify(self, meeting_id: int | None = None) -> list[Problem]:
        # Nothing to check: the public view has no hashes, and this station cannot read the log that has them
        # (the writing stations verify it, `chair-console verify` with IT's or a writer's login).
        return []


def _event(row: tuple) -> Event:
    seq, kind, payload, actor, wall_us, mono_ns, boot = row
    return Event(seq, kind, json.loads(payload), actor, Instant(wall_us, mono_ns, boot))


class PublicEventLog:
    """One meeting's public log (the storage port's EventLog, read-only): what `public_meeting_event` shows, in
    order, with no hashes (`head_hash` is empty; the stored events' links are empty). Appending is refused."""

    def __init__(self, db: PublicDatabase, meeting_id: int) -> None:
        self._db = db
        self.meeting_id = meeting_id
        row = self._read(lambda conn: conn.execute(f"SELECT uid, head_seq, {_HAS_FUNCTION} FROM public_meeting "
                                                   "WHERE id = ?", (meeting_id,)).fetchone())
        if row is None:
            raise StoreError("store.no_meeting", meeting=meeting_id)
        self.uid: str = row[0]
        self._head_seq: int = row[1]
        self._load_sql, self._tail_sql = (LOAD_SQL, TAIL_SQL) if row[2] else (VIEW_LOAD_SQL, VIEW_TAIL_SQL)

    @property
    def head_hash(self) -> str:
        return NO_HASH

    @property
    def read_only(self) -> bool:
        return True

    def head(self) -> Head:
        return Head(self._head_seq, NO_HASH)

    def refresh_head(self) -> Head:
        row = self._read(lambda conn: conn.execute("SELECT head_seq FROM public_meeting WHERE id = ?",
                                                   (self.meeting_id,)).fetchone())
        if row is None:
            raise StoreError("store.no_meeting", meeting=self.meeting_id)
        self._head_seq = row[0]
        return self.head()

    def load(self, since: int = 0) -> list[Event]:
        rows = self._read(lambda conn: conn.execute(self._load_sql, (self.meeting_id, since)).fetchall())
        return [_event(tuple(r)) for r in rows]

    def tail(self, since: int) -> Tail:
        rows = self._read(lambda conn: conn.execute(self._tail_sql, (since, self.meeting_id)).fetchall())
        if not rows:
            raise StoreError("store.no_meeting", meeting=self.meeting_id)
        head = Head(rows[0][1], NO_HASH)
        events = tuple(StoredEvent(_event(tuple(r[2:])), r[4], NO_HASH, NO_HASH) for r in rows if r[2] is not None)
        return Tail(head, events)

    def follow(self, head: Head) -> None:
        self._head_seq = head.seq

    def append(self, event: Event, expected: Head | None = None) -> str:
        raise StoreError("store.public_only", path=self._db.where)

    def stored_seq(self, uid: str) -> int | None:
        return None  # this station records nothing

    def verify(self) -> list[Problem]:
        return self._db.verify(self.meeting_id)

    def prepare(self) -> None:
        pass

    def close(self) -> None:
        pass

    def _read(self, query):  # noqa: ANN001, ANN202 - a query on a pooled connection
        try:
            with closing(self._db.read_connection()) as conn:
                return query(conn)
        except StoreError:
            raise
        except Exception as exc:
            if not reader.is_read_error(exc):
                raise
            code = self._db.classify_error(exc, default="store.unreachable") or "store.unreachable"
            raise StoreError(code, path=self._db.where, detail=self._db.error_detail(exc)) from exc
