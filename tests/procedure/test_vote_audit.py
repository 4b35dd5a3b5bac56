"""What an audit of the votes found accepted that the regulation does not allow, refused from rules version 2 — and
meetings of rules version 1 (release 0.1.0) still replaying what they recorded:

- a tie in a valgsak is drawn by lot, never decided by the chair's vote (R-3.3d);
- no decision in an urgent matter the objections block, by any route (R-3.2c);
- no vote or decision in a break or a suspension (R-3.3a), nor with nobody in the chair (R-3.1a);
- proposals only from those in a seat, withdrawn until they are voted on (R-3.4a);
- no vote and no decision in an interpellation, the question hour or an oral statement (R-7c, R-6a, R-3.5a);
- no agenda replaced once the meeting is set: a new matter is an urgent matter (R-3.2a, R-3.2c)."""

from __future__ import annotations

import pytest
from helpers import LogBuilder, demo_council, demo_meeting

from chair_console.procedure import events as ev
from chair_console.procedure import voting
from chair_console.procedure.errors import RuleViolation

ITEM = "s304"
MAYOR, DEPUTY = "h-01", "frp-01"
P1, P2 = f"{ITEM}-p1", f"{ITEM}-p2"


def created(rules_1: bool = False) -> LogBuilder:
    """A new meeting (rules version 2), or one as release 0.1.0 created it: no «rules» in the payload (version 1)."""
    if not rules_1:
        return LogBuilder().created()
    b = LogBuilder()
    m = demo_meeting()
    b.add(ev.MEETING_CREATED, {"council": demo_council(), "agenda": m["agenda"], "questions": m.get("questions", []),
                               "meeting": {k: m[k] for k in ("title", "date", "start", "place", "term")}}, "secretary")
    assert b.state.rules == 1
    return b


def opened(rules_1: bool = False, present: int = 59, away: tuple[str, ...] = (), agenda: list | None = None
           ) -> LogBuilder:
    b = created(rules_1)
    if agenda is not None:
        b.add(ev.AGENDA_SET, {"agenda": agenda})
    for m in b.state.council.members[:present]:
        if m.id not in away:
            b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    return b


def in_voting(rules_1: bool = False, item: str = ITEM, proposals: int = 2, order: bool = True, **kw) -> LogBuilder:
    """The item with `proposals` proposals (SV, R, …) and its debate closed; the voting order decided tacitly."""
    b = opened(rules_1, **kw)
    b.add(ev.ITEM_OPENED, {"item": item})
    for n in range(proposals):
        b.add(ev.PROPOSAL_TABLED, {"item": item, "text": f"Forslag {n + 1}", "groups": [("SV", "R", "FrP")[n % 3]]})
    b.add(ev.DEBATE_CLOSED, {"item": item})
    if order:
        b.add(ev.VOTING_ORDER_SET, {"item": item, "order": b.state.voting_subjects(item), "method": "tacit"})
    return b


def refused(b: LogBuilder, kind: str, payload: dict, actor: str = "chair") -> str:
    """The code the rules refuse the event with; nothing is recorded."""
    before = b.state
    with pytest.raises(RuleViolation) as exc:
        b.add(kind, payload, actor)
    assert b.state is before
    return exc.value.code


def election(item: str, office: str = "leder", tally=(40, 19), blank: int = 0) -> dict:
    return {"item": item, "office": office, "candidates": ["Ola", "Kari"], "tally": list(tally), "blank": blank}


# -- R-3.3d: a tie in a valgsak ------------------------------------------------------------------------------------

VALGSAK = [{"id": "v1", "number": "Sak 320/26", "title": "Valg av styreleder for Oslo Havn KF", "kind": "other",
            "election_item": True}]


