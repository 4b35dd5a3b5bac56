"""Elections (R-3.3c, R-3.3d, kommuneloven § 7-5): one person by majority over rounds, lots drawn in the hall,
blank votes apart, no written ballot for one person, proportional elections by lists (d'Hondt), and the old
`election` flag on alternative votes (replayed in rules 1, refused from rules 2)."""

from __future__ import annotations

import pytest
from helpers import LogBuilder
from hypothesis import given, settings
from hypothesis import strategies as st

from chair_console.procedure import elections, majority, voting
from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.majority import proportional_seats
from chair_console.procedure.reducer import replay
from chair_console.procedure.vote_words import (
    default_decision,
    election_sentence,
    proportional_sentence,
)

OFFICE = "leder av kontrollutvalget"  # its election is the item's matter (a settevaraordfører is not: R-3.1a)


def voting_on(item: str = "s304", present: int = 59, rules: bool = True) -> LogBuilder:
    b = LogBuilder()
    if rules:
        b.created()
    else:  # a meeting as release 0.1.0 recorded it: no «rules» in meeting.created (rules version 1)
        b.created()
        payload = {k: v for k, v in b.log[0].payload.items() if k != "rules"}
        b.log = [Event(1, ev.MEETING_CREATED, payload, "secretary", b.log[0].at)]
        b.state = replay(b.log)
        assert b.state.rules == 1
    for m in b.state.council.members[:present]:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": item})
    b.add(ev.PROPOSAL_TABLED, {"item": item, "text": "Forslag 1", "groups": ["SV"]})
    b.add(ev.PROPOSAL_TABLED, {"item": item, "text": "Forslag 2", "groups": ["H"]})
    b.add(ev.DEBATE_CLOSED, {"item": item})
    return b


def count(b: LogBuilder, tally, blank=0, candidates=("h-01", "a-01", "sv-01"), office=OFFICE, **extra):
    payload = {"item": b.state.current_item, "office": office, "candidates": list(candidates), "tally": list(tally),
               "blank": blank, **extra}
    b.add(ev.ELECTION_ROUND, payload, "secretary")
    return elections.current(b.state, b.state.current_item, office)


def test_R_3_3c_more_than_half_of_the_votes_cast_elects_in_the_first_round():
    b = voting_on()
    e = count(b, (30, 20, 9))
    assert e.elected == "h-01" and e.decided and len(e.rounds) == 1
    assert e.rounds[0].number == 1 and e.rounds[0].votes_cast == 59
    assert voting.elected(b.state, "s304", OFFICE) == "h-01"
    assert voting.elected(b.state, "s304", "særskilt møteleder") is None
    n = b.state.council.name_of
    assert election_sentence(b.state, e) == (
        f"Valg av {OFFICE}. 1. avstemning: {n('h-01')} 30, {n('a-01')} 20, {n('sv-01')} 9, blanke 0. "
        f"{n('h-01')} ble valgt."
    )


def test_R_3_3c_no_majority_gives_a_new_vote_in_which_most_votes_wins_and_every_round_is_kept():
    b = voting_on()
    e = count(b, (25, 20, 14))
    assert e.elected is None and e.needs == "second_round"
    assert voting.elected(b.state, "s304", OFFICE) is None
    e = count(b, (28, 26, 5), round=2)
    assert e.elected == "h-01" and [r.number for r in e.rounds] == [1, 2]
    c = b.state.council
    text = election_sentence(b.state, e)
    assert text == (
        f"Valg av {OFFICE}. 1. avstemning: {c.name_of('h-01')} 25, {c.name_of('a-01')} 20, "
        f"{c.name_of('sv-01')} 14, blanke 0 — ingen fikk mer enn halvparten. 2. avstemning: {c.name_of('h-01')} 28, "
        f"{c.name_of('a-01')} 26, {c.name_of('sv-01')} 5, blanke 0. {c.name_of('h-01')} ble valgt."
    )
    with pytest.raises(RuleViolation, match="election.decided"):
        count(b, (59, 0, 0))


def test_R_3_3c_the_round_is_derived_never_taken_from_the_payload():
    b = voting_on()
    with pytest.raises(RuleViolation, match="election.wrong_round"):
        count(b, (25, 20, 14), round=2)
    count(b, (25, 20, 14))
    with pytest.raises(RuleViolation, match="election.wrong_round"):
        count(b, (28, 26, 5), round=1)
    assert elections.next_round(b.state, "s304", OFFICE) == 2


