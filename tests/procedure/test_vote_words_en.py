"""The vote words in English (issue 17): the operator who reads English sees the subjects, the result sentences and
the elections in English; Bokmål stays the default and what the minutes print (tests/test_minutes*.py)."""

from __future__ import annotations

import pytest
from helpers import LogBuilder

from chair_console.procedure import elections
from chair_console.procedure import events as ev
from chair_console.procedure.vote_words import (
    PHRASES,
    election_sentence,
    groups_phrase,
    independent_mark,
    order_runs_name,
    proportional_sentence,
    result_sentence,
    subject_name,
    subjects_name,
)

ITEM = "s304"


def voting(present: int = 59, proposals: tuple[dict, ...] = ({"groups": ["SV"]},), order=None) -> LogBuilder:
    """The item in voting, the council's voting order decided tacitly (the proposals, then the recommendation)."""
    b = LogBuilder().created()
    for m in b.state.council.members[:present]:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": ITEM})
    for n, extra in enumerate(proposals, start=1):
        b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": f"Forslag {n}", **extra})
    b.add(ev.DEBATE_CLOSED, {"item": ITEM})
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": order or b.state.voting_subjects(ITEM), "method": "tacit"})
    return b


def members_of(b: LogBuilder, *abbreviations: str) -> list[str]:
    c = b.state.council
    return [m.id for m in c.members if c.group(m.group_id) and c.group(m.group_id).abbreviation in abbreviations]


def vote(b: LogBuilder, **payload):
    b.add(ev.VOTE_RECORDED, {"item": ITEM, **payload})
    return b.state.votes[ITEM][-1]


def both(state, vote_) -> tuple[str, str]:
    return result_sentence(state, vote_), result_sentence(state, vote_, "en")


def test_every_phrase_has_its_english_and_bokmal_is_the_default():
    assert set(PHRASES["en"]) == set(PHRASES["nb"])
    b = voting()
    v = vote(b, subjects=["s304-p1"], method="hands", against_count=40)
    assert result_sentence(b.state, v) == result_sentence(b.state, v, "nb") == (
        "Forslag nr. 1 fra SV falt med 19 mot 40 stemmer.")
    assert result_sentence(b.state, v, "de") == result_sentence(b.state, v)  # no such language: Bokmål


def test_adopted_against_n_votes_naming_the_groups_against():
    b = voting()
    v = vote(b, subjects=["s304-p1"], method="hands", against_count=40)  # the proposal falls first
    v = vote(b, subjects=["recommendation"], method="hands", against=members_of(b, "A", "SV", "R", "MDG", "PS"))
    assert both(b.state, v) == (
        "Innstillingen ble vedtatt mot 28 stemmer (A, SV, MDG, R, PS).",
        "The recommendation was adopted against 28 votes (A, SV, MDG, R, PS).",
    )


def test_fell_with_n_to_m_naming_the_groups_for_a_split_group_with_its_number():
    b = voting()
    for_ = members_of(b, "SV", "R") + members_of(b, "A")[:7]
    v = vote(b, subjects=["s304-p1"], method="hands", against=sorted(set(b.state.eligible(ITEM)) - set(for_)))
    assert both(b.state, v) == (
        "Forslag nr. 1 fra SV falt med 17 mot 42 stemmer (A (7), SV, R stemte for).",
        "Proposal no. 1 from SV was rejected by 17 votes to 42 (A (7), SV, R voted for).",
    )


def test_unanimous_tacit_and_unanimous_by_count():
    b = voting()
    v = vote(b, subjects=["s304-p1"], method="hands", against_count=59)
    assert both(b.state, v) == ("Forslag nr. 1 fra SV falt enstemmig.",
                                "Proposal no. 1 from SV was rejected unanimously.")
    v = vote(b, subjects=["recommendation"], method="tacit")
    assert both(b.state, v) == ("Enstemmig vedtatt.", "Adopted unanimously.")


def test_the_chairs_casting_vote_by_name():
    """R-3.3d: a tie decided by the chair's own vote (Kari Fiktivsen, the mayor, chairs)."""
    b = voting(present=58)
    v = vote(b, subjects=["s304-p1"], method="hands", against_count=29, chair_vote="for")
    assert both(b.state, v) == (
        "Forslag nr. 1 fra SV ble vedtatt med 29 mot 29 stemmer. "
        "Stemmelikhet; møtelederens stemme (Kari Fiktivsen) var avgjørende.",
        "Proposal no. 1 from SV was adopted by 29 votes to 29. Tie; the chair's vote (Kari Fiktivsen) was decisive.",
    )


