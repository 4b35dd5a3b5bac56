"""Votes recorded exactly as the law counts them, from rules version 2 (R-3.3c, R-3.3d, R-3.3f b, no vote counted
twice) — and meetings of rules version 1 (release 0.1.0) still replaying to the outcomes they recorded.

«Vedtak treffes med flertallet av de avgitte stemmene. Ved stemmelikhet er møteleders stemme avgjørende.» (§ 3.3)"""

from __future__ import annotations

import pytest
from helpers import LogBuilder, demo_council, demo_meeting
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from chair_console.procedure import events as ev
from chair_console.procedure import voting as rules
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.payloads import CouncilCount
from chair_console.procedure.vote_words import default_decision, minutes_vote_line, result_sentence

ITEM = "s304"
CHAIR = "h-01"  # Kari Fiktivsen, the mayor: chairs from the opening


def created(rules_version: int | None) -> LogBuilder:
    """A meeting of the given rules version (None: as release 0.1.0 made it, without the key: version 1)."""
    if rules_version is not None:
        return LogBuilder().created()
    b = LogBuilder()
    m = demo_meeting()
    meeting = {k: m[k] for k in ("title", "date", "start", "place", "term")}
    b.add(ev.MEETING_CREATED, {"council": demo_council(), "meeting": meeting, "agenda": m["agenda"],
                               "questions": m.get("questions", [])}, "secretary")
    assert b.state.rules == 1
    return b


def in_voting(present: int = 59, proposals: int = 3, rules_version: int | None = 2, absent: tuple = (),
              disqualified: tuple = ()) -> LogBuilder:
    """The item in voting: `proposals` proposals (p1 SV, p2 R, p3 FrP …) and the recommendation; from rules
    version 2 the council has decided the voting order (tacitly): the proposals, then the recommendation."""
    b = created(rules_version)
    for m in b.state.council.members[:present]:
        if m.id not in absent:
            b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": ITEM})
    for n in range(proposals):
        group = ("SV", "R", "FrP", "MDG")[n % 4]
        b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": f"Forslag {n + 1} fra {group}.", "groups": [group]})
    for person in disqualified:
        b.add(ev.DISQUALIFIED, {"person": person, "item": ITEM, "basis": "fvl. § 6", "method": "tacit"})
    b.add(ev.DEBATE_CLOSED, {"item": ITEM})
    if b.state.rules >= 2:
        b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": b.state.voting_subjects(ITEM), "method": "tacit"})
    return b


def vote(b: LogBuilder, **payload):
    b.add(ev.VOTE_RECORDED, {"item": ITEM, **payload})
    return b.state.votes[ITEM][-1]


def others(b: LogBuilder, k: int, without: str = CHAIR) -> list[str]:
    """k of those entitled to vote, never `without`."""
    return sorted(p for p in b.state.eligible(ITEM) if p != without)[:k]


P1, P2, P3 = "s304-p1", "s304-p2", "s304-p3"


# -- R-3.3c: the majority of the votes cast, never a plurality among three -----------------------------------------


def test_R_3_3c_plurality_among_three_is_refused_outside_elections():
    b = in_voting()
    with pytest.raises(RuleViolation) as exc:  # 25 of 59 is no majority of the votes cast
        vote(b, subjects=[P1, P2, P3], method="alternative", alternatives=[25, 20, 14])
    assert exc.value.code == "vote.plurality_not_allowed" and exc.value.params["count"] == 3
    assert not b.state.votes.get(ITEM)


def test_R_3_3c_plurality_recorded_by_a_rules_1_meeting_replays_as_recorded():
    b = in_voting(rules_version=None)
    v = vote(b, subjects=[P1, P2, P3], method="alternative", alternatives=[25, 20, 14])
    assert v.winner == 0 and v.adopted  # as release 0.1.0 recorded it
    assert result_sentence(b.state, v).endswith("Forslag nr. 1 fra SV ble vedtatt.")


