"""R-3.2c: an urgent matter (aktuell sak) on which the objections block any decision is dealt with without one.

«Vedtak i slike saker kan bare gjøres hvis ikke møtelederen eller minst 1/3 av de møtende medlemmene motsetter seg
dette.» (§ 3.2) Once its debate is closed and the objections block, it holds up neither the adjournment nor the next
item, and the council cannot «decide» its way out of it by a postponement or a committee either (vote.urgent_blocked,
rules ≥ 2). The minutes say plainly why no decision was made."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import LogBuilder, demo_council, demo_meeting
from pypdf import PdfReader

from chair_console.minutes import Options, urgent_blocked_sentence, write_minutes
from chair_console.procedure import events as ev
from chair_console.procedure import item_progress
from chair_console.procedure.agenda import VOTING
from chair_console.procedure.agenda_rules import blocked_urgent_matter
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.state import Phase

U = "aktuell-1"


def opened(rules_version: int = 2) -> LogBuilder:
    """All 59 present, the meeting set; rules version 1 as release 0.1.0 made it (no «rules» key)."""
    if rules_version >= 2:
        b = LogBuilder().created()
    else:
        b = LogBuilder()
        m = demo_meeting()
        meeting = {k: m[k] for k in ("title", "date", "start", "place", "term")}
        b.add(ev.MEETING_CREATED, {"council": demo_council(), "meeting": meeting, "agenda": m["agenda"],
                                   "questions": m.get("questions", [])}, "secretary")
        assert b.state.rules == 1
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id}, "secretary")
    b.add(ev.MEETING_OPENED)
    return b


def urgent_debated(b: LogBuilder) -> LogBuilder:
    b.add(ev.URGENT_MATTER_ADDED, {"item": {"id": U, "number": "Aktuell sak 1", "title": "Kutt i nattbussene"}})
    b.add(ev.ITEM_OPENED, {"item": U})
    b.add(ev.SPEAKER_ADDED, {"item": U, "person": "r-01", "kind": "main"})
    b.add(ev.SPEECH_NEXT, {"item": U})
    b.add(ev.DEBATE_CLOSED, {"item": U})
    return b


def objections(b: LogBuilder, chair: bool, objecting: int) -> None:
    b.add(ev.URGENT_OBJECTIONS, {"item": U, "chair_objects": chair, "objecting": objecting})


def text_of(pdf: Path) -> str:
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages))


def test_R_3_2c_a_blocked_urgent_matter_does_not_hold_up_adjournment():
    b = urgent_debated(opened())
    with pytest.raises(RuleViolation, match="meeting.voting_under_way"):  # objections not asked: a vote is due
        b.add(ev.MEETING_ADJOURNED)
    objections(b, False, 19)  # under a third of 59: the matter may be decided, and must be before adjourning
    assert not blocked_urgent_matter(b.state, U)
    with pytest.raises(RuleViolation, match="meeting.voting_under_way"):
        b.add(ev.MEETING_ADJOURNED)
    objections(b, False, 20)  # 20 of 59: at least a third — no decision can be made
    assert blocked_urgent_matter(b.state, U) and b.state.status(U) == VOTING
    with pytest.raises(RuleViolation, match="vote.urgent_blocked"):
        b.add(ev.ITEM_DECIDED, {"item": U})
    b.add(ev.MEETING_ADJOURNED)  # dealt with without a decision: nothing holds the meeting
    assert b.state.phase is Phase.ADJOURNED and b.state.current_item is None


def test_R_3_2c_a_blocked_urgent_matter_does_not_hold_up_the_next_item():
    b = urgent_debated(opened())
    objections(b, True, 0)  # the chair objects
    assert blocked_urgent_matter(b.state, U)
    assert item_progress.dealt_with(b.state, U)  # the agenda shows it done, and taking up another item names
    assert item_progress.shown_status(b.state, U) == item_progress.DONE  # no vote left unfinished in it
    b.add(ev.ITEM_OPENED, {"item": "s307"})  # the meeting goes on
    assert b.state.current_item == "s307" and b.state.status(U) == VOTING
    assert blocked_urgent_matter(b.state, U)
    b.add(ev.DEBATE_CLOSED, {"item": "s307"})
    with pytest.raises(RuleViolation, match="meeting.voting_under_way"):  # an ordinary item in voting still holds
        b.add(ev.MEETING_ADJOURNED)


def test_R_3_2c_a_blocked_urgent_matter_cannot_be_postponed_either():
    b = urgent_debated(opened())
    objections(b, False, 25)
    for kind, extra in ((ev.ITEM_POSTPONED, {}), (ev.ITEM_SENT_TO_COMMITTEE, {"committee": "KUL"})):
        for how in ({"method": "tacit"}, {"method": "counted", "for": 40, "against": 19}):
            with pytest.raises(RuleViolation, match="vote.urgent_blocked"):
                b.add(kind, {"item": U, **extra, **how})
    assert b.state.status(U) == VOTING and not b.state.council_decisions.get(U)
    objections(b, False, 0)  # recorded again: nobody objects — the council may decide, a postponement too
    b.add(ev.ITEM_POSTPONED, {"item": U, "method": "tacit"})
    assert b.state.status(U) == "postponed"


def test_R_3_2c_a_rules_1_meeting_replays_the_postponement_it_recorded():
    b = urgent_debated(opened(rules_version=1))
    objections(b, False, 25)
    b.add(ev.ITEM_POSTPONED, {"item": U})  # release 0.1.0 let the council postpone it: replayed as recorded
    assert b.state.status(U) == "postponed"


def test_R_3_2c_the_minutes_say_why_no_decision_was_made(tmp_path):
    b = urgent_debated(opened())
    objections(b, True, 0)
    assert urgent_blocked_sentence(b.state, U) == (
        "Møtelederen motsatte seg at det ble truffet vedtak i saken. Saken ble ikke realitetsbehandlet.")
    objections(b, True, 5)
    assert urgent_blocked_sentence(b.state, U) == (
        "Møtelederen og 5 av de møtende medlemmene motsatte seg at det ble truffet vedtak i saken. "
        "Saken ble ikke realitetsbehandlet.")
    objections(b, False, 10)  # not blocked: nothing is said (the matter is decided as any other)
    assert urgent_blocked_sentence(b.state, U) is None
    objections(b, False, 25)
    sentence = ("Minst en tredjedel av de møtende medlemmene (25) motsatte seg at det ble truffet vedtak i saken. "
                "Saken ble ikke realitetsbehandlet.")
    assert urgent_blocked_sentence(b.state, U) == sentence
    assert urgent_blocked_sentence(b.state, "s307") is None  # not an urgent matter
    b.add(ev.MEETING_ADJOURNED)
    for public in (False, True):
        text = text_of(write_minutes(b.state, tmp_path / f"m{public}.pdf", Options(public=public)))
        start = text.index("Kutt i nattbussene", text.index("Aktuell sak 1"))
        assert sentence in text[start:start + 600]


def test_R_3_2c_a_blocked_urgent_matter_shows_as_dealt_with_in_the_cockpit():
    """The chair's banner and script do not say «VOTERING» over a matter the objections leave without a decision:
    the meeting is between items and the script says why (the hall's idle card: tests/ui/test_hall_phases.py)."""
    from chair_console.procedure import chair_script as cs
    from chair_console.procedure.cockpit import cockpit_phase

    b = urgent_debated(opened())
    objections(b, False, 0)  # nobody objects: the voting phase, as for any item
    assert cockpit_phase(b.state) == cs.VOTING_PHASE
    objections(b, True, 0)  # the chair objects
    assert cockpit_phase(b.state) == cs.OPEN
    script = cs.chair_script(b.state, "nb")
    assert script.phase == cs.OPEN and [line.template for line in script.lines] == [cs.URGENT_BLOCKED]