def test_subjects_points_of_the_recommendation_and_proposals_from_groups_and_from_a_member():
    b = voting(proposals=({"groups": ["SV", "R"]}, {"proposer": "uav-01"}),
               order=["s304-p1", "s304-p2", "recommendation:1", "recommendation:2"])
    name = b.state.council.name_of("uav-01")
    assert subject_name(b.state, ITEM, "recommendation", "en") == "the recommendation"
    assert subject_name(b.state, ITEM, "recommendation:2", "en") == "point 2 of the recommendation"
    assert subject_name(b.state, ITEM, "s304-p1", "en") == "proposal no. 1 from SV and R"
    assert subject_name(b.state, ITEM, "s304-p1") == "forslag nr. 1 fra SV og R"
    assert subject_name(b.state, ITEM, "s304-p2", "en") == f"proposal no. 2 from {name} (ind.)"
    assert subject_name(b.state, ITEM, "s304-p2") == f"forslag nr. 2 fra {name} (uavh.)"
    for subject in ("s304-p1", "s304-p2", "recommendation:1"):
        vote(b, subjects=[subject], method="hands", against_count=40)
    v = vote(b, subjects=["recommendation:2"], method="hands", against_count=30)
    assert both(b.state, v) == ("Innstillingens punkt 2 falt med 29 mot 30 stemmer.",
                                "Point 2 of the recommendation was rejected by 29 votes to 30.")


def test_independent_members_are_marked_in_the_language_asked():
    b = voting()
    everyone = frozenset(b.state.eligible(ITEM))
    name = b.state.council.name_of("uav-01")
    assert groups_phrase(b.state, frozenset({"uav-01"}), everyone, "en") == f"{name} (ind.)"
    assert groups_phrase(b.state, frozenset({"uav-01"}), everyone) == f"{name} (uavh.)"
    assert (independent_mark(), independent_mark("en")) == ("uavh.", "ind.")


def test_an_alternative_vote():
    b = voting(order=["recommendation", "s304-p1"])
    left = members_of(b, "A", "SV", "R", "MDG")
    right = sorted(set(b.state.eligible(ITEM)) - set(left))
    v = vote(b, subjects=["recommendation", "s304-p1"], method="alternative", alternatives=[right, left])
    nb, en = both(b.state, v)
    assert nb.startswith("Ved alternativ votering mellom innstillingen og forslag nr. 1 fra SV fikk innstillingen "
                         "32 stemmer (")
    assert en.startswith("In the alternative vote between the recommendation and proposal no. 1 from SV, "
                         "the recommendation got 32 votes (")
    assert " and proposal no. 1 from SV got 27 votes (A, SV, MDG, R)." in en
    assert en.endswith("The recommendation was adopted.")


# -- the budget meeting: ranges voted on together (R-3.3e) ------------------------------------------------------


def budget(r: int = 37, sv: int = 2) -> LogBuilder:
    proposals = ([{"groups": ["R"], "number": n} for n in range(1, r + 1)]
                 + [{"groups": ["SV"], "number": n} for n in range(1, sv + 1)])
    return voting(proposals=tuple(proposals))


def pids(b: LogBuilder, group: str, *numbers: int) -> list[str]:
    return [p.id for n in numbers for p in b.state.proposals[ITEM] if p.groups == (group,) and p.number == n]


