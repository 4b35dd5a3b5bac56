"""Speakers (taleliste) and speaking time (taletid): kinds of speech, the order the rules propose,
group time budgets and limits. Pure functions over the meeting state; the reducer applies the events.

R-5.3a committee leader and deputy first, then groups by size (largest first; ties by the council's
       group order); R-5.3b working group leader first, then all groups, independents and the city
       government, then others, closing speeches last; R-5.3c control committee leader first; R-5.3d the
       proposer of a private proposal first; R-3.5a oral statement: one speaker per group and the city
       government member once.
R-5.4a each group's time per item (3 min, or the item's extended time); R-5.4b +2 min for the working
       group leader; R-5.4c independents 1 min; R-5.4d 1-minute speeches, at most two per member per item;
       R-5.4e replies (where allowed) at most two per speaker, up to 1 min; the answer up to 2 min.
"""

from __future__ import annotations

from chair_console.procedure.first_use import frozen_on_first_use
from chair_console.procedure.timebase import Instant, elapsed_seconds

MAIN = "main"
ONE_MINUTE = "one_minute"
REPLY = "reply"
ANSWER = "answer"
CLOSING = "closing"
GOVERNMENT = "government"
SPEECH_KINDS = (MAIN, ONE_MINUTE, REPLY, ANSWER, CLOSING, GOVERNMENT)

ONE_MINUTE_LIMIT = 60  # R-5.4d
REPLY_LIMIT = 60  # R-5.4e
ANSWER_LIMIT = 120  # R-5.4e
WORKING_GROUP_BONUS = 120  # R-5.4b
MAX_ONE_MINUTE = 2  # R-5.4d
MAX_REPLIES = 2  # R-5.4e
INTERPELLATION_FIRST = 300  # R-7b: first speech of the interpellant and of the answerer
INTERPELLATION_OTHER = 180  # R-7b: every other speech
INTERPELLATION_HOUR = 3600  # R-7b: the whole interpellation


@frozen_on_first_use  # made when first built (issue 17)
class QueueEntry:
    """A request for the floor on the speakers' list."""

    id: str
    item: str
    person: str
    kind: str
    reply_to: str | None = None  # the speech (entry id) a reply answers to
    override: str | None = None  # R-5.3b: the chair's reason for a closing speech the rules do not give


@frozen_on_first_use  # made when first built (issue 17)
class Speech:
    """A speech given (or under way): its instants and the time it was allowed."""

    entry: QueueEntry
    budget: str | None  # group budget key the time is drawn from (main speeches), else None
    allowed: float | None  # seconds; None: no limit (counts up)
    started: Instant
    pauses: tuple[tuple[Instant, Instant | None], ...] = ()
    ended: Instant | None = None

    @property
    def paused(self) -> bool:
        return bool(self.pauses) and self.pauses[-1][1] is None

    def used(self, now: Instant) -> float:
        """Seconds spoken: from start to end (or now), less the pauses."""
        end = self.ended or now
        total = elapsed_seconds(self.started, end)
        for start, stop in self.pauses:
            total -= elapsed_seconds(start, stop or end)
        return max(0.0, total)

    def remaining(self, now: Instant) -> float | None:
        return None if self.allowed is None else self.allowed - self.used(now)

    def overrun(self, now: Instant) -> float:
        left = self.remaining(now)
        return 0.0 if left is None else max(0.0, -left)
