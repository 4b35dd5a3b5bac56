"""The meeting state: what the reducer folds the event log into."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Mapping

from chair_console.procedure.agenda import AgendaItem, MeetingInfo
from chair_console.procedure.council import Council
from chair_console.procedure.timebase import Instant

# R-4a: valid reasons for absence (forfall); "not_reported" when no reason was given.
ABSENCE_REASONS = ("sykdom", "velferd", "omsorg", "uoppsettelig_arbeid", "not_reported")


class Phase(str, Enum):
    NOT_STARTED = "not_started"
    OPEN = "open"  # «Møtet er satt» (R-5.1a)
    ADJOURNED = "adjourned"  # «Møtet er hevet»


@dataclass(frozen=True)
class Attendance:
    present: bool
    reason: str | None = None  # absence reason (R-4a), internal record only
    since: Instant | None = None


@dataclass(frozen=True)
class Quorum:
    """R-3.3a: a decision needs at least half of the members (30 of 59) present."""

    present: int
    required: int
    seats: int

    @property
    def ok(self) -> bool:
        return self.present >= self.required


@dataclass(frozen=True)
class MeetingState:
    council: Council | None = None
    info: MeetingInfo | None = None
    agenda: tuple[AgendaItem, ...] = ()
    phase: Phase = Phase.NOT_STARTED
    opened_at: Instant | None = None
    adjourned_at: Instant | None = None
    attendance: Mapping[str, Attendance] = field(default_factory=dict)  # member id -> attendance
    current_item: str | None = None
    undone: frozenset[int] = frozenset()  # seqs of events currently undone
    last_seq: int = 0

    @property
    def created(self) -> bool:
        return self.council is not None

    def item(self, item_id: str | None) -> AgendaItem | None:
        return next((i for i in self.agenda if i.id == item_id), None)

    def present_members(self) -> list[str]:
        return [mid for mid, a in self.attendance.items() if a.present]

    def quorum(self) -> Quorum:
        # Only council members are in `attendance`: the city government never counts (R-1b).
        seats = self.council.seats if self.council else 59
        required = self.council.quorum if self.council else 30
        return Quorum(present=len(self.present_members()), required=required, seats=seats)
