"""The public log folded for the hall display and the stream overlay (issue 19): a tolerant fold.

A display or overlay station that logs in with a role of `chair_console_public` reads the meeting from the public
view (migration 0004, `public_meeting_event`): the same sequence of events, but each event of a closed item's part
replaced by a marker of the same number and time, kind `public.withheld`, payload `{"item": <the closed item>}`;
the agenda's closed items reduced to their public title and legal basis; absence reasons left out. The reducer
(reducer.py) refuses such a log (it does not know the marker, and the closed item's taking up is withheld, so a later
event can be out of order on what is left), and a station must never stop showing the meeting for it.

`replay_public(events)` / `advance_public(fold, log, event)` build the state the hall display and the overlay read
(`hall_cards.hall_card`, `overlay.lower_third`: the current item, the speech, the vote, the phase):

- a public event is folded exactly as the reducer folds it (the same handlers, the same checks);
- a marker means «the meeting is in the closed part of item X» (R-3.7a): it folds as if X were taken up (the
  agenda from the view has X, with its public title and legal basis, so `state.item(state.current_item).closed`
  holds and the display shows its closed-meeting card, the overlay nothing). The state before the first marker is
  kept beside it (`PublicFold.open_state`);
- a marker is also written for an event of a closed item outside its closed part (the decision to close the doors
  before the item is taken up, the choice to publish its decision afterwards): the fold cannot tell which from
  the marker, and errs to the closed card (nothing public is lost by it, nothing closed shown). The next public
  event tells: one the view would have withheld in a closed part (an event without an item, but for adjournment
  and resumption), or one the rules refuse in X but accept on the state before the markers, proves the meeting was
  not in X's closed part, and the fold goes back to the state before the markers and folds it there;
- the resumption after a break in a closed part (the break itself is withheld) changes nothing;
- a public event that the rules refuse on this partial state (it depended on something withheld) is skipped
  (`PublicFold.skipped`; the station logs it) rather than stopping the display;
- undo and redo (`log.undone`, `log.redone`) fold the effective log again, as the reducer does, tolerantly; an
  undo of a marker (or of a skipped event) changes nothing shown.

Pure Python, no Qt, no SQL: the state is a function of the public log."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from chair_console.procedure import events as ev
from chair_console.procedure import speaker_rules
from chair_console.procedure.agenda import CLOSED_TITLE, IN_DEBATE, NOT_STARTED, AgendaItem
from chair_console.procedure.common import close_period
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.evolve import evolve as replace
from chair_console.procedure.reducer import EMPTY, advance
from chair_console.procedure.state import MeetingState, Phase

WITHHELD = "public.withheld"  # the public view's marker (migration 0004)
# Events the public view shows in a closed part too (they carry no item and no content, migration 0004)
SHOWN_IN_CLOSED_PART = frozenset({ev.MEETING_ADJOURNED, ev.MEETING_RESUMED})


@dataclass(frozen=True)
class PublicFold:
    """The public log folded: `state` is what the views read. `closed_item` is the item whose closed part the
    markers put the meeting in (None outside one); `open_state` the state before the first of those markers.
    `skipped` holds the numbers of the public events that the rules refused on this partial state."""

    state: MeetingState = EMPTY
    closed_item: str | None = None
    open_state: MeetingState | None = None
    skipped: tuple[int, ...] = ()
    markers: frozenset[int] = frozenset()  # the numbers of the markers (an undo of one changes nothing shown)


def replay_public(events: Iterable[Event]) -> PublicFold:
    """Fold a whole public log."""
    log: list[Event] = []
    fold = PublicFold()
    for event in events:
        fold = advance_public(fold, log, event)
        log.append(event)
    return fold


def advance_public(fold: PublicFold, log: Sequence[Event], event: Event) -> PublicFold:
    """The fold after `event`, given the fold and the public log before it. Never raises for the log's content:
    what cannot be folded is skipped (`PublicFold.skipped`)."""
    if event.kind == WITHHELD:
        new = _marker(fold, event)
    elif event.kind in ev.CORRECTIONS:
        new = _correction(fold, log, event)
    else:
        new = _public(fold, event)
    return replace(new, state=replace(new.state, last_seq=event.seq))


def _at(state: MeetingState, event: Event) -> MeetingState:
    """`state` as the event before `event` left it, for the reducer's sequence check (markers and skipped events
    moved the number on without the reducer)."""
    return state if state.last_seq == event.seq - 1 else replace(state, last_seq=event.seq - 1)


def _fold_one(state: MeetingState, event: Event) -> MeetingState:
    """The reducer's fold of one ordinary event (RuleViolation when its rules refuse it here)."""
    return advance(_at(state, event), (), event)


def _skip(fold: PublicFold, event: Event) -> PublicFold:
    return replace(fold, skipped=(*fold.skipped, event.seq))


# -- a marker: the closed part of an item ---------------------------------------------------------------------


