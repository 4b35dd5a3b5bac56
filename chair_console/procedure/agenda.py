"""Meeting particulars and agenda items (saksliste) as plain values."""

from __future__ import annotations

from dataclasses import dataclass

from chair_console.procedure.errors import CouncilDataError

# Item kinds; later issues attach their rules (speaking order, time, voting) to these.
ITEM_KINDS = frozenset(
    {
        "committee_case",  # ordinary case with a committee recommendation (R-5.3a)
        "working_group_case",  # R-5.3b
        "control_committee_case",  # R-5.3c
        "private_proposal",  # R-5.3d
        "interpellation",
        "oral_statement",  # R-3.5a
        "question_hour",
        "urgent_matter",  # aktuell sak, R-3.2c
        "other",
    }
)


@dataclass(frozen=True)
class MeetingInfo:
    title: str
    date: str  # ISO date
    start: str  # HH:MM, planned
    place: str
    term_id: str


@dataclass(frozen=True)
class AgendaItem:
    id: str
    number: str  # "Sak 301/26"
    title: str
    kind: str
    committee_id: str | None = None
    recommendation: str = ""
    dissent: bool = False
    closed_basis: str | None = None  # R-3.6b / R-3.7a: legal basis when the item is closed
    planned_minutes: int | None = None

    @property
    def closed(self) -> bool:
        return self.closed_basis is not None

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
            planned_minutes=None if d.get("planned_minutes") is None else int(d["planned_minutes"]),
        )


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
        )
        items = tuple(AgendaItem.from_dict(d) for d in data.get("agenda", ()))
    except (KeyError, TypeError, ValueError) as exc:
        raise CouncilDataError("meeting.malformed", detail=str(exc)) from None
    ids = [i.id for i in items]
    if len(set(ids)) != len(ids):
        raise CouncilDataError("meeting.duplicate_item")
    for item in items:
        if item.kind not in ITEM_KINDS:
            raise CouncilDataError("meeting.unknown_item_kind", item=item.number, kind=item.kind)
    return info, items


def meeting_to_dict(info: MeetingInfo, items: tuple[AgendaItem, ...]) -> dict:
    return {
        "format": "chair-console/meeting",
        "version": 1,
        "term": info.term_id,
        "title": info.title,
        "date": info.date,
        "start": info.start,
        "place": info.place,
        "agenda": [i.to_dict() for i in items],
    }