def test_R_3_3d_in_a_valgsak_the_election_ties_go_to_lots_and_other_votes_to_the_chair():
    """«Ved stemmelikhet i valgsaker, avgjøres valget ved loddtrekning»: the election itself, recorded as an election,
    goes to lots at a tie; an ordinary vote in the same item (the fees, say: R-3.10a b keeps them apart from the
    election) is decided by the chair's vote as every other vote (an acceptance replay of a real meeting)."""
    b = in_voting(item="v1", proposals=1, present=58, agenda=VALGSAK)
    b.add(ev.ELECTION_ROUND, election("v1", "styreleder", (29, 29)), "secretary")
    b.add(ev.ELECTION_ROUND, election("v1", "styreleder", (29, 29)), "secretary")
    with pytest.raises(RuleViolation):  # no further vote and no chair's vote replaces the lots
        b.add(ev.ELECTION_ROUND, election("v1", "styreleder", (30, 28)), "secretary")
    b.add(ev.ELECTION_LOT, {"item": "v1", "office": "styreleder", "drawn": "Kari", "drawn_by": "Møtesekretæren"},
          "secretary")
    assert voting.elected(b.state, "v1", "styreleder") == "Kari"
    fees = {"item": "v1", "subjects": ["v1-p1"], "method": "hands", "against_count": 29}
    assert voting.needs_casting_vote(b.state, "v1", fees)  # the pane asks how the chair voted
    b.add(ev.VOTE_RECORDED, {**fees, "chair_vote": "for"})
    assert b.state.votes["v1"][-1].chair_decided and b.state.votes["v1"][-1].adopted


def test_R_3_3d_rules_1_a_tie_in_a_valgsak_decided_by_the_chair_replays_as_recorded():
    b = in_voting(rules_1=True, item="v1", proposals=1, present=58, agenda=VALGSAK, order=False)
    b.add(ev.VOTE_RECORDED, {"item": "v1", "subjects": ["v1-p1"], "method": "hands", "against_count": 29,
                             "chair_side": 0})
    assert b.state.votes["v1"][-1].chair_decided


# -- R-3.2c: one guard for every decision in an urgent matter ---------------------------------------------------


def urgent(rules_1: bool = False) -> LogBuilder:
    b = opened(rules_1)
    b.add(ev.URGENT_MATTER_ADDED, {"item": {"id": "u1", "number": "Aktuell sak 1", "title": "Valg til hastenemnda"}})
    b.add(ev.ITEM_OPENED, {"item": "u1"})
    b.add(ev.PROPOSAL_TABLED, {"item": "u1", "text": "Forslag 1", "groups": ["SV"]})
    b.add(ev.PROPOSAL_TABLED, {"item": "u1", "text": "Forslag 2", "groups": ["R"]})
    b.add(ev.DEBATE_CLOSED, {"item": "u1"})
    return b


