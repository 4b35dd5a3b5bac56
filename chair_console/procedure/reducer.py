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
from chair_console.procedure import question_hour, speaker_rules, speakers, votes
from chair_console.procedure.agenda import (
    DECIDED,
    FINAL_STATUSES,
    IN_DEBATE,
    NO_PROPOSALS,
    NOT_STARTED,
    POSTPONED,
    SENT_TO_COMMITTEE,
    VOTING,
    AgendaItem,
    MeetingInfo,
    Proposal,
    check_items,
)
from chair_console.procedure.council import ROLE_DEPUTY_MAYOR, ROLE_MAYOR, Council
from chair_console.procedure.errors import CouncilDataError, RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.state import (
    ABSENCE_REASONS,
    ABSENT,
    EXCLUDED,
    LEFT,
    LEFT_FOR_REST,
    PRESENT,
    Attendance,
    ChairTurn,
    Correction,
    MeetingState,
    Phase,
    PresenceChange,
    Sitting,
    Substitution,
)
from chair_console.procedure.timebase import elapsed_seconds

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
        info = MeetingInfo(m["title"], m["date"], m.get("start", ""), m["place"], m["term"], bool(m.get("remote")),
                           m.get("extraordinary") or None)
        agenda = tuple(AgendaItem.from_dict(d) for d in p.get("agenda", ()))
    except (CouncilDataError, KeyError, TypeError, ValueError):
        raise RuleViolation("meeting.bad_snapshot") from None
    new = replace(state, council=council, info=info, agenda=agenda)
    return _register_questions(new, event, p.get("questions", ()))


def _meeting_opened(state: MeetingState, event: Event) -> MeetingState:
    # R-5.1a: after the roll call the mayor declares the meeting open («Møtet er satt»).
    if state.phase is Phase.OPEN:
        raise RuleViolation("meeting.already_open")
    if state.phase is Phase.ADJOURNED:
        raise RuleViolation("meeting.adjourned")
    if not state.seated():
        raise RuleViolation("roll_call.nobody_present")
    sittings = state.sittings or (Sitting(state.info.date),)
    sittings = (*sittings[:-1], replace(sittings[-1], opened_at=event.at))
    opening = state.opened_at or event.at  # the meeting's first «Møtet er satt» stays its start
    new = replace(state, phase=Phase.OPEN, opened_at=opening, sittings=sittings)
    if state.chair is None:  # R-3.1a: the mayor chairs, else the deputy mayor (assist; the chair can change it)
        council = state.council
        for role in (ROLE_MAYOR, ROLE_DEPUTY_MAYOR):
            holder = council.holder_of(role) if council else None
            if holder is not None and holder.id in state.seated().values():
                new = _set_chair(new, holder.id, event)
                break
    return new


def _meeting_adjourned(state: MeetingState, event: Event) -> MeetingState:
    if state.phase in (Phase.PAUSED, Phase.SUSPENDED):
        raise RuleViolation("meeting.paused")
    if state.phase is not Phase.OPEN:
        raise RuleViolation("meeting.not_open")
    if state.current_item is not None and state.status(state.current_item) == VOTING:
        raise RuleViolation("meeting.voting_under_way")
    state = speaker_rules.end_speech(state, event.at)
    periods = _close_period(state, state.current_item, event.at)
    if state.sittings:
        state = replace(state, sittings=(*state.sittings[:-1], replace(state.sittings[-1], adjourned_at=event.at)))
    return replace(state, phase=Phase.ADJOURNED, adjourned_at=event.at, current_item=None, item_periods=periods)


def _not_adjourned(state: MeetingState) -> None:
    if state.phase is Phase.ADJOURNED:
        raise RuleViolation("meeting.adjourned")


def _member(state: MeetingState, event: Event) -> str:
    member_id = event.payload.get("member")
    assert state.council is not None
    if state.council.member(member_id) is None:
        # Includes the city government: they never count towards quorum (R-1b).
        raise RuleViolation("attendance.not_a_member", member=member_id)
    _not_adjourned(state)
    return member_id


def _moved(state: MeetingState, event: Event, person: str, seat: str | None, present: bool) -> tuple:
    return (*state.timeline, PresenceChange(event.seq, event.at, person, seat, present))


def _set_attendance(state: MeetingState, event: Event, member_id: str, new: Attendance) -> MeetingState:
    was_present = bool(state.attendance.get(member_id) and state.attendance[member_id].present)
    attendance = dict(state.attendance)
    attendance[member_id] = new
    timeline = state.timeline
    if was_present != new.present:
        timeline = _moved(state, event, member_id, member_id, new.present)
    return replace(state, attendance=attendance, timeline=timeline)


def _member_present(state: MeetingState, event: Event) -> MeetingState:
    member_id = _member(state, event)
    current = state.attendance.get(member_id)
    if current is not None and current.present:
        raise RuleViolation("attendance.already_present", member=member_id)
    if current is not None and current.status == EXCLUDED:  # R-5.6a: excluded for the rest of the meeting
        raise RuleViolation("attendance.excluded", member=member_id)
    if member_id in state.substitutions:  # one seat never has two people
        raise RuleViolation(
            "attendance.seat_held_by_substitute", member=member_id, substitute=state.substitutions[member_id].substitute
        )
    return _set_attendance(state, event, member_id, Attendance(PRESENT, since=event.at))


def _member_absent(state: MeetingState, event: Event) -> MeetingState:
    member_id = _member(state, event)
    reason = event.payload.get("reason", "not_reported")
    if reason not in ABSENCE_REASONS:  # R-4a
        raise RuleViolation("attendance.invalid_reason", reason=reason)
    current = state.attendance.get(member_id)
    if current is not None and current.status == ABSENT and current.reason == reason:
        raise RuleViolation("attendance.already_absent", member=member_id)
    new = _set_attendance(state, event, member_id, Attendance(ABSENT, reason=reason, since=event.at))
    return _drop_chair_if_gone(new, member_id, event)


