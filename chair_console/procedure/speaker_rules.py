"""The speaker-queue rules over the meeting state (see speakers.py for the rule texts)."""

from __future__ import annotations

from dataclasses import replace

from chair_console.procedure.agenda import AgendaItem
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.speakers import (
    ANSWER,
    ANSWER_LIMIT,
    CLOSING,
    GOVERNMENT,
    INTERPELLATION_FIRST,
    INTERPELLATION_HOUR,
    INTERPELLATION_OTHER,
    MAIN,
    MAX_ONE_MINUTE,
    MAX_REPLIES,
    ONE_MINUTE,
    ONE_MINUTE_LIMIT,
    REPLY,
    REPLY_LIMIT,
    SPEECH_KINDS,
    WORKING_GROUP_BONUS,
    QueueEntry,
    Speech,
)
from chair_console.procedure.state import MeetingState
from chair_console.procedure.timebase import Instant


def budget_key(state: MeetingState, person: str) -> str | None:
    """Whose time a main speech is drawn from: the group's (R-5.4a), or the independent's own (R-5.4c)."""
    council = state.council
    if council.government_member(person) is not None:
        return None
    group = council.group_of(person)
    return group if group is not None else f"ind:{person}"


def budget_seconds(item: AgendaItem, key: str) -> float:
    if key.startswith("ind:"):
        return item.independent_minutes * 60.0  # R-5.4c
    return (item.extended_minutes or item.group_minutes) * 60.0  # R-5.4a


def budget_used(state: MeetingState, item_id: str, key: str, now: Instant) -> float:
    spoken = [s for s in state.speeches.get(item_id, ()) if s.budget == key]
    if state.speech is not None and state.speech.entry.item == item_id and state.speech.budget == key:
        spoken.append(state.speech)
    return sum(s.used(now) for s in spoken)


def budget_remaining(state: MeetingState, item_id: str, key: str, now: Instant) -> float:
    return budget_seconds(state.item(item_id), key) - budget_used(state, item_id, key, now)


def is_working_group_leader(item: AgendaItem, person: str) -> bool:
    return item.kind == "working_group_case" and item.working_group_leader == person


def item_seconds_used(state: MeetingState, item_id: str, now: Instant) -> float:
    spoken = list(state.speeches.get(item_id, ()))
    if state.speech is not None and state.speech.entry.item == item_id:
        spoken.append(state.speech)
    return sum(s.used(now) for s in spoken)


def interpellation_left(state: MeetingState, item_id: str, now: Instant) -> float:
    """R-7b: what is left of the interpellation's hour."""
    return INTERPELLATION_HOUR - item_seconds_used(state, item_id, now)


def allowed_seconds(state: MeetingState, entry: QueueEntry, now: Instant) -> float | None:
    """The smaller of the kind's limit and the group's remaining time (R-5.4a–e); in an interpellation,
    5 minutes for the first speech of the interpellant and the answerer, 3 for all others, within the hour (R-7b)."""
    item = state.item(entry.item)
    if item.kind == "interpellation":
        first = entry.person in (item.interpellant, item.answerer) and not any(
            s.entry.person == entry.person for s in state.speeches.get(item.id, ())
        )
        limit = INTERPELLATION_FIRST if first else INTERPELLATION_OTHER
        return max(0.0, min(limit, interpellation_left(state, item.id, now)))
    if entry.kind == MAIN:
        key = budget_key(state, entry.person)
        if key is None:
            return None
        left = budget_remaining(state, entry.item, key, now)
        if is_working_group_leader(item, entry.person) and not _has_spoken(state, entry.item, entry.person, MAIN):
            left += WORKING_GROUP_BONUS  # R-5.4b
        return max(0.0, left)
    if entry.kind == ONE_MINUTE:
        return float(ONE_MINUTE_LIMIT)
    if entry.kind == REPLY:
        return float(REPLY_LIMIT)
    if entry.kind == ANSWER:
        return float(ANSWER_LIMIT)
    if entry.kind == CLOSING:
        return item.group_minutes * 60.0
    return None  # city government: no limit set by the rules; the countdown counts up


