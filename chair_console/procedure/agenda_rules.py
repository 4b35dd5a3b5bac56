"""The agenda's rules: items taken up and their debate closed (R-3.3e), postponed (R-3.2b) or sent to a committee
(R-7c), the order changed, an imported agenda, urgent matters (R-3.2c), speaking-time settings per item
(R-5.4a–e) — a change of time the council's decision —, the council's decision to close the meeting for an item
(R-3.6b, R-3.7a), and an item decided. The values (items, statuses) are in agenda.py."""

from __future__ import annotations

from dataclasses import replace

from chair_console.procedure import events as ev
from chair_console.procedure import speaker_rules
from chair_console.procedure.agenda import (
    DECIDED,
    FINAL_STATUSES,
    IN_DEBATE,
    NOT_STARTED,
    POSTPONED,
    SENT_TO_COMMITTEE,
    URGENT_MATTER,
    VOTING,
    AgendaItem,
    check_items,
)
from chair_console.procedure.common import close_period, known_item, not_adjourned
from chair_console.procedure.errors import CouncilDataError, RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.payloads import AgendaSet, ItemPostponed, ItemSentToCommittee, ItemSettingsChanged
from chair_console.procedure.question_rules import register_questions
from chair_console.procedure.state import MeetingState, Phase
from chair_console.procedure.voting import council_vote, in_voting
from chair_console.procedure.payloads import CouncilDecision  # noqa: I001
from chair_console.procedure.payloads import ItemClosedDecided
from chair_console.procedure.state import CouncilDecisionRecord
from chair_console.procedure.voting import council_decision, council_sitting, record_decision, urgent_may_decide
from chair_console.procedure.voting import urgent_blocked


def blocked_urgent_matter(state: MeetingState, item_id: str | None) -> bool:
    """R-3.2c «Vedtak i slike saker kan bare gjøres hvis ikke møtelederen eller minst 1/3 av de møtende medlemmene
    motsetter seg dette»: an urgent matter whose debate is closed and on which the objections block any decision.
    It is dealt with without a decision: it holds up neither the adjournment nor the next item, it is no vote under
    way, and it is neither decided, postponed nor sent to a committee (vote.urgent_blocked, rules ≥ 2). The minutes
    say who objected. Should the objections be recorded again so that they no longer block, it is in voting again."""
    item = state.item(item_id) if item_id is not None else None
    return (item is not None and item.kind == URGENT_MATTER and state.status(item.id) == VOTING
            and bool(urgent_blocked(state, item.id)))


def _item_opened(state: MeetingState, event: Event) -> MeetingState:
    item = known_item(state, event)
    if state.phase is not Phase.OPEN:  # business starts when the meeting is set (R-5.1a)
        raise RuleViolation("meeting.not_open")
    if state.current_item == item.id:
        raise RuleViolation("agenda.already_current", item=item.id)
    status = state.status(item.id)
    if status in (POSTPONED, SENT_TO_COMMITTEE):
        raise RuleViolation("agenda.item_not_in_meeting", item=item.id)
    if item.closed and state.info is not None and state.info.remote:
        raise RuleViolation("agenda.closed_item_in_remote_meeting", item=item.id)  # R-3.9a
    if item.closed and state.rules >= 2 and not closing_decided(state, item.id):
        # R-3.6b, R-3.7a: «Hvis det vedtas at et møte skal lukkes»: the council decides, not the chair alone
        raise RuleViolation("agenda.closed_needs_decision", item=item.id, basis=item.closed_basis)
    if item.closed and not event.data.closed_confirmed:
        # R-3.7a, R-3.8a: the chair confirms the legal basis before the meeting is closed
        raise RuleViolation("agenda.closed_needs_confirmation", item=item.id, basis=item.closed_basis)
    state = speaker_rules.end_speech(state, event.at)  # taking up another item ends a speech under way
    periods = close_period(state, state.current_item, event.at)
    periods[item.id] = (*periods.get(item.id, ()), (event.at, None))
    statuses = dict(state.item_status)
    if status == NOT_STARTED:
        statuses[item.id] = IN_DEBATE
    return replace(state, current_item=item.id, item_periods=periods, item_status=statuses)


