"""The meeting state: what the reducer folds the event log into."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Mapping

from chair_console.procedure.agenda import (
    DECIDED,
    NOT_STARTED,
    AgendaItem,
    MeetingInfo,
    Proposal,
)
from chair_console.procedure.council import Council
from chair_console.procedure.first_use import frozen_on_first_use
from chair_console.procedure.question_hour import Question
from chair_console.procedure.speakers import QueueEntry, Speech
from chair_console.procedure.timebase import Instant
from chair_console.procedure.votes import RECOMMENDATION, VoteResult

if TYPE_CHECKING:  # the elections' records load with their rules, at the first election (reducer.py)
    from chair_console.procedure.election_results import Election, ProportionalElection

# R-4a: valid reasons for absence (forfall); "not_reported" when no reason was given.
# The version of the rules a meeting is recorded under (its `meeting.created` event says which). Meetings made
# by release 0.1.0 have none: version 1. Rules added later refuse only in meetings of their version or newer, so
# a stored log always replays to the record it was (tests/procedure/test_replay_stored.py).
RULES_VERSION = 2
RULES_BEFORE_VERSIONS = 1

ABSENCE_REASONS = ("sykdom", "velferd", "omsorg", "uoppsettelig_arbeid", "not_reported")


class Phase(str, Enum):
    NOT_STARTED = "not_started"
    OPEN = "open"  # «Møtet er satt» (R-5.1a)
    PAUSED = "paused"  # a break (lunch, …)
    SUSPENDED = "suspended"  # suspended because order could not be kept (R-11a)
    ADJOURNED = "adjourned"  # «Møtet er hevet»


@frozen_on_first_use  # made when first built (issue 17)
class Sitting:
    """One day's sitting of a meeting (a budget meeting may run over two days)."""

    date: str
    opened_at: Instant | None = None
    adjourned_at: Instant | None = None
    breaks: tuple = ()  # ((kind, start, end | None, note), …)


@frozen_on_first_use  # made when first built (issue 17)
class Correction:
    """A change noted after the meeting was adjourned: who, when and why (shown in the minutes)."""

    seq: int
    at: Instant
    actor: str
    text: str
    reason: str


PRESENT = "present"
ABSENT = "absent"  # forfall, with a reason (R-4a)
LEFT = "left"  # left the room for a while
LEFT_FOR_REST = "left_for_rest"  # left for the rest of the meeting
EXCLUDED = "excluded"  # excluded from the meeting by the council's vote (R-5.6a)

# R-3.1a: in which capacity someone chairs
CHAIR_CAPACITIES = ("ordfører", "varaordfører", "settevaraordfører", "særskilt møteleder")


@frozen_on_first_use  # made when first built (issue 17)
class Attendance:
    """A person's attendance at the meeting."""

    status: str  # PRESENT | ABSENT | LEFT | LEFT_FOR_REST
    reason: str | None = None  # absence reason (R-4a), internal record only
    since: Instant | None = None

    @property
    def present(self) -> bool:
        return self.status == PRESENT


@frozen_on_first_use  # made when first built (issue 17)
class Substitution:
    """A substitute holding an absent member's seat (R-4b): «X møter for Y»."""

    seat: str  # the member whose seat it is
    substitute: str
    proposed: str | None  # the substitute the console proposed: next in numbered order
    since: Instant

    @property
    def deviation(self) -> bool:
        return self.substitute != self.proposed


@frozen_on_first_use  # made when first built (issue 17)
class PresenceChange:
    """One entry of the presence timeline: who came or went, in which seat, when."""

    seq: int
    at: Instant
    person: str
    seat: str | None  # the member's seat (a substitute sits in another's); None for the city government
    present: bool


@frozen_on_first_use  # made when first built (issue 17)
class ChairTurn:
    """Who chairs the meeting, in which capacity, and since when."""

    person: str
    capacity: str  # one of CHAIR_CAPACITIES
    since: Instant
    during_speech_of: str | None = None  # R-5.5b: chairing while this person (the chair) speaks in the debate


@frozen_on_first_use  # made when first built (issue 17)
class ChairHandover:
    """R-5.5b: the chair (`back_to`, in `back_capacity`) gave the chair to `to` to speak in the debate (the speech
    `entry`, a queue entry id); when that speech ends the chair goes back to `back_to` (attendance.py)."""

    to: str
    entry: str
    back_to: str
    back_capacity: str


@dataclass(frozen=True)  # the first frame shows it: made at import
class Quorum:
    """R-3.3a: a decision needs at least half of the members (30 of 59) present."""

    present: int
    required: int
    seats: int

    @property
    def ok(self) -> bool:
        return self.present >= self.required