def test_R_3_2c_a_blocked_urgent_matter_cannot_be_decided_by_election_forwarding_or_order():
    b = urgent()
    order = {"item": "u1", "order": ["u1-p1", "u1-p2", "recommendation"]}
    forward = {"item": "u1", "proposals": ["u1-p2"], "method": "tacit"}
    lists = {"item": "u1", "body": "Hastenemnda", "seats": 3, "blank": 0,
             "lists": [{"name": "A", "votes": 30}, {"name": "B", "votes": 29}]}
    # not yet asked: nothing is decided
    for kind, payload in ((ev.ELECTION_ROUND, election("u1")), (ev.ELECTION_PROPORTIONAL, lists),
                          (ev.PROPOSAL_FORWARDED, forward), (ev.ITEM_DECIDED, {"item": "u1"})):
        assert refused(b, kind, payload, "secretary") == "vote.urgent_objections_first", kind
    # the chair objects: blocked, by any route — the voting order decided too
    b.add(ev.URGENT_OBJECTIONS, {"item": "u1", "chair_objects": True, "objecting": 0})
    for kind, payload in ((ev.ELECTION_ROUND, election("u1")), (ev.ELECTION_PROPORTIONAL, lists),
                          (ev.PROPOSAL_FORWARDED, forward), (ev.VOTING_ORDER_SET, {**order, "method": "tacit"}),
                          (ev.VOTE_RECORDED, {"item": "u1", "subjects": ["u1-p1"], "method": "tacit"}),
                          (ev.ITEM_DECIDED, {"item": "u1"})):
        assert refused(b, kind, payload, "secretary") == "vote.urgent_blocked", kind
    b.add(ev.VOTING_ORDER_SET, order)  # the chair's proposal is no decision
    b.add(ev.URGENT_OBJECTIONS, {"item": "u1", "chair_objects": False, "objecting": 20})  # 20 of 59: a third
    assert refused(b, ev.ELECTION_ROUND, election("u1"), "secretary") == "vote.urgent_blocked"
    # 19 of 59 object: under a third, and the chair does not: decided
    b.add(ev.URGENT_OBJECTIONS, {"item": "u1", "chair_objects": False, "objecting": 19})
    b.add(ev.PROPOSAL_FORWARDED, forward)
    b.add(ev.VOTING_ORDER_SET, {"item": "u1", "order": ["u1-p1", "recommendation"], "method": "tacit"})
    b.add(ev.ELECTION_ROUND, election("u1"), "secretary")
    assert voting.urgent_objections_frozen(b.state, "u1")  # an election is a vote: the objections stand
    assert refused(b, ev.URGENT_OBJECTIONS, {"item": "u1", "chair_objects": True, "objecting": 0}) \
        == "vote.urgent_objections_frozen"
    b.add(ev.DECISION_TEXT_SET, {"item": "u1", "text": "Ola velges."})
    b.add(ev.ITEM_DECIDED, {"item": "u1"})
    assert b.state.status("u1") == "decided"


def test_R_3_2c_rules_1_an_urgent_matter_forwarded_while_blocked_replays_as_recorded():
    b = urgent(rules_1=True)
    b.add(ev.URGENT_OBJECTIONS, {"item": "u1", "chair_objects": True, "objecting": 0})
    b.add(ev.PROPOSAL_FORWARDED, {"item": "u1", "proposals": ["u1-p2"], "method": "tacit"})
    assert b.state.forwarded["u1"] == ("u1-p2",)


# -- R-3.3a: the council decides while it sits -------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["pause", "suspended"])
def test_R_3_3a_no_vote_or_decision_while_the_meeting_is_paused_or_suspended(kind):
    b = in_voting()
    b.add(ev.MEETING_PAUSED, {"kind": kind, "note": "Middag" if kind == "pause" else "Uro i salen"})
    for event, payload in (
        (ev.VOTE_RECORDED, {"item": ITEM, "subjects": [P1], "method": "hands", "against_count": 40}),
        (ev.VOTING_ORDER_SET, {"item": ITEM, "order": [P2, P1, "recommendation"], "method": "tacit"}),
        (ev.PROPOSAL_FORWARDED, {"item": ITEM, "proposals": [P2], "method": "tacit"}),
        (ev.ELECTION_ROUND, election(ITEM)),
        (ev.ITEM_POSTPONED, {"item": "s305", "method": "tacit"}),
        (ev.ITEM_SENT_TO_COMMITTEE, {"item": "s301", "committee": "KUL", "method": "tacit"}),
        (ev.DISQUALIFIED, {"person": "a-01", "item": "s305", "basis": "fvl. § 6", "method": "tacit"}),
        (ev.ITEM_DECIDED, {"item": ITEM}),
    ):
        assert refused(b, event, payload, "secretary") == "meeting.paused", event
    b.add(ev.DECISION_TEXT_SET, {"item": ITEM, "text": "Vedtak."})  # the text may be written in the break
    b.add(ev.MEETING_RESUMED)
    b.add(ev.VOTE_RECORDED, {"item": ITEM, "subjects": [P1], "method": "hands", "against_count": 40})
    b.add(ev.ITEM_POSTPONED, {"item": "s305", "method": "tacit"})
    assert b.state.status("s305") == "postponed"


