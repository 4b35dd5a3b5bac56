"""The tie and tally checks the panes ask the voting rules for (procedure/voting.py), rather than count
themselves: what a payload as a pane builds it says before it is recorded, and that the rules agree."""

from __future__ import annotations

import pytest
from helpers import LogBuilder
from test_votes import decide_order, voting

from chair_console.procedure import events as ev
from chair_console.procedure import voting as rules
from chair_console.procedure.errors import RuleViolation


def test_R_3_3b_for_side_is_everyone_entitled_less_those_against():
    b = voting(present=40, disqualified=("h-01",))  # 39 entitled to vote in the item
    eligible = sorted(b.state.eligible("s304"))
    assert rules.for_side(b.state, "s304", 9) == 30
    assert rules.for_side(b.state, "s304", eligible[:9]) == eligible[9:]
    assert rules.council_count(b.state, "s304", 20) == {"for": 20, "against": 19}


def test_R_3_3d_a_tie_asks_the_chair_outside_elections_and_lots_in_them():
    b = voting(present=40)
    item = "s304"
    half = sorted(b.state.eligible(item))[:20]
    hands = {"item": item, "method": "hands", "subjects": ["recommendation"], "against": half}
    assert rules.is_tie(b.state, item, hands) and rules.needs_casting_vote(b.state, item, hands)
    assert not rules.needs_lot(b.state, item, hands)
    counted = {"item": item, "method": "hands", "subjects": ["recommendation"], "against_count": 21}
    assert not rules.is_tie(b.state, item, counted)
    assert not rules.is_tie(b.state, item, {"item": item, "method": "tacit", "subjects": ["recommendation"]})
    election = {"item": item, "method": "alternative", "subjects": ["s304-p1", "recommendation"], "election": True,
                "alternatives": [20, 20]}
    assert rules.needs_lot(b.state, item, election) and not rules.needs_casting_vote(b.state, item, election)
    short = {**election, "alternatives": [19, 19]}  # not every vote cast: refused by the rules, not a tie
    assert not rules.is_tie(b.state, item, short)
    # The rules agree: a tie counted by number only is refused without the chair's vote (R-3.3d); with the
    # names taken the names show it, and the pane asks nothing.
    decide_order(b, item, ["recommendation"])  # R-3.3e: the council decided the order first
    tied = {**counted, "against_count": 20}
    assert rules.asks_chair(b.state, item, tied) and not rules.asks_chair(b.state, item, hands)
    with pytest.raises(RuleViolation, match="vote.tie_needs_chair"):
        b.add(ev.VOTE_RECORDED, tied)
    b.add(ev.VOTE_RECORDED, hands)
    chair_for = b.state.chair.person not in half
    assert b.state.votes[item][-1].chair_decided and b.state.votes[item][-1].adopted == chair_for


def test_R_3_3d_a_council_decision_tie_needs_the_chairs_vote():
    b = voting(present=40, disqualified=("h-01",))  # 39: no tie possible in the item
    assert not any(rules.needs_casting_vote(b.state, "s304", rules.council_count(b.state, "s304", n))
                   for n in range(40))
    b = LogBuilder().created()
    for m in b.state.council.members[:40]:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    tied = rules.council_count(b.state, "s305", 20)
    assert rules.needs_casting_vote(b.state, "s305", tied)
    assert not rules.needs_casting_vote(b.state, "s305", rules.council_count(b.state, "s305", 21))
