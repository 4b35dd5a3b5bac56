"""Who chairs (R-3.1a, R-5.5b): from rules version 2 someone who is neither the mayor nor the deputy mayor chairs only
after the council elected them settevaraordfører or særskilt møteleder; the chair who takes the floor in the debate
hands the chair over on the speech's own event, and gets it back from the log when that speech ends."""

from __future__ import annotations

import pytest
from helpers import LogBuilder

from chair_console.procedure import attendance
from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.reducer import replay

MAYOR, DEPUTY = "h-01", "frp-01"


def hall(away: tuple[str, ...] = (), agenda_change=None) -> LogBuilder:  # noqa: ANN001
    """Every member present but `away` (reported absent), the meeting set."""
    b = LogBuilder().created()
    if agenda_change is not None:
        b.add(ev.AGENDA_SET, {"agenda": agenda_change([i.to_dict() for i in b.state.agenda])}, "secretary")
    for m in b.state.council.members:
        if m.id in away:
            b.add(ev.MEMBER_ABSENT, {"member": m.id, "reason": "sykdom"}, "secretary")
        else:
            b.add(ev.MEMBER_PRESENT, {"member": m.id}, "secretary")
    b.add(ev.MEETING_OPENED)
    return b


def elect(b: LogBuilder, office: str, person: str, item: str = "s304", other: str = "sv-01") -> None:
    """An election of one person recorded in `item` (taken up and its debate closed): `person` gets most votes."""
    if b.state.current_item != item:
        b.add(ev.ITEM_OPENED, {"item": item})
    if b.state.status(item) == "in_debate":
        b.add(ev.DEBATE_CLOSED, {"item": item})
    n = len(b.state.eligible(item))
    b.add(ev.ELECTION_ROUND, {"item": item, "office": office, "candidates": [person, other], "tally": [n - 10, 6],
                              "blank": 4}, "secretary")


def test_R_3_1a_a_settevaraordforer_chairs_only_once_elected_and_only_the_one_elected():
    b = hall(away=(DEPUTY,))
    assert b.state.chair.person == MAYOR
    with pytest.raises(RuleViolation, match="chair.needs_election") as refused:
        b.add(ev.CHAIR_TAKEN, {"person": "a-01"})
    assert refused.value.params == {"person": "a-01", "office": "settevaraordfører"}
    elect(b, "settevaraordfører", "a-01")
    with pytest.raises(RuleViolation, match="chair.needs_election"):  # not the one elected
        b.add(ev.CHAIR_TAKEN, {"person": "sv-01"})
    b.add(ev.CHAIR_TAKEN, {"person": "a-01"})
    assert (b.state.chair.person, b.state.chair.capacity) == ("a-01", "settevaraordfører")
    b.add(ev.CHAIR_TAKEN, {"person": MAYOR})  # the mayor and the deputy mayor need no election
    assert b.state.chair.capacity == "ordfører"


def test_R_3_1a_a_special_chair_is_elected_when_both_are_away():
    b = hall(away=(MAYOR, DEPUTY))
    assert b.state.chair is None
    with pytest.raises(RuleViolation, match="chair.needs_election") as refused:
        b.add(ev.CHAIR_TAKEN, {"person": "sv-01"})
    assert refused.value.params["office"] == "særskilt møteleder"
    elect(b, "Særskilt møteleder", "sv-01", other="a-01")  # the office as typed: case and spaces do not matter
    b.add(ev.CHAIR_TAKEN, {"person": "sv-01"})
    assert (b.state.chair.person, b.state.chair.capacity) == ("sv-01", "særskilt møteleder")


