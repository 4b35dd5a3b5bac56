"""Fixes from a second audit, of elections, the count of votes and the minutes, against kommuneloven
(LOV-2018-06-22-83) and *Reglement for bystyret*. Each change applies only in meetings kept under rules version 2;
meetings of version 1 replay as recorded."""

from __future__ import annotations

import pytest
from helpers import LogBuilder

from chair_console.procedure import elections
from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.reducer import replay

OFFICE = "settevaraordfører"
ITEM = "s304"
DISQUALIFIED = "h-03"


def disqualified_then_voting(rules: bool = True) -> LogBuilder:
    """Everyone present, item s304 (not a valgsak) taken up, h-03 declared disqualified in it, the debate closed."""
    b = LogBuilder()
    b.created()
    if not rules:  # a meeting as release 0.1.0 recorded it: no «rules» in meeting.created (rules version 1)
        payload = {k: v for k, v in b.log[0].payload.items() if k != "rules"}
        b.log = [Event(1, ev.MEETING_CREATED, payload, "secretary", b.log[0].at)]
        b.state = replay(b.log)
        assert b.state.rules == 1
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": ITEM})
    disqualification = {"person": DISQUALIFIED, "item": ITEM, "basis": "fvl. § 6"}
    b.add(ev.DISQUALIFIED, {**disqualification, "method": "tacit"} if rules else disqualification)
    b.add(ev.DEBATE_CLOSED, {"item": ITEM})
    assert not b.state.item(ITEM).election_item and DISQUALIFIED in b.state.disqualified[ITEM]
    return b


def round_payload(tally: list[int], blank: int = 0) -> dict:
    return {"item": ITEM, "office": OFFICE, "candidates": ["a-01", "sv-01"], "tally": tally, "blank": blank}


def test_R_3_10a_a_member_disqualified_in_the_item_votes_in_an_election_held_in_it():
    # § 3.10 b (kommuneloven § 11-10): «Medlem av bystyret er ikke inhabil når det skal velges personer til
    # offentlige tillitsverv». The disqualification is for the item's matter; an election held in the item (a
    # settevaraordfører, R-3.1a) counts everyone seated, the disqualified member too.
    b = disqualified_then_voting()
    assert len(elections.electorate(b.state, ITEM)) == 59
    b.add(ev.ELECTION_ROUND, round_payload([40, 19]), "secretary")
    e = elections.current(b.state, ITEM, OFFICE)
    assert e.elected == "a-01" and e.rounds[0].eligible == 59
    before = b.state
    with pytest.raises(RuleViolation) as exc:  # leaving the member out no longer adds up
        b.add(ev.ELECTION_ROUND, {**round_payload([40, 18]), "office": "særskilt møteleder"}, "secretary")
    assert exc.value.code == "vote.count_mismatch" and exc.value.params["eligible"] == 59
    assert b.state == before
    # a proportional election in the item: the same electorate
    b.add(ev.ELECTION_PROPORTIONAL, {"item": ITEM, "body": "Styret", "seats": 3, "ballot": "written",
                                     "lists": [{"name": "A", "votes": 35}, {"name": "H", "votes": 24}],
                                     "blank": 0}, "secretary")
    assert b.state.proportional_elections[ITEM][0].eligible == 59
    # every other vote in the item still leaves the disqualified member out (R-3.10a)
    assert len(b.state.eligible(ITEM)) == 58


def test_R_3_10a_rules_1_an_election_leaves_the_disqualified_member_out_as_recorded():
    b = disqualified_then_voting(rules=False)
    assert len(elections.electorate(b.state, ITEM)) == 58
    b.add(ev.ELECTION_ROUND, round_payload([40, 18]), "secretary")
    assert elections.current(b.state, ITEM, OFFICE).rounds[0].eligible == 58
