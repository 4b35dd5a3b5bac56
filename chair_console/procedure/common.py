"""What every concern of the rules core checks alike: the item an event names, a meeting not yet adjourned,
and an item's time in the meeting closed when another is taken up."""

from __future__ import annotations

from chair_console.procedure.agenda import AgendaItem
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.state import MeetingState, Phase


def not_adjourned(state: MeetingState) -> None:
    if state.phase is Phase.ADJOURNED:
        raise RuleViolation("meeting.adjourned")


def is_seated(state: MeetingState, person: str) -> bool:
    """Whether `person` sits in the council now: `person in state.seated().values()` without building the
    seating (checked at every speaker and speech, so on every replay of a long meeting)."""
    if person in state.substitutions:  # the member's seat is taken by a substitute
        return any(sub.substitute == person for sub in state.substitutions.values())
    attendance = state.attendance.get(person)
    if attendance is not None and attendance.present:
        return True
    return any(sub.substitute == person for sub in state.substitutions.values())


def known_item(state: MeetingState, event: Event) -> AgendaItem:
    item_id = event.data.item
    item = state.item(item_id)
    if item is None:
        raise RuleViolation("agenda.unknown_item", item=item_id)
    return item


def close_period(state: MeetingState, item_id: str | None, at) -> dict:  # noqa: ANN001
    periods = dict(state.item_periods)
    if item_id is not None and periods.get(item_id) and periods[item_id][-1][1] is None:
        periods[item_id] = (*periods[item_id][:-1], (periods[item_id][-1][0], at))
    return periods


# -- the chair offices elected in the meeting (R-3.1a) -----------------------------------------------------------
SETTEVARAORDFORER, SAERSKILT_MOTELEDER = "settevaraordfører", "særskilt møteleder"
CHAIR_OFFICES = {"settevaraordfører": SETTEVARAORDFORER, "setteordfører": SETTEVARAORDFORER,
                 "særskilt møteleder": SAERSKILT_MOTELEDER}


def chair_office(office: str) -> str | None:
    """The chair office an election's office names (R-3.1a), or None."""
    return CHAIR_OFFICES.get(" ".join(office.split()).casefold())


def decides_by_election(state: MeetingState, item_id: str) -> bool:
    """Whether an election in the item decides its matter: any election but that of the one to chair (R-3.1a: a
    settevaraordfører or særskilt møteleder may be elected in whatever item is under way, and that is no vote in
    its matter — neither ending its disqualifications, R-3.10a, nor freezing an urgent matter's objections, R-3.2c,
    nor its voting, R-3.3e) unless the item is itself a valgsak for it."""
    item = state.item(item_id)
    valgsak = item is not None and item.election_item
    return any(valgsak or chair_office(e.office) is None for e in state.elections.get(item_id, ())) \
        or bool(state.proportional_elections.get(item_id))
