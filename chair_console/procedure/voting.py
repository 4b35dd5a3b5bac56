"""Proposals (R-3.4a) and votes (R-3.3): the voting order (R-3.3e), quorum (R-3.3a), the duty to vote and
counts that add up (R-3.3b), majority (R-3.3c), ties (R-3.3d), methods (R-3.3f), the decision text, and
objections to deciding an urgent matter (R-3.2c). Every tie and tally check lives here; the panes ask these
functions rather than count themselves. The values (VoteResult, methods) are in votes.py."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Mapping

from chair_console.procedure import events as ev
from chair_console.procedure import votes
from chair_console.procedure.agenda import IN_DEBATE, NO_PROPOSALS, NOT_STARTED, VOTING, AgendaItem, Proposal
from chair_console.procedure.common import known_item, not_adjourned
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.payloads import CouncilCount, ProposalTabled, UrgentObjections, VoteRecorded
from chair_console.procedure.state import MeetingState


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
        raise RuleViolation("attendance.not_a_member", member=proposer)
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
    number = len(existing) + 1
    proposal = Proposal(f"{item.id}-p{number}", number, item.id, text, proposer, groups, kind)
    return replace(state, proposals={**state.proposals, item.id: (*existing, proposal)})


def _proposal_withdrawn(state: MeetingState, event: Event) -> MeetingState:
    item = known_item(state, event)
    pid = event.data.proposal
    proposals = state.proposals.get(item.id, ())
    target = next((x for x in proposals if x.id == pid), None)
    if target is None or target.withdrawn:
        raise RuleViolation("proposal.unknown", proposal=pid)
    if state.status(item.id) not in (NOT_STARTED, IN_DEBATE):
        raise RuleViolation("proposal.debate_closed", item=item.id)
    updated = tuple(replace(x, withdrawn=True) if x.id == pid else x for x in proposals)
    return replace(state, proposals={**state.proposals, item.id: updated})


def _subject_ok(state: MeetingState, item: AgendaItem, subject: str) -> None:
    if subject == votes.RECOMMENDATION or subject.startswith(votes.RECOMMENDATION + ":"):
        return
    proposal = next((p for p in state.proposals.get(item.id, ()) if p.id == subject), None)
    if proposal is None:
        raise RuleViolation("vote.unknown_subject", subject=subject)
    if proposal.withdrawn:
        raise RuleViolation("vote.withdrawn", subject=subject)


def in_voting(state: MeetingState, event: Event) -> AgendaItem:
    item = known_item(state, event)
    if state.status(item.id) != VOTING:  # R-3.3e: voting starts when the debate is closed
        raise RuleViolation("vote.debate_open", item=item.id)
    return item


def _voting_order_set(state: MeetingState, event: Event) -> MeetingState:
    item = in_voting(state, event)
    order = event.data.order
    if not order or len(set(order)) != len(order):
        raise RuleViolation("vote.bad_order")
    for subject in order:
        _subject_ok(state, item, subject)
    return replace(state, voting_order={**state.voting_order, item.id: order})


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
    if item.kind == "urgent_matter":  # R-3.2c
        blocked = urgent_blocked(state, item.id)
        if blocked is None:
            raise RuleViolation("vote.urgent_objections_first")
        if blocked:
            raise RuleViolation("vote.urgent_blocked")
    p: VoteRecorded = event.data
    subjects = p.subjects
    method = p.method
    if method not in votes.METHODS:
        raise RuleViolation("vote.unknown_method", method=method)
    if not subjects or len(set(subjects)) != len(subjects):
        raise RuleViolation("vote.bad_subjects")
    for subject in subjects:
        _subject_ok(state, item, subject)
    if (method == "alternative") != (len(subjects) > 1):
        raise RuleViolation("vote.alternative_needs_two")
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
    if len(subjects) == 1:
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
        at_seq=event.seq,
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
    eligible = state.eligible(item_id)
    n = len(eligible)
    if n < state.council.quorum:
        raise RuleViolation("vote.no_quorum", present=n, required=state.council.quorum)
    votes_for, against = _count(p.votes_for, n), _count(p.against, n)
    if votes_for + against != n:
        raise RuleViolation("vote.count_mismatch", counted=votes_for + against, eligible=n,
                            difference=n - votes_for - against)
    if votes_for == against:
        side = p.chair_side
        if side not in (0, 1):
            raise RuleViolation("vote.tie_needs_chair")
        return side == 0
    return votes_for > against


def _decision_text_set(state: MeetingState, event: Event) -> MeetingState:
    item = in_voting(state, event)
    text = event.data.text.strip()
    if not text:
        raise RuleViolation("vote.empty_decision")
    return replace(state, decisions={**state.decisions, item.id: text})


def _urgent_objections(state: MeetingState, event: Event) -> MeetingState:
    # R-3.2c: an urgent matter may be decided only if neither the chair nor at least 1/3 of those present object.
    item = known_item(state, event)
    if item.kind != "urgent_matter":
        raise RuleViolation("vote.not_urgent", item=item.id)
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
    return chair or 3 * objecting >= len(state.eligible(item_id))


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
    """R-3.3d: a tie outside an election is decided by the chair's vote: the pane asks how the chair voted."""
    return is_tie(state, item_id, payload) and not payload.get("election")


def needs_lot(state: MeetingState, item_id: str | None, payload: Mapping) -> bool:
    """R-3.3d: a tie in an election is decided by lot."""
    return is_tie(state, item_id, payload) and bool(payload.get("election"))


HANDLERS = {
    ev.PROPOSAL_TABLED: _proposal_tabled,
    ev.PROPOSAL_WITHDRAWN: _proposal_withdrawn,
    ev.VOTING_ORDER_SET: _voting_order_set,
    ev.VOTE_RECORDED: _vote_recorded,
    ev.DECISION_TEXT_SET: _decision_text_set,
    ev.URGENT_OBJECTIONS: _urgent_objections,
}
