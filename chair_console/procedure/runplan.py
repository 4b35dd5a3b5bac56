"""The run plan (kjøreplan, R-5.1b): planned against used time per item, and the projected end.

Computed from the items' planned minutes (or planned start times) and the stored instants of when each
item was under debate; `now` is passed in, so this stays a pure function."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from chair_console.procedure.agenda import FINAL_STATUSES
from chair_console.procedure.state import MeetingState
from chair_console.procedure.timebase import Instant, elapsed_seconds


@dataclass(frozen=True)
class ItemPlan:
    item: str
    planned_start: datetime | None  # local wall time
    planned_minutes: int | None
    used_seconds: float


@dataclass(frozen=True)
class RunPlan:
    items: tuple[ItemPlan, ...]
    planned_end: datetime | None
    projected_end: datetime | None

    def item(self, item_id: str) -> ItemPlan | None:
        return next((i for i in self.items if i.item == item_id), None)

    @property
    def delay_minutes(self) -> int | None:
        if self.planned_end is None or self.projected_end is None:
            return None
        return round((self.projected_end - self.planned_end).total_seconds() / 60)


def used_seconds(state: MeetingState, item_id: str, now: Instant) -> float:
    total = 0.0
    for start, end in state.item_periods.get(item_id, ()):
        total += elapsed_seconds(start, end or now)
    return total


def _at(date: str, hhmm: str | None, tz) -> datetime | None:  # noqa: ANN001
    if not hhmm:
        return None
    try:
        return datetime.fromisoformat(f"{date}T{hhmm}").replace(tzinfo=tz)
    except ValueError:
        return None


def run_plan(state: MeetingState, now: Instant) -> RunPlan:
    if state.info is None:
        return RunPlan((), None, None)
    tz = now.as_datetime().astimezone().tzinfo
    # Planned times are times of the day the meeting is held: the day it was set, else its planned date.
    day = state.opened_at.as_datetime().astimezone(tz).date().isoformat() if state.opened_at else state.info.date
    cursor = _at(day, state.info.start, tz)
    plans = []
    for item in state.agenda:
        start = _at(day, item.planned_start, tz) or cursor
        plans.append(ItemPlan(item.id, start, item.planned_minutes, used_seconds(state, item.id, now)))
        if start is not None and item.planned_minutes is not None and state.status(item.id) not in (
            "postponed",
            "sent_to_committee",
        ):
            cursor = start + timedelta(minutes=item.planned_minutes)
        else:
            cursor = start
    planned_end = cursor
    # Projected: from now, what is left of the current item's plan, plus every item still to come.
    projected = None
    if state.opened_at is not None:
        remaining = 0.0
        for p in plans:
            status = state.status(p.item)
            if status in FINAL_STATUSES or p.planned_minutes is None:
                continue
            planned = p.planned_minutes * 60
            if p.item == state.current_item or p.used_seconds > 0:
                remaining += max(0.0, planned - p.used_seconds) if status in ("not_started", "in_debate", "voting") else 0
            else:
                remaining += planned
        end_of_meeting = state.adjourned_at or now
        projected = end_of_meeting.as_datetime().astimezone(tz) + timedelta(seconds=remaining)
    return RunPlan(tuple(plans), planned_end, projected)
