"""Meeting particulars and agenda items (saksliste) as plain values."""

from __future__ import annotations

from dataclasses import dataclass

from chair_console.procedure.errors import CouncilDataError
from chair_console.procedure.first_use import frozen_on_first_use

# Item kinds; later issues attach their rules (speaking order, time, voting) to these.
COMMITTEE_CASE = "committee_case"  # ordinary case with a committee recommendation (R-5.3a)
WORKING_GROUP_CASE = "working_group_case"  # R-5.3b
CONTROL_COMMITTEE_CASE = "control_committee_case"  # R-5.3c
PRIVATE_PROPOSAL = "private_proposal"  # R-5.3d
INTERPELLATION = "interpellation"
ORAL_STATEMENT = "oral_statement"  # R-3.5a
QUESTION_HOUR = "question_hour"
URGENT_MATTER = "urgent_matter"  # aktuell sak, R-3.2c
OTHER = "other"
ITEM_KINDS = frozenset(
    {
        COMMITTEE_CASE,
        WORKING_GROUP_CASE,
        CONTROL_COMMITTEE_CASE,
        PRIVATE_PROPOSAL,
        INTERPELLATION,
        ORAL_STATEMENT,
        QUESTION_HOUR,
        URGENT_MATTER,
        OTHER,
    }
)
# The kinds that come with a recommendation (innstilling) whose dissent the chair announces (R-5.2a)
WITH_RECOMMENDATION = frozenset({COMMITTEE_CASE, WORKING_GROUP_CASE, CONTROL_COMMITTEE_CASE, PRIVATE_PROPOSAL})


# Item statuses (the agenda pane shows them; later issues move items through them)
NOT_STARTED = "not_started"
IN_DEBATE = "in_debate"
VOTING = "voting"  # the debate is closed (R-3.3e)
DECIDED = "decided"
POSTPONED = "postponed"  # R-3.2b
SENT_TO_COMMITTEE = "sent_to_committee"  # R-7c
FINAL_STATUSES = frozenset({DECIDED, POSTPONED, SENT_TO_COMMITTEE})

# R-3.7a, R-3.6c: what public outputs call a closed item unless the agenda gives its public title
CLOSED_TITLE = "Unntatt offentlighet"

# Where no proposals may be tabled: oral statements (R-3.5a), interpellations (R-7c), question hour
NO_PROPOSALS = frozenset({ORAL_STATEMENT, INTERPELLATION, QUESTION_HOUR})


@dataclass(frozen=True)
class MeetingInfo:
    """The meeting itself: title, date, planned start and place."""

    title: str
    date: str  # ISO date
    start: str  # HH:MM, planned
    place: str
    term_id: str
    remote: bool = False  # fjernmøte, decided by the council (R-3.9a)
    extraordinary: str | None = None  # R-3.1b: "mayor" (found it necessary) or "third" (1/3 of members demanded)


@dataclass(frozen=True)
class AgendaItem:
    """One item (sak) on the meeting's agenda."""

    id: str
    number: str  # "Sak 301/26"
    title: str
    kind: str
    committee_id: str | None = None
    recommendation: str = ""
    dissent: bool = False
    closed_basis: str | None = None  # R-3.6b / R-3.7a: legal basis when the item is closed
    planned_minutes: int | None = None  # run plan (R-5.1b)
    planned_start: str | None = None  # "HH:MM", run plan (R-5.1b)
    summary: str = ""  # what the chair says to explain the item (R-5.2a)
    group_minutes: int = 3  # each group's time in the item (R-5.4a)
    extended_minutes: int | None = None  # larger items: extended group time (R-5.4a)
    independent_minutes: int = 1  # R-5.4c
    replies: bool = False  # replikker allowed (R-5.4e)
    working_group_leader: str | None = None  # R-5.3b
    proposer: str | None = None  # private proposal's proposer (R-5.3d)
    interpellant: str | None = None  # R-7a
    answerer: str | None = None  # the mayor or the city government member who answers (R-6, R-7a); in an
    # oral statement the city government member who gives it (R-3.5a, `presenter`)
    closed_title: str | None = None  # R-3.7a, R-3.6c: a closed item's title in public (key «public_title»)
    # R-3.10a (§ 3.10 b): a valgsak — persons elected to public office, or their remuneration set: nobody is
    # disqualified in it
    election_item: bool = False

    @property
    def closed(self) -> bool:
        return self.closed_basis is not None

    @property
    def public_title(self) -> str:
        """The title every public output uses (R-3.7a, R-3.6c): a closed item's public title (imported as
        `public_title`, default «Unntatt offentlighet, jf. <legal basis>»), else the title itself."""
        if not self.closed:
            return self.title
        return self.closed_title or f"{CLOSED_TITLE}, jf. {self.closed_basis}"

    @property
    def presenter(self) -> str | None:
        """R-3.5a: the city government member who gives an oral statement (stored as its `answerer`)."""
        return self.answerer if self.kind == ORAL_STATEMENT else None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "number": self.number,
            "title": self.title,
            "kind": self.kind,
            "committee": self.committee_id,
            "recommendation": self.recommendation,
            "dissent": self.dissent,
            "closed_basis": self.closed_basis,
            "planned_minutes": self.planned_minutes,
            "planned_start": self.planned_start,
            "summary": self.summary,
            "group_minutes": self.group_minutes,
            "extended_minutes": self.extended_minutes,
            "independent_minutes": self.independent_minutes,
            "replies": self.replies,
            "working_group_leader": self.working_group_leader,
            "proposer": self.proposer,
            "interpellant": self.interpellant,
            "answerer": self.answerer,
            **({"public_title": self.closed_title} if self.closed_title else {}),  # R-3.7a: only when given
            "election_item": self.election_item,
        }

    @classmethod
    def from_dict(cls, d: dict) -> "AgendaItem":
        return cls(
            id=str(d["id"]),
            number=str(d["number"]),
            title=str(d["title"]),
            kind=str(d["kind"]),
            committee_id=d.get("committee"),
            recommendation=str(d.get("recommendation", "")),
            dissent=bool(d.get("dissent", False)),
            closed_basis=d.get("closed_basis"),
            planned_minutes=_int_or_none(d.get("planned_minutes")),
            planned_start=d.get("planned_start") or None,
            summary=str(d.get("summary") or ""),
            group_minutes=int(d.get("group_minutes") or 3),
            extended_minutes=_int_or_none(d.get("extended_minutes")),
            independent_minutes=int(d.get("independent_minutes") or 1),
            replies=bool(d.get("replies", False)),
            working_group_leader=d.get("working_group_leader") or None,
            proposer=d.get("proposer") or None,
            interpellant=d.get("interpellant") or None,
            answerer=d.get("answerer") or None,
            closed_title=d.get("public_title") or None,
            election_item=bool(d.get("election_item", False)),
        )