def test_R_3_3c_pairwise_alternative_votes_the_winner_against_the_next():
    b = in_voting()
    rivals = [P1, P2, P3]
    assert rules.pairwise_next(b.state, ITEM, rivals) == (P1, P2)
    first = vote(b, subjects=[P1, P2], method="alternative", alternatives=[30, 29])
    assert first.winner == 0
    assert rules.pairwise_next(b.state, ITEM, rivals) == (P1, P3)  # the winner against the next
    assert rules.pairwise_winner(b.state, ITEM, rivals) is None
    second = vote(b, subjects=[P1, P3], method="alternative", alternatives=[20, 39])
    assert second.winner == 1
    assert rules.pairwise_next(b.state, ITEM, rivals) is None
    assert rules.pairwise_winner(b.state, ITEM, rivals) == P3
    # what the pairwise sequence decided is not voted on again without an explicit re-vote
    for subjects, method in (([P2], "tacit"), ([P1], "tacit"), ([P3], "tacit"), ([P1, P2], "alternative")):
        with pytest.raises(RuleViolation, match="vote.already_voted"):
            vote(b, subjects=subjects, method=method, **({"alternatives": [30, 29]} if method == "alternative" else {}))
    assert rules.open_subjects(b.state, ITEM) == ["recommendation"]
    # the decision proposed holds the winner of the sequence, not the proposal it beat on the way
    text = default_decision(b.state, ITEM)
    assert "Forslag 3 fra FrP." in text and "Forslag 1 fra SV." not in text


# -- R-3.3d: the casting vote is the chair's own vote ---------------------------------------------------------------


def test_R_3_3d_names_show_the_chairs_vote_and_no_side_is_needed():
    b = in_voting(present=58)  # 58 in the hall: 29 against 29
    v = vote(b, subjects=[P1], method="hands", against=others(b, 29))  # the chair is not among those against
    assert v.adopted and v.chair_decided and v.casting_vote == CHAIR
    assert result_sentence(b.state, v) == (
        "Forslag nr. 1 fra SV ble vedtatt med 29 mot 29 stemmer (H (15), A, FrP mot). "  # § 11-4: a tie too
        "Stemmelikhet; møtelederens stemme (Kari Fiktivsen) var avgjørende."
    )
    against = [CHAIR, *others(b, 28)]
    v = vote(b, subjects=[P2], method="hands", against=against)  # the chair voted against
    assert not v.adopted and v.chair_decided


def test_R_3_3d_a_side_chosen_against_the_names_is_refused():
    b = in_voting(present=58)
    against = others(b, 29)  # the chair voted for
    for wrong in ({"chair_side": 1}, {"chair_vote": "against"}, {"chair_side": 0, "chair_vote": "against"}):
        with pytest.raises(RuleViolation) as exc:
            vote(b, subjects=[P1], method="hands", against=against, **wrong)
        assert exc.value.code == "vote.chair_side_contradicts" and exc.value.params["person"] == CHAIR
    assert vote(b, subjects=[P1], method="hands", against=against, chair_side=0).adopted  # it agrees: kept
    # an alternative vote by name: the chair's column decides
    for_p3 = [CHAIR, *others(b, 28)]
    for_p2 = sorted(set(b.state.eligible(ITEM)) - set(for_p3))
    with pytest.raises(RuleViolation, match="vote.chair_side_contradicts"):
        vote(b, subjects=[P2, P3], method="alternative", alternatives=[for_p2, for_p3], chair_side=0)
    v = vote(b, subjects=[P2, P3], method="alternative", alternatives=[for_p2, for_p3])
    assert v.winner == 1 and v.chair_decided and v.casting_vote == CHAIR


