"""Voting (R-3.3a–f): methods, checks and the result in words; a property test over any tally."""

from __future__ import annotations

import pytest
from helpers import LogBuilder
from hypothesis import given, settings
from hypothesis import strategies as st

from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.vote_words import default_decision, result_sentence


def voting(item: str = "s304", present: int = 59, proposals: int = 1, disqualified: tuple = ()) -> LogBuilder:
    b = LogBuilder().created()
    for m in b.state.council.members[:present]:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": item})
    for i in range(proposals):
        b.add(ev.PROPOSAL_TABLED, {"item": item, "text": f"Forslag {i + 1}", "groups": ["SV"]})
    for person in disqualified:
        b.add(ev.DISQUALIFIED, {"person": person, "item": item, "basis": "fvl. § 6", "method": "tacit"})
    b.add(ev.DEBATE_CLOSED, {"item": item})
    return b


def group(b: LogBuilder, *abbreviations: str) -> list[str]:
    c = b.state.council
    return [m.id for m in c.members if c.group(m.group_id) and c.group(m.group_id).abbreviation in abbreviations]


def vote(b: LogBuilder, **payload):
    payload.setdefault("item", b.state.current_item)
    try:
        b.add(ev.VOTE_RECORDED, payload)
    except RuleViolation as exc:
        if exc.code != "vote.order_not_decided":
            raise
        decide_order(b, payload["item"], payload.get("subjects", ()))
        b.add(ev.VOTE_RECORDED, payload)
    return b.state.votes[b.state.current_item][-1]


def decide_order(b: LogBuilder, item: str, first=()) -> None:  # noqa: ANN001
    """R-3.3e: before the first vote the council decides the voting order (tacitly, as usual): here the subjects
    of that first vote, then the rest of the proposed order. Left to the vote to refuse if it cannot be decided
    (tests/procedure/test_council_decisions.py tests the order itself)."""
    if item in b.state.decided_order or b.state.rules < 2:
        return
    order = list(dict.fromkeys([*first, *b.state.voting_subjects(item)]))
    try:
        b.add(ev.VOTING_ORDER_SET, {"item": item, "order": order, "method": "tacit"})
    except RuleViolation:
        pass


def test_R_3_3e_no_vote_before_the_debate_is_closed():
    b = LogBuilder().created()
    b.add(ev.MEMBER_PRESENT, {"member": "h-01"})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    with pytest.raises(RuleViolation, match="vote.debate_open"):
        b.add(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["recommendation"], "method": "tacit"})


def test_R_3_3e_voting_order_proposals_and_recommendation():
    b = voting(proposals=2)
    b.add(ev.VOTING_ORDER_SET, {"item": "s304", "order": ["s304-p2", "s304-p1", "recommendation"]})
    assert b.state.voting_order["s304"] == ("s304-p2", "s304-p1", "recommendation")
    with pytest.raises(RuleViolation, match="vote.unknown_subject"):
        b.add(ev.VOTING_ORDER_SET, {"item": "s304", "order": ["s304-p9"]})


def test_R_3_3f_tacit_approval_is_unanimous():
    b = voting()
    v = vote(b, subjects=["recommendation"], method="tacit")
    assert v.adopted and v.tally == (59, 0)
    assert result_sentence(b.state, v) == "Enstemmig vedtatt."


def test_R_3_3f_show_of_hands_against_by_groups_names_them_in_the_result():
    b = voting()
    against = group(b, "A", "SV", "R", "MDG", "PS")[:-0 or None]
    v = vote(b, subjects=["recommendation"], method="hands", against=against)
    assert v.adopted and v.tally == (59 - 28, 28)
    assert result_sentence(b.state, v) == "Innstillingen ble vedtatt mot 28 stemmer (A, SV, MDG, R, PS)."


def test_split_group_is_named_with_its_number():
    b = voting()
    for_ = group(b, "SV", "R") + group(b, "A")[:7]
    against = sorted(set(b.state.eligible("s304")) - set(for_))
    v = vote(b, subjects=["s304-p1"], method="hands", against=against)
    assert not v.adopted
    assert result_sentence(b.state, v) == "Forslag nr. 1 fra SV falt med 17 mot 42 stemmer (A (7), SV, R stemte for)."


