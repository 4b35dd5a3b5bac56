"""The law's arithmetic (Reglement § 3.3, kommuneloven on flertallsvalg), tested directly and over any tally."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chair_console.procedure import majority
from chair_console.procedure.majority import (
    ADOPTED,
    FELL,
    alternative,
    decision,
    election_round,
    needs_pairwise,
    pairwise_order,
)


def test_R_3_3c_adopted_with_the_majority_of_the_votes_cast():
    assert decision(30, 29).winner == ADOPTED
    assert decision(29, 30).winner == FELL


def test_R_3_3d_a_tie_needs_the_chairs_own_vote():
    out = decision(29, 29)
    assert out.winner is None and out.needs == "casting_vote"


def test_R_3_3e_alternative_vote_is_between_two_and_three_need_pairwise_votes():
    assert alternative((31, 28)).winner == 0 and alternative((20, 39)).winner == 1
    assert alternative((29, 29)).needs == "casting_vote"
    with pytest.raises(ValueError):
        alternative((25, 20, 14))  # 25 of 59 is no majority: never «vedtatt» by plurality
    assert needs_pairwise(("a", "b", "c"), election=False) and not needs_pairwise(("a", "b", "c"), election=True)
    assert pairwise_order(("a", "b", "c")) == ("a", "b")
    assert pairwise_order(("a", "b", "c"), ("b",)) == ("b", "c")
    assert pairwise_order(("a", "b", "c"), ("b", "c")) is None


def test_R_3_3d_election_more_than_half_in_the_first_round_else_a_second():
    assert election_round((30, 20, 9), blank=0, round_no=1).winner == 0
    out = election_round((25, 20, 14), blank=0, round_no=1)
    assert out.winner is None and out.needs == "second_round"
    assert election_round((25, 20, 14), blank=0, round_no=2).winner == 0  # most votes wins in the new vote


def test_R_3_3d_election_tie_in_the_second_round_is_decided_by_lots_never_the_chair():
    out = election_round((27, 27, 5), blank=0, round_no=2)
    assert out.winner is None and out.needs == "lots" and out.tied == (0, 1)


def test_blank_votes_in_elections_follow_the_one_named_reading(monkeypatch):
    # 29 for A, 26 for B, 4 blank: more than half of the votes for candidates, not of all 59 ballots
    monkeypatch.setattr(majority, "BLANK_VOTES_COUNT_AS_CAST", False)
    assert election_round((29, 26), blank=4, round_no=1).winner == 0
    monkeypatch.setattr(majority, "BLANK_VOTES_COUNT_AS_CAST", True)
    assert election_round((29, 26), blank=4, round_no=1).needs == "second_round"  # 29 is not more than 59/2


@given(st.integers(0, 59), st.integers(0, 59))
def test_what_is_adopted_has_more_than_half_of_the_votes_cast_or_is_a_decided_tie(f, a):
    out = decision(f, a)
    if out.winner == ADOPTED:
        assert 2 * f > f + a
    elif out.winner == FELL:
        assert 2 * f <= f + a
    else:
        assert f == a and out.needs == "casting_vote"


@given(st.lists(st.integers(0, 59), min_size=1, max_size=6), st.integers(0, 10), st.integers(1, 2))
def test_an_elected_candidate_has_a_majority_in_round_one_or_the_most_votes_after(tally, blank, round_no):
    out = election_round(tally, blank, round_no)
    if out.winner is not None:
        if round_no == 1:
            assert 2 * tally[out.winner] > majority.votes_cast(tally, blank)
        assert tally[out.winner] == max(tally) and tally.count(max(tally)) == 1
    else:
        assert out.needs in ("second_round", "lots")
        assert out.needs == "second_round" if round_no == 1 else len(out.tied) > 1
