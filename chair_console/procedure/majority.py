"""How votes decide, by the law's count: one place for the arithmetic of decisions and elections.

Reglement for bystyret § 3.3 (R-3.3c, R-3.3d):
    «Vedtak treffes med flertallet av de avgitte stemmene hvis ikke noe annet følger av særskilt bestemmelse
    i lov. Ved stemmelikhet er møteleders stemme avgjørende. Ved stemmelikhet i valgsaker, avgjøres valget
    ved loddtrekning.»
    «Er en sak oppdelt eller det foreligger flere forslag til votering, setter ordføreren frem forslag om
    rekkefølgen for voteringen, eller om alternativ votering.»

Kommuneloven (2018) on elections of one person (flertallsvalg), as the 1992 Act § 38 already had it: elected is
whoever gets more than half of the votes cast; if nobody does, a new vote is held, in which whoever gets most
votes is elected; a tie in that vote is decided by drawing lots — never by the chair.

Plain Python, no I/O: the voting handlers, the votes pane and the minutes ask this module, nobody recounts.
"""

from __future__ import annotations

from typing import Sequence

from chair_console.procedure.first_use import frozen_on_first_use

# -- the reading of the law on blank votes in elections (one named place) -----------------------------------------

BLANK_VOTES_COUNT_AS_CAST = False
"""Whether a blank vote counts among «de avgitte stemmene» in the more-than-half test of an election.

Blank votes are allowed in elections (the ministry, on the 2018 Act: no written ballot in elections of mayor and
deputy mayor, «men … anledning til å stemme blankt»), and the minutes show them apart. The Act does not say in so
many words whether a blank vote is a vote *cast* for the majority test. The console reads it as not cast: a blank
vote supports no candidate, and counting it would let blanks block every candidate in the first round, which the
second round (most votes wins) shows the Act does not intend. Source of the reading: the ministry's answers on
constitution and elections (regjeringen.no, «Spørsmål og svar om konstitueringer og valg til folkevalgte organer»)
and the 1992 Act § 38 (avgitte stemmer = stemmer på kandidater). Change it here, and only here, if the municipality's
lawyers read it otherwise; tests/procedure/test_majority.py shows both readings."""

ADOPTED, FELL = 0, 1  # the winner index of a vote on one subject: for (adopted) or against (fell)


@frozen_on_first_use  # made when first built (issue 17)
class Outcome:
    """The result of one count: a winner (index into the columns), or what has to happen first."""

    winner: int | None  # 0 adopted / 1 fell for one subject; the subject's index in an alternative vote
    tied: tuple[int, ...] = ()  # the columns that are level at the top
    needs: str | None = None  # None · "casting_vote" (the chair's own vote) · "second_round" · "lots"


# -- ordinary decisions ---------------------------------------------------------------------------------------------


def decision(votes_for: int, votes_against: int) -> Outcome:
    """R-3.3c: adopted with the majority of the votes cast; R-3.3d: a tie is decided by the chair's own vote."""
    if votes_for > votes_against:
        return Outcome(ADOPTED)
    if votes_against > votes_for:
        return Outcome(FELL)
    return Outcome(None, (ADOPTED, FELL), "casting_vote")


def alternative(tally: Sequence[int]) -> Outcome:
    """An alternative vote (alternativ votering) is between two proposals: the one with more votes has the majority
    of the votes cast; a tie is decided by the chair's own vote (R-3.3d). With three or more proposals no count can
    decide by plurality — see `needs_pairwise` and `pairwise_order`."""
    if len(tally) != 2:
        raise ValueError("an alternative vote is between exactly two proposals")
    return decision(tally[0], tally[1])  # column 0 or 1 wins; level: the chair's own vote


def needs_pairwise(subjects: Sequence[str], election: bool) -> bool:
    """Outside elections, three or more proposals against each other cannot be decided by one count (a plurality
    is not «flertallet av de avgitte stemmene»): the chair proposes pairwise alternative votes or an order."""
    return not election and len(subjects) > 2


def pairwise_order(subjects: Sequence[str], results: Sequence[str] = ()) -> tuple[str, str] | None:
    """The chair's proposal for the next pairwise alternative vote: the first two proposals against each other,
    then the winner of each vote against the next proposal. `results` holds the winners so far, in order.
    None once one proposal stands against no other."""
    if len(subjects) < 2 or len(results) >= len(subjects) - 1:
        return None
    standing = results[-1] if results else subjects[0]
    return standing, subjects[len(results) + 1]


