"""MeetingService: check an action against the rules, commit it, then tell the listeners.

    UI action -> record(kind, payload) -> reducer check -> one committed transaction -> listeners

Nothing reaches the screen before it is committed; an action the rules refuse, or a
write that fails, changes nothing (RuleViolation / StoreError propagate to the caller).
"""

from __future__ import annotations

import logging
from typing import Any, Callable, Protocol

from chair_console.procedure import events as ev
from chair_console.procedure.errors import CodedError
from chair_console.procedure.events import Event
from chair_console.procedure.reducer import advance, replay
from chair_console.procedure.state import MeetingState
from chair_console.procedure.timebase import Instant
from chair_console.store.port import EventLog

log = logging.getLogger(__name__)


class Clock(Protocol):
    def now(self) -> Instant: ...


Listener = Callable[[MeetingState, Event], None]


class ActionsHeld(CodedError):
    """Nothing may be recorded now (read-only database, another console has the meeting, the log is being
    checked or failed its check); `code` says why. Nothing was changed."""


class MeetingService:
    def __init__(self, store: EventLog, clock: Clock, actor: str = "chair") -> None:
        self._store = store
        self._clock = clock
        self.actor = actor
        self._log: list[Event] = store.load()
        self._state: MeetingState = replay(self._log)
        self._listeners: list[Listener] = []
        self._held: ActionsHeld | None = None

    @property
    def meeting_id(self) -> int:
        return self._store.meeting_id

    @property
    def state(self) -> MeetingState:
        return self._state

    @property
    def log(self) -> tuple[Event, ...]:
        return tuple(self._log)

    def now(self) -> Instant:
        return self._clock.now()

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    @property
    def held(self) -> ActionsHeld | None:
        return self._held

    def hold(self, code: str, **params: object) -> None:
        """Refuse every action from now on, with this reason, until `release()`."""
        self._held = ActionsHeld(code, **params)

    def release(self) -> None:
        self._held = None

    @property
    def head_hash(self) -> str:
        """The hash of the last event: printed in the minutes and exports to bind them to the log."""
        return self._store.head_hash

    def record(self, kind: str, payload: dict[str, Any] | None = None) -> Event:
        """Append one event: checked, committed, then shown. Returns the stored event."""
        if self._held is not None:
            raise self._held
        event = Event(self._state.last_seq + 1, kind, dict(payload or {}), self.actor, self._clock.now())
        new_state = advance(self._state, self._log, event)  # RuleViolation: nothing written
        self._store.append(event)  # StoreError: nothing written
        self._log.append(event)
        self._state = new_state
        log.info("event %s %s %s by %s", event.seq, event.kind, event.payload, event.actor)
        for listener in list(self._listeners):
            listener(new_state, event)
        return event

    def prepare(self) -> None:
        self._store.prepare()

    def close(self) -> None:
        self._store.close()

    def undo(self, target_seq: int) -> Event:
        return self.record(ev.UNDONE, {"target": target_seq})

    def redo(self, target_seq: int) -> Event:
        return self.record(ev.REDONE, {"target": target_seq})
