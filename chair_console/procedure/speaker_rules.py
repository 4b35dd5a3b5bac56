"""The speaker-queue rules over the meeting state (see speakers.py for the rule texts)."""

from __future__ import annotations

from chair_console.procedure.agenda import AgendaItem
from chair_console.procedure.common import is_seated
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.evolve import evolve as replace  # dataclasses.replace, faster (replay)
from chair_console.procedure.first_use import frozen_on_first_use
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
from chair_console.procedure.state import ChairTurn, MeetingState
from chair_console.procedure.timebase import Instant, elapsed_seconds


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
    """What the group's (or independent's) speeches have used of its time at `now`. R-5.4b (rules ≥ 2): the working
    group leader's two extra minutes come on top of the group's time, so the leader's first main speech is charged to
    them first and only what goes beyond them to the group. Rules 1 charged the whole speech to the group, and its
    meetings replay so."""
    spoken = _spoken(state, item_id)
    used = sum(s.used(now) for s in spoken if s.budget == key)
    if state.rules >= 2:
        first = leaders_first_speech(state.item(item_id), spoken)
        if first is not None and first.budget == key:
            used -= min(first.used(now), float(WORKING_GROUP_BONUS))  # R-5.4b
    return used


def budget_remaining(state: MeetingState, item_id: str, key: str, now: Instant) -> float:
    return budget_seconds(state.item(item_id), key) - budget_used(state, item_id, key, now)


def is_working_group_leader(item: AgendaItem, person: str) -> bool:
    return item.kind == "working_group_case" and item.working_group_leader == person


def _spoken(state: MeetingState, item_id: str) -> list[Speech]:
    """The item's speeches given, and the one under way, in the order they were given."""
    spoken = list(state.speeches.get(item_id, ()))
    if state.speech is not None and state.speech.entry.item == item_id:
        spoken.append(state.speech)
    return spoken


def leaders_first_speech(item: AgendaItem | None, spoken: list[Speech]) -> Speech | None:
    """R-5.4b: the working group leader's first main speech in the item (given or under way) — the one with the two
    extra minutes — or None."""
    if item is None or item.kind != "working_group_case" or not item.working_group_leader:
        return None
    return next((s for s in spoken if s.entry.person == item.working_group_leader and s.entry.kind == MAIN), None)


def item_seconds_used(state: MeetingState, item_id: str, now: Instant) -> float:
    spoken = list(state.speeches.get(item_id, ()))
    if state.speech is not None and state.speech.entry.item == item_id:
        spoken.append(state.speech)
    return sum(s.used(now) for s in spoken)


def interpellation_left(state: MeetingState, item_id: str, now: Instant) -> float:
    """R-7b: what is left of the interpellation's hour."""
    return INTERPELLATION_HOUR - interpellation_used(state, item_id, now)


def interpellation_used(state: MeetingState, item_id: str, now: Instant) -> float:
    """R-7b «Behandlingen av en interpellasjon må ikke vare mer enn en time»: how long the interpellation has been dealt
    with at `now`. Rules ≥ 2: the time it has been the item under way (from «Ta opp saken», `item_periods`), less the
    meeting's breaks and suspensions — the gaps between speeches and a countdown stopped count, as the treatment goes
    on. Rules 1 counted the speeches' time only, and its meetings replay so."""
    if state.rules < 2:
        return item_seconds_used(state, item_id, now)
    used = 0.0
    for start, end in state.item_periods.get(item_id, ()):
        used += seconds_less_breaks(state, start, end if end is not None else now)
    return used


def seconds_less_breaks(state: MeetingState, start: Instant, stop: Instant) -> float:
    """Seconds from `start` to `stop` less the meeting's breaks and suspensions within them (one still under way runs
    to `stop`)."""
    used = elapsed_seconds(start, stop)
    for sitting in state.sittings:
        for _kind, begin, end, _note in sitting.breaks:
            begin = begin if elapsed_seconds(start, begin) > 0 else start
            end = end if end is not None and elapsed_seconds(end, stop) > 0 else stop
            used -= max(0.0, elapsed_seconds(begin, end))
    return max(0.0, used)


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
        # R-5.4b: the two extra minutes with the leader's first main speech only (one under way counts as given)
        if is_working_group_leader(item, entry.person) and leaders_first_speech(item, _spoken(state, item.id)) is None:
            left += WORKING_GROUP_BONUS
        return max(0.0, left)
    if entry.kind == ONE_MINUTE:
        return float(ONE_MINUTE_LIMIT)
    if entry.kind == REPLY:
        return float(REPLY_LIMIT)
    if entry.kind == ANSWER:
        return float(ANSWER_LIMIT)
    if entry.kind == CLOSING:  # R-5.4a (rules ≥ 2): the speaking time decided, extended if it was; rules 1: 3 minutes
        return (item.extended_minutes or item.group_minutes) * 60.0 if state.rules >= 2 else item.group_minutes * 60.0
    return None  # city government: no limit set by the rules; the countdown counts up


