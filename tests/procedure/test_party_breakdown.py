"""Kommuneloven § 11-4: which votes lack the party breakdown (recorded by counts only, not unanimous, not tacit
approval nor a written ballot) — asked for before the item is decided, noted in the minutes where it was not given."""

from __future__ import annotations

from helpers import LogBuilder

from chair_console.procedure import events as ev
from chair_console.procedure.voting import counted_only, needs_party_breakdown

ITEM = "s304"


def in_voting() -> LogBuilder:
    b = LogBuilder().created()
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": ITEM})
    b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": "Byggehøydene reduseres.", "groups": ["SV"]})
    b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": "Saken sendes tilbake.", "groups": ["FrP"]})
    b.add(ev.DEBATE_CLOSED, {"item": ITEM})
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [f"{ITEM}-p1", f"{ITEM}-p2", "recommendation"],
                                "method": "tacit"})  # R-3.3e: the order decided
    return b


def vote(b, subjects, **how):
    b.add(ev.VOTE_RECORDED, {"item": ITEM, "subjects": subjects, **how})
    return b.state.votes[ITEM][-1]


def test_a_count_only_vote_that_is_not_unanimous_lacks_the_party_breakdown():
    b = in_voting()
    counted = vote(b, [f"{ITEM}-p1"], method="hands", against_count=42)
    assert needs_party_breakdown(counted)
    assert counted_only(b.state, ITEM) == [counted]


def test_unanimous_tacit_or_named_votes_need_no_breakdown():
    b = in_voting()
    members = [m.id for m in b.state.council.members]
    named = vote(b, [f"{ITEM}-p1"], method="hands", against=[m for m in members if not m.startswith("sv-")])
    unanimous = vote(b, [f"{ITEM}-p2"], method="hands", against_count=0)
    tacit = vote(b, ["recommendation"], method="tacit")
    assert not any(needs_party_breakdown(v) for v in (named, unanimous, tacit))
    assert counted_only(b.state, ITEM) == []
    assert counted_only(b.state, None) == []


def test_an_alternative_vote_by_counts_lacks_it():
    b = in_voting()
    split = vote(b, [f"{ITEM}-p1", f"{ITEM}-p2"], method="alternative", alternatives=[20, 39])
    assert needs_party_breakdown(split)


def test_a_correction_with_names_replaces_the_count_and_the_breakdown_is_there():
    b = in_voting()
    counted = vote(b, [f"{ITEM}-p1"], method="hands", against_count=42)
    members = [m for m in b.state.council.members]
    against = [m.id for m in members if m.group_id not in ("SV", "R", "MDG")][:42]
    vote(b, [f"{ITEM}-p1"], method="hands", against=against, retake_of=counted.id)
    assert counted_only(b.state, ITEM) == []
