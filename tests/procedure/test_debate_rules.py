"""The debate (issue 16): the oral statement's presenter speaks for the city government (R-3.5a), closing speeches
kept to the committee's leader and deputy and the working group's leader, with the chair's logged exception where
no committee is behind the item (R-5.3b), the question hour's time without the breaks (R-6a), and a closed item's
public title (R-3.7a). Every new refusal applies only in meetings kept under rules version 2; version 1 replays
as recorded."""

from __future__ import annotations

import pytest
from helpers import LogBuilder, demo_council, demo_meeting

from chair_console.procedure import events as ev
from chair_console.procedure.agenda import AgendaItem
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.question_rules import question_hour_left
from chair_console.procedure.speaker_rules import closing_needs_override, closing_speakers
from chair_console.procedure.state import RULES_VERSION
from chair_console.procedure.timebase import Instant

QH = "sporretime"
EXTRA_ITEMS = [
    # no committee behind it: nobody has a closing speech by right (R-5.3b)
    {"id": "s398", "number": "Sak 398/26", "title": "Privat forslag om flere benker", "kind": "private_proposal",
     "proposer": "sv-03"},
    {"id": "s399", "number": "Sak 399/26", "title": "Orientering om beredskap", "kind": "other"},
    # an oral statement whose presenter the agenda does not name
    {"id": "s397", "number": "Sak 397/26", "title": "Redegjørelse om flom", "kind": "oral_statement"},
]


def created(rules: int | None = RULES_VERSION) -> LogBuilder:
    """The demo meeting with three more items; `rules` None: a meeting made by 0.1.0 (rules version 1)."""
    m = demo_meeting()
    payload = {"council": demo_council(), "meeting": {k: m[k] for k in ("title", "date", "start", "place", "term")},
               "agenda": [*m["agenda"], *EXTRA_ITEMS], "questions": []}
    if rules is not None:
        payload["rules"] = rules
    b = LogBuilder()
    b.add(ev.MEETING_CREATED, payload, "secretary")
    return b


def debate(item: str, rules: int | None = RULES_VERSION) -> LogBuilder:
    b = created(rules)
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    for p in ("byr-1", "byr-4", "byr-8"):
        b.add(ev.GOVERNMENT_PRESENT, {"person": p})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": item})
    return b


def add(b: LogBuilder, person: str, kind: str = "main", **extra):
    return b.add(ev.SPEAKER_ADDED, {"item": b.state.current_item, "person": person, "kind": kind, **extra})


def queue(b: LogBuilder) -> list[tuple[str, str]]:
    return [(e.person, e.kind) for e in b.state.queues.get(b.state.current_item, ())]


# -- R-3.5a: the oral statement's presenter ------------------------------------------------------------------


def test_R_3_5a_only_the_member_who_gave_the_statement_speaks_for_the_city_government():
    b = debate("s302")  # the demo agenda: byr-4 gives the statement
    assert b.state.item("s302").presenter == "byr-4"
    with pytest.raises(RuleViolation) as exc:
        add(b, "byr-1", "government")
    assert exc.value.code == "speaker.oral_statement_presenter"
    assert exc.value.params == {"person": "byr-1", "presenter": "byr-4"}
    add(b, "byr-4", "government")
    add(b, "byr-4", "government")  # the statement, then byråden once in the debate
    with pytest.raises(RuleViolation, match="speaker.oral_statement_once"):
        add(b, "byr-4", "government")
    assert queue(b) == [("byr-4", "government")] * 2


def test_R_3_5a_without_a_named_presenter_the_first_city_government_member_is_the_one():
    b = debate("s397")
    add(b, "byr-8", "government")
    with pytest.raises(RuleViolation, match="speaker.oral_statement_presenter"):
        add(b, "byr-1", "government")