def test_R_3_3d_a_tie_in_the_new_vote_is_decided_by_lots_drawn_in_the_hall():
    b = voting_on()
    count(b, (25, 20, 14))
    e = count(b, (27, 27, 5))
    assert e.needs == "lots" and e.level == ("h-01", "a-01") and e.elected is None
    with pytest.raises(RuleViolation, match="election.needs_lot"):  # no third vote instead of the lots
        count(b, (30, 29, 0))
    with pytest.raises(RuleViolation, match="election.lot_not_level"):
        b.add(ev.ELECTION_LOT, {"item": "s304", "office": OFFICE, "drawn": "sv-01", "drawn_by": "Kari"})
    with pytest.raises(RuleViolation, match="election.lot_needs_drawer"):
        b.add(ev.ELECTION_LOT, {"item": "s304", "office": OFFICE, "drawn": "a-01", "drawn_by": " "})
    with pytest.raises(RuleViolation, match="election.undecided"):  # the item waits for the lots
        b.add(ev.DECISION_TEXT_SET, {"item": "s304", "text": "Valgt."})
        b.add(ev.ITEM_DECIDED, {"item": "s304"})
    event = b.add(ev.ELECTION_LOT, {"item": "s304", "office": OFFICE, "drawn": "a-01",
                                    "drawn_by": "Møtesekretær Kari Nordmann", "aid": True}, "secretary")
    e = elections.current(b.state, "s304", OFFICE)
    assert e.elected == "a-01" and voting.elected(b.state, "s304", OFFICE) == "a-01"
    assert e.lot.drawn_by == "Møtesekretær Kari Nordmann" and e.lot.aid and e.lot.at == event.at
    assert e.lot.among == ("h-01", "a-01")
    text = election_sentence(b.state, e, clock=lambda at: "14.32")
    assert "2. avstemning: " in text and "— stemmelikhet mellom" in text
    assert ("Valget ble avgjort ved loddtrekning, trukket av Møtesekretær Kari Nordmann kl. 14.32 "
            "(konsollens egen trekning ble brukt som hjelp).") in text
    assert text.endswith(f"{b.state.council.name_of('a-01')} ble valgt.")
    with pytest.raises(RuleViolation, match="election.no_lot_needed"):
        b.add(ev.ELECTION_LOT, {"item": "s304", "office": OFFICE, "drawn": "a-01", "drawn_by": "Kari"})


def test_R_3_3d_a_tie_in_the_first_round_is_not_decided_by_lots_but_by_a_new_vote():
    b = voting_on()
    e = count(b, (29, 29, 1))
    assert e.needs == "second_round"
    with pytest.raises(RuleViolation, match="election.no_lot_needed"):
        b.add(ev.ELECTION_LOT, {"item": "s304", "office": OFFICE, "drawn": "h-01", "drawn_by": "Kari"})


def test_R_3_3d_an_election_is_never_decided_by_the_chair():
    b = voting_on()
    count(b, (25, 20, 14))
    with pytest.raises(RuleViolation, match="election.no_chair_side"):
        count(b, (27, 27, 5), chair_side=0)
    with pytest.raises(RuleViolation, match="election.no_chair_side"):
        b.add(ev.ELECTION_PROPORTIONAL, {"item": "s304", "body": "Styret", "seats": 3, "chair_side": 1,
                                         "lists": [{"name": "A", "votes": 30}, {"name": "B", "votes": 29}]})


def test_R_3_3b_counts_add_up_to_everyone_entitled_with_blank_votes_apart():
    b = voting_on()
    with pytest.raises(RuleViolation, match="vote.count_mismatch") as refused:
        count(b, (30, 20, 5), blank=3)
    assert refused.value.params["difference"] == 1
    e = count(b, (30, 20, 5), blank=4)
    assert e.rounds[0].blank == 4 and e.rounds[0].eligible == 59
    assert e.elected == "h-01"  # 30 of 55 cast: blank votes are not cast (majority.BLANK_VOTES_COUNT_AS_CAST)
    assert ", blanke 4" in election_sentence(b.state, e)


def test_R_3_3c_blank_votes_follow_the_one_named_reading(monkeypatch):
    monkeypatch.setattr(majority, "BLANK_VOTES_COUNT_AS_CAST", True)
    b = voting_on()
    e = count(b, (29, 26, 0), blank=4)  # 29 is not more than half of 59
    assert e.needs == "second_round" and e.rounds[0].votes_cast == 59


def test_R_3_3a_R_3_3e_an_election_needs_the_debate_closed_and_a_quorum():
    b = LogBuilder().created()
    for m in b.state.council.members[:29]:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    # not a chair office: the election of a settevaraordfører needs no closed debate (R-3.1a, test_chair_election.py)
    payload = {"item": "s304", "office": "medlem av kontrollutvalget", "candidates": ["A"], "tally": [29]}
    with pytest.raises(RuleViolation, match="vote.debate_open"):
        b.add(ev.ELECTION_ROUND, payload)
    b.add(ev.DEBATE_CLOSED, {"item": "s304"})
    with pytest.raises(RuleViolation, match="vote.no_quorum"):
        b.add(ev.ELECTION_ROUND, payload)


