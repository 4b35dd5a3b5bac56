"""Proposals (R-3.4a) and votes (R-3.3): the voting order (R-3.3e), quorum (R-3.3a), the duty to vote and
counts that add up (R-3.3b), majority (R-3.3c), ties (R-3.3d), methods (R-3.3f), the decision text, and
objections to deciding an urgent matter (R-3.2c). Every tie and tally check lives here; the panes ask these
functions rather than count themselves. The values (VoteResult, methods) are in votes.py."""

from __future__ import annotations

from typing import Iterable, Mapping

from chair_console.procedure import events as ev
from chair_console.procedure import majority, votes
from chair_console.procedure.agenda import IN_DEBATE, NO_PROPOSALS, NOT_STARTED, VOTING, AgendaItem, Proposal
from chair_console.procedure.common import decides_by_election, is_seated, known_item, not_adjourned
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.evolve import evolve as replace  # dataclasses.replace, faster (replay)
from chair_console.procedure.first_use import frozen_on_first_use
from chair_console.procedure.payloads import CouncilCount, ProposalTabled, UrgentObjections, VoteRecorded
from chair_console.procedure.state import MeetingState, Phase
from chair_console.procedure.payloads import CouncilDecision, ProposalForwarded, VotingOrderSet  # noqa: I001
from chair_console.procedure.state import CouncilDecisionRecord
from chair_console.procedure.vote_words import subject_name


def _proposal_tabled(state: MeetingState, event: Event) -> MeetingState:
    # R-3.4a: proposals on agenda items, worded as the resolution would read, before the debate closes.
    item = known_item(state, event)
    not_adjourned(state)
    if item.kind in NO_PROPOSALS:  # R-3.5a oral statement, R-7c interpellation, R-6 question hour
        raise RuleViolation("proposal.not_allowed_in_kind", item=item.id, kind=item.kind)
    if state.status(item.id) not in (NOT_STARTED, IN_DEBATE):
        raise RuleViolation("proposal.debate_closed", item=item.id)
    p: ProposalTabled = event.data
    text = p.text.strip()
    if not text:
        raise RuleViolation("proposal.empty")
    council = state.council
    proposer = p.proposer or None
    if proposer is not None and council.member(proposer) is None and council.substitute(proposer) is None:
        raise RuleViolation("attendance.not_a_member", member=proposer)  # the city government too: it is no member
    if proposer is not None and state.rules >= 2 and state.phase is not Phase.NOT_STARTED \
            and not is_seated(state, proposer):
        # R-3.4a «Bystyrets medlemmer kan sette frem forslag»: once the meeting is set, those who sit in the council
        # now — not a member with forfall (whose substitute sits), nor a substitute not called in (rules 1 accepted
        # them, as recorded). Before it is set, a member's proposal sent in through Politikk Oslo is entered before
        # the roll call (R-3.4a «må være tilgjengelig … før debatten er avsluttet»).
        raise RuleViolation("proposal.proposer_not_seated", person=proposer, name=council.name_of(proposer))
    groups = p.groups
    unknown = [g for g in groups if council.group(g) is None]
    if unknown:
        raise RuleViolation("proposal.unknown_group", group=unknown[0])
    if proposer is None and not groups:
        raise RuleViolation("proposal.no_proposer")
    kind = p.kind
    if kind not in ("change", "new_point"):
        raise RuleViolation("proposal.bad_kind", kind=kind)
    existing = state.proposals.get(item.id, ())
    number = proposal_number(state, p, existing)
    proposal = Proposal(f"{item.id}-p{len(existing) + 1}", number, item.id, text, proposer, groups, kind)
    return replace(state, proposals={**state.proposals, item.id: (*existing, proposal)})


def _proposal_withdrawn(state: MeetingState, event: Event) -> MeetingState:
    # R-3.4a: the proposer may withdraw a proposal until it is voted on (rules ≥ 2; rules 1 refused it once the
    # debate was closed, as recorded). Withdrawn, it leaves the voting order, a decided one too (R-3.3e).
    item = known_item(state, event)
    pid = event.data.proposal
    proposals = state.proposals.get(item.id, ())
    target = next((x for x in proposals if x.id == pid), None)
    if target is None or target.withdrawn:
        raise RuleViolation("proposal.unknown", proposal=pid)
    status = state.status(item.id)
    if state.rules < 2:
        if status not in (NOT_STARTED, IN_DEBATE):
            raise RuleViolation("proposal.debate_closed", item=item.id)
    elif status != VOTING and status not in (NOT_STARTED, IN_DEBATE):
        raise RuleViolation("agenda.item_finished", item=item.id)
    elif pid in voted_subjects(state, item.id):
        raise RuleViolation("proposal.voted_cannot_withdraw", proposal=pid, name=subject_name(state, item.id, pid))
    elif pid in state.forwarded.get(item.id, ()):
        raise RuleViolation("proposal.already_forwarded", proposal=pid, name=subject_name(state, item.id, pid))
    updated = tuple(replace(x, withdrawn=True) if x.id == pid else x for x in proposals)
    state = replace(state, proposals={**state.proposals, item.id: updated})
    if state.rules < 2:
        return state
    return replace(state, voting_order=_without(state.voting_order, item.id, (pid,)),
                   decided_order=_without(state.decided_order, item.id, (pid,)))


def _without(orders: Mapping[str, tuple[str, ...]], item_id: str, ids: tuple[str, ...]) -> Mapping[str, tuple[str, ...]]:
    """The voting orders with `ids` left out of the item's (proposals forwarded or withdrawn, R-3.3e)."""
    if item_id not in orders:
        return orders
    return {**orders, item_id: tuple(s for s in orders[item_id] if s not in ids)}


def _subject_ok(state: MeetingState, item: AgendaItem, subject: str) -> None:
    if subject == votes.RECOMMENDATION or subject.startswith(votes.RECOMMENDATION + ":"):
        return
    proposal = next((p for p in state.proposals.get(item.id, ()) if p.id == subject), None)
    if proposal is None:
        raise RuleViolation("vote.unknown_subject", subject=subject)
    if proposal.withdrawn:
        raise RuleViolation("vote.withdrawn", subject=subject)
    if subject in state.forwarded.get(item.id, ()):  # forwarded to the city government without a vote (R-3.3e)
        raise RuleViolation("vote.forwarded", subject=subject, name=subject_name(state, item.id, subject))


