"""The budget meeting (R-3.3e): proposals numbered per group, several proposals voted on together with one result,
each group's alternative budget against the city government's in turn, the next vote, and the quick counts the
votes pane asks for («only the proposers for», «the same groups against as the last vote»)."""

from __future__ import annotations

import pytest
from helpers import LogBuilder, demo_council, demo_meeting

from chair_console.procedure import events as ev
from chair_console.procedure import voting
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.vote_words import default_decision, result_sentence, subjects_name

ITEM = "s309"  # «Justering av budsjett 2026»: a committee case with a recommendation (the city government's budget)
BUDGETS = ("A", "SV", "MDG", "R", "FrP")  # the groups with an alternative budget


def members(b: LogBuilder, *groups: str) -> list[str]:
    c = b.state.council
    return sorted(v for v in b.state.eligible(ITEM) if c.group_of(v) in groups)


def others(b: LogBuilder, *groups: str) -> list[str]:
    c = b.state.council
    return sorted(v for v in b.state.eligible(ITEM) if c.group_of(v) not in groups)


def budget_meeting(r_proposals: int = 37, sv_proposals: int = 20) -> LogBuilder:
    """All 59 present; each group with an alternative budget tables it, then R and SV their numbered proposals."""
    b = LogBuilder().created()
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": ITEM})
    for n in range(1, r_proposals + 1):  # numbered per group, as the groups' documents number them
        b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": f"R foreslår tiltak {n}.", "groups": ["R"], "number": n})
    for n in range(1, sv_proposals + 1):
        b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": f"SV foreslår tiltak {n}.", "groups": ["SV"], "number": n})
    for g in BUDGETS:  # no number given: the next in the item
        b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": f"Budsjett 2026 som i {g}s alternative budsjett.", "groups": [g]})
    b.add(ev.DEBATE_CLOSED, {"item": ITEM})
    # R-3.3e: the chair proposes the order, the council decides it (tacitly): the budgets first, then the proposals
    budgets = [p.id for p in b.state.proposals[ITEM][-len(BUDGETS):]]
    rest = [p.id for p in b.state.proposals[ITEM][: -len(BUDGETS)]]
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [*budgets, *rest, "recommendation"], "method": "tacit"})
    return b


def pid(b: LogBuilder, group: str, number: int) -> str:
    return next(p.id for p in b.state.proposals[ITEM] if p.groups == (group,) and p.number == number)


def budget_of(b: LogBuilder, group: str) -> str:
    return next(p.id for p in b.state.proposals[ITEM] if p.groups == (group,) and "alternative budsjett" in p.text)


def vote(b: LogBuilder, **payload):
    payload.setdefault("item", ITEM)
    b.add(ev.VOTE_RECORDED, payload)
    return b.state.votes[ITEM][-1]


def alternatives_done(b: LogBuilder) -> None:
    """The city government's budget (the recommendation) against each group's in turn: the group alone for its own."""
    for g in BUDGETS:
        vote(b, subjects=["recommendation", budget_of(b, g)], method="alternative",
             alternatives=[others(b, g), members(b, g)])


# -- numbers per group ------------------------------------------------------------------------------------------


def test_R_3_3e_proposals_numbered_per_group_as_the_documents_number_them():
    b = budget_meeting(r_proposals=3, sv_proposals=2)
    r1, sv1 = pid(b, "R", 1), pid(b, "SV", 1)
    assert r1 != sv1  # ids stay unique in the item; the number is how the minutes name them
    assert subjects_name(b.state, ITEM, [sv1]) == "forslag nr. 1 fra SV"
    assert subjects_name(b.state, ITEM, [r1]) == "forslag nr. 1 fra R"