def test_R_3_3c_what_an_election_round_must_say():
    b = voting_on()
    refused = {
        "election.no_office": {"office": " "},
        "election.no_candidates": {"candidates": [], "tally": []},
        "election.candidate_twice": {"candidates": ["A", "A"], "tally": [30, 29]},
        "election.bad_tally": {"candidates": ["A", "B"], "tally": [59]},
        "vote.bad_count": {"candidates": ["A", "B"], "tally": [60, -1]},
        "election.bad_ballot": {"ballot": "secret"},
    }
    for code, change in refused.items():
        payload = {"item": "s304", "office": OFFICE, "candidates": ["A", "B"], "tally": [30, 29], **change}
        with pytest.raises(RuleViolation, match=code):
            b.add(ev.ELECTION_ROUND, payload)
    # candidates may be written names as well as person ids
    b.add(ev.ELECTION_ROUND, {"item": "s304", "office": OFFICE, "candidates": ["Ola Nordmann", "h-01"],
                              "tally": [30, 29]})
    assert voting.elected(b.state, "s304", OFFICE) == "Ola Nordmann"


def test_no_written_ballot_in_an_election_of_one_person():
    b = voting_on()
    with pytest.raises(RuleViolation, match="election.no_written_ballot"):
        count(b, (30, 20, 9), ballot="written")
    assert not b.state.elections


def test_R_3_3c_an_item_with_an_election_is_decided_once_the_election_is():
    b = voting_on()
    office = "leder av kontrollutvalget"  # the item's matter (a settevaraordfører is no decision in it: R-3.1a)
    count(b, (25, 20, 14), office=office)
    b.add(ev.DECISION_TEXT_SET, {"item": "s304", "text": "Valgt."})
    with pytest.raises(RuleViolation, match="election.undecided"):
        b.add(ev.ITEM_DECIDED, {"item": "s304"})
    count(b, (30, 20, 9), office=office)
    assert f"{b.state.council.name_of('h-01')} velges som {office}." in default_decision(b.state, "s304")
    b.add(ev.ITEM_DECIDED, {"item": "s304"})  # no other vote needed: the election was the voting
    assert b.state.status("s304") == "decided"


def test_R_3_3c_an_undone_lot_reopens_the_election():
    b = voting_on()
    count(b, (25, 20, 14))
    count(b, (27, 27, 5))
    lot = b.add(ev.ELECTION_LOT, {"item": "s304", "office": OFFICE, "drawn": "h-01", "drawn_by": "Kari"})
    b.add(ev.UNDONE, {"target": lot.seq})
    e = elections.current(b.state, "s304", OFFICE)
    assert e.needs == "lots" and e.elected is None and e.lot is None


# -- the old flag on alternative votes ----------------------------------------------------------------------------


def test_R_3_3d_old_election_flag_replays_in_rules_1_and_is_refused_from_rules_2():
    old = voting_on(rules=False)
    old.add(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["s304-p1", "s304-p2"], "method": "alternative",
                               "alternatives": [29, 30], "election": True})
    assert old.state.votes["s304"][-1].election and old.state.votes["s304"][-1].winner == 1
    new = voting_on()
    with pytest.raises(RuleViolation, match="vote.use_election"):
        new.add(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["s304-p1", "s304-p2"], "method": "alternative",
                                   "alternatives": [29, 30], "election": True})


# -- proportional elections (kommuneloven § 7-5) ----------------------------------------------------------------


def test_proportional_seats_by_the_divisors_1_2_3():
    # 30, 20, 9 for 7 seats: quotients 30 20 15 10 10 9 7.5 … — the 5th is a tie between A/3 and B/2, then C
    assert proportional_seats((30, 20, 9), 5) == majority.Allocation((3, 2, 0))
    assert proportional_seats((30, 20, 9), 6) == majority.Allocation((3, 2, 1))
    assert proportional_seats((30, 20, 9), 4) == majority.Allocation((2, 1, 0), (0, 1), 1)  # 10 = 10: lots
    assert proportional_seats((59,), 3) == majority.Allocation((3,))
    assert proportional_seats((10, 0), 2) == majority.Allocation((2, 0))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 59), min_size=1, max_size=6), st.integers(1, 15))
def test_proportional_seats_give_every_seat_or_leave_only_ties_to_lots(votes, seats):
    if sum(votes) == 0:
        return
    a = proportional_seats(votes, seats)
    assert sum(a.seats) + a.open_seats == seats
    assert 0 <= a.open_seats < len(a.tied) or (a.open_seats == 0 and a.tied == ())
    for i, j in ((i, j) for i in range(len(votes)) for j in range(len(votes))):
        if votes[i] > votes[j]:
            assert a.seats[i] >= a.seats[j]  # more votes, never fewer seats
    if a.open_seats == 0:
        worst_in = min((votes[i] / a.seats[i] for i in range(len(votes)) if a.seats[i]), default=None)
        best_out = max(votes[i] / (a.seats[i] + 1) for i in range(len(votes)))
        assert worst_in is None or worst_in >= best_out  # d'Hondt: no list out would have a larger quotient


