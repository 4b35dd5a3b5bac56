"""What the council decides, not the chair: the voting order (R-3.3e), postponement (R-3.2b), sending an item
to a committee (R-7c, R-3.2b) and forwarding proposals to the city government without a vote
(oversendelsesforslag, R-3.3e). Each is recorded with its method (tacit or counted) and result; in meetings
of rules version 2 the decided order binds. Meetings of rules version 1 replay as they were."""

from __future__ import annotations

import pytest
from helpers import LogBuilder, demo_council, demo_meeting

from chair_console.messages import describe
from chair_console.procedure import events as ev
from chair_console.procedure import voting as rules
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.payloads import ProposalForwarded, VotingOrderSet
from chair_console.procedure.vote_words import decision_sentence

ITEM = "s304"
P1, P2, P3, REC = "s304-p1", "s304-p2", "s304-p3", "recommendation"


def in_voting(proposals: int = 3, present: int = 59, version_1: bool = False) -> LogBuilder:
    b = LogBuilder()
    if version_1:  # as release 0.1.0 created meetings: no «rules» in the payload
        m = demo_meeting()
        b.add(ev.MEETING_CREATED, {"council": demo_council(), "agenda": m["agenda"], "questions": [],
                                   "meeting": {k: m[k] for k in ("title", "date", "start", "place", "term")}},
              "secretary")
    else:
        b.created()
    for m in b.state.council.members[:present]:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": ITEM})
    for n, group in zip(range(proposals), ("SV", "R", "FrP")):
        b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": f"Forslag {n + 1}.", "groups": [group]})
    b.add(ev.DEBATE_CLOSED, {"item": ITEM})
    return b


def tacit(b: LogBuilder, subject: str) -> None:
    b.add(ev.VOTE_RECORDED, {"item": ITEM, "subjects": [subject], "method": "tacit"})


def refused(b: LogBuilder, code: str, kind: str, payload: dict) -> RuleViolation:
    before = b.state
    with pytest.raises(RuleViolation) as exc:
        b.add(kind, payload)
    assert exc.value.code == code, exc.value
    assert b.state == before  # nothing recorded
    return exc.value


# -- the voting order (R-3.3e) ---------------------------------------------------------------------------------


def test_R_3_3e_the_first_vote_needs_the_councils_decision_on_the_order():
    b = in_voting(proposals=1)
    refused(b, "vote.order_not_decided", ev.VOTE_RECORDED, {"item": ITEM, "subjects": [P1], "method": "tacit"})
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [REC, P1]})  # the chair's proposal: not yet decided
    assert b.state.voting_order[ITEM] == (REC, P1) and ITEM not in b.state.decided_order
    refused(b, "vote.order_not_decided", ev.VOTE_RECORDED, {"item": ITEM, "subjects": [REC], "method": "tacit"})
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [REC, P1], "method": "tacit"})  # nobody objected
    assert b.state.decided_order[ITEM] == (REC, P1)
    decision = b.state.council_decisions[ITEM][-1]
    assert (decision.what, decision.method, decision.carried, decision.subjects) == ("order", "tacit", True, (REC, P1))
    assert decision_sentence(b.state, ITEM, decision) == (
        "Voteringsorden: innstillingen, forslag nr. 1 fra SV (vedtatt stilltiende)."
    )
    tacit(b, REC)
    assert rules.next_in_order(b.state, ITEM) == P1


def test_R_3_3e_the_decided_order_binds_a_vote_out_of_order_is_refused_naming_the_next():
    b = in_voting()
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [P1, P2, P3, REC], "method": "tacit"})
    exc = refused(b, "vote.out_of_order", ev.VOTE_RECORDED, {"item": ITEM, "subjects": [REC], "method": "tacit"})
    assert exc.params == {"subject": P1, "name": "forslag nr. 1 fra SV"}
    assert "neste er forslag nr. 1 fra SV" in describe(exc.code, exc.params)
    tacit(b, P1)
    exc = refused(b, "vote.out_of_order", ev.VOTE_RECORDED, {"item": ITEM, "subjects": [P3], "method": "tacit"})
    assert exc.params["subject"] == P2
    # the chair proposes another order: it does not bind before the council decides it
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [P1, P3, P2, REC]})
    refused(b, "vote.out_of_order", ev.VOTE_RECORDED, {"item": ITEM, "subjects": [P3], "method": "tacit"})
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [P1, P3, P2, REC], "method": "tacit"})  # the changed order
    tacit(b, P3)
    tacit(b, P2)
    tacit(b, REC)
    assert [d.subjects for d in b.state.council_decisions[ITEM]] == [(P1, P2, P3, REC), (P1, P3, P2, REC)]


