"""Interpellations (R-7a–c) and the oral statement debate (R-3.5a)."""

from __future__ import annotations

import pytest
from helpers import LogBuilder

from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.speaker_rules import interpellation_left


def interpellation() -> LogBuilder:
    b = LogBuilder().created()
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.GOVERNMENT_PRESENT, {"person": "byr-8"})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": "s301"})  # interpellant sv-04, answered by byr-8
    return b


def add(b, person, kind="main"):
    return b.add(ev.SPEAKER_ADDED, {"item": "s301", "person": person, "kind": kind})


def test_R_7a_interpellant_and_answerer_first_and_twice_others_once():
    b = interpellation()
    add(b, "h-10")
    add(b, "byr-8", "government")
    add(b, "sv-04")
    assert [e.person for e in b.state.queues["s301"]] == ["sv-04", "byr-8", "h-10"]
    add(b, "sv-04")  # the interpellant's second speech
    with pytest.raises(RuleViolation) as exc:
        add(b, "sv-04")  # a third: refused
    assert exc.value.code == "speaker.interpellation_turns"
    with pytest.raises(RuleViolation, match="speaker.interpellation_turns"):
        add(b, "h-10")  # everyone else once
    with pytest.raises(RuleViolation, match="speaker.interpellation_kind"):
        add(b, "a-01", "one_minute")


def test_R_7b_five_minutes_for_the_first_speeches_three_for_all_others():
    b = interpellation()
    add(b, "sv-04")
    add(b, "byr-8", "government")
    add(b, "h-10")
    add(b, "sv-04")
    allowed = []
    for _ in range(4):
        b.add(ev.SPEECH_NEXT, {"item": "s301"})
        allowed.append(b.state.speech.allowed)
        b.t += 10
    assert allowed == [300, 300, 180, 180]


def test_R_7b_the_whole_interpellation_has_one_hour():
    b = interpellation()
    add(b, "sv-04")
    b.add(ev.SPEECH_NEXT, {"item": "s301"})
    b.t += 3500  # a very long first speech
    b.add(ev.SPEECH_ENDED)
    now = b.at()
    # rules 2: the hour runs from «Ta opp saken», 4 s before now here (taken up, speaker added, floor given, ended)
    assert round(interpellation_left(b.state, "s301", now)) == 100 - 4
    add(b, "byr-8", "government")
    b.add(ev.SPEECH_NEXT, {"item": "s301"})
    assert b.state.speech.allowed < 100  # capped by what is left of the hour


def test_R_7c_no_proposals_in_an_interpellation():
    b = interpellation()
    with pytest.raises(RuleViolation, match="proposal.not_allowed_in_kind"):
        b.add(ev.PROPOSAL_TABLED, {"item": "s301", "text": "Bystyret ber …", "groups": ["SV"]})
