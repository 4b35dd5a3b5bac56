"""The event store: append one event per transaction, load a log, verify a chain."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from chair_console.procedure.chain import GENESIS, event_hash
from chair_console.procedure.errors import CodedError
from chair_console.procedure.events import Event
from chair_console.store import reader

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from chair_console.store.database import Database


class StoreError(CodedError):
    """Writing to the database failed; nothing was recorded."""


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
    """Appends events to one meeting's log. One instance per open meeting.

    Opening reads with sqlite3 (fast start); the SQLAlchemy connection for appends is made on the
    first append, or earlier by `prepare()` once the window is up."""

    def __init__(self, db: "Database", meeting_id: int) -> None:
        self._db = db
        self.meeting_id = meeting_id
        head = reader.meeting_head(db.path, meeting_id)
        if head is None:
            raise StoreError("store.no_meeting", meeting=meeting_id)
        self.uid: str = head.uid
        self._head_seq: int = head.head_seq
        self._head_hash: str = head.head_hash
        self._writer: "Connection | None" = None  # one connection kept for appends: no pool round trip

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

    def load(self) -> list[Event]:
        return reader.load_events(self._db.path, self.meeting_id)

    def append(self, event: Event) -> str:
        """Write one event and move the chain's head, in one committed transaction.

        Returns the event's hash. On any failure nothing is written (StoreError)."""
        if event.seq != self._head_seq + 1:
            raise StoreError("store.out_of_sequence", expected=self._head_seq + 1, got=event.seq)
        try:
            from chair_console.store.writer import write_event

            conn = self._connection()
            with conn.begin():
                digest = write_event(conn, self.meeting_id, self.uid, self._head_hash, event)
        except StoreError:
            raise
        except Exception as exc:  # disk full, read-only file, locked …: nothing was committed
            self.close()
            if "UNIQUE constraint failed" in str(getattr(exc, "orig", exc)):  # another instance wrote this seq
                raise StoreError("store.concurrent_writer") from exc
            self.close()  # start from a fresh connection next time
            raise StoreError("store.write_failed", detail=str(getattr(exc, "orig", exc))) from exc
        self._head_seq = event.seq
        self._head_hash = digest
        return digest


# -- verification --------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    meeting_id: int | None
    seq: int | None
    code: str  # chain.hash_mismatch, chain.gap, chain.head_mismatch, db.integrity …
    detail: str = ""


def verify_file(path: Path) -> list[Problem]:
    """Check a database file read-only: SQLite integrity and every meeting's hash chain.

    Returns the problems found, first bad event first; an empty list means all is well."""
    problems: list[Problem] = []
    try:
        conn = reader.connect(path)
    except sqlite3.Error as exc:
        return [Problem(None, None, "db.unreadable", str(exc))]
    conn.row_factory = sqlite3.Row
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems.append(Problem(None, None, "db.integrity", "; ".join(result[:5])))
            return problems
        meetings = conn.execute("SELECT id, uid, head_seq, head_hash FROM meeting ORDER BY id").fetchall()
        for m in meetings:
            problems.extend(_verify_meeting(conn, m))
    except sqlite3.Error as exc:
        problems.append(Problem(None, None, "db.unreadable", str(exc)))
    finally:
        conn.close()
    return problems


def _verify_meeting(conn: sqlite3.Connection, m: sqlite3.Row) -> list[Problem]:
    prev = GENESIS
    expected_seq = 1
    rows = conn.execute(
        "SELECT seq, kind, payload, actor, wall_us, mono_ns, boot, prev_hash, hash "
        "FROM meeting_event WHERE meeting_id = ? ORDER BY seq",
        (m["id"],),
    )
    for row in rows:
        if row["seq"] != expected_seq:
            return [Problem(m["id"], expected_seq, "chain.gap", f"found {row['seq']}")]
        if row["prev_hash"] != prev:
            return [Problem(m["id"], row["seq"], "chain.broken_link")]
        if _row_hash(m["uid"], _RowView(row)) != row["hash"]:
            return [Problem(m["id"], row["seq"], "chain.hash_mismatch")]
        prev = row["hash"]
        expected_seq += 1
    last = expected_seq - 1
    if last != m["head_seq"] or prev != m["head_hash"]:
        seq = last + 1 if last < m["head_seq"] else max(last, 1)
        return [Problem(m["id"], seq, "chain.head_mismatch", f"log ends at {last}, head says {m['head_seq']}")]
    return []


class _RowView:
    def __init__(self, row: sqlite3.Row) -> None:
        self.__dict__.update({k: row[k] for k in row.keys()})
