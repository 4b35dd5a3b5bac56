"""Voting (R-3.3a–f): the order of voting, counting by method, quorum, duty to vote, majority, ties.

A vote is recorded as one event holding what the secretaries counted; the reducer checks it against the
rules and keeps the result. Names are taken (lists of persons) or only counts; either way:
  R-3.3a quorum: at least 30 present and eligible in the item (R-3.10a: the disqualified are out);
  R-3.3b duty to vote: for + against (or the alternatives together) = everyone eligible;
  R-3.3c majority of votes cast; R-3.3d a tie: the chair's vote decides, in an election lots are drawn.
"""

from __future__ import annotations

from dataclasses import field

from chair_console.procedure.first_use import frozen_on_first_use

RECOMMENDATION = "recommendation"  # the committee's recommendation (innstillingen), or "recommendation:N" for part N
METHODS = ("tacit", "hands", "counter", "alternative")


@frozen_on_first_use  # made when first built (issue 17)
class VoteResult:
    """The recorded result of one vote."""

    id: str
    item: str
    subjects: tuple[str, ...]  # one subject, or the alternatives
    method: str
    eligible: int
    tally: tuple[int, ...]  # for, against — or one count per alternative
    voters: tuple[frozenset, ...] | None  # who, per column of `tally`, when names were taken
    winner: int | None  # index into subjects (alternative) — or 0 adopted / 1 fell for a single subject
    chair_decided: bool = False  # R-3.3d: a tie decided by the chair's vote
    lot: bool = False  # R-3.3d: an election tie decided by drawing lots
    election: bool = False
    superseded_by: str | None = None  # a corrected or re-taken vote
    at_seq: int = 0
    extra: dict = field(default_factory=dict, compare=False)
    together: bool = False  # several proposals voted on together: one result (for, against) for all of `subjects`
    casting_vote: str | None = None  # R-3.3d (rules ≥ 2): the chair whose own vote decided the tie

    @property
    def adopted(self) -> bool:
        return self.winner == 0 if self.single else self.winner is not None

    @property
    def single(self) -> bool:
        """One result for, against: a vote on one subject, or on several together (not an alternative vote)."""
        return len(self.subjects) == 1 or self.together


def is_recommendation(subject: str) -> bool:
    """A vote subject that is the recommendation, whole or one of its parts (R-3.3e)."""
    return subject.startswith(RECOMMENDATION)


def recommendation_subjects(parts: int) -> list[str]:
    """The subject ids of the recommendation voted on in `parts` parts (R-3.3e): «recommendation» when whole,
    else «recommendation:1» … «recommendation:N»."""
    return [RECOMMENDATION] if parts == 1 else [f"{RECOMMENDATION}:{n}" for n in range(1, parts + 1)]
