"""The chair's script follows the phase (issue 17): the pure choice of words, and the centre view showing them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from widgets import find

from chair_console.procedure import chair_script as cs
from chair_console.procedure import events as ev

ASK = "Ønsker noen ordet?"


@pytest.fixture
def seated(console):
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    return console


def script(console) -> str:
    return find(console.window, QLabel, "chairScript").text()


def test_resume_time_is_read_from_the_breaks_note():
    assert cs.resume_time("Lunsj til 13.15") == "13:15"
    assert cs.resume_time("Fortsetter kl 9:05") == "09:05"
    assert cs.resume_time("Uro på galleriet") is None and cs.resume_time("") is None


def test_roll_call_summary_before_the_meeting_is_set(console):
    words = cs.chair_script(console.service.state)
    assert words.phase == cs.ROLL_CALL and "Til stede: 0 av 59." in words.text
    assert "ikke vedtaksført" in words.text and ASK not in words.text
    console.service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    assert "Til stede: 1 av 59." in script(console)


def test_words_by_phase_from_debate_to_adjournment(seated):
    svc = seated.service
    svc.record(ev.MEETING_OPENED)
    assert cs.chair_script(svc.state).phase == cs.OPEN
    svc.record(ev.ITEM_OPENED, {"item": "sporretime"})
    words = cs.chair_script(svc.state)
    assert words.phase == cs.QUESTION_HOUR_PHASE and ASK not in words.text  # not in question hour
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    words = cs.chair_script(svc.state)
    assert words.phase == cs.DEBATE and words.text.endswith("«Ønsker noen ordet?»") and "dissens" in words.text
    assert ASK in script(seated)

    svc.record(ev.MEETING_PAUSED, {"kind": "pause", "note": "Lunsj til 13.15"})
    words = cs.chair_script(svc.state)
    assert words.phase == cs.PAUSED and ASK not in words.text
    assert "«Møtet fortsetter kl. 13:15.»" in words.text and "kl. 13:15" in script(seated)
    svc.record(ev.MEETING_RESUMED)
    svc.record(ev.MEETING_PAUSED, {"kind": "suspended", "note": "Uro på galleriet"})
    words = cs.chair_script(svc.state)
    assert words.phase == cs.SUSPENDED and "suspendert" in words.text and "Uro på galleriet" in words.text
    svc.record(ev.MEETING_RESUMED)

    svc.record(ev.PROPOSAL_TABLED, {"item": "s304", "text": "Byggehøydene reduseres.", "groups": ["SV"]})
    svc.record(ev.DEBATE_CLOSED, {"item": "s304"})
    svc.record(ev.VOTING_ORDER_SET, {"item": "s304", "order": svc.state.voting_subjects("s304"), "method": "tacit"})
    words = cs.chair_script(svc.state)
    assert words.phase == cs.VOTING_PHASE and ASK not in words.text
    assert "«Vi går til votering over forslag nr. 1 fra SV.»" in words.text
    assert "Vi går til votering over forslag nr. 1" in script(seated)

    svc.record(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["s304-p1"], "method": "tacit"})
    words = cs.chair_script(svc.state)
    sentence = words.lines[0].text
    assert sentence.startswith("Forslag nr. 1 fra SV")  # the last result first, then the next subject
    assert words.lines[-1].text == "«Vi går til votering over innstillingen.»"
    assert sentence in script(seated)

    svc.record(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["recommendation"], "method": "tacit"})
    svc.record(ev.DECISION_TEXT_SET, {"item": "s304", "text": "Innstillingen vedtas."})
    svc.record(ev.ITEM_DECIDED, {"item": "s304"})
    words = cs.chair_script(svc.state)
    assert words.phase == cs.DECIDED and ASK not in words.text  # after the decision: the last result sentence
    assert words.text == "Enstemmig vedtatt." and words.text in script(seated)

    svc.record(ev.MEETING_ADJOURNED)
    words = cs.chair_script(svc.state)
    assert words.phase == cs.ADJOURNED and words.text == "«Møtet er hevet.»"
    assert script(seated) == "«Møtet er hevet.»"