def test_R_3_3e_a_number_is_given_once_per_group_in_the_item():
    b = LogBuilder().created()
    b.add(ev.MEMBER_PRESENT, {"member": "h-01"})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": ITEM})
    b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": "Tiltak.", "groups": ["R"], "number": 4})
    b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": "Tiltak.", "groups": ["SV"], "number": 4})  # another group: fine
    with pytest.raises(RuleViolation, match="proposal.number_taken") as refused:
        b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": "Tiltak igjen.", "groups": ["R"], "number": 4})
    assert refused.value.params["number"] == 4
    with pytest.raises(RuleViolation, match="proposal.bad_number"):
        b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": "Tiltak.", "groups": ["R"], "number": 0})
    b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": "Uten nummer.", "groups": ["H"]})  # as before: next in the item
    assert [p.number for p in b.state.proposals[ITEM]] == [4, 4, 3]


def test_R_3_3e_a_meeting_of_rules_version_1_numbers_proposals_as_it_always_did():
    b = LogBuilder()
    m = demo_meeting()
    b.add(ev.MEETING_CREATED, {"council": demo_council(), "agenda": m["agenda"],
                               "meeting": {k: m[k] for k in ("title", "date", "start", "place", "term")}}, "secretary")
    assert b.state.rules == 1
    b.add(ev.MEMBER_PRESENT, {"member": "h-01"})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": ITEM})
    b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": "Tiltak.", "groups": ["R"], "number": 9})
    b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": "Tiltak.", "groups": ["R"], "number": 9})  # no refusal then
    assert [p.number for p in b.state.proposals[ITEM]] == [1, 2]


# -- several proposals voted on together ---------------------------------------------------------------------------


def test_R_3_3e_range_of_proposals_voted_together_has_one_result_named_as_a_range():
    b = budget_meeting()
    alternatives_done(b)
    rs = [pid(b, "R", n) for n in range(1, 38)]
    v = vote(b, subjects=rs, method="hands", together=True, against=others(b, "R", "SV"))
    assert v.together and v.single and not v.adopted
    assert v.tally == (10, 49) and len(state_votes := b.state.final_votes(ITEM)) == len(BUDGETS) + 1
    assert state_votes[-1] is v
    assert result_sentence(b.state, v) == "Forslag nr. 1–37 fra R ble ikke vedtatt med 10 mot 49 stemmer (SV, R for)."
    assert voting.decided_subjects(b.state, ITEM) >= set(rs)  # every one of them is voted on


def test_R_3_3e_range_adopted_together_puts_each_text_in_the_decision():
    b = budget_meeting(r_proposals=3, sv_proposals=2)
    alternatives_done(b)
    v = vote(b, subjects=[pid(b, "R", n) for n in (1, 2, 3)], method="hands", together=True, against=members(b, "FrP"))
    assert v.adopted
    assert result_sentence(b.state, v) == "Forslag nr. 1–3 fra R ble vedtatt med 56 mot 3 stemmer (FrP mot)."
    decision = default_decision(b.state, ITEM)
    assert decision.count(b.state.item(ITEM).recommendation) == 1  # won five alternative votes, written once
    assert all(f"R foreslår tiltak {n}." in decision for n in (1, 2, 3))
    v = vote(b, subjects=[pid(b, "SV", 1), pid(b, "SV", 2)], method="tacit", together=True)
    assert result_sentence(b.state, v) == "Forslag nr. 1–2 fra SV ble enstemmig vedtatt."


def test_R_3_3e_range_counted_by_number_only_and_ranges_with_gaps():
    b = budget_meeting(r_proposals=12, sv_proposals=3)
    alternatives_done(b)
    subjects = [pid(b, "R", n) for n in (1, 2, 3, 4, 5, 9, 11, 12)] + [pid(b, "SV", 2)]
    assert subjects_name(b.state, ITEM, subjects) == "forslag nr. 1–5, 9 og 11–12 fra R og forslag nr. 2 fra SV"
    v = vote(b, subjects=subjects, method="hands", together=True, against_count=40)
    assert result_sentence(b.state, v) == (
        "Forslag nr. 1–5, 9 og 11–12 fra R og forslag nr. 2 fra SV ble ikke vedtatt med 19 mot 40 stemmer.")