def test_R_3_3a_rules_1_a_vote_in_a_break_replays_as_recorded():
    b = in_voting(rules_1=True, order=False)
    b.add(ev.MEETING_PAUSED, {"kind": "pause", "note": ""})
    b.add(ev.VOTE_RECORDED, {"item": ITEM, "subjects": [P1], "method": "hands", "against_count": 40})
    b.add(ev.ITEM_POSTPONED, {"item": "s305", "method": "tacit"})
    assert b.state.votes[ITEM] and b.state.status("s305") == "postponed"


# -- R-3.1a: someone in the chair -----------------------------------------------------------------------------


def test_R_3_1a_no_vote_without_someone_in_the_chair():
    b = in_voting()
    b.add(ev.MEMBER_LEFT, {"member": MAYOR})  # the mayor leaves the hall: nobody chairs
    assert b.state.chair is None
    for event, payload in (
        (ev.VOTE_RECORDED, {"item": ITEM, "subjects": [P1], "method": "tacit"}),
        (ev.VOTING_ORDER_SET, {"item": ITEM, "order": [P2, P1, "recommendation"], "method": "tacit"}),
        (ev.PROPOSAL_FORWARDED, {"item": ITEM, "proposals": [P2], "method": "tacit"}),
        (ev.ELECTION_ROUND, election(ITEM)),
        (ev.ITEM_POSTPONED, {"item": "s305", "method": "counted", "for": 40, "against": 18}),
        (ev.DISQUALIFIED, {"person": "a-01", "item": "s305", "basis": "fvl. § 6", "method": "tacit"}),
    ):
        assert refused(b, event, payload, "secretary") == "vote.no_chair", event
    b.add(ev.CHAIR_TAKEN, {"person": DEPUTY})
    b.add(ev.VOTE_RECORDED, {"item": ITEM, "subjects": [P1], "method": "tacit"})
    assert b.state.votes[ITEM][-1].adopted


def test_R_3_1a_the_one_to_chair_is_elected_with_nobody_in_the_chair():
    b = in_voting(away=(MAYOR, DEPUTY), proposals=0, order=False)  # both have forfall: a særskilt møteleder is elected
    assert b.state.chair is None
    assert refused(b, ev.VOTE_RECORDED, {"item": ITEM, "subjects": ["recommendation"], "method": "tacit"}) \
        == "vote.no_chair"
    b.add(ev.ELECTION_ROUND, election(ITEM, "særskilt møteleder", (40, 17), blank=0) | {"candidates": ["sv-01", "a-01"]},
          "secretary")
    b.add(ev.CHAIR_TAKEN, {"person": "sv-01"})
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": ["recommendation"], "method": "tacit"})
    b.add(ev.VOTE_RECORDED, {"item": ITEM, "subjects": ["recommendation"], "method": "tacit"})
    assert b.state.votes[ITEM][-1].adopted


def test_R_3_1a_rules_1_a_vote_with_nobody_in_the_chair_replays_as_recorded():
    b = in_voting(rules_1=True, order=False)
    b.add(ev.MEMBER_LEFT, {"member": MAYOR})
    b.add(ev.VOTE_RECORDED, {"item": ITEM, "subjects": [P1], "method": "tacit"})
    assert b.state.chair is None and b.state.votes[ITEM][-1].adopted


# -- R-3.4a: who tables a proposal, and until when it may be withdrawn ---------------------------------------------


def seated_substitute(rules_1: bool = False) -> tuple[LogBuilder, str, str]:
    """Everyone present but h-05, who has forfall; the first substitute of her group sits in her seat."""
    b = created(rules_1)
    council = b.state.council
    for m in council.members:
        if m.id != "h-05":
            b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEMBER_ABSENT, {"member": "h-05", "reason": "sykdom"})
    subs = council.substitutes_of(council.member("h-05").group_id)
    b.add(ev.SUBSTITUTE_SEATED, {"seat": "h-05", "substitute": subs[0].id})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": ITEM})
    return b, subs[0].id, subs[1].id


