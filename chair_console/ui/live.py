"""Following the meeting live (issue 19): another station's event reaches this station's views.

- PostgreSQL: the server notifies every listening station of each committed event (migration 0003's trigger,
  `pg_notify`); `PgListener` (store/postgres.py) hears it on a thread of its own and `LiveFollower` hands it to
  the Qt main thread through a queued signal, where the controller catches up (`MeetingController.catch_up`):
  the events are checked against the chain, folded in, and every pane updates as after this station's own
  action. Only the opened meeting's notifications count; one this station has already folded in is skipped.
  After (re)connecting the listener asks for one catch-up: what was committed while it was not listening.
- SQLite: a second console on the same file (view-only, held «db.in_use») watches the file and its -wal file
  with a QFileSystemWatcher; a change (debounced: one write touches the files several times) catches up.
  Nothing is polled in either case.

When the server is lost (the listener's connection drops, or an append or a read finds it gone), the controller
holds every action with «store.offline» at once (`MeetingController.go_offline`: refused with that message,
nothing queued). The listener connects again by itself (a growing pause, at most two seconds); once it listens
again the follower catches up and releases the hold (`MeetingController.try_online`), and the window says so.
When only this station's writing connection was lost, the listener still listening, the follower tries the
same at a growing interval (0.1 s up to 2 s) until the server answers.

A view-only station only reads: catching up never writes."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal

if TYPE_CHECKING:
    from chair_console.store.database import Database
    from chair_console.store.postgres import PgListener
    from chair_console.ui.controller import MeetingController

log = logging.getLogger(__name__)

DEBOUNCE_MS = 20  # a SQLite commit writes the -wal file more than once: one catch-up after the last change
RETRY_FIRST_MS = 100  # held «store.offline» with the listener up: try the server again after this, doubled, up to
RETRY_MAX_MS = 2000


class LiveFollower(QObject):
    """Catches the controller's meeting up whenever another station records (see the module's text)."""

    _heard = Signal(object, object)  # (meeting id, seq) from the listener's thread; None, None: catch up anyway
    connectionChanged = Signal(bool)  # the server's notifications are heard (True) or the connection was lost
    caughtUp = Signal(int)  # events folded in by one catch-up (> 0)

    def __init__(self, controller: "MeetingController", parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else controller)
        self.controller = controller
        self.meeting_id = controller.service.meeting_id
        self._listener: "PgListener | None" = None
        self._watcher: QFileSystemWatcher | None = None
        self._files: tuple[str, ...] = ()
        self._stopped = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.catch_up)
        self._heard.connect(self._on_heard, Qt.ConnectionType.QueuedConnection)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._try_online)
        self._retry_ms = RETRY_FIRST_MS
        self.connectionChanged.connect(self._on_connection, Qt.ConnectionType.QueuedConnection)
        controller.offlineChanged.connect(self._on_offline)

    # -- PostgreSQL: LISTEN / NOTIFY -------------------------------------------------------------------------

    def follow_server(self, url: str) -> "LiveFollower":
        from chair_console.store.postgres import PgListener

        self._listener = PgListener(url, self._heard.emit, self._connection_changed).start()
        return self

    @property
    def listening(self) -> bool:
        return self._listener is not None and self._listener.listening.is_set()

    def _connection_changed(self, up: bool) -> None:  # the listener's thread: queued to ours by Qt
        self.connectionChanged.emit(up)

    def _on_connection(self, up: bool) -> None:
        if self._stopped:
            return
        if up:
            self._try_online()
        else:
            self.controller.go_offline()

    def _on_offline(self, offline: bool) -> None:
        self._retry_ms = RETRY_FIRST_MS
        if offline:
            self._retry.start(self._retry_ms)
        else:
            self._retry.stop()

    def _try_online(self) -> None:
        """Held «store.offline»: once the listener listens again, catch up and release; else try again later."""
        if self._stopped or not self.controller.offline:
            self._retry.stop()
            return
        if self._listener is not None and not self.listening:
            return  # the listener connects again by itself and tells us (`_on_connection(True)`)
        if self.controller.try_online():
            self._retry.stop()
            return
        self._retry_ms = min(self._retry_ms * 2, RETRY_MAX_MS)
        self._retry.start(self._retry_ms)

    def _on_heard(self, meeting_id: int | None, seq: int | None) -> None:
        if meeting_id is not None and meeting_id != self.meeting_id:
            return  # another meeting on the same server
        if seq is not None and seq <= self.controller.state.last_seq:
            return  # already folded in: this station's own event, or caught up by an earlier notice
        self.catch_up()

    # -- SQLite: the file and its write-ahead log -------------------------------------------------------------

    def follow_file(self, path: Path) -> "LiveFollower":
        path = Path(path).resolve()
        self._files = (str(path), str(path.with_name(path.name + "-wal")))
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._watcher.directoryChanged.connect(self._on_file_changed)  # the -wal file made or removed
        self._watcher.addPath(str(path.parent))
        self._watch_files()
        return self

    def _watch_files(self) -> None:
        """Watch each file that exists and is not watched yet (Qt drops a file that was removed or replaced)."""
        if self._watcher is None:  # stopped
            return
        watched = set(self._watcher.files())
        for name in self._files:
            if name not in watched and Path(name).exists():
                self._watcher.addPath(name)

    def _on_file_changed(self, _path: str) -> None:
        if self._watcher is None:  # stopped: a change told before it was
            return
        self._watch_files()
        self._debounce.start()

    # -- both --------------------------------------------------------------------------------------------------

    def catch_up(self) -> int:
        if self._stopped:  # a notice queued before `stop`, delivered after it
            return 0
        count = self.controller.catch_up()
        if count:
            log.info("caught up %s event(s) recorded by another station", count)
            self.caughtUp.emit(count)
        return count

    def stop(self) -> None:
        self._stopped = True
        self._retry.stop()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        if self._watcher is not None:
            self._watcher.fileChanged.disconnect(self._on_file_changed)
            self._watcher.directoryChanged.disconnect(self._on_file_changed)
            self._watcher.deleteLater()
            self._watcher = None
        self._debounce.stop()


def follow(controller: "MeetingController", db: "Database") -> LiveFollower | None:
    """Follow the opened meeting as the database allows: every station on a PostgreSQL server listens; on a
    SQLite file only a console that another one keeps from writing («db.in_use») watches the file (the one
    that writes is the only writer, and needs nothing)."""
    if db.dialect == "postgresql":
        return LiveFollower(controller).follow_server(db.url)  # type: ignore[attr-defined]
    if controller.held_code == "db.in_use":
        return LiveFollower(controller).follow_file(db.path)
    return None