def _member_left(state: MeetingState, event: Event) -> MeetingState:
    member_id = _member(state, event)
    current = state.attendance.get(member_id)
    if current is None or not current.present:
        raise RuleViolation("attendance.not_present", member=member_id)
    status = LEFT_FOR_REST if event.payload.get("rest_of_meeting") else LEFT
    new = _set_attendance(state, event, member_id, Attendance(status, since=event.at))
    return _drop_chair_if_gone(new, member_id, event)


def _substitute_seated(state: MeetingState, event: Event) -> MeetingState:
    # R-4b: substitutes are called in the group's numbered order; the secretary may pick another (logged).
    _not_adjourned(state)
    council = state.council
    seat, sub_id = event.payload.get("seat"), event.payload.get("substitute")
    member = council.member(seat)
    substitute = council.substitute(sub_id)
    if member is None:
        raise RuleViolation("attendance.not_a_member", member=seat)
    if substitute is None:
        raise RuleViolation("substitute.unknown", substitute=sub_id)
    if substitute.group_id != member.group_id:
        raise RuleViolation("substitute.wrong_group", substitute=sub_id, member=seat)
    attendance = state.attendance.get(seat)
    if attendance is not None and attendance.present:
        raise RuleViolation("substitute.member_present", member=seat)
    if seat in state.substitutions:  # one seat never has two people
        raise RuleViolation("substitute.seat_taken", member=seat, substitute=state.substitutions[seat].substitute)
    elsewhere = state.seat_of_substitute(sub_id)
    if elsewhere is not None:  # a substitute never sits for two seats
        raise RuleViolation("substitute.already_seated", substitute=sub_id, member=elsewhere)
    sitting = Substitution(seat, sub_id, state.proposed_substitute(seat), event.at)
    substitutions = dict(state.substitutions)
    substitutions[seat] = sitting
    return replace(state, substitutions=substitutions, timeline=_moved(state, event, sub_id, seat, True))


def _substitute_left(state: MeetingState, event: Event) -> MeetingState:
    _not_adjourned(state)
    sub_id = event.payload.get("substitute")
    seat = state.seat_of_substitute(sub_id)
    if seat is None:
        raise RuleViolation("substitute.not_seated", substitute=sub_id)
    substitutions = dict(state.substitutions)
    del substitutions[seat]
    new = replace(state, substitutions=substitutions, timeline=_moved(state, event, sub_id, seat, False))
    return _drop_chair_if_gone(new, sub_id, event)


def _government(state: MeetingState, event: Event, present: bool) -> MeetingState:
    person = event.payload.get("person")
    if state.council.government_member(person) is None:
        raise RuleViolation("government.unknown", person=person)
    _not_adjourned(state)
    if (person in state.government_present) == present:
        raise RuleViolation("government.already_present" if present else "government.not_present", person=person)
    here = state.government_present | {person} if present else state.government_present - {person}
    return replace(state, government_present=frozenset(here), timeline=_moved(state, event, person, None, present))


def _government_present(state: MeetingState, event: Event) -> MeetingState:
    return _government(state, event, True)


def _government_left(state: MeetingState, event: Event) -> MeetingState:
    return _government(state, event, False)


def chair_capacity(state: MeetingState, person: str) -> str:
    """R-3.1a: the mayor, else the deputy mayor; with one of them away a substitute deputy
    (settevaraordfører); with both away a special chair (særskilt møteleder)."""
    council = state.council
    member = council.member(person) if council else None
    if member is not None and ROLE_MAYOR in member.roles:
        return "ordfører"
    if member is not None and ROLE_DEPUTY_MAYOR in member.roles:
        return "varaordfører"
    holders = [council.holder_of(r) for r in (ROLE_MAYOR, ROLE_DEPUTY_MAYOR)] if council else []
    sitting = set(state.seated().values())
    if any(h is not None and h.id in sitting for h in holders):
        return "settevaraordfører"
    return "særskilt møteleder"


def _set_chair(state: MeetingState, person: str, event: Event) -> MeetingState:
    turn = ChairTurn(person, chair_capacity(state, person), event.at)
    return replace(state, chair=turn, chair_history=(*state.chair_history, turn))


def _drop_chair_if_gone(state: MeetingState, person: str, event: Event) -> MeetingState:
    if state.chair is not None and state.chair.person == person:
        return replace(state, chair=None)
    return state


def _chair_taken(state: MeetingState, event: Event) -> MeetingState:
    # R-3.1a, R-5.5b: handing over and taking back the chair are events.
    _not_adjourned(state)
    person = event.payload.get("person")
    if person not in state.seated().values():
        raise RuleViolation("chair.not_present", person=person)
    if state.chair is not None and state.chair.person == person:
        raise RuleViolation("chair.already_chairing", person=person)
    return _set_chair(state, person, event)


def _disqualified(state: MeetingState, event: Event) -> MeetingState:
    # R-3.10a: the council decides a member is disqualified in an item; recorded with its legal basis.
    _not_adjourned(state)
    person, item_id = event.payload.get("person"), event.payload.get("item")
    basis = str(event.payload.get("basis", "")).strip()
    council = state.council
    if council.member(person) is None and council.substitute(person) is None:
        raise RuleViolation("attendance.not_a_member", member=person)
    if state.item(item_id) is None:
        raise RuleViolation("agenda.unknown_item", item=item_id)
    if item_id in state.decided_items:
        raise RuleViolation("disqualification.item_decided", item=item_id)
    if not basis:
        raise RuleViolation("disqualification.no_basis")
    if person in state.disqualified.get(item_id, {}):
        raise RuleViolation("disqualification.already", person=person, item=item_id)
    disqualified = {k: dict(v) for k, v in state.disqualified.items()}
    disqualified.setdefault(item_id, {})[person] = basis
    return replace(state, disqualified=disqualified)


def _known_item(state: MeetingState, event: Event) -> AgendaItem:
    item = state.item(event.payload.get("item"))
    if item is None:
        raise RuleViolation("agenda.unknown_item", item=event.payload.get("item"))
    return item