def test_R_3_4a_only_members_in_a_seat_may_table_proposals():
    b, seated, not_called = seated_substitute()
    proposal = {"item": ITEM, "text": "Bystyret ber byrådet …"}
    for person in ("h-05", not_called):  # forfall, her substitute sits; a substitute never called in
        assert refused(b, ev.PROPOSAL_TABLED, {**proposal, "proposer": person}) == "proposal.proposer_not_seated"
    assert refused(b, ev.PROPOSAL_TABLED, {**proposal, "proposer": "byr-1"}) == "attendance.not_a_member"  # as before
    b.add(ev.PROPOSAL_TABLED, {**proposal, "proposer": seated})
    b.add(ev.PROPOSAL_TABLED, {**proposal, "proposer": "h-06", "groups": ["H"]})
    b.add(ev.PROPOSAL_TABLED, {**proposal, "groups": ["SV"]})  # a group's proposal names no proposer
    assert [p.proposer for p in b.state.proposals[ITEM]] == [seated, "h-06", None]
    b.add(ev.MEMBER_LEFT, {"member": "h-06"})  # gone out: no longer in a seat
    assert refused(b, ev.PROPOSAL_TABLED, {**proposal, "proposer": "h-06"}) == "proposal.proposer_not_seated"


def test_R_3_4a_rules_1_a_proposal_by_a_member_not_seated_replays_as_recorded():
    b, _seated, not_called = seated_substitute(rules_1=True)
    b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": "Forslag", "proposer": "h-05"})
    b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": "Forslag", "proposer": not_called})
    assert [p.proposer for p in b.state.proposals[ITEM]] == ["h-05", not_called]


def test_R_3_4a_a_proposal_may_be_withdrawn_until_it_is_voted_on():
    b = in_voting(proposals=3)
    p3 = f"{ITEM}-p3"
    assert b.state.decided_order[ITEM] == (P1, P2, p3, "recommendation")
    b.add(ev.PROPOSAL_WITHDRAWN, {"item": ITEM, "proposal": P2})  # the debate is closed, not yet voted on
    assert b.state.decided_order[ITEM] == (P1, p3, "recommendation")  # it leaves the decided order
    assert b.state.voting_subjects(ITEM) == [P1, p3, "recommendation"]
    assert refused(b, ev.VOTE_RECORDED, {"item": ITEM, "subjects": [P2], "method": "tacit"}) == "vote.withdrawn"
    b.add(ev.VOTE_RECORDED, {"item": ITEM, "subjects": [P1], "method": "hands", "against_count": 40})
    assert refused(b, ev.PROPOSAL_WITHDRAWN, {"item": ITEM, "proposal": P1}) == "proposal.voted_cannot_withdraw"
    assert voting.next_in_order(b.state, ITEM) == p3  # the order goes on without the withdrawn one
    b.add(ev.PROPOSAL_FORWARDED, {"item": ITEM, "proposals": [p3], "method": "tacit"})
    assert refused(b, ev.PROPOSAL_WITHDRAWN, {"item": ITEM, "proposal": p3}) == "proposal.already_forwarded"
    b.add(ev.VOTE_RECORDED, {"item": ITEM, "subjects": ["recommendation"], "method": "tacit"})
    b.add(ev.DECISION_TEXT_SET, {"item": ITEM, "text": "Som innstillingen."})
    b.add(ev.ITEM_DECIDED, {"item": ITEM})
    # a new order without a withdrawn proposal is complete (R-3.3e)
    b = in_voting(proposals=2, order=False)
    b.add(ev.PROPOSAL_WITHDRAWN, {"item": ITEM, "proposal": P2})
    b.add(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [P1, "recommendation"], "method": "tacit"})
    assert b.state.decided_order[ITEM] == (P1, "recommendation")