def _held(state: MeetingState, item_id: str) -> list[QueueEntry]:
    held = [s.entry for s in state.speeches.get(item_id, ())]
    if state.speech is not None and state.speech.entry.item == item_id:
        held.append(state.speech.entry)
    return held


def _all_entries(state: MeetingState, item_id: str) -> list[QueueEntry]:
    return _held(state, item_id) + list(state.queues.get(item_id, ()))


def _has_spoken(state: MeetingState, item_id: str, person: str, kind: str) -> bool:
    return any(s.entry.person == person and s.entry.kind == kind for s in state.speeches.get(item_id, ()))


def first_speakers(state: MeetingState, item: AgendaItem) -> list[str]:
    """Who the rules let speak first in this kind of item."""
    council = state.council
    committee = next((c for c in council.committees if c.id == item.committee_id), None)
    if item.kind == "committee_case" and committee is not None:  # R-5.3a
        return [p for p in (committee.leader_id, committee.deputy_id) if p]
    if item.kind == "working_group_case":  # R-5.3b
        return [item.working_group_leader] if item.working_group_leader else []
    if item.kind == "control_committee_case":  # R-5.3c
        control = next((c for c in council.committees if c.kind == "control"), committee)
        return [control.leader_id] if control is not None and control.leader_id else []
    if item.kind == "private_proposal" and item.proposer:  # R-5.3d
        return [item.proposer]
    if item.kind == "interpellation":  # the interpellant opens, the answerer answers
        return [p for p in (item.interpellant, item.answerer) if p]
    return []


def sort_key(state: MeetingState, item: AgendaItem, entry: QueueEntry, earlier: list[QueueEntry]) -> tuple:
    """Where the rules put a speech in the queue; `earlier` are the item's speeches before it."""
    council = state.council
    if entry.kind in (REPLY, ANSWER):
        return (-1, 0 if entry.kind == REPLY else 1)
    if entry.kind == CLOSING:
        return (9, 0)  # R-5.3b: closing speeches last
    first = first_speakers(state, item)
    if entry.kind in (MAIN, GOVERNMENT) and entry.person in first and not any(
        e.person == entry.person and e.kind == entry.kind for e in earlier
    ):
        return (0, first.index(entry.person))
    groups = [g.id for g in council.groups_in_order()]  # R-5.3a: largest first
    if entry.kind in (MAIN, GOVERNMENT):
        if entry.kind == GOVERNMENT:
            position = len(groups) + 1
        else:
            group = council.group_of(entry.person)
            position = groups.index(group) if group in groups else len(groups)  # independents after groups
        key = budget_key(state, entry.person)
        # The leader's and deputy's opening speeches present the committee; they are not their group's turn.
        second = any(
            e.kind == entry.kind
            and e.person not in first
            and (budget_key(state, e.person) == key if key else e.person == entry.person)
            for e in earlier
        )
        return (2, position) if second else (1, position)  # R-5.3b: "then other members"
    return (2, len(groups) + 2)  # 1-minute speeches with the other members


def insert_position(state: MeetingState, item: AgendaItem, entry: QueueEntry) -> int:
    """After every queued speech whose place by the rules is not after this one's."""
    queue = list(state.queues.get(item.id, ()))
    earlier = _held(state, item.id)
    keys = []
    for e in queue:
        keys.append(sort_key(state, item, e, earlier))
        earlier = [*earlier, e]
    new = sort_key(state, item, entry, earlier)
    position = 0
    for i, k in enumerate(keys):
        if k <= new:
            position = i + 1
    return position