def test_R_3_3d_counts_only_record_how_the_chair_voted():
    b = in_voting(present=58)
    with pytest.raises(RuleViolation, match="vote.tie_needs_chair"):
        vote(b, subjects=[P1], method="hands", against_count=29)
    with pytest.raises(RuleViolation, match="vote.tie_needs_chair"):  # a side chosen is not the chair's vote
        vote(b, subjects=[P1], method="hands", against_count=29, chair_side=0)
    with pytest.raises(RuleViolation, match="vote.bad_chair_vote"):
        vote(b, subjects=[P1], method="hands", against_count=29, chair_vote="blank")
    with pytest.raises(RuleViolation, match="vote.chair_side_contradicts"):
        vote(b, subjects=[P1], method="hands", against_count=29, chair_vote="against", chair_side=0)
    v = vote(b, subjects=[P1], method="hands", against_count=29, chair_vote="against")
    assert not v.adopted and v.chair_decided and v.casting_vote == CHAIR
    assert b.log[-1].payload["chair_vote"] == "against"  # the chair's vote is part of the record
    with pytest.raises(RuleViolation, match="vote.bad_chair_vote"):  # an alternative vote: one of its subjects
        vote(b, subjects=[P2, P3], method="alternative", alternatives=[29, 29], chair_vote=P1)
    v = vote(b, subjects=[P2, P3], method="alternative", alternatives=[29, 29], chair_vote=P3)
    assert v.winner == 1 and v.chair_decided
    assert result_sentence(b.state, v).endswith(
        "Forslag nr. 3 fra FrP ble vedtatt. Stemmelikhet; møtelederens stemme (Kari Fiktivsen) var avgjørende."
    )


def test_R_3_3d_no_tie_break_when_nobody_chairs():
    b = in_voting()
    b.add(ev.MEMBER_LEFT, {"member": CHAIR})  # 58 in the hall, and nobody in the chair
    assert b.state.chair is None
    for payload in ({"against": others(b, 29)}, {"against_count": 29, "chair_vote": "for"},
                    {"against_count": 29, "chair_side": 0}, {"against_count": 30}):  # R-3.1a: no vote at all
        with pytest.raises(RuleViolation, match="vote.no_chair"):
            vote(b, subjects=[P1], method="hands", **payload)
    b.add(ev.CHAIR_TAKEN, {"person": "frp-01"})  # the deputy mayor takes the chair: her own vote decides
    assert vote(b, subjects=[P1], method="hands", against_count=30).tally == (28, 30)
    v = vote(b, subjects=[P2], method="hands", against=others(b, 29, without="frp-01"))
    assert v.adopted and v.casting_vote == "frp-01"


def test_R_3_3d_a_chair_without_a_vote_in_the_item_cannot_break_a_tie():
    b = in_voting(present=59, disqualified=(CHAIR,))  # R-3.10a: 58 entitled, the chair not among them
    with pytest.raises(RuleViolation) as exc:
        vote(b, subjects=[P1], method="hands", against=others(b, 29))
    assert exc.value.code == "vote.chair_not_entitled" and exc.value.params["person"] == CHAIR
    with pytest.raises(RuleViolation, match="vote.chair_not_entitled"):
        vote(b, subjects=[P1], method="hands", against_count=29, chair_vote="for")


def test_R_3_3d_a_counted_council_decision_tie_goes_the_way_the_chair_voted():
    b = in_voting(present=58)
    tie = {"for": 29, "against": 29}
    assert rules.council_vote(b.state, ITEM, CouncilCount.parse({**tie, "chair_vote": "for"})) is True
    assert rules.council_vote(b.state, ITEM, CouncilCount.parse({**tie, "chair_vote": "against"})) is False
    for payload, code in (({}, "vote.tie_needs_chair"), ({"chair_side": 0}, "vote.tie_needs_chair"),
                          ({"chair_vote": "ja"}, "vote.bad_chair_vote"),
                          ({"chair_vote": "for", "chair_side": 1}, "vote.chair_side_contradicts")):
        with pytest.raises(RuleViolation, match=code):
            rules.council_vote(b.state, ITEM, CouncilCount.parse({**tie, **payload}))
    # the count dialogs: the tie asks the chair, and the answer is recorded as the chair's vote
    payload = rules.council_count(b.state, ITEM, 29)
    assert rules.asks_chair(b.state, ITEM, payload)
    assert rules.with_chair_vote(b.state, payload, "for") == {**tie, "chair_vote": "for"}
    # an exclusion (R-5.6a) counted to a tie, recorded with the chair's own vote — in an item under debate, as
    # nobody has the floor once the debate is closed (R-3.3e)
    debated = "s307"
    b.add(ev.ITEM_OPENED, {"item": debated})
    b.add(ev.SPEAKER_ADDED, {"item": debated, "person": "r-03", "kind": "main"})
    b.add(ev.SPEECH_NEXT, {"item": debated})
    b.add(ev.ORDER_WARNING, {"item": debated, "person": "r-03"})
    b.add(ev.ORDER_WARNING, {"item": debated, "person": "r-03"})
    with pytest.raises(RuleViolation, match="vote.tie_needs_chair"):
        b.add(ev.MEMBER_EXCLUDED, {"item": debated, "member": "r-03", **tie})
    b.add(ev.MEMBER_EXCLUDED, {"item": debated, "member": "r-03", **tie, "chair_vote": "for"})
    assert b.state.attendance["r-03"].status == "excluded"
    b.add(ev.MEMBER_LEFT, {"member": CHAIR})
    with pytest.raises(RuleViolation, match="vote.no_chair"):  # R-3.1a: no decision with nobody in the chair
        rules.council_vote(b.state, ITEM, CouncilCount.parse({"for": 28, "against": 28, "chair_vote": "for"}))
    assert not rules.asks_chair(b.state, ITEM, rules.council_count(b.state, ITEM, 28))  # refused, not asked