def test_R_3_3e_an_alternative_vote_is_in_order_when_it_holds_the_next_subject():
    b = in_voting(proposals=2)
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [P1, P2, REC], "method": "tacit"})
    b.add(ev.VOTE_RECORDED, {"item": ITEM, "subjects": [P1, P2], "method": "alternative", "alternatives": [40, 19]})
    assert rules.next_in_order(b.state, ITEM) == REC


def test_R_3_3e_a_decided_order_holds_every_standing_proposal_and_nothing_else_is_voted():
    b = in_voting(proposals=2)
    exc = refused(b, "vote.order_incomplete", ev.VOTING_ORDER_SET, {"item": ITEM, "order": [P1, REC], "method": "tacit"})
    assert exc.params["name"] == "forslag nr. 2 fra R"
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [P1, P2, REC], "method": "tacit"})
    tacit(b, P1)
    tacit(b, P2)
    # the recommendation split into parts after the order was decided: the parts are not in the decided order
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [P1, P2, "recommendation:1", "recommendation:2"]})
    exc = refused(b, "vote.not_in_decided_order", ev.VOTE_RECORDED,
                  {"item": ITEM, "subjects": ["recommendation:1"], "method": "tacit"})
    assert exc.params["name"] == "innstillingens punkt 1"
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [P1, P2, "recommendation:1", "recommendation:2"],
                                "method": "tacit"})
    tacit(b, "recommendation:1")


def test_R_3_3e_the_order_decided_by_a_counted_vote_and_one_that_falls():
    b = in_voting(proposals=1)
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [REC, P1], "method": "counted", "for": 20, "against": 39})
    fallen = b.state.council_decisions[ITEM][-1]
    assert not fallen.carried and ITEM not in b.state.decided_order  # it fell: nothing decided
    assert decision_sentence(b.state, ITEM, fallen) == (
        "Forslaget til voteringsorden (innstillingen, forslag nr. 1 fra SV) falt med 20 mot 39 stemmer."
    )
    refused(b, "vote.count_mismatch", ev.VOTING_ORDER_SET,
            {"item": ITEM, "order": [P1, REC], "method": "counted", "for": 20, "against": 20})
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [P1, REC], "method": "counted", "for": 40, "against": 19})
    assert b.state.decided_order[ITEM] == (P1, REC)
    assert decision_sentence(b.state, ITEM, b.state.council_decisions[ITEM][-1]) == (
        "Voteringsorden: forslag nr. 1 fra SV, innstillingen (vedtatt med 40 mot 19 stemmer)."
    )


def test_R_3_3e_R_3_3d_a_tied_order_vote_is_settled_by_the_chairs_vote():
    b = in_voting(proposals=1, present=58)
    assert b.state.chair is not None  # the mayor chairs
    refused(b, "vote.tie_needs_chair", ev.VOTING_ORDER_SET,
            {"item": ITEM, "order": [P1, REC], "method": "counted", "for": 29, "against": 29})
    b.add(ev.VOTING_ORDER_SET,
          {"item": ITEM, "order": [P1, REC], "method": "counted", "for": 29, "against": 29, "chair_vote": "for"})
    assert b.state.council_decisions[ITEM][-1].chair_decided and b.state.decided_order[ITEM] == (P1, REC)


def test_R_3_3e_undoing_the_order_decision_is_refused_once_a_vote_stands_on_it():
    b = in_voting(proposals=1)
    decided = b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [P1, REC], "method": "tacit"})
    tacit(b, P1)
    refused(b, "undo.later_events_depend", ev.UNDONE, {"target": decided.seq})


def test_R_3_3e_rules_version_1_meetings_vote_as_they_did_without_a_decided_order():
    b = in_voting(proposals=1, version_1=True)
    assert b.state.rules == 1
    tacit(b, REC)  # out of the default order, no decision: as 0.1.0 recorded it
    tacit(b, P1)
    assert len(b.state.final_votes(ITEM)) == 2


# -- postponement (R-3.2b) and a committee (R-7c) ----------------------------------------------------------------


