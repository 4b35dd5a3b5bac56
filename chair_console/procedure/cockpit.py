"""Which phase of the meeting the cockpit shows (issue 17): the same phases as the chair's script, computed
without its words, so that the window can follow the meeting on every event at no cost."""

from __future__ import annotations

from chair_console.procedure import chair_script as cs
from chair_console.procedure.agenda import FINAL_STATUSES, QUESTION_HOUR, VOTING
from chair_console.procedure.agenda_rules import blocked_urgent_matter
from chair_console.procedure.state import MeetingState, Phase


def cockpit_phase(state: MeetingState) -> str:
    """One of chair_script's phase codes: roll_call, open, question_hour, debate, voting, decided, paused,
    suspended, adjourned (a closed item is `closed_item` when it is in debate: the stream is cut, R-3.7a)."""
    if state.phase is Phase.NOT_STARTED:
        return cs.ROLL_CALL
    if state.phase is Phase.ADJOURNED:
        return cs.ADJOURNED
    if state.phase is Phase.PAUSED:
        return cs.PAUSED
    if state.phase is Phase.SUSPENDED:
        return cs.SUSPENDED
    item = state.item(state.current_item)
    if item is None:
        return cs.OPEN
    status = state.status(item.id)
    if blocked_urgent_matter(state, item.id):  # R-3.2c: dealt with without a decision: between items
        return cs.OPEN
    if status == VOTING:
        return cs.VOTING_PHASE
    if status in FINAL_STATUSES:
        return cs.DECIDED
    if item.kind == QUESTION_HOUR:
        return cs.QUESTION_HOUR_PHASE
    return CLOSED_ITEM if item.closed else cs.DEBATE


CLOSED_ITEM = "closed_item"