def _close_period(state: MeetingState, item_id: str | None, at) -> dict:  # noqa: ANN001
    periods = dict(state.item_periods)
    if item_id is not None and periods.get(item_id) and periods[item_id][-1][1] is None:
        periods[item_id] = (*periods[item_id][:-1], (periods[item_id][-1][0], at))
    return periods


def _item_opened(state: MeetingState, event: Event) -> MeetingState:
    item = _known_item(state, event)
    if state.phase is not Phase.OPEN:  # business starts when the meeting is set (R-5.1a)
        raise RuleViolation("meeting.not_open")
    if state.current_item == item.id:
        raise RuleViolation("agenda.already_current", item=item.id)
    status = state.status(item.id)
    if status in (POSTPONED, SENT_TO_COMMITTEE):
        raise RuleViolation("agenda.item_not_in_meeting", item=item.id)
    if item.closed and state.info is not None and state.info.remote:
        raise RuleViolation("agenda.closed_item_in_remote_meeting", item=item.id)  # R-3.9a
    if item.closed and not event.payload.get("closed_confirmed"):
        # R-3.7a, R-3.8a: the chair confirms the legal basis before the meeting is closed
        raise RuleViolation("agenda.closed_needs_confirmation", item=item.id, basis=item.closed_basis)
    state = speaker_rules.end_speech(state, event.at)  # taking up another item ends a speech under way
    periods = _close_period(state, state.current_item, event.at)
    periods[item.id] = (*periods.get(item.id, ()), (event.at, None))
    statuses = dict(state.item_status)
    if status == NOT_STARTED:
        statuses[item.id] = IN_DEBATE
    return replace(state, current_item=item.id, item_periods=periods, item_status=statuses)


def _debate_closed(state: MeetingState, event: Event) -> MeetingState:
    # R-3.3e: voting starts when the debate is closed.
    item = _known_item(state, event)
    if state.current_item != item.id or state.status(item.id) != IN_DEBATE:
        raise RuleViolation("agenda.not_in_debate", item=item.id)
    return replace(state, item_status={**state.item_status, item.id: VOTING})


def _final(state: MeetingState, event: Event, status: str) -> MeetingState:
    item = _known_item(state, event)
    _not_adjourned(state)
    if state.status(item.id) in FINAL_STATUSES:
        raise RuleViolation("agenda.item_finished", item=item.id)
    current = None if state.current_item == item.id else state.current_item
    periods = _close_period(state, item.id, event.at)
    return replace(state, item_status={**state.item_status, item.id: status}, current_item=current, item_periods=periods)


def _item_postponed(state: MeetingState, event: Event) -> MeetingState:
    # R-3.2b: the council may postpone an item by simple majority; the event records that decision
    # (with the count when one was taken).
    if "for" in event.payload and not council_vote(state, event.payload.get("item"), event.payload):
        raise RuleViolation("vote.not_carried")
    return _final(state, event, POSTPONED)


def _item_sent_to_committee(state: MeetingState, event: Event) -> MeetingState:
    # R-7c: an interpellation may be sent to a committee by simple majority.
    if "for" in event.payload and not council_vote(state, event.payload.get("item"), event.payload):
        raise RuleViolation("vote.not_carried")
    return _final(state, event, SENT_TO_COMMITTEE)


def _urgent_objections(state: MeetingState, event: Event) -> MeetingState:
    # R-3.2c: an urgent matter may be decided only if neither the chair nor at least 1/3 of those present object.
    item = _known_item(state, event)
    if item.kind != "urgent_matter":
        raise RuleViolation("vote.not_urgent", item=item.id)
    n = len(state.eligible(item.id))
    objecting = _count(event.payload.get("objecting"), n)
    chair = bool(event.payload.get("chair_objects"))
    return replace(state, urgent_objections={**state.urgent_objections, item.id: (chair, objecting)})


def urgent_blocked(state: MeetingState, item_id: str) -> bool | None:
    """None: objections not yet asked; True: the chair or at least a third of those present object (R-3.2c)."""
    if item_id not in state.urgent_objections:
        return None
    chair, objecting = state.urgent_objections[item_id]
    return chair or 3 * objecting >= len(state.eligible(item_id))


def _member_excluded(state: MeetingState, event: Event) -> MeetingState:
    # R-5.6a: after two requests to keep to the item the council may vote to exclude the member.
    item = _known_item(state, event)
    member = event.payload.get("member")
    if state.warnings.get(item.id, {}).get(member, 0) < 2:
        raise RuleViolation("vote.exclusion_needs_warnings", person=member)
    carried = council_vote(state, item.id, event.payload)
    if not carried:
        raise RuleViolation("vote.not_carried")
    new = state
    if new.speech is not None and new.speech.entry.person == member:
        new = speaker_rules.end_speech(new, event.at)
    seat = new.seat_of_substitute(member)
    if seat is not None:
        substitutions = dict(new.substitutions)
        del substitutions[seat]
        return replace(new, substitutions=substitutions, timeline=_moved(new, event, member, seat, False))
    return _set_attendance(new, event, member, Attendance(EXCLUDED, since=event.at))


def _agenda_reordered(state: MeetingState, event: Event) -> MeetingState:
    order = list(event.payload.get("order", ()))
    current = [i.id for i in state.agenda]
    if sorted(order) != sorted(current) or len(order) != len(current):
        raise RuleViolation("agenda.bad_order")
    for position, item_id in enumerate(current):  # items already dealt with keep their place
        if state.status(item_id) != NOT_STARTED and order[position] != item_id:
            raise RuleViolation("agenda.item_dealt_with", item=item_id)
    by_id = {i.id: i for i in state.agenda}
    return replace(state, agenda=tuple(by_id[i] for i in order))


def _agenda_set(state: MeetingState, event: Event) -> MeetingState:
    if state.item_status or state.current_item is not None:
        raise RuleViolation("agenda.already_started")
    try:
        items = tuple(AgendaItem.from_dict(d) for d in event.payload.get("agenda", ()))
        check_items(items)
    except (CouncilDataError, KeyError, TypeError, ValueError):
        raise RuleViolation("agenda.bad_items") from None
    new = replace(state, agenda=items, proposals={}, questions={})
    return _register_questions(new, event, event.payload.get("questions", ()))