def test_count_only_when_names_are_not_taken():
    b = voting()
    v = vote(b, subjects=["s304-p1"], method="hands", against_count=40)
    assert v.tally == (19, 40) and not v.adopted and v.voters is None
    assert result_sentence(b.state, v) == "Forslag nr. 1 fra SV falt med 19 mot 40 stemmer."


def test_R_3_3b_counter_vote_must_add_up_difference_shown():
    b = voting()
    with pytest.raises(RuleViolation) as exc:
        vote(b, subjects=["recommendation"], method="counter", against_count=20, for_count=38)
    assert exc.value.code == "vote.count_mismatch" and exc.value.params["difference"] == 1
    v = vote(b, subjects=["recommendation"], method="counter", against_count=20, for_count=39)
    assert v.adopted


def test_R_3_3a_no_vote_without_quorum_disqualified_not_counted():
    b = voting(present=31, disqualified=("h-01", "h-02"))
    with pytest.raises(RuleViolation) as exc:
        vote(b, subjects=["recommendation"], method="tacit")
    assert exc.value.code == "vote.no_quorum" and exc.value.params["present"] == 29


def test_member_voting_twice_or_not_eligible_is_refused():
    b = voting(disqualified=("a-01",))
    with pytest.raises(RuleViolation, match="vote.not_eligible"):
        vote(b, subjects=["recommendation"], method="hands", against=["a-01"])
    with pytest.raises(RuleViolation, match="vote.twice"):
        vote(b, subjects=["recommendation"], method="hands", against=["a-02", "a-02"])
    with pytest.raises(RuleViolation, match="vote.twice"):
        vote(b, subjects=["recommendation"], method="counter", against=["a-02"], **{"for": ["a-02"]})
    with pytest.raises(RuleViolation, match="vote.bad_count"):
        vote(b, subjects=["recommendation"], method="hands", against_count=-1)
    with pytest.raises(RuleViolation, match="payload.invalid") as exc:  # not a number: refused when parsed
        vote(b, subjects=["recommendation"], method="hands", against_count="mange")
    assert exc.value.params["field"] == "against_count"


def test_withdrawn_proposal_cannot_be_voted_on():
    b = LogBuilder().created()
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    b.add(ev.PROPOSAL_TABLED, {"item": "s304", "text": "x", "groups": ["R"]})
    b.add(ev.PROPOSAL_WITHDRAWN, {"item": "s304", "proposal": "s304-p1"})
    b.add(ev.DEBATE_CLOSED, {"item": "s304"})
    with pytest.raises(RuleViolation, match="vote.withdrawn"):
        vote(b, subjects=["s304-p1"], method="tacit")


def test_R_3_3d_tie_decided_by_the_chairs_vote():
    b = voting(present=58)  # Kari Fiktivsen (h-01, the mayor) chairs
    with pytest.raises(RuleViolation, match="vote.tie_needs_chair"):  # only counts: the chair's vote is recorded
        vote(b, subjects=["recommendation"], method="hands", against_count=29)
    v = vote(b, subjects=["recommendation"], method="hands", against_count=29, chair_vote="for")
    assert v.adopted and v.chair_decided and v.casting_vote == "h-01"
    assert result_sentence(b.state, v) == (
        "Innstillingen ble vedtatt med 29 mot 29 stemmer. Stemmelikhet; møtelederens stemme (Kari Fiktivsen) var avgjørende."
    )


def test_R_3_3d_election_tie_decided_by_lot():
    # The old `election` flag on an alternative vote, as meetings of rules version 1 recorded it (from version 2
    # elections are their own events: tests/procedure/test_elections.py).
    from chair_console.procedure.events import Event
    from chair_console.procedure.reducer import replay

    b = LogBuilder()
    b.created()
    b.log[0] = Event(1, ev.MEETING_CREATED, {k: v for k, v in b.log[0].payload.items() if k != "rules"},
                     "secretary", b.log[0].at)
    b.state = replay(b.log)
    assert b.state.rules == 1
    for m in b.state.council.members[:58]:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    for i in range(2):
        b.add(ev.PROPOSAL_TABLED, {"item": "s304", "text": f"Forslag {i + 1}", "groups": ["SV"]})
    b.add(ev.DEBATE_CLOSED, {"item": "s304"})
    with pytest.raises(RuleViolation, match="vote.tie_needs_lot"):
        vote(b, subjects=["s304-p1", "s304-p2"], method="alternative", alternatives=[29, 29], election=True)
    v = vote(b, subjects=["s304-p1", "s304-p2"], method="alternative", alternatives=[29, 29], election=True,
             lot_winner=1)
    assert v.lot and v.winner == 1
    assert "loddtrekning avgjorde" in result_sentence(b.state, v)


