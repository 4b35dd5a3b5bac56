"""R-3.5a «I debatten kan ett medlem fra hver av bystyregruppe og byråden få ordet én gang»: the city government
member who gave the oral statement (byråden) may have the floor once in the debate that follows it — the statement
itself is not their turn in the debate — and only once. Any other member of the city government is still refused
(rules ≥ 2); a meeting of rules 1 replays as recorded (the check is only loosened)."""

from __future__ import annotations

import pytest
from helpers import LogBuilder

from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.state import RULES_VERSION

STATEMENT = "s302"  # the demo agenda's oral statement, given by byr-4
UNNAMED = "s397"  # an oral statement whose presenter the agenda does not name


def debate(item: str = STATEMENT, rules: int | None = RULES_VERSION) -> LogBuilder:
    extra = {"id": UNNAMED, "number": "Sak 397/26", "title": "Redegjørelse om flom", "kind": "oral_statement"}
    b = LogBuilder().created(questions=False, rules=rules, extra_agenda=(extra,))
    for member in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": member.id})
    for p in ("byr-1", "byr-4", "byr-8"):
        b.add(ev.GOVERNMENT_PRESENT, {"person": p}, "secretary")
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": item})
    return b


def add(b: LogBuilder, person: str, kind: str = "main"):
    return b.add(ev.SPEAKER_ADDED, {"item": b.state.current_item, "person": person, "kind": kind})


def queue(b: LogBuilder) -> list[tuple[str, str]]:
    return [(e.person, e.kind) for e in b.state.queues.get(b.state.current_item, ())]


def statement_given(b: LogBuilder, presenter: str = "byr-4") -> None:
    add(b, presenter, "government")
    b.add(ev.SPEECH_NEXT, {"item": b.state.current_item})
    b.add(ev.SPEECH_ENDED)


def test_R_3_5a_the_byrad_who_gave_the_statement_speaks_once_in_the_debate():
    b = debate()
    statement_given(b)
    add(b, "a-05")
    add(b, "byr-4", "government")  # byråden in the debate: not refused as a second statement
    assert queue(b) == [("a-05", "main"), ("byr-4", "government")]
    with pytest.raises(RuleViolation) as exc:
        add(b, "byr-4", "government")  # a second debate speech is
    assert exc.value.code == "speaker.oral_statement_once" and exc.value.params == {"person": "byr-4"}
    for _ in range(2):  # the debate is held: the group's speech, then byråden's
        b.add(ev.SPEECH_NEXT, {"item": STATEMENT})
    assert b.state.speech.entry.person == "byr-4"
    b.add(ev.SPEECH_ENDED)
    with pytest.raises(RuleViolation, match="speaker.oral_statement_once"):
        add(b, "byr-4", "government")  # held speeches count too


def test_R_3_5a_the_debate_speech_may_be_listed_before_the_statement_is_given_but_once():
    b = debate()
    add(b, "byr-4", "government")  # the statement
    add(b, "byr-4", "government")  # the debate speech
    with pytest.raises(RuleViolation, match="speaker.oral_statement_once"):
        add(b, "byr-4", "government")


def test_R_3_5a_another_city_government_member_still_refused_after_the_statement():
    b = debate()
    statement_given(b)
    with pytest.raises(RuleViolation) as exc:
        add(b, "byr-1", "government")
    assert exc.value.code == "speaker.oral_statement_presenter"


def test_R_3_5a_without_a_named_presenter_the_first_on_the_list_gave_the_statement():
    b = debate(UNNAMED)
    statement_given(b, "byr-8")
    add(b, "byr-8", "government")
    with pytest.raises(RuleViolation, match="speaker.oral_statement_once"):
        add(b, "byr-8", "government")
    with pytest.raises(RuleViolation, match="speaker.oral_statement_presenter"):
        add(b, "byr-1", "government")


def test_R_3_5a_rules_1_the_presenter_too_speaks_once_in_the_debate_others_once_as_recorded():
    b = debate(rules=None)
    assert b.state.rules == 1
    statement_given(b)
    add(b, "byr-1", "government")  # as 0.1.0 recorded it
    add(b, "byr-4", "government")
    with pytest.raises(RuleViolation, match="speaker.oral_statement_once"):
        add(b, "byr-4", "government")
    with pytest.raises(RuleViolation, match="speaker.oral_statement_once"):
        add(b, "byr-1", "government")


def test_R_3_5a_the_minutes_name_byraden_among_the_debate_s_speakers(tmp_path):
    """The statement is not a debate speech: with byråden's one speech in the debate and nobody else's, the minutes
    name byråden, not «Det var ingen debatt»."""
    import re

    from pypdf import PdfReader

    from chair_console.minutes import Options, write_minutes

    def text(b: LogBuilder) -> str:
        pdf = write_minutes(b.state, tmp_path / "m.pdf", Options())
        return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(pdf)).pages))

    b = debate()
    statement_given(b)
    assert "Det var ingen debatt." in text(b)
    add(b, "byr-4", "government")
    b.add(ev.SPEECH_NEXT, {"item": STATEMENT})
    b.add(ev.SPEECH_ENDED)
    minutes = text(b)
    assert "Det var ingen debatt." not in minutes
    assert re.search(r"I debatten hadde ordet: [^.]*byråd", minutes)
