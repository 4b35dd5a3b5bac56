"""Typed event payloads: one frozen dataclass per event kind, parsed once at the edge.

An event's payload is stored as the JSON object it was recorded with; `Event.data` (events.py) parses it,
once per event, into the dataclass for its kind, and the rules read that, never the raw dict. The reducer
parses every event before any rule looks at it (reducer.advance), so a payload of the wrong shape is
refused at the edge — `RuleViolation("payload.invalid", kind=…, field=…, expected=…)` — and nothing is
written.

What parsing checks, and what it leaves to the rules:
- the JSON type of each field: text, a whole number, true/false, a list of those, an object. A bool is
  not a number. Lists become tuples.
- A field with a default may be absent; one without is required. None (JSON null) is accepted only where
  the type says `| None`, and reads as «not given»: the rules then refuse it as before (an unknown item,
  a count that is not a count …).
- Values are the rules' business: whether the member exists, whether a count is within those entitled to
  vote, whether a reason is one of the four (R-4a) — each refused there with its own code.
- Keys a kind does not know are kept as they are (`extra`), not interpreted.

`to_payload()` gives back the dict: the same keys that were given, with the same values — absent keys stay
absent and no default is added — so what is stored, and every event hash, stays exactly as recorded.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, ClassVar, Self, Union

from chair_console.procedure import events as ev
from chair_console.procedure import speakers
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.first_use import frozen_on_first_use
from chair_console.procedure.first_use import ready as _ready

#: kind -> its payload class
PAYLOADS: dict[str, type[Payload]] = {}

Document = Mapping[str, Any]  # a JSON object passed on as it is (a council snapshot, an agenda item …)


class _Mismatch(Exception):
    pass


@dataclass(frozen=True)
class Payload:
    """The base of every payload class. `given` holds the keys the stored payload had; `extra` the keys
    its kind does not know, kept so that `to_payload()` gives back exactly what was stored."""

    KIND: ClassVar[str] = ""

    given: frozenset[str] = field(default=frozenset(), kw_only=True, compare=False, repr=False)
    extra: Mapping[str, Any] = field(default_factory=dict, kw_only=True, compare=False, repr=False)

    @classmethod
    def parse(cls, payload: Mapping[str, Any]) -> Self:
        """The payload as this kind's dataclass; RuleViolation("payload.invalid", …) if a field has the wrong
        type or a required field is missing."""
        if not isinstance(payload, Mapping):
            raise RuleViolation("payload.invalid", kind=cls.KIND, field="", expected=_EXPECTED[Mapping])
        values: dict[str, Any] = {}
        known: set[str] = set()
        for name, key, tp, required in _spec(cls):
            known.add(key)
            if key not in payload:
                if required:
                    raise RuleViolation("payload.invalid", kind=cls.KIND, field=key, expected=_describe(tp))
                continue
            try:
                values[name] = _convert(payload[key], tp)
            except _Mismatch:
                raise RuleViolation("payload.invalid", kind=cls.KIND, field=key, expected=_describe(tp)) from None
        given = frozenset(k for k in payload if k in known)
        extra = {k: v for k, v in payload.items() if k not in known}
        return cls(**values, given=given, extra=extra)

    def to_payload(self) -> dict[str, Any]:
        """The dict this was parsed from: the keys that were given (no defaults added), and any unknown ones."""
        out: dict[str, Any] = {}
        for name, key, _tp, _required in _spec(type(self)):
            if key in self.given:
                out[key] = _to_json(getattr(self, name))
        out.update(self.extra)
        return out

    def has(self, key: str) -> bool:
        """Whether the stored payload had `key` (even as null): where the rules tell «given» from «absent»."""
        return key in self.given


def parse(kind: str, payload: Mapping[str, Any]) -> Payload:
    """The typed payload of an event of `kind`; an unknown kind is refused as the reducer refuses it."""
    cls = PAYLOADS.get(kind)
    if cls is None:
        raise RuleViolation("log.unknown_event", kind=kind)
    return cls.parse(payload)


def _kind(kind: str):  # noqa: ANN202
    """Class decorator: registers the payload class of `kind`, made a frozen dataclass when it is first used — parsed
    (`_spec`) or made (`__init__`) — rather than at import: making ~60 dataclasses took ~23 ms of every start, and
    a start replays only a few kinds (issue 17). Once made, the class is exactly what `dataclass` makes of it.
    A station's copy parses events in a thread of its own: parsing makes a kind (`_spec`) before it builds one."""

    def register(cls: type) -> type:
        cls.KIND = kind
        assert kind not in PAYLOADS, f"two payload classes for {kind}"
        PAYLOADS[kind] = cls
        return frozen_on_first_use(cls)

    return register