def _held(state: MeetingState, item_id: str) -> list[QueueEntry]:
    held = [s.entry for s in state.speeches.get(item_id, ())]
    if state.speech is not None and state.speech.entry.item == item_id:
        held.append(state.speech.entry)
    return held


def _all_entries(state: MeetingState, item_id: str) -> list[QueueEntry]:
    return _held(state, item_id) + list(state.queues.get(item_id, ()))


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
    if item.kind == "private_proposal" and (item.proposer or committee is not None):
        # R-5.3d: the proposer first. Rules ≥ 2: a private proposal forretningsutvalget gave to a committee (§ 8)
        # comes to the council as that committee's innstilling, so its leader and deputy speak next (R-5.3a);
        # rules 1 put the proposer alone first, and its meetings replay so.
        people = [item.proposer] if item.proposer else []
        if state.rules >= 2 and committee is not None:
            people += [p for p in (committee.leader_id, committee.deputy_id) if p and p not in people]
        return people
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


def check_speaker(state: MeetingState, item: AgendaItem, person: str, kind: str, reply_to: str | None,
                  override: bool = False) -> None:
    """Refusals (R-1b, R-3.5a, R-3.10a, R-5.3b, R-5.4d, R-5.4e); `override`: the chair's exception for a closing
    speech in an item with no committee behind it (R-5.3b, rules ≥ 2)."""
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
        if not is_seated(state, person):
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
        if kind == GOVERNMENT and sum(1 for e in mine if e.kind == GOVERNMENT) >= oral_statement_turns(
                item, person, entries):
            raise RuleViolation("speaker.oral_statement_once", person=person)
        group = council.group_of(person)
        if kind == MAIN and any(e.kind == MAIN and council.group_of(e.person) == group for e in entries):
            raise RuleViolation("speaker.oral_statement_group", group=group or "-")
        if kind == GOVERNMENT and state.rules >= 2:
            oral_statement_presenter(state, item, person, entries)
    if item.kind == "urgent_matter" and state.rules >= 2:
        urgent_matter_speaker(state, item, person, kind, entries)
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
        if kind == REPLY and state.rules >= 2:
            check_reply(state, item, entries, target, person)
        if kind == REPLY and sum(1 for e in mine if e.kind == REPLY) >= MAX_REPLIES:
            raise RuleViolation("speaker.reply_limit", person=person)
        if kind == ANSWER and target.person != person:
            raise RuleViolation("speaker.answer_by_other", person=person)
        if kind == ANSWER and state.rules >= 2:
            check_answer(entries, target, person)
    if kind == CLOSING and state.rules >= 2:  # R-5.3b: closing_speakers; with no committee, the chair's override
        check_closing(state, item, person, override)
    elif kind == CLOSING:  # R-5.3b (rules 1): committee leader, deputy or working group leader
        committee = next((c for c in council.committees if c.id == item.committee_id), None)
        allowed = {committee.leader_id, committee.deputy_id} if committee else set()
        if item.working_group_leader:
            allowed.add(item.working_group_leader)
        if person not in allowed:
            raise RuleViolation("speaker.closing_not_allowed", person=person)


def check_reply(state: MeetingState, item: AgendaItem, entries: list[QueueEntry], target: QueueEntry,
                person: str) -> None:
    """R-5.4e «En taler kan ikke få ordet mer enn to ganger med taletid inntil ett minutt hver gang. Svaret må ikke
    overskride to minutter» (rules ≥ 2): a reply answers something said — a speech given or under way, not one still
    on the list (it would be put before the speech it replies to) — and someone else's: the speaker does not reply to
    their own speech, nor to a reply in its exchange (they have the answer, up to 2 minutes). Rules 1 took any entry,
    and its meetings replay so."""
    if target.person == person or reply_root(entries, target).person == person:
        raise RuleViolation("speaker.reply_to_self", person=person)
    if all(e.id != target.id for e in _held(state, item.id)):
        raise RuleViolation("speaker.reply_to_speech_not_given", person=person, speaker=target.person)


