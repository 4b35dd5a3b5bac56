"""The event store: append one event per transaction, load a log, verify a chain.

`EventStore` implements the storage port's `EventLog` (store/port.py) on an opened database: reads go through
store/reader.py (raw sqlite3 for a SQLite file, for a fast start; a pooled psycopg connection for PostgreSQL),
appends through SQLAlchemy (store/writer.py), and failures are classified by the database's own error types
(`Database.classify_error`). `verify_*` check the hash chain the same way on both databases."""

from __future__ import annotations

import json
import logging
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Union

from chair_console.procedure.chain import GENESIS, canonical_json, event_hash
from chair_console.procedure.events import Event
from chair_console.procedure.timebase import Instant
from chair_console.store import reader
from chair_console.store.port import Head, Problem, StoredEvent, StoreError, Tail

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from chair_console.store.database import Database

log = logging.getLogger(__name__)

# Codes of an append refused by a constraint of the database (its unique keys or the chain's guards, classified by
# SQLite's result code or PostgreSQL's SQLSTATE): the event may already be there under its station-made id.
_REFUSED_BY_A_CONSTRAINT = frozenset({"db.constraint", "store.concurrent_writer"})

__all__ = ["EventStore", "StoreError", "Problem", "Head", "verify_file", "verify_meeting", "find_head"]
Source = Union[Path, "Database"]


def _row_hash(uid: str, row) -> str:  # noqa: ANN001
    return event_hash(
        meeting_uid=uid,
        seq=row.seq,
        kind=row.kind,
        payload_json=row.payload,
        actor=row.actor,
        wall_us=row.wall_us,
        mono_ns=row.mono_ns,
        boot=row.boot,
        prev_hash=row.prev_hash,
    )


