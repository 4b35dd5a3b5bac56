"""Keeping the station's local copy of the log (issue 19): the minutes can be printed if the server is gone.

A station on a PostgreSQL server starts a `StationCopy` for the opened meeting: it takes the log the station
loaded, then every event the station records or catches up (`MeetingService.subscribe`), and appends them to
the copy file (store/station_copy.py) on a thread of its own, so that a slow disk never delays the views. The
copy only ever follows the station: it holds what the station has seen, in the same order, with the same
hashes; after each batch its head must equal the station's, else it stops (logged; the server's log is
untouched). A copy left from an earlier run is continued when its chain is a prefix of the station's log, and
moved aside otherwise. A failed write (disk full) is tried again with the next event: nothing is skipped."""

from __future__ import annotations

import logging
import queue
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from chair_console.procedure.chain import GENESIS
from chair_console.store.port import Head, StoreError
from chair_console.store.station_copy import LocalCopy, copy_name, read_meeting_record
from chair_console.store.writer import digest_of

if TYPE_CHECKING:
    from chair_console.procedure.events import Event
    from chair_console.procedure.state import MeetingState
    from chair_console.services.meeting_service import MeetingService
    from chair_console.store.database import Database

log = logging.getLogger(__name__)


class StationCopy:
    """The local copy of one meeting's log, kept up by a thread of its own (see the module's text)."""

    def __init__(self, service: "MeetingService", db: "Database", data_dir: Path) -> None:
        self._service = service
        record = read_meeting_record(db, service.meeting_id)
        self.path = Path(data_dir) / copy_name(record.uid)
        self._copy = LocalCopy(self.path, record)
        self._queue: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None
        self._known: list["Event"] = []  # what the station has seen, in order (the worker's thread only)
        self._expected = GENESIS  # the station's head hash after the last of them
        self._opened = False
        self.failed: str | None = None  # why the copy stopped for good (it diverged from the station's log)
        self.error: str | None = None  # the last write that failed (tried again with the next event)

    @property
    def head(self) -> Head:
        return self._copy.head

    def start(self) -> "StationCopy":
        """Copy the log the station holds now, then each event it takes from here on."""
        self._queue.put(("log", self._service.log, self._service.head_hash))
        self._service.subscribe(self._on_event)
        self._thread = threading.Thread(target=self._run, name="chair-console-station-copy", daemon=True)
        self._thread.start()
        return self

    def _on_event(self, _state: "MeetingState", event: "Event") -> None:  # the station's thread
        self._queue.put(("event", event, self._service.head_hash))

    def flush(self, timeout: float = 30.0) -> bool:
        """Wait until everything handed over so far is written (or given up); False when `timeout` passed."""
        done = threading.Event()
        self._queue.put(("flush", done, None))
        return done.wait(timeout)

    def stop(self, timeout: float = 10.0) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout)
            self._thread = None
        self._copy.close()

    # -- the copy's thread -----------------------------------------------------------------------------------

    def _run(self) -> None:
        dirty = False  # events taken but not written yet
        while True:
            item = self._queue.get()
            if item is None:
                break
            what, value, expected = item
            if what == "flush":
                if dirty and self.failed is None:
                    self._write()
                    dirty = False
                value.set()
                continue
            if what == "log":
                self._known = list(value)
            elif value.seq == len(self._known) + 1:
                self._known.append(value)
            elif value.seq > len(self._known) + 1:  # cannot happen: the station folds events in order
                log.error("station copy: event %s after %s; copy stopped", value.seq, len(self._known))
                self.failed = "gap"
            else:
                continue  # already in the log handed over at the start
            self._expected = expected
            dirty = True
            if self.failed is None and self._queue.empty():  # a batch: one transaction for all that came
                self._write()
                dirty = False
        self._copy.close()

    def _write(self) -> None:
        try:
            if not self._opened:
                self._resume(self._copy.open())
                self._opened = True
            head = self._copy.append(self._known[self._copy.head.seq:])
        except StoreError as exc:
            self.error = exc.code
            log.warning("station copy %s not written (%s %s); tried again with the next event", self.path, exc.code,
                        exc.params)
            return
        except Exception as exc:  # noqa: BLE001 - the copy must never take the station down
            self.error = type(exc).__name__
            log.exception("station copy %s not written; tried again with the next event", self.path)
            return
        self.error = None
        if head.hash != self._expected:
            self.failed = "diverged"
            log.error("station copy %s: head %s does not match the station's %s at %s; copy stopped", self.path,
                      head.hash, self._expected, head.seq)

    def _resume(self, head: Head) -> None:
        """A copy from an earlier run is continued only when its chain holds and is the start of the station's
        log."""
        if head.seq == 0:
            return
        digest = GENESIS
        for event in self._known[:head.seq]:
            digest = digest_of(self._copy.record.uid, digest, event)
        if head.seq <= len(self._known) and digest == head.hash and not self._copy.problems():
            log.info("station copy %s continued from event %s", self.path, head.seq)
            return
        log.warning("station copy %s does not match this meeting's log at event %s: moved aside", self.path, head.seq)
        self._copy.move_aside()
        self._copy.open()


def keep_station_copy(service: "MeetingService", db: "Database", data_dir: Path) -> StationCopy | None:
    """Start the local copy for a station on a server; None on a SQLite file (it is its own copy) or when the
    meeting cannot be read now (the station works on; logged). None also on the public view (a hall display's or
    overlay's station, store/public.py): it has no hashes to keep a chained copy of, and prints no minutes."""
    if db.dialect == "sqlite" or getattr(db, "public", False):
        return None
    try:
        return StationCopy(service, db, data_dir).start()
    except Exception as exc:  # noqa: BLE001 - the copy must never keep the station from starting
        log.warning("station copy not started: %s", exc)
        return None