def test_R_3_3d_a_rules_1_meeting_keeps_the_side_it_recorded():
    b = in_voting(present=58, rules_version=None)
    v = vote(b, subjects=[P1], method="hands", against=others(b, 29), chair_side=1)  # names: the chair voted for
    assert not v.adopted and v.chair_decided and v.casting_vote is None  # … but 0.1.0 recorded the side given
    assert result_sentence(b.state, v).endswith("med møteleders dobbeltstemme.")
    council = rules.council_count(b.state, ITEM, 29)
    assert rules.with_chair_vote(b.state, council, "against") == {**council, "chair_side": 1}  # the old field
    b.add(ev.MEMBER_LEFT, {"member": CHAIR})
    b.add(ev.MEMBER_PRESENT, {"member": "uav-01"})  # 58 again, nobody chairs: version 1 asked nobody
    assert vote(b, subjects=[P2], method="hands", against_count=29, chair_side=0).adopted


# -- no vote counted twice: a re-vote is explicit and replaces the earlier result ------------------------------------


def test_R_3_3c_no_vote_counted_twice_a_re_vote_is_explicit():
    b = in_voting()
    first = vote(b, subjects=[P1], method="hands", against_count=40)
    with pytest.raises(RuleViolation) as exc:
        vote(b, subjects=[P1], method="hands", against_count=20)
    assert exc.value.code == "vote.already_voted" and exc.value.params["name"] == "forslag nr. 1 fra SV"
    again = vote(b, subjects=[P1], method="hands", against_count=20, retake_of=first.id)
    assert [v.id for v in b.state.final_votes(ITEM)] == [again.id] and b.state.votes[ITEM][0].superseded_by == again.id
    assert minutes_vote_line(b.state, again) == (
        "Omvotering: Forslag nr. 1 fra SV ble vedtatt mot 20 stemmer. "
        "(erstatter: Forslag nr. 1 fra SV falt med 19 mot 40 stemmer.)"
    )
    third = vote(b, subjects=[P1], method="hands", against_count=35, retake_of=again.id)
    assert minutes_vote_line(b.state, third).count("Forslag nr. 1 fra SV") == 3  # the whole chain is shown
    assert minutes_vote_line(b.state, vote(b, subjects=[P2], method="tacit")).startswith("Votering: ")
    with pytest.raises(RuleViolation, match="vote.already_voted"):  # a re-vote replaces its own vote, nothing else
        vote(b, subjects=[P2], method="tacit", retake_of=third.id)


def test_R_3_3c_a_rules_1_meeting_keeps_both_votes_it_recorded():
    b = in_voting(rules_version=None)
    vote(b, subjects=[P1], method="hands", against_count=40)
    vote(b, subjects=[P1], method="hands", against_count=20)  # 0.1.0 accepted it: both stay final
    assert len(b.state.final_votes(ITEM)) == 2


# -- R-3.3f b: stemmetegn — only those against show --------------------------------------------------------------