def ready_all() -> None:
    """Make every payload class its dataclass now (a test; or a warm-up once the first frame is up)."""
    for cls in PAYLOADS.values():
        _ready(cls)


def _key(name: str) -> Any:  # noqa: ANN401
    """A field stored under another key than its name (`for` is a Python keyword)."""
    return {"key": name}


# -- parsing by the declared types -------------------------------------------------------------------------

_SPECS: dict[type, tuple] = {}

_EXPECTED: dict[Any, str] = {
    str: "tekst",
    int: "et heltall",
    bool: "sann eller usann",
    Mapping: "et objekt",
}


def _spec(cls: type) -> tuple:
    """(field name, stored key, type, required) for each field of a payload class, read once."""
    spec = _SPECS.get(cls)
    if spec is None:
        _ready(cls)
        hints = typing.get_type_hints(cls)
        spec = tuple(
            (f.name, f.metadata.get("key", f.name), hints[f.name], _required(f))
            for f in fields(cls)
            if f.name not in ("given", "extra")
        )
        _SPECS[cls] = spec
    return spec


def _required(f) -> bool:  # noqa: ANN001
    return f.default is MISSING and f.default_factory is MISSING


def _convert(value: Any, tp: Any) -> Any:  # noqa: ANN401
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        for option in typing.get_args(tp):
            try:
                return _convert(value, option)
            except _Mismatch:
                continue
        raise _Mismatch
    if tp is type(None):
        if value is None:
            return None
        raise _Mismatch
    if tp is bool:
        if isinstance(value, bool):
            return value
        raise _Mismatch
    if tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise _Mismatch
    if tp is str:
        if isinstance(value, str):
            return value
        raise _Mismatch
    if tp is Any:
        return value
    if origin is tuple:
        (inner, _ellipsis) = typing.get_args(tp)
        if not isinstance(value, (list, tuple)):
            raise _Mismatch
        return tuple(_convert(x, inner) for x in value)
    if origin is Mapping:
        if isinstance(value, Mapping):
            return value
        raise _Mismatch
    raise TypeError(f"payload field type not handled: {tp!r}")  # a programming error, not a payload's