class EventStore:
    """One meeting's log (the port's `EventLog`). One instance per open meeting.

    Opening reads with sqlite3 on a SQLite file (fast start); the SQLAlchemy connection for appends is made on
    the first append, or earlier by `prepare()` once the window is up."""

    def __init__(self, db: "Database", meeting_id: int) -> None:
        self._db = db
        self.meeting_id = meeting_id
        head = reader.meeting_head(db, meeting_id)
        if head is None:
            raise StoreError("store.no_meeting", meeting=meeting_id)
        self.uid: str = head.uid
        self._head_seq: int = head.head_seq
        self._head_hash: str = head.head_hash
        self._writer: "Connection | None" = None  # one connection kept for appends: no pool round trip
        self._follower: sqlite3.Connection | None = None  # a SQLite file's read connection kept for `tail`

    @property
    def head_hash(self) -> str:
        return self._head_hash

    @property
    def read_only(self) -> bool:
        return self._db.read_only

    def head(self) -> Head:
        return Head(self._head_seq, self._head_hash)

    def refresh_head(self) -> Head:
        """The head as the database has it now (another writer may have moved it); this log then expects it."""
        head = reader.meeting_head(self._db, self.meeting_id)
        if head is None:
            raise StoreError("store.no_meeting", meeting=self.meeting_id)
        self._head_seq, self._head_hash = head.head_seq, head.head_hash
        return self.head()

    def verify(self) -> list[Problem]:
        return verify_meeting(self._db, self.meeting_id)

    def tail(self, since: int) -> Tail:
        """The head and the stored events after `since`, read in one statement (the same snapshot), for a station
        that follows what others record (`MeetingService.catch_up`). A SQLite file keeps one read connection for
        this (each statement outside a transaction sees the newest commit); PostgreSQL takes a pooled one."""
        try:
            rows = self._tail_rows(since)
        except StoreError:
            raise
        except Exception as exc:
            if not reader.is_read_error(exc):
                raise
            self.close()  # the server went away, or the file: fresh connections next time, for appends too
            code = self._db.classify_error(exc, default="store.unreachable") or "store.unreachable"
            raise StoreError(code, path=self._db.where, detail=self._db.error_detail(exc)) from exc
        if not rows:
            raise StoreError("store.no_meeting", meeting=self.meeting_id)
        head = Head(rows[0][0], rows[0][1])
        events = tuple(
            StoredEvent(Event(seq, kind, json.loads(payload), actor, Instant(w, m, b)), payload, prev, digest)
            for _s, _h, seq, kind, payload, actor, w, m, b, prev, digest in rows if seq is not None)
        return Tail(head, events)

    def _tail_rows(self, since: int) -> list[tuple]:
        if self._db.dialect != "sqlite":
            with closing(reader.connect(self._db)) as conn:
                return reader.tail_rows(conn, self.meeting_id, since)
        if self._follower is None:
            self._follower = reader.connect(self._db)
        return reader.tail_rows(self._follower, self.meeting_id, since)

    def _close_follower(self) -> None:
        if self._follower is not None:
            self._follower.close()
            self._follower = None

    def follow(self, head: Head) -> None:
        """The caller checked and folded the events up to `head` (another station's): appends now expect it."""
        self._head_seq, self._head_hash = head.seq, head.hash

    def prepare(self) -> None:
        """Load SQLAlchemy and open the writing connection now, so the first append is quick."""
        from chair_console.store import writer  # noqa: F401

        self._connection()

    def _connection(self) -> "Connection":
        if self._writer is None or self._writer.closed or self._writer.invalidated:
            self._writer = self._db.engine.connect()
        return self._writer

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        self._close_follower()

    def load(self, since: int = 0) -> list[Event]:
        """The events after sequence number `since` (the whole log by default), in order."""
        return reader.load_events(self._db, self.meeting_id, since)

    def append(self, event: Event, expected: Head | None = None) -> str:
        """Write one event after the head `expected` (default: the head this log last saw) and move the chain's
        head, in one committed transaction.

        Returns the event's hash. On any failure nothing is written (StoreError); when another writer moved the
        head first: `store.concurrent_writer` (the database's unique key and guard triggers refuse it).

        Idempotent by the event's station-made id (`Event.uid`, migration 0005): appending an event the database
        already holds under its uid — a retry after a lost acknowledgement — writes nothing and returns the stored
        event's hash (found when the append is out of sequence or refused by a constraint, never by error text)."""
        expected = expected or self.head()
        if event.seq != expected.seq + 1:
            digest = self._stored_already(event)  # the same event again: a retry after a lost acknowledgement
            if digest is not None:
                return digest
            raise StoreError("store.out_of_sequence", expected=expected.seq + 1, got=event.seq)
        if self._db.read_only:  # a read-only file, or a PostgreSQL role that may only read
            raise StoreError("db.read_only" if self._db.dialect == "sqlite" else "store.read_only_role",
                             path=self._db.where)
        try:
            from chair_console.store.writer import write_event

            conn = self._connection()
            with conn.begin():
                digest = write_event(conn, self.meeting_id, self.uid, expected.hash, event)
        except StoreError:
            raise
        except Exception as exc:  # disk full, read-only file, locked, server gone …: nothing was committed
            self.close()  # start from a fresh connection next time
            code = self._db.classify_error(exc, default="store.write_failed")
            if code is None:  # not the database's error: a bug, told as one
                raise
            digest = self._landed_anyway(code, event, expected)
            if digest is None and code in _REFUSED_BY_A_CONSTRAINT:  # the same event stored already (its uid)?
                digest = self._stored_already(event)
                if digest is not None:
                    log.info("event %s (%s) was stored already: taken as written", event.seq, event.uid)
                    if event.seq <= self._head_seq:
                        return digest
            if digest is None:
                if code == "db.constraint":  # another instance wrote this seq, or moved the head
                    code = "store.concurrent_writer"
                raise StoreError(code, path=self._db.where, detail=self._db.error_detail(exc)) from exc
        self._head_seq = event.seq
        self._head_hash = digest
        return digest

    def _stored_already(self, event: Event) -> str | None:
        """The stored hash of `event` when the database already holds it under its station-made id (`uid`,
        migration 0005): the same seq, kind, payload and actor. None when no event has that id, the event has none,
        or the database cannot be read now (not confirmed: not taken as written). Another event under the same id
        is refused (`store.already_recorded`, naming the stored one's number): never written twice."""
        row = self._by_uid(event.uid)
        if row is None:
            return None
        seq, kind, payload, actor, digest = row
        if (seq, kind, payload, actor) != (event.seq, event.kind, canonical_json(dict(event.payload)), event.actor):
            raise StoreError("store.already_recorded", seq=seq, path=self._db.where)
        return digest

    def stored_seq(self, uid: str) -> int | None:
        """The sequence number of the event stored under this station-made id, or None (none, or the database
        cannot be read now)."""
        row = self._by_uid(uid)
        return None if row is None else row[0]

    def _by_uid(self, uid: str) -> tuple | None:
        """(seq, kind, payload, actor, hash) of the event stored under `uid`; None when there is none, `uid` is
        empty or the database cannot be read now."""
        if not uid:
            return None
        try:
            with closing(reader.connect(self._db)) as conn:
                row = conn.execute(
                    "SELECT seq, kind, payload, actor, hash FROM meeting_event WHERE meeting_id = ? AND uid = ?",
                    (self.meeting_id, uid)).fetchone()
        except Exception as exc:
            if not reader.is_read_error(exc):
                raise
            return None
        return None if row is None else tuple(row)

    def _landed_anyway(self, code: str, event: Event, expected: Head) -> str | None:
        """After a failure whose outcome is unknown (the connection dropped around COMMIT), the event's hash if
        the commit did land; None otherwise. A file database never leaves that unknown."""
        return None


# -- verification --------------------------------------------------------------


def verify_file(path: Source) -> list[Problem]:
    """Check a database read-only: SQLite integrity (a file) and every meeting's hash chain (both databases).

    Returns the problems found, first bad event first; an empty list means all is well."""
    return _verify(path, meeting_id=None, integrity=True)


