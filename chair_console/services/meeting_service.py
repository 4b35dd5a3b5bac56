"""MeetingService: check an action against the rules, commit it, then tell the listeners.

    UI action -> record(kind, payload) -> catch_up -> reducer check -> one committed transaction -> listeners
    another station's event -> catch_up -> chain check -> reducer -> listeners (as if this station had acted)

Nothing reaches the screen before it is committed; an action the rules refuse, or a
write that fails, changes nothing (RuleViolation / StoreError propagate to the caller).

Several stations on one meeting (issue 19): `catch_up` folds in what the others recorded since this station
last saw the log, after checking that each event chains onto the head it knew (procedure/chain.py); a log that
does not chain holds the station with the words `verify` uses (`ChainBroken`). `record` catches up first, so an
action is checked on the newest state; when another station still wrote first (`store.concurrent_writer`), it
catches up and checks the rules once more on the new state, then appends, or refuses with the rule's message
(the same member marked present twice): never doubled.

Stations and roles (procedure/stations.py): `actor` is this station's role (chair, secretary, display, overlay).
`record` refuses, before anything is read or written, an action the station may not record
(`station.not_allowed`) or a payload that makes a choice that is the chair's (`station.chairs_choice`: the chair's
exception for a closing speech, the proposed voting order), and an undo or redo of another station's action
unless this is the chair's station (`station.undo_not_own`); the correcting event's actor says who undid what.
Each event gets an id made here (`Event.uid`, uuid4 hex) before it is appended; a retry of the same event — the
store's after a lost acknowledgement, or this service's after another station wrote first — is recognised by it
and never doubles the action (store/event_store.py `EventStore.append`). Events other stations recorded are
folded in as they are: which station may record what is checked where it is recorded, never on replay.
"""

from __future__ import annotations

import logging
from typing import Any, Callable, Protocol

from chair_console.procedure import events as ev
from chair_console.procedure.chain import event_hash
from chair_console.procedure.errors import CodedError, RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.reducer import advance, replay
from chair_console.procedure.stations import check_correction, check_record
from chair_console.procedure.state import MeetingState
from chair_console.procedure.timebase import Instant
from chair_console.store.port import EventLog, Head, Problem, StoredEvent, StoreError

log = logging.getLogger(__name__)


class Clock(Protocol):
    def now(self) -> Instant: ...


Listener = Callable[[MeetingState, Event], None]


class ActionsHeld(CodedError):
    """Nothing may be recorded now (read-only database, another console has the meeting, the log is being
    checked or failed its check); `code` says why. Nothing was changed."""


class ChainBroken(ActionsHeld):
    """Events in the database do not chain onto the log this station holds (changed or removed behind the
    consoles' back): the station is held as when its log fails `verify` at start (`log.failed_gui`); `problem`
    names the first bad event in `verify`'s terms. Nothing of them was folded in."""

    def __init__(self, problem: Problem) -> None:
        super().__init__("log.failed_gui")
        self.problem = problem