def test_R_3_4a_rules_1_no_withdrawal_once_the_debate_is_closed_as_recorded():
    b = in_voting(rules_1=True, order=False)
    assert refused(b, ev.PROPOSAL_WITHDRAWN, {"item": ITEM, "proposal": P2}) == "proposal.debate_closed"


# -- R-7c, R-6a, R-3.5a: items without proposals have no vote --------------------------------------------------


def no_vote_in(item: str) -> LogBuilder:
    b = opened()
    b.add(ev.ITEM_OPENED, {"item": item})
    b.add(ev.DEBATE_CLOSED, {"item": item})  # the debate ends: the item is dealt with (item_progress)
    for kind, payload in (
        (ev.VOTING_ORDER_SET, {"item": item, "order": ["recommendation"], "method": "tacit"}),
        (ev.VOTING_ORDER_SET, {"item": item, "order": ["recommendation"]}),
        (ev.VOTE_RECORDED, {"item": item, "subjects": ["recommendation"], "method": "tacit"}),
        (ev.ELECTION_ROUND, election(item)),
        (ev.DECISION_TEXT_SET, {"item": item, "text": "Byrådet bes sette i gang vedlikehold."}),
        (ev.ITEM_DECIDED, {"item": item}),
    ):
        assert refused(b, kind, payload, "secretary") == "vote.not_allowed_in_kind", (item, kind)
    assert b.state.status(item) == "voting" and not b.state.votes.get(item) and item not in b.state.decisions
    return b


def test_R_7c_no_vote_or_decision_in_an_interpellation():
    b = no_vote_in("s301")
    # «Bystyret kan med alminnelig flertall vedta at interpellasjonen skal oversendes et av bystyrets utvalg»
    b.add(ev.ITEM_SENT_TO_COMMITTEE, {"item": "s301", "committee": "KUL", "method": "tacit"})
    assert b.state.status("s301") == "sent_to_committee"


def test_R_6a_no_vote_in_the_question_hour():
    no_vote_in("sporretime")
    no_vote_in("s302")  # nor after an oral statement (R-3.5a)


def test_R_7c_rules_1_a_vote_in_an_interpellation_replays_as_recorded():
    b = opened(rules_1=True)
    b.add(ev.ITEM_OPENED, {"item": "s301"})
    b.add(ev.DEBATE_CLOSED, {"item": "s301"})
    b.add(ev.VOTE_RECORDED, {"item": "s301", "subjects": ["recommendation"], "method": "tacit"})
    b.add(ev.DECISION_TEXT_SET, {"item": "s301", "text": "Vedtak."})
    b.add(ev.ITEM_DECIDED, {"item": "s301"})
    assert b.state.status("s301") == "decided"


# -- R-3.2a, R-3.2c: the agenda once the meeting is set ------------------------------------------------------------

NEW_ITEM = {"id": "ny", "number": "Sak 399/26", "title": "Sak som ikke sto i innkallingen", "kind": "committee_case",
            "committee": "FIN"}


def test_R_3_2c_no_new_agenda_item_once_the_meeting_is_set():
    b = created()
    agenda = [i.to_dict() for i in b.state.agenda]
    b.add(ev.AGENDA_SET, {"agenda": agenda})  # before the meeting is set: imported as often as needed
    b.add(ev.MEMBER_PRESENT, {"member": MAYOR})
    b.add(ev.MEETING_OPENED)
    assert refused(b, ev.AGENDA_SET, {"agenda": [*agenda, NEW_ITEM]}, "secretary") == "agenda.set_after_opening"
    assert refused(b, ev.AGENDA_SET, {"agenda": agenda}, "secretary") == "agenda.set_after_opening"
    assert b.state.item("ny") is None
    # a matter not on the agenda comes up as an urgent matter, where the objections decide (R-3.2c)
    b.add(ev.URGENT_MATTER_ADDED, {"item": {"id": "u1", "number": "Aktuell sak 1", "title": "Brann"}})
    b.add(ev.AGENDA_REORDERED, {"order": [i.id for i in reversed(b.state.agenda)]})  # the order still changes
    assert b.state.agenda[0].id == "u1"