def test_alternative_vote_each_member_for_one():
    b = voting(proposals=1)
    left = group(b, "A", "SV", "R", "MDG")
    right = sorted(set(b.state.eligible("s304")) - set(left))
    with pytest.raises(RuleViolation, match="vote.count_mismatch"):
        vote(b, subjects=["recommendation", "s304-p1"], method="alternative", alternatives=[30, 28])
    v = vote(b, subjects=["recommendation", "s304-p1"], method="alternative", alternatives=[right, left])
    assert v.winner == 0 and v.tally == (32, 27)
    assert result_sentence(b.state, v).startswith(
        "Ved alternativ votering mellom innstillingen og forslag nr. 1 fra SV fikk innstillingen 32 stemmer (H, V, FrP, KrF, PS"
    )


def test_corrected_vote_keeps_both_and_the_new_one_stands():
    b = voting()
    first = vote(b, subjects=["recommendation"], method="hands", against_count=30)
    second = vote(b, subjects=["recommendation"], method="hands", against_count=20, retake_of=first.id)
    assert [v.id for v in b.state.final_votes("s304")] == [second.id]
    assert len(b.state.votes["s304"]) == 2 and b.state.votes["s304"][0].superseded_by == second.id


def test_decision_text_and_deciding_the_item():
    b = voting()
    with pytest.raises(RuleViolation, match="vote.none_recorded"):
        b.add(ev.ITEM_DECIDED, {"item": "s304"})
    vote(b, subjects=["s304-p1"], method="hands", against_count=10)
    vote(b, subjects=["recommendation"], method="tacit")
    text = default_decision(b.state, "s304")
    assert text.startswith("Forslag 1") and "Demokvartalet" in text
    b.add(ev.DECISION_TEXT_SET, {"item": "s304", "text": text})
    b.add(ev.ITEM_DECIDED, {"item": "s304"})
    assert b.state.status("s304") == "decided"
    with pytest.raises(RuleViolation, match="vote.debate_open"):
        vote(b, subjects=["recommendation"], method="tacit")


@settings(max_examples=150, deadline=None)
@given(present=st.integers(0, 59), against=st.integers(-3, 62), counter=st.one_of(st.none(), st.integers(-3, 62)),
       chair=st.sampled_from([None, "for", "against"]))
def test_any_tally_is_refused_or_obeys_R_3_3a_to_d(present, against, counter, chair):
    b = LogBuilder().created()
    for m in b.state.council.members[: max(1, present)]:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": "s307"})
    b.add(ev.DEBATE_CLOSED, {"item": "s307"})
    decide_order(b, "s307")
    payload = {"item": "s307", "subjects": ["recommendation"], "method": "hands" if counter is None else "counter",
               "against_count": against}
    if counter is not None:
        payload["for_count"] = counter
    if chair is not None:
        payload["chair_vote"] = chair  # R-3.3d: how the chair voted (only counts were taken)
    try:
        b.add(ev.VOTE_RECORDED, payload)
    except RuleViolation as exc:
        assert exc.code.startswith("vote.")
        return
    v = b.state.votes["s307"][-1]
    n = len(b.state.eligible("s307"))
    assert n >= 30  # R-3.3a
    assert sum(v.tally) == n  # R-3.3b
    if v.tally[0] != v.tally[1]:
        assert v.adopted == (v.tally[0] > v.tally[1])  # R-3.3c
    else:
        assert v.chair_decided and v.adopted == (chair == "for")  # R-3.3d: the chair's own vote


def opened_with_all() -> LogBuilder:
    b = LogBuilder().created()
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    return b