def _describe(tp: Any) -> str:  # noqa: ANN401
    """The expected type in words (Bokmål), for the refusal."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        return " eller ".join(_describe(o) for o in typing.get_args(tp) if o is not type(None))
    if origin is tuple:
        return "en liste med " + _plural(typing.get_args(tp)[0])
    if origin is Mapping:
        return _EXPECTED[Mapping]
    return _EXPECTED.get(tp, repr(tp))


def _plural(tp: Any) -> str:  # noqa: ANN401
    if typing.get_origin(tp) is tuple:
        return "lister med " + _plural(typing.get_args(tp)[0])
    if typing.get_origin(tp) is Mapping:
        return "objekter"
    return {str: "tekster", int: "heltall", bool: "sann/usann"}.get(tp, repr(tp))


def _to_json(value: Any) -> Any:  # noqa: ANN401
    if isinstance(value, tuple):
        return [_to_json(x) for x in value]
    return value


# -- the meeting's course (course.py) ------------------------------------------------------------------------


@_kind(ev.MEETING_CREATED)
class MeetingCreated(Payload):
    """The snapshot the meeting starts from: the council, the meeting's particulars, the agenda and the
    questions registered for the question hour (R-6a). The documents are checked by the rules
    (Council.from_dict, AgendaItem.from_dict: «meeting.bad_snapshot»)."""

    council: Document
    meeting: Document
    agenda: tuple[Document, ...] = ()
    questions: tuple[Document, ...] | None = None
    rules: int | None = None  # the rules version (state.RULES_VERSION); absent in meetings made by 0.1.0


@_kind(ev.MEETING_OPENED)
class MeetingOpened(Payload):
    """R-5.1a «Møtet er satt»."""


@_kind(ev.MEETING_ADJOURNED)
class MeetingAdjourned(Payload):
    """«Møtet er hevet»."""


@_kind(ev.MEETING_PAUSED)
class MeetingPaused(Payload):
    """A break, or a suspension (R-11a): kind «pause» or «suspended»."""

    kind: str = "pause"
    note: str = ""


@_kind(ev.MEETING_RESUMED)
class MeetingResumed(Payload):
    pass


@_kind(ev.SITTING_CONTINUED)
class SittingContinued(Payload):
    """The adjourned meeting continues another day (an ISO date, checked by the rules)."""

    date: str = ""


@_kind(ev.CORRECTION_NOTED)
class CorrectionNoted(Payload):
    text: str = ""
    reason: str = ""


@_kind(ev.NOTICE_REMARKS)
class NoticeRemarks(Payload):
    """R-3.6a: one remark made to the notice (innkalling) and the agenda (saksliste), recorded after the meeting is
    set and before the first item is taken up; the minutes print them before «godkjent med disse merknadene»."""

    text: str = ""


# -- attendance (attendance.py) --------------------------------------------------------------------------------


@_kind(ev.MEMBER_PRESENT)
class MemberPresent(Payload):
    member: str | None = None


@_kind(ev.MEMBER_ABSENT)
class MemberAbsent(Payload):
    """R-4a: the reason is one of the four, or «not_reported» (checked by the rules)."""

    member: str | None = None
    reason: str = "not_reported"


@_kind(ev.MEMBER_LEFT)
class MemberLeft(Payload):
    member: str | None = None
    rest_of_meeting: bool = False


@_kind(ev.SUBSTITUTE_SEATED)
class SubstituteSeated(Payload):
    """R-4b: «substitute» takes the seat of the absent member «seat»."""

    seat: str | None = None
    substitute: str | None = None


@_kind(ev.SUBSTITUTE_LEFT)
class SubstituteLeft(Payload):
    substitute: str | None = None


@_kind(ev.GOVERNMENT_PRESENT)
class GovernmentPresent(Payload):
    """R-1b."""

    person: str | None = None


@_kind(ev.GOVERNMENT_LEFT)
class GovernmentLeft(Payload):
    person: str | None = None


@_kind(ev.CHAIR_TAKEN)
class ChairTaken(Payload):
    """R-3.1a, R-5.5b."""

    person: str | None = None


@dataclass(frozen=True)
class CouncilCount(Payload):
    """A council decision by simple majority, counted (R-3.3a–d): those for and against, and how the chair
    voted if it was a tie. Absent counts: a decision without a count (where the rules allow it)."""

    item: str | None = None
    votes_for: int | None = field(default=None, metadata=_key("for"))
    against: int | None = None
    chair_side: int | None = None
    # R-3.3d from rules version 2: how the chair voted («for» or «against»), recorded with the count; a tie is
    # decided by it (voting.council_casting_vote), never by a side chosen afterwards.
    chair_vote: str | None = None


@dataclass(frozen=True)
class CouncilDecision(CouncilCount):
    """A decision the council makes on the chair's proposal — a postponement (R-3.2b), sending an item to a
    committee (R-7c), the voting order (R-3.3e), forwarding proposals to the city government: `method` is
    «tacit» (nobody objected, R-3.3f a) or «counted» (`for` and `against`, checked as every vote by
    voting.council_vote; a counted decision may fall). Absent in meetings of rules version 1."""

    method: str | None = None


@_kind(ev.DISQUALIFIED)
class Disqualified(CouncilDecision):
    """R-3.10a: the council's decision on whether `person` is disqualified in `item`, with its legal basis.
    `disqualified` is the chair's proposal put to the council (true: «… er inhabil», false: «… er ikke inhabil»);
    `method` how the council decided it — «tacit» or «counted» (`for`, `against`, the chair's vote on a tie;
    the member concerned does not vote, forvaltningsloven § 8 andre ledd). Rules ≥ 2: `method` required; rules 1
    (0.1.0) recorded no method: the event was the decision that the member is disqualified."""

    person: str | None = None
    basis: str = ""
    disqualified: bool = True


@_kind(ev.MEMBER_EXCLUDED)
class MemberExcluded(CouncilCount):
    """R-5.6a: the council's vote to exclude `member`, after two requests to keep to the item."""

    member: str | None = None