def casting_side(chair_for: bool) -> int:
    """The chair's own vote decides a tie: the side the chair voted for (R-3.3d)."""
    return ADOPTED if chair_for else FELL


# -- elections of one person (flertallsvalg) ------------------------------------------------------------------------


def votes_cast(tally: Sequence[int], blank: int) -> int:
    """«De avgitte stemmene» in an election, by the reading above."""
    return sum(tally) + (blank if BLANK_VOTES_COUNT_AS_CAST else 0)


def election_round(tally: Sequence[int], blank: int, round_no: int) -> Outcome:
    """One round of an election of one person. Round 1: elected with more than half of the votes cast, else a
    second round. Round 2 (and any later count): most votes wins; a tie at the top is decided by lots."""
    if not tally:
        raise ValueError("an election needs candidates")
    best = max(tally)
    leaders = tuple(i for i, t in enumerate(tally) if t == best)
    if round_no <= 1:
        if len(leaders) == 1 and 2 * best > votes_cast(tally, blank):
            return Outcome(leaders[0])
        return Outcome(None, leaders if len(leaders) > 1 else (), "second_round")
    if len(leaders) == 1:
        return Outcome(leaders[0])
    return Outcome(None, leaders, "lots")


# -- proportional elections (forholdsvalg) --------------------------------------------------------------------------


@frozen_on_first_use  # made when first built (issue 17)
class Allocation:
    """The seats of a proportional election: the seats each list has for certain, and — when quotients are level
    at the last seat(s) — the lists that are level and how many seats lots must give among them."""

    seats: tuple[int, ...]  # per list, in the order the lists were given
    tied: tuple[int, ...] = ()  # the lists level for the open seats (indexes)
    open_seats: int = 0  # seats to be given by drawing lots among `tied`, one list per draw


def proportional_seats(votes: Sequence[int], seats: int) -> Allocation:
    """Seats per list in a proportional election (forholdsvalg), by the divisors 1, 2, 3, … (d'Hondt).

    Source: kommuneloven (LOV-2018-06-22-83) § 7-5 on forholdsvalg — the council's elections to committees and
    other bodies by lists; the law's method for dividing the seats among the lists is the divisors 1, 2, 3, 4 …
    (as the 1992 Act § 37 had it, «den kommunale forholdsvalgmetoden» — not valgloven's modified Sainte-Laguë, which
    is for the elections of the council itself). Each list's votes are divided by 1, 2, 3, …; the seats go to the
    largest quotients, one by one.

    Level quotients at the last seat(s) are decided by lots (Reglement § 3.3: «Ved stemmelikhet i valgsaker,
    avgjøres valget ved loddtrekning»), drawn in the hall and recorded as for an election of one person. Uncertain:
    valgloven § 11-4 gives a level quotient first to the list with more votes, and only then lots; whether the
    council's elections follow that is not settled here — if the municipality's lawyers read it so, change it here
    (and only here): tests/procedure/test_elections.py shows the reading in use.
    Quotients are compared exactly (as fractions), never as floating point."""
    if seats < 1 or not votes or any(v < 0 for v in votes):
        raise ValueError("a proportional election needs lists, non-negative votes and at least one seat")
    from fractions import Fraction

    quotients = sorted(
        ((Fraction(v, d), i) for i, v in enumerate(votes) if v > 0 for d in range(1, seats + 1)),
        key=lambda q: q[0],
        reverse=True,
    )
    if not quotients:  # no list has a vote: nothing can be given
        return Allocation(tuple(0 for _ in votes), tuple(range(len(votes))), seats)
    if len(quotients) <= seats:
        given = [0] * len(votes)
        for _q, i in quotients:
            given[i] += 1
        return Allocation(tuple(given))
    last = quotients[seats - 1][0]
    given = [0] * len(votes)
    for q, i in quotients:
        if q > last:
            given[i] += 1
    level = tuple(i for q, i in quotients if q == last)
    open_seats = seats - sum(given)
    if len(level) == open_seats:
        for i in level:
            given[i] += 1
        return Allocation(tuple(given))
    return Allocation(tuple(given), tuple(sorted(level)), open_seats)