def reply_root(entries: list[QueueEntry], target: QueueEntry) -> QueueEntry:
    """The speech a reply (or an answer) is in the exchange of: follows `reply_to` through replies and answers."""
    by_id = {e.id: e for e in entries}
    seen = {target.id}
    while target.kind in (REPLY, ANSWER) and target.reply_to in by_id and target.reply_to not in seen:
        target = by_id[target.reply_to]
        seen.add(target.id)
    return target


def check_answer(entries: list[QueueEntry], target: QueueEntry, person: str) -> None:
    """R-5.4e «Svaret må ikke overskride to minutter» (rules ≥ 2): the speaker answers the replies to their speech
    once, up to 2 minutes — so only once someone has replied to it (queued or held), and not a second time."""
    if not any(e.kind == REPLY and e.reply_to == target.id for e in entries):
        raise RuleViolation("speaker.answer_without_reply", person=person)
    if any(e.kind == ANSWER and e.reply_to == target.id for e in entries):
        raise RuleViolation("speaker.answer_once", person=person)


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
    ended = replace(state, speech=None, speeches={**state.speeches, item: (*state.speeches.get(item, ()), done)})
    return chair_back_after(ended, speech.entry, at)


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


# -- the chair in the debate (R-5.5b) ----------------------------------------------------------------------------


def chair_may_speak(item: AgendaItem, entry: QueueEntry) -> bool:
    """Whether the person chairing may take this speech without handing over the chair (R-5.5b): answering an
    interpellation (R-7a) stays the chair's, and so do the question hour (R-6) and presenting an item (R-5.2a),
    which are not debate speeches; every other speech or reply in the debate is not the chair's."""
    if item.kind == "question_hour":
        return True
    return item.kind == "interpellation" and entry.person == item.answerer


def chair_back_after(state: MeetingState, entry: QueueEntry, at: Instant) -> MeetingState:
    """R-5.5b: when the speech the chair was handed over for ends, the chair goes back (from the log, so a restart
    keeps it) — unless the one who handed it over has left the hall meanwhile."""
    handover = state.chair_handover
    if handover is None or handover.entry != entry.id:
        return state
    state = replace(state, chair_handover=None)
    if handover.back_to not in state.seated().values():
        return state
    turn = ChairTurn(handover.back_to, handover.back_capacity, at)
    return replace(state, chair=turn, chair_history=(*state.chair_history, turn))


# -- an urgent matter (R-3.2c) -----------------------------------------------------------------------------------


def urgent_matter_speaker(state: MeetingState, item: AgendaItem, person: str, kind: str,
                          entries: list[QueueEntry]) -> None:
    """R-3.2c «Ordføreren kan tillate ett innlegg fra hver bystyregruppe og fra byrådet ved behandlingen av saken»
    (rules ≥ 2): one speech from each group and one from the city government — no 1-minute speeches, replies or
    closing speeches. An independent member speaks for no group: the console lets each have one speech of their own
    (its reading; the regulation names only the groups). Speeches queued or held count; a removed one does not."""
    if kind not in (MAIN, GOVERNMENT):
        raise RuleViolation("speaker.urgent_matter_kind")
    if kind == GOVERNMENT:
        if any(e.kind == GOVERNMENT for e in entries):
            raise RuleViolation("speaker.urgent_matter_government")
        return
    key = budget_key(state, person)
    if any(e.kind == MAIN and budget_key(state, e.person) == key for e in entries):
        group = state.council.group(state.council.group_of(person))
        raise RuleViolation("speaker.urgent_matter_group", person=person,
                            group=group.abbreviation if group is not None else person)


# -- the debate: oral statements (R-3.5a) and closing speeches (R-5.3b), rules ≥ 2 -------------------------------


