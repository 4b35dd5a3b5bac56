"""The council: term, groups, members, substitutes, city government, committees.

Reference data as plain values. A new term, a new group or a member who changes
group is data (a council file, or rows in the database), never code. A meeting
keeps a snapshot of the council as it was when the meeting was created, so the
record of an old meeting never changes when the council data do.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from chair_console.procedure.errors import CouncilDataError

ROLE_MAYOR = "ordfører"
ROLE_DEPUTY_MAYOR = "varaordfører"
MEMBER_ROLES = frozenset({ROLE_MAYOR, ROLE_DEPUTY_MAYOR})
COMMITTEE_KINDS = frozenset({"sector", "business", "control"})
# The mark after the name of a person in no group (R-1a), in «name (group)» labels; the interface passes
# its translation, the minutes and the vote sentences (always Bokmål) use this.
INDEPENDENT = "uavh."


@dataclass(frozen=True)
class Term:
    """The council's election term."""

    id: str
    name: str
    start: str  # ISO date
    end: str  # ISO date
    seats: int  # R-1a: 59


@dataclass(frozen=True)
class Group:
    """A party group in the council."""

    id: str
    abbreviation: str
    name: str
    seats: int
    in_city_government: bool
    election_rank: int  # breaks ties between groups of equal size (R-5.3a)
    sector: int | None = None  # the group's sector in the hall, left to right (R-10a); default: election_rank
    colour: str = ""  # the group's colour on the seat chart, "#rrggbb"


@dataclass(frozen=True)
class Member:
    """An elected member of the council."""

    id: str
    name: str
    group_id: str | None  # None: independent member (R-1a)
    list_number: int
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Substitute:
    """A substitute (varamedlem) of a group's list."""

    id: str
    name: str
    group_id: str | None
    rank: int  # R-4b: called in the numbered order in which they were elected


@dataclass(frozen=True)
class GovernmentMember:
    """A member of the city government (byrådet): may speak, never votes or counts (R-1b)."""

    id: str
    name: str
    title: str
    group_id: str | None