def _int_or_none(value: object) -> int | None:
    return None if value in (None, "") else int(value)  # type: ignore[arg-type]


@frozen_on_first_use  # made when first built (issue 17)
class Proposal:
    """A proposal (forslag) on an item, worded as the resolution would read (R-3.4a)."""

    id: str
    number: int  # per item: 1, 2, 3 …
    item: str
    text: str
    proposer: str | None  # member or substitute
    groups: tuple[str, ...]  # groups behind it
    kind: str  # "change" (to the recommendation) | "new_point"
    withdrawn: bool = False

    @property
    def by(self) -> tuple:
        """Who is behind it, as the minutes name it («forslag nr. 3 fra SV»): its groups, else the member who
        tabled it. Numbers given by the council's documents count per this (the budget meeting)."""
        return ("groups", tuple(self.groups)) if self.groups else ("member", self.proposer)


def meeting_from_dict(data: object) -> tuple[MeetingInfo, tuple[AgendaItem, ...]]:
    """Read a meeting file (format chair-console/meeting); raises CouncilDataError."""
    if not isinstance(data, dict) or data.get("format") != "chair-console/meeting":
        raise CouncilDataError("meeting.not_a_meeting_file")
    try:
        info = MeetingInfo(
            title=str(data["title"]),
            date=str(data["date"]),
            start=str(data.get("start", "")),
            place=str(data["place"]),
            term_id=str(data["term"]),
            remote=bool(data.get("remote", False)),
            extraordinary=data.get("extraordinary") or None,
        )
        items = tuple(AgendaItem.from_dict(d) for d in data.get("agenda", ()))
    except (KeyError, TypeError, ValueError) as exc:
        raise CouncilDataError("meeting.malformed", detail=str(exc)) from None
    check_items(items)
    return info, items


def check_items(items: tuple[AgendaItem, ...]) -> None:
    ids = [i.id for i in items]
    if len(set(ids)) != len(ids):
        raise CouncilDataError("meeting.duplicate_item")
    for item in items:
        if item.kind not in ITEM_KINDS:
            raise CouncilDataError("meeting.unknown_item_kind", item=item.number, kind=item.kind)
        if not item.title.strip():
            raise CouncilDataError("meeting.empty_title", item=item.number)


def meeting_to_dict(info: MeetingInfo, items: tuple[AgendaItem, ...]) -> dict:
    return {
        "format": "chair-console/meeting",
        "version": 1,
        "term": info.term_id,
        "title": info.title,
        "date": info.date,
        "start": info.start,
        "place": info.place,
        "remote": info.remote,
        "agenda": [i.to_dict() for i in items],
    }


def has_recommendation(item: AgendaItem) -> bool:
    """An item of a kind that comes with a recommendation, whose dissent the chair announces (R-5.2a)."""
    return item.kind in WITH_RECOMMENDATION


def question_hour_item(agenda: tuple[AgendaItem, ...] | list[AgendaItem]) -> str | None:
    """The id of the question hour on the agenda (R-6), or None."""
    return next((i.id for i in agenda if i.kind == QUESTION_HOUR), None)


def next_urgent_matter(agenda: tuple[AgendaItem, ...] | list[AgendaItem]) -> tuple[str, int]:
    """The id and number to give the next urgent matter added to the agenda (R-3.2c): «aktuell-N», N counting
    the urgent matters already on it, from 1."""
    n = 1 + sum(1 for i in agenda if i.kind == URGENT_MATTER)
    return f"aktuell-{n}", n