def _debate_closed(state: MeetingState, event: Event) -> MeetingState:
    # R-3.3e: voting starts when the debate is closed.
    item = known_item(state, event)
    if state.current_item != item.id or state.status(item.id) != IN_DEBATE:
        raise RuleViolation("agenda.not_in_debate", item=item.id)
    if state.rules >= 2:  # the debate is over: a speech under way ends with it (rules 1 let it run on, as recorded)
        state = speaker_rules.end_speech(state, event.at)
    return replace(state, item_status={**state.item_status, item.id: VOTING})


def _final(state: MeetingState, event: Event, status: str) -> MeetingState:
    item = known_item(state, event)
    not_adjourned(state)
    if state.status(item.id) in FINAL_STATUSES:
        raise RuleViolation("agenda.item_finished", item=item.id)
    current = None if state.current_item == item.id else state.current_item
    periods = close_period(state, item.id, event.at)
    return replace(state, item_status={**state.item_status, item.id: status}, current_item=current, item_periods=periods)


def _item_postponed(state: MeetingState, event: Event) -> MeetingState:
    # R-3.2b: the council may postpone an item by simple majority; the event records that decision, tacit or
    # counted — a counted one that falls is recorded too, and the item stays.
    p: ItemPostponed = event.data
    return _council_decides_item(state, event, p, "postpone", POSTPONED)


def _item_sent_to_committee(state: MeetingState, event: Event) -> MeetingState:
    # R-7c: an interpellation may be sent to a committee by simple majority; R-3.2b: so may any item be sent
    # back to a committee (rules ≥ 2: naming it).
    p: ItemSentToCommittee = event.data
    committee = p.committee
    if state.rules >= 2:
        if not committee:
            raise RuleViolation("agenda.committee_needed")
        if not any(c.id == committee for c in state.council.committees):
            raise RuleViolation("agenda.unknown_committee", committee=committee)
    return _council_decides_item(state, event, p, "committee", SENT_TO_COMMITTEE, committee)


def _council_decides_item(state: MeetingState, event: Event, p: CouncilDecision, what: str, status: str,
                          committee: str | None = None) -> MeetingState:
    """R-3.2b, R-7c: the council's decision on an item, kept with it; if carried the item leaves the meeting.
    Rules ≥ 2: the decision's method is required (agenda.decision_needed). Rules 1 (0.1.0) recorded no
    method: the event was the decision, and a count given had to carry — replayed as it was."""
    item = known_item(state, event)
    not_adjourned(state)
    council_sitting(state)  # R-3.3a (rules ≥ 2): not before the meeting is set, nor in a break or a suspension
    if state.status(item.id) in FINAL_STATUSES:
        raise RuleViolation("agenda.item_finished", item=item.id)
    if state.rules >= 2 and item.kind == URGENT_MATTER and urgent_blocked(state, item.id):
        # R-3.2c: the objections block every decision in the matter, a postponement or a committee too — it is
        # dealt with without one (blocked_urgent_matter)
        raise RuleViolation("vote.urgent_blocked")
    if p.method is None and state.rules < 2:
        counted = p.has("for")
        if counted and not council_vote(state, item.id, p):
            raise RuleViolation("vote.not_carried")
        decision = CouncilDecisionRecord(event.seq, what, "counted" if counted else None, True, p.votes_for,
                                         p.against, counted and p.votes_for == p.against, committee=committee)
    else:
        decision = council_decision(state, item.id, p, what, event.seq, committee=committee)
    state = record_decision(state, item.id, decision)
    if not decision.carried:  # the proposal fell: the item stays on the agenda
        return state
    return _final(state, event, status)


def _agenda_reordered(state: MeetingState, event: Event) -> MeetingState:
    order = list(event.data.order)
    current = [i.id for i in state.agenda]
    if sorted(order) != sorted(current) or len(order) != len(current):
        raise RuleViolation("agenda.bad_order")
    for position, item_id in enumerate(current):  # items already dealt with keep their place
        if state.status(item_id) != NOT_STARTED and order[position] != item_id:
            raise RuleViolation("agenda.item_dealt_with", item=item_id)
    by_id = {i.id: i for i in state.agenda}
    return replace(state, agenda=tuple(by_id[i] for i in order))


