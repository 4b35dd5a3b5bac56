"""The reducer: meeting state as a pure function of the event log.

    replay(events)              -> MeetingState   (the whole log)
    advance(state, log, event)  -> MeetingState   (one more event; raises RuleViolation)

Every event is checked against the state before it; an event that the rules do not
allow raises RuleViolation and nothing is written. Because only checked events are
ever stored, a stored log always replays.

Undo appends a correcting event (log.undone) and redo another (log.redone); the
state is the fold of the events that are not currently undone. An undo or redo that
would leave a later event standing on nothing is refused.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Sequence

from chair_console.procedure import events as ev
from chair_console.procedure.agenda import AgendaItem, MeetingInfo
from chair_console.procedure.council import Council
from chair_console.procedure.errors import CouncilDataError, RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.state import ABSENCE_REASONS, Attendance, MeetingState, Phase

EMPTY = MeetingState()


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
    if event.kind in ev.CORRECTIONS:
        new = _correct(state, log, event)
    else:
        new = _apply(state, event)
    return replace(new, last_seq=event.seq)


# -- corrections (undo / redo) ---------------------------------------------------


def _correct(state: MeetingState, log: Sequence[Event], event: Event) -> MeetingState:
    target = event.payload.get("target")
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


def _meeting_created(state: MeetingState, event: Event) -> MeetingState:
    if state.created:
        raise RuleViolation("meeting.already_created")
    p = event.payload
    try:
        council = Council.from_dict(p["council"])
        m = p["meeting"]
        info = MeetingInfo(m["title"], m["date"], m.get("start", ""), m["place"], m["term"])
        agenda = tuple(AgendaItem.from_dict(d) for d in p.get("agenda", ()))
    except (CouncilDataError, KeyError, TypeError, ValueError):
        raise RuleViolation("meeting.bad_snapshot") from None
    return replace(state, council=council, info=info, agenda=agenda)


def _meeting_opened(state: MeetingState, event: Event) -> MeetingState:
    # R-5.1a: after the roll call the mayor declares the meeting open («Møtet er satt»).
    if state.phase is Phase.OPEN:
        raise RuleViolation("meeting.already_open")
    if state.phase is Phase.ADJOURNED:
        raise RuleViolation("meeting.adjourned")
    return replace(state, phase=Phase.OPEN, opened_at=event.at)


def _meeting_adjourned(state: MeetingState, event: Event) -> MeetingState:
    if state.phase is not Phase.OPEN:
        raise RuleViolation("meeting.not_open")
    return replace(state, phase=Phase.ADJOURNED, adjourned_at=event.at, current_item=None)


def _member(state: MeetingState, event: Event) -> str:
    member_id = event.payload.get("member")
    assert state.council is not None
    if state.council.member(member_id) is None:
        # Includes the city government: they never count towards quorum (R-1b).
        raise RuleViolation("attendance.not_a_member", member=member_id)
    if state.phase is Phase.ADJOURNED:
        raise RuleViolation("meeting.adjourned")
    return member_id


def _member_present(state: MeetingState, event: Event) -> MeetingState:
    member_id = _member(state, event)
    current = state.attendance.get(member_id)
    if current is not None and current.present:
        raise RuleViolation("attendance.already_present", member=member_id)
    attendance = dict(state.attendance)
    attendance[member_id] = Attendance(present=True, since=event.at)
    return replace(state, attendance=attendance)


def _member_absent(state: MeetingState, event: Event) -> MeetingState:
    member_id = _member(state, event)
    reason = event.payload.get("reason", "not_reported")
    if reason not in ABSENCE_REASONS:  # R-4a
        raise RuleViolation("attendance.invalid_reason", reason=reason)
    current = state.attendance.get(member_id)
    if current is not None and not current.present and current.reason == reason:
        raise RuleViolation("attendance.already_absent", member=member_id)
    attendance = dict(state.attendance)
    attendance[member_id] = Attendance(present=False, reason=reason, since=event.at)
    return replace(state, attendance=attendance)


def _item_opened(state: MeetingState, event: Event) -> MeetingState:
    item_id = event.payload.get("item")
    if state.item(item_id) is None:
        raise RuleViolation("agenda.unknown_item", item=item_id)
    if state.phase is not Phase.OPEN:  # business starts when the meeting is set (R-5.1a)
        raise RuleViolation("meeting.not_open")
    if state.current_item == item_id:
        raise RuleViolation("agenda.already_current", item=item_id)
    return replace(state, current_item=item_id)


_HANDLERS = {
    ev.MEETING_CREATED: _meeting_created,
    ev.MEETING_OPENED: _meeting_opened,
    ev.MEETING_ADJOURNED: _meeting_adjourned,
    ev.MEMBER_PRESENT: _member_present,
    ev.MEMBER_ABSENT: _member_absent,
    ev.ITEM_OPENED: _item_opened,
}
