"""Who is in the hall: members (R-4a), substitutes (R-4b), the city government (R-1b), who chairs and in which
capacity (R-3.1a, R-5.5b), disqualification (R-3.10a) and exclusion by the council's vote (R-5.6a)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from chair_console.procedure import events as ev
from chair_console.procedure import speaker_rules
from chair_console.procedure.common import known_item, not_adjourned
from chair_console.procedure.common import CHAIR_OFFICES, SAERSKILT_MOTELEDER, SETTEVARAORDFORER, chair_office  # noqa: F401
from chair_console.procedure.common import decides_by_election
from chair_console.procedure.council import ROLE_DEPUTY_MAYOR, ROLE_MAYOR
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.payloads import Disqualified, MemberExcluded, SubstituteSeated
from chair_console.procedure.state import (
    ABSENCE_REASONS,
    ABSENT,
    EXCLUDED,
    LEFT,
    LEFT_FOR_REST,
    PRESENT,
    Attendance,
    ChairTurn,
    MeetingState,
    PresenceChange,
    Substitution,
)
from chair_console.procedure.voting import council_vote
from chair_console.procedure.agenda import AgendaItem  # noqa: I001 - the chair's section (R-3.1a, R-5.5b)
from chair_console.procedure.speakers import QueueEntry
from chair_console.procedure.state import ChairHandover, CouncilDecisionRecord
from chair_console.procedure.voting import elected
from chair_console.procedure.voting import council_decision, record_decision  # R-3.10a

if TYPE_CHECKING:  # loaded with the elections' rules (reducer.py)
    from chair_console.procedure.election_results import Election


def _member(state: MeetingState, event: Event) -> str:
    member_id = event.data.member
    assert state.council is not None
    if state.council.member(member_id) is None:
        # Includes the city government: they never count towards quorum (R-1b).
        raise RuleViolation("attendance.not_a_member", member=member_id)
    not_adjourned(state)
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
    reason = event.data.reason
    if reason not in ABSENCE_REASONS:  # R-4a
        raise RuleViolation("attendance.invalid_reason", reason=reason)
    current = state.attendance.get(member_id)
    if state.rules >= 2 and current is not None and current.status == EXCLUDED:  # R-5.6a: for the rest of the meeting
        raise RuleViolation("attendance.excluded", member=member_id)
    if current is not None and current.status == ABSENT and current.reason == reason:
        raise RuleViolation("attendance.already_absent", member=member_id)
    new = _set_attendance(state, event, member_id, Attendance(ABSENT, reason=reason, since=event.at))
    return _drop_chair_if_gone(new, member_id, event)


def _member_left(state: MeetingState, event: Event) -> MeetingState:
    member_id = _member(state, event)
    current = state.attendance.get(member_id)
    if current is None or not current.present:
        raise RuleViolation("attendance.not_present", member=member_id)
    status = LEFT_FOR_REST if event.data.rest_of_meeting else LEFT
    new = _set_attendance(state, event, member_id, Attendance(status, since=event.at))
    return _drop_chair_if_gone(new, member_id, event)


def _substitute_seated(state: MeetingState, event: Event) -> MeetingState:
    # R-4b: substitutes are called in the group's numbered order; the secretary may pick another (logged).
    not_adjourned(state)
    council = state.council
    p: SubstituteSeated = event.data
    seat, sub_id = p.seat, p.substitute
    member = council.member(seat)
    substitute = council.substitute(sub_id)
    if member is None:
        raise RuleViolation("attendance.not_a_member", member=seat)
    if substitute is None:
        raise RuleViolation("substitute.unknown", substitute=sub_id)
    if state.rules >= 2 and sub_id in state.excluded:  # R-5.6a: excluded for the rest of the meeting
        raise RuleViolation("attendance.excluded", member=sub_id)
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
    not_adjourned(state)
    sub_id = event.data.substitute
    seat = state.seat_of_substitute(sub_id)
    if seat is None:
        raise RuleViolation("substitute.not_seated", substitute=sub_id)
    substitutions = dict(state.substitutions)
    del substitutions[seat]
    new = replace(state, substitutions=substitutions, timeline=_moved(state, event, sub_id, seat, False))
    return _drop_chair_if_gone(new, sub_id, event)


def _government(state: MeetingState, event: Event, present: bool) -> MeetingState:
    person = event.data.person
    if state.council.government_member(person) is None:
        raise RuleViolation("government.unknown", person=person)
    not_adjourned(state)
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
    if state.rules >= 2:  # the office the council elected them to (elected_chairs)
        office = next((o for o, (who, _e) in elected_chairs(state).items() if who == person), None)
        if office is not None:
            return office
    holders = [council.holder_of(r) for r in (ROLE_MAYOR, ROLE_DEPUTY_MAYOR)] if council else []
    sitting = set(state.seated().values())
    if any(h is not None and h.id in sitting for h in holders):
        return "settevaraordfører"
    return "særskilt møteleder"


def set_chair(state: MeetingState, person: str, event: Event) -> MeetingState:
    turn = ChairTurn(person, chair_capacity(state, person), event.at)
    return replace(state, chair=turn, chair_history=(*state.chair_history, turn))


def _drop_chair_if_gone(state: MeetingState, person: str, event: Event) -> MeetingState:
    if state.chair is not None and state.chair.person == person:
        return replace(state, chair=None)
    return state


def _chair_taken(state: MeetingState, event: Event) -> MeetingState:
    # R-3.1a, R-5.5b: handing over and taking back the chair are events.
    not_adjourned(state)
    person = event.data.person
    if person not in state.seated().values():
        raise RuleViolation("chair.not_present", person=person)
    if state.chair is not None and state.chair.person == person:
        raise RuleViolation("chair.already_chairing", person=person)
    check_may_chair(state, person)  # R-3.1a (rules ≥ 2): elected first
    _check_office_needed(state, person)  # R-3.1a (rules ≥ 2): and only while the office is called for
    return replace(set_chair(state, person, event), chair_handover=None)  # an explicit change ends a handover


# -- who may chair: the mayor, the deputy mayor, or whom the council elected (R-3.1a, R-5.5b) ---------------------
# Rules version 2: someone who is neither the mayor nor the deputy mayor chairs only after the council elected them
# settevaraordfører (the mayor or the deputy mayor is away) or særskilt møteleder (both are away), by an election
# of one person recorded in the meeting (elections.py: an election item, or the item under way). § 5.5 calls the
# settevaraordfører «setteordfører»: both names are read as that office.

# the offices and their names: common.py (voting and vote_words read them too)


def elected_chairs(state: MeetingState) -> dict[str, tuple[str, Election]]:
    """Office -> (the person elected, the election): the latest decided election to each chair office, in any item
    (voting.elected gives the item's latest; the latest item's counts)."""
    found: dict[str, tuple[int, str, Election]] = {}
    for item_id, held in state.elections.items():
        for e in held:
            office = chair_office(e.office)
            person = elected(state, item_id, e.office) if office else None
            if office is None or person is None or e.elected != person:
                continue
            seq = max([r.at_seq for r in e.rounds] + ([e.lot.at_seq] if e.lot else []))
            if office not in found or found[office][0] < seq:
                found[office] = (seq, person, e)
    return {office: (person, e) for office, (_seq, person, e) in found.items()}


def needed_office(state: MeetingState) -> str:
    """The office to elect for someone else to chair: settevaraordfører while the mayor or the deputy mayor is in a
    seat, særskilt møteleder when both are away (R-3.1a)."""
    council = state.council
    sitting = set(state.seated().values())
    holders = [council.holder_of(r) for r in (ROLE_MAYOR, ROLE_DEPUTY_MAYOR)] if council else []
    return SETTEVARAORDFORER if any(h is not None and h.id in sitting for h in holders) else SAERSKILT_MOTELEDER


def may_chair(state: MeetingState, person: str) -> bool:
    """The mayor, the deputy mayor, or someone the council elected to a chair office in this meeting (R-3.1a)."""
    member = state.council.member(person) if state.council else None
    if member is not None and (ROLE_MAYOR in member.roles or ROLE_DEPUTY_MAYOR in member.roles):
        return True
    return any(who == person for who, _e in elected_chairs(state).values())


def check_may_chair(state: MeetingState, person: str) -> None:
    if state.rules >= 2 and not may_chair(state, person):  # R-3.1a
        raise RuleViolation("chair.needs_election", person=person, office=needed_office(state))


# -- the offices elected only on forfall (R-3.1a, R-5.5b; rules ≥ 2) ----------------------------------------------
# § 3.1 «Det velges settevaraordfører når ordfører eller varaordfører har forfall. Hvis både ordfører og
# varaordfører har forfall velges en særskilt møteleder»; § 5.5 «Vil ordføreren delta i debatten, overtar
# varaordfører, eventuelt setteordfører». Here the mayor or the deputy mayor «has forfall» when not in a seat (absent,
# gone out, or no one holds the office) or disqualified in the item concerned (R-3.10a: they cannot chair it).


def _can_chair(state: MeetingState, person: str, items: tuple[str, ...]) -> bool:
    """In a seat and not disqualified in any of `items`."""
    return person in state.seated().values() and not any(person in state.disqualified.get(i, {}) for i in items)


def holders_at_hand(state: MeetingState, speaker: str | None = None, item_id: str | None = None) -> list[str]:
    """R-3.1a, R-5.5b: the deputy mayor and the mayor, in that order, who can chair now: in a seat, not `speaker`,
    not disqualified in the item (default: the item under way)."""
    council = state.council
    items = tuple(i for i in (item_id or state.current_item,) if i)
    holders = [council.holder_of(r) for r in (ROLE_DEPUTY_MAYOR, ROLE_MAYOR)] if council else []
    return [h.id for h in holders if h is not None and h.id != speaker and _can_chair(state, h.id, items)]


def office_needed(state: MeetingState, office: str, items: tuple[str, ...] | None = None) -> bool:
    """R-3.1a: whether the chair office (SETTEVARAORDFORER, SAERSKILT_MOTELEDER) is called for now: a
    settevaraordfører when the mayor or the deputy mayor has forfall, a særskilt møteleder when both have
    (forfall: not in a seat, or disqualified in one of `items`; default the item under way)."""
    if items is None:
        items = (state.current_item,) if state.current_item else ()
    council = state.council
    holders = [council.holder_of(r) for r in (ROLE_MAYOR, ROLE_DEPUTY_MAYOR)] if council else [None, None]
    away = sum(1 for h in holders if h is None or not _can_chair(state, h.id, items))
    return away >= (2 if office == SAERSKILT_MOTELEDER else 1)


def check_chair_election(state: MeetingState, office: str) -> None:
    """R-3.1a (rules ≥ 2), for an election to a chair office (`office` as typed): a settevaraordfører is elected only
    when the mayor or the deputy mayor has forfall, a særskilt møteleder only when both have — forfall here: not in
    a seat, or disqualified in an item not yet decided (chair.election_not_needed). Other offices pass."""
    chair = chair_office(office)
    if state.rules < 2 or chair is None:
        return
    undecided = tuple(i for i in state.disqualified if i not in state.decided_items)
    if not office_needed(state, chair, undecided):
        raise RuleViolation("chair.election_not_needed", office=chair)


def _check_office_needed(state: MeetingState, person: str) -> None:
    """R-3.1a (rules ≥ 2): someone elected settevaraordfører or særskilt møteleder takes the chair only while that
    office is called for (office_needed): with the mayor and the deputy mayor both at hand, one of them chairs."""
    member = state.council.member(person) if state.council else None
    if state.rules < 2 or (member is not None and (ROLE_MAYOR in member.roles or ROLE_DEPUTY_MAYOR in member.roles)):
        return
    offices = [o for o, (who, _e) in elected_chairs(state).items() if who == person]
    if offices and not any(office_needed(state, o) for o in offices):
        raise RuleViolation("chair.office_not_needed", person=person, office=offices[0])


def stand_ins(state: MeetingState, speaker: str) -> list[str]:
    """R-5.5b: who may chair while `speaker` (the chair) speaks: in a seat, not the speaker — the deputy mayor, the
    mayor (holders_at_hand); rules ≥ 2: only when neither can (absent, or disqualified in the item), whom the council
    elected, not disqualified in the item — «overtar varaordfører, eventuelt setteordfører». Rules 1: the deputy
    mayor only, as release 0.1.0 offered."""
    council = state.council
    sitting = set(state.seated().values())
    if state.rules < 2:
        deputy = council.holder_of(ROLE_DEPUTY_MAYOR)
        return [deputy.id] if deputy is not None and deputy.id in sitting and deputy.id != speaker else []
    at_hand = holders_at_hand(state, speaker)
    if at_hand:
        return at_hand
    items = tuple(i for i in (state.current_item,) if i)
    people = [who for who, _e in elected_chairs(state).values()]
    return list(dict.fromkeys(p for p in people if p != speaker and _can_chair(state, p, items)))


def hand_over_for_speech(state: MeetingState, item: AgendaItem, entry: QueueEntry, chair_to: str | None,
                         event: Event) -> MeetingState:
    """R-5.5b: the chair who takes the floor in the debate hands the chair to `chair_to` for that speech (recorded on
    the speech's own event, so one undo undoes both); speaker_rules.end_speech hands it back. Rules ≥ 2: a debate
    speech by the chair without a handover is refused (speaker.chair_cannot_debate); the chair goes to the deputy
    mayor (or the mayor) while one is at hand, to an elected chair only when neither is (chair.deputy_mayor_first),
    and never to someone disqualified in the item (chair.disqualified)."""
    chair = state.chair
    chairing = chair is not None and chair.person == entry.person
    if chair_to is None:
        if state.rules >= 2 and chairing and not speaker_rules.chair_may_speak(item, entry):
            raise RuleViolation("speaker.chair_cannot_debate", person=entry.person)
        return state
    if not chairing:
        raise RuleViolation("chair.no_handover", person=entry.person)
    if chair_to == entry.person:
        raise RuleViolation("chair.already_chairing", person=chair_to)
    if chair_to not in state.seated().values():
        raise RuleViolation("chair.not_present", person=chair_to)
    check_may_chair(state, chair_to)
    if state.rules >= 2:  # R-5.5b, R-3.1a: «overtar varaordfører, eventuelt setteordfører»
        if chair_to in state.disqualified.get(item.id, {}):  # R-3.10a: not the item's chair
            raise RuleViolation("chair.disqualified", person=chair_to)
        at_hand = holders_at_hand(state, entry.person, item.id)
        if at_hand and chair_to not in at_hand:
            raise RuleViolation("chair.deputy_mayor_first", person=chair_to, deputy=at_hand[0])
    turn = ChairTurn(chair_to, chair_capacity(state, chair_to), event.at, during_speech_of=entry.person)
    return replace(state, chair=turn, chair_history=(*state.chair_history, turn),
                   chair_handover=ChairHandover(chair_to, entry.id, chair.person, chair.capacity))


def _disqualified(state: MeetingState, event: Event) -> MeetingState:
    # R-3.10a: the council decides a member is disqualified in an item; recorded with its legal basis.
    not_adjourned(state)
    p: Disqualified = event.data
    person, item_id = p.person, p.item
    basis = p.basis.strip()
    council = state.council
    if council.member(person) is None and council.substitute(person) is None:
        raise RuleViolation("attendance.not_a_member", member=person)
    if state.item(item_id) is None:
        raise RuleViolation("agenda.unknown_item", item=item_id)
    if item_id in state.decided_items:
        raise RuleViolation("disqualification.item_decided", item=item_id)
    if state.rules >= 2 and voted_in(state, item_id):  # R-3.10a: decided before the vote, which it changes
        raise RuleViolation("disqualification.after_vote", person=person, item=item_id)
    if state.rules >= 2 or p.method is not None:
        return council_decides_disqualification(state, event, p, basis)
    if not basis:
        raise RuleViolation("disqualification.no_basis")
    if person in state.disqualified.get(item_id, {}):
        raise RuleViolation("disqualification.already", person=person, item=item_id)
    disqualified = {k: dict(v) for k, v in state.disqualified.items()}
    disqualified.setdefault(item_id, {})[person] = basis
    return replace(state, disqualified=disqualified)


# -- disqualification as the council's decision (R-3.10a, rules ≥ 2) --------------------------------------------


def voted_in(state: MeetingState, item_id: str) -> bool:
    """R-3.10a: whether the item has a vote that stands or an election (of one person or by lists): from then on
    the council no longer decides on disqualification in it (disqualification.after_vote, rules ≥ 2) — the vote
    counted whoever sat; undo the vote first."""
    return bool(state.final_votes(item_id) or decides_by_election(state, item_id))


def council_decides_disqualification(state: MeetingState, event: Event, p: Disqualified, basis: str) -> MeetingState:
    """R-3.10a «Bystyret treffer beslutning om inhabilitet i den enkelte sak»: the council's decision on the chair's
    proposal (`disqualified`: that the member is, or is not, disqualified), tacit or counted, kept with the item
    (`council_decisions`, «disqualify» / «not_disqualify») and printed in the minutes (R-3.6b). A counted vote is
    taken without the member concerned (forvaltningsloven § 8 andre ledd). A decision that the member is not
    disqualified is recorded too and changes nothing. Refused: no method (disqualification.decision_needed), a
    disqualification in a valgsak (§ 3.10 b: disqualification.election_item), no legal basis for one
    (disqualification.no_basis), a member already disqualified in the item."""
    person, item = p.person, state.item(p.item)
    if p.method is None:
        raise RuleViolation("disqualification.decision_needed", person=person)
    if person in state.disqualified.get(item.id, {}):
        raise RuleViolation("disqualification.already", person=person, item=item.id)
    if item.election_item and p.disqualified:  # § 3.10 b: not disqualified when electing to public office
        raise RuleViolation("disqualification.election_item", person=person, item=item.id)
    if p.disqualified and not basis:
        raise RuleViolation("disqualification.no_basis")
    without = without_member(state, item.id, person, basis)
    what = "disqualify" if p.disqualified else "not_disqualify"
    # a counted vote is taken without the member concerned (fvl. § 8 andre ledd): for + against = the others entitled
    # to vote; a tacit decision's quorum counts those present in the item, the member concerned still among them
    decision = council_decision(without if p.method == "counted" else state, item.id, p, what, event.seq)
    decision = replace(decision, person=person, basis=basis or None)
    if decision.disqualified_outcome:
        if item.election_item:
            raise RuleViolation("disqualification.election_item", person=person, item=item.id)
        if not basis:
            raise RuleViolation("disqualification.no_basis")
        state = replace(state, disqualified=without.disqualified)
    return record_decision(state, item.id, decision)


def without_member(state: MeetingState, item_id: str, person: str, basis: str = "") -> MeetingState:
    """The state as the council counts a vote on `person`'s disqualification in the item: without them (fvl. § 8
    andre ledd). The roll-call pane asks the count with it (those entitled to vote, R-3.3b)."""
    without = {k: dict(v) for k, v in state.disqualified.items()}
    without.setdefault(item_id, {})[person] = basis
    return replace(state, disqualified=without)


def _member_excluded(state: MeetingState, event: Event) -> MeetingState:
    # R-5.6a: after two requests to keep to the item the council may vote to exclude the member. § 5.6 is about
    # «bystyremedlemmenes plikter»: rules ≥ 2, only a member of the council or a substitute sitting for one can be
    # excluded (vote.exclusion_not_a_member) — not the city government (R-1b). The excluded are kept in
    # `excluded` for the rest of the meeting: neither made absent and present again, nor seated again as substitutes.
    item = known_item(state, event)
    p: MemberExcluded = event.data
    member = p.member
    if state.rules >= 2 and state.council.member(member) is None and state.seat_of_substitute(member) is None:
        raise RuleViolation("vote.exclusion_not_a_member", person=member)
    if state.warnings.get(item.id, {}).get(member, 0) < 2:
        raise RuleViolation("vote.exclusion_needs_warnings", person=member)
    carried = council_vote(state, item.id, p)
    if not carried:
        raise RuleViolation("vote.not_carried")
    tied = p.votes_for == p.against  # R-3.3d: the chair's own vote settled it (rules ≥ 2)
    casting = state.chair.person if tied and state.rules >= 2 and state.chair is not None else None
    new = record_decision(state, item.id, CouncilDecisionRecord(  # the minutes name the decision (R-5.6a)
        event.seq, "exclude", "counted", True, p.votes_for, p.against, tied, person=member, casting_vote=casting))
    if new.speech is not None and new.speech.entry.person == member:
        new = speaker_rules.end_speech(new, event.at)
    new = replace(new, excluded=new.excluded | {member})
    seat = new.seat_of_substitute(member)
    if seat is not None:
        substitutions = dict(new.substitutions)
        del substitutions[seat]
        return replace(new, substitutions=substitutions, timeline=_moved(new, event, member, seat, False))
    return _set_attendance(new, event, member, Attendance(EXCLUDED, since=event.at))


HANDLERS = {
    ev.MEMBER_PRESENT: _member_present,
    ev.MEMBER_ABSENT: _member_absent,
    ev.MEMBER_LEFT: _member_left,
    ev.SUBSTITUTE_SEATED: _substitute_seated,
    ev.SUBSTITUTE_LEFT: _substitute_left,
    ev.GOVERNMENT_PRESENT: _government_present,
    ev.GOVERNMENT_LEFT: _government_left,
    ev.CHAIR_TAKEN: _chair_taken,
    ev.DISQUALIFIED: _disqualified,
    ev.MEMBER_EXCLUDED: _member_excluded,
}
