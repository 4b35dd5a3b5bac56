"""Meetings and their append-only, hash-chained event logs."""

from __future__ import annotations

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from chair_console.models.base import Base


class MeetingRow(Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(40), unique=True)  # goes into every event hash
    term_id: Mapped[str] = mapped_column(ForeignKey("council_term.id"))
    title: Mapped[str] = mapped_column(String(200))
    date: Mapped[str] = mapped_column(String(10))
    place: Mapped[str] = mapped_column(String(200))
    is_demo: Mapped[bool] = mapped_column(default=False)
    # meeting (a real one), demo or simulation: training data never mixes with a real council's meetings
    origin: Mapped[str] = mapped_column(String(20), default="meeting", server_default="meeting")
    created_wall_us: Mapped[int] = mapped_column(BigInteger)
    last_used_wall_us: Mapped[int] = mapped_column(BigInteger)
    # The head of the chain, updated in the same transaction as each append: removing the
    # last events of a log leaves the head pointing past the end, so `verify` sees it.
    head_seq: Mapped[int] = mapped_column(Integer, default=0)
    head_hash: Mapped[str] = mapped_column(String(64))


class EventRow(Base):
    __tablename__ = "meeting_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    seq: Mapped[int]
    kind: Mapped[str] = mapped_column(String(60))
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON, exactly as hashed
    actor: Mapped[str] = mapped_column(String(20))
    wall_us: Mapped[int] = mapped_column(BigInteger)
    mono_ns: Mapped[int] = mapped_column(BigInteger)
    boot: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    # the recording station's id of the event (migration 0005): outside the hash; NULL for older events
    uid: Mapped[str | None] = mapped_column(String(32), nullable=True)

    __table_args__ = (UniqueConstraint("meeting_id", "seq"),
                      Index("uq_meeting_event_uid", "meeting_id", "uid", unique=True))
