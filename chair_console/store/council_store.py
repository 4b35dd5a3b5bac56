"""The council's reference data in the database: import from the file format, load as values."""

from __future__ import annotations

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from chair_console.models import (
    CommitteeRow,
    CouncilTermRow,
    GovernmentMemberRow,
    GroupRow,
    MemberRow,
    SubstituteRow,
)
from chair_console.procedure.council import (
    Committee,
    Council,
    GovernmentMember,
    Group,
    Member,
    Substitute,
    Term,
)

_TERM_ROWS = (GroupRow, MemberRow, SubstituteRow, GovernmentMemberRow, CommitteeRow)


def save_council(engine: Engine, council: Council) -> None:
    """Store (or replace) one term's council data, in one transaction."""
    t = council.term
    with Session(engine) as s, s.begin():
        row = s.get(CouncilTermRow, t.id)
        if row is None:
            s.add(CouncilTermRow(id=t.id, name=t.name, start=t.start, end=t.end, seats=t.seats))
        else:
            row.name, row.start, row.end, row.seats = t.name, t.start, t.end, t.seats
        for cls in _TERM_ROWS:
            s.execute(delete(cls).where(cls.term_id == t.id))
        s.add_all(
            GroupRow(
                term_id=t.id,
                id=g.id,
                abbreviation=g.abbreviation,
                name=g.name,
                seats=g.seats,
                in_city_government=g.in_city_government,
                election_rank=g.election_rank,
            )
            for g in council.groups
        )
        s.add_all(
            MemberRow(
                term_id=t.id,
                id=m.id,
                name=m.name,
                group_id=m.group_id,
                list_number=m.list_number,
                roles=",".join(m.roles),
            )
            for m in council.members
        )
        s.add_all(
            SubstituteRow(term_id=t.id, id=x.id, name=x.name, group_id=x.group_id, rank=x.rank)
            for x in council.substitutes
        )
        s.add_all(
            GovernmentMemberRow(term_id=t.id, id=p.id, name=p.name, title=p.title, group_id=p.group_id)
            for p in council.government
        )
        s.add_all(
            CommitteeRow(
                term_id=t.id,
                id=c.id,
                name=c.name,
                kind=c.kind,
                leader_id=c.leader_id,
                deputy_id=c.deputy_id,
                member_ids=",".join(c.member_ids),
            )
            for c in council.committees
        )


def load_council(engine: Engine, term_id: str) -> Council | None:
    with Session(engine) as s:
        t = s.get(CouncilTermRow, term_id)
        if t is None:
            return None

        def rows(cls):  # noqa: ANN001, ANN202
            return s.scalars(select(cls).where(cls.term_id == term_id).order_by(cls.pk)).all()

        return Council(
            term=Term(t.id, t.name, t.start, t.end, t.seats),
            groups=tuple(
                Group(g.id, g.abbreviation, g.name, g.seats, g.in_city_government, g.election_rank)
                for g in rows(GroupRow)
            ),
            members=tuple(
                Member(m.id, m.name, m.group_id, m.list_number, tuple(r for r in m.roles.split(",") if r))
                for m in rows(MemberRow)
            ),
            substitutes=tuple(Substitute(x.id, x.name, x.group_id, x.rank) for x in rows(SubstituteRow)),
            government=tuple(GovernmentMember(p.id, p.name, p.title, p.group_id) for p in rows(GovernmentMemberRow)),
            committees=tuple(
                Committee(
                    c.id, c.name, c.kind, c.leader_id, c.deputy_id, tuple(x for x in c.member_ids.split(",") if x)
                )
                for c in rows(CommitteeRow)
            ),
        )