def test_R_3_3e_recommendation_parts_voted_together():
    b = budget_meeting(r_proposals=0, sv_proposals=0)
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "method": "tacit", "order": [
        *[p.id for p in b.state.proposals[ITEM]], "recommendation:1", "recommendation:2", "recommendation:3"]})
    alternatives_done_on = ["recommendation:1"]
    for g in BUDGETS:
        vote(b, subjects=[*alternatives_done_on, budget_of(b, g)], method="alternative",
             alternatives=[others(b, g), members(b, g)])
    v = vote(b, subjects=["recommendation:2", "recommendation:3"], method="tacit", together=True)
    assert result_sentence(b.state, v) == "Innstillingens punkt 2–3 ble enstemmig vedtatt."


def test_R_3_3e_together_needs_several_proposals_and_one_result():
    b = budget_meeting(r_proposals=3, sv_proposals=0)
    alternatives_done(b)
    r1, r2 = pid(b, "R", 1), pid(b, "R", 2)
    with pytest.raises(RuleViolation, match="vote.together_needs_several"):
        vote(b, subjects=[r1], method="hands", together=True, against=[])
    with pytest.raises(RuleViolation, match="vote.together_not_alternative"):
        vote(b, subjects=[r1, r2], method="alternative", together=True, alternatives=[30, 29])
    with pytest.raises(RuleViolation, match="vote.count_mismatch"):  # the duty to vote holds as for every vote
        vote(b, subjects=[r1, r2], method="counter", together=True, against_count=10, for_count=40)
    with pytest.raises(RuleViolation, match="vote.alternative_needs_two"):  # without `together`: as before
        vote(b, subjects=[r1, r2], method="hands", against_count=10)


def test_R_3_3d_together_tie_is_decided_by_the_chairs_vote():
    b = budget_meeting(r_proposals=2, sv_proposals=0)
    b.add(ev.MEMBER_LEFT, {"member": "uav-01"})  # 58 present
    alternatives_done(b)
    against = others(b, "H", "R", "FrP", "KrF", "PS")  # 29 against: A, SV, V, MDG
    assert len(against) == 29
    payload = {"item": ITEM, "subjects": [pid(b, "R", 1), pid(b, "R", 2)], "method": "hands", "together": True,
               "against": against}
    assert voting.needs_casting_vote(b.state, ITEM, payload)
    v = vote(b, **payload, chair_side=0)  # the chair (H) voted for
    assert v.adopted and v.chair_decided
    assert result_sentence(b.state, v) == (  # R-3.3d: the chair's own vote, by name (rules version 2)
        "Forslag nr. 1–2 fra R ble vedtatt med 29 mot 29 stemmer (A, SV, V, MDG mot). "  # § 11-4: a tie too
        "Stemmelikhet; møtelederens stemme (Kari Fiktivsen) var avgjørende.")


def test_R_3_3e_a_meeting_of_rules_version_1_judges_a_vote_as_it_always_did():
    b = LogBuilder()
    m = demo_meeting()
    b.add(ev.MEETING_CREATED, {"council": demo_council(), "agenda": m["agenda"],
                               "meeting": {k: m[k] for k in ("title", "date", "start", "place", "term")}}, "secretary")
    for mem in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": mem.id})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": ITEM})
    for n in (1, 2):
        b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": f"Tiltak {n}.", "groups": ["R"]})
    b.add(ev.DEBATE_CLOSED, {"item": ITEM})
    with pytest.raises(RuleViolation, match="vote.alternative_needs_two"):
        vote(b, subjects=[f"{ITEM}-p1", f"{ITEM}-p2"], method="hands", together=True, against_count=10)


# -- the alternative budgets -------------------------------------------------------------------------------------