def test_R_3_2b_postponement_is_the_councils_decision_tacit_or_counted():
    b = in_voting(proposals=0)
    item = "s307"
    refused(b, "agenda.decision_needed", ev.ITEM_POSTPONED, {"item": item})
    refused(b, "agenda.decision_needed", ev.ITEM_POSTPONED, {"item": item, "for": 40, "against": 19})
    refused(b, "agenda.bad_decision", ev.ITEM_POSTPONED, {"item": item, "method": "acclamation"})
    refused(b, "agenda.tacit_with_count", ev.ITEM_POSTPONED, {"item": item, "method": "tacit", "for": 59})
    b.add(ev.ITEM_POSTPONED, {"item": item, "method": "counted", "for": 24, "against": 35})
    fallen = b.state.council_decisions[item][-1]
    assert b.state.status(item) == "not_started" and not fallen.carried  # recorded, and the item stays
    assert decision_sentence(b.state, item, fallen) == "Forslaget om å utsette saken falt med 24 mot 35 stemmer."
    b.add(ev.ITEM_POSTPONED, {"item": item, "method": "counted", "for": 35, "against": 24})
    assert b.state.status(item) == "postponed"
    assert decision_sentence(b.state, item, b.state.council_decisions[item][-1]) == (
        "Bystyret vedtok med 35 mot 24 stemmer å utsette saken."
    )
    b.add(ev.ITEM_POSTPONED, {"item": "s309", "method": "tacit"})
    assert b.state.status("s309") == "postponed"
    assert decision_sentence(b.state, "s309", b.state.council_decisions["s309"][-1]) == (
        "Bystyret vedtok stilltiende å utsette saken."
    )


def test_R_3_3a_a_tacit_decision_needs_a_quorum():
    b = in_voting(proposals=0, present=29)
    refused(b, "vote.no_quorum", ev.ITEM_POSTPONED, {"item": "s307", "method": "tacit"})
    refused(b, "vote.no_quorum", ev.VOTING_ORDER_SET, {"item": ITEM, "order": [REC], "method": "tacit"})


def test_R_7c_R_3_2b_any_item_may_be_sent_to_a_named_committee_by_the_councils_decision():
    b = in_voting(proposals=1)
    refused(b, "agenda.committee_needed", ev.ITEM_SENT_TO_COMMITTEE, {"item": ITEM, "method": "tacit"})
    refused(b, "agenda.unknown_committee", ev.ITEM_SENT_TO_COMMITTEE,
            {"item": ITEM, "committee": "XYZ", "method": "tacit"})
    refused(b, "agenda.decision_needed", ev.ITEM_SENT_TO_COMMITTEE, {"item": ITEM, "committee": "BYU"})
    b.add(ev.ITEM_SENT_TO_COMMITTEE, {"item": ITEM, "committee": "BYU", "method": "counted", "for": 10, "against": 49})
    assert b.state.status(ITEM) == "voting"  # it fell: the item stays, in voting
    assert decision_sentence(b.state, ITEM, b.state.council_decisions[ITEM][-1]) == (
        "Forslaget om å sende saken til Byutviklingsutvalget falt med 10 mot 49 stemmer."
    )
    # a committee case sent back to its committee, tacitly
    b.add(ev.ITEM_SENT_TO_COMMITTEE, {"item": ITEM, "committee": "BYU", "method": "tacit"})
    assert b.state.status(ITEM) == "sent_to_committee" and b.state.current_item is None
    assert decision_sentence(b.state, ITEM, b.state.council_decisions[ITEM][-1]) == (
        "Bystyret vedtok stilltiende å sende saken til Byutviklingsutvalget."
    )
    # an interpellation (R-7c), counted
    b.add(ev.ITEM_SENT_TO_COMMITTEE, {"item": "s301", "committee": "KUL", "method": "counted", "for": 35, "against": 24})
    assert b.state.status("s301") == "sent_to_committee"
    assert b.state.council_decisions["s301"][-1].committee == "KUL"


def test_R_3_2b_rules_version_1_postponements_replay_as_recorded():
    b = in_voting(proposals=0, version_1=True)
    with pytest.raises(RuleViolation, match="vote.not_carried"):  # as 0.1.0 refused it
        b.add(ev.ITEM_POSTPONED, {"item": "s307", "for": 20, "against": 39})
    b.add(ev.ITEM_POSTPONED, {"item": "s307"})  # no method, no count: the event was the decision
    b.add(ev.ITEM_SENT_TO_COMMITTEE, {"item": "s301"})  # no committee named
    assert b.state.status("s307") == "postponed" and b.state.status("s301") == "sent_to_committee"
    assert decision_sentence(b.state, "s307", b.state.council_decisions["s307"][-1]) == "Saken ble utsatt."


# -- oversendelsesforslag (R-3.3e, Oslo practice) ------------------------------------------------------------


