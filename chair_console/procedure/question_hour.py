"""Question hour (spørretime, R-6): registered questions, their order, and the fixed sequence of each.

R-6a one hour of oral questions to the mayor or the city government; the chair decides the order.
R-6b one main question per member.
R-6c question ≤ 1 min; answer ≤ 2 min; the asker's one supplementary ≤ 1 min — a right, which the asker may
     waive (question.step with `supplementary_waived`); follow-ups by other members or substitutes, one each,
     ≤ 1 min; the answerer may speak after each; the answerer may decline — the main question, or only the
     supplementary or a follow-up after answering the main question (`declined_at`, step_answered).
"""

from __future__ import annotations

from dataclasses import dataclass

QUESTION = "question"
QH_ANSWER = "qh_answer"
SUPPLEMENTARY = "supplementary"
FOLLOW_UP = "follow_up"
QH_KINDS = (QUESTION, QH_ANSWER, SUPPLEMENTARY, FOLLOW_UP)
LIMITS = {QUESTION: 60, QH_ANSWER: 120, SUPPLEMENTARY: 60, FOLLOW_UP: 60}  # R-6c
HOUR = 3600  # R-6a
SMALLEST_QUESTION = 60 + 120  # a question and its answer; the console warns when not even that fits

WAITING, RUNNING, DONE, DECLINED, NOT_REACHED = "waiting", "running", "done", "declined", "not_reached"


@dataclass(frozen=True)
class Question:
    """A question registered for question hour."""

    id: str
    item: str
    asker: str
    to: str  # the mayor (member id) or a city government member
    topic: str
    status: str = WAITING
    step: str | None = None  # the step under way or last taken (a QH_KINDS kind)
    supplementary_done: bool = False  # the asker's supplementary is behind: put, or waived
    supplementary_waived: bool = False  # R-6c: the asker did not use the right to a supplementary question
    follow_ups: tuple[str, ...] = ()  # waiting to ask, in order
    followed: tuple[str, ...] = ()  # have asked a follow-up (R-6c: one each)
    answered_by: str | None = None  # a settebyråd answering for `to`, who is absent (question.answerer_set)
    declined_at: str | None = None  # R-6c: the asking step whose answer was declined (step_answered)

    @property
    def answerer(self) -> str:
        """Who gives the answers: the person asked, or the present city government member answering for them."""
        return self.answered_by or self.to


def next_step(q: Question) -> tuple[str, str] | None:
    """(kind, person) of the next step of a running question, or None when it is over."""
    if q.step is None:
        return QUESTION, q.asker
    if q.step in (QUESTION, SUPPLEMENTARY, FOLLOW_UP):
        return QH_ANSWER, q.answerer
    # after an answer: the asker's supplementary once, then follow-ups, then the question is over
    if not q.supplementary_done:
        return SUPPLEMENTARY, q.asker
    if q.follow_ups:
        return FOLLOW_UP, q.follow_ups[0]
    return None


def step_answered(q: Question) -> str:
    """R-6c «Ordføreren og byrådet kan nekte å svare på spørsmål»: the asking step the answerer is answering, or is
    about to answer, in the running question `q` — the main question, the asker's supplementary or the last
    follow-up. From the question's state alone: an asking step under way is that step; during (or after) an answer,
    the last follow-up put if any, else the supplementary if it was put (not waived), else the main question."""
    if q.step in (QUESTION, SUPPLEMENTARY, FOLLOW_UP):
        return q.step
    if q.followed:
        return FOLLOW_UP
    if q.supplementary_done and not q.supplementary_waived:
        return SUPPLEMENTARY
    return QUESTION


def supplementary_due(q: Question | None) -> bool:
    """R-6c: whether the next step of the running question `q` is the asker's supplementary — the one step the
    asker may waive."""
    return q is not None and next_step(q) == (SUPPLEMENTARY, q.asker)
