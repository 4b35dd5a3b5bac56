"""The meeting's record as plain values: who attended when, the items dealt with, the speeches, the votes and
decisions, the question hour. One model for every output of the record (the attendance report for pay, the
chapters of the recording, the roll-call summary; the minutes and the export can lay it out in turn).

Attendance is a fold of the log's effective events (those not undone, as the reducer folds them): the state keeps
only who is in the hall now, the record keeps every stretch in a seat, every absence with its reason (R-4a), the
seats a substitute held (R-4b) and an exclusion by the council's vote (R-5.6a). `attendance_record(events)` needs
only the log (the pay report reads a whole term without replaying every rule); `meeting_record(state, events)`
adds what the replayed state holds. Pure Python: no Qt, SQL or reportlab."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from chair_console.procedure import events as ev
from chair_console.procedure.agenda import AgendaItem, MeetingInfo
from chair_console.procedure.council import Council
from chair_console.procedure.events import Event
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

    def person(self, person_id: str) -> PersonRecord | None:
        return next((p for p in self.people if p.person == person_id), None)

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


@dataclass(frozen=True)
class VoteRecord:
    item: str
    id: str
    subjects: tuple[str, ...]
    method: str
    tally: tuple[int, ...]
    adopted: bool
    sentence: str  # as the minutes word it


@dataclass(frozen=True)
class QuestionRecord:
    item: str
    asker: str
    to: str
    topic: str
    status: str  # question_hour statuses
    answered_by: tuple[str, ...]  # who gave the answers (a settebyråd may answer for an absent member)


@dataclass(frozen=True)
class MeetingRecord:
    attendance: AttendanceRecord
    items: tuple[ItemRecord, ...]  # in the order dealt with; those never taken up are left out
    speeches: tuple[SpeechRecord, ...]  # in the order given
    votes: tuple[VoteRecord, ...]  # those that stand, item by item
    decisions: tuple[tuple[str, str], ...]  # (item, the adopted text)
    questions: tuple[QuestionRecord, ...]

    @property
    def info(self) -> MeetingInfo:
        return self.attendance.info

    def item(self, item_id: str) -> ItemRecord | None:
        return next((i for i in self.items if i.id == item_id), None)


@dataclass(frozen=True)
class RollCallSummary:
    """What the roll call says now (R-3.3a, R-4a, R-4b): every member accounted for."""

    present: int  # in a seat (members and substitutes), less those disqualified in the item
    seats: int
    required: int
    absent: int  # members recorded absent, gone out or excluded
    not_recorded: int  # members never marked
    substitutes: int

    @property
    def quorum(self) -> bool:
        return self.present >= self.required


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

    def begin(self, person: str, at: Instant, seat: str | None) -> None:
        if person not in self.open:
            self.open[person] = (at, seat)
            if person not in self.stretches:
                self.order.append(person)
            self.stretches.setdefault(person, [])

    def end(self, person: str, at: Instant) -> None:
        if person in self.open:
            start, seat = self.open.pop(person)
            self.stretches[person].append(Stretch(start, at, seat))

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
            fold.begin(e.data.member, at, e.data.member)
            fold.status(e.data.member, at, PRESENT)
        elif k == ev.MEMBER_ABSENT:
            fold.end(e.data.member, at)
            fold.status(e.data.member, at, ABSENT, e.data.reason)
        elif k == ev.MEMBER_LEFT:
            fold.end(e.data.member, at)
            fold.status(e.data.member, at, LEFT_FOR_REST if e.data.rest_of_meeting else LEFT)
        elif k == ev.SUBSTITUTE_SEATED:
            fold.begin(e.data.substitute, at, e.data.seat)
            fold.status(e.data.substitute, at, PRESENT)
        elif k == ev.SUBSTITUTE_LEFT:
            fold.end(e.data.substitute, at)
            fold.status(e.data.substitute, at, LEFT)
        elif k == ev.MEMBER_EXCLUDED:  # R-5.6a: only a carried vote is ever stored
            fold.end(e.data.member, at)
            fold.status(e.data.member, at, EXCLUDED)
            fold.excluded[e.data.member] = Exclusion(at, e.data.item, e.seq)
        elif k == ev.GOVERNMENT_PRESENT:
            fold.begin(e.data.person, at, None)
            fold.status(e.data.person, at, PRESENT)
        elif k == ev.GOVERNMENT_LEFT:
            fold.end(e.data.person, at)
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

    def person(pid: str, kind: str) -> PersonRecord:
        group = council.group(council.group_of(pid))
        return PersonRecord(pid, council.name_of(pid), kind, group.abbreviation if group else "",
                            tuple(sorted(fold.stretches.get(pid, ()), key=lambda s: s.start.wall_us)),
                            tuple(fold.changes.get(pid, ())), fold.excluded.get(pid))

    people = [person(m.id, MEMBER) for m in council.seating()]
    people += [person(p, SUBSTITUTE) for p in fold.order if council.substitute(p) is not None]
    people += [person(p, GOVERNMENT) for p in fold.order if council.government_member(p) is not None]
    return AttendanceRecord(info, council, records, tuple(people))


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


def meeting_record(state: MeetingState, events: Sequence[Event]) -> MeetingRecord:
    """The whole record: attendance from the log, the rest from the state it replays to."""
    from chair_console.procedure.vote_words import result_sentence

    council = state.council
    attendance = attendance_record(events, state.undone)
    dealt = sorted((i for i in state.agenda if state.item_periods.get(i.id)),
                   key=lambda i: state.item_periods[i.id][0][0].wall_us)
    items = tuple(_item_record(state, i) for i in dealt)
    speeches: list[SpeechRecord] = []
    for item in dealt:
        given = list(state.speeches.get(item.id, ()))
        if state.speech is not None and state.speech.entry.item == item.id:
            given.append(state.speech)
        for s in given:
            end = s.ended
            speeches.append(SpeechRecord(
                item.id, s.entry.person, council.name_of(s.entry.person),
                council.group_mark(s.entry.person, government="byrådet"), s.entry.kind, s.started, end,
                s.used(end or s.started) if end is not None else 0.0))
    speeches.sort(key=lambda s: s.start.wall_us)
    votes = tuple(
        VoteRecord(item.id, v.id, v.subjects, v.method, v.tally, v.adopted, result_sentence(state, v))
        for item in dealt for v in state.final_votes(item.id)
    )
    decisions = tuple((i.id, state.decisions[i.id]) for i in state.agenda if i.id in state.decisions)
    questions = []
    for item_id, held in state.questions.items():
        for q in held:
            answers = [s.entry.person for s in state.speeches.get(item_id, ())
                       if s.entry.reply_to == q.id and s.entry.kind == "qh_answer"]
            questions.append(QuestionRecord(item_id, q.asker, q.to, q.topic, q.status, tuple(dict.fromkeys(answers))))
    return MeetingRecord(attendance, items, tuple(speeches), votes, decisions, tuple(questions))


def _item_record(state: MeetingState, item: AgendaItem) -> ItemRecord:
    return ItemRecord(item.id, item.number, item.title, item.public_title, item.kind, item.closed, item.closed_basis,
                      state.status(item.id), tuple(state.item_periods.get(item.id, ())))


def roll_call_summary(state: MeetingState, item_id: str | None = None) -> RollCallSummary:
    """The roll call now: persons in seats (R-3.3a), members absent or gone, members not yet marked, substitutes."""
    q = state.quorum(item_id)
    members = state.council.members if state.council else ()
    absent = sum(1 for m in members if m.id in state.attendance and not state.attendance[m.id].present)
    not_recorded = sum(1 for m in members if m.id not in state.attendance)
    return RollCallSummary(q.present, q.seats, q.required, absent, not_recorded, len(state.substitutions))
