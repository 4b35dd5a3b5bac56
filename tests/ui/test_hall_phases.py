"""The hall display by phase (issue 17): one card per phase of the meeting — the speaker with the big clock
and the next five, the proposal being voted on, the result in big numbers with the groups and a legend, a
pause with the time the meeting resumes, «Møtet er hevet», the idle card — the time of day in the corner of
every one, and nothing of a closed item, whatever card it would otherwise be (R-3.7a)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from widgets import find

from chair_console.procedure import events as ev
from chair_console.ui import hall_cards as cards

SECRET_TITLE = "Kjøp av eiendom i Fiktivgata 12"  # s308's own title


@pytest.fixture
def hall(console, qtbot):
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    w = console.window
    w.hall_action.setChecked(True)
    qtbot.waitExposed(w.hall)
    w.hall.resize(1280, 720)
    yield w.hall
    w.hall_action.setChecked(False)


def shown(hall) -> list[str]:
    return [lab.text() for lab in hall.findChildren(QLabel) if lab.isVisible() and lab.text()]


def every_text(hall) -> str:
    return " ".join(lab.text() for lab in hall.findChildren(QLabel))


def snap(hall, name: str) -> None:
    hall.refresh()
    import tempfile

    hall.grab().save(f"{tempfile.gettempdir()}/hall-card-{name}.png")


def time_of_day(hall) -> str:
    corner = find(hall, QWidget, "hallTimeOfDay")
    assert corner.isVisible()
    return corner.text()


def speak(svc, item: str, people: list[str]) -> None:
    for person in people:
        svc.record(ev.SPEAKER_ADDED, {"item": item, "person": person, "kind": "main"})
    svc.record(ev.SPEECH_NEXT, {"item": item})


def vote_against(svc, groups: tuple[str, ...]) -> None:
    svc.record(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["recommendation"], "method": "hands",
                                  "against": [m.id for m in svc.state.council.members if m.group_id in groups]})


def test_idle_card_the_meeting_and_the_item_and_the_time_of_day_no_expired_clock(console, hall):
    hall.refresh()
    assert hall.card() == cards.IDLE
    assert find(hall, QLabel, "hallMeetingTitle").text() == console.service.state.info.title
    assert re.fullmatch(r"\d\d:\d\d", time_of_day(hall))
    assert "0:00" not in shown(hall)
    console.service.record(ev.ITEM_OPENED, {"item": "s304"})
    snap(hall, "idle")
    assert find(hall, QLabel, "hallItem").text().startswith("Sak 304/26: ")


def test_speech_card_the_speaker_the_big_clock_and_the_next_five(console, hall):
    svc = console.service
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    speak(svc, "s304", [m.id for m in svc.state.council.members][1:8])  # not the chair (h-01)
    snap(hall, "speech")
    assert hall.card() == cards.SPEECH
    council = svc.state.council
    members = [svc.state.speech.entry.person, *(e.person for e in svc.state.queues["s304"])]  # in the list's order
    assert len(members) == 7
    assert find(hall, QLabel, "hallSpeaker").text() == council.name_of(members[0])
    assert find(hall, QLabel, "hallClock").text() in ("3:00", "2:59")
    upcoming = find(hall, QLabel, "hallNext").text()
    assert upcoming.startswith("Neste:")
    for n, person in enumerate(members[1:6], 1):  # the next five, numbered; not the sixth
        assert f"{n}. {council.name_of(person)}" in upcoming
    assert council.name_of(members[6]) not in upcoming
    assert re.fullmatch(r"\d\d:\d\d", time_of_day(hall))
    item = find(hall, QLabel, "hallItem")  # the long title fits its line (shrunk or elided), never cut at both ends
    assert item.fontMetrics().horizontalAdvance(item.text()) <= item.contentsRect().width()
    assert item.text().startswith("Sak 304/26")


def test_voting_card_the_proposal_being_voted_on_then_the_result_card_with_big_numbers(console, hall):
    svc = console.service
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    svc.record(ev.PROPOSAL_TABLED, {"item": "s304", "text": "Byggehøydene reduseres.", "groups": ["SV"]})
    svc.record(ev.DEBATE_CLOSED, {"item": "s304"})
    svc.record(ev.VOTING_ORDER_SET, {"item": "s304", "order": ["recommendation", "s304-p1"], "method": "tacit"})
    snap(hall, "voting")
    assert hall.card() == cards.VOTING_CARD
    assert find(hall, QLabel, "hallVotingHeading").text() == "Votering"
    assert find(hall, QLabel, "hallVoteSubject").text() == "Innstillingen"
    assert find(hall, QLabel, "hallVoteSubjectText").text() == svc.state.item("s304").recommendation
    vote_against(svc, ("A", "SV"))
    snap(hall, "result")
    assert hall.card() == cards.RESULT
    against = sum(1 for m in svc.state.council.members if m.group_id in ("A", "SV"))
    present = len(svc.state.present_members())
    assert find(hall, QLabel, "hallVoteResult").text() == f"Innstillingen ble vedtatt mot {against} stemmer (A, SV)."
    assert find(hall, QLabel, "hallForCount").text() == str(present - against)
    assert find(hall, QLabel, "hallAgainstCount").text() == str(against)
    assert find(hall, QLabel, "hallBlankCount").text() == "0"
    assert find(hall, QLabel, "hallForCaption").text() == "✓ For"  # a sign, not colour alone
    assert find(hall, QLabel, "hallAgainstCaption").text() == "✗ Mot"
    chart = find(hall, QWidget, "hallResultChart")
    assert chart.isVisible() and chart.legend() == ["✓ For", "✗ Mot"]
    assert ("A", 0, sum(1 for m in svc.state.council.members if m.group_id == "A")) in chart.rows
    assert find(hall, QLabel, "hallForCount").font().pixelSize() >= 100  # big: a fifth of a 720 px window
    svc.record(ev.DECISION_TEXT_SET, {"item": "s304", "text": "Vedtatt."})  # the next subject is up
    hall.refresh()
    assert hall.card() == cards.VOTING_CARD
    assert find(hall, QLabel, "hallVoteSubject").text() == "Forslag nr. 1 fra SV"


def test_pause_card_says_pause_or_when_the_meeting_resumes(console, hall, monkeypatch):
    svc = console.service
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    speak(svc, "s304", [svc.state.council.members[1].id])
    svc.record(ev.MEETING_PAUSED, {"kind": "pause", "note": "lunsj"})
    snap(hall, "pause")
    assert hall.card() == cards.PAUSE
    assert shown(hall) == ["Pause"]  # no frozen clock, no speaker
    assert re.fullmatch(r"\d\d:\d\d", time_of_day(hall))
    monkeypatch.setattr(cards, "last_pause_payload", lambda _log: {"kind": "pause", "resumes_at": "13:30"})
    snap(hall, "pause-resumes")
    assert shown(hall) == ["Pause", "Møtet fortsetter kl. 13:30"]
    svc.record(ev.MEETING_RESUMED)
    hall.refresh()
    assert hall.card() == cards.SPEECH


def test_resume_time_read_from_a_pause_payload():
    assert cards.resume_time({"kind": "pause", "resumes_at": "9.05"}) == "09:05"
    assert cards.resume_time({"until": "2026-11-26T13:45:00+01:00"}) == "13:45"
    assert cards.resume_time({"kind": "pause", "note": "kl. 13"}) is None
    assert cards.resume_time(None) is None


def test_adjourned_card(console, hall):
    console.service.record(ev.MEETING_ADJOURNED)
    snap(hall, "adjourned")
    assert hall.card() == cards.ADJOURNED
    assert shown(hall) == ["Møtet er hevet"]


def close_s308(svc) -> None:
    svc.record(ev.CLOSED_DECIDED, {"item": "s308", "basis": svc.state.item("s308").closed_basis, "method": "tacit"})
    svc.record(ev.ITEM_OPENED, {"item": "s308", "closed_confirmed": True})


def assert_nothing_of_s308(hall) -> None:
    hall.refresh()
    assert hall.card() == cards.CLOSED
    assert shown(hall) == ["Lukket møte"]
    text = every_text(hall)
    assert SECRET_TITLE not in text and "Fiktivgata 12" not in text and "308" not in text
    assert not find(hall, QWidget, "hallResultChart").rows


def test_closed_item_never_leaks_a_speech(console, hall):
    svc = console.service
    close_s308(svc)
    speak(svc, "s308", [m.id for m in svc.state.council.members][1:4])
    assert_nothing_of_s308(hall)
    names = [svc.state.council.name_of(m.id) for m in svc.state.council.members[1:4]]
    assert not any(name in every_text(hall) for name in names)
    assert re.fullmatch(r"\d\d:\d\d", time_of_day(hall))  # the time of day tells nothing of the item
    snap(hall, "closed")


def test_closed_item_never_leaks_a_vote_its_proposal_or_its_result(console, hall):
    svc = console.service
    close_s308(svc)
    svc.record(ev.PROPOSAL_TABLED, {"item": "s308", "text": "Kjøpesummen økes hemmelig.", "groups": ["SV"]})
    svc.record(ev.DEBATE_CLOSED, {"item": "s308"})
    assert_nothing_of_s308(hall)
    assert "hemmelig" not in every_text(hall)
    svc.record(ev.VOTING_ORDER_SET, {"item": "s308", "order": ["s308-p1", "recommendation"], "method": "tacit"})
    svc.record(ev.VOTE_RECORDED, {"item": "s308", "subjects": ["s308-p1"], "method": "hands",
                                  "against": [m.id for m in svc.state.council.members if m.group_id != "SV"]})
    assert_nothing_of_s308(hall)
    assert "hemmelig" not in every_text(hall) and "forslag" not in every_text(hall).lower()


def test_closed_item_never_leaks_through_a_pause(console, hall):
    svc = console.service
    close_s308(svc)
    svc.record(ev.MEETING_PAUSED, {"kind": "pause", "note": "Fiktivgata 12"})
    assert_nothing_of_s308(hall)


def test_fonts_scale_with_the_window(console, hall):
    console.service.record(ev.MEETING_ADJOURNED)
    hall.resize(1920, 1080)
    hall.refresh()
    big = find(hall, QLabel, "hallAdjourned").font().pixelSize()
    hall.resize(960, 540)
    hall.refresh()
    small = find(hall, QLabel, "hallAdjourned").font().pixelSize()
    assert big >= 140 and small < big * 0.6


def test_R_3_2c_the_hall_shows_no_vote_for_an_urgent_matter_the_objections_block():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "procedure"))
    from helpers import LogBuilder

    b = LogBuilder().created()
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    b.add(ev.URGENT_MATTER_ADDED, {"item": {"id": "u1", "number": "Aktuell sak 1", "title": "Brann"}})
    b.add(ev.ITEM_OPENED, {"item": "u1"})
    b.add(ev.DEBATE_CLOSED, {"item": "u1"})
    b.add(ev.URGENT_OBJECTIONS, {"item": "u1", "chair_objects": False, "objecting": 0})
    assert cards.hall_card(b.state, speaking=False, last_kind=None) == cards.VOTING_CARD
    b.add(ev.URGENT_OBJECTIONS, {"item": "u1", "chair_objects": True, "objecting": 0})
    assert cards.hall_card(b.state, speaking=False, last_kind=None) == cards.IDLE