def test_ranges_voted_together():
    b = budget()
    rs = pids(b, "R", *range(1, 38))
    assert subjects_name(b.state, ITEM, rs, "en") == "proposals nos. 1–37 from R"
    assert subjects_name(b.state, ITEM, [rs[0]], "en") == "proposal no. 1 from R"
    mixed = [*pids(b, "R", 1, 2, 3, 4, 5, 9, 11, 12), *pids(b, "SV", 2)]
    assert subjects_name(b.state, ITEM, mixed) == "forslag nr. 1–5, 9 og 11–12 fra R og forslag nr. 2 fra SV"
    assert subjects_name(b.state, ITEM, mixed, "en") == (
        "proposals nos. 1–5, 9 and 11–12 from R and proposal no. 2 from SV")
    assert order_runs_name(b.state, ITEM, [*rs, "recommendation"], "en") == (
        "proposals nos. 1–37 from R, the recommendation")
    v = vote(b, subjects=rs, method="hands", together=True,
             against=sorted(v for v in b.state.eligible(ITEM) if v not in members_of(b, "R", "SV")))
    assert both(b.state, v) == ("Forslag nr. 1–37 fra R ble ikke vedtatt med 10 mot 49 stemmer (SV, R for).",
                                "Proposals nos. 1–37 from R were not adopted by 10 votes to 49 (SV, R for).")
    v = vote(b, subjects=pids(b, "SV", 1, 2), method="tacit", together=True)
    assert both(b.state, v) == ("Forslag nr. 1–2 fra SV ble enstemmig vedtatt.",
                                "Proposals nos. 1–2 from SV were adopted unanimously.")


def test_points_of_the_recommendation_voted_together():
    b = voting(proposals=(), order=["recommendation:1", "recommendation:2", "recommendation:3"])
    v = vote(b, subjects=["recommendation:1", "recommendation:2", "recommendation:3"], method="hands", together=True,
             against=members_of(b, "FrP"))
    nb, en = both(b.state, v)
    assert nb.startswith("Innstillingens punkt 1–3 ble vedtatt med ")
    assert en.startswith("Points 1–3 of the recommendation were adopted by ") and en.endswith(" (FrP against).")


# -- elections (R-3.3c, R-3.3d) ---------------------------------------------------------------------------------

OFFICE = "settevaraordfører"


def test_an_election_over_two_rounds():
    b = voting()
    n = b.state.council.name_of
    payload = {"item": ITEM, "office": OFFICE, "candidates": ["h-01", "a-01", "sv-01"], "blank": 0}
    b.add(ev.ELECTION_ROUND, {**payload, "tally": [25, 20, 14]}, "secretary")
    b.add(ev.ELECTION_ROUND, {**payload, "tally": [28, 26, 5], "round": 2}, "secretary")
    e = elections.current(b.state, ITEM, OFFICE)
    assert election_sentence(b.state, e, lang="en") == (
        f"Election of {OFFICE}. Round 1: {n('h-01')} 25, {n('a-01')} 20, {n('sv-01')} 14, blank 0 — no one got more "
        f"than half. Round 2: {n('h-01')} 28, {n('a-01')} 26, {n('sv-01')} 5, blank 0. {n('h-01')} was elected."
    )
    assert election_sentence(b.state, e).startswith(f"Valg av {OFFICE}. 1. avstemning: {n('h-01')} 25")


def test_a_proportional_election_with_lots_for_the_last_seat():
    b = voting()
    b.add(ev.ELECTION_PROPORTIONAL, {"item": ITEM, "body": "styret", "seats": 4, "ballot": "written", "lists": [
        {"name": "A", "votes": 30}, {"name": "B", "votes": 20}, {"name": "C", "votes": 9}], "blank": 0})
    e = b.state.proportional_elections[ITEM][0]
    assert proportional_sentence(b.state, e, lang="en").endswith("Drawing lots between A and B remains.")
    b.add(ev.ELECTION_LOT, {"item": ITEM, "office": "styret", "drawn": "B", "drawn_by": "Kari"})
    e = b.state.proportional_elections[ITEM][0]
    assert proportional_sentence(b.state, e, clock=lambda at: "15.00", lang="en") == (
        "Election of styret (4 seats) by proportional representation. The election was held by secret written "
        "ballot. Votes: A 30, B 20, C 9, blank 0. A tie for a seat between A and B: decided by drawing lots, drawn "
        "by Kari at 15.00; B got the seat. Seats: A 2, B 2, C 0."
    )
    assert proportional_sentence(b.state, e, clock=lambda at: "15.00").startswith(
        "Valg av styret (4 plasser) ved forholdsvalg. Valget ble holdt skriftlig og hemmelig.")


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_no_phrase_is_left_with_a_placeholder(lang):
    b = voting()
    v = vote(b, subjects=["s304-p1"], method="hands", against=members_of(b, "H"))
    assert "{" not in result_sentence(b.state, v, lang)
