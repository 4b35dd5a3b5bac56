"""The meeting's record as plain values: who attended when, the items dealt with, the speeches, the votes and
decisions, the question hour. One model for every output of the record (the attendance report for pay, the
chapters of the recording, the roll-call summary; the minutes and the export can lay it out in turn).

Attendance is a fold of the log's effective events (those not undone, as the reducer folds them): the state keeps
only who is in the hall now, the record keeps every stretch in a seat, every absence with its reason (R-4a), the
seats a substitute held (R-4b) and an exclusion by the council's vote (R-5.6a). `attendance_record(events)` needs
only the log (the pay report reads a whole term without replaying every rule); `meeting_record(state, events)`
adds what the replayed state holds; `meeting_record(state)` alone reads the attendance from the replayed state
(`attendance_of_state`: the current status of each member and the presence timeline — what the minutes print; the
status history per sitting, which the pay report needs, is the log's). The minutes (minutes.py), the CSV export
(services/records.py), the pay report and the chapters lay out this record; none computes it again.
Pure Python: no Qt, SQL or reportlab."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from chair_console.procedure import events as ev
from chair_console.procedure.agenda import AgendaItem, MeetingInfo
from chair_console.procedure.council import Council
from chair_console.procedure.events import Event
# the roll call now: the first frame's part of the record, in a module of its own (issue 17)
from chair_console.procedure.roll_call_summary import RollCallSummary, roll_call_summary  # noqa: F401
from chair_console.procedure.state import ABSENT, EXCLUDED, LEFT, LEFT_FOR_REST, PRESENT, MeetingState
from chair_console.procedure.timebase import Instant
from chair_console.procedure.words import NOT_RECORDED  # a member never marked in the roll call, accounted for

MEMBER, SUBSTITUTE, GOVERNMENT = "member", "substitute", "government"
STATUSES = (PRESENT, ABSENT, LEFT, LEFT_FOR_REST, EXCLUDED, NOT_RECORDED)
CLOSED_CHAPTER = "Lukket møte"  # R-3.7a: what the recording says of a closed part, and nothing more

_ATTENDANCE_KINDS = frozenset({
    ev.MEETING_CREATED, ev.MEETING_OPENED, ev.MEETING_ADJOURNED, ev.SITTING_CONTINUED, ev.MEMBER_PRESENT,
    ev.MEMBER_ABSENT, ev.MEMBER_LEFT, ev.SUBSTITUTE_SEATED, ev.SUBSTITUTE_LEFT, ev.GOVERNMENT_PRESENT,
    ev.GOVERNMENT_LEFT, ev.MEMBER_EXCLUDED,
})


# -- values -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stretch:
    """One stretch in the hall: from `start` to `end` (None: still there when the record was made). `seat` is the
    member whose seat it was (a substitute sits in another's); None for the city government."""

    start: Instant
    end: Instant | None
    seat: str | None


@dataclass(frozen=True)
class StatusChange:
    at: Instant
    status: str  # PRESENT | ABSENT | LEFT | LEFT_FOR_REST | EXCLUDED
    reason: str | None = None  # R-4a, for ABSENT


@dataclass(frozen=True)
class Exclusion:
    """R-5.6a: excluded from the meeting by the council's vote: when, in which item, by which event (decision)."""

    at: Instant
    item: str
    seq: int


@dataclass(frozen=True)
class PersonRecord:
    person: str
    name: str
    kind: str  # MEMBER | SUBSTITUTE | GOVERNMENT
    group: str  # the group's abbreviation; "" for none
    stretches: tuple[Stretch, ...] = ()
    changes: tuple[StatusChange, ...] = ()
    excluded: Exclusion | None = None
    title: str = ""  # a member of the city government: «byråd for …» (R-1b)

    @property
    def status(self) -> str:
        """The last recorded status; NOT_RECORDED when nothing was."""
        return self.changes[-1].status if self.changes else NOT_RECORDED

    @property
    def reason(self) -> str | None:
        return self.changes[-1].reason if self.changes else None

    @property
    def seats(self) -> tuple[str, ...]:
        """For a substitute: the members whose seats they held, in order (R-4b)."""
        return tuple(dict.fromkeys(s.seat for s in self.stretches if s.seat and s.seat != self.person))


@dataclass(frozen=True)
class Movement:
    """One arrival or departure, in the order recorded (R-4a, R-4b, R-1b): who, in which seat (None: the city
    government), when; `excluded`: the council excluded them (R-5.6a; the minutes say that with the decision)."""

    seq: int
    at: Instant
    person: str
    seat: str | None
    arrived: bool
    excluded: bool = False


@dataclass(frozen=True)
class Mark:
    """One person in a cell of the minutes' attendance table."""

    person: str
    name: str
    reason: str | None = None  # absent: R-4a («not_reported» when a substitute sat and no absence was recorded)
    excluded_at: Instant | None = None  # R-5.6a
    seat: str | None = None  # a substitute: the member whose seat they held (R-4b)
    seat_name: str = ""


@dataclass(frozen=True)
class GroupAttendance:
    """Every member of one group accounted for (R-4a, R-4b): present (an excluded member too, with the time),
    absent with the reason, never recorded in the roll call; the substitutes who sat for the group's members."""

    group: str | None  # the abbreviation; None: members of no group
    present: tuple[Mark, ...]
    absent: tuple[Mark, ...]
    substitutes: tuple[Mark, ...]
    not_recorded: tuple[Mark, ...]


@dataclass(frozen=True)
class AttendanceTotals:
    seats: int
    absent: int  # members recorded absent (R-4a)
    substitutes: int  # substitutes who sat (R-4b)
    not_recorded: int  # members never marked, whose seat nobody held


@dataclass(frozen=True)
class SittingRecord:
    """One day's sitting: `begins` when the day's record begins (the meeting created, or continued another day),
    `ends` when it was adjourned, else the last event recorded."""

    number: int
    date: str
    begins: Instant
    opened_at: Instant | None
    adjourned_at: Instant | None
    ends: Instant


@dataclass(frozen=True)
class SittingAttendance:
    """One person in one sitting, as the pay report lists it."""

    person: str
    name: str
    kind: str
    group: str
    for_whom: tuple[str, ...]  # a substitute: the members (names) whose seats they held in the sitting
    sitting: int
    date: str
    arrived: Instant | None
    left: Instant | None  # the last time in the hall: the adjournment for someone who stayed to the end
    seconds: float  # time present in the sitting
    status: str  # at the sitting's end (STATUSES); PRESENT for a substitute who stayed
    reason: str | None  # R-4a: only for the internal record and an explicit request (health data)

    @property
    def absent(self) -> bool:
        """Not in the hall at any time of the sitting."""
        return self.arrived is None


@dataclass(frozen=True)
class AttendanceRecord:
    info: MeetingInfo
    council: Council
    sittings: tuple[SittingRecord, ...]
    people: tuple[PersonRecord, ...]  # members in seating order, then substitutes who sat, then the city government
    movements: tuple[Movement, ...] = ()  # every arrival and departure, in the order recorded

    def person(self, person_id: str) -> PersonRecord | None:
        return next((p for p in self.people if p.person == person_id), None)

    def groups(self) -> tuple[GroupAttendance, ...]:
        """R-4a, R-4b: every member accounted for, group by group (largest first, R-5.3a), those of no group last."""
        council = self.council
        by_id = {p.person: p for p in self.people}
        excluded_at = {m.person: m.at for m in self.movements if m.excluded and not m.arrived}
        seated_for = {m.seat for m in self.movements if m.arrived and m.seat and m.person != m.seat}
        out = []
        for group in [*council.groups_in_order(), None]:
            gid = group.id if group else None
            members = council.members_of(gid)
            if not members and group is None:
                continue
            present, absent, unknown = [], [], []
            for m in members:
                p = by_id.get(m.id)
                status = p.status if p is not None else NOT_RECORDED
                if status == EXCLUDED:
                    present.append(Mark(m.id, m.name, excluded_at=excluded_at.get(m.id, p.changes[-1].at)))
                elif status in (PRESENT, LEFT, LEFT_FOR_REST):
                    present.append(Mark(m.id, m.name))
                elif status == ABSENT:
                    absent.append(Mark(m.id, m.name, reason=p.reason))
                elif m.id in seated_for:  # a substitute sat in the seat, no absence recorded
                    absent.append(Mark(m.id, m.name, reason="not_reported"))
                else:
                    unknown.append(Mark(m.id, m.name))
            subs: dict[tuple[str, str], Mark] = {}
            for move in self.movements:
                if move.arrived and move.seat and move.person != move.seat and council.group_of(move.seat) == gid:
                    subs.setdefault((move.person, move.seat), Mark(
                        move.person, council.name_of(move.person), excluded_at=excluded_at.get(move.person),
                        seat=move.seat, seat_name=council.name_of(move.seat)))
            out.append(GroupAttendance(group.abbreviation if group else None, tuple(present), tuple(absent),
                                       tuple(subs.values()), tuple(unknown)))
        return tuple(out)

    def totals(self) -> AttendanceTotals:
        absent = sum(1 for p in self.people if p.kind == MEMBER and p.status == ABSENT)
        subs = len({m.person for m in self.movements if m.arrived and m.seat and m.person != m.seat})
        unknown = sum(len(g.not_recorded) for g in self.groups())
        return AttendanceTotals(self.council.seats, absent, subs, unknown)

    def government(self) -> tuple[PersonRecord, ...]:
        """R-1b: the members of the city government who attended (present, never counted), in the council's order."""
        came = {p.person: p for p in self.people if p.kind == GOVERNMENT and p.stretches}
        return tuple(came[g.id] for g in self.council.government if g.id in came)

    def rows(self, government: bool = False) -> tuple[SittingAttendance, ...]:
        """One row per person per sitting: every member (present, absent with reason, not recorded), every
        substitute who sat; the city government only when asked. A sitting never set (R-5.1a: a meeting created
        ahead, or a roll call still under way) has no rows: nobody attended a meeting that was not held."""
        out: list[SittingAttendance] = []
        for sitting in self.sittings:
            if sitting.opened_at is None:
                continue
            for p in self.people:
                if p.kind == GOVERNMENT and not government:
                    continue
                row = _sitting_row(self.council, p, sitting)
                if not row.absent or p.kind == MEMBER:
                    out.append(row)
        return tuple(out)


@dataclass(frozen=True)
class ItemRecord:
    id: str
    number: str
    title: str
    public_title: str  # R-3.6c, R-3.7a: what every public output calls it
    kind: str
    closed: bool
    closed_basis: str | None
    status: str
    periods: tuple[tuple[Instant, Instant | None], ...]  # each time it was taken up, to when it ended
    position: int = 0  # its place on the agenda (from 0)
    speakers: tuple[str, ...] = ()  # who spoke in it (speeches given), each once, in the order they first spoke
    interpellant: str | None = None  # who asked
    answerer: str | None = None  # who answered
    presenter: str | None = None  # R-3.5a: who gave the oral statement (the agenda's, else the government's speaker)
    decision_public: bool = False  # R-3.6c: a closed item whose decision the public minutes print

    @property
    def taken_up(self) -> Instant | None:
        return self.periods[0][0] if self.periods else None

    @property
    def ended(self) -> Instant | None:
        return self.periods[-1][1] if self.periods else None


@dataclass(frozen=True)
class SpeechRecord:
    item: str
    person: str
    name: str
    group: str  # the group's abbreviation, «byrådet» for the city government, «uavh.» for an independent
    kind: str  # speakers.SPEECH_KINDS or question_hour.QH_KINDS
    start: Instant
    end: Instant | None  # None: under way
    seconds: float
    party: str = ""  # the group's abbreviation only; "" for the city government and an independent
    allowed: float | None = None  # seconds allowed; None: no limit
    override: str | None = None  # R-5.3b: the chair's reason for allowing a closing speech
    under_way: bool = False  # the speech under way when the record was made (not among those given)


@dataclass(frozen=True)
class VoteRecord:
    item: str
    id: str
    subjects: tuple[str, ...]
    method: str
    tally: tuple[int, ...]
    adopted: bool
    sentence: str  # the result, in words
    minutes_line: str = ""  # «Votering: …» / «Omvotering: … (erstatter: …)», as the minutes print it
    party_breakdown_missing: bool = False  # kommuneloven § 11-4: a counted vote recorded by counts only


@dataclass(frozen=True)
class QuestionRecord:
    item: str
    asker: str
    to: str
    topic: str
    status: str  # question_hour statuses
    answered_by: tuple[str, ...]  # who gave the answers (a settebyråd may answer for an absent member)
    id: str = ""
    stand_ins: tuple[str, ...] = ()  # R-6c: who answered for the member asked (settebyråd), the answer under way too
    supplementary: bool = False  # the asker put a supplementary question
    followed: tuple[str, ...] = ()  # who put follow-up questions, in order
    supplementary_waived: bool = False  # R-6c: the asker did not use the supplementary question (none was put)
    # R-6c: status «declined»: the asking step whose answer was declined — "question" (the question was not
    # answered), "supplementary" or "follow_up" (the last in `followed`): the main question was answered
    declined_at: str | None = None


@dataclass(frozen=True)
class ExclusionRecord:
    """R-5.6a: the council's decision to exclude a member: in which item, when they went, by how many votes."""

    seq: int
    item: str
    item_number: str | None
    person: str
    at: Instant | None  # when they left the hall (None: they were not in it)
    votes_for: int | None
    against: int | None


@dataclass(frozen=True)
class MeetingRecord:
    attendance: AttendanceRecord
    items: tuple[ItemRecord, ...]  # in the order dealt with; those never taken up are left out
    speeches: tuple[SpeechRecord, ...]  # in the order given
    votes: tuple[VoteRecord, ...]  # those that stand, item by item
    decisions: tuple[tuple[str, str], ...]  # (item, the adopted text)
    questions: tuple[QuestionRecord, ...]
    settled_unopened: tuple[ItemRecord, ...] = ()  # postponed or sent to a committee without being taken up
    opened_at: Instant | None = None  # the meeting's first «Møtet er satt»
    adjourned_at: Instant | None = None
    notice_remarks: tuple[str, ...] = ()  # R-3.6a: remarks to the notice and agenda, in the order made
    exclusions: tuple[ExclusionRecord, ...] = ()  # R-5.6a, in the order decided

    @property
    def info(self) -> MeetingInfo:
        return self.attendance.info

    @property
    def council(self) -> Council:
        return self.attendance.council

    def item(self, item_id: str) -> ItemRecord | None:
        return next((i for i in (*self.items, *self.settled_unopened) if i.id == item_id), None)

    def decision(self, item_id: str) -> str | None:
        return next((text for i, text in self.decisions if i == item_id), None)

    def speeches_in(self, item_id: str, given: bool = True) -> tuple[SpeechRecord, ...]:
        """The item's speeches in the order given; `given`: without the one under way."""
        return tuple(s for s in self.speeches if s.item == item_id and not (given and s.under_way))

    def votes_in(self, item_id: str) -> tuple[VoteRecord, ...]:
        return tuple(v for v in self.votes if v.item == item_id)

    def questions_in(self, item_id: str) -> tuple[QuestionRecord, ...]:
        return tuple(q for q in self.questions if q.item == item_id)

    def movements_during(self) -> tuple[Movement, ...]:
        """Arrivals and departures in a seat after the meeting was set, an exclusion apart (said with its decision)."""
        if self.opened_at is None:
            return ()
        return tuple(m for m in self.attendance.movements
                     if m.at.wall_us > self.opened_at.wall_us and m.seat is not None and not m.excluded)


# -- attendance: a fold of the effective events ------------------------------------------------------------------


def effective_events(events: Iterable[Event], undone: Iterable[int] | None = None) -> list[Event]:
    """The events the state is folded from: no corrections, none that stands undone (the reducer's rule)."""
    events = list(events)
    if undone is None:
        gone: set[int] = set()
        for e in events:
            if e.kind == ev.UNDONE:
                gone.add(e.data.target)
            elif e.kind == ev.REDONE:
                gone.discard(e.data.target)
    else:
        gone = set(undone)
    return [e for e in events if e.kind not in ev.CORRECTIONS and e.seq not in gone]


class _Fold:
    def __init__(self) -> None:
        self.open: dict[str, tuple[Instant, str | None]] = {}
        self.stretches: dict[str, list[Stretch]] = {}
        self.changes: dict[str, list[StatusChange]] = {}
        self.excluded: dict[str, Exclusion] = {}
        self.order: list[str] = []  # substitutes and the city government in the order they came
        self.moves: list[Movement] = []

    def begin(self, person: str, at: Instant, seat: str | None, seq: int = 0) -> None:
        if person not in self.open:
            self.open[person] = (at, seat)
            if person not in self.stretches:
                self.order.append(person)
            self.stretches.setdefault(person, [])
            self.moves.append(Movement(seq, at, person, seat, True))

    def end(self, person: str, at: Instant, seq: int = 0, excluded: bool = False) -> None:
        if person in self.open:
            start, seat = self.open.pop(person)
            self.stretches[person].append(Stretch(start, at, seat))
            self.moves.append(Movement(seq, at, person, seat, False, excluded))

    def status(self, person: str, at: Instant, status: str, reason: str | None = None) -> None:
        self.changes.setdefault(person, []).append(StatusChange(at, status, reason))


def attendance_record(events: Sequence[Event], undone: Iterable[int] | None = None) -> AttendanceRecord:
    """Who attended when, from the meeting's log (the stored, checked events; `undone` as the state has it, else
    read from the log's corrections)."""
    log = [e for e in effective_events(events, undone) if e.kind in _ATTENDANCE_KINDS]
    if not log or log[0].kind != ev.MEETING_CREATED:
        raise ValueError("the log does not begin with meeting.created")
    created = log[0].data
    council = Council.from_dict(created.council)
    m = created.meeting
    info = MeetingInfo(m["title"], m["date"], m.get("start", ""), m["place"], m["term"], bool(m.get("remote")),
                       m.get("extraordinary") or None)
    last_at = events[-1].at if events else log[0].at
    fold = _Fold()
    sittings: list[dict] = [{"date": info.date, "begins": log[0].at, "opened": None, "adjourned": None}]
    for e in log[1:]:
        k, at = e.kind, e.at
        if k == ev.MEMBER_PRESENT:
            fold.begin(e.data.member, at, e.data.member, e.seq)
            fold.status(e.data.member, at, PRESENT)
        elif k == ev.MEMBER_ABSENT:
            fold.end(e.data.member, at, e.seq)
            fold.status(e.data.member, at, ABSENT, e.data.reason)
        elif k == ev.MEMBER_LEFT:
            fold.end(e.data.member, at, e.seq)
            fold.status(e.data.member, at, LEFT_FOR_REST if e.data.rest_of_meeting else LEFT)
        elif k == ev.SUBSTITUTE_SEATED:
            fold.begin(e.data.substitute, at, e.data.seat, e.seq)
            fold.status(e.data.substitute, at, PRESENT)
        elif k == ev.SUBSTITUTE_LEFT:
            fold.end(e.data.substitute, at, e.seq)
            fold.status(e.data.substitute, at, LEFT)
        elif k == ev.MEMBER_EXCLUDED:  # R-5.6a: only a carried vote is ever stored
            fold.end(e.data.member, at, e.seq, excluded=True)
            fold.status(e.data.member, at, EXCLUDED)
            fold.excluded[e.data.member] = Exclusion(at, e.data.item, e.seq)
        elif k == ev.GOVERNMENT_PRESENT:
            fold.begin(e.data.person, at, None, e.seq)
            fold.status(e.data.person, at, PRESENT)
        elif k == ev.GOVERNMENT_LEFT:
            fold.end(e.data.person, at, e.seq)
            fold.status(e.data.person, at, LEFT)
        elif k == ev.MEETING_OPENED:
            sittings[-1]["opened"] = sittings[-1]["opened"] or at
        elif k == ev.MEETING_ADJOURNED:
            sittings[-1]["adjourned"] = at
        elif k == ev.SITTING_CONTINUED:
            sittings.append({"date": e.data.date, "begins": at, "opened": None, "adjourned": None})
    for person, (start, seat) in fold.open.items():  # still in the hall
        fold.stretches[person].append(Stretch(start, None, seat))
    records = tuple(
        SittingRecord(n, s["date"], s["begins"], s["opened"], s["adjourned"], s["adjourned"] or last_at)
        for n, s in enumerate(sittings, start=1)
    )

    people = _people(council, fold.order, fold.stretches, fold.changes, fold.excluded)
    return AttendanceRecord(info, council, records, people, tuple(fold.moves))


def _people(council: Council, order: list[str], stretches: dict[str, list[Stretch]],
            changes: dict[str, list[StatusChange]], excluded: dict[str, Exclusion]) -> tuple[PersonRecord, ...]:
    def person(pid: str, kind: str) -> PersonRecord:
        group = council.group(council.group_of(pid))
        gov = council.government_member(pid) if kind == GOVERNMENT else None
        return PersonRecord(pid, council.name_of(pid), kind, group.abbreviation if group else "",
                            tuple(sorted(stretches.get(pid, ()), key=lambda s: s.start.wall_us)),
                            tuple(changes.get(pid, ())), excluded.get(pid), gov.title if gov is not None else "")

    people = [person(m.id, MEMBER) for m in council.seating()]
    people += [person(p, SUBSTITUTE) for p in order if council.substitute(p) is not None]
    people += [person(p, GOVERNMENT) for p in order if council.government_member(p) is not None]
    return tuple(people)


def attendance_of_state(state: MeetingState) -> AttendanceRecord:
    """Who attended when, from the replayed state: its presence timeline (every arrival and departure), each
    member's current status with its reason (R-4a) and the council's exclusions (R-5.6a). Each person's status
    history is only the last status (the log's fold, `attendance_record`, has it all); a sitting begins when it
    was set (the state does not keep when its record began)."""
    council, info = state.council, state.info
    if council is None or info is None:
        raise ValueError("the state holds no meeting")
    decided = {d.seq: (item_id, d) for item_id, ds in state.council_decisions.items() for d in ds
               if d.what == "exclude"}
    moves = tuple(Movement(ch.seq, ch.at, ch.person, ch.seat, ch.present, ch.seq in decided) for ch in state.timeline)
    open_: dict[str, tuple[Instant, str | None]] = {}
    stretches: dict[str, list[Stretch]] = {}
    order: list[str] = []
    last: dict[str, Movement] = {}
    for m in moves:
        last[m.person] = m
        if m.arrived:
            open_.setdefault(m.person, (m.at, m.seat))
            if m.person not in stretches:
                order.append(m.person)
            stretches.setdefault(m.person, [])
        elif m.person in open_:
            start, seat = open_.pop(m.person)
            stretches[m.person].append(Stretch(start, m.at, seat))
    for person, (start, seat) in open_.items():
        stretches[person].append(Stretch(start, None, seat))
    changes: dict[str, list[StatusChange]] = {}
    for pid, a in state.attendance.items():
        since = a.since or state.opened_at  # every handler sets `since`
        if since is not None:
            changes[pid] = [StatusChange(since, a.status, a.reason)]
    for pid, m in last.items():
        if pid not in state.attendance:  # a substitute or the city government: the last move says it
            changes[pid] = [StatusChange(m.at, PRESENT if m.arrived else EXCLUDED if m.excluded else LEFT)]
    excluded: dict[str, Exclusion] = {}
    at_of = {m.seq: m.at for m in moves}
    for seq, (item_id, d) in decided.items():
        a = state.attendance.get(d.person)
        at = at_of.get(seq) or (a.since if a is not None else None)
        if at is not None and d.person:
            excluded[d.person] = Exclusion(at, item_id, seq)
    last_at = moves[-1].at if moves else None
    sittings = tuple(
        SittingRecord(n, s.date, s.opened_at, s.opened_at, s.adjourned_at,
                      s.adjourned_at or max((x for x in (last_at, s.opened_at) if x), key=lambda x: x.wall_us))
        for n, s in enumerate(state.sittings, start=1) if s.opened_at is not None  # a sitting never set: no rows
    )
    return AttendanceRecord(info, council, sittings, _people(council, order, stretches, changes, excluded), moves)


def _sitting_row(council: Council, p: PersonRecord, sitting: SittingRecord) -> SittingAttendance:
    lo, hi = sitting.begins.wall_us, sitting.ends.wall_us
    arrived = left = None
    total = 0
    seats: list[str] = []
    for s in p.stretches:
        if s.start.wall_us > hi or (s.end is not None and s.end.wall_us <= lo):
            continue  # not in this sitting
        total += min(s.end.wall_us if s.end is not None else hi, hi) - max(s.start.wall_us, lo)
        if arrived is None:
            arrived = s.start if s.start.wall_us >= lo else sitting.begins
        left = s.end if s.end is not None and s.end.wall_us <= hi else sitting.ends
        if s.seat and s.seat != p.person:
            seats.append(council.name_of(s.seat))
    status, reason = NOT_RECORDED, None
    for change in p.changes:
        if change.at.wall_us > hi:
            break
        status, reason = change.status, change.reason
    return SittingAttendance(p.person, p.name, p.kind, p.group, tuple(dict.fromkeys(seats)), sitting.number,
                             sitting.date, arrived, left, max(0, total) / 1_000_000, status, reason)


# -- the rest of the record, from the replayed state ------------------------------------------------------------


def meeting_record(state: MeetingState, events: Sequence[Event] | None = None) -> MeetingRecord:
    """The whole record: attendance from the log (from the replayed state when no log is given: what the minutes
    need), the rest from the state it replays to."""
    from chair_console.procedure.agenda import POSTPONED, SENT_TO_COMMITTEE
    from chair_console.procedure.vote_words import minutes_vote_line, result_sentence
    from chair_console.procedure.voting import needs_party_breakdown

    council = state.council
    attendance = attendance_of_state(state) if events is None else attendance_record(events, state.undone)
    dealt = sorted((i for i in state.agenda if state.item_periods.get(i.id)),
                   key=lambda i: state.item_periods[i.id][0][0].wall_us)
    unopened = [i for i in state.agenda
                if not state.item_periods.get(i.id) and state.status(i.id) in (POSTPONED, SENT_TO_COMMITTEE)]
    position = {i.id: n for n, i in enumerate(state.agenda)}
    items = tuple(_item_record(state, i, position[i.id]) for i in dealt)
    speeches: list[SpeechRecord] = []
    for item in dealt:
        given = [(s, False) for s in state.speeches.get(item.id, ())]
        if state.speech is not None and state.speech.entry.item == item.id:
            given.append((state.speech, True))
        for s, under_way in given:
            end = s.ended
            group = council.group(council.group_of(s.entry.person))
            speeches.append(SpeechRecord(
                item.id, s.entry.person, council.name_of(s.entry.person),
                council.group_mark(s.entry.person, government="byrådet"), s.entry.kind, s.started, end,
                s.used(end or s.started) if end is not None else 0.0, group.abbreviation if group else "",
                s.allowed, s.entry.override, under_way))
    speeches.sort(key=lambda s: s.start.wall_us)
    votes = tuple(
        VoteRecord(item.id, v.id, v.subjects, v.method, v.tally, v.adopted, result_sentence(state, v),
                   minutes_vote_line(state, v), needs_party_breakdown(v))
        for item in dealt for v in state.final_votes(item.id)
    )
    decisions = tuple((i.id, state.decisions[i.id]) for i in state.agenda if i.id in state.decisions)
    questions = []
    for item_id, held in state.questions.items():
        for q in held:
            answers = [s.entry.person for s in state.speeches.get(item_id, ())
                       if s.entry.reply_to == q.id and s.entry.kind == "qh_answer"]
            questions.append(QuestionRecord(item_id, q.asker, q.to, q.topic, q.status, tuple(dict.fromkeys(answers)),
                                            q.id, _stand_ins(state, q),
                                            bool(q.supplementary_done and not q.supplementary_waived),  # R-6c
                                            tuple(q.followed), bool(q.supplementary_waived),
                                            q.declined_at if q.status == "declined" else None))
    at_of = {m.seq: m.at for m in attendance.movements}
    exclusions = []
    for item_id, ds in state.council_decisions.items():
        for d in ds:
            if d.what == "exclude":
                item = state.item(item_id)
                exclusions.append(ExclusionRecord(d.seq, item_id, item.number if item is not None else None,
                                                  d.person, at_of.get(d.seq), d.votes_for, d.against))
    return MeetingRecord(attendance, items, tuple(speeches), votes, decisions, tuple(questions),
                         tuple(_item_record(state, i, position[i.id]) for i in unopened), state.opened_at,
                         state.adjourned_at, tuple(state.notice_remarks),
                         tuple(sorted(exclusions, key=lambda x: x.seq)))


def _stand_ins(state: MeetingState, q) -> tuple[str, ...]:  # noqa: ANN001 - a question_hour.Question
    """R-6c: who answered for the city government member asked, when another member of the city government (a
    settebyråd) did — from the answers given and the one under way, else from the question (answerer_set)."""
    answers = [s.entry.person for s in state.speeches.get(q.item, ())
               if s.entry.reply_to == q.id and s.entry.kind == "qh_answer"]
    if state.speech is not None and state.speech.entry.reply_to == q.id and state.speech.entry.kind == "qh_answer":
        answers.append(state.speech.entry.person)
    others = tuple(p for p in dict.fromkeys(answers) if p != q.to)
    if not others and q.answered_by:
        others = (q.answered_by,)
    return others


def _item_record(state: MeetingState, item: AgendaItem, position: int = 0) -> ItemRecord:
    from chair_console.procedure.agenda import ORAL_STATEMENT

    council = state.council
    speakers = tuple(dict.fromkeys(s.entry.person for s in state.speeches.get(item.id, ())))
    presenter = None
    if item.kind == ORAL_STATEMENT:
        presenter = item.presenter or next((p for p in speakers if council.government_member(p)), None)
    return ItemRecord(item.id, item.number, item.title, item.public_title, item.kind, item.closed, item.closed_basis,
                      state.status(item.id), tuple(state.item_periods.get(item.id, ())), position, speakers,
                      item.interpellant, item.answerer, presenter, item.id in state.public_decisions)