# -- the agenda (agenda_rules.py) -------------------------------------------------------------------------------


@_kind(ev.DECISION_PUBLIC)
class DecisionPublic(Payload):
    """R-3.6c: whether the decision in a closed item is printed in the public minutes (where the exemption
    allows it: the secretariat's per-item choice, recorded in the log). Only the decision, never the debate."""

    item: str | None = None
    public: bool = True


@_kind(ev.ITEM_OPENED)
class ItemOpened(Payload):
    """R-3.7a, R-3.8a: a closed item needs the legal basis confirmed."""

    item: str | None = None
    closed_confirmed: bool = False


@_kind(ev.DEBATE_CLOSED)
class DebateClosed(Payload):
    """R-3.3e: voting starts."""

    item: str | None = None


@_kind(ev.ITEM_POSTPONED)
class ItemPostponed(CouncilDecision):
    """R-3.2b: the council's decision to postpone, tacit or counted (a counted one may fall: the item stays)."""


@_kind(ev.ITEM_SENT_TO_COMMITTEE)
class ItemSentToCommittee(CouncilDecision):
    """R-7c (an interpellation), R-3.2b (any item sent back): the council's decision to send the item to
    `committee` (a committee id of the council), tacit or counted (a counted one may fall: the item stays)."""

    committee: str | None = None


@_kind(ev.AGENDA_REORDERED)
class AgendaReordered(Payload):
    order: tuple[str, ...] = ()


@_kind(ev.AGENDA_SET)
class AgendaSet(Payload):
    """An imported agenda (items checked by AgendaItem.from_dict and check_items: «agenda.bad_items»), with
    the questions registered for the question hour (R-6a)."""

    agenda: tuple[Document, ...] = ()
    questions: tuple[Document, ...] | None = None


@_kind(ev.URGENT_MATTER_ADDED)
class UrgentMatterAdded(Payload):
    """R-3.2c: the new item, as an agenda item document."""

    item: Document | None = None


@_kind(ev.ITEM_SETTINGS_CHANGED)
class ItemSettingsChanged(CouncilDecision):
    """R-5.4a–e: minutes per item. A number may come as typed (digits as text); the rules turn it into a
    whole number or refuse it («agenda.bad_settings»). An empty extended time clears it.
    «Bystyret fastsetter taletid» (§ 5.4): from rules version 2 a change of the group, extended or independents'
    time once the meeting is set is the council's decision — `method` «tacit» (usual, often with the run plan) or
    «counted» (`for`, `against`; it may fall, and then the times stay). Replies are the chair's (R-5.4e)."""

    group_minutes: int | str | None = None
    extended_minutes: int | str | None = None
    independent_minutes: int | str | None = None
    replies: bool | None = None


@_kind(ev.CLOSED_DECIDED)
class ItemClosedDecided(CouncilDecision):
    """R-3.6b, R-3.7a (kommuneloven § 11-5): the council's decision to close the meeting while `item` is dealt with,
    with its legal basis (`basis`), tacit or counted (a counted one may fall: the item is not taken up behind
    closed doors). From rules version 2 a closed item is taken up only after such a decision carried."""

    basis: str = ""


@_kind(ev.ITEM_DECIDED)
class ItemDecided(Payload):
    item: str | None = None


# -- speaking (speaking.py) --------------------------------------------------------------------------------------


@_kind(ev.SPEAKER_ADDED)
class SpeakerAdded(Payload):
    """R-5.3, R-5.4: the kind of speech is checked by the rules (speaker_rules.check_speaker)."""

    item: str | None = None
    person: str | None = None
    kind: str = speakers.MAIN
    reply_to: str | None = None
    # R-5.3b (rules ≥ 2): the chair gives a closing speech in an item with no committee behind it all the same,
    # with the reason (printed in the minutes)
    override: bool = False
    override_reason: str | None = None


@_kind(ev.SPEAKER_REMOVED)
class SpeakerRemoved(Payload):
    item: str | None = None
    entry: str | None = None


