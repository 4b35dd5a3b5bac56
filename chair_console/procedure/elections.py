"""Elections (R-3.3c, R-3.3d, kommuneloven): of one person by majority (flertallsvalg), and by lists
(forholdsvalg, kommuneloven § 7-5). The records are in election_results.py, the arithmetic in majority.py.

One person: each count is its own event (election.round) with the candidates, the votes per candidate and the
blank votes apart; they add up to everyone entitled to vote (R-3.3b, duty to vote — a blank vote is a vote).
Round 1 elects whoever has more than half of the votes cast (majority.votes_cast, by the one named reading of
blank votes, majority.BLANK_VOTES_COUNT_AS_CAST); otherwise a new vote (round 2), in which most votes wins; a tie
in it is decided by lots (R-3.3d) — never by the chair: an election carrying `chair_side` is refused. The lots are
drawn in the hall and recorded (election.lot): who was drawn, by whom, when; the console may offer its own draw
only as an aid, recorded as such. An election of the one who is to chair (a settevaraordfører or a særskilt
møteleder, R-3.1a, R-5.5b) is held whenever the council sits, in whatever item, debate or no (`_election_item`).
There is no written ballot in an election of one person (the ministry's reading
of the 2018 Act); the council may decide on one in a proportional election (kommuneloven § 7-5), where only the
counts per list and blank are recorded and the seats are given by majority.proportional_seats.
"""

from __future__ import annotations


from chair_console.procedure import events as ev
from chair_console.procedure import majority
from chair_console.procedure.agenda import FINAL_STATUSES, NOT_STARTED, VOTING, AgendaItem
from chair_console.procedure.attendance import chair_office
from chair_console.procedure.common import decides_by_election, known_item
from chair_console.procedure.election_results import (
    BALLOTS,
    OPEN,
    WRITTEN,
    Election,
    ElectionRound,
    ListResult,
    LotDraw,
    ProportionalElection,
)
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.evolve import evolve as replace  # dataclasses.replace, faster (replay)
from chair_console.procedure.payloads import ElectionLot, ElectionProportional
from chair_console.procedure.payloads import ElectionRound as ElectionRoundPayload
from chair_console.procedure.state import MeetingState, Phase
from chair_console.procedure.voting import council_sitting, in_voting, someone_chairs, urgent_may_decide