def test_R_3_2b_postponement_by_counted_simple_majority():
    b = opened_with_all()
    b.add(ev.ITEM_POSTPONED, {"item": "s307", "method": "counted", "for": 20, "against": 39})
    assert b.state.status("s307") == "not_started"  # it fell: recorded, and the item stays
    assert not b.state.council_decisions["s307"][-1].carried
    with pytest.raises(RuleViolation, match="vote.count_mismatch"):
        b.add(ev.ITEM_POSTPONED, {"item": "s307", "method": "counted", "for": 30, "against": 20})
    b.add(ev.ITEM_POSTPONED, {"item": "s307", "method": "counted", "for": 30, "against": 29})
    assert b.state.status("s307") == "postponed"


def test_R_7c_interpellation_sent_to_committee_by_count():
    b = opened_with_all()
    b.add(ev.ITEM_SENT_TO_COMMITTEE, {"item": "s301", "committee": "KUL", "method": "counted", "for": 40, "against": 19})
    assert b.state.status("s301") == "sent_to_committee"


def test_R_3_2c_urgent_matter_blocked_by_the_chair_or_a_third_of_those_present():
    b = opened_with_all()
    b.add(ev.URGENT_MATTER_ADDED, {"item": {"id": "u1", "number": "Aktuell sak 1", "title": "Brann"}})
    b.add(ev.ITEM_OPENED, {"item": "u1"})
    b.add(ev.DEBATE_CLOSED, {"item": "u1"})
    with pytest.raises(RuleViolation, match="vote.urgent_objections_first"):
        vote(b, subjects=["recommendation"], method="tacit")
    b.add(ev.URGENT_OBJECTIONS, {"item": "u1", "chair_objects": False, "objecting": 20})  # 20 of 59: over a third
    with pytest.raises(RuleViolation, match="vote.urgent_blocked"):
        vote(b, subjects=["recommendation"], method="tacit")
    b.add(ev.URGENT_OBJECTIONS, {"item": "u1", "chair_objects": True, "objecting": 0})
    with pytest.raises(RuleViolation, match="vote.urgent_blocked"):
        vote(b, subjects=["recommendation"], method="tacit")
    b.add(ev.URGENT_OBJECTIONS, {"item": "u1", "chair_objects": False, "objecting": 19})  # under a third
    assert vote(b, subjects=["recommendation"], method="tacit").adopted


def test_R_5_6a_exclusion_by_vote_after_two_warnings():
    b = opened_with_all()
    b.add(ev.ITEM_OPENED, {"item": "s307"})
    b.add(ev.SPEAKER_ADDED, {"item": "s307", "person": "r-03", "kind": "main"})
    b.add(ev.SPEECH_NEXT, {"item": "s307"})
    with pytest.raises(RuleViolation, match="vote.exclusion_needs_warnings"):
        b.add(ev.MEMBER_EXCLUDED, {"item": "s307", "member": "r-03", "for": 40, "against": 19})
    b.add(ev.ORDER_WARNING, {"item": "s307", "person": "r-03"})
    b.add(ev.ORDER_WARNING, {"item": "s307", "person": "r-03"})
    b.add(ev.MEMBER_EXCLUDED, {"item": "s307", "member": "r-03", "for": 40, "against": 19})
    assert b.state.attendance["r-03"].status == "excluded" and b.state.speech is None
    assert b.state.quorum().present == 58
    with pytest.raises(RuleViolation, match="attendance.excluded"):
        b.add(ev.MEMBER_PRESENT, {"member": "r-03"})


def test_R_3_3e_recommendation_voted_in_parts():
    from chair_console.procedure.vote_words import recommendation_part

    b = voting(proposals=0)
    b.add(ev.VOTING_ORDER_SET, {"item": "s304", "order": ["recommendation:1", "recommendation:2"]})
    v = vote(b, subjects=["recommendation:2"], method="hands", against_count=30)
    assert result_sentence(b.state, v) == "Innstillingens punkt 2 falt med 29 mot 30 stemmer."
    assert recommendation_part("1. Planen vedtas.\n2. Byrådet bes …", 2) == "2. Byrådet bes …"


def test_R_3_3e_default_voting_order_is_proposals_then_the_recommendation():
    b = voting(proposals=2)
    assert b.state.voting_subjects("s304") == ["s304-p1", "s304-p2", "recommendation"]