@_kind(ev.SPEAKER_MOVED)
class SpeakerMoved(Payload):
    item: str | None = None
    entry: str | None = None
    position: int | None = None


@_kind(ev.SPEECH_STARTED)
class SpeechStarted(Payload):
    item: str | None = None
    entry: str | None = None
    # R-5.5b: the person who chairs while the chair speaks in the debate (the deputy mayor, the mayor or an elected
    # settevaraordfører / særskilt møteleder); the chair goes back when this speech ends (attendance.py)
    chair_to: str | None = None


@_kind(ev.SPEECH_PAUSED)
class SpeechPaused(Payload):
    pass


@_kind(ev.SPEECH_RESUMED)
class SpeechResumed(Payload):
    pass


@_kind(ev.SPEECH_ENDED)
class SpeechEnded(Payload):
    pass


@_kind(ev.SPEECH_NEXT)
class SpeechNext(Payload):
    item: str | None = None
    # R-5.5b: the person who chairs while the chair speaks in the debate (the deputy mayor, the mayor or an elected
    # settevaraordfører / særskilt møteleder); the chair goes back when this speech ends (attendance.py)
    chair_to: str | None = None


@_kind(ev.ORDER_WARNING)
class OrderWarning(Payload):
    """R-5.6a."""

    item: str | None = None
    person: str | None = None


# -- proposals and votes (voting.py) ------------------------------------------------------------------------------


@_kind(ev.PROPOSAL_TABLED)
class ProposalTabled(Payload):
    """R-3.4a: a proposal by a member (`proposer`) and/or groups; kind «change» or «new_point»."""

    item: str | None = None
    text: str = ""
    proposer: str | None = None
    groups: tuple[str, ...] = ()
    kind: str = "change"
    # The number the council's documents give it, counted per group or proposer (the budget meeting: «forslag
    # nr. 1–37 fra R»); absent: the next number in the item. Honoured from rules version 2 (voting.py).
    number: int | None = None


@_kind(ev.PROPOSAL_WITHDRAWN)
class ProposalWithdrawn(Payload):
    item: str | None = None
    proposal: str | None = None


@_kind(ev.VOTING_ORDER_SET)
class VotingOrderSet(CouncilDecision):
    """R-3.3e: the subjects (proposal ids, «recommendation» or its parts) in the order they are voted on. Without
    `method`: the chair's proposal; with it: the council's decision on that order (tacit or counted)."""

    order: tuple[str, ...] = ()


@_kind(ev.PROPOSAL_FORWARDED)
class ProposalForwarded(CouncilDecision):
    """R-3.3e (Oslo practice, oversendelsesforslag): the council's decision to forward `proposals` (ids in the
    item) to the city government without a vote on their merits, tacit or counted."""

    proposals: tuple[str, ...] = ()


@_kind(ev.VOTE_RECORDED)
class VoteRecorded(Payload):
    """R-3.3: one vote. By method (R-3.3f): tacit approval has no count; a show of hands gives those against,
    by name (`against`) or as a number (`against_count`); a counter-vote also those for (`for` by name, or
    `for_count`); an alternative vote (R-3.3e) one column per subject in `alternatives`, all by name or all as
    numbers. A tie needs `chair_side` (R-3.3d), an election tie `lot_winner`. `retake_of`: the vote this one
    replaces."""

    item: str | None = None
    subjects: tuple[str, ...] = ()
    method: str | None = None
    against: tuple[str, ...] | None = None
    against_count: int | None = None
    voters_for: tuple[str, ...] | None = field(default=None, metadata=_key("for"))
    for_count: int | None = None
    alternatives: tuple[tuple[str, ...], ...] | tuple[int, ...] | None = None
    election: bool = False
    chair_side: int | None = None
    lot_winner: int | None = None
    retake_of: str | None = None
    # R-3.3d from rules version 2: how the chair voted when only counts were taken — «for» or «against», or (an
    # alternative vote) the subject; with names taken the chair's vote is read from the lists (voting.py).
    chair_vote: str | None = None
    # Several proposals voted on together (R-3.3e, the budget meeting: «forslag nr. 1–37 fra R»): one result for
    # all of `subjects`, by any method but the alternative vote. Honoured from rules version 2 (voting.py).
    together: bool = False


