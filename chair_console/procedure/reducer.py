"""The reducer: meeting state as a pure function of the event log.

    replay(events)              -> MeetingState   (the whole log)
    advance(state, log, event)  -> MeetingState   (one more event; raises RuleViolation)

Every event is checked against the state before it; an event that the rules do not
allow raises RuleViolation and nothing is written. Because only checked events are
ever stored, a stored log always replays.

Undo appends a correcting event (log.undone) and redo another (log.redone); the
state is the fold of the events that are not currently undone. An undo or redo that
would leave a later event standing on nothing is refused.

The rules themselves live by concern, each module with its handlers and rule helpers:
course.py (the meeting's course), attendance.py (who is in the hall, who chairs), agenda_rules.py (the
agenda's items), speaking.py (speaker queue and speeches), voting.py (proposals and votes), elections.py
(elections, of one person or by lists) and question_rules.py (the question hour). This module only folds: it
checks the sequence and the actor,
applies corrections, and hands each event to the handler for its kind. Every event's payload is parsed
here, once, into its typed form (`Event.data`, payloads.py) before any rule reads it.
"""

from __future__ import annotations

from typing import Callable, Iterable, Mapping, Sequence

from chair_console.procedure import agenda_rules, attendance, course, question_rules, speaking, voting
from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.evolve import evolve as replace  # dataclasses.replace, faster (replay)
from chair_console.procedure.state import MeetingState

EMPTY = MeetingState()

Handler = Callable[[MeetingState, Event], MeetingState]


def _merge(*tables: Mapping[str, Handler]) -> dict[str, Handler]:
    merged: dict[str, Handler] = {}
    for table in tables:
        twice = merged.keys() & table.keys()
        assert not twice, f"event kinds handled twice: {sorted(twice)}"
        merged.update(table)
    return merged


# The elections' rules and records (elections.py, election_results.py) are loaded at the first election event,
# not at every start: most meetings replay none (issue 17). tests/procedure checks that these are its kinds.
ELECTION_KINDS = (ev.ELECTION_ROUND, ev.ELECTION_LOT, ev.ELECTION_PROPORTIONAL)


def _election(state: MeetingState, event: Event) -> MeetingState:
    from chair_console.procedure import elections

    return elections.HANDLERS[event.kind](state, event)


_HANDLERS = _merge(
    course.HANDLERS,
    attendance.HANDLERS,
    agenda_rules.HANDLERS,
    speaking.HANDLERS,
    voting.HANDLERS,
    dict.fromkeys(ELECTION_KINDS, _election),
    question_rules.HANDLERS,
)


def replay(events: Iterable[Event]) -> MeetingState:
    """Fold a whole stored log into the meeting state."""
    log: list[Event] = []
    state = EMPTY
    for event in events:
        state = advance(state, log, event)
        log.append(event)
    return state


def advance(state: MeetingState, log: Sequence[Event], event: Event) -> MeetingState:
    """The state after `event`, given the state and the log before it."""
    if event.seq != state.last_seq + 1:
        raise RuleViolation("log.out_of_sequence", expected=state.last_seq + 1, got=event.seq)
    if event.actor not in ev.ACTORS:
        raise RuleViolation("log.unknown_actor", actor=event.actor)
    event.data  # noqa: B018 - parsed here, once, before any rule reads it: a malformed payload is refused
    if event.kind in ev.CORRECTIONS:
        new = _correct(state, log, event)
    else:
        new = _apply(state, event)
    return replace(new, last_seq=event.seq)


# -- corrections (undo / redo) ---------------------------------------------------


def _correct(state: MeetingState, log: Sequence[Event], event: Event) -> MeetingState:
    target = event.data.target
    by_seq = {e.seq: e for e in log}
    original = by_seq.get(target) if isinstance(target, int) else None
    if original is None or original.kind in ev.CORRECTIONS or original.kind == ev.MEETING_CREATED:
        raise RuleViolation("undo.nothing_to_undo")
    if event.kind == ev.UNDONE:
        if target in state.undone:
            raise RuleViolation("undo.already_undone")
        undone = state.undone | {target}
    else:
        if target not in state.undone:
            raise RuleViolation("undo.not_undone")
        undone = state.undone - {target}
    # Fold the effective events again; a later event that no longer holds refuses the correction.
    new = EMPTY
    for e in log:
        if e.kind in ev.CORRECTIONS or e.seq in undone:
            continue
        try:
            new = _apply(new, e)
        except RuleViolation:
            raise RuleViolation("undo.later_events_depend", seq=e.seq) from None
    return replace(new, undone=frozenset(undone))


# -- ordinary events ------------------------------------------------------------


def _apply(state: MeetingState, event: Event) -> MeetingState:
    handler = _HANDLERS.get(event.kind)
    if handler is None:
        raise RuleViolation("log.unknown_event", kind=event.kind)
    if event.kind != ev.MEETING_CREATED and not state.created:
        raise RuleViolation("meeting.not_created")
    return handler(state, event)