@frozen_on_first_use  # made when first built (issue 17)
class CouncilDecisionRecord:
    """A decision of the council on the chair's proposal, as recorded (R-3.2b postponement, R-7c or R-3.2b a
    committee, R-3.3e the voting order or forwarding proposals to the city government): `what` is «order»,
    «postpone», «committee» or «forward»; `method` «tacit» or «counted» (None: recorded by rules version 1
    without saying); `carried` False for a counted decision that fell."""

    seq: int
    what: str
    method: str | None
    carried: bool
    votes_for: int | None = None
    against: int | None = None
    chair_decided: bool = False  # R-3.3d: a tie settled by the chair's vote
    subjects: tuple[str, ...] = ()  # the order decided, or the proposals forwarded
    committee: str | None = None
    casting_vote: str | None = None  # R-3.3d (rules ≥ 2): the chair whose own vote settled the tie
    # the council decides (agenda_rules.py, attendance.py): «close» the meeting for the item with its legal basis
    # (R-3.6b, R-3.7a); «speaking_time», the times decided (R-5.4a–c); «disqualify» / «not_disqualify», the chair's
    # proposal on `person` (R-3.10a) — carried or fallen, the outcome is `disqualified_outcome`.
    basis: str | None = None
    person: str | None = None
    settings: tuple[tuple[str, int | None], ...] = ()

    @property
    def disqualified_outcome(self) -> bool:
        """R-3.10a: whether the decision leaves `person` disqualified."""
        return (self.what == "disqualify") == self.carried