def test_R_3_3f_b_a_show_of_hands_with_a_for_side_is_refused():
    b = in_voting()
    for stray in ({"for_count": 39}, {"for": others(b, 39, without="")[20:]}):
        with pytest.raises(RuleViolation, match="vote.for_in_hands"):
            vote(b, subjects=[P1], method="hands", against=others(b, 20, without=""), **stray)
    assert vote(b, subjects=[P1], method="counter", against_count=20, for_count=39).adopted  # a counter-vote counts both
    old = in_voting(rules_version=None)
    v = vote(old, subjects=[P1], method="hands", against_count=20, for_count=1)  # ignored then, as recorded
    assert v.tally == (39, 20)


# -- the property: what is recorded as adopted has the majority of the votes cast, or the chair's own vote ----------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_R_3_3c_R_3_3d_any_recorded_tally_is_a_majority_of_the_votes_cast_or_the_chairs_own_vote(data):
    present = data.draw(st.sampled_from([30, 31, 40, 57, 58, 58, 59]), label="present")
    b = in_voting(present=present)
    if data.draw(st.sampled_from([False, False, False, True]), label="chair leaves"):
        b.add(ev.MEMBER_LEFT, {"member": CHAIR})
    eligible = sorted(b.state.eligible(ITEM))
    n = len(eligible)
    kind = data.draw(st.sampled_from(["one", "one", "alternative", "alternative", "three"]), label="kind")
    tie = data.draw(st.booleans(), label="aim at a tie")  # ties are rare by chance: aim at them half the time
    subjects = {"one": [P1], "alternative": [P1, P2], "three": [P1, P2, P3]}[kind]
    by_names = data.draw(st.booleans(), label="names")
    payload: dict = {"subjects": subjects}
    if kind == "one":
        payload["method"] = data.draw(st.sampled_from(["hands", "counter"]), label="method")
        k = n // 2 if tie else data.draw(st.integers(0, n), label="against")
        if by_names:
            payload["against"] = data.draw(st.permutations(eligible), label="order")[:k]
        else:
            payload["against_count"] = k
        if payload["method"] == "counter":
            payload["for_count"] = data.draw(st.sampled_from([n - k, n - k + 1]), label="for")
    else:
        payload["method"] = "alternative"
        cuts = sorted(data.draw(st.lists(st.integers(0, n), min_size=len(subjects) - 1,
                                         max_size=len(subjects) - 1), label="cuts"))
        if tie and kind == "alternative":
            cuts = [n // 2]
        bounds = [0, *cuts, n]
        if by_names:
            order = data.draw(st.permutations(eligible), label="order")
            payload["alternatives"] = [order[bounds[i]:bounds[i + 1]] for i in range(len(subjects))]
        else:
            payload["alternatives"] = [bounds[i + 1] - bounds[i] for i in range(len(subjects))]
    valid = ["for", "against"] if kind == "one" else [P1, P2]
    chair_vote = data.draw(st.one_of(st.sampled_from([None, *valid]), st.sampled_from([None, "for", P3])),
                           label="chair_vote")
    if chair_vote is not None:
        payload["chair_vote"] = chair_vote
    chair_side = data.draw(st.sampled_from([None, 0, 1]), label="chair_side")
    if chair_side is not None:
        payload["chair_side"] = chair_side
    try:
        v = vote(b, **payload)
    except RuleViolation as exc:
        assert exc.code.startswith("vote.")
        event(f"refused: {exc.code}")
        return
    event("recorded, tie" if 2 * max(v.tally) == n else "recorded")
    assert len(v.subjects) <= 2 and sum(v.tally) == n  # never a plurality among three; every vote cast (R-3.3b)
    won = v.tally[v.winner]  # the column recorded as adopted (or, for one subject that fell, those against)
    if 2 * won > n:
        assert not v.chair_decided
        return
    # otherwise only a tie broken by the chair's own vote
    assert 2 * won == n and v.chair_decided and b.state.chair is not None and v.casting_vote == b.state.chair.person
    chair = b.state.chair.person
    if v.voters is not None:
        assert chair in v.voters[v.winner]  # the side the chair's name is on
    else:
        column = ({"for": 0, "against": 1}.get(chair_vote) if kind == "one"
                  else subjects.index(chair_vote) if chair_vote in subjects else None)
        assert column == v.winner  # the side the chair was recorded as voting
