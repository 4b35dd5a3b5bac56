"""Issue 18, the last three pieces of the møtebok, read back from the PDF: the remarks to the notice and agenda
(R-3.6a), the settebyråd who answered in the question hour (R-6c), and a vote by counts only that was decided all
the same (kommuneloven § 11-4: «Hvordan partiene stemte, ble ikke registrert»)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from chair_console.clock import SystemClock
from chair_console.demo import ensure_demo_meeting
from chair_console.minutes import NOT_BY_PARTY, Options, notice_sentences, write_minutes
from chair_console.procedure import events as ev
from chair_console.procedure.state import MeetingState
from chair_console.services.meeting_service import MeetingService
from chair_console.store.database import open_database
from chair_console.store.event_store import EventStore

QH = "sporretime"


def text_of(pdf: Path) -> str:
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages))


@pytest.fixture(scope="module")
def minutes_text(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("issue18")
    db = open_database(folder / "m.sqlite3")
    svc = MeetingService(EventStore(db, ensure_demo_meeting(db, SystemClock().now())), SystemClock())
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    for person in ("byr-1", "byr-2"):  # byr-5, asked the first question, is away
        svc.record(ev.GOVERNMENT_PRESENT, {"person": person})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.NOTICE_REMARKS, {"text": "Vedlegg 3 til sak 12 manglet i innkallingen."})
    svc.record(ev.NOTICE_REMARKS, {"text": "Sak 14 behandles før sak 13."})
    svc.record(ev.ITEM_OPENED, {"item": QH})
    q = svc.state.questions[QH][0]
    svc.record(ev.QUESTION_STEP, {"item": QH})  # the question
    svc.record(ev.QUESTION_ANSWERER_SET, {"item": QH, "question": q.id, "answered_by": "byr-2"})
    svc.record(ev.QUESTION_STEP, {"item": QH})  # the answer, by the settebyråd
    svc.record(ev.QUESTION_HOUR_ENDED, {"item": QH})
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    svc.record(ev.PROPOSAL_TABLED, {"item": "s304", "text": "Byggehøydene reduseres.", "groups": ["SV"]})
    svc.record(ev.DEBATE_CLOSED, {"item": "s304"})
    svc.record(ev.VOTING_ORDER_SET, {"item": "s304", "order": ["s304-p1", "recommendation"], "method": "tacit"})
    svc.record(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["s304-p1"], "method": "hands", "against_count": 42})
    svc.record(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["recommendation"], "method": "hands", "against": [
        m.id for m in svc.state.council.members if m.group_id in ("SV", "R")]})
    svc.record(ev.DECISION_TEXT_SET, {"item": "s304", "text": "Innstillingen vedtas."})
    svc.record(ev.ITEM_DECIDED, {"item": "s304"})  # «Avslutt likevel»
    svc.record(ev.MEETING_ADJOURNED)
    out = write_minutes(svc.state, folder / "m.pdf", Options(draft=False))
    return text_of(out)


def test_R_3_6a_the_remarks_then_approved_with_them(minutes_text):
    assert ("Merknader til innkalling og saksliste: – Vedlegg 3 til sak 12 manglet i innkallingen. – Sak 14 behandles "
            "før sak 13. Innkalling og saksliste godkjent med disse merknadene.") in minutes_text
    assert "Innkalling og saksliste godkjent." not in minutes_text


def test_R_3_6a_without_remarks_simply_approved():
    assert notice_sentences(MeetingState()) == ["Innkalling og saksliste godkjent."]
    one = MeetingState(notice_remarks=("Feil dato.",))
    assert notice_sentences(one) == ["Merknader til innkalling og saksliste: Feil dato.",
                                     "Innkalling og saksliste godkjent med disse merknadene."]


def test_R_6c_the_settebyrad_is_named_with_the_member_asked(minutes_text):
    assert "Svar ved byråd Tuva Lekeberg (settebyråd for Jørgen Eventyrsund)." in minutes_text
    assert minutes_text.count("settebyråd for") == 1  # the other questions were answered by nobody else


def test_a_vote_by_counts_only_decided_all_the_same_says_so_once(minutes_text):
    assert minutes_text.count(NOT_BY_PARTY) == 1  # the SV proposal; the recommendation was recorded by names
