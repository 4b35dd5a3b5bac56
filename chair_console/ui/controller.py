"""The bridge between widgets and the meeting service.

Widgets call `perform(...)`; the service checks the rules and commits; only then does
`stateChanged` reach the widgets. A refusal or a failed write is shown as a message in
the user's language and changes nothing. Undo and redo go through Qt's QUndoStack and
append correcting events."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from chair_console.messages import describe
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.state import MeetingState
from chair_console.services.meeting_service import ActionsHeld, ChainBroken, MeetingService
from chair_console.store.database import DatabaseError
from chair_console.store.event_store import StoreError

if TYPE_CHECKING:
    from chair_console.services.station_copy import StationCopy
    from chair_console.store.database import Database
    from chair_console.store.event_store import Problem

log = logging.getLogger(__name__)

OFFLINE = "store.offline"  # the hold while the database server cannot be reached
SERVER_GONE = frozenset({OFFLINE, "store.unreachable"})

# A command's text, computed in the current language when asked (so it follows a language switch).
TextFn = Callable[[], str]


class RecordCommand(QUndoCommand):
    """One meeting action on the undo stack. It was already performed when pushed."""

    def __init__(self, controller: "MeetingController", event: Event, text: TextFn) -> None:
        super().__init__()
        self._controller = controller
        self._seq = event.seq
        self._text = text
        self._first = True
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self._text())

    def redo(self) -> None:
        if self._first:  # performed before it was pushed
            self._first = False
            return
        if not self._controller.apply_correction(redo=True, target=self._seq):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._controller.apply_correction(redo=False, target=self._seq):
            self.setObsolete(True)


class MeetingController(QObject):
    stateChanged = Signal(object)  # MeetingState, after it is committed
    saved = Signal(object)  # the committed Event
    refused = Signal(str)  # a message for the user: nothing was changed
    writeFailed = Signal(str)  # the database could not be written: nothing was changed
    heldChanged = Signal()  # actions held or released (read-only, another console, the log's check)
    offlineChanged = Signal(bool)  # the database server was lost (True: held «store.offline») or is back
    reconnected = Signal(str)  # back after «store.offline», caught up and released: a message for the user

    def __init__(self, service: MeetingService, db: "Database", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.db = db
        self.db_path = str(db.path)
        self.undo_stack = QUndoStack(self)
        self._verified = False
        self._verify_failure = ""
        self.origin = "meeting"  # or demo / simulation: training data, shown as such
        self._before_offline: ActionsHeld | None = None  # what held actions before the server was lost
        self.station_copy: "StationCopy | None" = None  # a server's station: its local copy (the composition root)
        self.minutes_note = ""  # said with the last minutes written: where they came from, when not the server
        service.subscribe(self._on_recorded)

    @property
    def state(self) -> MeetingState:
        return self.service.state

    # -- holding actions: read-only database, another console, the log being checked or failed ----------

    @property
    def held_code(self) -> str | None:
        held = self.service.held
        return held.code if held is not None else None

    def held_message(self) -> str:
        held = self.service.held
        return describe(held.code, held.params) if held is not None else ""

    @property
    def verified(self) -> bool:
        """The log passed its check since it was opened (the hall display and the minutes wait for it)."""
        return self._verified

    def hold(self, code: str, **params: object) -> None:
        self.service.hold(code, **params)
        self.heldChanged.emit()

    def release(self) -> None:
        self.service.release()
        self.heldChanged.emit()

    def verify_log(self) -> bool:
        """Check the meeting's hash chain, then the file (read-only; run right after the first frame). Until
        both pass, nothing can be recorded; a log or file that fails stays held, with the words `verify` uses."""
        from chair_console.services.verification import check_opened_meeting

        problem = check_opened_meeting(self.db, self.service.meeting_id)
        if problem is not None:
            self._failed(problem)
            return False
        self._verified = True
        if self.held_code == OFFLINE and self._before_offline is not None \
                and self._before_offline.code == "log.verifying":
            self._before_offline = None  # checked meanwhile: back online, nothing holds the station any more
        if self.held_code == "log.verifying":
            self.release()
        else:
            self.heldChanged.emit()
        return True

    def _failed(self, problem: "Problem") -> None:
        from chair_console.messages import describe_problem

        self._verified = False
        self._verify_failure = describe_problem(self.db_path, problem.meeting_id, problem.seq, problem.code,
                                                problem.detail)
        log.error("the meeting's log failed verification: %s", problem)
        self.hold("log.failed_gui")

    @property
    def verify_failure(self) -> str:
        return self._verify_failure

    # -- the database server lost and back (issue 19: ui/live.py tells it, or an append that found it gone) ----

    @property
    def offline(self) -> bool:
        return self.held_code == OFFLINE

    def go_offline(self) -> None:
        """The server cannot be reached: hold every action with «store.offline» (refused with that message,
        nothing queued) until `try_online` finds it back. What held the station before is held again after."""
        if self.offline or self.held_code == "log.failed_gui" or self.db.dialect == "sqlite":
            return
        self._before_offline = self.service.held
        log.warning("the database server %s cannot be reached: actions held", self.db.where)
        self.hold(OFFLINE, path=self.db.where)
        self.offlineChanged.emit(True)

    def try_online(self) -> bool:
        """After `go_offline`: catch up from the server; when that works, release the hold (or hold again what
        held before), say so and return True. False while the server still cannot be read (nothing changed)."""
        if not self.offline:
            return True
        try:
            count = len(self.service.catch_up())
        except ChainBroken as exc:  # back, but the log does not hold: held for that from now on
            self._before_offline = None
            self._failed(exc.problem)
            self.offlineChanged.emit(False)
            return True
        except StoreError as exc:
            log.info("the database server is still away: %s %s", exc.code, exc.params)
            return False
        before, self._before_offline = self._before_offline, None
        if before is None:
            self.release()
        else:
            self.hold(before.code, **before.params)
        log.warning("the database server %s is back: %s event(s) caught up, actions released", self.db.where, count)
        self.offlineChanged.emit(False)
        self.reconnected.emit(describe("store.online", {"path": self.db.where, "count": count}))
        return True

    def catch_up(self) -> int:
        """Fold in what other stations recorded (ui/live.py calls this when the server or the file says something
        changed); the views update through `saved` and `stateChanged` as after this station's own action. A log
        that does not chain holds the station with the words `verify` uses; a database that cannot be read now
        changes nothing (the next notice catches up). Returns how many events came in."""
        if self.held_code == "log.failed_gui":
            return 0
        try:
            return len(self.service.catch_up())
        except ChainBroken as exc:
            self._failed(exc.problem)
        except StoreError as exc:
            log.warning("catching up: %s %s", exc.code, exc.params)
            if exc.code == "store.unreachable":
                self.go_offline()
        return 0

    def _on_recorded(self, state: MeetingState, event: Event) -> None:
        self.saved.emit(event)
        self.stateChanged.emit(state)

    def _names(self) -> dict[str, str]:
        council = self.state.council
        if council is None:
            return {}
        names = {m.id: m.name for m in council.members}
        names.update({x.id: x.name for x in council.substitutes})
        names.update({p.id: p.name for p in council.government})
        names.update({i.id: f"{i.number} {i.title}" for i in self.state.agenda})
        return names

    def import_council(self, path: str) -> str | None:
        """Import a council file for meetings created from now on; returns a message for the user."""
        from chair_console.procedure.errors import CodedError
        from chair_console.services.imports import import_council

        if self.service.held is not None:
            self.refused.emit(self.held_message())
            return None
        try:
            council = import_council(self.db, Path(path))
        except CodedError as exc:
            self.refused.emit(describe(exc.code, exc.params))
            return None
        return QCoreApplication.translate(
            "MeetingController", "Importert: {members} medlemmer i {groups} grupper. Nye møter bruker dette bystyret."
        ).format(members=len(council.members), groups=len(council.groups))

    def import_agenda(self, path: str, text: TextFn) -> bool:
        """Replace this meeting's agenda with a file's (one undoable event; the same use case as the command
        line's `import agenda`)."""
        from chair_console.importing import ImportDataError
        from chair_console.services.imports import record_agenda

        try:
            return self._push(lambda: record_agenda(self.service, Path(path))[1], text)
        except ImportDataError as exc:
            self.refused.emit(describe(exc.code, exc.params))
            return False

    def write_minutes(self, path: str, public: bool, archive: bool = False) -> bool:
        """The minutes of this meeting: a draft until it is adjourned (read-only; nothing is recorded). The
        same use case as the command line's `minutes`, which checks the chain once more just before writing.
        While the server cannot be reached, from the station's own copy of the log (`minutes_note` says so)."""
        from chair_console.services.records import minutes

        if not self._verified:  # never a møtebok from a log that has not passed its check
            self.refused.emit(self.held_message() or describe("log.verifying"))
            return False
        self.minutes_note = ""
        if self.offline and self.station_copy is not None:  # the server is gone: from the station's own copy
            return self._minutes_from_copy(path, public, archive)
        try:
            return self._minutes_told(path, lambda: minutes(self.db, self.service.meeting_id, Path(path),
                                                            public=public, archive=archive))  # archive: PDF/A-2b
        except (StoreError, DatabaseError) as exc:  # the server went away while reading
            if exc.code in SERVER_GONE and self.station_copy is not None:
                return self._minutes_from_copy(path, public, archive)
            self.refused.emit(describe(exc.code, exc.params))
            return False

    def _minutes_from_copy(self, path: str, public: bool, archive: bool) -> bool:
        """The minutes from the station's local copy of the log while the server cannot be reached (issue 19):
        everything this station saw, its chain checked as the server's would be; a draft unless the copy holds the
        adjournment. The user is told it came from the copy and up to which event."""
        from chair_console.services.records import minutes_from_copy

        copy = self.station_copy
        assert copy is not None
        copy.flush()
        made: list[int | None] = []
        try:
            if not self._minutes_told(path, lambda: made.append(minutes_from_copy(copy.path, Path(path), public,
                                                                                  archive)), from_copy=True):
                return False
        except (StoreError, DatabaseError) as exc:
            self.refused.emit(describe(exc.code, exc.params))
            return False
        seq = made[0]
        if seq is None:  # the copy was never written: nothing to make minutes of
            self.refused.emit(describe(OFFLINE, {"path": self.db.where}))
            return False
        log.warning("minutes written from the station's copy %s (up to event %s): the server is away", copy.path, seq)
        self.minutes_note = QCoreApplication.translate(
            "Controller", "Databasetjeneren svarer ikke: møteboken er laget fra stasjonens lokale kopi av loggen "
            "(til og med hendelse {seq}, hash-kjeden kontrollert).").format(seq=seq)
        return True

    def _minutes_told(self, path: str, write: Callable[[], object], from_copy: bool = False) -> bool:
        """Run `write` (the minutes to `path`); a failure is told in the user's words and nothing is written (the
        file appears only when whole: records.atomic_output). A log that no longer verifies holds this station
        (as at start) — unless it is the station's copy, which is only said."""
        from chair_console.minutes import MinutesError
        from chair_console.services.records import LogNotVerified

        try:
            write()
        except LogNotVerified as exc:
            if from_copy:
                self.refused.emit(describe("log.not_verified", {"path": str(exc.path)}))
            else:  # changed on disk since it passed: held from now on, as at start
                self._failed(exc.problem)
                self.refused.emit(self._verify_failure)
            return False
        except MinutesError as exc:
            self.refused.emit(describe(exc.code, exc.params))
            return False
        except OSError as exc:
            self.refused.emit(describe("file.unwritable", {"path": path, "detail": exc.strerror or str(exc)}))
            return False
        return True

    def message_for(self, exc: RuleViolation | StoreError) -> str:
        return describe(exc.code, exc.params, names=self._names())

    def perform(self, kind: str, payload: dict | None, text: TextFn) -> bool:
        """Record an action; on success it goes on the undo stack. Returns whether it was recorded."""
        return self._push(lambda: self.service.record(kind, payload), text)

    def _push(self, record: Callable[[], Event], text: TextFn) -> bool:
        event = self._guarded(record)
        if event is None:
            return False
        self.undo_stack.push(RecordCommand(self, event, text))
        return True

    def apply_correction(self, *, redo: bool, target: int) -> bool:
        action = self.service.redo if redo else self.service.undo
        return self._guarded(lambda: action(target)) is not None

    def _guarded(self, record: Callable[[], Event]) -> Event | None:
        """Run one recording; a refusal or a failed write is told to the user and gives None."""
        try:
            return record()
        except ChainBroken as exc:  # another station's events do not chain: held, with verify's words
            self._failed(exc.problem)
            self.refused.emit(self._verify_failure)
        except ActionsHeld as exc:
            self.refused.emit(describe(exc.code, exc.params))
        except RuleViolation as exc:
            self.refused.emit(self.message_for(exc))
        except StoreError as exc:
            log.error("write failed: %s %s", exc.code, exc.params)
            if exc.code == "store.unreachable":  # nothing written, nothing queued: held until the server is back
                self.go_offline()
            self.writeFailed.emit(self.message_for(exc))
        return None

    def retranslate(self) -> None:
        for i in range(self.undo_stack.count()):
            cmd = self.undo_stack.command(i)
            if isinstance(cmd, RecordCommand):
                cmd.retranslate()
