"""Question hour (R-6a–c): registration, order, the fixed sequence, follow-ups, declining, the hour."""

from __future__ import annotations

import pytest
from helpers import LogBuilder

from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation

QH = "sporretime"


def hour() -> LogBuilder:
    b = LogBuilder().created(questions=False)
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    for p in ("byr-1", "byr-2"):
        b.add(ev.GOVERNMENT_PRESENT, {"person": p})
    return b


def register(b, asker, to="byr-1", topic="Skolebygg"):
    return b.add(ev.QUESTION_REGISTERED, {"item": QH, "asker": asker, "to": to, "topic": topic})


def step(b):
    b.add(ev.QUESTION_STEP, {"item": QH})
    s = b.state.speech
    return (s.entry.kind, s.entry.person, s.allowed) if s else None


def test_R_6b_one_main_question_per_member():
    b = hour()
    register(b, "a-03")
    with pytest.raises(RuleViolation) as exc:
        register(b, "a-03", "h-01", "Noe annet")
    assert exc.value.code == "question.one_per_member"
    with pytest.raises(RuleViolation, match="question.bad_answerer"):
        register(b, "a-04", "a-01")  # not the mayor nor the city government


def test_R_6a_the_chair_sets_the_order():
    b = hour()
    first = register(b, "a-03")
    second = register(b, "sv-02", "h-01", "Trikken")
    b.add(ev.QUESTIONS_ORDERED, {"item": QH, "order": [f"q{second.seq}", f"q{first.seq}"]})
    assert [q.asker for q in b.state.questions[QH]] == ["sv-02", "a-03"]


def test_R_6c_the_fixed_sequence_with_follow_ups_one_each():
    b = hour()
    register(b, "a-03")
    register(b, "sv-02", "h-01", "Trikken")
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": QH})
    assert step(b) == ("question", "a-03", 60)
    assert step(b) == ("qh_answer", "byr-1", 120)
    assert step(b) == ("supplementary", "a-03", 60)
    b.add(ev.QUESTION_FOLLOW_UP, {"item": QH, "person": "h-10"})
    b.add(ev.QUESTION_FOLLOW_UP, {"item": QH, "person": "r-01"})
    with pytest.raises(RuleViolation, match="question.follow_up_once"):
        b.add(ev.QUESTION_FOLLOW_UP, {"item": QH, "person": "h-10"})
    with pytest.raises(RuleViolation, match="question.follow_up_by_asker"):
        b.add(ev.QUESTION_FOLLOW_UP, {"item": QH, "person": "a-03"})
    assert step(b) == ("qh_answer", "byr-1", 120)
    assert step(b) == ("follow_up", "h-10", 60)
    assert step(b) == ("qh_answer", "byr-1", 120)
    assert step(b) == ("follow_up", "r-01", 60)
    assert step(b) == ("qh_answer", "byr-1", 120)
    assert step(b) == ("question", "sv-02", 60)  # the next question: one key
    assert b.state.questions[QH][0].status == "done"


def test_R_6c_the_answerer_may_decline():
    b = hour()
    register(b, "a-03")
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": QH})
    step(b)
    step(b)
    b.add(ev.QUESTION_DECLINED, {"item": QH})
    assert b.state.questions[QH][0].status == "declined" and b.state.speech is None


def test_R_6a_one_hour_then_what_was_not_reached_is_recorded():
    b = hour()
    register(b, "a-03")
    register(b, "sv-02")
    register(b, "r-02")
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": QH})
    step(b)
    b.t += 3550  # the hour is nearly gone
    kind, person, allowed = step(b)
    assert kind == "qh_answer" and allowed < 60  # capped by what is left of the hour
    b.t += 100
    b.add(ev.QUESTION_HOUR_ENDED, {"item": QH})
    statuses = [q.status for q in b.state.questions[QH]]
    assert statuses == ["done", "not_reached", "not_reached"]
    with pytest.raises(RuleViolation, match="question.hour_over"):
        step(b)


def test_a_new_question_cannot_start_after_the_hour():
    b = hour()
    register(b, "a-03")
    register(b, "sv-02")
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": QH})
    step(b)
    b.add(ev.QUESTION_DECLINED, {"item": QH})
    b.t += 3700
    with pytest.raises(RuleViolation, match="question.hour_over"):
        step(b)


def test_the_demo_meeting_comes_with_registered_questions():
    b = LogBuilder().created()
    assert len(b.state.questions[QH]) == 4