@dataclass(frozen=True)
class Committee:
    """A committee of the council."""

    id: str
    name: str
    kind: str  # sector | business | control
    leader_id: str | None
    deputy_id: str | None
    member_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Council:
    """The council of a term: its groups, members, substitutes and committees."""

    term: Term
    groups: tuple[Group, ...]
    members: tuple[Member, ...]
    substitutes: tuple[Substitute, ...] = ()
    government: tuple[GovernmentMember, ...] = ()
    committees: tuple[Committee, ...] = ()
    _members_by_id: dict = field(default=None, compare=False, repr=False)  # type: ignore[assignment]
    _groups_by_id: dict = field(default=None, compare=False, repr=False)  # type: ignore[assignment]
    _subs_by_id: dict = field(default=None, compare=False, repr=False)  # type: ignore[assignment]
    _gov_by_id: dict = field(default=None, compare=False, repr=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_members_by_id", {m.id: m for m in self.members})
        object.__setattr__(self, "_groups_by_id", {g.id: g for g in self.groups})
        object.__setattr__(self, "_subs_by_id", {x.id: x for x in self.substitutes})
        object.__setattr__(self, "_gov_by_id", {p.id: p for p in self.government})

    @property
    def seats(self) -> int:
        return self.term.seats

    @property
    def quorum(self) -> int:
        """R-3.3a: at least half of the members, 30 of 59."""
        return math.ceil(self.term.seats / 2)

    def member(self, member_id: str) -> Member | None:
        return self._members_by_id.get(member_id)

    def substitute(self, substitute_id: str) -> Substitute | None:
        return self._subs_by_id.get(substitute_id)

    def government_member(self, person_id: str) -> GovernmentMember | None:
        return self._gov_by_id.get(person_id)

    def name_of(self, person_id: str) -> str:
        person = self.member(person_id) or self.substitute(person_id) or self.government_member(person_id)
        return person.name if person else person_id

    def group_of(self, person_id: str) -> str | None:
        person = self.member(person_id) or self.substitute(person_id) or self.government_member(person_id)
        return person.group_id if person else None

    def group_mark(self, person_id: str, independent: str = INDEPENDENT, government: str | None = None) -> str:
        """What stands in brackets after a person's name: the group's abbreviation; else, when `government`
        is given, that for a member of the city government; else `independent` («uavh.»)."""
        group = self.group(self.group_of(person_id))
        if group is not None:
            return group.abbreviation
        if government is not None and self.government_member(person_id) is not None:
            return government
        return independent

    def label_of(self, person_id: str, independent: str = INDEPENDENT, government: str | None = None) -> str:
        """«name (group)», as lists, the minutes and the vote sentences name a person: «Ola Nordmann (H)»."""
        return f"{self.name_of(person_id)} ({self.group_mark(person_id, independent, government)})"

    def substitutes_of(self, group_id: str | None) -> list[Substitute]:
        """R-4b: the group's substitutes in the numbered order in which they were elected."""
        return sorted((x for x in self.substitutes if x.group_id == group_id), key=lambda x: x.rank)

    def seating(self) -> list[Member]:
        """R-10a: the seats in hall order. Groups by sector (left to right), independents last; within a
        group committee leaders and deputy leaders first, then the others by list number (election order)."""
        officers = {x for c in self.committees for x in (c.leader_id, c.deputy_id) if x}
        groups = sorted(self.groups, key=lambda g: (g.sector if g.sector is not None else g.election_rank, g.id))
        seats: list[Member] = []
        for gid in [g.id for g in groups] + [None]:
            seats += sorted(self.members_of(gid), key=lambda m: (m.id not in officers, m.list_number))
        return seats

    def group(self, group_id: str | None) -> Group | None:
        return self._groups_by_id.get(group_id) if group_id else None

    def groups_in_order(self) -> list[Group]:
        """Largest group first, ties broken by the group order kept in the data (R-5.3a)."""
        return sorted(self.groups, key=lambda g: (-g.seats, g.election_rank, g.abbreviation))

    def members_of(self, group_id: str | None) -> list[Member]:
        return sorted((m for m in self.members if m.group_id == group_id), key=lambda m: m.list_number)

    def holder_of(self, role: str) -> Member | None:
        return next((m for m in self.members if role in m.roles), None)

    # -- the file/snapshot format -------------------------------------------------

    def to_dict(self) -> dict:
        return {
            "format": "chair-console/council",
            "version": 1,
            "term": {
                "id": self.term.id,
                "name": self.term.name,
                "start": self.term.start,
                "end": self.term.end,
                "seats": self.term.seats,
            },
            "groups": [
                {
                    "id": g.id,
                    "abbreviation": g.abbreviation,
                    "name": g.name,
                    "seats": g.seats,
                    "in_city_government": g.in_city_government,
                    "election_rank": g.election_rank,
                    "sector": g.sector,
                    "colour": g.colour,
                }
                for g in self.groups
            ],
            "members": [
                {
                    "id": m.id,
                    "name": m.name,
                    "group": m.group_id,
                    "list_number": m.list_number,
                    "roles": list(m.roles),
                }
                for m in self.members
            ],
            "substitutes": [
                {"id": s.id, "name": s.name, "group": s.group_id, "rank": s.rank} for s in self.substitutes
            ],
            "city_government": [
                {"id": p.id, "name": p.name, "title": p.title, "group": p.group_id} for p in self.government
            ],
            "committees": [
                {
                    "id": c.id,
                    "name": c.name,
                    "kind": c.kind,
                    "leader": c.leader_id,
                    "deputy": c.deputy_id,
                    "members": list(c.member_ids),
                }
                for c in self.committees
            ],
        }

    @classmethod
    def from_dict(cls, data: object) -> "Council":
        """Build and check a council from its file format; raises CouncilDataError."""
        if not isinstance(data, dict) or data.get("format") != "chair-console/council":
            raise CouncilDataError("council.not_a_council_file")
        if data.get("version") != 1:
            raise CouncilDataError("council.unknown_version", version=data.get("version"))
        try:
            t = data["term"]
            term = Term(str(t["id"]), str(t["name"]), str(t["start"]), str(t["end"]), int(t["seats"]))
            groups = tuple(
                Group(
                    str(g["id"]),
                    str(g["abbreviation"]),
                    str(g["name"]),
                    int(g["seats"]),
                    bool(g["in_city_government"]),
                    int(g["election_rank"]),
                    None if g.get("sector") is None else int(g["sector"]),
                    str(g.get("colour") or ""),
                )
                for g in data["groups"]
            )
            members = tuple(
                Member(
                    str(m["id"]),
                    str(m["name"]),
                    None if m.get("group") is None else str(m["group"]),
                    int(m["list_number"]),
                    tuple(str(r) for r in _listed(m.get("roles", ()))),
                )
                for m in data["members"]
            )
            subs = tuple(
                Substitute(
                    str(s["id"]), str(s["name"]), None if s.get("group") is None else str(s["group"]), int(s["rank"])
                )
                for s in data.get("substitutes", ())
            )
            gov = tuple(
                GovernmentMember(
                    str(p["id"]), str(p["name"]), str(p["title"]), None if p.get("group") is None else str(p["group"])
                )
                for p in data.get("city_government", ())
            )
            committees = tuple(
                Committee(
                    str(c["id"]),
                    str(c["name"]),
                    str(c["kind"]),
                    c.get("leader"),
                    c.get("deputy"),
                    tuple(str(x) for x in _listed(c.get("members", ()))),
                )
                for c in data.get("committees", ())
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise CouncilDataError("council.malformed", detail=str(exc)) from None
        council = cls(term, groups, members, subs, gov, committees)
        council.check()
        return council

    def check(self) -> None:
        """The council must hold together: 59 seats filled, ids unique, roles held once."""
        ids = [x.id for x in (*self.groups, *self.members, *self.substitutes, *self.government, *self.committees)]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise CouncilDataError("council.duplicate_id", id=dupes[0])
        if len(self.members) != self.term.seats:
            raise CouncilDataError("council.seat_count", expected=self.term.seats, found=len(self.members))
        group_ids = {g.id for g in self.groups}
        for m in self.members:
            if m.group_id is not None and m.group_id not in group_ids:
                raise CouncilDataError("council.unknown_group", id=m.id, group=m.group_id)
            unknown = set(m.roles) - MEMBER_ROLES
            if unknown:
                raise CouncilDataError("council.unknown_role", id=m.id, role=sorted(unknown)[0])
        for g in self.groups:
            n = sum(1 for m in self.members if m.group_id == g.id)
            if n != g.seats:
                raise CouncilDataError("council.group_seats", group=g.abbreviation, expected=g.seats, found=n)
        for role in (ROLE_MAYOR, ROLE_DEPUTY_MAYOR):
            holders = [m for m in self.members if role in m.roles]
            if len(holders) > 1:
                raise CouncilDataError("council.role_twice", role=role)
        for s in self.substitutes:
            if s.group_id is not None and s.group_id not in group_ids:
                raise CouncilDataError("council.unknown_group", id=s.id, group=s.group_id)
        ranks: dict = {}
        for s in self.substitutes:
            ranks.setdefault(s.group_id, []).append(s.rank)
        for gid, rs in ranks.items():
            if sorted(rs) != list(range(1, len(rs) + 1)):
                raise CouncilDataError("council.substitute_ranks", group=gid or "-")
        member_ids = {m.id for m in self.members}
        for c in self.committees:
            if c.kind not in COMMITTEE_KINDS:
                raise CouncilDataError("council.committee_kind", id=c.id, kind=c.kind)
            for who in (c.leader_id, c.deputy_id):
                if who is not None and who not in member_ids:
                    raise CouncilDataError("council.committee_member", id=c.id, member=who)


def _listed(value: object) -> list | tuple:
    """A list in the file format; a string would otherwise be read as a list of its letters."""
    if not isinstance(value, (list, tuple)):
        raise TypeError(f"expected a list, not {type(value).__name__}")
    return value