@_kind(ev.DECISION_TEXT_SET)
class DecisionTextSet(Payload):
    """The adopted text (vedtak)."""

    item: str | None = None
    text: str = ""


@_kind(ev.URGENT_OBJECTIONS)
class UrgentObjections(Payload):
    """R-3.2c: whether the chair objects, and how many of those present object."""

    item: str | None = None
    chair_objects: bool = False
    objecting: int | None = None


# -- elections (elections.py) ---------------------------------------------------------------------------------


@_kind(ev.ELECTION_ROUND)
class ElectionRound(Payload):
    """R-3.3c, R-3.3d: one count in an election of one person (flertallsvalg) to `office` — the candidates
    (person ids, or names as written), the votes per candidate in `tally`, and the blank votes apart. `round` is
    derived by the rules (1, then 2 for the new vote); given, it must agree. `ballot` «written» is refused (no
    written ballot in elections of one person); `chair_side` is refused (a tie is decided by lots, never the
    chair)."""

    item: str | None = None
    office: str = ""
    candidates: tuple[str, ...] = ()
    tally: tuple[int, ...] = ()
    blank: int = 0
    ballot: str = "open"
    round: int | None = None
    chair_side: int | None = None


@_kind(ev.ELECTION_LOT)
class ElectionLot(Payload):
    """R-3.3d: the lots drawn in the hall for a tie in an election — `office` the office of an election of one
    person or the body of a proportional election, `drawn` the candidate (or list) drawn, `drawn_by` who drew,
    `aid` whether the console's own draw was used as an aid. When: the event's instant."""

    item: str | None = None
    office: str = ""
    drawn: str | None = None
    drawn_by: str = ""
    aid: bool = False


@_kind(ev.ELECTION_PROPORTIONAL)
class ElectionProportional(Payload):
    """Kommuneloven § 7-5: a proportional election (forholdsvalg) of `seats` members of `body` — the votes per
    list (`lists`: objects {name, votes}, checked by the rules) and the blank votes; `ballot` «open» or
    «written» (the council may decide on a written ballot). Only counts are recorded."""

    item: str | None = None
    body: str = ""
    seats: int | None = None
    lists: tuple[Document, ...] = ()
    blank: int = 0
    ballot: str = "open"
    chair_side: int | None = None


# -- the question hour (question_rules.py) --------------------------------------------------------------------


@_kind(ev.QUESTION_REGISTERED)
class QuestionRegistered(Payload):
    """R-6a, R-6b: who asks whom (the mayor or a city government member), about what."""

    item: str | None = None
    asker: str | None = None
    to: str | None = None
    topic: str = ""


@_kind(ev.QUESTIONS_ORDERED)
class QuestionsOrdered(Payload):
    """R-6a: the chair's order of the questions."""

    item: str | None = None
    order: tuple[str, ...] = ()


@_kind(ev.QUESTION_FOLLOW_UP)
class QuestionFollowUp(Payload):
    """R-6c."""

    item: str | None = None
    person: str | None = None


@_kind(ev.QUESTION_STEP)
class QuestionStep(Payload):
    """One key of the question hour. R-6c: `supplementary_waived` — the asker does not use the supplementary
    question that is due next; the step goes straight on to the follow-ups or the next question."""

    item: str | None = None
    supplementary_waived: bool = False


@_kind(ev.QUESTION_ANSWERER_SET)
class QuestionAnswererSet(Payload):
    """R-6c «byrådets svar»: a present member of the city government (a settebyråd) answers `question` for the
    member asked, who is absent; `answered_by` absent, null or the person asked: that person answers again."""

    item: str | None = None
    question: str | None = None
    answered_by: str | None = None


@_kind(ev.QUESTION_DECLINED)
class QuestionDeclined(Payload):
    """R-6c: the answerer declines to answer."""

    item: str | None = None


@_kind(ev.QUESTION_HOUR_ENDED)
class QuestionHourEnded(Payload):
    item: str | None = None


# -- corrections (reducer.py) -------------------------------------------------------------------------------------


@_kind(ev.UNDONE)
class Undone(Payload):
    """The event (by its number) that is undone; nothing is ever deleted."""

    target: int | None = None


@_kind(ev.REDONE)
class Redone(Payload):
    """The undone event (by its number) that is reinstated."""

    target: int | None = None