def _register_questions(state: MeetingState, event: Event, questions: object) -> MeetingState:
    """Questions registered for the question hour may come with the agenda (R-6a), checked one by one."""
    qh_item = next((i.id for i in state.agenda if i.kind == "question_hour"), None)
    for n, q in enumerate(questions or ()):  # type: ignore[arg-type]
        if qh_item is None or not isinstance(q, dict):
            raise RuleViolation("agenda.bad_items")
        one = Event(event.seq, ev.QUESTION_REGISTERED, {**q, "item": qh_item}, event.actor, event.at)
        state = _question_registered(state, one)
        registered = state.questions[qh_item]
        numbered = replace(registered[-1], id=f"q{event.seq}-{n + 1}")
        state = replace(state, questions={**state.questions, qh_item: (*registered[:-1], numbered)})
    return state


def _urgent_matter_added(state: MeetingState, event: Event) -> MeetingState:
    # R-3.2c: before the meeting ends a member may raise a current matter (aktuell sak).
    if state.phase is not Phase.OPEN:
        raise RuleViolation("meeting.not_open")
    try:
        item = AgendaItem.from_dict({**event.payload.get("item", {}), "kind": "urgent_matter"})
    except (KeyError, TypeError, ValueError):
        raise RuleViolation("agenda.bad_items") from None
    if not item.title.strip():
        raise RuleViolation("agenda.empty_title")
    if state.item(item.id) is not None:
        raise RuleViolation("agenda.duplicate_item", item=item.id)
    return replace(state, agenda=(*state.agenda, item))


def _item_settings_changed(state: MeetingState, event: Event) -> MeetingState:
    # R-5.4a–e: group time, extended time, independents' time and replies are set per item.
    item = _known_item(state, event)
    p = event.payload
    try:
        changes = {
            "group_minutes": int(p.get("group_minutes", item.group_minutes)),
            "extended_minutes": None if p.get("extended_minutes") in (None, "") else int(p["extended_minutes"]),
            "independent_minutes": int(p.get("independent_minutes", item.independent_minutes)),
            "replies": bool(p.get("replies", item.replies)),
        }
    except (TypeError, ValueError):
        raise RuleViolation("agenda.bad_settings") from None
    if changes["group_minutes"] < 0 or changes["independent_minutes"] < 0 or (changes["extended_minutes"] or 0) < 0:
        raise RuleViolation("agenda.bad_settings")
    agenda = tuple(replace(i, **changes) if i.id == item.id else i for i in state.agenda)
    return replace(state, agenda=agenda)


def _proposal_tabled(state: MeetingState, event: Event) -> MeetingState:
    # R-3.4a: proposals on agenda items, worded as the resolution would read, before the debate closes.
    item = _known_item(state, event)
    _not_adjourned(state)
    if item.kind in NO_PROPOSALS:  # R-3.5a oral statement, R-7c interpellation, R-6 question hour
        raise RuleViolation("proposal.not_allowed_in_kind", item=item.id, kind=item.kind)
    if state.status(item.id) not in (NOT_STARTED, IN_DEBATE):
        raise RuleViolation("proposal.debate_closed", item=item.id)
    p = event.payload
    text = str(p.get("text", "")).strip()
    if not text:
        raise RuleViolation("proposal.empty")
    council = state.council
    proposer = p.get("proposer") or None
    if proposer is not None and council.member(proposer) is None and council.substitute(proposer) is None:
        raise RuleViolation("attendance.not_a_member", member=proposer)
    groups = tuple(p.get("groups", ()))
    unknown = [g for g in groups if council.group(g) is None]
    if unknown:
        raise RuleViolation("proposal.unknown_group", group=unknown[0])
    if proposer is None and not groups:
        raise RuleViolation("proposal.no_proposer")
    kind = p.get("kind", "change")
    if kind not in ("change", "new_point"):
        raise RuleViolation("proposal.bad_kind", kind=kind)
    existing = state.proposals.get(item.id, ())
    number = len(existing) + 1
    proposal = Proposal(f"{item.id}-p{number}", number, item.id, text, proposer, groups, kind)
    return replace(state, proposals={**state.proposals, item.id: (*existing, proposal)})


def _proposal_withdrawn(state: MeetingState, event: Event) -> MeetingState:
    item = _known_item(state, event)
    pid = event.payload.get("proposal")
    proposals = state.proposals.get(item.id, ())
    target = next((x for x in proposals if x.id == pid), None)
    if target is None or target.withdrawn:
        raise RuleViolation("proposal.unknown", proposal=pid)
    if state.status(item.id) not in (NOT_STARTED, IN_DEBATE):
        raise RuleViolation("proposal.debate_closed", item=item.id)
    updated = tuple(replace(x, withdrawn=True) if x.id == pid else x for x in proposals)
    return replace(state, proposals={**state.proposals, item.id: updated})


def _speaking_item(state: MeetingState, event: Event) -> AgendaItem:
    item = _known_item(state, event)
    if state.phase is not Phase.OPEN:
        raise RuleViolation("meeting.not_open")
    if state.current_item != item.id:
        raise RuleViolation("speaker.item_not_current", item=item.id)
    return item


def _speaker_added(state: MeetingState, event: Event) -> MeetingState:
    item = _speaking_item(state, event)
    p = event.payload
    person, kind, reply_to = p.get("person"), p.get("kind", speakers.MAIN), p.get("reply_to")
    speaker_rules.check_speaker(state, item, person, kind, reply_to)
    entry = speakers.QueueEntry(f"e{event.seq}", item.id, person, kind, reply_to)
    queue = list(state.queues.get(item.id, ()))
    queue.insert(speaker_rules.insert_position(state, item, entry), entry)
    return replace(state, queues={**state.queues, item.id: tuple(queue)})