def check_speaker(state: MeetingState, item: AgendaItem, person: str, kind: str, reply_to: str | None) -> None:
    """Refusals (R-1b, R-3.5a, R-3.10a, R-5.4d, R-5.4e)."""
    council = state.council
    if kind not in SPEECH_KINDS:
        raise RuleViolation("speaker.unknown_kind", kind=kind)
    government = council.government_member(person) is not None
    if government:
        if person not in state.government_present:
            raise RuleViolation("speaker.not_present", person=person)
        if kind != GOVERNMENT and kind not in (ANSWER, REPLY):
            raise RuleViolation("speaker.government_kind", person=person)
    else:
        if person not in state.seated().values():
            raise RuleViolation("speaker.not_present", person=person)
        if kind == GOVERNMENT:
            raise RuleViolation("speaker.not_government", person=person)
    if person in state.disqualified.get(item.id, {}):  # R-3.10a
        raise RuleViolation("speaker.disqualified", person=person)
    entries = _all_entries(state, item.id)
    mine = [e for e in entries if e.person == person]
    if item.kind == "oral_statement":  # R-3.5a
        if kind not in (MAIN, GOVERNMENT):
            raise RuleViolation("speaker.oral_statement_kind")
        if kind == GOVERNMENT and any(e.kind == GOVERNMENT for e in mine):
            raise RuleViolation("speaker.oral_statement_once", person=person)
        group = council.group_of(person)
        if kind == MAIN and any(e.kind == MAIN and council.group_of(e.person) == group for e in entries):
            raise RuleViolation("speaker.oral_statement_group", group=group or "-")
    if item.kind == "interpellation":  # R-7a: the interpellant and the answerer twice, everyone else once
        if kind not in (MAIN, GOVERNMENT):
            raise RuleViolation("speaker.interpellation_kind")
        turns = 2 if person in (item.interpellant, item.answerer) else 1
        if len(mine) >= turns:
            raise RuleViolation("speaker.interpellation_turns", person=person, turns=turns)
    if kind == ONE_MINUTE and sum(1 for e in mine if e.kind == ONE_MINUTE) >= MAX_ONE_MINUTE:  # R-5.4d
        raise RuleViolation("speaker.one_minute_limit", person=person)
    if kind in (REPLY, ANSWER):
        if not item.replies:  # R-5.4e: only where the chair allows replies
            raise RuleViolation("speaker.replies_not_allowed")
        target = next((e for e in entries if e.id == reply_to), None)
        if target is None:
            raise RuleViolation("speaker.reply_to_unknown")
        if kind == REPLY and sum(1 for e in mine if e.kind == REPLY) >= MAX_REPLIES:
            raise RuleViolation("speaker.reply_limit", person=person)
        if kind == ANSWER and target.person != person:
            raise RuleViolation("speaker.answer_by_other", person=person)
    if kind == CLOSING:  # R-5.3b: committee leader, deputy or working group leader
        committee = next((c for c in council.committees if c.id == item.committee_id), None)
        allowed = {committee.leader_id, committee.deputy_id} if committee else set()
        if item.working_group_leader:
            allowed.add(item.working_group_leader)
        if person not in allowed:
            raise RuleViolation("speaker.closing_not_allowed", person=person)


def end_speech(state: MeetingState, at: Instant) -> MeetingState:
    """Close the running speech at `at`: what it used is recorded (overruns too)."""
    speech = state.speech
    if speech is None:
        return state
    pauses = speech.pauses
    if speech.paused:
        pauses = (*pauses[:-1], (pauses[-1][0], at))
    done = replace(speech, pauses=pauses, ended=at)
    item = speech.entry.item
    return replace(state, speech=None, speeches={**state.speeches, item: (*state.speeches.get(item, ()), done)})


def start_speech(state: MeetingState, entry: QueueEntry, at: Instant) -> MeetingState:
    allowed = allowed_seconds(state, entry, at)
    interpellation = state.item(entry.item).kind == "interpellation"
    if interpellation and allowed is not None and allowed <= 0:
        raise RuleViolation("speaker.interpellation_hour_used")  # R-7b
    if entry.kind == MAIN and not interpellation and allowed is not None and allowed <= 0:
        raise RuleViolation("speaker.group_time_used", person=entry.person)
    queue = tuple(e for e in state.queues.get(entry.item, ()) if e.id != entry.id)
    budget = budget_key(state, entry.person) if entry.kind == MAIN and not interpellation else None
    speech = Speech(entry, budget, allowed, at)
    return replace(state, speech=speech, queues={**state.queues, entry.item: queue})
