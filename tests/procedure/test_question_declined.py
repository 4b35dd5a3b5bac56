"""R-6c «Ordføreren og byrådet kan nekte å svare på spørsmål»: the answer may be declined to the main question, or
only to the asker's supplementary or a follow-up after the main question was answered. The state records which
(`declined_at`, from the question's own steps: no new payload, so every stored log replays to it), the record
carries it, and the minutes do not print a question as declined when only the supplementary or a follow-up was."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import LogBuilder

from chair_console.procedure import events as ev
from chair_console.procedure.record import meeting_record

QH = "sporretime"


def hour(questions: bool = True) -> LogBuilder:
    """The demo meeting, everyone present, the question hour under way; the demo's first question: a-03 asks
    byr-5 about «Vedlikehold av skolebygg»."""
    b = LogBuilder().created(questions=questions)
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    for p in ("byr-1", "byr-3", "byr-4", "byr-5"):
        b.add(ev.GOVERNMENT_PRESENT, {"person": p}, "secretary")
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": QH})
    return b


def steps(b: LogBuilder, n: int, **payload) -> None:
    for _ in range(n):
        b.add(ev.QUESTION_STEP, {"item": QH, **payload})


def first(b: LogBuilder):
    return b.state.questions[QH][0]


def first_record(b: LogBuilder):
    return next(q for q in meeting_record(b.state).questions if q.id == first(b).id)


def test_R_6c_declining_the_supplementary_is_not_declining_the_question():
    b = hour()
    steps(b, 4)  # question, answer, supplementary, the answer to it under way
    b.add(ev.QUESTION_DECLINED, {"item": QH})
    q = first(b)
    assert q.status == "declined" and q.declined_at == "supplementary" and b.state.speech is None
    rec = first_record(b)
    assert rec.status == "declined" and rec.declined_at == "supplementary" and rec.supplementary


def test_R_6c_declining_while_the_supplementary_is_put_declines_the_supplementary():
    b = hour()
    steps(b, 3)  # question, answer, the supplementary under way
    b.add(ev.QUESTION_DECLINED, {"item": QH})
    assert first(b).declined_at == "supplementary"


def test_R_6c_declining_the_main_question():
    for n in (1, 2):  # while the question is put, and when the answer has started
        b = hour()
        steps(b, n)
        b.add(ev.QUESTION_DECLINED, {"item": QH})
        assert first(b).declined_at == "question"
        assert first_record(b).declined_at == "question"


def test_R_6c_declining_a_follow_up():
    b = hour()
    steps(b, 2)  # question, answer
    b.add(ev.QUESTION_FOLLOW_UP, {"item": QH, "person": "h-10"})
    steps(b, 1, supplementary_waived=True)  # the asker waives the supplementary: h-10's follow-up
    steps(b, 1)  # the answer to it
    b.add(ev.QUESTION_DECLINED, {"item": QH})
    assert first(b).declined_at == "follow_up"
    rec = first_record(b)
    assert rec.declined_at == "follow_up" and rec.followed == ("h-10",) and not rec.supplementary


def test_R_6c_a_question_not_declined_has_no_declined_step():
    b = hour()
    steps(b, 5)  # question, answer, supplementary, answer, and the next question
    assert first(b).status == "done" and first(b).declined_at is None
    assert first_record(b).declined_at is None


def _minutes_text(b: LogBuilder, out: Path) -> str:
    from pypdf import PdfReader

    from chair_console.minutes import Options, write_minutes

    pdf = write_minutes(b.state, out, Options(public=False))
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages))


@pytest.mark.parametrize("declined, expected", [
    (4, "om Vedlikehold av skolebygg – besvart. Tilleggsspørsmål fra spørsmålsstilleren; byråden avslo å svare på "
        "det."),
    (2, "om Vedlikehold av skolebygg – avslo å svare."),
])
def test_R_6c_the_minutes_say_which_question_was_declined(tmp_path, declined, expected):
    b = hour()
    steps(b, declined)
    b.add(ev.QUESTION_DECLINED, {"item": QH})
    b.add(ev.QUESTION_HOUR_ENDED, {"item": QH})
    text = _minutes_text(b, tmp_path / "mote.pdf")
    assert expected in text
    assert "skolebygg – avslo å svare. Tilleggsspørsmål" not in text  # not the whole question declined


def test_R_6c_the_minutes_name_the_follow_up_declined(tmp_path):
    b = hour()
    steps(b, 2)
    b.add(ev.QUESTION_FOLLOW_UP, {"item": QH, "person": "h-10"})
    b.add(ev.QUESTION_FOLLOW_UP, {"item": QH, "person": "r-01"})
    steps(b, 5)  # supplementary, answer, h-10, answer, r-01
    b.add(ev.QUESTION_DECLINED, {"item": QH})
    c = b.state.council
    text = _minutes_text(b, tmp_path / "mote.pdf")
    assert (f"om Vedlikehold av skolebygg – besvart. Tilleggsspørsmål fra spørsmålsstilleren. Oppfølgingsspørsmål fra "
            f"{c.label_of('h-10')}, {c.label_of('r-01')}; byråden avslo å svare på oppfølgingsspørsmålet fra "
            f"{c.label_of('r-01')}.") in text