def _marker(fold: PublicFold, event: Event) -> PublicFold:
    item = event.payload.get("item") if isinstance(event.payload, dict) else None
    item = item if isinstance(item, str) and item else None
    markers = fold.markers | {event.seq}
    if item is None or fold.state.info is None:  # nothing to name (a malformed marker, or before the meeting)
        return replace(fold, markers=markers)
    if fold.closed_item == item and fold.state.current_item == item:
        return replace(fold, markers=markers)  # more of the same closed part
    open_state = fold.open_state if fold.closed_item is not None else fold.state
    return replace(fold, state=take_up_closed(fold.state, item, event), closed_item=item, open_state=open_state,
                   markers=markers)


def take_up_closed(state: MeetingState, item_id: str, event: Event) -> MeetingState:
    """The state as if the closed item `item_id` were taken up at the marker's time (R-3.7a): the speech under way
    ends, the item before's period closes, the item's begins, it is in debate if it had not started. An item the
    public agenda does not have (it never should) is added as «Unntatt offentlighet», closed, so that the closed
    card shows all the same."""
    if state.item(item_id) is None:
        placeholder = AgendaItem(item_id, "", CLOSED_TITLE, "", closed_basis="")
        state = replace(state, agenda=(*state.agenda, placeholder))
    if state.current_item == item_id:
        return state
    state = speaker_rules.end_speech(state, event.at)
    periods = close_period(state, state.current_item, event.at)
    periods[item_id] = (*periods.get(item_id, ()), (event.at, None))
    statuses = dict(state.item_status)
    if state.status(item_id) == NOT_STARTED:
        statuses[item_id] = IN_DEBATE
    return replace(state, current_item=item_id, item_periods=periods, item_status=statuses)


# -- a public event ---------------------------------------------------------------------------------------------


def _has_item(event: Event) -> bool:
    return isinstance(event.payload, dict) and isinstance(event.payload.get("item"), str)


def _not_in_a_closed_part(event: Event) -> bool:
    """Whether the public view would have withheld `event` in a closed part: an event without an item of its own,
    but for adjournment and resumption (migration 0004). Shown, it proves the meeting is not in one."""
    return not _has_item(event) and event.kind not in SHOWN_IN_CLOSED_PART


def _public(fold: PublicFold, event: Event) -> PublicFold:
    if fold.closed_item is not None and fold.open_state is not None and _not_in_a_closed_part(event):
        fold = _reopen(fold)  # the markers were not a closed part: back to the state before them
    if event.kind == ev.MEETING_RESUMED and fold.closed_item is not None and fold.state.phase is Phase.OPEN:
        return fold  # the end of a break in the closed part, whose beginning the view withheld: nothing to show
    try:
        state = _fold_one(fold.state, event)
    except RuleViolation:
        if fold.closed_item is None or fold.open_state is None:
            return _skip(fold, event)
        try:  # refused in the closed part the markers suggested: perhaps it never began
            state = _fold_one(fold.open_state, event)
        except RuleViolation:
            return _skip(fold, event)
        fold = _reopen(fold)
    if fold.closed_item is not None and state.current_item != fold.closed_item:
        return replace(fold, state=state, closed_item=None, open_state=None)  # the closed part has ended
    return replace(fold, state=state)


def _reopen(fold: PublicFold) -> PublicFold:
    assert fold.open_state is not None
    return replace(fold, state=replace(fold.open_state, last_seq=fold.state.last_seq), closed_item=None,
                   open_state=None)


# -- undo and redo ------------------------------------------------------------------------------------------------


def _correction(fold: PublicFold, log: Sequence[Event], event: Event) -> PublicFold:
    try:
        target = event.data.target
    except RuleViolation:
        return _skip(fold, event)
    undone = fold.state.undone
    if event.kind == ev.UNDONE:
        if target in undone:
            return _skip(fold, event)
        undone = undone | {target}
    else:
        if target not in undone:
            return _skip(fold, event)
        undone = undone - {target}
    if not isinstance(target, int) or target in fold.markers or target in fold.skipped:
        # withheld (or never folded): nothing of it is shown, so nothing shown changes
        return replace(fold, state=replace(fold.state, undone=frozenset(undone)))
    original = next((e for e in log if e.seq == target), None)
    if original is None or original.kind in ev.CORRECTIONS or original.kind == ev.MEETING_CREATED:
        return _skip(fold, event)
    # Fold the effective public log again, as the reducer does, tolerantly.
    again = PublicFold()
    for e in log:
        if e.kind in ev.CORRECTIONS or e.seq in undone:
            continue
        again = advance_public(again, (), e)
    corrections = tuple(e.seq for e in log if e.kind in ev.CORRECTIONS and e.seq in fold.skipped)
    return replace(again, state=replace(again.state, undone=frozenset(undone)),
                   skipped=tuple(sorted({*again.skipped, *corrections})), markers=fold.markers)
