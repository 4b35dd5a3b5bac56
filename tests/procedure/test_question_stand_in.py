"""R-6c in the question hour: a settebyråd — another member of the city government who is present — answers for the
member asked, who is absent (question.answerer_set); the answers go to the stand-in and the record keeps both."""

from __future__ import annotations

import pytest
from helpers import LogBuilder

from chair_console.messages import MESSAGES
from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.reducer import replay

QH = "sporretime"


def hour_without_byr_1() -> tuple[LogBuilder, str]:
    """Everyone present but the byrådsleder (byr-1), who is asked; byr-2 and byr-3 are here."""
    b = LogBuilder().created(questions=False)
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    for p in ("byr-2", "byr-3"):
        b.add(ev.GOVERNMENT_PRESENT, {"person": p})
    q = b.add(ev.QUESTION_REGISTERED, {"item": QH, "asker": "a-03", "to": "byr-1", "topic": "Skolebygg"})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": QH})
    return b, f"q{q.seq}"


def step(b):
    b.add(ev.QUESTION_STEP, {"item": QH})
    s = b.state.speech
    return (s.entry.kind, s.entry.person) if s else None


def test_R_6c_without_a_stand_in_the_absent_member_asked_cannot_answer():
    b, _q = hour_without_byr_1()
    assert step(b) == ("question", "a-03")
    with pytest.raises(RuleViolation) as exc:
        step(b)
    assert exc.value.code == "question.answerer_absent" and exc.value.params["person"] == "byr-1"
    assert "Svarer:" in MESSAGES["question.answerer_absent"]


def test_R_6c_a_present_byrad_answers_for_the_absent_one_every_answer_of_the_question():
    b, q = hour_without_byr_1()
    assert step(b) == ("question", "a-03")
    b.add(ev.QUESTION_ANSWERER_SET, {"item": QH, "question": q, "answered_by": "byr-2"})
    assert b.state.questions[QH][0].answered_by == "byr-2"
    assert step(b) == ("qh_answer", "byr-2")
    assert step(b) == ("supplementary", "a-03")
    assert step(b) == ("qh_answer", "byr-2")  # after the supplementary too
    assert replay(b.log).questions[QH][0].answered_by == "byr-2"


def test_R_6c_the_stand_in_may_be_chosen_before_the_question_starts_and_set_back():
    b, q = hour_without_byr_1()
    b.add(ev.QUESTION_ANSWERER_SET, {"item": QH, "question": q, "answered_by": "byr-3"})
    b.add(ev.QUESTION_ANSWERER_SET, {"item": QH, "question": q, "answered_by": "byr-1"})  # back to the person asked
    assert b.state.questions[QH][0].answered_by is None
    b.add(ev.QUESTION_ANSWERER_SET, {"item": QH, "question": q, "answered_by": "byr-3"})
    assert step(b) == ("question", "a-03")
    assert step(b) == ("qh_answer", "byr-3")


def test_R_6c_who_may_stand_in_and_for_whom():
    b, q = hour_without_byr_1()
    before = b.state
    cases = [
        ({"answered_by": "byr-4"}, "speaker.not_present"),  # a byråd, but not in the hall
        ({"answered_by": "h-01"}, "question.stand_in_not_government"),  # a member of the council is no settebyråd
        ({"answered_by": "byr-2", "question": "q999"}, "question.unknown"),
        ({"answered_by": 7}, "payload.invalid"),
    ]
    for extra, code in cases:
        with pytest.raises(RuleViolation) as exc:
            b.add(ev.QUESTION_ANSWERER_SET, {"item": QH, "question": q, **extra})
        assert exc.value.code == code, extra
    assert b.state is before  # nothing written
    b.add(ev.GOVERNMENT_PRESENT, {"person": "byr-1"})  # the person asked has come: answers for themselves
    with pytest.raises(RuleViolation) as exc:
        b.add(ev.QUESTION_ANSWERER_SET, {"item": QH, "question": q, "answered_by": "byr-2"})
    assert exc.value.code == "question.asked_is_present"


def test_R_6c_questions_to_the_mayor_have_no_settebyrad_and_a_finished_question_keeps_its_answerer():
    b, q = hour_without_byr_1()
    mayor = b.state.council.holder_of("ordfører").id
    to_mayor = b.add(ev.QUESTION_REGISTERED, {"item": QH, "asker": "sv-02", "to": mayor, "topic": "Trikken"})
    with pytest.raises(RuleViolation) as exc:
        b.add(ev.QUESTION_ANSWERER_SET, {"item": QH, "question": f"q{to_mayor.seq}", "answered_by": "byr-2"})
    assert exc.value.code == "question.stand_in_for_government_only"
    b.add(ev.QUESTION_ANSWERER_SET, {"item": QH, "question": q, "answered_by": "byr-2"})
    step(b)
    b.add(ev.QUESTION_DECLINED, {"item": QH})  # the settebyråd may decline too
    with pytest.raises(RuleViolation) as exc:
        b.add(ev.QUESTION_ANSWERER_SET, {"item": QH, "question": q, "answered_by": "byr-3"})
    assert exc.value.code == "question.already_answered"
