"""How far an item has come, as the agenda shows it and as the chair is warned before leaving it.

Items without a vote — the question hour (R-6), interpellations (R-7c) and oral statements (R-3.5a) — never
reach «decided»: they are dealt with when the question hour is ended, when their debate is closed, when the
meeting has moved on to another item or when the meeting is adjourned. What would be left unfinished by taking
up another item (a speech under way, an open debate, a vote not finished) is named, so that nothing ends as a
side effect."""

from __future__ import annotations

from chair_console.procedure.agenda import FINAL_STATUSES, IN_DEBATE, NO_PROPOSALS, NOT_STARTED, VOTING
from chair_console.procedure.agenda_rules import blocked_urgent_matter
from chair_console.procedure.state import MeetingState, Phase

DONE = "done"  # shown status of an item without a vote that has been dealt with

# what taking up another item would leave unfinished
SPEECH_RUNNING = "speech"
QUESTION_HOUR_OPEN = "question_hour"
DEBATE_OPEN = "debate"
VOTING_OPEN = "voting"


def dealt_with(state: MeetingState, item_id: str) -> bool:
    """The item is finished: decided, postponed, sent to a committee, or (an item without a vote) done."""
    status = state.status(item_id)
    if status in FINAL_STATUSES:
        return True
    if blocked_urgent_matter(state, item_id):  # R-3.2c: the objections leave it without a decision: dealt with
        return True
    item = state.item(item_id)
    if item is None or item.kind not in NO_PROPOSALS or status == NOT_STARTED:
        return False
    if item.kind == "question_hour" and item_id in state.question_hour_ended:
        return True
    return status == VOTING or state.phase is Phase.ADJOURNED or state.current_item != item_id


def shown_status(state: MeetingState, item_id: str) -> str:
    """The status the agenda shows: the recorded one, or DONE for an item without a vote that is dealt with."""
    status = state.status(item_id)
    return DONE if status not in FINAL_STATUSES and dealt_with(state, item_id) else status


def left_open(state: MeetingState, taking_up: str | None = None) -> tuple[str, ...]:
    """What taking up `taking_up` would leave unfinished, most pressing first (empty: nothing)."""
    left: list[str] = []
    if state.speech is not None and state.speech.ended is None:
        left.append(SPEECH_RUNNING)
    current = state.current_item
    if current is not None and current != taking_up and not dealt_with(state, current):
        item = state.item(current)
        if item is not None and item.kind == "question_hour":
            left.append(QUESTION_HOUR_OPEN)
        elif state.status(current) == IN_DEBATE:
            left.append(DEBATE_OPEN)
        elif state.status(current) == VOTING:
            left.append(VOTING_OPEN)
    return tuple(left)


def closing_ends_speech(state: "MeetingState") -> bool:
    """Whether closing the debate now would end a speech under way (R-3.3e, rules version 2: the debate is over,
    the speech with it) — the agenda pane asks first, as taking up another item does."""
    return state.rules >= 2 and state.speech is not None and state.speech.ended is None