def verify_meeting(path: Source, meeting_id: int) -> list[Problem]:
    """Check one meeting's hash chain and head (read-only), before it is shown, printed or acted on."""
    return _verify(path, meeting_id=meeting_id, integrity=False)


def _verify(path: Source, meeting_id: int | None, integrity: bool) -> list[Problem]:
    problems: list[Problem] = []
    try:
        conn = reader.connect(path)
    except Exception as exc:
        if not reader.is_read_error(exc):
            raise
        return [Problem(None, None, "db.unreadable", str(exc).strip().split("\n", 1)[0])]
    sqlite = isinstance(conn, sqlite3.Connection)
    try:
        if integrity and sqlite:  # PostgreSQL checks its own pages (data checksums); the chain is checked below
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                problems.append(Problem(None, None, "db.integrity", "; ".join(result[:5])))
                return problems
        sql = "SELECT id, uid, head_seq, head_hash FROM meeting"
        meetings = conn.execute(sql + " ORDER BY id" if meeting_id is None else sql + " WHERE id = ?",
                                () if meeting_id is None else (meeting_id,)).fetchall()
        if meeting_id is not None and not meetings:
            return [Problem(meeting_id, None, "chain.no_meeting")]
        for m in meetings:
            problems.extend(_verify_meeting(conn, dict(zip(("id", "uid", "head_seq", "head_hash"), m))))
    except Exception as exc:
        if not reader.is_read_error(exc):
            raise
        problems.append(Problem(None, None, "db.unreadable", str(exc).strip().split("\n", 1)[0]))
    finally:
        conn.close()
    return problems


_CHAIN_COLUMNS = ("seq", "kind", "payload", "actor", "wall_us", "mono_ns", "boot", "prev_hash", "hash")


def _verify_meeting(conn: sqlite3.Connection, m: dict) -> list[Problem]:
    prev = GENESIS
    expected_seq = 1
    rows = conn.execute(
        "SELECT seq, kind, payload, actor, wall_us, mono_ns, boot, prev_hash, hash "
        "FROM meeting_event WHERE meeting_id = ? ORDER BY seq",
        (m["id"],),
    )
    for values in rows:
        row = dict(zip(_CHAIN_COLUMNS, values))
        if row["seq"] != expected_seq:
            return [Problem(m["id"], expected_seq, "chain.gap", f"found {row['seq']}")]
        if row["prev_hash"] != prev:
            return [Problem(m["id"], row["seq"], "chain.broken_link")]
        if _row_hash(m["uid"], _RowView(row)) != row["hash"]:
            return [Problem(m["id"], row["seq"], "chain.hash_mismatch")]
        prev = row["hash"]
        expected_seq += 1
    last = expected_seq - 1
    detail = f"log ends at {last}, head says {m['head_seq']}"
    if last < m["head_seq"]:  # the last events are gone
        return [Problem(m["id"], last + 1, "chain.head_mismatch", detail)]
    if last > m["head_seq"]:  # the head was moved back: the events after it are not covered
        return [Problem(m["id"], m["head_seq"] + 1, "chain.head_behind", detail)]
    if prev != m["head_hash"]:  # same length, other hash: the head or the log was replaced
        return [Problem(m["id"], max(last, 1), "chain.head_changed", detail)]
    return []


class _RowView:
    def __init__(self, row: dict) -> None:
        self.__dict__.update(row)


# -- a printed head hash -----------------------------------------------------------------------------


@dataclass(frozen=True)
class LoggedEvent:
    meeting_id: int
    title: str
    seq: int
    kind: str
    wall_us: int
    hash: str


@dataclass(frozen=True)
class HeadMatch:
    """Where a printed head hash stands in the log, and what was recorded after it."""

    event: LoggedEvent
    after: tuple[LoggedEvent, ...]


def find_head(path: Source, short: str) -> list[HeadMatch]:
    """The events whose hash begins with `short` (the short form printed in minutes and exports), each
    with the events recorded after it in its meeting (read-only)."""
    prefix = short.strip().lower()
    matches: list[HeadMatch] = []
    with closing(reader.connect(path)) as conn:
        rows = conn.execute(
            "SELECT e.meeting_id, m.title, e.seq, e.kind, e.wall_us, e.hash FROM meeting_event e "
            "JOIN meeting m ON m.id = e.meeting_id WHERE substr(e.hash, 1, ?) = ? ORDER BY e.meeting_id, e.seq",
            (len(prefix), prefix),
        ).fetchall()
        for row in rows:
            after = conn.execute(
                "SELECT e.meeting_id, m.title, e.seq, e.kind, e.wall_us, e.hash FROM meeting_event e "
                "JOIN meeting m ON m.id = e.meeting_id WHERE e.meeting_id = ? AND e.seq > ? ORDER BY e.seq",
                (row[0], row[2]),
            ).fetchall()
            matches.append(HeadMatch(LoggedEvent(*row), tuple(LoggedEvent(*a) for a in after)))
    return matches
