"""A meeting stored by release 0.1.0 replays to the same state with today's rules core.

tests/data/simulated-meeting-0.1.0.json is the JSON export (`chair-console export --format json`) of
`simulate --seed 7 --items 14 --speeches 80 --votes 30 --hours 3`, made before the rules core was split by
concern and events got typed payloads; tests/data/simulated-meeting-0.1.0.summary.json is what that release
folded it into. Databases in the hall hold logs like this one: they must read the same for ever."""

from __future__ import annotations

import json
from pathlib import Path

from chair_console.procedure.events import Event
from chair_console.procedure.reducer import replay
from chair_console.procedure.timebase import Instant

DATA = Path(__file__).resolve().parent.parent / "data"


def load_events(path: Path) -> list[Event]:
    record = json.loads(path.read_text(encoding="utf-8"))
    return [Event(e["seq"], e["kind"], e["payload"], e["actor"], Instant(e["wall_us"], e["mono_ns"], e["boot"]))
            for e in record["events"]]


def summary(state) -> dict:  # noqa: ANN001
    """What the record says: phase, attendance, each item's course, speeches, votes and decisions."""
    return {
        "phase": state.phase.value,
        "present": sorted(state.present_members()),
        "seated": dict(sorted(state.seated().items())),
        "items": [
            {
                "id": item.id,
                "status": state.status(item.id),
                "speeches": [(s.entry.person, s.entry.kind) for s in state.speeches.get(item.id, ())],
                "votes": [
                    {"subjects": list(v.subjects), "method": v.method, "tally": list(v.tally), "winner": v.winner,
                     "chair_decided": v.chair_decided, "lot": v.lot, "superseded": v.superseded_by is not None}
                    for v in state.votes.get(item.id, ())
                ],
                "decision": state.decisions.get(item.id),
            }
            for item in state.agenda
        ],
        "questions": {k: [q.status for q in qs] for k, qs in sorted(state.questions.items())},
        "last_seq": state.last_seq,
    }


def test_a_meeting_stored_by_release_0_1_0_replays_to_the_same_record():
    events = load_events(DATA / "simulated-meeting-0.1.0.json")
    expected = json.loads((DATA / "simulated-meeting-0.1.0.summary.json").read_text(encoding="utf-8"))
    got = json.loads(json.dumps(summary(replay(events))))
    assert got == expected


def test_a_meeting_stored_by_release_0_1_0_is_under_the_first_rules_and_new_meetings_under_the_current():
    from chair_console.procedure.state import RULES_BEFORE_VERSIONS, RULES_VERSION
    from helpers import LogBuilder

    assert replay(load_events(DATA / "simulated-meeting-0.1.0.json")).rules == RULES_BEFORE_VERSIONS
    assert LogBuilder().created().state.rules == RULES_VERSION > RULES_BEFORE_VERSIONS


def test_a_meeting_recorded_under_newer_rules_is_refused_not_misread():
    import pytest

    from chair_console.procedure.errors import RuleViolation
    from chair_console.procedure.state import RULES_VERSION

    events = load_events(DATA / "simulated-meeting-0.1.0.json")
    first = events[0]
    newer = Event(1, first.kind, {**first.payload, "rules": RULES_VERSION + 1}, first.actor, first.at)
    with pytest.raises(RuleViolation, match="meeting.newer_rules"):
        replay([newer])
