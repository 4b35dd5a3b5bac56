"""Question hour (R-6a, R-6c) after the audit: the asker may waive the supplementary question, and an extraordinary
meeting holds no question hour."""

from __future__ import annotations

import pytest
from helpers import LogBuilder, demo_council, demo_meeting

from chair_console.procedure import events as ev
from chair_console.procedure import question_hour as qh
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.record import meeting_record
from chair_console.procedure.state import RULES_VERSION

QH = "sporretime"


def hour(extraordinary: str | None = None, rules: int = RULES_VERSION, questions: bool = True) -> LogBuilder:
    b = LogBuilder()
    m = demo_meeting()
    meeting = {k: m[k] for k in ("title", "date", "start", "place", "term")}
    if extraordinary:
        meeting["extraordinary"] = extraordinary
    b.add(ev.MEETING_CREATED, {"council": demo_council(), "meeting": meeting, "agenda": m["agenda"],
                               "questions": m["questions"] if questions else [], "rules": rules}, "secretary")
    for member in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": member.id})
    for p in ("byr-1", "byr-2", "byr-3", "byr-4", "byr-5", "byr-8"):
        b.add(ev.GOVERNMENT_PRESENT, {"person": p})
    b.add(ev.MEETING_OPENED)
    return b


def step(b: LogBuilder, **extra):
    b.add(ev.QUESTION_STEP, {"item": QH, **extra})
    s = b.state.speech
    return (s.entry.kind, s.entry.person) if s else None


def test_R_6c_asker_may_waive_the_supplementary():
    b = hour()
    b.add(ev.ITEM_OPENED, {"item": QH})
    first, second = b.state.questions[QH][:2]
    with pytest.raises(RuleViolation) as exc:  # no question under way: nothing to waive
        step(b, supplementary_waived=True)
    assert exc.value.code == "question.no_supplementary_due"
    assert step(b) == ("question", first.asker)
    with pytest.raises(RuleViolation, match="question.no_supplementary_due"):  # the answer comes first
        step(b, supplementary_waived=True)
    assert step(b) == ("qh_answer", first.to)
    assert qh.supplementary_due(b.state.running_question(QH))
    b.add(ev.QUESTION_FOLLOW_UP, {"item": QH, "person": "h-10"})
    # the asker does not use the supplementary: straight on to the follow-up
    assert step(b, supplementary_waived=True) == ("follow_up", "h-10")
    q = b.state.running_question(QH)
    assert q.supplementary_waived and q.supplementary_done
    assert step(b) == ("qh_answer", first.to)
    assert step(b) == ("question", second.asker)  # no supplementary afterwards either
    # the second question: the supplementary taken this time, as before (an explicit false is a plain step)
    assert step(b) == ("qh_answer", second.to)
    assert step(b, supplementary_waived=False) == ("supplementary", second.asker)
    with pytest.raises(RuleViolation, match="question.no_supplementary_due"):  # it is behind: the answer is next
        step(b, supplementary_waived=True)
    b.add(ev.QUESTION_HOUR_ENDED, {"item": QH})

    done = {r.id: r for r in meeting_record(b.state, b.log).questions}
    assert not done[first.id].supplementary and done[first.id].supplementary_waived
    assert done[first.id].followed == ("h-10",)
    assert done[second.id].supplementary and not done[second.id].supplementary_waived
    waived = [e for e in b.log if e.kind == ev.QUESTION_STEP and e.payload.get("supplementary_waived")]
    assert len(waived) == 1 and waived[0].data.to_payload() == {"item": QH, "supplementary_waived": True}
    # the stored log replays to the same state
    replayed = LogBuilder()
    for e in b.log:
        replayed.add(e.kind, e.payload, e.actor)
    assert replayed.state.questions == b.state.questions


def test_R_6c_the_minutes_do_not_mention_a_waived_supplementary():
    from chair_console.minutes import Options, register_fonts, story
    from reportlab.platypus import KeepTogether, Paragraph

    b = hour()
    b.add(ev.ITEM_OPENED, {"item": QH})
    step(b)
    step(b)
    assert step(b, supplementary_waived=True)[0] == "question"  # the next question at once
    b.add(ev.QUESTION_HOUR_ENDED, {"item": QH})
    register_fonts()
    text: list[str] = []

    def walk(f) -> None:  # noqa: ANN001
        if isinstance(f, Paragraph):
            text.append(f.getPlainText())
        elif isinstance(f, KeepTogether):
            for x in f._content:  # noqa: SLF001
                walk(x)

    for f in story(b.state, Options(public=False)):
        walk(f)
    asked = [t for t in text if " spurte " in t]
    assert asked and "besvart" in asked[0]
    assert not any("Tilleggsspørsmål" in t for t in asked)


def test_R_6a_no_question_hour_in_an_extraordinary_meeting():
    with pytest.raises(RuleViolation) as exc:  # questions with the agenda of an extraordinary meeting
        hour(extraordinary="third")
    assert exc.value.code == "question.extraordinary_meeting"
    b = hour(extraordinary="mayor", questions=False)
    with pytest.raises(RuleViolation, match="question.extraordinary_meeting"):  # registered in the pane
        b.add(ev.QUESTION_REGISTERED, {"item": QH, "asker": "a-03", "to": "byr-1", "topic": "Skolebygg"})
    b.add(ev.ITEM_OPENED, {"item": QH})  # (taking up the item is agenda_rules' business)
    with pytest.raises(RuleViolation, match="question.extraordinary_meeting"):  # no question hour is held
        b.add(ev.QUESTION_STEP, {"item": QH})
    assert b.state.speech is None and not b.state.question_hour_started
    b.add(ev.QUESTION_HOUR_ENDED, {"item": QH})  # the item can still be closed


def test_R_6a_rules_1_extraordinary_meetings_replay_their_question_hour_as_recorded():
    b = hour(extraordinary="third", rules=1)
    b.add(ev.ITEM_OPENED, {"item": QH})
    assert step(b)[0] == "question"