class MeetingService:
    def __init__(self, store: EventLog, clock: Clock, actor: str = "chair") -> None:
        self._store = store
        self._clock = clock
        self.actor = actor
        known = store.head()
        self._log: list[Event] = [e for e in store.load() if e.seq <= known.seq]  # beyond it: `catch_up` checks
        self._state: MeetingState = self._replay(self._log)
        self._listeners: list[Listener] = []
        self._held: ActionsHeld | None = None
        self._broken: Problem | None = None
        self.conflicts = 0  # appends refused because another station wrote first, then checked again

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
        """Append one event: checked on the newest state, committed, then shown. Returns the stored event.

        Catches up first. When another station wrote first all the same (`store.concurrent_writer`), catches up
        again and checks the rules once more on the new state: either the event lands after the other's, or
        the rules refuse it now (RuleViolation); a second refusal by the database is a StoreError. Nothing is
        written twice."""
        if self._held is not None:
            raise self._held
        # station.not_allowed (outside this station's role), station.chairs_choice (a field that is the chair's):
        # nothing read or written
        check_record(self.actor, kind, payload)
        self.catch_up()
        import uuid  # at the first action, not at start: it loads `platform` as well (issue 17)

        uid = uuid.uuid4().hex  # this station's id of the action: the same on every try, so never doubled
        try:
            return self._append(kind, payload, uid)
        except StoreError as exc:
            if exc.code != "store.concurrent_writer":
                raise
        self.conflicts += 1
        log.info("another station wrote first: %s checked again on the new state", kind)
        self.catch_up()
        landed = self._landed(uid)  # it was this station's own write after all (its acknowledgement lost)
        if landed is not None:
            return landed
        return self._append(kind, payload, uid)

    def _landed(self, uid: str) -> Event | None:
        """The event this station recorded under `uid`, when the database holds it and it has been folded in."""
        stored_seq = getattr(self._store, "stored_seq", None)
        seq = stored_seq(uid) if stored_seq is not None else None
        event = self._event_at(seq) if seq is not None else None
        if event is not None:
            log.warning("event %s was this station's own, stored before its acknowledgement was lost", seq)
        return event

    def _append(self, kind: str, payload: dict[str, Any] | None, uid: str = "") -> Event:
        event = Event(self._state.last_seq + 1, kind, dict(payload or {}), self.actor, self._clock.now(), uid)
        if kind in ev.CORRECTIONS:  # station.undo_not_own: a station corrects its own actions, the chair's any
            check_correction(self.actor, self._event_at(event.data.target))
        new_state = advance(self._state, self._log, event)  # RuleViolation: nothing written
        self._store.append(event)  # StoreError: nothing written
        self._took(new_state, event)
        log.info("event %s %s %s by %s", event.seq, event.kind, event.payload, event.actor)
        return event

    def _event_at(self, seq: object) -> Event | None:
        if isinstance(seq, int) and not isinstance(seq, bool) and 1 <= seq <= len(self._log):
            event = self._log[seq - 1]
            if event.seq == seq:
                return event
        return next((e for e in self._log if e.seq == seq), None)

    def _took(self, new_state: MeetingState, event: Event) -> None:
        self._log.append(event)
        self._state = new_state
        for listener in list(self._listeners):
            listener(new_state, event)

    def catch_up(self) -> list[Event]:
        """Fold in the events other stations recorded since this one last saw the log, telling the listeners of
        each as `record` does (every view updates as if this station had acted). Each event must chain onto the
        head before it (its hash over its content and the previous hash, procedure/chain.py) and the meeting's
        head onto the last: otherwise nothing is folded in and the station is held (`ChainBroken`, with the
        problem as `verify` names it). Returns the events folded in; none when up to date. Idempotent.
        StoreError when the database cannot be read (nothing changed)."""
        if self._broken is not None:
            raise ChainBroken(self._broken)
        known = self._store.head()
        tail = self._store.tail(known.seq)
        if not tail.events and tail.head == known:
            return []
        problem = self._chain_problem(known, tail.head, tail.events)
        if problem is None:
            problem = self._fold(tail.events)
        if problem is not None:
            self._broken = problem
            held = ChainBroken(problem)
            self._held = held
            log.error("another station's events do not hold: %s", problem)
            raise held
        return [s.event for s in tail.events]

    def _chain_problem(self, known: Head, head: Head, stored: tuple[StoredEvent, ...]) -> Problem | None:
        """The first link that does not hold, in `verify`'s terms (store/event_store.py), or None."""
        mid, uid = self._store.meeting_id, self._store.uid
        seq, digest = known.seq, known.hash
        for s in stored:
            e = s.event
            if e.seq != seq + 1:
                return Problem(mid, seq + 1, "chain.gap", f"found {e.seq}")
            if s.prev_hash != digest:
                return Problem(mid, e.seq, "chain.broken_link")
            if event_hash(meeting_uid=uid, seq=e.seq, kind=e.kind, payload_json=s.payload_json, actor=e.actor,
                          wall_us=e.at.wall_us, mono_ns=e.at.mono_ns, boot=e.at.boot, prev_hash=digest) != s.hash:
                return Problem(mid, e.seq, "chain.hash_mismatch")
            seq, digest = e.seq, s.hash
        detail = f"log ends at {seq}, head says {head.seq}"
        if head.seq > seq:  # the head names events that are not there
            return Problem(mid, seq + 1, "chain.head_mismatch", detail)
        if head.seq < seq:  # the head was moved back
            return Problem(mid, head.seq + 1, "chain.head_behind", detail)
        if head.hash != digest:
            return Problem(mid, max(seq, 1), "chain.head_changed", detail)
        return None

    def _fold(self, stored: tuple[StoredEvent, ...]) -> Problem | None:
        for s in stored:
            event = s.event
            try:
                new_state = self._advance(self._state, self._log, event)
            except RuleViolation as exc:  # a stored event that does not replay (a newer console's, or forged)
                return Problem(self._store.meeting_id, event.seq, exc.code, str(exc))
            self._store.follow(Head(event.seq, s.hash))
            self._took(new_state, event)
            log.info("event %s %s %s by %s (another station)", event.seq, event.kind, event.payload, event.actor)
        return None

    def _replay(self, events: list[Event]) -> MeetingState:
        """The state of the log loaded at start (services/public_station.py folds a public log instead)."""
        return replay(events)

    def _advance(self, state: MeetingState, log: list[Event], event: Event) -> MeetingState:
        """Another station's event folded in (RuleViolation when it does not replay)."""
        return advance(state, log, event)

    def prepare(self) -> None:
        self._store.prepare()

    def close(self) -> None:
        self._store.close()

    def undo(self, target_seq: int) -> Event:
        return self.record(ev.UNDONE, {"target": target_seq})

    def redo(self, target_seq: int) -> Event:
        return self.record(ev.REDONE, {"target": target_seq})