def in_voting(state: MeetingState, event: Event, deciding: bool = True) -> AgendaItem:
    """The item of a vote, an election, a council decision in the voting or the decision's text: its debate closed
    (R-3.3e). From rules version 2 also: an item with a vote at all (R-7c, R-6a, R-3.5a: vote.not_allowed_in_kind),
    and — `deciding`, everything but the decision's text — the council sitting (council_sitting)."""
    item = known_item(state, event)
    if state.rules >= 2 and item.kind in NO_PROPOSALS:
        # R-7c «Det kan ikke fremsettes forslag i tilknytning til behandlingen av en interpellasjon», R-6a the question
        # hour, R-3.5a an oral statement: nothing to vote on and no decision (an interpellation may be sent to a
        # committee: agenda.item_sent_to_committee, which is not refused here)
        raise RuleViolation("vote.not_allowed_in_kind", item=item.number, kind=item.kind)
    if state.status(item.id) != VOTING:  # R-3.3e: voting starts when the debate is closed
        raise RuleViolation("vote.debate_open", item=item.id)
    if deciding:
        council_sitting(state)
    return item


def council_sitting(state: MeetingState) -> None:
    """R-3.3a (rules ≥ 2): the council votes and decides in its meeting while it sits — not before the meeting is
    set (meeting.not_open), not in a break or a suspension (R-11a; meeting.paused), not after it is adjourned
    (meeting.adjourned). Meetings of rules version 1 recorded votes in a break, and replay them."""
    if state.rules < 2 or state.phase is Phase.OPEN:
        return
    if state.phase in (Phase.PAUSED, Phase.SUSPENDED):
        raise RuleViolation("meeting.paused")
    if state.phase is Phase.ADJOURNED:
        raise RuleViolation("meeting.adjourned")
    raise RuleViolation("meeting.not_open")


def someone_chairs(state: MeetingState) -> None:
    """R-3.1a «Møtene ledes av ordføreren eller varaordføreren» (rules ≥ 2): no vote, election or council decision
    while nobody is in the chair (vote.no_chair) — the chair puts every question to the council (R-3.3f) and decides
    a tie (R-3.3d). The election of a settevaraordfører or a særskilt møteleder is the exception (elections.py).
    Meetings of rules version 1 replay as recorded."""
    if state.rules >= 2 and state.chair is None:
        raise RuleViolation("vote.no_chair")


def urgent_may_decide(state: MeetingState, item: AgendaItem, order_only: bool = False) -> None:
    """R-3.2c «Vedtak i slike saker kan bare gjøres hvis ikke møtelederen eller minst 1/3 av de møtende medlemmene
    motsetter seg dette»: the one guard of every decision in an urgent matter — a vote, an election (its rounds,
    lots and seats by lists), forwarding proposals, the voting order decided, the item decided. The objections are
    asked first (vote.urgent_objections_first) and do not block (vote.urgent_blocked). The voting order
    (`order_only`) may be decided before they are asked, but not once they block. Other items pass."""
    if item.kind != "urgent_matter":
        return
    blocked = urgent_blocked(state, item.id)
    if blocked is None and not order_only:
        raise RuleViolation("vote.urgent_objections_first")
    if blocked:
        raise RuleViolation("vote.urgent_blocked")


def _voting_order_set(state: MeetingState, event: Event) -> MeetingState:
    # R-3.3e: without a method, the chair's proposed order; with one, the council's decision on it, which then
    # binds (rules ≥ 2: _decided_order_binds). A counted decision that falls leaves the decided order as it was.
    item = in_voting(state, event)
    p: VotingOrderSet = event.data
    order = p.order
    if not order or len(set(order)) != len(order):
        raise RuleViolation("vote.bad_order")
    for subject in order:
        _subject_ok(state, item, subject)
    state = replace(state, voting_order={**state.voting_order, item.id: order})
    if p.method is None and not (p.has("for") or p.has("against")):
        return state
    if state.rules >= 2:  # R-3.2c: not decided in an urgent matter the objections block
        urgent_may_decide(state, item, order_only=True)
    _order_complete(state, item, order)
    decision = council_decision(state, item.id, p, "order", event.seq, subjects=order)
    state = record_decision(state, item.id, decision)
    if decision.carried:
        state = replace(state, decided_order={**state.decided_order, item.id: order})
    return state


def _persons(state: MeetingState, value: tuple[str, ...] | None, eligible: frozenset[str]) -> frozenset[str]:
    if value is None:  # given as null (the names' type is checked when the payload is parsed)
        raise RuleViolation("vote.bad_count")
    if len(set(value)) != len(value):
        raise RuleViolation("vote.twice", person=next(x for x in value if value.count(x) > 1))
    for person in value:
        if person not in eligible:  # absent, or disqualified (R-3.10a)
            raise RuleViolation("vote.not_eligible", person=person)
    return frozenset(value)


