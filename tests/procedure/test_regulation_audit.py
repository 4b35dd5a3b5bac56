"""Fixes from an audit of the rules core against the text of *Reglement for bystyret*: where the console contradicted
the regulation's words. Each new refusal applies only in meetings kept under rules version 2; meetings of version 1
replay as recorded."""

from __future__ import annotations

import pytest
from helpers import LogBuilder

from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.speaker_rules import interpellation_left
from chair_console.procedure.state import RULES_VERSION
from chair_console.procedure.timebase import Instant


def meeting(item: str, rules: int | None = RULES_VERSION) -> LogBuilder:
    """The demo meeting, everyone present, `item` taken up; `rules` None: a meeting made by 0.1.0 (version 1)."""
    b = LogBuilder().created(questions=False, rules=rules)
    for member in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": member.id})
    b.add(ev.GOVERNMENT_PRESENT, {"person": "byr-8"})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": item})
    return b


def add(b: LogBuilder, person: str, kind: str = "main", **extra):
    return b.add(ev.SPEAKER_ADDED, {"item": b.state.current_item, "person": person, "kind": kind, **extra})


def now(b: LogBuilder) -> Instant:
    return Instant(1_700_000_000_000_000 + b.t * 1_000_000, b.t * 1_000_000_000, "boot-a")


# -- R-7b «Behandlingen av en interpellasjon må ikke vare mer enn en time» -------------------------------------------


def test_R_7b_the_hour_is_how_long_the_interpellation_is_dealt_with_not_only_its_speeches():
    b = meeting("s301")  # interpellant sv-04, answered by byr-8
    opened = b.t
    add(b, "sv-04")
    add(b, "byr-8", "government")
    b.add(ev.SPEECH_NEXT, {"item": "s301"})  # the interpellant
    b.t += 1200  # 20 minutes
    b.add(ev.SPEECH_PAUSED)
    b.t += 2700  # 45 minutes with the countdown stopped: the interpellation is still being dealt with
    b.add(ev.SPEECH_RESUMED)
    b.add(ev.SPEECH_ENDED)
    assert round(interpellation_left(b.state, "s301", now(b))) == 3600 - (b.t - opened)  # < 0: the hour is over
    with pytest.raises(RuleViolation, match="speaker.interpellation_hour_used"):
        b.add(ev.SPEECH_NEXT, {"item": "s301"})


def test_R_7b_a_break_in_the_meeting_does_not_count_towards_the_interpellations_hour():
    b = meeting("s301")
    opened = b.t
    add(b, "sv-04")
    add(b, "byr-8", "government")
    b.add(ev.SPEECH_NEXT, {"item": "s301"})
    b.t += 1200
    b.add(ev.SPEECH_ENDED)
    b.add(ev.MEETING_PAUSED, {"kind": "pause", "note": "Middag"})
    paused = b.t
    b.t += 2700
    b.add(ev.MEETING_RESUMED)
    break_seconds = b.t - paused
    assert round(interpellation_left(b.state, "s301", now(b))) == 3600 - (b.t - opened - break_seconds)
    b.add(ev.SPEECH_NEXT, {"item": "s301"})
    assert b.state.speech.allowed == 300  # the answerer's first speech: 5 minutes, well within what is left


def test_R_7b_rules_1_counted_the_speeches_only_as_recorded():
    b = meeting("s301", rules=None)
    add(b, "sv-04")
    add(b, "byr-8", "government")
    b.add(ev.SPEECH_NEXT, {"item": "s301"})
    b.t += 1200
    b.add(ev.SPEECH_PAUSED)
    b.t += 2700
    b.add(ev.SPEECH_RESUMED)
    b.add(ev.SPEECH_ENDED)
    b.add(ev.SPEECH_NEXT, {"item": "s301"})  # 20 minutes of speech: the answerer gets the floor as in 0.1.0
    assert b.state.speech.allowed == 300


# -- R-5.4e «Svaret må ikke overskride to minutter»: one answer to the replies to a speech ---------------------------


def test_R_5_4e_one_answer_to_the_replies_and_only_once_someone_replied():
    b = meeting("s309")  # replies allowed
    first = add(b, "h-10")
    add(b, "a-09")
    b.add(ev.SPEECH_NEXT, {"item": "s309"})  # h-10 speaks
    target = f"e{first.seq}"
    with pytest.raises(RuleViolation, match="speaker.answer_without_reply"):
        add(b, "h-10", "answer", reply_to=target)  # nobody has replied: there is nothing to answer
    add(b, "a-03", "reply", reply_to=target)
    add(b, "sv-01", "reply", reply_to=target)
    add(b, "h-10", "answer", reply_to=target)  # the answer, up to 2 minutes
    with pytest.raises(RuleViolation, match="speaker.answer_once"):
        add(b, "h-10", "answer", reply_to=target)  # a second answer would make the answer longer than 2 minutes
    assert [(e.person, e.kind) for e in b.state.queues["s309"]][:3] == [
        ("a-03", "reply"), ("sv-01", "reply"), ("h-10", "answer")]


def test_R_5_4e_rules_1_answers_replay_as_recorded():
    b = meeting("s309", rules=None)
    first = add(b, "h-10")
    b.add(ev.SPEECH_NEXT, {"item": "s309"})
    target = f"e{first.seq}"
    add(b, "h-10", "answer", reply_to=target)
    add(b, "h-10", "answer", reply_to=target)
    assert [e.kind for e in b.state.queues["s309"]] == ["answer", "answer"]


def test_R_5_4e_the_new_refusals_are_explained():
    from chair_console.messages import MESSAGES

    assert "ingenting å svare på" in MESSAGES["speaker.answer_without_reply"]
    assert "inntil to minutter" in MESSAGES["speaker.answer_once"]


# -- R-3.3e «Saken tas opp til votering når debatten er avsluttet»: nobody has the floor in a closed debate -------


def test_R_3_3e_no_speech_once_the_debate_is_closed():
    b = meeting("s307")
    add(b, "h-10")
    add(b, "a-09")
    b.add(ev.SPEECH_NEXT, {"item": "s307"})  # h-10 has the floor
    b.t += 30
    b.add(ev.DEBATE_CLOSED, {"item": "s307"})
    assert b.state.speech is None  # the speech under way ends with the debate
    assert round(b.state.speeches["s307"][-1].used(now(b))) == 31
    with pytest.raises(RuleViolation, match="speaker.debate_closed"):
        b.add(ev.SPEECH_NEXT, {"item": "s307"})  # a-09 is still listed, but the debate is over
    with pytest.raises(RuleViolation, match="speaker.debate_closed"):
        add(b, "sv-01")
    entry = b.state.queues["s307"][0].id
    with pytest.raises(RuleViolation, match="speaker.debate_closed"):
        b.add(ev.SPEECH_STARTED, {"item": "s307", "entry": entry})


def test_R_3_3e_rules_1_speeches_after_the_debate_replay_as_recorded():
    b = meeting("s307", rules=None)
    add(b, "h-10")
    add(b, "a-09")
    b.add(ev.SPEECH_NEXT, {"item": "s307"})
    b.add(ev.DEBATE_CLOSED, {"item": "s307"})
    assert b.state.speech.entry.person == "h-10"
    b.add(ev.SPEECH_NEXT, {"item": "s307"})
    add(b, "sv-01")
    assert b.state.speech.entry.person == "a-09" and [e.person for e in b.state.queues["s307"]] == ["sv-01"]