def _agenda_set(state: MeetingState, event: Event) -> MeetingState:
    # R-3.2a: the agenda the mayor set up, imported before the meeting. R-3.2c (rules ≥ 2): once the meeting is set
    # it is no longer replaced — a matter not on it comes up as an urgent matter (aktuell sak), which the chair or a
    # third of those present can stop; the order is changed by agenda.reordered. Rules 1 replaced it, as recorded.
    if state.rules >= 2 and state.opened_at is not None:
        raise RuleViolation("agenda.set_after_opening")
    if state.item_status or state.current_item is not None:
        raise RuleViolation("agenda.already_started")
    p: AgendaSet = event.data
    try:
        items = tuple(AgendaItem.from_dict(d) for d in p.agenda)
        check_items(items)
    except (CouncilDataError, KeyError, TypeError, ValueError):
        raise RuleViolation("agenda.bad_items") from None
    new = replace(state, agenda=items, proposals={}, questions={})
    return register_questions(new, event, p.questions)


def _urgent_matter_added(state: MeetingState, event: Event) -> MeetingState:
    # R-3.2c: before the meeting ends a member may raise a current matter (aktuell sak).
    if state.phase is not Phase.OPEN:
        raise RuleViolation("meeting.not_open")
    try:
        item = AgendaItem.from_dict({**(event.data.item or {}), "kind": "urgent_matter"})
    except (KeyError, TypeError, ValueError):
        raise RuleViolation("agenda.bad_items") from None
    if not item.title.strip():
        raise RuleViolation("agenda.empty_title")
    if state.item(item.id) is not None:
        raise RuleViolation("agenda.duplicate_item", item=item.id)
    return replace(state, agenda=(*state.agenda, item))


def _item_settings_changed(state: MeetingState, event: Event) -> MeetingState:
    # R-5.4a–e: group time, extended time, independents' time and replies are set per item.
    item = known_item(state, event)
    p: ItemSettingsChanged = event.data
    try:
        changes = {
            "group_minutes": int(p.group_minutes if p.has("group_minutes") else item.group_minutes),
            "extended_minutes": None if p.extended_minutes in (None, "") else int(p.extended_minutes),
            "independent_minutes": int(p.independent_minutes if p.has("independent_minutes") else item.independent_minutes),
            "replies": bool(p.replies if p.has("replies") else item.replies),
        }
    except (TypeError, ValueError):
        raise RuleViolation("agenda.bad_settings") from None
    if changes["group_minutes"] < 0 or changes["independent_minutes"] < 0 or (changes["extended_minutes"] or 0) < 0:
        raise RuleViolation("agenda.bad_settings")
    state, changes = _speaking_time_decided(state, event, item, p, changes)
    agenda = tuple(replace(i, **changes) if i.id == item.id else i for i in state.agenda)
    return replace(state, agenda=agenda)


# -- the council decides (§ 3.6, § 5.4): speaking time, closing the meeting for an item -----------------------

SPEAKING_TIME = ("group_minutes", "extended_minutes", "independent_minutes")  # R-5.4a, R-5.4c: not replies (R-5.4e)


def _time_changes(item: AgendaItem, changes: dict) -> tuple[tuple[str, int | None], ...]:
    return tuple((key, changes[key]) for key in SPEAKING_TIME if changes[key] != getattr(item, key))


def settings_need_decision(state: MeetingState, item_id: str | None, payload: dict) -> bool:
    """R-5.4a «Bystyret fastsetter taletid»: whether these settings change the item's speaking time once the meeting
    is set in a meeting of rules ≥ 2 — then the council's decision is asked (the agenda pane asks it). Before the
    meeting is set the times are the chair's proposal with the agenda and the run plan; whether replies are allowed
    is the chair's (R-5.4e) and never needs a decision."""
    item = state.item(item_id)
    if item is None or state.rules < 2 or state.phase is Phase.NOT_STARTED:
        return False
    try:
        changes = {
            "group_minutes": int(payload.get("group_minutes", item.group_minutes)),
            "extended_minutes": None if payload.get("extended_minutes") in (None, "") else int(payload["extended_minutes"]),
            "independent_minutes": int(payload.get("independent_minutes", item.independent_minutes)),
        }
    except (TypeError, ValueError):
        return False  # the rules refuse it as agenda.bad_settings
    return bool(_time_changes(item, changes))


def _speaking_time_decided(state: MeetingState, event: Event, item: AgendaItem, p: ItemSettingsChanged,
                           changes: dict) -> tuple[MeetingState, dict]:
    """R-5.4a: the council sets the speaking time. From rules version 2, once the meeting is set, a change of the
    group, extended or independents' time needs the council's decision (`method`, agenda.decision_needed); a counted
    one may fall, and then the times stay as they were (replies, the chair's, still change). The decision is kept
    with the item and printed in the minutes. Meetings of rules version 1 replay as recorded."""
    timed = _time_changes(item, changes)
    if p.method is None and (state.rules < 2 or state.phase is Phase.NOT_STARTED or not timed):
        return state, changes
    decision = council_decision(state, item.id, p, "speaking_time", event.seq)
    decision = replace(decision, settings=timed)
    state = record_decision(state, item.id, decision)
    if not decision.carried:
        changes = {**changes, **{key: getattr(item, key) for key in SPEAKING_TIME}}
    return state, changes