def test_R_3_1a_an_undecided_election_seats_nobody_and_the_latest_election_counts():
    b = hall(away=(DEPUTY,))
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    b.add(ev.DEBATE_CLOSED, {"item": "s304"})
    n = len(b.state.eligible("s304"))
    b.add(ev.ELECTION_ROUND, {"item": "s304", "office": "settevaraordfører", "candidates": ["a-01", "sv-01"],
                              "tally": [n // 2 - 2, n // 2 - 2], "blank": 4}, "secretary")  # nobody has more than half
    with pytest.raises(RuleViolation, match="chair.needs_election"):
        b.add(ev.CHAIR_TAKEN, {"person": "a-01"})
    assert attendance.elected_chairs(b.state) == {}


def test_R_3_1a_setteordforer_is_the_same_office():
    b = hall(away=(DEPUTY,))
    elect(b, "setteordfører", "a-01")
    b.add(ev.CHAIR_TAKEN, {"person": "a-01"})
    assert b.state.chair.capacity == "settevaraordfører"


def test_R_5_5b_the_chair_cannot_debate_without_handing_over_and_gets_the_chair_back_after_the_speech():
    b = hall()
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    b.add(ev.SPEAKER_ADDED, {"item": "s304", "person": MAYOR, "kind": "main"})  # on the list: allowed
    b.add(ev.SPEAKER_ADDED, {"item": "s304", "person": "a-09", "kind": "main"})
    with pytest.raises(RuleViolation, match="speaker.chair_cannot_debate"):
        b.add(ev.SPEECH_NEXT, {"item": "s304"})
    assert attendance.stand_ins(b.state, MAYOR) == [DEPUTY]
    b.add(ev.SPEECH_NEXT, {"item": "s304", "chair_to": DEPUTY})
    assert b.state.speech.entry.person == MAYOR
    assert (b.state.chair.person, b.state.chair.capacity, b.state.chair.during_speech_of) == (DEPUTY, "varaordfører", MAYOR)
    assert b.state.chair_handover.back_to == MAYOR
    assert replay(b.log).chair_handover == b.state.chair_handover  # a restart keeps the pending hand-back
    b.add(ev.SPEECH_NEXT, {"item": "s304"})  # the mayor's speech ends: back to the mayor, from the log
    assert b.state.speech.entry.person == "a-09"
    assert (b.state.chair.person, b.state.chair_handover) == (MAYOR, None)
    assert [t.person for t in b.state.chair_history] == [MAYOR, DEPUTY, MAYOR]
    assert replay(b.log).chair == b.state.chair


@pytest.mark.parametrize("kind", ["main", "one_minute", "reply"])
def test_R_5_5b_no_speech_or_reply_by_the_chair_in_the_debate(kind):
    b = hall()
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    b.add(ev.ITEM_SETTINGS_CHANGED, {"item": "s304", "replies": True})
    b.add(ev.SPEAKER_ADDED, {"item": "s304", "person": "a-09", "kind": "main"})
    b.add(ev.SPEECH_NEXT, {"item": "s304"})
    first = b.state.speech.entry.id
    b.add(ev.SPEAKER_ADDED, {"item": "s304", "person": MAYOR, "kind": kind,
                             **({"reply_to": first} if kind == "reply" else {})})
    entry = next(e.id for e in b.state.queues["s304"] if e.person == MAYOR)
    b.add(ev.SPEECH_ENDED)
    with pytest.raises(RuleViolation, match="speaker.chair_cannot_debate"):
        b.add(ev.SPEECH_STARTED, {"item": "s304", "entry": entry})
    b.add(ev.SPEECH_STARTED, {"item": "s304", "entry": entry, "chair_to": DEPUTY})
    assert b.state.chair.person == DEPUTY
    b.add(ev.SPEECH_ENDED)
    assert b.state.chair.person == MAYOR


def test_R_5_5b_the_handover_is_undone_with_its_speech():
    b = hall()
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    b.add(ev.SPEAKER_ADDED, {"item": "s304", "person": MAYOR, "kind": "main"})
    started = b.add(ev.SPEECH_NEXT, {"item": "s304", "chair_to": DEPUTY})
    b.add(ev.UNDONE, {"target": started.seq})
    assert b.state.speech is None and b.state.chair.person == MAYOR and b.state.chair_handover is None
    assert [t.person for t in b.state.chair_history] == [MAYOR]
    b.add(ev.REDONE, {"target": started.seq})
    assert b.state.chair.person == DEPUTY
    ended = b.add(ev.SPEECH_ENDED)
    assert b.state.chair.person == MAYOR
    b.add(ev.UNDONE, {"target": ended.seq})  # the speech goes on: the deputy mayor chairs again
    assert b.state.chair.person == DEPUTY and b.state.chair_handover is not None


def test_R_5_5b_without_the_deputy_mayor_the_council_elects_a_settevaraordforer_first():
    b = hall(away=(DEPUTY,))
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    b.add(ev.SPEAKER_ADDED, {"item": "s304", "person": MAYOR, "kind": "main"})
    assert attendance.stand_ins(b.state, MAYOR) == []
    with pytest.raises(RuleViolation, match="chair.needs_election") as refused:
        b.add(ev.SPEECH_NEXT, {"item": "s304", "chair_to": "a-01"})
    assert refused.value.params["office"] == "settevaraordfører"
    b.add(ev.SPEAKER_REMOVED, {"item": "s304", "entry": b.state.queues["s304"][0].id})
    elect(b, "settevaraordfører", "a-01", item="s305")  # an election item of its own
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    b.add(ev.SPEAKER_ADDED, {"item": "s304", "person": MAYOR, "kind": "main"})
    assert attendance.stand_ins(b.state, MAYOR) == ["a-01"]
    b.add(ev.SPEECH_NEXT, {"item": "s304", "chair_to": "a-01"})
    assert (b.state.chair.person, b.state.chair.capacity) == ("a-01", "settevaraordfører")


def test_R_5_5b_answering_an_interpellation_stays_the_chairs():
    def mayor_answers(agenda: list[dict]) -> list[dict]:
        return [{**i, "answerer": MAYOR} if i["id"] == "s301" else i for i in agenda]

    b = hall(agenda_change=mayor_answers)
    b.add(ev.ITEM_OPENED, {"item": "s301"})
    b.add(ev.SPEAKER_ADDED, {"item": "s301", "person": "sv-04", "kind": "main"})
    b.add(ev.SPEAKER_ADDED, {"item": "s301", "person": MAYOR, "kind": "main"})
    b.add(ev.SPEECH_NEXT, {"item": "s301"})
    b.add(ev.SPEECH_NEXT, {"item": "s301"})  # the mayor answers, and chairs
    assert b.state.speech.entry.person == MAYOR and b.state.chair.person == MAYOR


def test_R_5_5b_a_handover_only_for_the_chairs_own_speech_and_to_someone_who_may_chair():
    b = hall()
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    b.add(ev.SPEAKER_ADDED, {"item": "s304", "person": "a-09", "kind": "main"})
    with pytest.raises(RuleViolation, match="chair.no_handover"):
        b.add(ev.SPEECH_NEXT, {"item": "s304", "chair_to": DEPUTY})
    b.add(ev.SPEECH_NEXT, {"item": "s304"})  # a-09 speaks
    b.add(ev.SPEAKER_ADDED, {"item": "s304", "person": MAYOR, "kind": "main"})
    with pytest.raises(RuleViolation, match="chair.needs_election"):
        b.add(ev.SPEECH_NEXT, {"item": "s304", "chair_to": "a-01"})
    b.add(ev.SPEECH_NEXT, {"item": "s304", "chair_to": DEPUTY})
    b.add(ev.CHAIR_TAKEN, {"person": MAYOR})  # taken back by hand: nothing left to hand back
    assert b.state.chair_handover is None and b.state.chair.person == MAYOR


def test_R_5_5b_rules_1_meetings_let_the_chair_speak_as_recorded():
    b = LogBuilder().created()
    created = b.log[0]
    b.log, b.state = [], replay([])
    b.add(ev.MEETING_CREATED, {k: v for k, v in created.payload.items() if k != "rules"}, "secretary")
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id}, "secretary")
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    b.add(ev.SPEAKER_ADDED, {"item": "s304", "person": MAYOR, "kind": "main"})
    b.add(ev.SPEECH_NEXT, {"item": "s304"})  # release 0.1.0 allowed it; the replay keeps it
    assert b.state.speech.entry.person == MAYOR and b.state.chair.person == MAYOR