def test_R_3_5a_a_meeting_of_rules_1_still_accepts_a_second_city_government_member():
    b = debate("s302", rules=None)
    assert b.state.rules == 1
    add(b, "byr-4", "government")
    add(b, "byr-1", "government")  # as 0.1.0 recorded it
    assert [p for p, _ in queue(b)] == ["byr-4", "byr-1"]


# -- R-5.3b: closing speeches ---------------------------------------------------------------------------------


def test_R_5_3b_closing_speeches_for_the_committee_leader_deputy_and_working_group_leader_only():
    b = debate("s305")  # HEL: leader h-04, deputy a-04; working group leader h-07
    assert closing_speakers(b.state, b.state.item("s305")) == {"h-04", "a-04", "h-07"}
    for person in ("h-04", "a-04", "h-07"):
        add(b, person, "closing")
    with pytest.raises(RuleViolation, match="speaker.closing_not_allowed"):
        add(b, "h-10", "closing")
    # with a committee behind the item the chair has no exception to give
    with pytest.raises(RuleViolation, match="speaker.closing_not_allowed"):
        add(b, "h-10", "closing", override=True, override_reason="Ønsket av gruppen")
    with pytest.raises(RuleViolation, match="speaker.override_not_needed"):
        add(b, "a-01", "main", override=True, override_reason="Uten grunn")


def test_R_5_3b_a_working_group_leader_named_on_another_kind_of_item_has_no_closing_speech():
    b = debate("s304")
    item = b.state.item("s304")
    odd = AgendaItem(**{**item.__dict__, "working_group_leader": "h-07"})
    assert "h-07" not in closing_speakers(b.state, odd)


def test_R_5_3b_no_committee_behind_the_item_warns_and_the_chair_may_override_with_a_reason():
    b = debate("s399")
    item = b.state.item("s399")
    assert closing_needs_override(b.state, item, "h-10")
    with pytest.raises(RuleViolation) as exc:
        add(b, "h-10", "closing")
    assert exc.value.code == "speaker.closing_no_committee" and exc.value.params["item"] == "Sak 399/26"
    with pytest.raises(RuleViolation, match="speaker.override_reason_needed"):
        add(b, "h-10", "closing", override=True, override_reason="  ")
    event = add(b, "h-10", "closing", override=True, override_reason="Forslagsstilleren er syk; Høyre avslutter")
    assert event.data.override is True and event.data.to_payload()["override_reason"].startswith("Forslagsstilleren")
    entry = b.state.queues["s399"][-1]
    assert (entry.person, entry.kind, entry.override) == ("h-10", "closing", "Forslagsstilleren er syk; Høyre avslutter")
    add(b, "a-01")
    assert queue(b)[-1] == ("h-10", "closing")  # still last (R-5.3b)
    b.add(ev.SPEECH_NEXT, {"item": "s399"})
    b.add(ev.SPEECH_NEXT, {"item": "s399"})
    b.add(ev.SPEECH_ENDED)
    assert b.state.speeches["s399"][-1].entry.override.startswith("Forslagsstilleren")


def test_R_5_3b_a_private_proposal_without_a_committee_needs_the_override_too():
    b = debate("s398")
    assert closing_needs_override(b.state, b.state.item("s398"), "sv-03")
    with pytest.raises(RuleViolation, match="speaker.closing_no_committee"):
        add(b, "sv-03", "closing")


def test_R_5_3b_rules_1_keeps_the_old_refusal_and_knows_no_override():
    b = debate("s399", rules=None)
    assert not closing_needs_override(b.state, b.state.item("s399"), "h-10")
    with pytest.raises(RuleViolation, match="speaker.closing_not_allowed"):
        add(b, "h-10", "closing", override=True, override_reason="Hva som helst")


# -- R-6a: the question hour's time leaves out the breaks -----------------------------------------------------