def closing_decided(state: MeetingState, item_id: str) -> bool:
    """R-3.6b, R-3.7a: whether the council's last decision on closing the meeting for the item closed it."""
    last = next((d for d in reversed(state.council_decisions.get(item_id, ())) if d.what == "close"), None)
    return last is not None and last.carried


def _closed_decided(state: MeetingState, event: Event) -> MeetingState:
    """R-3.6b «Hvis det vedtas at et møte skal lukkes, skal hjemmelen for vedtaket tas inn i møteboken», R-3.7a
    (kommuneloven § 11-5): the council's decision to close the meeting while the item is dealt with, with its legal
    basis, tacit or counted (a counted one may fall and is recorded too). Carried for an item the agenda did not mark
    closed, it closes it with that basis. Not in a remote meeting (R-3.9a)."""
    item = known_item(state, event)
    p: ItemClosedDecided = event.data
    if state.phase is not Phase.OPEN:
        raise RuleViolation("meeting.not_open")
    if state.status(item.id) in FINAL_STATUSES:
        raise RuleViolation("agenda.item_finished", item=item.id)
    basis = p.basis.strip()
    if not basis:
        raise RuleViolation("agenda.closed_basis_needed", item=item.id)
    if state.info is not None and state.info.remote:
        raise RuleViolation("agenda.closed_item_in_remote_meeting", item=item.id)  # R-3.9a
    decision = replace(council_decision(state, item.id, p, "close", event.seq), basis=basis)
    state = record_decision(state, item.id, decision)
    if decision.carried and not item.closed:
        state = replace(state, agenda=tuple(replace(i, closed_basis=basis) if i.id == item.id else i
                                            for i in state.agenda))
    return state


def _decision_public(state: MeetingState, event: Event) -> MeetingState:
    """R-3.6c: the decision in a closed item printed in the public minutes, where the exemption allows it — a
    choice per item, also after the meeting is adjourned (it changes what is published, not the meeting)."""
    item = known_item(state, event)
    if not item.closed:
        raise RuleViolation("agenda.decision_public_not_closed", item=item.number)
    public = state.public_decisions | {item.id} if event.data.public else state.public_decisions - {item.id}
    return replace(state, public_decisions=frozenset(public))


def _item_decided(state: MeetingState, event: Event) -> MeetingState:
    from chair_console.procedure import elections  # loaded with the first decision (reducer.py: lazily)

    item = in_voting(state, event)  # rules ≥ 2: the council sits (R-3.3a), an item with a decision (R-7c, R-6a)
    if state.rules >= 2:  # R-3.2c: objections asked, and not blocking the decision
        urgent_may_decide(state, item)
    if not state.final_votes(item.id) and not elections.held(state, item.id):  # an election is voting too
        raise RuleViolation("vote.none_recorded", item=item.id)
    pending = elections.undecided(state, item.id) if state.rules >= 2 else None
    if pending is not None:  # R-3.3c, R-3.3d: a new vote or the lots first
        raise RuleViolation("election.undecided", office=getattr(pending, "office", None) or pending.body)
    if item.id not in state.decisions:
        raise RuleViolation("vote.empty_decision")
    return replace(state, item_status={**state.item_status, item.id: DECIDED})


HANDLERS = {
    ev.ITEM_OPENED: _item_opened,
    ev.DEBATE_CLOSED: _debate_closed,
    ev.ITEM_POSTPONED: _item_postponed,
    ev.ITEM_SENT_TO_COMMITTEE: _item_sent_to_committee,
    ev.AGENDA_REORDERED: _agenda_reordered,
    ev.AGENDA_SET: _agenda_set,
    ev.URGENT_MATTER_ADDED: _urgent_matter_added,
    ev.ITEM_SETTINGS_CHANGED: _item_settings_changed,
    ev.CLOSED_DECIDED: _closed_decided,
    ev.ITEM_DECIDED: _item_decided,
    ev.DECISION_PUBLIC: _decision_public,
}
