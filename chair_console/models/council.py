"""The council's reference data: terms, groups, members, substitutes, city government, committees."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from chair_console.models.base import Base


class CouncilTermRow(Base):
    __tablename__ = "council_term"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    start: Mapped[str] = mapped_column(String(10))
    end: Mapped[str] = mapped_column(String(10))
    seats: Mapped[int]


class GroupRow(Base):
    __tablename__ = "council_group"

    pk: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[str] = mapped_column(ForeignKey("council_term.id", ondelete="CASCADE"), index=True)
    id: Mapped[str] = mapped_column(String(40))
    abbreviation: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    seats: Mapped[int]
    in_city_government: Mapped[bool]
    election_rank: Mapped[int]

    __table_args__ = (UniqueConstraint("term_id", "id"),)


class MemberRow(Base):
    __tablename__ = "council_member"

    pk: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[str] = mapped_column(ForeignKey("council_term.id", ondelete="CASCADE"), index=True)
    id: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    group_id: Mapped[str | None] = mapped_column(String(40))  # None: independent
    list_number: Mapped[int]
    roles: Mapped[str] = mapped_column(String(200), default="")  # comma-separated: ordfører, varaordfører

    __table_args__ = (UniqueConstraint("term_id", "id"),)


class SubstituteRow(Base):
    __tablename__ = "council_substitute"

    pk: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[str] = mapped_column(ForeignKey("council_term.id", ondelete="CASCADE"), index=True)
    id: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    group_id: Mapped[str | None] = mapped_column(String(40))
    rank: Mapped[int]  # R-4b

    __table_args__ = (UniqueConstraint("term_id", "id"),)


class GovernmentMemberRow(Base):
    __tablename__ = "city_government_member"

    pk: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[str] = mapped_column(ForeignKey("council_term.id", ondelete="CASCADE"), index=True)
    id: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    group_id: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = (UniqueConstraint("term_id", "id"),)


class CommitteeRow(Base):
    __tablename__ = "committee"

    pk: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[str] = mapped_column(ForeignKey("council_term.id", ondelete="CASCADE"), index=True)
    id: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    leader_id: Mapped[str | None] = mapped_column(String(40))
    deputy_id: Mapped[str | None] = mapped_column(String(40))
    member_ids: Mapped[str] = mapped_column(String(2000), default="")  # comma-separated

    __table_args__ = (UniqueConstraint("term_id", "id"),)