def test_a_written_proportional_election_records_only_counts_and_gives_the_seats():
    b = voting_on()
    lists = [{"name": "Felleslisten H, V, KrF, FrP", "votes": 30}, {"name": "Felleslisten A, SV, R, MDG", "votes": 27}]
    b.add(ev.ELECTION_PROPORTIONAL, {"item": "s304", "body": "bydelsutvalg Demo", "seats": 7, "lists": lists,
                                     "blank": 2, "ballot": "written"}, "secretary")
    e = b.state.proportional_elections["s304"][0]
    assert [(r.name, r.votes, r.seats) for r in e.lists] == [
        ("Felleslisten H, V, KrF, FrP", 30, 4), ("Felleslisten A, SV, R, MDG", 27, 3)]
    assert e.decided and e.ballot == "written" and e.blank == 2
    text = proportional_sentence(b.state, e)
    assert "Valget ble holdt skriftlig og hemmelig." in text
    assert "Felleslisten H, V, KrF, FrP 30, Felleslisten A, SV, R, MDG 27, blanke 2" in text
    assert "Plasser: Felleslisten H, V, KrF, FrP 4, Felleslisten A, SV, R, MDG 3." in text
    with pytest.raises(RuleViolation, match="election.decided"):
        b.add(ev.ELECTION_PROPORTIONAL, {"item": "s304", "body": "bydelsutvalg Demo", "seats": 7, "lists": lists,
                                         "blank": 2})


def test_a_tie_for_the_last_seat_is_decided_by_lots_recorded_as_in_one_person_elections():
    b = voting_on()
    b.add(ev.ELECTION_PROPORTIONAL, {"item": "s304", "body": "styret", "seats": 4, "ballot": "open", "lists": [
        {"name": "A", "votes": 30}, {"name": "B", "votes": 20}, {"name": "C", "votes": 9}]})
    e = b.state.proportional_elections["s304"][0]
    assert e.needs == "lots" and e.level == ("A", "B") and e.open_seats == 1
    b.add(ev.DECISION_TEXT_SET, {"item": "s304", "text": "Valgt."})
    with pytest.raises(RuleViolation, match="election.undecided"):
        b.add(ev.ITEM_DECIDED, {"item": "s304"})
    with pytest.raises(RuleViolation, match="election.lot_not_level"):
        b.add(ev.ELECTION_LOT, {"item": "s304", "office": "styret", "drawn": "C", "drawn_by": "Kari"})
    b.add(ev.ELECTION_LOT, {"item": "s304", "office": "styret", "drawn": "B", "drawn_by": "Kari"})
    e = b.state.proportional_elections["s304"][0]
    assert e.decided and [r.seats for r in e.lists] == [2, 2, 0]
    text = proportional_sentence(b.state, e, clock=lambda at: "15.00")
    assert "avgjort ved loddtrekning, trukket av Kari kl. 15.00; B fikk plassen." in text
    assert "Plasser: A 2, B 2, C 0." in text
    b.add(ev.ITEM_DECIDED, {"item": "s304"})


def test_what_a_proportional_election_must_say():
    b = voting_on()
    good = {"item": "s304", "body": "styret", "seats": 3, "lists": [{"name": "A", "votes": 30},
                                                                      {"name": "B", "votes": 29}]}
    refused = {
        "election.no_body": {"body": ""},
        "election.bad_seats": {"seats": 0},
        "election.bad_lists": {"lists": [{"name": "A"}]},
        "election.list_twice": {"lists": [{"name": "A", "votes": 30}, {"name": "A", "votes": 29}]},
        "vote.count_mismatch": {"lists": [{"name": "A", "votes": 30}, {"name": "B", "votes": 28}]},
        "election.no_list_votes": {"lists": [{"name": "A", "votes": 0}], "blank": 59},
        "election.bad_ballot": {"ballot": "hemmelig"},
    }
    for code, change in refused.items():
        with pytest.raises(RuleViolation, match=code):
            b.add(ev.ELECTION_PROPORTIONAL, {**good, **change})
    b.add(ev.ELECTION_PROPORTIONAL, good)
    assert [r.seats for r in b.state.proportional_elections["s304"][0].lists] == [2, 1]


def test_election_payloads_round_trip_as_stored():
    b = voting_on()
    count(b, (25, 20, 14), blank=0)
    for event in b.log:
        assert event.data.to_payload() == dict(event.payload)
