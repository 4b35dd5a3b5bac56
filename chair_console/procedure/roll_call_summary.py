"""The roll call now, as the roll call pane shows it with every frame: part of the meeting's record (record.py,
which re-exports it), in a module of its own so that the first frame does not import the whole record model
(issue 17: ~10 ms of dataclasses at every start). Pure Python: no Qt, SQL or reportlab."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chair_console.procedure.state import MeetingState


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


def roll_call_summary(state: MeetingState, item_id: str | None = None) -> RollCallSummary:
    """The roll call now: persons in seats (R-3.3a), members absent or gone, members not yet marked, substitutes."""
    q = state.quorum(item_id)
    members = state.council.members if state.council else ()
    absent = sum(1 for m in members if m.id in state.attendance and not state.attendance[m.id].present)
    not_recorded = sum(1 for m in members if m.id not in state.attendance)
    return RollCallSummary(q.present, q.seats, q.required, absent, not_recorded, len(state.substitutions))
