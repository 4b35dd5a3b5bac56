"""Elections in the minutes, read back from the PDF: every round of an election of one person, the lots drawn
in the hall and by whom (R-3.3c, R-3.3d), and a written proportional election with its counts and seats
(kommuneloven § 7-5)."""

from __future__ import annotations

import re

from pypdf import PdfReader

from chair_console.clock import SystemClock
from chair_console.demo import ensure_demo_meeting
from chair_console.minutes import Options, write_minutes
from chair_console.procedure import events as ev
from chair_console.services.meeting_service import MeetingService
from chair_console.store.database import open_database
from chair_console.store.event_store import EventStore


def text_of(pdf) -> str:  # noqa: ANN001
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages))


def test_R_3_3c_R_3_3d_every_round_the_lots_and_a_written_proportional_election_in_the_minutes(tmp_path):
    db = open_database(tmp_path / "valg.sqlite3")
    svc = MeetingService(EventStore(db, ensure_demo_meeting(db, SystemClock().now())), SystemClock())
    c = svc.state.council
    for m in c.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "s310"})
    svc.record(ev.DEBATE_CLOSED, {"item": "s310"})
    office = {"item": "s310", "office": "settevaraordfører", "candidates": ["h-02", "a-01", "sv-01"]}
    svc.record(ev.ELECTION_ROUND, {**office, "tally": [25, 20, 14], "blank": 0})
    svc.record(ev.ELECTION_ROUND, {**office, "tally": [27, 27, 3], "blank": 2})
    svc.record(ev.ELECTION_LOT, {"item": "s310", "office": "settevaraordfører", "drawn": "h-02",
                                 "drawn_by": "Kari Nordmann", "aid": False})
    svc.record(ev.ELECTION_PROPORTIONAL, {"item": "s310", "body": "styret for Demofondet", "seats": 5,
                                          "ballot": "written", "blank": 1,
                                          "lists": [{"name": "Liste 1", "votes": 33}, {"name": "Liste 2", "votes": 25}]})
    svc.record(ev.DECISION_TEXT_SET, {"item": "s310", "text": "Valgt som protokollert."})
    svc.record(ev.ITEM_DECIDED, {"item": "s310"})
    svc.record(ev.MEETING_ADJOURNED)
    text = text_of(write_minutes(svc.state, tmp_path / "valg.pdf", Options(draft=False)))
    a, b, s = c.name_of("h-02"), c.name_of("a-01"), c.name_of("sv-01")
    assert (f"Valg av settevaraordfører. 1. avstemning: {a} 25, {b} 20, {s} 14, blanke 0 — ingen fikk mer enn "
            f"halvparten. 2. avstemning: {a} 27, {b} 27, {s} 3, blanke 2 — stemmelikhet mellom {a} og {b}.") in text
    assert re.search(r"Valget ble avgjort ved loddtrekning, trukket av Kari Nordmann kl\. \d\d\.\d\d\. "
                     + re.escape(f"{a} ble valgt."), text)
    assert "Valget ble holdt skriftlig og hemmelig." in text
    assert "Stemmer: Liste 1 33, Liste 2 25, blanke 1." in text and "Plasser: Liste 1 3, Liste 2 2." in text
    svc.close()
    db.close()
