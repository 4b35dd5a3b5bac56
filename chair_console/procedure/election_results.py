"""Elections as the state keeps them (the rules are in elections.py, the arithmetic in majority.py).

An election of one person (flertallsvalg, R-3.3c) keeps every round: elected with more than half of the votes
cast; if nobody has that, a new vote in which most votes wins; a tie in that vote is decided by lots drawn in the
hall (R-3.3d), never by the chair. A proportional election (forholdsvalg, kommuneloven § 7-5) keeps the votes per
list, the blank votes, how it was held (open, or written and secret) and the seats per list.
"""

from __future__ import annotations

from dataclasses import dataclass

from chair_console.procedure.timebase import Instant

OPEN, WRITTEN = "open", "written"
BALLOTS = (OPEN, WRITTEN)


@dataclass(frozen=True)
class LotDraw:
    """Lots drawn in the hall (R-3.3d): who or which list was drawn, by whom, when; `aid`: the console's own
    draw (the operating system's randomness) was used as an aid."""

    drawn: str
    drawn_by: str
    aid: bool
    among: tuple[str, ...]  # the candidates (or lists) that were level
    at: Instant
    at_seq: int


@dataclass(frozen=True)
class ElectionRound:
    """One count of an election of one person."""

    number: int  # 1, then 2 for the new vote (derived, never taken from the payload)
    candidates: tuple[str, ...]  # person ids, or names as written
    tally: tuple[int, ...]  # votes per candidate
    blank: int  # shown apart (R-3.3c)
    eligible: int  # everyone entitled to vote: tally + blank add up to it (R-3.3b)
    votes_cast: int  # «de avgitte stemmene» by majority.BLANK_VOTES_COUNT_AS_CAST
    winner: int | None  # index into candidates
    needs: str | None  # None · "second_round" · "lots"
    tied: tuple[int, ...]  # the candidates level at the top
    at: Instant
    at_seq: int


@dataclass(frozen=True)
class Election:
    """An election of one person to `office` in an item: every round, the lots if drawn, and who was elected."""

    item: str
    office: str
    rounds: tuple[ElectionRound, ...]
    lot: LotDraw | None = None
    elected: str | None = None

    @property
    def decided(self) -> bool:
        return self.elected is not None

    @property
    def needs(self) -> str | None:
        """What has to happen next: "second_round" (a new vote), "lots", or None (elected)."""
        if self.decided or not self.rounds:
            return None
        return self.rounds[-1].needs

    @property
    def level(self) -> tuple[str, ...]:
        """The candidates level at the top of the last round (for the lots)."""
        last = self.rounds[-1] if self.rounds else None
        return tuple(last.candidates[i] for i in last.tied) if last else ()


@dataclass(frozen=True)
class ListResult:
    name: str
    votes: int
    seats: int  # with any seat given by lots


@dataclass(frozen=True)
class ProportionalElection:
    """A proportional election (forholdsvalg) of `seats` members of `body`: the counts per list, blank votes,
    the ballot (open, or written and secret), the seats per list; a tie at the last seat(s) by lots."""

    item: str
    body: str
    seats: int
    lists: tuple[ListResult, ...]
    blank: int
    eligible: int
    ballot: str
    tied: tuple[str, ...] = ()  # lists level for the open seats
    open_seats: int = 0  # seats still to be given by lots among `tied`
    lots: tuple[LotDraw, ...] = ()
    at: Instant | None = None
    at_seq: int = 0

    @property
    def decided(self) -> bool:
        return len(self.lots) >= self.open_seats

    @property
    def needs(self) -> str | None:
        return None if self.decided else "lots"

    @property
    def level(self) -> tuple[str, ...]:
        drawn = {lot.drawn for lot in self.lots}
        return tuple(name for name in self.tied if name not in drawn)