def _queued(state: MeetingState, item_id: str, entry_id: str) -> speakers.QueueEntry:
    entry = next((e for e in state.queues.get(item_id, ()) if e.id == entry_id), None)
    if entry is None:
        raise RuleViolation("speaker.not_queued")
    return entry


def _speaker_removed(state: MeetingState, event: Event) -> MeetingState:
    item = _known_item(state, event)
    entry = _queued(state, item.id, event.payload.get("entry"))
    queue = tuple(e for e in state.queues[item.id] if e.id != entry.id)
    return replace(state, queues={**state.queues, item.id: queue})


def _speaker_moved(state: MeetingState, event: Event) -> MeetingState:
    # The chair may move anyone; the event records who overrode the proposed order, and when.
    item = _known_item(state, event)
    entry = _queued(state, item.id, event.payload.get("entry"))
    queue = [e for e in state.queues[item.id] if e.id != entry.id]
    position = event.payload.get("position")
    if not isinstance(position, int) or not 0 <= position <= len(queue):
        raise RuleViolation("speaker.bad_position")
    queue.insert(position, entry)
    return replace(state, queues={**state.queues, item.id: tuple(queue)})


def _speech_started(state: MeetingState, event: Event) -> MeetingState:
    item = _speaking_item(state, event)
    if state.speech is not None:
        raise RuleViolation("speech.running")
    entry = _queued(state, item.id, event.payload.get("entry"))
    _still_allowed(state, item, entry)
    return speaker_rules.start_speech(state, entry, event.at)


def _still_allowed(state: MeetingState, item: AgendaItem, entry: speakers.QueueEntry) -> None:
    # A speaker who has left, or was disqualified since being put on the list, cannot be given the floor.
    if state.council.government_member(entry.person) is not None:
        here = entry.person in state.government_present
    else:
        here = entry.person in state.seated().values()
    if not here:
        raise RuleViolation("speaker.not_present", person=entry.person)
    if entry.person in state.disqualified.get(item.id, {}):
        raise RuleViolation("speaker.disqualified", person=entry.person)


def _speech_next(state: MeetingState, event: Event) -> MeetingState:
    # One key: end the speech under way (if any) and give the floor to the first in the queue (if any).
    item = _speaking_item(state, event)
    queue = state.queues.get(item.id, ())
    if state.speech is None and not queue:
        raise RuleViolation("speaker.queue_empty")
    new = speaker_rules.end_speech(state, event.at)
    if queue:
        _still_allowed(new, item, queue[0])
        new = speaker_rules.start_speech(new, queue[0], event.at)
    return new


def _speech_running(state: MeetingState) -> speakers.Speech:
    if state.speech is None:
        raise RuleViolation("speech.none")
    return state.speech


def _speech_paused(state: MeetingState, event: Event) -> MeetingState:
    speech = _speech_running(state)
    if speech.paused:
        raise RuleViolation("speech.already_paused")
    return replace(state, speech=replace(speech, pauses=(*speech.pauses, (event.at, None))))


def _speech_resumed(state: MeetingState, event: Event) -> MeetingState:
    speech = _speech_running(state)
    if not speech.paused:
        raise RuleViolation("speech.not_paused")
    pauses = (*speech.pauses[:-1], (speech.pauses[-1][0], event.at))
    return replace(state, speech=replace(speech, pauses=pauses))


def _speech_ended(state: MeetingState, event: Event) -> MeetingState:
    _speech_running(state)
    return speaker_rules.end_speech(state, event.at)


def _order_warning(state: MeetingState, event: Event) -> MeetingState:
    # R-5.6a: the chair asks a speaker to keep to the item, up to twice; then further steps.
    item = _known_item(state, event)
    person = event.payload.get("person")
    if state.speech is None or state.speech.entry.person != person:
        raise RuleViolation("speech.warning_not_speaking", person=person)
    count = state.warnings.get(item.id, {}).get(person, 0)
    if count >= 2:
        raise RuleViolation("speech.warnings_used", person=person)
    warnings = {k: dict(v) for k, v in state.warnings.items()}
    warnings.setdefault(item.id, {})[person] = count + 1
    return replace(state, warnings=warnings)


def _subject_ok(state: MeetingState, item: AgendaItem, subject: str) -> None:
    if subject == votes.RECOMMENDATION or subject.startswith(votes.RECOMMENDATION + ":"):
        return
    proposal = next((p for p in state.proposals.get(item.id, ()) if p.id == subject), None)
    if proposal is None:
        raise RuleViolation("vote.unknown_subject", subject=subject)
    if proposal.withdrawn:
        raise RuleViolation("vote.withdrawn", subject=subject)


def _in_voting(state: MeetingState, event: Event) -> AgendaItem:
    item = _known_item(state, event)
    if state.status(item.id) != VOTING:  # R-3.3e: voting starts when the debate is closed
        raise RuleViolation("vote.debate_open", item=item.id)
    return item


def _voting_order_set(state: MeetingState, event: Event) -> MeetingState:
    item = _in_voting(state, event)
    order = tuple(event.payload.get("order", ()))
    if not order or len(set(order)) != len(order):
        raise RuleViolation("vote.bad_order")
    for subject in order:
        _subject_ok(state, item, subject)
    return replace(state, voting_order={**state.voting_order, item.id: order})


def _persons(state: MeetingState, value: object, eligible: frozenset[str]) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise RuleViolation("vote.bad_count")
    if len(set(value)) != len(value):
        raise RuleViolation("vote.twice", person=next(x for x in value if value.count(x) > 1))
    for person in value:
        if person not in eligible:  # absent, or disqualified (R-3.10a)
            raise RuleViolation("vote.not_eligible", person=person)
    return frozenset(value)