def test_R_3_2c_rules_1_an_agenda_replaced_after_the_meeting_was_set_replays_as_recorded():
    b = opened(rules_1=True)
    b.add(ev.AGENDA_SET, {"agenda": [*(i.to_dict() for i in b.state.agenda), NEW_ITEM]})
    assert b.state.item("ny") is not None


def _urgent_with_two_disqualified(rules_1: bool = False) -> LogBuilder:
    b = opened(rules_1)
    b.add(ev.URGENT_MATTER_ADDED, {"item": {"id": "u2", "number": "Aktuell sak 2", "title": "Brann i Vika"}})
    b.add(ev.ITEM_OPENED, {"item": "u2"})
    for person in ("a-05", "a-06"):
        payload = {"item": "u2", "person": person, "basis": "forvaltningsloven § 6 første ledd bokstav a"}
        b.add(ev.DISQUALIFIED, payload if rules_1 else {**payload, "method": "tacit"})
    b.add(ev.DEBATE_CLOSED, {"item": "u2"})
    return b


def test_R_3_2c_a_third_of_those_attending_counts_the_disqualified():
    """«minst 1/3 av de møtende medlemmene»: the third is of the 59 attending the meeting, the two disqualified in
    the item among them, not of the 57 entitled to vote in it."""
    b = _urgent_with_two_disqualified()
    assert len(b.state.seated()) == 59 and len(b.state.eligible("u2")) == 57
    b.add(ev.URGENT_OBJECTIONS, {"item": "u2", "chair_objects": False, "objecting": 19})  # 57 < 59: under a third
    assert voting.urgent_blocked(b.state, "u2") is False
    b.add(ev.URGENT_OBJECTIONS, {"item": "u2", "chair_objects": False, "objecting": 20})  # 60 >= 59
    assert voting.urgent_blocked(b.state, "u2") is True


def test_R_3_2c_rules_1_the_third_of_those_entitled_replays_as_recorded():
    b = _urgent_with_two_disqualified(rules_1=True)
    b.add(ev.URGENT_OBJECTIONS, {"item": "u2", "chair_objects": False, "objecting": 19})  # 57 >= 57
    assert voting.urgent_blocked(b.state, "u2") is True


def test_R_3_4a_a_proposal_sent_in_before_the_meeting_is_entered_before_the_roll_call():
    """«Forslag skal sendes inn i Politikk Oslo»: proposals sent in before the meeting are entered before the roll
    call, when nobody is in a seat yet (an acceptance replay refused them); from the meeting set, only those in a
    seat table proposals."""
    b = created()
    b.add(ev.PROPOSAL_TABLED, {"item": ITEM, "text": "Bystyret ber byrådet …", "proposer": "a-02"})
    assert [p.proposer for p in b.state.proposals[ITEM]] == ["a-02"]
    assert refused(b, ev.PROPOSAL_TABLED, {"item": ITEM, "text": "…", "proposer": "byr-1"}) == "attendance.not_a_member"
    for m in b.state.council.members:
        if m.id != "a-02":
            b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEMBER_ABSENT, {"member": "a-02", "reason": "sykdom"})
    b.add(ev.MEETING_OPENED)
    assert refused(b, ev.PROPOSAL_TABLED, {"item": ITEM, "text": "…", "proposer": "a-02"}) \
        == "proposal.proposer_not_seated"
    assert [p.proposer for p in b.state.proposals[ITEM]] == ["a-02"]  # the one sent in before stands