def test_R_3_3e_each_alternative_budget_against_the_city_governments_in_turn():
    b = budget_meeting(r_proposals=2, sv_proposals=0)
    sentences = []
    for g in BUDGETS:
        proposed = voting.next_vote(b.state, ITEM)
        if g != BUDGETS[0]:  # after the first: the budget that stands against the next group's
            assert proposed == voting.NextVote(("recommendation", budget_of(b, g)), "alternative")
        v = vote(b, subjects=["recommendation", budget_of(b, g)], method="alternative",
                 alternatives=[others(b, g), members(b, g)])
        assert len(v.subjects) == 2 and v.winner == 0 and v.adopted
        sentences.append(result_sentence(b.state, v))
    assert len(b.state.final_votes(ITEM)) == len(BUDGETS)  # five votes, each stands
    assert sentences[0] == (
        "Ved alternativ votering mellom innstillingen og forslag nr. 3 fra A fikk innstillingen 48 stemmer "
        "(H, SV, V, MDG, R, FrP, KrF, PS, Marte Drømmeland (uavh.)) og forslag nr. 3 fra A 11 stemmer (A). Innstillingen ble vedtatt.")
    assert "forslag nr. 6 fra R 4 stemmer (R)" in sentences[3]
    assert default_decision(b.state, ITEM) == b.state.item(ITEM).recommendation
    # then R's proposals: the next vote is R's first (shaped as a plain vote, after the alternatives)
    assert voting.next_vote(b.state, ITEM).subjects[1] == pid(b, "R", 1)


def test_R_3_3e_a_budget_that_wins_stands_against_the_next():
    b = budget_meeting(r_proposals=0, sv_proposals=0)
    vote(b, subjects=["recommendation", budget_of(b, "A")], method="alternative", alternatives=[20, 39])
    assert voting.next_vote(b.state, ITEM) == voting.NextVote((budget_of(b, "A"), budget_of(b, "SV")), "alternative")


# -- the next vote and the quick counts for the votes pane -------------------------------------------------------------


def test_R_3_3e_next_vote_after_a_group_voted_together_is_the_next_groups_block():
    b = budget_meeting(r_proposals=37, sv_proposals=20)
    alternatives_done(b)
    rs = voting.run_from(b.state, ITEM, pid(b, "R", 1))
    assert rs == [pid(b, "R", n) for n in range(1, 38)]  # R's block, up to SV's first
    vote(b, subjects=rs, method="hands", together=True, against=voting.only_proposers_for(b.state, ITEM, rs))
    proposed = voting.next_vote(b.state, ITEM)
    assert proposed == voting.NextVote(tuple(pid(b, "SV", n) for n in range(1, 21)), "hands", True)
    vote(b, subjects=list(proposed.subjects), method="hands", together=True, against=others(b, "SV"))
    assert voting.next_vote(b.state, ITEM) is None  # the recommendation was adopted in the alternative votes


def test_R_3_3f_only_the_proposers_for():
    b = budget_meeting(r_proposals=2, sv_proposals=0)
    r = [pid(b, "R", 1), pid(b, "R", 2)]
    assert voting.proposers_voting(b.state, ITEM, r) == members(b, "R")
    assert voting.only_proposers_for(b.state, ITEM, r) == others(b, "R")
    assert voting.only_proposers_for(b.state, ITEM, ["recommendation"]) == sorted(b.state.eligible(ITEM))


def test_R_3_3f_same_groups_against_as_the_last_vote_with_a_substitute_seated_since():
    b = budget_meeting(r_proposals=3, sv_proposals=0)
    alternatives_done(b)
    against = [*others(b, "R", "SV", "H"), "h-02"]  # H split: only h-02 against
    vote(b, subjects=[pid(b, "R", 1)], method="hands", against=against)
    b.add(ev.MEMBER_LEFT, {"member": "a-03"})  # A was wholly against; a substitute takes the seat
    b.add(ev.SUBSTITUTE_SEATED, {"seat": "a-03", "substitute": "a-v1"})
    last = voting.last_vote(b.state, ITEM)
    same = voting.same_against_as(b.state, ITEM, last)
    assert "a-v1" in same and "a-03" not in same and "h-02" in same and "h-03" not in same
    assert len(same) == len(against)
    counted = vote(b, subjects=[pid(b, "R", 2)], method="hands", against_count=30)
    assert voting.same_against_as(b.state, ITEM, counted) == 30
    tacit = vote(b, subjects=[pid(b, "R", 3)], method="tacit")
    assert voting.same_against_as(b.state, ITEM, tacit) == []