def oral_statement_turns(item: AgendaItem, person: str, entries: list[QueueEntry]) -> int:
    """R-3.5a «I debatten kan ett medlem fra hver av bystyregruppe og byråden få ordet én gang»: how many city
    government speeches `person` may have in the oral statement item. The member who gives the statement (the
    item's `presenter`, else the first city government member on the list) has two: the statement, which is not a
    turn in the debate, and one speech in the debate that follows it. Any other member of the city government has
    one (rules 1; rules ≥ 2 refuses them, oral_statement_presenter). Only a loosening of the rules-1 check, so every
    stored log replays as recorded."""
    presenter = item.presenter or next((e.person for e in entries if e.kind == GOVERNMENT), None)
    return 2 if presenter in (None, person) else 1


def oral_statement_presenter(state: MeetingState, item: AgendaItem, person: str, entries: list[QueueEntry]) -> None:
    """R-3.5a «I debatten kan ett medlem fra hver av bystyregruppe og byråden få ordet én gang»: the city government
    speaks in the debate through the member who gave the statement (the item's `presenter`, kept as its answerer).
    Where the agenda does not name them, the first city government member on the list is taken as that member."""
    presenter = item.presenter or next((e.person for e in entries if e.kind == GOVERNMENT), None)
    if presenter is not None and person != presenter:
        raise RuleViolation("speaker.oral_statement_presenter", person=person, presenter=presenter)


def item_committee(state: MeetingState, item: AgendaItem):  # noqa: ANN201 - a Committee or None
    """The committee behind the item (its recommendation), if the council has it."""
    return next((c for c in state.council.committees if c.id == item.committee_id), None)


def closing_speakers(state: MeetingState, item: AgendaItem) -> frozenset[str]:
    """R-5.3b «Utvalgets leder, nestleder og eventuelt arbeidsgruppens leder kan få ordet til avsluttende innlegg»:
    the committee's leader and deputy leader, and in a working group case the working group's leader."""
    committee = item_committee(state, item)
    people = {committee.leader_id, committee.deputy_id} if committee is not None else set()
    if item.kind == "working_group_case" and item.working_group_leader:
        people.add(item.working_group_leader)
    return frozenset(p for p in people if p)


def closing_needs_override(state: MeetingState, item: AgendaItem, person: str) -> bool:
    """R-5.3b (rules ≥ 2): a closing speech the regulation gives nobody — the item has no committee behind it — is
    the chair's exception: the pane warns and asks for the reason, and the event records both."""
    return (state.rules >= 2 and item_committee(state, item) is None
            and person not in closing_speakers(state, item))


def closing_only_as_exception(state: MeetingState, item: AgendaItem) -> bool:
    """R-5.3b (rules ≥ 2): nobody has a closing speech in the item by right (no committee behind it, no working
    group leader), so any closing speech in it is the chair's exception (stations.CHAIRS_CHOICES)."""
    return state.rules >= 2 and item_committee(state, item) is None and not closing_speakers(state, item)


def check_closing(state: MeetingState, item: AgendaItem, person: str, override: bool) -> None:
    """R-5.3b: a closing speech only for closing_speakers. Where the item has a committee, anyone else is refused;
    where it has none, the chair may override (with a reason, checked by speaking.py); an override that is not
    needed is refused, so the log says only what happened."""
    if person in closing_speakers(state, item):
        if override:
            raise RuleViolation("speaker.override_not_needed", person=person)
        return
    if item_committee(state, item) is not None:
        raise RuleViolation("speaker.closing_not_allowed", person=person)
    if not override:
        raise RuleViolation("speaker.closing_no_committee", person=person, item=item.number)


@frozen_on_first_use  # made when first built (issue 17)
class EntryFacts:
    """What the speakers list shows for one entry (issue 17): its place, whether it is next, the time it is
    allowed now (None: no limit) and how many times the person has spoken on the item (the speech under way counts)."""

    entry: QueueEntry
    position: int  # 1-based
    is_next: bool
    allowed: float | None
    times_spoken: int


def entry_facts(state: MeetingState, item_id: str, now: Instant) -> list[EntryFacts]:
    """The per-entry facts of the item's queue, in the queue's order."""
    spoken = list(state.speeches.get(item_id, ()))
    if state.speech is not None and state.speech.entry.item == item_id:
        spoken.append(state.speech)
    counts: dict[str, int] = {}
    for s in spoken:
        counts[s.entry.person] = counts.get(s.entry.person, 0) + 1
    return [
        EntryFacts(entry, n, n == 1, allowed_seconds(state, entry, now), counts.get(entry.person, 0))
        for n, entry in enumerate(state.queues.get(item_id, ()), start=1)
    ]