def question_hour(rules: int | None = RULES_VERSION) -> LogBuilder:
    b = created(rules)
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    for p in ("byr-1", "byr-2"):
        b.add(ev.GOVERNMENT_PRESENT, {"person": p})
    b.add(ev.QUESTION_REGISTERED, {"item": QH, "asker": "a-03", "to": "byr-1", "topic": "Skolebygg"})
    b.add(ev.QUESTION_REGISTERED, {"item": QH, "asker": "sv-02", "to": "byr-2", "topic": "Trikken"})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": QH})
    return b


def wait(b: LogBuilder, seconds: int) -> None:
    b.t += seconds


def now(b: LogBuilder) -> Instant:
    return Instant(1_700_000_000_000_000 + b.t * 1_000_000, b.t * 1_000_000_000, "boot-a")


def test_R_6a_30_seconds_of_questions_and_a_30_minute_break_leave_59_30_of_the_hour():
    b = question_hour()
    b.add(ev.QUESTION_STEP, {"item": QH})  # the hour starts with the first question
    wait(b, 29)
    b.add(ev.MEETING_PAUSED, {"kind": "pause", "note": "Middag"})  # 30 s after the first question
    wait(b, 1799)
    assert question_hour_left(b.state, QH, now(b)) == 3600 - 30  # a break under way does not count either
    b.add(ev.MEETING_RESUMED)  # after 30 minutes
    assert question_hour_left(b.state, QH, now(b)) == 3600 - 30


def test_R_6a_a_suspension_does_not_count_and_the_hour_still_ends_after_60_minutes_of_questions():
    b = question_hour()
    b.add(ev.QUESTION_STEP, {"item": QH})  # a-03's question
    wait(b, 1000)
    b.add(ev.MEETING_PAUSED, {"kind": "suspended", "note": "Uro i salen"})
    wait(b, 2400)
    b.add(ev.MEETING_RESUMED)
    wait(b, 2400)
    # 3400 s of questions and 2400 s of suspension: the answer still gets its 2 minutes
    b.add(ev.QUESTION_STEP, {"item": QH})
    assert (b.state.speech.entry.kind, b.state.speech.allowed) == ("qh_answer", 120)
    wait(b, 300)  # now past the hour: no new question starts
    b.add(ev.QUESTION_STEP, {"item": QH})  # the asker's supplementary: cut to nothing
    assert b.state.speech.allowed == 0
    b.add(ev.QUESTION_STEP, {"item": QH})  # the answer
    with pytest.raises(RuleViolation, match="question.hour_over"):
        b.add(ev.QUESTION_STEP, {"item": QH})  # the next question


def test_R_6a_rules_1_counted_the_break_as_before():
    b = question_hour(rules=None)
    b.add(ev.QUESTION_STEP, {"item": QH})
    wait(b, 29)
    b.add(ev.MEETING_PAUSED, {"kind": "pause", "note": ""})
    wait(b, 1799)
    b.add(ev.MEETING_RESUMED)
    assert question_hour_left(b.state, QH, now(b)) == 3600 - 30 - 1800


# -- R-3.7a: a closed item's public title ---------------------------------------------------------------------


def test_R_3_7a_a_closed_item_has_a_public_title_with_its_legal_basis_by_default():
    b = created()
    closed = b.state.item("s308")
    assert closed.closed and closed.title == "Kjøp av eiendom i Fiktivgata 12"
    assert closed.public_title == ("Unntatt offentlighet, jf. kommuneloven § 11-5 tredje ledd bokstav b, "
                                   "jf. offentleglova § 23 første ledd")
    assert b.state.item("s304").public_title == b.state.item("s304").title  # an open item: its own title
    given = AgendaItem.from_dict({**closed.to_dict(), "public_title": "Unntatt offentlighet – eiendomssak"})
    assert given.public_title == "Unntatt offentlighet – eiendomssak"
    assert given.to_dict()["public_title"] == "Unntatt offentlighet – eiendomssak"
    assert "public_title" not in closed.to_dict()  # nothing added where none was given
