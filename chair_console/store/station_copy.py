"""A station's local copy of the meeting's log (issue 19): a SQLite file in the station's data folder.

Every station on a PostgreSQL server appends each event it loads or catches up (its own and the other
stations') to `station-copy-<meeting uid>.sqlite3` in its data folder (chair_console/paths.py). The copy is an
ordinary console database: the same schema (Alembic), the meeting's row with the same uid, the events with the
same content, so the same hash chain and the same head hash as on the server. `chair-console minutes --db COPY`
and `verify --db COPY` work on it when the server is gone. The console only ever appends to it; a copy whose
chain is not a prefix of the meeting's log (another server's meeting under the same uid, or edited) is moved
aside (`.replaced-<time>`), never merged, and a fresh copy is made.

This module writes the file (SQLAlchemy, store/writer.py: the same `write_event` as every append);
services/station_copy.py decides when."""

from __future__ import annotations

import logging
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from chair_console.procedure.chain import GENESIS
from chair_console.store import reader
from chair_console.store.port import Head, StoreError

if TYPE_CHECKING:
    from chair_console.procedure.events import Event
    from chair_console.store.database import Database

log = logging.getLogger(__name__)

COPY_PREFIX = "station-copy-"


def copy_name(uid: str) -> str:
    """The copy's file name for the meeting with this uid."""
    return f"{COPY_PREFIX}{uid}.sqlite3"


@dataclass(frozen=True)
class MeetingRecord:
    """What the copy needs of the meeting's row (and of its council term, which the row refers to)."""

    uid: str
    term: tuple  # council_term: id, name, start, end, seats
    title: str
    date: str
    place: str
    is_demo: bool
    origin: str
    created_wall_us: int


def read_meeting_record(source: "Database", meeting_id: int) -> MeetingRecord:
    """The meeting's row and its term's, read from the database the station works on."""
    with closing(reader.connect(source)) as conn:
        row = conn.execute("SELECT uid, term_id, title, date, place, is_demo, origin, created_wall_us FROM meeting "
                           "WHERE id = ?", (meeting_id,)).fetchone()
        if row is None:
            raise StoreError("store.no_meeting", meeting=meeting_id)
        term = conn.execute('SELECT id, name, start, "end", seats FROM council_term WHERE id = ?',
                            (row[1],)).fetchone()
    if term is None:  # the term row is only the target of the meeting's reference: its snapshot is in event 1
        term = (row[1], row[1], "", "", 0)
    uid, _term_id, title, date, place, is_demo, origin, created = row
    return MeetingRecord(uid, tuple(term), title, date, place, bool(is_demo), origin or "meeting", int(created))


class LocalCopy:
    """The copy file of one meeting: opened (made if needed) by `open`, appended to by `append`."""

    def __init__(self, path: Path, record: MeetingRecord) -> None:
        self.path = Path(path)
        self.record = record
        self._db: "Database | None" = None
        self.meeting_id: int | None = None
        self.head = Head(0, GENESIS)

    def open(self) -> Head:
        """Open the file, making it and the meeting's row when missing; returns the copy's head. A file that
        cannot be used as this meeting's copy (not the console's, another meeting in it) is moved aside first."""
        from chair_console.store.database import DatabaseError

        try:
            return self._open()
        except DatabaseError as exc:
            if exc.code in ("db.read_only", "db.cannot_create", "db.disk_full", "db.io_error", "db.cannot_open",
                            "db.unwritable", "db.read_only_needs_upgrade"):
                raise  # the folder or disk: the file itself is not at fault
            log.warning("station copy %s cannot be used (%s): moved aside", self.path, exc.code)
        self.move_aside()
        return self._open()

    def _open(self) -> Head:
        from sqlalchemy import insert

        from chair_console.models import CouncilTermRow, MeetingRow
        from chair_console.store.database import DatabaseError, open_database

        self.close()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = open_database(self.path, write=True)
        self._db = db
        refs = db.meetings()
        if any(m.uid != self.record.uid for m in refs):
            raise DatabaseError("db.foreign", path=str(self.path))
        if refs:
            self.meeting_id = refs[0].id
            self.head = refs[0].head
            return self.head
        r = self.record
        with db.writing(), db.engine.begin() as conn:
            tid, name, start, end, seats = r.term
            terms = CouncilTermRow.__table__
            if conn.execute(terms.select().where(terms.c.id == tid)).first() is None:
                conn.execute(insert(terms).values(id=tid, name=name, start=start, end=end, seats=seats))
            self.meeting_id = int(conn.execute(insert(MeetingRow.__table__).values(
                uid=r.uid, term_id=tid, title=r.title, date=r.date, place=r.place, is_demo=r.is_demo,
                origin=r.origin, created_wall_us=r.created_wall_us, last_used_wall_us=r.created_wall_us,
                head_seq=0, head_hash=GENESIS)).inserted_primary_key[0])
        self.head = Head(0, GENESIS)
        log.info("station copy of meeting %s made: %s", r.uid, self.path)
        return self.head

    def append(self, events: Sequence["Event"]) -> Head:
        """Append `events` (the ones right after the copy's head, in order) in one transaction; returns the new
        head. StoreError when the file cannot be written (nothing of them written then)."""
        from chair_console.store.writer import write_event

        if not events:
            return self.head
        if self._db is None or self.meeting_id is None:
            raise StoreError("store.no_meeting", meeting=self.record.uid)
        if events[0].seq != self.head.seq + 1:
            raise StoreError("store.out_of_sequence", expected=self.head.seq + 1, got=events[0].seq)
        digest = self.head.hash
        try:
            with self._db.writing(), self._db.engine.begin() as conn:
                for event in events:
                    digest = write_event(conn, self.meeting_id, self.record.uid, digest, event)
        except StoreError:
            raise
        except Exception as exc:  # DatabaseError (disk full, read-only …): nothing of them was written
            code = getattr(exc, "code", "store.write_failed")
            raise StoreError(code, path=str(self.path), detail=str(exc)) from exc
        self.head = Head(events[-1].seq, digest)
        return self.head

    def problems(self) -> list:
        """The copy's chain checked as `verify` checks it (read-only); empty when it holds."""
        if self._db is None or self.meeting_id is None:
            return []
        return self._db.verify(self.meeting_id)

    def move_aside(self) -> Path | None:
        """Move the file (and its -wal/-shm) aside as `<name>.replaced-<time>`; returns where it went."""
        self.close()
        if not self.path.exists():
            return None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.replaced-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.replaced-{stamp}-{n}")
        self.path.rename(target)
        for suffix in ("-wal", "-shm"):
            extra = self.path.with_name(self.path.name + suffix)
            if extra.exists():
                extra.rename(target.with_name(target.name + suffix))
        log.warning("station copy %s moved aside to %s", self.path, target)
        return target

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        self.meeting_id = None
