"""Building logs by hand for reducer tests: no database, no Qt."""

from __future__ import annotations

import json
from pathlib import Path

from chair_console.procedure import events as ev
from chair_console.procedure.events import Event
from chair_console.procedure.reducer import advance
from chair_console.procedure.state import RULES_VERSION, MeetingState
from chair_console.procedure.timebase import Instant

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


def demo_council() -> dict:
    return json.loads((DEMO / "oslo-bystyre-2023-2027.json").read_text(encoding="utf-8"))


def demo_meeting() -> dict:
    return json.loads((DEMO / "demo-meeting.json").read_text(encoding="utf-8"))


class LogBuilder:
    """Appends events one by one through the reducer, like the service does."""

    def __init__(self) -> None:
        self.log: list[Event] = []
        self.state = MeetingState()
        self.t = 0

    def at(self) -> Instant:
        self.t += 1
        return Instant(1_700_000_000_000_000 + self.t * 1_000_000, self.t * 1_000_000_000, "boot-a")

    def add(self, kind: str, payload: dict | None = None, actor: str = "chair") -> Event:
        event = Event(self.state.last_seq + 1, kind, payload or {}, actor, self.at())
        self.state = advance(self.state, self.log, event)
        self.log.append(event)
        return event

    def created(self, questions: bool = True, rules: int | None = RULES_VERSION,
                extra_agenda: tuple[dict, ...] = ()) -> "LogBuilder":
        """The demo meeting created; `rules` None: as release 0.1.0 made it (no version: rules 1); `extra_agenda`:
        items after the demo agenda's."""
        m = demo_meeting()
        meeting = {k: m[k] for k in ("title", "date", "start", "place", "term")}
        payload = {"council": demo_council(), "meeting": meeting, "agenda": [*m["agenda"], *extra_agenda],
                   "questions": m.get("questions", []) if questions else []}
        if rules is not None:
            payload["rules"] = rules
        self.add(ev.MEETING_CREATED, payload, "secretary")
        return self
