"""A meeting simulator: a realistic meeting of the demo council, driven through the service layer.

The plan is made first, event by event, by the same reducer that checks the meeting (so every planned action
is valid), with a simulated clock; then it is recorded through MeetingService exactly as the window would.
A fixed seed gives the same meeting every time, so a run that was killed can continue where it stopped and
end in the same state as a run that never stopped."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

from chair_console.procedure import events as ev
from chair_console.procedure.events import Event
from chair_console.procedure.reducer import advance
from chair_console.procedure.state import MeetingState
from chair_console.procedure.timebase import Instant

START_US = 1_796_000_000_000_000  # a fixed simulated wall clock (december 2026)


@dataclass(frozen=True)
class Params:
    items: int = 60
    speeches: int = 500
    votes: int = 150
    hours: float = 10.0


@dataclass(frozen=True)
class Step:
    kind: str
    payload: dict
    actor: str
    at: Instant


class _Planner:
    def __init__(self, created: Event, seed: int) -> None:
        self.rng = random.Random(seed)
        self.log = [created]
        self.state = advance(MeetingState(), [], created)
        self.t = created.at
        self.steps: list[Step] = []

    def wait(self, seconds: float) -> None:
        us, ns = int(seconds * 1e6), int(seconds * 1e9)
        self.t = Instant(self.t.wall_us + us, self.t.mono_ns + ns, self.t.boot)

    def add(self, kind: str, payload: dict | None = None, actor: str = "chair", seconds: float = 2.0) -> bool:
        """Plan one event if the rules allow it here; returns whether it was planned."""
        from chair_console.procedure.errors import RuleViolation

        self.wait(seconds)
        event = Event(self.state.last_seq + 1, kind, payload or {}, actor, self.t)
        try:
            self.state = advance(self.state, self.log, event)
        except RuleViolation:
            return False
        self.log.append(event)
        self.steps.append(Step(kind, dict(payload or {}), actor, self.t))
        return True


def budget_agenda(n: int) -> list[dict]:
    kinds = ["committee_case"] * 7 + ["working_group_case", "control_committee_case", "private_proposal"]
    agenda = [{"id": "sporretime", "number": "Spørretime", "title": "Muntlig spørretime", "kind": "question_hour",
               "planned_minutes": 60},
              {"id": "i1", "number": "Sak 300/26", "title": "Interpellasjon om bad", "kind": "interpellation",
               "interpellant": "sv-04", "answerer": "byr-8", "planned_minutes": 30}]
    for k in range(1, n - 1):
        kind = kinds[k % len(kinds)]
        item = {"id": f"b{k}", "number": f"Sak {400 + k}/26", "title": f"Budsjett 2027, kapittel {k}", "kind": kind,
                "committee": "KU" if kind == "control_committee_case" else "FIN",
                "recommendation": f"1. Kapittel {k} vedtas.\n2. Byrådet bes rapportere.", "dissent": k % 3 == 0,
                "replies": True, "extended_minutes": 6, "planned_minutes": 8}
        if kind == "working_group_case":
            item["working_group_leader"] = "h-07"
        if kind == "private_proposal":
            item["proposer"] = "sv-03"
        if k == 5:
            item["closed_basis"] = "kommuneloven § 11-5 tredje ledd bokstav b"
        agenda.append(item)
    return agenda


def _handover(state: MeetingState, item_id: str) -> dict:
    """R-5.5b: when the chair is next to speak in the debate, the deputy mayor (or an elected stand-in) chairs."""
    from chair_console.procedure import attendance, speaker_rules

    queue = state.queues.get(item_id, ())
    if not queue or state.chair is None or queue[0].person != state.chair.person:
        return {}
    if speaker_rules.chair_may_speak(state.item(item_id), queue[0]):
        return {}
    stand_ins = attendance.stand_ins(state, queue[0].person)
    return {"chair_to": stand_ins[0]} if stand_ins else {}


def plan(created: Event, params: Params, seed: int) -> list[Step]:
    """Every step of a realistic meeting, valid by the rules, after the meeting's first event."""
    p = _Planner(created, seed)
    rng = p.rng
    council = p.state.council
    members = [m.id for m in council.members]
    if params.items != len(p.state.agenda):
        p.add(ev.AGENDA_SET, {"agenda": budget_agenda(params.items), "questions": [
            {"asker": "a-03", "to": "byr-5", "topic": "Skolebygg"}, {"asker": "frp-02", "to": "h-01", "topic": "Rådhuset"},
            {"asker": "mdg-03", "to": "byr-3", "topic": "Parker"}]}, "secretary")
    # roll call with absences and substitutes (R-4a, R-4b); two arrive late
    keep = {"ps-01", "h-01", "frp-01", "sv-04", "sv-03", "h-07", "a-03", "frp-02", "mdg-03"}  # chair, speakers, askers
    late = set(rng.sample([m for m in members[2:] if m not in keep], 2))
    for m in members:
        if m in late:
            continue
        if m == "ps-01":  # one absence without a substitute: 58 in the hall, so a tie can happen (R-3.3d)
            p.add(ev.MEMBER_ABSENT, {"member": m, "reason": "velferd"}, "secretary", 3)
            continue
        if rng.random() < 0.08 and m not in keep:
            p.add(ev.MEMBER_ABSENT, {"member": m, "reason": rng.choice(["sykdom", "velferd", "omsorg"])}, "secretary", 3)
            sub = p.state.proposed_substitute(m)
            if sub:
                p.add(ev.SUBSTITUTE_SEATED, {"seat": m, "substitute": sub}, "secretary", 3)
        else:
            p.add(ev.MEMBER_PRESENT, {"member": m}, "secretary", 2)
    for g in council.government:
        p.add(ev.GOVERNMENT_PRESENT, {"person": g.id}, "secretary", 1)
    p.add(ev.MEETING_OPENED, seconds=30)
    speech_budget, vote_budget = params.speeches, params.votes
    total_seconds = params.hours * 3600
    items = list(p.state.agenda)
    per_item = max(1.0, total_seconds / max(1, len(items)))
    tie_done = counter_done = forward_done = False
    for n, item in enumerate(items):
        if n == len(items) // 3:
            p.add(ev.MEETING_PAUSED, {"kind": "pause"}, seconds=5)
            p.add(ev.MEETING_RESUMED, seconds=1800)
        if n == 2:
            for m in sorted(late):  # sorted: a set's order differs between processes
                p.add(ev.MEMBER_PRESENT, {"member": m}, "secretary", 5)
        if item.closed:  # R-3.6b, R-3.7a: the council decides, tacitly, to close the meeting for the item
            p.add(ev.CLOSED_DECIDED, {"item": item.id, "basis": item.closed_basis, "method": "tacit"}, seconds=15)
        payload = {"item": item.id, **({"closed_confirmed": True} if item.closed else {})}
        if not p.add(ev.ITEM_OPENED, payload, seconds=20):
            continue
        seated = sorted(set(p.state.seated().values()))
        if n == 3:  # R-3.2b: a proposal to postpone the item, put to a counted vote, falls; the item stays
            present = len(p.state.eligible(item.id))
            p.add(ev.ITEM_POSTPONED, {"item": item.id, "method": "counted", "for": 20, "against": present - 20},
                  seconds=60)
        if item.kind == "question_hour":
            for _ in range(40):
                if not p.add(ev.QUESTION_STEP, {"item": item.id}, seconds=rng.uniform(30, 110)):
                    break
                speech_budget -= 1
            p.add(ev.QUESTION_HOUR_ENDED, {"item": item.id}, seconds=10)
            continue
        remaining_items = len(items) - n
        speeches_here = max(1, round(speech_budget / max(1, remaining_items)))
        votes_here = max(1, round(vote_budget / max(1, remaining_items)))
        if item.kind not in ("interpellation", "oral_statement", "question_hour"):
            for k in range(max(0, votes_here - 1)):
                p.add(ev.PROPOSAL_TABLED, {"item": item.id, "text": f"Forslag {k + 1} i {item.number}.",
                                           "groups": [rng.choice(["A", "SV", "R", "MDG", "FrP"])]}, seconds=15)
        given = 0
        tries = 0
        while given < speeches_here and tries < speeches_here * 4:
            tries += 1
            person = rng.choice(seated)
            kind = "one_minute" if item.kind not in ("interpellation",) and rng.random() < 0.6 else "main"
            if item.kind == "interpellation":
                kind = "government" if person.startswith("byr") else "main"
            if p.add(ev.SPEAKER_ADDED, {"item": item.id, "person": person, "kind": kind}, seconds=5):
                if p.add(ev.SPEECH_NEXT, {"item": item.id, **_handover(p.state, item.id)}, seconds=rng.uniform(20, 60)):
                    given += 1
        p.add(ev.SPEECH_ENDED, seconds=rng.uniform(20, 60))
        speech_budget -= given
        if item.kind == "interpellation":
            continue
        if not p.add(ev.DEBATE_CLOSED, {"item": item.id}, seconds=10):
            continue
        eligible = sorted(p.state.eligible(item.id))
        live = [x.id for x in p.state.proposals.get(item.id, ()) if not x.withdrawn]
        if not forward_done and live and n >= 3:  # R-3.3e oversendelsesforslag: the last proposal forwarded, tacitly
            forward_done = p.add(ev.PROPOSAL_FORWARDED, {"item": item.id, "proposals": live[-1:], "method": "tacit"},
                                 seconds=15)
        subjects = p.state.voting_subjects(item.id)  # the proposals not forwarded, then the recommendation
        p.add(ev.VOTING_ORDER_SET, {"item": item.id, "order": subjects, "method": "tacit"}, seconds=10)  # R-3.3e
        for subject in subjects:
            against = sorted(rng.sample(eligible, rng.randint(5, len(eligible) // 2)))
            vote = {"item": item.id, "subjects": [subject], "method": "hands", "against": against}
            if not tie_done and len(eligible) % 2 == 0:
                vote = {"item": item.id, "subjects": [subject], "method": "hands", "against_count": len(eligible) // 2,
                        "chair_vote": "for"}  # R-3.3d: only counts were taken, so how the chair voted is recorded
                tie_done = True
            elif not counter_done:
                vote = {"item": item.id, "subjects": [subject], "method": "counter", "against_count": 20,
                        "for_count": len(eligible) - 20}
                counter_done = True
            if p.add(ev.VOTE_RECORDED, vote, "secretary", seconds=40):
                vote_budget -= 1
        if n == 4 and p.state.votes.get(item.id):  # a correction: the last vote re-taken
            last = p.state.votes[item.id][-1]
            p.add(ev.VOTE_RECORDED, {"item": item.id, "subjects": list(last.subjects), "method": "tacit",
                                     "retake_of": last.id}, "secretary", seconds=60)
        p.add(ev.DECISION_TEXT_SET, {"item": item.id, "text": item.recommendation or "Tatt til orientering."},
              "secretary", seconds=10)
        undo_target = p.state.last_seq + 1
        if p.add(ev.ITEM_DECIDED, {"item": item.id}, seconds=5) and n == 6:
            p.add(ev.UNDONE, {"target": undo_target}, seconds=3)  # an undo, then redone
            p.add(ev.REDONE, {"target": undo_target}, seconds=3)
        p.wait(max(0.0, per_item - 600))
    p.add(ev.MEETING_ADJOURNED, seconds=60)
    return p.steps


class SimClock:
    """The service's clock during a simulation: it gives each planned step its planned instant."""

    def __init__(self) -> None:
        self.at = Instant(START_US, 0, "sim")

    def now(self) -> Instant:
        return self.at


def run(service, clock: SimClock, steps: list[Step], start: int = 0,
        report: Callable[[int], None] | None = None, pace: float = 0.0) -> int:  # noqa: ANN001
    """Record the steps from `start` through the service (the window's path); returns steps recorded.
    `pace` seconds between steps slows the run down (training in real time, a meeting to watch)."""
    import time

    for step in steps[start:]:
        if pace:
            time.sleep(pace)
        clock.at = step.at
        service.actor = step.actor
        event = service.record(step.kind, step.payload)
        if report is not None:
            report(event.seq)
    return len(steps) - start
