"""The storage port: what the services need from a meeting's event log, whichever database holds it.

Two implementations: SQLite, one file on one laptop (`store/event_store.py`, `store/database.py`), and
PostgreSQL, one server for the stations of the hall (`store/postgres.py`). Both keep the same hash chain under
the same guards (append-only events, a head that moves one step); `verify` is the same code for both.

- `Storage` is one opened database: its meetings, a log per meeting, `verify`.
- `EventLog` is one meeting's log: its head, the events since a sequence number, and an append that names the
  head it expects. Each event carries the id its station made (`Event.uid`, migration 0005): appending an event
  already stored under its id writes nothing and returns the stored hash (a retry after a lost acknowledgement). When another writer moved the head first, the append is refused with
  `StoreError("store.concurrent_writer")` and nothing is written (classified by the database's error type or
  SQLSTATE, never by its message text)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from chair_console.procedure.errors import CodedError

if TYPE_CHECKING:
    from chair_console.procedure.events import Event


class StoreError(CodedError):
    """Writing to the database failed; nothing was recorded. `code` says why (store.concurrent_writer,
    store.unreachable, store.forbidden, store.append_only, db.read_only, db.disk_full …)."""


@dataclass(frozen=True)
class Head:
    """The head of a meeting's chain: the last event's sequence number and hash (GENESIS and 0 when empty)."""

    seq: int
    hash: str


@dataclass(frozen=True)
class StoredEvent:
    """An event as the database holds it: its payload's JSON exactly as hashed, and its links in the chain (what
    a station that follows the log checks before it folds the event in, `MeetingService.catch_up`)."""

    event: "Event"
    payload_json: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class Tail:
    """What came after a sequence number, read in one statement (one snapshot): the meeting's head as the
    database has it, and the stored events after that number, in order."""

    head: Head
    events: tuple[StoredEvent, ...]


@dataclass(frozen=True)
class MeetingRef:
    id: int
    uid: str
    title: str
    date: str
    origin: str
    head: Head


@dataclass(frozen=True)
class Problem:
    """One finding of `verify`."""

    meeting_id: int | None
    seq: int | None
    code: str  # chain.hash_mismatch, chain.gap, chain.head_mismatch, db.integrity …
    detail: str = ""


@runtime_checkable
class EventLog(Protocol):
    meeting_id: int
    uid: str

    @property
    def head_hash(self) -> str: ...

    @property
    def read_only(self) -> bool: ...

    def head(self) -> Head:
        """The head as this log last saw it (after its own appends, or `refresh_head`)."""
        ...

    def refresh_head(self) -> Head:
        """Read the head from the database (another writer may have moved it)."""
        ...

    def load(self, since: int = 0) -> list["Event"]:
        """The events after sequence number `since`, in order."""
        ...

    def append(self, event: "Event", expected: Head | None = None) -> str:
        """Write `event` after the head `expected` (default: `head()`), in one committed transaction; returns
        its hash. StoreError, nothing written, when the head is not `expected` any more or the write fails."""
        ...

    def tail(self, since: int) -> Tail:
        """The head and the stored events after `since`, from one snapshot (another station's events)."""
        ...

    def follow(self, head: Head) -> None:
        """The caller has checked and folded the events up to `head`: appends now expect it."""
        ...

    def stored_seq(self, uid: str) -> int | None:
        """The sequence number of the event stored under this station-made id (`Event.uid`), or None."""
        ...

    def verify(self) -> list[Problem]:
        """This meeting's chain and head, read-only; empty when all is well."""
        ...

    def prepare(self) -> None: ...

    def close(self) -> None: ...


@runtime_checkable
class Storage(Protocol):
    dialect: str  # "sqlite" or "postgresql"
    read_only: bool

    @property
    def where(self) -> str:
        """Where the database is, for messages: the file's path, or the server's URL without a password."""
        ...

    def event_log(self, meeting_id: int) -> EventLog: ...

    def meetings(self) -> list[MeetingRef]: ...

    def verify(self, meeting_id: int | None = None) -> list[Problem]: ...

    def close(self) -> None: ...