def _count(value: object, eligible: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0 or value > eligible:
        raise RuleViolation("vote.bad_count", value=value, eligible=eligible)
    return value


def _vote_recorded(state: MeetingState, event: Event) -> MeetingState:
    item = in_voting(state, event)
    urgent_may_decide(state, item)  # R-3.2c
    someone_chairs(state)  # R-3.1a (rules ≥ 2)
    p: VoteRecorded = event.data
    if p.election and state.rules >= 2:  # R-3.3c: elections are their own events (elections.py), rounds and lots
        raise RuleViolation("vote.use_election")
    subjects = p.subjects
    method = p.method
    if method not in votes.METHODS:
        raise RuleViolation("vote.unknown_method", method=method)
    if not subjects or len(set(subjects)) != len(subjects):
        raise RuleViolation("vote.bad_subjects")
    for subject in subjects:
        _subject_ok(state, item, subject)
    _decided_order_binds(state, item, subjects, p.retake_of)  # R-3.3e
    together = voted_together(state, p)
    if together:  # several proposals voted on together: one result for all (the budget meeting, R-3.3e)
        together_ok(p)
    elif (method == "alternative") != (len(subjects) > 1):
        raise RuleViolation("vote.alternative_needs_two")
    law_checks(state, item, p)  # rules ≥ 2: R-3.3c no plurality, R-3.3f b stemmetegn, no vote counted twice
    eligible = state.eligible(item.id)
    if len(eligible) < state.council.quorum:  # R-3.3a
        raise RuleViolation("vote.no_quorum", present=len(eligible), required=state.council.quorum)
    n = len(eligible)
    voters = None
    if method == "tacit":  # R-3.3f a: nobody objects
        tally = (n, 0)
    elif method in ("hands", "counter"):  # R-3.3f b: those against show; counter-vote counts those for too
        if p.has("against"):
            against = _persons(state, p.against, eligible)
            voters = (eligible - against, against)
            tally = (n - len(against), len(against))
        else:
            c = _count(p.against_count, n)
            tally = (n - c, c)
        if method == "counter":
            if p.has("for"):
                counted = _persons(state, p.voters_for, eligible)
                if voters is not None and counted & voters[1]:
                    raise RuleViolation("vote.twice", person=sorted(counted & voters[1])[0])
                counted_for = len(counted)
            else:
                counted_for = _count(p.for_count, n)
            if counted_for + tally[1] != n:  # R-3.3b: the counts must add up to everyone eligible
                raise RuleViolation("vote.count_mismatch", counted=counted_for + tally[1], eligible=n,
                                    difference=n - counted_for - tally[1])
    else:  # alternative vote: each member for one of the proposals (R-3.3e)
        columns = p.alternatives
        if columns is None or len(columns) != len(subjects):
            raise RuleViolation("vote.bad_count")
        if all(isinstance(c, tuple) for c in columns):  # by name; else all numbers (parsing allows no mix)
            groups = [_persons(state, c, eligible) for c in columns]
            seen: set[str] = set()
            for g in groups:
                if seen & g:
                    raise RuleViolation("vote.twice", person=sorted(seen & g)[0])
                seen |= g
            voters = tuple(groups)
            tally = tuple(len(g) for g in groups)
        else:
            tally = tuple(_count(c, n) for c in columns)
        if sum(tally) != n:  # R-3.3b
            raise RuleViolation("vote.count_mismatch", counted=sum(tally), eligible=n, difference=n - sum(tally))
    election = p.election
    chair_decided = lot = False
    casting = None  # R-3.3d: who chaired when the chair's own vote decided a tie (rules ≥ 2)
    if state.rules >= 2 and not election:  # R-3.3c, R-3.3d by the law's count (majority.py)
        winner, chair_decided, casting = decided_by_law(state, p, tally, voters, len(subjects) == 1 or together)
    elif len(subjects) == 1 or together:
        if tally[0] != tally[1]:
            winner = 0 if tally[0] > tally[1] else 1  # R-3.3c: majority of votes cast
        else:
            winner, chair_decided, lot = _tie(state, p, election, 2)
    else:
        best = max(tally)
        leaders = [i for i, t in enumerate(tally) if t == best]
        if len(leaders) == 1:
            winner = leaders[0]
        else:
            winner, chair_decided, lot = _tie(state, p, election, len(subjects), leaders)
    vote = votes.VoteResult(
        f"v{event.seq}", item.id, subjects, method, n, tally, voters, winner, chair_decided, lot, election,
        at_seq=event.seq, together=together, casting_vote=casting,
    )
    existing = list(state.votes.get(item.id, ()))
    retake = p.retake_of
    if retake is not None:  # a correction or a re-take: both stay, the new one stands
        old = next((i for i, v in enumerate(existing) if v.id == retake and v.superseded_by is None), None)
        if old is None:
            raise RuleViolation("vote.unknown_vote", vote=retake)
        existing[old] = replace(existing[old], superseded_by=vote.id)
    return replace(state, votes={**state.votes, item.id: (*existing, vote)})


def _tie(state: MeetingState, p: VoteRecorded, election: bool, options: int, leaders: list[int] | None = None) -> tuple:
    """R-3.3d: the chair's vote decides a tie; in an election, lots (drawn by the console) decide."""
    leaders = leaders if leaders is not None else list(range(options))
    if election:
        drawn = p.lot_winner
        if drawn not in leaders:
            raise RuleViolation("vote.tie_needs_lot")
        return drawn, False, True
    side = p.chair_side
    if side not in leaders:
        raise RuleViolation("vote.tie_needs_chair")
    return side, True, False


def council_vote(state: MeetingState, item_id: str | None, p: CouncilCount) -> bool:
    """A decision by simple majority counted as every vote: quorum (R-3.3a), duty to vote (R-3.3b),
    majority (R-3.3c), a tie decided by the chair (R-3.3d). Returns whether it was carried."""
    council_sitting(state)  # R-3.3a (rules ≥ 2)
    someone_chairs(state)  # R-3.1a (rules ≥ 2)
    eligible = state.eligible(item_id)
    n = len(eligible)
    if n < state.council.quorum:
        raise RuleViolation("vote.no_quorum", present=n, required=state.council.quorum)
    votes_for, against = _count(p.votes_for, n), _count(p.against, n)
    if votes_for + against != n:
        raise RuleViolation("vote.count_mismatch", counted=votes_for + against, eligible=n,
                            difference=n - votes_for - against)
    if votes_for == against:
        if state.rules >= 2:  # R-3.3d: the chair's own vote, recorded with the count
            return council_casting_vote(state, item_id, p)
        side = p.chair_side
        if side not in (0, 1):
            raise RuleViolation("vote.tie_needs_chair")
        return side == 0
    return votes_for > against


def _decision_text_set(state: MeetingState, event: Event) -> MeetingState:
    item = in_voting(state, event, deciding=False)  # the text may be written in a break
    text = event.data.text.strip()
    if not text:
        raise RuleViolation("vote.empty_decision")
    return replace(state, decisions={**state.decisions, item.id: text})


def _urgent_objections(state: MeetingState, event: Event) -> MeetingState:
    # R-3.2c: an urgent matter may be decided only if neither the chair nor at least 1/3 of those present object.
    item = known_item(state, event)
    if item.kind != "urgent_matter":
        raise RuleViolation("vote.not_urgent", item=item.id)
    if urgent_objections_frozen(state, item.id):  # R-3.2c: the vote was taken on the objections as they stood
        raise RuleViolation("vote.urgent_objections_frozen", item=item.id)
    n = len(state.eligible(item.id))
    p: UrgentObjections = event.data
    objecting = _count(p.objecting, n)
    chair = p.chair_objects
    return replace(state, urgent_objections={**state.urgent_objections, item.id: (chair, objecting)})


def urgent_blocked(state: MeetingState, item_id: str) -> bool | None:
    """None: objections not yet asked; True: the chair or at least a third of those present object (R-3.2c)."""
    if item_id not in state.urgent_objections:
        return None
    chair, objecting = state.urgent_objections[item_id]
    return chair or 3 * objecting >= urgent_attending(state, item_id)


def urgent_attending(state: MeetingState, item_id: str) -> int:
    """R-3.2c «minst 1/3 av de møtende medlemmene»: the third is of those attending the meeting — members and
    substitutes in a seat, one disqualified in the item too (rules ≥ 2; rules 1 counted those entitled to vote in
    the item, as recorded). Who may object is still one entitled to vote in it (the count is capped there)."""
    return len(state.seated()) if state.rules >= 2 else len(state.eligible(item_id))


def urgent_objections_frozen(state: MeetingState, item_id: str | None) -> bool:
    """R-3.2c (rules ≥ 2): once a vote in the urgent matter is recorded its objections cannot be changed (the votes
    pane then shows them, not editable). Undoing the vote opens them again. An election is a vote too."""
    item_id = item_id or ""
    return state.rules >= 2 and bool(state.votes.get(item_id) or decides_by_election(state, item_id))


# -- the council's decisions on the chair's proposals: the voting order (R-3.3e), oversendelsesforslag ------
# «Bystyret avgjør voteringsorden etter forslag fra ordføreren» (§ 3.3): the chair proposes, the council
# decides — usually tacitly (nobody objects), else by a counted vote. Postponement (R-3.2b) and sending an
# item to a committee (R-7c) are decided the same way (agenda_rules.py asks council_decision too).

DECISION_METHODS = ("tacit", "counted")


def council_decision(state: MeetingState, item_id: str | None, p: CouncilDecision, what: str, seq: int,
                     subjects: tuple[str, ...] = (), committee: str | None = None) -> CouncilDecisionRecord:
    """The council's decision on the chair's proposal as recorded: «tacit» (nobody objected, R-3.3f a; a
    decision, so the council must have its quorum, R-3.3a) or «counted» (those for and against, checked as
    every vote by council_vote: R-3.3a–d; it may fall). Without a method there is no decision:
    «agenda.decision_needed»."""
    method = p.method
    if method is None:
        raise RuleViolation("agenda.decision_needed")
    if method not in DECISION_METHODS:
        raise RuleViolation("agenda.bad_decision", method=method)
    council_sitting(state)  # R-3.3a (rules ≥ 2): in the meeting, not in a break
    someone_chairs(state)  # R-3.1a (rules ≥ 2): the chair puts the proposal to the council
    if method == "tacit":
        if p.has("for") or p.has("against"):
            raise RuleViolation("agenda.tacit_with_count")
        present = len(state.eligible(item_id))
        if present < state.council.quorum:  # R-3.3a
            raise RuleViolation("vote.no_quorum", present=present, required=state.council.quorum)
        return CouncilDecisionRecord(seq, what, method, True, subjects=subjects, committee=committee)
    carried = council_vote(state, item_id, p)
    tied = p.votes_for == p.against
    casting = state.chair.person if tied and state.rules >= 2 and state.chair is not None else None  # R-3.3d
    return CouncilDecisionRecord(seq, what, method, carried, p.votes_for, p.against, tied,
                                 subjects, committee, casting_vote=casting)


def record_decision(state: MeetingState, item_id: str, decision: CouncilDecisionRecord) -> MeetingState:
    """Keep the decision with its item (the minutes print each, carried or fallen)."""
    kept = (*state.council_decisions.get(item_id, ()), decision)
    return replace(state, council_decisions={**state.council_decisions, item_id: kept})


def voted_subjects(state: MeetingState, item_id: str) -> set[str]:
    """Every subject a vote in the item was taken on (corrected votes included)."""
    return {s for v in state.votes.get(item_id, ()) for s in v.subjects}


def next_in_order(state: MeetingState, item_id: str) -> str | None:
    """R-3.3e: the first subject of the decided order not yet voted on (None: all voted, or none decided)."""
    voted = voted_subjects(state, item_id)
    return next((s for s in state.decided_order.get(item_id, ()) if s not in voted), None)


def _decided_order_binds(state: MeetingState, item: AgendaItem, subjects: tuple[str, ...], retake: str | None) -> None:
    """R-3.3e (rules ≥ 2): the first vote in an item needs the order decided, and the decided order binds — a
    vote on anything but the next subject in it is refused until a changed order is decided. A re-take, or a
    vote again on what was voted on, is left to the rules on re-votes."""
    if state.rules < 2 or retake is not None:
        return
    decided = state.decided_order.get(item.id)
    if decided is None:
        present = len(state.eligible(item.id))
        if present < state.council.quorum:  # R-3.3a first: without a quorum nothing can be decided at all
            raise RuleViolation("vote.no_quorum", present=present, required=state.council.quorum)
        raise RuleViolation("vote.order_not_decided", item=item.id)
    voted = voted_subjects(state, item.id)
    if all(s in voted for s in subjects):
        return
    outside = next((s for s in subjects if s not in decided), None)
    if outside is not None:
        raise RuleViolation("vote.not_in_decided_order", subject=outside, name=subject_name(state, item.id, outside))
    upcoming = next_in_order(state, item.id)
    if upcoming not in subjects:
        raise RuleViolation("vote.out_of_order", subject=upcoming, name=subject_name(state, item.id, upcoming))


def _order_complete(state: MeetingState, item: AgendaItem, order: tuple[str, ...]) -> None:
    """R-3.3e (rules ≥ 2): a decided order holds every proposal still standing — not withdrawn, not forwarded."""
    if state.rules < 2:
        return
    forwarded = state.forwarded.get(item.id, ())
    for proposal in state.proposals.get(item.id, ()):
        if not proposal.withdrawn and proposal.id not in forwarded and proposal.id not in order:
            raise RuleViolation("vote.order_incomplete", subject=proposal.id,
                                name=subject_name(state, item.id, proposal.id))


def _proposal_forwarded(state: MeetingState, event: Event) -> MeetingState:
    # R-3.3e (Oslo practice): proposals forwarded to the city government without a vote on their merits
    # (oversendelsesforslag), by the council's decision — usually tacit. They then leave the voting order.
    item = in_voting(state, event)
    if state.rules >= 2:  # R-3.2c: a decision in an urgent matter
        urgent_may_decide(state, item)
    p: ProposalForwarded = event.data
    ids = p.proposals
    if not ids or len(set(ids)) != len(ids):
        raise RuleViolation("proposal.forward_none")
    known = {x.id: x for x in state.proposals.get(item.id, ())}
    voted = voted_subjects(state, item.id)
    for pid in ids:
        if pid not in known or known[pid].withdrawn:
            raise RuleViolation("proposal.unknown", proposal=pid)
        if pid in state.forwarded.get(item.id, ()):
            raise RuleViolation("proposal.already_forwarded", proposal=pid, name=subject_name(state, item.id, pid))
        if pid in voted:
            raise RuleViolation("proposal.already_voted", proposal=pid, name=subject_name(state, item.id, pid))
    decision = council_decision(state, item.id, p, "forward", event.seq, subjects=ids)
    state = record_decision(state, item.id, decision)
    if not decision.carried:  # the council would vote on them: they stay in the order
        return state
    forwarded = (*state.forwarded.get(item.id, ()), *ids)
    return replace(state, forwarded={**state.forwarded, item.id: forwarded},
                   voting_order=_without(state.voting_order, item.id, ids),
                   decided_order=_without(state.decided_order, item.id, ids))


def forwarded_proposals(state: MeetingState, item_id: str) -> list[Proposal]:
    """The proposals of the item forwarded to the city government, in the order they were forwarded."""
    ids = state.forwarded.get(item_id, ())
    by_id = {x.id: x for x in state.proposals.get(item_id, ())}
    return [by_id[i] for i in ids if i in by_id]


# -- ties and tallies for the panes: they ask these, they never count themselves -------------------------


def for_side(state: MeetingState, item_id: str | None, against: int | Iterable[str]) -> int | list[str]:
    """R-3.3b (duty to vote): everyone entitled to vote in the item who is not against is for — a number
    from a number, the names (sorted) from names."""
    eligible = state.eligible(item_id)
    if isinstance(against, int):
        return len(eligible) - against
    return sorted(set(eligible) - set(against))


def council_count(state: MeetingState, item_id: str | None, votes_for: int) -> dict:
    """A council decision (postponement R-3.2b, a committee R-7c, exclusion R-5.6a) counted by those for:
    those against are the rest (R-3.3b). The payload's «for» and «against»."""
    return {"for": votes_for, "against": for_side(state, item_id, votes_for)}


def _counts(state: MeetingState, item_id: str | None, payload: Mapping) -> list[int] | None:
    """The counts a payload as a pane built it gives, before the rules check it: a council decision
    ({for, against}), or a vote.recorded payload (None for tacit approval, which cannot tie)."""
    if "method" not in payload:
        return [payload["for"], payload["against"]]
    if payload["method"] == "tacit":
        return None
    if payload["method"] == "alternative":
        return [len(x) if isinstance(x, list) else x for x in payload["alternatives"]]
    against = len(payload["against"]) if "against" in payload else payload["against_count"]
    return [for_side(state, item_id, against), against]


def is_tie(state: MeetingState, item_id: str | None, payload: Mapping) -> bool:
    """R-3.3d: whether the count in `payload` (as a pane built it, not yet recorded) is a tie between the
    first two sides with every vote in the item cast (R-3.3b)."""
    counts = _counts(state, item_id, payload)
    return counts is not None and sum(counts) == len(state.eligible(item_id)) and counts[0] == counts[1]


def needs_casting_vote(state: MeetingState, item_id: str | None, payload: Mapping) -> bool:
    """R-3.3d: a tie outside an election is decided by the chair's vote: the pane asks how the chair voted. An
    ordinary vote in a valgsak too (the fees, R-3.10a b): the election itself is recorded as an election
    (elections.py), where a tie is decided by lots («Ved stemmelikhet i valgsaker, avgjøres valget ved
    loddtrekning»)."""
    return is_tie(state, item_id, payload) and not payload.get("election")


def tied(tally: tuple[int, ...], single: bool) -> bool:
    """R-3.3d: whether the count is a tie the law does not decide (majority.decision / majority.alternative)."""
    outcome = majority.decision(tally[0], tally[1]) if single else majority.alternative(tally)
    return outcome.needs is not None


def needs_lot(state: MeetingState, item_id: str | None, payload: Mapping) -> bool:
    """R-3.3d: a tie in an election is decided by lot."""
    return is_tie(state, item_id, payload) and bool(payload.get("election"))


# -- the budget meeting: proposals numbered per group, several proposals voted on together, the next vote --------
# Oslo's budget meeting (two days in December) has hundreds of proposals. Each group numbers its own
# («forslag nr. 1–37 fra R»); the chair proposes to vote a group's proposals together and each group's
# alternative budget against the city government's (the recommendation) in turn — R-3.3e: the chair proposes
# the order, the council decides it. What follows is what the rules and the votes pane need for that.


def proposal_number(state: MeetingState, p: ProposalTabled, existing: tuple[Proposal, ...]) -> int:
    """The number a new proposal is named by in the minutes. From rules version 2 a number may be given, as the
    council's documents number the proposals: each number once per group (or proposer) in the item
    («proposal.number_taken»). Else — and in every meeting of an earlier version — the next number in the item."""
    if p.number is None or state.rules < 2:
        return len(existing) + 1
    if p.number < 1:
        raise RuleViolation("proposal.bad_number", number=p.number)
    key = ("groups", tuple(p.groups)) if p.groups else ("member", p.proposer or None)
    if any(x.number == p.number and x.by == key for x in existing):
        raise RuleViolation("proposal.number_taken", number=p.number)
    return p.number


def voted_together(state: MeetingState, p: VoteRecorded) -> bool:
    """Whether a vote is on several subjects together (one result for all of them). From rules version 2; a
    meeting of an earlier version is judged as it always was."""
    return p.together and state.rules >= 2


def together_ok(p: VoteRecorded) -> None:
    """R-3.3e: several proposals voted on together — at least two, by tacit approval, a show of hands or a
    counter-vote (R-3.3f). An alternative vote or an election is between proposals, never on them together."""
    if len(p.subjects) < 2:
        raise RuleViolation("vote.together_needs_several")
    if p.method == "alternative" or p.election:
        raise RuleViolation("vote.together_not_alternative")


def proposal_of(state: MeetingState, item_id: str | None, subject: str) -> Proposal | None:
    return next((x for x in state.proposals.get(item_id or "", ()) if x.id == subject), None)


def decided_subjects(state: MeetingState, item_id: str | None) -> frozenset[str]:
    """Every subject a standing vote has decided on: each of those voted on together, both of an alternative vote."""
    if item_id is None:
        return frozenset()
    return frozenset(s for v in state.final_votes(item_id) for s in v.subjects)


def remaining_subjects(state: MeetingState, item_id: str | None) -> list[str]:
    """The voting order the state holds (R-3.3e), without what a standing vote has decided on."""
    done = decided_subjects(state, item_id)
    return [s for s in state.voting_subjects(item_id) if s not in done]


def run_from(state: MeetingState, item_id: str | None, subject: str) -> list[str]:
    """A group's block in the voting order: `subject` and the subjects right after it, not yet voted on, with the
    same proposer (the budget meeting: «forslag nr. 1–37 fra R», voted on together). Just `subject` if it is
    not a proposal."""
    first = proposal_of(state, item_id, subject)
    order = remaining_subjects(state, item_id)
    if first is None or subject not in order:
        return [subject]
    run = []
    for s in order[order.index(subject):]:
        x = proposal_of(state, item_id, s)
        if x is None or x.by != first.by:
            break
        run.append(s)
    return run


def proposers_voting(state: MeetingState, item_id: str | None, subjects: Iterable[str]) -> list[str]:
    """Those entitled to vote in the item (R-3.3b, R-3.10a) who are behind the proposals: every member of a
    proposing group (a member's own proposal: the member's group, or the member if independent). The
    recommendation has no proposers. Sorted."""
    council = state.council
    groups: set[str] = set()
    persons: set[str] = set()
    for subject in subjects:
        x = proposal_of(state, item_id, subject)
        if x is None:
            continue
        if x.groups:
            groups.update(x.groups)
        elif x.proposer:
            group = council.group_of(x.proposer)
            if group:
                groups.add(group)
            else:
                persons.add(x.proposer)
    return sorted(v for v in state.eligible(item_id) if council.group_of(v) in groups or v in persons)


def only_proposers_for(state: MeetingState, item_id: str | None, subjects: Iterable[str]) -> list[str]:
    """R-3.3f b, those who show they are against when only the proposers vote for: everyone else entitled to vote."""
    behind = set(proposers_voting(state, item_id, subjects))
    return sorted(v for v in state.eligible(item_id) if v not in behind)


def last_vote(state: MeetingState, item_id: str | None) -> votes.VoteResult | None:
    """The vote recorded last that stands: in the item, else the last in the meeting."""
    standing = state.final_votes(item_id) if item_id else ()
    if not standing:
        standing = tuple(v for vs in state.votes.values() for v in vs if v.superseded_by is None)
    return max(standing, key=lambda v: v.at_seq, default=None)


def same_against_as(state: MeetingState, item_id: str | None, vote: votes.VoteResult) -> list[str] | int:
    """The same groups against (in an alternative vote: for the second proposal) as in `vote`, among those entitled
    to vote in the item now: a group wholly against then is wholly against now (with whoever sits in its seats
    now); of a group split then, the same members. A vote counted by number only gives its number; tacit
    approval nobody."""
    if vote.method == "tacit":
        return []
    if vote.voters is None:
        return vote.tally[1]
    council = state.council
    then = frozenset().union(*vote.voters)
    against = vote.voters[1]
    whole = {g for g in {council.group_of(v) for v in against}
             if g is not None and all(v in against for v in then if council.group_of(v) == g)}
    return sorted(v for v in state.eligible(item_id) if council.group_of(v) in whole or v in against)


@frozen_on_first_use  # made when first built (issue 17)
class NextVote:
    """The vote the votes pane proposes next: its subjects, method (None: as the pane has it) and whether together."""

    subjects: tuple[str, ...]
    method: str | None = None
    together: bool = False


def next_vote(state: MeetingState, item_id: str | None) -> NextVote | None:
    """The next vote in the voting order the state holds (R-3.3e), shaped as the vote before it in the item: after an
    alternative vote (two proposals), the proposal that stood against the next one (each group's alternative budget
    in turn against the city government's); after a vote on a group's proposals together, the next group's block;
    else the next subject by the same method. None once everything in the order is voted on."""
    remaining = remaining_subjects(state, item_id)
    if not remaining:
        return None
    standing = state.final_votes(item_id) if item_id else ()
    last = max(standing, key=lambda v: v.at_seq, default=None)
    if last is None:
        return NextVote((remaining[0],))
    if last.method == "alternative" and len(last.subjects) == 2 and last.winner is not None:
        return NextVote((last.subjects[last.winner], remaining[0]), "alternative")
    if last.together:
        run = run_from(state, item_id, remaining[0])
        return NextVote(tuple(run), last.method, len(run) > 1)
    return NextVote((remaining[0],), last.method)


# -- elections (recorded by elections.py): who was elected -----------------------------------------------------


def elected(state: MeetingState, item_id: str, office: str) -> str | None:
    """Who was elected to `office` (e.g. «settevaraordfører», «særskilt møteleder») in the item by an election of
    one person (R-3.3c, R-3.3d): a person id (or the name as written), or None while the election is undecided
    or was not held. The latest election to that office in the item counts."""
    office = office.strip()
    found = [e for e in state.elections.get(item_id, ()) if e.office == office]
    return found[-1].elected if found else None


# -- votes as the law counts them (rules version 2): majority of the votes cast, the chair's own vote, no vote
# counted twice, stemmetegn -----------------------------------------------------------------------------------
# R-3.3c «Vedtak treffes med flertallet av de avgitte stemmene», R-3.3d «Ved stemmelikhet er møteleders stemme
# avgjørende», R-3.3f b (those against show). The arithmetic is majority.py's; these functions decide what a
# vote.recorded or a counted council decision may hold. Each refusal applies only when state.rules >= 2: a
# meeting recorded by release 0.1.0 (rules version 1) replays to the outcomes it had.

CHAIR_FOR, CHAIR_AGAINST = "for", "against"  # `chair_vote` on one subject (or several voted on together)


def law_checks(state: MeetingState, item: AgendaItem, p: VoteRecorded) -> None:
    """The refusals of rules version 2 before anything is counted (R-3.3c, R-3.3f b, no vote counted twice)."""
    if state.rules < 2:
        return
    if p.method == "hands" and (p.has("for") or p.has("for_count")):  # R-3.3f b: only those against show
        raise RuleViolation("vote.for_in_hands")
    if p.method == "alternative" and majority.needs_pairwise(p.subjects, p.election):  # R-3.3c: no plurality
        raise RuleViolation("vote.plurality_not_allowed", count=len(p.subjects))
    # a re-vote is explicit (retake_of) and replaces that vote only; anything else is counted once
    twice = voted_before(state, item.id, p.subjects, p.method == "alternative", replacing=p.retake_of)
    if twice is not None:
        raise RuleViolation("vote.already_voted", subject=twice, name=subject_name(state, item.id, twice))


def standing_subjects(state: MeetingState, item_id: str, replacing: str | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """What the final votes of the item have decided: (settled, standing). Settled: voted on by itself (or together
    with others), or beaten in an alternative vote. Standing: won every alternative vote it was in — it may stand
    against the next proposal in a pairwise sequence (majority.pairwise_order), and in nothing else."""
    settled: set[str] = set()
    won: set[str] = set()
    for v in state.final_votes(item_id):
        if v.id == replacing:  # the vote a re-vote replaces decides nothing any more
            continue
        if v.method == "alternative" and len(v.subjects) > 1 and not v.together:
            for i, s in enumerate(v.subjects):
                (won if i == v.winner else settled).add(s)
        else:
            settled.update(v.subjects)
    return frozenset(settled), frozenset(won - settled)


def voted_before(state: MeetingState, item_id: str, subjects: Iterable[str], alternative: bool,
                 replacing: str | None = None) -> str | None:
    """The first of `subjects` a final vote of the item has already decided — None if none has. The winner of an
    alternative vote may still stand in the next pairwise alternative vote (R-3.3c, R-3.3e); a re-vote
    (`replacing` the vote it re-takes) may be on what that vote was on, and on nothing else already decided."""
    settled, standing = standing_subjects(state, item_id, replacing)
    for s in subjects:
        if s in settled or (s in standing and not alternative):
            return s
    return None


def open_subjects(state: MeetingState, item_id: str | None) -> list[str]:
    """The voting order (R-3.3e) without what a final vote has decided, standing winners included: what the votes
    pane proposes next, in order."""
    if item_id is None:
        return []
    settled, standing = standing_subjects(state, item_id)
    return [s for s in state.voting_subjects(item_id) if s not in settled and s not in standing]


def pairwise_next(state: MeetingState, item_id: str | None, rivals: list[str]) -> tuple[str, str] | None:
    """R-3.3c, R-3.3e: with proposals standing against each other (`rivals`, in the voting order), the next pairwise
    alternative vote as majority.pairwise_order proposes it — the first two, then the winner against the next —
    given the winners of those already held (the item's final votes). None once the sequence is done."""
    held = [v for v in state.final_votes(item_id or "") if v.method == "alternative" and len(v.subjects) == 2]
    results: list[str] = []
    while True:
        pair = majority.pairwise_order(rivals, results)
        if pair is None:
            return None
        vote = next((v for v in held if set(v.subjects) == set(pair) and v.winner is not None), None)
        if vote is None:
            return pair
        results.append(vote.subjects[vote.winner])


def pairwise_winner(state: MeetingState, item_id: str | None, rivals: list[str]) -> str | None:
    """The proposal left standing once the pairwise sequence over `rivals` is done (None before that)."""
    if len(rivals) < 2 or pairwise_next(state, item_id, rivals) is not None:
        return None
    held = [v for v in state.final_votes(item_id or "") if v.method == "alternative" and len(v.subjects) == 2]
    last = max((v for v in held if set(v.subjects) <= set(rivals)), key=lambda v: v.at_seq, default=None)
    return last.subjects[last.winner] if last is not None and last.winner is not None else None


def decided_by_law(state: MeetingState, p: VoteRecorded, tally: tuple[int, ...], voters: tuple | None,
                   single: bool) -> tuple[int, bool, str | None]:
    """R-3.3c by majority.decision / majority.alternative; a tie by the chair's own vote (R-3.3d). Returns the
    winner (0 adopted / 1 fell, or the subject's index), whether the chair's vote decided, and who chaired."""
    outcome = majority.decision(tally[0], tally[1]) if single else majority.alternative(tally)
    if outcome.needs is None:
        return outcome.winner, False, None
    return chairs_column(state, p, voters, single), True, state.chair.person


def _column_of(chair_vote: str | None, subjects: tuple[str, ...], single: bool) -> int | None:
    if single:
        return {CHAIR_FOR: majority.ADOPTED, CHAIR_AGAINST: majority.FELL}.get(chair_vote or "")
    return subjects.index(chair_vote) if chair_vote in subjects else None


def chairs_column(state: MeetingState, p: VoteRecorded, voters: tuple | None, single: bool) -> int:
    """R-3.3d: the side the person in the chair voted. Names taken: the list that holds the chair (a `chair_side`
    or `chair_vote` saying otherwise is refused; neither is needed). Only counts: the recorded `chair_vote`."""
    if state.chair is None:
        raise RuleViolation("vote.no_chair_for_tie")
    chair = state.chair.person
    if voters is not None:
        column = next((i for i, names in enumerate(voters) if chair in names), None)
        if column is None:
            raise RuleViolation("vote.chair_not_entitled", person=chair)
        given = _column_of(p.chair_vote, p.subjects, single) if p.chair_vote is not None else column
        if given != column:
            raise RuleViolation("vote.chair_side_contradicts", person=chair)
    else:
        if chair not in state.eligible(p.item):
            raise RuleViolation("vote.chair_not_entitled", person=chair)
        if p.chair_vote is None:
            raise RuleViolation("vote.tie_needs_chair")
        column = _column_of(p.chair_vote, p.subjects, single)
        if column is None:
            raise RuleViolation("vote.bad_chair_vote")
    if p.chair_side is not None and p.chair_side != column:
        raise RuleViolation("vote.chair_side_contradicts", person=chair)
    return column


def council_casting_vote(state: MeetingState, item_id: str | None, p: CouncilCount) -> bool:
    """R-3.3d for a counted council decision (postponement, a committee, exclusion, the voting order …): a tie is
    carried if the person in the chair voted for — `chair_vote`, recorded with the count. Returns whether carried."""
    if state.chair is None:
        raise RuleViolation("vote.no_chair_for_tie")
    chair = state.chair.person
    if chair not in state.eligible(item_id):
        raise RuleViolation("vote.chair_not_entitled", person=chair)
    if p.chair_vote is None:
        raise RuleViolation("vote.tie_needs_chair")
    if p.chair_vote not in (CHAIR_FOR, CHAIR_AGAINST):
        raise RuleViolation("vote.bad_chair_vote")
    side = majority.casting_side(p.chair_vote == CHAIR_FOR)
    if p.chair_side is not None and p.chair_side != side:
        raise RuleViolation("vote.chair_side_contradicts", person=chair)
    return side == majority.ADOPTED


# what the panes ask about the chair's vote (R-3.3d)


def chair_vote_by_names(state: MeetingState, item_id: str | None, payload: Mapping) -> str | None:
    """The chair's vote as the names in a payload (as a pane built it) show it: «for» / «against», or (an
    alternative vote) the subject. None when only counts were taken, nobody chairs, or the chair is in no list."""
    if state.chair is None:
        return None
    chair = state.chair.person
    method = payload.get("method")
    if method == "alternative":
        columns = payload.get("alternatives") or []
        if not all(isinstance(c, (list, tuple)) for c in columns):
            return None
        return next((s for s, names in zip(payload["subjects"], columns) if chair in names), None)
    if method in ("hands", "counter") and "against" in payload:
        if chair not in state.eligible(item_id):
            return None
        return CHAIR_AGAINST if chair in payload["against"] else CHAIR_FOR
    return None


def asks_chair(state: MeetingState, item_id: str | None, payload: Mapping) -> bool:
    """R-3.3d: whether the pane asks «Hvordan stemte møtelederen?» — a tie outside an election that the names do
    not settle. From rules version 2 not when nobody chairs: the rules refuse that vote (vote.no_chair, R-3.1a)."""
    if not needs_casting_vote(state, item_id, payload):
        return False
    if state.rules >= 2 and state.chair is None:
        return False
    return chair_vote_by_names(state, item_id, payload) is None


def with_chair_vote(state: MeetingState, payload: Mapping, chair_vote: str | None) -> dict:
    """The payload with the chair's vote as the meeting's rules record it: from rules version 2 `chair_vote` (only
    when counts were taken; names show it), in a meeting of version 1 the old `chair_side`."""
    out = dict(payload)
    if chair_vote is None:
        return out
    single = out.get("method") != "alternative"
    if state.rules >= 2:
        if chair_vote_by_names(state, out.get("item"), out) is None:
            out["chair_vote"] = chair_vote
        return out
    column = _column_of(chair_vote, tuple(out.get("subjects", ())), single)
    if column is not None:
        out["chair_side"] = column
    return out


@frozen_on_first_use  # made when first built (issue 17)
class GroupCount:
    """One group's votes in a vote taken by names: `counts` per column of the vote's tally (for, against — or one
    per alternative). `group` is None for the members outside any group."""

    group: str | None
    abbreviation: str
    counts: tuple[int, ...]


def group_counts(state: MeetingState, vote: votes.VoteResult | None) -> list[GroupCount]:
    """Per group, in the council's group order (the members outside any group last), how many voted in each column
    of the vote — only for a vote where names were taken; groups with no votes are left out."""
    council = state.council
    if vote is None or vote.voters is None or council is None:
        return []
    rows = []
    for group_id, abbreviation in [*((g.id, g.abbreviation) for g in council.groups_in_order()), (None, "")]:
        counts = tuple(sum(1 for p in column if council.group_of(p) == group_id) for column in vote.voters)
        if any(counts):
            rows.append(GroupCount(group_id, abbreviation, counts))
    return rows


def blank_votes(vote: votes.VoteResult) -> int:
    """Those entitled to vote who are in no column of the tally (blank, or not counted)."""
    return max(0, vote.eligible - sum(vote.tally))


def needs_party_breakdown(vote: votes.VoteResult) -> bool:
    """Kommuneloven § 11-4 (the ministry reads «voteringsresultatet» as which parties voted how): a vote recorded by
    counts only, not unanimous, and neither tacit approval nor an election (a written ballot is secret) — the party
    breakdown is missing from the record."""
    if vote.method == "tacit" or vote.voters is not None or vote.election:
        return False
    if vote.single:
        return min(vote.tally[:2]) > 0
    return sum(1 for n in vote.tally if n) > 1


def counted_only(state: MeetingState, item_id: str | None) -> list[votes.VoteResult]:
    """The votes that stand in the item and lack the party breakdown (needs_party_breakdown), in the order taken:
    the console asks for the breakdown before the item is decided."""
    if item_id is None:
        return []
    return [v for v in state.final_votes(item_id) if needs_party_breakdown(v)]


HANDLERS = {
    ev.PROPOSAL_TABLED: _proposal_tabled,
    ev.PROPOSAL_WITHDRAWN: _proposal_withdrawn,
    ev.PROPOSAL_FORWARDED: _proposal_forwarded,
    ev.VOTING_ORDER_SET: _voting_order_set,
    ev.VOTE_RECORDED: _vote_recorded,
    ev.DECISION_TEXT_SET: _decision_text_set,
    ev.URGENT_OBJECTIONS: _urgent_objections,
}