def test_R_3_3e_forwarded_proposals_are_not_voted_on_and_leave_the_order():
    b = in_voting()
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [P3, P2, P1, REC]})  # proposed before
    refused(b, "agenda.decision_needed", ev.PROPOSAL_FORWARDED, {"item": ITEM, "proposals": [P2, P3]})
    refused(b, "proposal.forward_none", ev.PROPOSAL_FORWARDED, {"item": ITEM, "proposals": [], "method": "tacit"})
    refused(b, "proposal.unknown", ev.PROPOSAL_FORWARDED, {"item": ITEM, "proposals": ["s304-p9"], "method": "tacit"})
    b.add(ev.PROPOSAL_FORWARDED, {"item": ITEM, "proposals": [P2, P3], "method": "tacit"})
    assert b.state.forwarded[ITEM] == (P2, P3)
    assert b.state.voting_order[ITEM] == (P1, REC) and b.state.voting_subjects(ITEM) == [P1, REC]
    assert decision_sentence(b.state, ITEM, b.state.council_decisions[ITEM][-1]) == (
        "Følgende forslag oversendes byrådet uten realitetsvotering: forslag nr. 2 fra R og forslag nr. 3 fra FrP."
    )
    assert [p.id for p in rules.forwarded_proposals(b.state, ITEM)] == [P2, P3]
    exc = refused(b, "proposal.already_forwarded", ev.PROPOSAL_FORWARDED,
                  {"item": ITEM, "proposals": [P2], "method": "tacit"})
    assert exc.params["name"] == "forslag nr. 2 fra R"
    refused(b, "vote.forwarded", ev.VOTING_ORDER_SET, {"item": ITEM, "order": [P2, P1, REC], "method": "tacit"})
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [P1, REC], "method": "tacit"})  # complete without them
    exc = refused(b, "vote.forwarded", ev.VOTE_RECORDED, {"item": ITEM, "subjects": [P3], "method": "tacit"})
    assert "oversendt byrådet uten realitetsvotering" in describe(exc.code, exc.params)
    tacit(b, P1)
    refused(b, "proposal.already_voted", ev.PROPOSAL_FORWARDED, {"item": ITEM, "proposals": [P1], "method": "tacit"})
    tacit(b, REC)
    b.add(ev.DECISION_TEXT_SET, {"item": ITEM, "text": "Vedtatt."})
    b.add(ev.ITEM_DECIDED, {"item": ITEM})  # decided without the forwarded proposals
    assert b.state.status(ITEM) == "decided"


def test_R_3_3e_forwarding_after_the_order_is_decided_takes_them_out_of_it():
    b = in_voting()
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [P1, P2, P3, REC], "method": "tacit"})
    b.add(ev.PROPOSAL_FORWARDED, {"item": ITEM, "proposals": [P1], "method": "counted", "for": 40, "against": 19})
    assert b.state.decided_order[ITEM] == (P2, P3, REC) and rules.next_in_order(b.state, ITEM) == P2
    assert decision_sentence(b.state, ITEM, b.state.council_decisions[ITEM][-1]) == (
        "Følgende forslag oversendes byrådet uten realitetsvotering (vedtatt med 40 mot 19 stemmer): "
        "forslag nr. 1 fra SV."
    )
    b.add(ev.PROPOSAL_FORWARDED, {"item": ITEM, "proposals": [P2], "method": "counted", "for": 19, "against": 40})
    assert b.state.forwarded[ITEM] == (P1,) and rules.next_in_order(b.state, ITEM) == P2  # it fell: P2 is voted on
    assert decision_sentence(b.state, ITEM, b.state.council_decisions[ITEM][-1]) == (
        "Forslaget om å oversende forslag nr. 2 fra R til byrådet uten realitetsvotering falt med 19 mot 40 stemmer."
    )


def test_R_3_3e_forwarding_is_decided_after_the_debate_is_closed():
    b = LogBuilder().created()
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": ITEM})
    b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": "x", "groups": ["SV"]})
    refused(b, "vote.debate_open", ev.PROPOSAL_FORWARDED, {"item": ITEM, "proposals": [P1], "method": "tacit"})


def test_the_new_decision_fields_are_typed_and_stored_as_given():
    stored = {"item": ITEM, "proposals": [P1, P2], "method": "counted", "for": 40, "against": 19}
    data = ProposalForwarded.parse(stored)
    assert data.proposals == (P1, P2) and data.method == "counted" and data.votes_for == 40
    assert data.to_payload() == stored
    order = VotingOrderSet.parse({"item": ITEM, "order": [REC]})
    assert order.method is None and order.to_payload() == {"item": ITEM, "order": [REC]}
    with pytest.raises(RuleViolation, match="payload.invalid"):
        ProposalForwarded.parse({"item": ITEM, "proposals": P1, "method": "tacit"})
    with pytest.raises(RuleViolation, match="payload.invalid"):
        VotingOrderSet.parse({"item": ITEM, "order": [REC], "method": 1})