@dataclass(frozen=True)
class MeetingState:
    """The whole state of a meeting: the replay of its event log."""

    rules: int = RULES_BEFORE_VERSIONS  # the rules version the meeting is recorded under (RULES_VERSION above)
    council: Council | None = None
    info: MeetingInfo | None = None
    agenda: tuple[AgendaItem, ...] = ()
    phase: Phase = Phase.NOT_STARTED
    opened_at: Instant | None = None
    adjourned_at: Instant | None = None
    attendance: Mapping[str, Attendance] = field(default_factory=dict)  # member id -> attendance
    substitutions: Mapping[str, Substitution] = field(default_factory=dict)  # seat (member id) -> substitute now
    government_present: frozenset[str] = frozenset()  # R-1b: shown apart, never counted
    timeline: tuple[PresenceChange, ...] = ()
    chair: ChairTurn | None = None
    chair_history: tuple[ChairTurn, ...] = ()
    chair_handover: ChairHandover | None = None  # R-5.5b: the chair handed over for a speech, to be handed back
    disqualified: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # item -> person -> legal basis
    current_item: str | None = None
    item_status: Mapping[str, str] = field(default_factory=dict)  # item -> status (agenda.py); absent: not started
    item_periods: Mapping[str, tuple] = field(default_factory=dict)  # item -> ((start, end | None), …) for the run plan
    proposals: Mapping[str, tuple[Proposal, ...]] = field(default_factory=dict)  # item -> proposals (R-3.4a)
    queues: Mapping[str, tuple[QueueEntry, ...]] = field(default_factory=dict)  # item -> speakers waiting, in order
    speeches: Mapping[str, tuple[Speech, ...]] = field(default_factory=dict)  # item -> speeches given
    speech: Speech | None = None  # the speech under way
    warnings: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # item -> speaker -> warnings (R-5.6a)
    excluded: frozenset[str] = frozenset()  # R-5.6a: members and substitutes excluded by the council, for the meeting
    voting_order: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # item -> subjects in order (R-3.3e)
    votes: Mapping[str, tuple[VoteResult, ...]] = field(default_factory=dict)  # item -> votes, corrections kept
    decisions: Mapping[str, str] = field(default_factory=dict)  # item -> the adopted text (vedtak)
    urgent_objections: Mapping[str, tuple[bool, int]] = field(default_factory=dict)  # item -> (chair, members) R-3.2c
    decided_order: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # item -> order the council decided (R-3.3e)
    forwarded: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # item -> proposals forwarded to the city government
    council_decisions: Mapping[str, tuple[CouncilDecisionRecord, ...]] = field(default_factory=dict)  # item -> decisions
    elections: Mapping[str, tuple[Election, ...]] = field(default_factory=dict)  # item -> one-person elections
    proportional_elections: Mapping[str, tuple[ProportionalElection, ...]] = field(default_factory=dict)  # item -> by lists
    questions: Mapping[str, tuple[Question, ...]] = field(default_factory=dict)  # question hour item -> in order
    question_hour_started: Mapping[str, Instant] = field(default_factory=dict)  # item -> first question (R-6a)
    question_hour_ended: frozenset[str] = frozenset()
    sittings: tuple[Sitting, ...] = ()
    paused_speech: bool = False  # the speech under way was paused by the meeting's break
    corrections: tuple[Correction, ...] = ()
    notice_remarks: tuple[str, ...] = ()  # R-3.6a: remarks to the notice and agenda, in the order made
    public_decisions: frozenset[str] = frozenset()  # closed items whose decision the public minutes print (R-3.6c)
    undone: frozenset[int] = frozenset()  # seqs of events currently undone
    last_seq: int = 0

    @property
    def created(self) -> bool:
        return self.council is not None

    def item(self, item_id: str | None) -> AgendaItem | None:
        return next((i for i in self.agenda if i.id == item_id), None)

    def status(self, item_id: str) -> str:
        return self.item_status.get(item_id, NOT_STARTED)

    @property
    def decided_items(self) -> frozenset[str]:
        return frozenset(i for i, s in self.item_status.items() if s == DECIDED)

    def present_members(self) -> list[str]:
        return [mid for mid, a in self.attendance.items() if a.present]

    def seated(self) -> dict[str, str]:
        """Seat (member id) -> the person sitting in it now: the member, or the substitute for them."""
        seats = {mid: mid for mid in self.present_members()}
        seats.update({seat: sub.substitute for seat, sub in self.substitutions.items()})
        return seats

    def proposed_substitute(self, seat: str) -> str | None:
        """R-4b: the seat's group's next substitute in numbered order who is not already seated (rules ≥ 2: nor
        excluded from the meeting, R-5.6a)."""
        if self.council is None:
            return None
        member = self.council.member(seat)
        if member is None:
            return None
        taken = {sub.substitute for sub in self.substitutions.values()}
        if self.rules >= 2:  # R-5.6a: an excluded substitute stays out for the rest of the meeting
            taken |= self.excluded
        return next((x.id for x in self.council.substitutes_of(member.group_id) if x.id not in taken), None)

    def seat_of_substitute(self, substitute_id: str) -> str | None:
        return next((seat for seat, sub in self.substitutions.items() if sub.substitute == substitute_id), None)

    def quorum(self, item_id: str | None = None) -> Quorum:
        """R-3.3a: persons in seats now; for an item, without those disqualified in it (R-3.10a).
        The city government is never in a seat and never counts (R-1b)."""
        seats = self.council.seats if self.council else 59
        required = self.council.quorum if self.council else 30
        sitting = set(self.seated().values())
        if item_id is not None:
            sitting -= set(self.disqualified.get(item_id, {}))
        return Quorum(present=len(sitting), required=required, seats=seats)

    def eligible(self, item_id: str | None) -> frozenset[str]:
        """Who votes in an item: everyone in a seat, less those disqualified in it (R-3.3b, R-3.10a)."""
        sitting = set(self.seated().values())
        if item_id is not None:
            sitting -= set(self.disqualified.get(item_id, {}))
        return frozenset(sitting)

    def running_question(self, item_id: str | None) -> Question | None:
        return next((q for q in self.questions.get(item_id or "", ()) if q.status == "running"), None)

    def voting_subjects(self, item_id: str | None) -> list[str]:
        """The voting order as set, else the default (R-3.3e): the proposals, then the recommendation."""
        if item_id is None:
            return []
        if item_id in self.voting_order:
            return list(self.voting_order[item_id])
        forwarded = self.forwarded.get(item_id, ())  # oversendelsesforslag are not voted on (R-3.3e)
        proposals = [p.id for p in self.proposals.get(item_id, ()) if not p.withdrawn and p.id not in forwarded]
        return [*proposals, RECOMMENDATION]

    def final_votes(self, item_id: str) -> tuple[VoteResult, ...]:
        """The votes that stand: corrected or re-taken ones are replaced by their successors."""
        return tuple(v for v in self.votes.get(item_id, ()) if v.superseded_by is None)

    def present_at(self, wall_us: int) -> frozenset[str]:
        """Who sat in the council at that instant (members and substitutes), from the timeline."""
        here: set[str] = set()
        for change in self.timeline:
            if change.at.wall_us > wall_us:
                break
            if change.seat is None:
                continue
            if change.present:
                here.add(change.person)
            else:
                here.discard(change.person)
        return frozenset(here)