def _count(value: object, eligible: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0 or value > eligible:
        raise RuleViolation("vote.bad_count", value=value, eligible=eligible)
    return value


def _vote_recorded(state: MeetingState, event: Event) -> MeetingState:
    item = _in_voting(state, event)
    if item.kind == "urgent_matter":  # R-3.2c
        blocked = urgent_blocked(state, item.id)
        if blocked is None:
            raise RuleViolation("vote.urgent_objections_first")
        if blocked:
            raise RuleViolation("vote.urgent_blocked")
    p = event.payload
    subjects = tuple(p.get("subjects", ()))
    method = p.get("method")
    if method not in votes.METHODS:
        raise RuleViolation("vote.unknown_method", method=method)
    if not subjects or len(set(subjects)) != len(subjects):
        raise RuleViolation("vote.bad_subjects")
    for subject in subjects:
        _subject_ok(state, item, subject)
    if (method == "alternative") != (len(subjects) > 1):
        raise RuleViolation("vote.alternative_needs_two")
    eligible = state.eligible(item.id)
    if len(eligible) < state.council.quorum:  # R-3.3a
        raise RuleViolation("vote.no_quorum", present=len(eligible), required=state.council.quorum)
    n = len(eligible)
    voters = None
    if method == "tacit":  # R-3.3f a: nobody objects
        tally = (n, 0)
    elif method in ("hands", "counter"):  # R-3.3f b: those against show; counter-vote counts those for too
        if "against" in p:
            against = _persons(state, p["against"], eligible)
            voters = (eligible - against, against)
            tally = (n - len(against), len(against))
        else:
            c = _count(p.get("against_count"), n)
            tally = (n - c, c)
        if method == "counter":
            if "for" in p:
                counted = _persons(state, p["for"], eligible)
                if voters is not None and counted & voters[1]:
                    raise RuleViolation("vote.twice", person=sorted(counted & voters[1])[0])
                counted_for = len(counted)
            else:
                counted_for = _count(p.get("for_count"), n)
            if counted_for + tally[1] != n:  # R-3.3b: the counts must add up to everyone eligible
                raise RuleViolation("vote.count_mismatch", counted=counted_for + tally[1], eligible=n,
                                    difference=n - counted_for - tally[1])
    else:  # alternative vote: each member for one of the proposals (R-3.3e)
        columns = p.get("alternatives")
        if not isinstance(columns, list) or len(columns) != len(subjects):
            raise RuleViolation("vote.bad_count")
        if all(isinstance(c, list) for c in columns):
            groups = [_persons(state, c, eligible) for c in columns]
            seen: set[str] = set()
            for g in groups:
                if seen & g:
                    raise RuleViolation("vote.twice", person=sorted(seen & g)[0])
                seen |= g
            voters = tuple(groups)
            tally = tuple(len(g) for g in groups)
        else:
            tally = tuple(_count(c, n) for c in columns)
        if sum(tally) != n:  # R-3.3b
            raise RuleViolation("vote.count_mismatch", counted=sum(tally), eligible=n, difference=n - sum(tally))
    election = bool(p.get("election"))
    chair_decided = lot = False
    if len(subjects) == 1:
        if tally[0] != tally[1]:
            winner = 0 if tally[0] > tally[1] else 1  # R-3.3c: majority of votes cast
        else:
            winner, chair_decided, lot = _tie(state, p, election, 2)
    else:
        best = max(tally)
        leaders = [i for i, t in enumerate(tally) if t == best]
        if len(leaders) == 1:
            winner = leaders[0]
        else:
            winner, chair_decided, lot = _tie(state, p, election, len(subjects), leaders)
    vote = votes.VoteResult(
        f"v{event.seq}", item.id, subjects, method, n, tally, voters, winner, chair_decided, lot, election,
        at_seq=event.seq,
    )
    existing = list(state.votes.get(item.id, ()))
    retake = p.get("retake_of")
    if retake is not None:  # a correction or a re-take: both stay, the new one stands
        old = next((i for i, v in enumerate(existing) if v.id == retake and v.superseded_by is None), None)
        if old is None:
            raise RuleViolation("vote.unknown_vote", vote=retake)
        existing[old] = replace(existing[old], superseded_by=vote.id)
    return replace(state, votes={**state.votes, item.id: (*existing, vote)})


def council_vote(state: MeetingState, item_id: str | None, p: dict) -> bool:
    """A decision by simple majority counted as every vote: quorum (R-3.3a), duty to vote (R-3.3b),
    majority (R-3.3c), a tie decided by the chair (R-3.3d). Returns whether it was carried."""
    eligible = state.eligible(item_id)
    n = len(eligible)
    if n < state.council.quorum:
        raise RuleViolation("vote.no_quorum", present=n, required=state.council.quorum)
    votes_for, against = _count(p.get("for"), n), _count(p.get("against"), n)
    if votes_for + against != n:
        raise RuleViolation("vote.count_mismatch", counted=votes_for + against, eligible=n,
                            difference=n - votes_for - against)
    if votes_for == against:
        side = p.get("chair_side")
        if side not in (0, 1):
            raise RuleViolation("vote.tie_needs_chair")
        return side == 0
    return votes_for > against


def _tie(state: MeetingState, p: dict, election: bool, options: int, leaders: list[int] | None = None) -> tuple:
    """R-3.3d: the chair's vote decides a tie; in an election, lots (drawn by the console) decide."""
    leaders = leaders if leaders is not None else list(range(options))
    if election:
        drawn = p.get("lot_winner")
        if drawn not in leaders:
            raise RuleViolation("vote.tie_needs_lot")
        return drawn, False, True
    side = p.get("chair_side")
    if side not in leaders:
        raise RuleViolation("vote.tie_needs_chair")
    return side, True, False


def _decision_text_set(state: MeetingState, event: Event) -> MeetingState:
    item = _in_voting(state, event)
    text = str(event.payload.get("text", "")).strip()
    if not text:
        raise RuleViolation("vote.empty_decision")
    return replace(state, decisions={**state.decisions, item.id: text})


def _item_decided(state: MeetingState, event: Event) -> MeetingState:
    item = _in_voting(state, event)
    if not state.final_votes(item.id):
        raise RuleViolation("vote.none_recorded", item=item.id)
    if item.id not in state.decisions:
        raise RuleViolation("vote.empty_decision")
    return replace(state, item_status={**state.item_status, item.id: DECIDED})


# -- question hour (R-6) ----------------------------------------------------------------


def _question_item(state: MeetingState, event: Event) -> AgendaItem:
    item = _known_item(state, event)
    if item.kind != "question_hour":
        raise RuleViolation("question.not_question_hour", item=item.id)
    if item.id in state.question_hour_ended:
        raise RuleViolation("question.hour_over")
    return item


def _replace_question(state: MeetingState, q: question_hour.Question) -> MeetingState:
    questions = tuple(q if x.id == q.id else x for x in state.questions.get(q.item, ()))
    return replace(state, questions={**state.questions, q.item: questions})


def _question_registered(state: MeetingState, event: Event) -> MeetingState:
    # R-6a: the groups tell the chair beforehand who will ask; R-6b: one main question per member.
    item = _question_item(state, event)
    council = state.council
    p = event.payload
    asker, to, topic = p.get("asker"), p.get("to"), str(p.get("topic", "")).strip()
    if council.member(asker) is None and council.substitute(asker) is None:
        raise RuleViolation("attendance.not_a_member", member=asker)
    mayor = council.holder_of("ordfører")
    if council.government_member(to) is None and (mayor is None or to != mayor.id):
        raise RuleViolation("question.bad_answerer", person=to)
    if not topic:
        raise RuleViolation("question.no_topic")
    existing = state.questions.get(item.id, ())
    if any(q.asker == asker for q in existing):
        raise RuleViolation("question.one_per_member", person=asker)
    q = question_hour.Question(f"q{event.seq}", item.id, asker, to, topic)
    return replace(state, questions={**state.questions, item.id: (*existing, q)})


def _questions_ordered(state: MeetingState, event: Event) -> MeetingState:
    # R-6a: the chair decides the order (questions already taken keep their place).
    item = _question_item(state, event)
    existing = state.questions.get(item.id, ())
    order = list(event.payload.get("order", ()))
    if sorted(order) != sorted(q.id for q in existing):
        raise RuleViolation("question.bad_order")
    for position, q in enumerate(existing):
        if q.status != question_hour.WAITING and order[position] != q.id:
            raise RuleViolation("question.already_taken")
    by_id = {q.id: q for q in existing}
    return replace(state, questions={**state.questions, item.id: tuple(by_id[i] for i in order)})


def _question_follow_up(state: MeetingState, event: Event) -> MeetingState:
    # R-6c: other members or substitutes, one follow-up each, on the same matter.
    item = _question_item(state, event)
    q = state.running_question(item.id)
    if q is None:
        raise RuleViolation("question.none_running")
    person = event.payload.get("person")
    if person == q.asker:
        raise RuleViolation("question.follow_up_by_asker")
    if person not in state.seated().values():
        raise RuleViolation("speaker.not_present", person=person)
    if person in q.follow_ups or person in q.followed:
        raise RuleViolation("question.follow_up_once", person=person)
    return _replace_question(state, replace(q, follow_ups=(*q.follow_ups, person)))


def _question_step(state: MeetingState, event: Event) -> MeetingState:
    """One key: end the step under way and start the next — or the next question in the order."""
    item = _question_item(state, event)
    if state.current_item != item.id or state.phase is not Phase.OPEN:
        raise RuleViolation("speaker.item_not_current", item=item.id)
    new = speaker_rules.end_speech(state, event.at)
    q = new.running_question(item.id)
    step = question_hour.next_step(q) if q is not None else None
    if q is not None and step is None:  # the question is over
        new = _replace_question(new, replace(q, status=question_hour.DONE))
        q = None
    if q is None:
        q = next((x for x in new.questions.get(item.id, ()) if x.status == question_hour.WAITING), None)
        if q is None:
            if state.speech is not None or state.running_question(item.id) is not None:
                return new  # the last question ended; nothing more to start
            raise RuleViolation("question.none_waiting")
        started = new.question_hour_started.get(item.id)
        if started is not None and question_hour.HOUR - elapsed_seconds(started, event.at) <= 0:
            raise RuleViolation("question.hour_over")  # R-6a
        if started is None:
            new = replace(new, question_hour_started={**new.question_hour_started, item.id: event.at})
        q = replace(q, status=question_hour.RUNNING)
        step = question_hour.next_step(q)
    kind, person = step
    council = new.council
    here = person in new.government_present if council.government_member(person) else person in new.seated().values()
    if not here:
        raise RuleViolation("speaker.not_present", person=person)
    if kind == question_hour.SUPPLEMENTARY:
        q = replace(q, supplementary_done=True)
    if kind == question_hour.FOLLOW_UP:
        q = replace(q, follow_ups=q.follow_ups[1:], followed=(*q.followed, person))
    q = replace(q, step=kind)
    new = _replace_question(new, q)
    left = question_hour.HOUR - elapsed_seconds(new.question_hour_started[item.id], event.at)
    allowed = max(0.0, min(question_hour.LIMITS[kind], left))
    entry = speakers.QueueEntry(f"e{event.seq}", item.id, person, kind, q.id)
    return replace(new, speech=speakers.Speech(entry, None, allowed, event.at))


def _question_declined(state: MeetingState, event: Event) -> MeetingState:
    # R-6c: the mayor and the city government may decline to answer; recorded, and the question ends.
    item = _question_item(state, event)
    q = state.running_question(item.id)
    if q is None:
        raise RuleViolation("question.none_running")
    new = speaker_rules.end_speech(state, event.at)
    return _replace_question(new, replace(q, status=question_hour.DECLINED))


def _question_hour_ended(state: MeetingState, event: Event) -> MeetingState:
    # R-6a: what was not reached within the hour is recorded.
    item = _question_item(state, event)
    new = speaker_rules.end_speech(state, event.at)
    questions = tuple(
        replace(q, status=question_hour.NOT_REACHED) if q.status == question_hour.WAITING
        else replace(q, status=question_hour.DONE) if q.status == question_hour.RUNNING else q
        for q in new.questions.get(item.id, ())
    )
    return replace(new, questions={**new.questions, item.id: questions},
                   question_hour_ended=new.question_hour_ended | {item.id})


# -- the meeting's course: breaks, suspensions, another day, corrections after adjournment ----------


def _meeting_paused(state: MeetingState, event: Event) -> MeetingState:
    # A break, or a suspension because order cannot be kept (R-11a): every countdown stops.
    if state.phase is not Phase.OPEN:
        raise RuleViolation("meeting.not_open")
    kind = event.payload.get("kind", "pause")
    if kind not in ("pause", "suspended"):
        raise RuleViolation("meeting.bad_pause")
    note = str(event.payload.get("note", "")).strip()
    paused_speech = state.speech is not None and not state.speech.paused
    new = state
    if paused_speech:
        new = replace(new, speech=replace(new.speech, pauses=(*new.speech.pauses, (event.at, None))))
    sittings = new.sittings or (Sitting(new.info.date),)
    last = sittings[-1]
    sittings = (*sittings[:-1], replace(last, breaks=(*last.breaks, (kind, event.at, None, note))))
    phase = Phase.SUSPENDED if kind == "suspended" else Phase.PAUSED
    return replace(new, phase=phase, paused_speech=paused_speech, sittings=sittings)


def _meeting_resumed(state: MeetingState, event: Event) -> MeetingState:
    if state.phase not in (Phase.PAUSED, Phase.SUSPENDED):
        raise RuleViolation("meeting.not_paused")
    new = state
    if state.paused_speech and new.speech is not None and new.speech.paused:
        pauses = new.speech.pauses
        new = replace(new, speech=replace(new.speech, pauses=(*pauses[:-1], (pauses[-1][0], event.at))))
    last = new.sittings[-1]
    kind, start, _end, note = last.breaks[-1]
    last = replace(last, breaks=(*last.breaks[:-1], (kind, start, event.at, note)))
    return replace(new, phase=Phase.OPEN, paused_speech=False, sittings=(*new.sittings[:-1], last))


def _sitting_continued(state: MeetingState, event: Event) -> MeetingState:
    # A meeting adjourned in the evening continues another day: a new sitting, with a new roll call that
    # starts from the previous sitting's attendance.
    if state.phase is not Phase.ADJOURNED:
        raise RuleViolation("meeting.not_adjourned")
    date = str(event.payload.get("date", ""))
    try:
        from datetime import date as _date

        _date.fromisoformat(date)
    except ValueError:
        raise RuleViolation("meeting.bad_date", value=date) from None
    return replace(state, phase=Phase.NOT_STARTED, adjourned_at=None, sittings=(*state.sittings, Sitting(date)))


def _correction_noted(state: MeetingState, event: Event) -> MeetingState:
    # After adjournment the record is closed: changes are corrections, with who, when and why.
    if state.phase is not Phase.ADJOURNED:
        raise RuleViolation("meeting.correction_only_after")
    text, reason = str(event.payload.get("text", "")).strip(), str(event.payload.get("reason", "")).strip()
    if not text or not reason:
        raise RuleViolation("meeting.correction_needs_reason")
    c = Correction(event.seq, event.at, event.actor, text, reason)
    return replace(state, corrections=(*state.corrections, c))


_HANDLERS = {
    ev.MEETING_CREATED: _meeting_created,
    ev.MEETING_OPENED: _meeting_opened,
    ev.MEETING_ADJOURNED: _meeting_adjourned,
    ev.MEETING_PAUSED: _meeting_paused,
    ev.MEETING_RESUMED: _meeting_resumed,
    ev.SITTING_CONTINUED: _sitting_continued,
    ev.CORRECTION_NOTED: _correction_noted,
    ev.MEMBER_PRESENT: _member_present,
    ev.MEMBER_ABSENT: _member_absent,
    ev.MEMBER_LEFT: _member_left,
    ev.SUBSTITUTE_SEATED: _substitute_seated,
    ev.SUBSTITUTE_LEFT: _substitute_left,
    ev.GOVERNMENT_PRESENT: _government_present,
    ev.GOVERNMENT_LEFT: _government_left,
    ev.CHAIR_TAKEN: _chair_taken,
    ev.DISQUALIFIED: _disqualified,
    ev.ITEM_OPENED: _item_opened,
    ev.DEBATE_CLOSED: _debate_closed,
    ev.ITEM_POSTPONED: _item_postponed,
    ev.ITEM_SENT_TO_COMMITTEE: _item_sent_to_committee,
    ev.AGENDA_REORDERED: _agenda_reordered,
    ev.AGENDA_SET: _agenda_set,
    ev.URGENT_MATTER_ADDED: _urgent_matter_added,
    ev.ITEM_SETTINGS_CHANGED: _item_settings_changed,
    ev.PROPOSAL_TABLED: _proposal_tabled,
    ev.PROPOSAL_WITHDRAWN: _proposal_withdrawn,
    ev.SPEAKER_ADDED: _speaker_added,
    ev.SPEAKER_REMOVED: _speaker_removed,
    ev.SPEAKER_MOVED: _speaker_moved,
    ev.SPEECH_STARTED: _speech_started,
    ev.SPEECH_NEXT: _speech_next,
    ev.SPEECH_PAUSED: _speech_paused,
    ev.SPEECH_RESUMED: _speech_resumed,
    ev.SPEECH_ENDED: _speech_ended,
    ev.ORDER_WARNING: _order_warning,
    ev.VOTING_ORDER_SET: _voting_order_set,
    ev.VOTE_RECORDED: _vote_recorded,
    ev.DECISION_TEXT_SET: _decision_text_set,
    ev.ITEM_DECIDED: _item_decided,
    ev.URGENT_OBJECTIONS: _urgent_objections,
    ev.MEMBER_EXCLUDED: _member_excluded,
    ev.QUESTION_REGISTERED: _question_registered,
    ev.QUESTIONS_ORDERED: _questions_ordered,
    ev.QUESTION_FOLLOW_UP: _question_follow_up,
    ev.QUESTION_STEP: _question_step,
    ev.QUESTION_DECLINED: _question_declined,
    ev.QUESTION_HOUR_ENDED: _question_hour_ended,
}