def _count(value: object, eligible: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0 or value > eligible:
        raise RuleViolation("vote.bad_count", value=value, eligible=eligible)
    return value


def electorate(state: MeetingState, item_id: str | None) -> frozenset[str]:
    """Who votes in an election held in the item (R-3.3b): everyone seated. R-3.10a, § 3.10 b (kommuneloven
    § 11-10): «Medlem av bystyret er ikke inhabil når det skal velges personer til offentlige tillitsverv» — a
    disqualification in the item is for its matter, not for an election held in it (rules ≥ 2; meetings of rules
    version 1 left the member out, as recorded)."""
    return state.eligible(None if state.rules >= 2 else item_id)


def _electorate(state: MeetingState, item: AgendaItem) -> int:
    """The number entitled to vote in an election in the item (`electorate`), with the quorum checked (R-3.3a)."""
    n = len(electorate(state, item.id))
    if n < state.council.quorum:
        raise RuleViolation("vote.no_quorum", present=n, required=state.council.quorum)
    return n


def _adds_up(counted: int, n: int) -> None:
    if counted != n:  # R-3.3b: everyone votes; blank votes are votes
        raise RuleViolation("vote.count_mismatch", counted=counted, eligible=n, difference=n - counted)


def _no_chair(p: ElectionRoundPayload | ElectionProportional) -> None:
    if p.has("chair_side"):  # R-3.3d: a tie in an election is decided by lots, never by the chair
        raise RuleViolation("election.no_chair_side")


def _deciding(state: MeetingState, item: AgendaItem, office: str | None = None) -> None:
    """What an election needs before anything is counted, from rules version 2: in an urgent matter, objections asked
    and not blocking (R-3.2c); someone in the chair (R-3.1a) — but not for the election of the one who is to chair, a
    settevaraordfører or a særskilt møteleder (`office`): held when nobody may chair yet, in whatever item is under
    way, and no decision in that item's matter (common.decides_by_election)."""
    if state.rules < 2 or (office is not None and chair_office(office) is not None):
        return
    urgent_may_decide(state, item)
    someone_chairs(state)


def _election_item(state: MeetingState, event: Event, office: str) -> AgendaItem:
    """The item an election of one person to `office` (or its lots) is recorded in. Every election: the item's debate
    closed (R-3.3e) in an item with a vote (rules ≥ 2), the council sitting (voting.in_voting). From rules version 2
    an election to a chair office (attendance.chair_office: settevaraordfører, særskilt møteleder) is the exception:
    § 3.1 «Det velges settevaraordfører når ordfører eller varaordfører har forfall. Hvis både ordfører og
    varaordfører har forfall velges en særskilt møteleder», § 5.5 «Vil ordføreren delta i debatten, overtar
    varaordfører, eventuelt setteordfører» — held before the first item is taken up or in the middle of a debate, it
    needs only an item of the agenda to be recorded in and the council sitting (voting.council_sitting), and leaves
    the item's status (and a speech under way) as it was. It seats nobody: the one elected takes the chair by
    chair.taken or a handover (attendance.py). Meetings of rules version 1 replay as recorded (in voting only)."""
    if state.rules >= 2 and chair_office(office) is not None:  # R-3.1a, R-5.5b
        item = known_item(state, event)
        council_sitting(state)  # R-3.3a: in the meeting, not in a break, not after it is adjourned
        return item
    return in_voting(state, event)  # R-3.3e: voting starts when the debate is closed (rules ≥ 2: the council sits)


def chair_elections_open(state: MeetingState) -> bool:
    """R-3.1a, R-5.5b (rules ≥ 2): whether the one who is to chair may be elected now — whenever the council sits and
    has an agenda to record it in (_election_item), its voting or not."""
    return state.rules >= 2 and state.phase is Phase.OPEN and bool(state.agenda)


def chair_election_now(state: MeetingState, office: str) -> bool:
    """Whether an election of one person to `office` is the election of the one who is to chair (settevaraordfører,
    særskilt møteleder) and may be held now (chair_elections_open)."""
    return chair_elections_open(state) and chair_office(office) is not None


def recorded_in(state: MeetingState, office: str, one_person: bool = True) -> str | None:
    """The item an election to `office` is recorded in (what the election box sends): the item under way in its
    voting (R-3.3e); for the election of the one who is to chair (chair_election_now), the item under way whatever
    its debate, else the next not yet taken up (the first of the agenda before any is)."""
    current = state.current_item
    voting = current is not None and state.status(current) == VOTING
    if voting or not (one_person and chair_election_now(state, office)):
        return current
    if current is not None and state.status(current) not in FINAL_STATUSES:
        return current
    first = state.agenda[0].id if state.agenda else None
    return next((i.id for i in state.agenda if state.status(i.id) == NOT_STARTED), current or first)


def _election_round(state: MeetingState, event: Event) -> MeetingState:
    item = _election_item(state, event, event.data.office)  # R-3.3e; R-3.1a: a chair office whenever the council sits
    p: ElectionRoundPayload = event.data
    _deciding(state, item, p.office)  # R-3.2c, R-3.1a
    _no_chair(p)
    if p.ballot == WRITTEN:  # no written ballot in an election of one person (only in forholdsvalg, § 7-5)
        raise RuleViolation("election.no_written_ballot")
    if p.ballot != OPEN:
        raise RuleViolation("election.bad_ballot", ballot=p.ballot)
    office = p.office.strip()
    if not office:
        raise RuleViolation("election.no_office")
    candidates = tuple(c.strip() for c in p.candidates)
    if not candidates or not all(candidates):
        raise RuleViolation("election.no_candidates")
    twice = next((c for c in candidates if candidates.count(c) > 1), None)
    if twice is not None:
        raise RuleViolation("election.candidate_twice", candidate=twice)
    if len(p.tally) != len(candidates):
        raise RuleViolation("election.bad_tally")
    n = _electorate(state, item)
    tally = tuple(_count(t, n) for t in p.tally)
    blank = _count(p.blank, n)
    _adds_up(sum(tally) + blank, n)
    existing = list(state.elections.get(item.id, ()))
    at = next((i for i, e in enumerate(existing) if e.office == office), None)
    if at is not None:
        if existing[at].decided:
            raise RuleViolation("election.decided", office=office)
        if existing[at].needs == "lots":  # R-3.3d: a tie in the new vote is decided by lots, not another vote
            raise RuleViolation("election.needs_lot", office=office)
    number = len(existing[at].rounds) + 1 if at is not None else 1  # derived, never taken from the payload
    if p.round is not None and p.round != number:
        raise RuleViolation("election.wrong_round", round=number, given=p.round)
    outcome = majority.election_round(tally, blank, number)
    count = ElectionRound(number, candidates, tally, blank, n, majority.votes_cast(tally, blank), outcome.winner,
                          outcome.needs, outcome.tied, event.at, event.seq)
    elected = candidates[outcome.winner] if outcome.winner is not None else None
    if at is None:
        existing.append(Election(item.id, office, (count,), elected=elected))
    else:
        existing[at] = replace(existing[at], rounds=(*existing[at].rounds, count), elected=elected)
    return replace(state, elections={**state.elections, item.id: tuple(existing)})


def _election_lot(state: MeetingState, event: Event) -> MeetingState:
    """R-3.3d: lots drawn in the hall decide a tie in an election (one person, or the last seat(s) by lists); for a
    chair office, in the item and at the time its rounds may be held (`_election_item`)."""
    item = _election_item(state, event, event.data.office)
    p: ElectionLot = event.data
    if state.rules >= 2:  # R-3.2c: the lots decide the election, a decision in an urgent matter
        urgent_may_decide(state, item)
    office = p.office.strip()
    one = list(state.elections.get(item.id, ()))
    lists = list(state.proportional_elections.get(item.id, ()))
    at_one = next((i for i, e in enumerate(one) if e.office == office and e.needs == "lots"), None)
    at_lists = next((i for i, e in enumerate(lists) if e.body == office and e.needs == "lots"), None)
    target = one[at_one] if at_one is not None else lists[at_lists] if at_lists is not None else None
    if target is None:
        raise RuleViolation("election.no_lot_needed", office=office)
    drawn = (p.drawn or "").strip()
    if drawn not in target.level:
        raise RuleViolation("election.lot_not_level", drawn=drawn, level=", ".join(target.level))
    drawn_by = p.drawn_by.strip()
    if not drawn_by:
        raise RuleViolation("election.lot_needs_drawer")
    lot = LotDraw(drawn, drawn_by, p.aid, target.level, event.at, event.seq)
    if at_one is not None:
        one[at_one] = replace(target, lot=lot, elected=drawn)
        return replace(state, elections={**state.elections, item.id: tuple(one)})
    seats = tuple(replace(r, seats=r.seats + 1) if r.name == drawn else r for r in target.lists)
    lists[at_lists] = replace(target, lists=seats, lots=(*target.lots, lot))
    return replace(state, proportional_elections={**state.proportional_elections, item.id: tuple(lists)})


def _list(entry: object) -> tuple[str, int]:
    name = entry.get("name") if hasattr(entry, "get") else None
    votes = entry.get("votes") if hasattr(entry, "get") else None
    if not isinstance(name, str) or not name.strip() or isinstance(votes, bool) or not isinstance(votes, int) \
            or votes < 0:
        raise RuleViolation("election.bad_lists")
    return name.strip(), votes


def _election_proportional(state: MeetingState, event: Event) -> MeetingState:
    """Kommuneloven § 7-5: seats by lists; open, or written and secret when the council so decides."""
    item = in_voting(state, event)
    p: ElectionProportional = event.data
    _deciding(state, item)  # R-3.2c, R-3.1a
    _no_chair(p)
    if p.ballot not in BALLOTS:
        raise RuleViolation("election.bad_ballot", ballot=p.ballot)
    body = p.body.strip()
    if not body:
        raise RuleViolation("election.no_body")
    if p.seats is None or p.seats < 1:
        raise RuleViolation("election.bad_seats")
    entries = [_list(e) for e in p.lists]
    if not entries:
        raise RuleViolation("election.bad_lists")
    names = [name for name, _v in entries]
    twice = next((x for x in names if names.count(x) > 1), None)
    if twice is not None:
        raise RuleViolation("election.list_twice", name=twice)
    n = _electorate(state, item)
    votes = [_count(v, n) for _name, v in entries]
    blank = _count(p.blank, n)
    _adds_up(sum(votes) + blank, n)
    if sum(votes) == 0:
        raise RuleViolation("election.no_list_votes")
    existing = state.proportional_elections.get(item.id, ())
    if any(e.body == body for e in existing):
        raise RuleViolation("election.decided", office=body)
    allocation = majority.proportional_seats(votes, p.seats)
    record = ProportionalElection(
        item.id, body, p.seats,
        tuple(ListResult(name, v, s) for name, v, s in zip(names, votes, allocation.seats, strict=True)),
        blank, n, p.ballot, tuple(names[i] for i in allocation.tied), allocation.open_seats,
        at=event.at, at_seq=event.seq,
    )
    return replace(state, proportional_elections={**state.proportional_elections, item.id: (*existing, record)})


# -- for the other concerns and the panes ---------------------------------------------------------------------


def held(state: MeetingState, item_id: str) -> bool:
    """Whether an election was held in the item that counts as voting in it: from rules 2 not that of the one to
    chair, elected in whatever item was under way (R-3.1a, common.decides_by_election), unless the item is itself a
    valgsak."""
    if state.rules < 2:
        return bool(state.elections.get(item_id) or state.proportional_elections.get(item_id))
    return decides_by_election(state, item_id)


def undecided(state: MeetingState, item_id: str) -> Election | ProportionalElection | None:
    """The first election in the item still waiting for a new vote or lots."""
    every = (*state.elections.get(item_id, ()), *state.proportional_elections.get(item_id, ()))
    return next((e for e in every if not e.decided), None)


def current(state: MeetingState, item_id: str | None, office: str) -> Election | None:
    """The election of one person to `office` in the item, if any round was recorded."""
    office = office.strip()
    return next((e for e in state.elections.get(item_id or "", ()) if e.office == office), None)


def next_round(state: MeetingState, item_id: str | None, office: str) -> int:
    """The number the next count for `office` would get: 1, or 2 for the new vote."""
    election = current(state, item_id, office)
    return len(election.rounds) + 1 if election is not None and not election.decided else 1


HANDLERS = {
    ev.ELECTION_ROUND: _election_round,
    ev.ELECTION_LOT: _election_lot,
    ev.ELECTION_PROPORTIONAL: _election_proportional,
}
