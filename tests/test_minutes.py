"""The minutes (R-3.6a–c): a scripted demo meeting, read back from the PDF."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from chair_console.clock import SystemClock
from chair_console.demo import ensure_demo_meeting
from chair_console.minutes import MinutesError, Options, write_minutes
from chair_console.procedure import events as ev
from chair_console.services.meeting_service import MeetingService
from chair_console.store.database import open_database
from chair_console.store.event_store import EventStore

SECRET = "Kjøpesum ZX-4711 kroner"  # planted in the closed item: must never be in the public minutes


@pytest.fixture(scope="module")
def meeting(tmp_path_factory):
    path = tmp_path_factory.mktemp("m") / "minutes.sqlite3"
    db = open_database(path)
    svc = MeetingService(EventStore(db, ensure_demo_meeting(db, SystemClock().now())), SystemClock())
    c = svc.state.council
    for m in c.members:
        if m.id == "a-04":
            svc.record(ev.MEMBER_ABSENT, {"member": m.id, "reason": "omsorg"})
            svc.record(ev.SUBSTITUTE_SEATED, {"seat": "a-04", "substitute": "a-v1"})
        else:
            svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    svc.record(ev.SPEAKER_ADDED, {"item": "s304", "person": "h-01", "kind": "main"})
    svc.record(ev.CHAIR_TAKEN, {"person": "frp-01"})
    svc.record(ev.SPEECH_NEXT, {"item": "s304"})
    svc.record(ev.SPEECH_ENDED)
    svc.record(ev.CHAIR_TAKEN, {"person": "h-01"})
    svc.record(ev.PROPOSAL_TABLED, {"item": "s304", "text": "Byggehøydene reduseres.", "groups": ["SV", "R"]})
    svc.record(ev.DEBATE_CLOSED, {"item": "s304"})
    svc.record(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["s304-p1"], "method": "hands",
                                  "against": sorted(p for p in svc.state.eligible("s304")
                                                    if c.group_of(p) not in ("SV", "R"))})
    svc.record(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["recommendation"], "method": "tacit"})
    svc.record(ev.DECISION_TEXT_SET, {"item": "s304", "text": "Reguleringsplanen vedtas."})
    svc.record(ev.ITEM_DECIDED, {"item": "s304"})
    svc.record(ev.ITEM_OPENED, {"item": "s308", "closed_confirmed": True})  # closed under § 11-5
    svc.record(ev.PROPOSAL_TABLED, {"item": "s308", "text": SECRET, "groups": ["H"]})
    svc.record(ev.DEBATE_CLOSED, {"item": "s308"})
    svc.record(ev.VOTE_RECORDED, {"item": "s308", "subjects": ["recommendation"], "method": "tacit"})
    svc.record(ev.DECISION_TEXT_SET, {"item": "s308", "text": f"Eiendommen kjøpes. {SECRET}."})
    svc.record(ev.ITEM_DECIDED, {"item": "s308"})
    svc.record(ev.ITEM_POSTPONED, {"item": "s310", "for": 40, "against": 19})
    svc.record(ev.MEETING_ADJOURNED)
    state = svc.state
    svc.close()
    db.close()
    return path, state


def text_of(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)


def test_R_3_6a_R_3_6b_internal_minutes_hold_everything_with_legal_bases(meeting, tmp_path):
    _, state = meeting
    pdf = write_minutes(state, tmp_path / "intern.pdf", Options(public=False, draft=False))
    text = re.sub(r"\s+", " ", text_of(pdf))
    assert "Møtebok – Bystyrets møte 2. desember 2026" in text and "Bystyresalen, Oslo rådhus" in text
    assert "Møtet ble satt kl." in text and "hevet kl." in text and "kl. –" not in text
    assert "Sak 304/26" in text and "Sak 308/26" in text and "Saken ble utsatt" in text
    assert "Forslag nr. 1 fra SV og R falt med 10 mot 49 stemmer (SV, R stemte for)." in text
    assert "Enstemmig vedtatt." in text and "Reguleringsplanen vedtas." in text
    assert "Kari Fiktivsen" in text and "møtte for" in text and "(omsorg)" in text  # attendance, substitutes
    assert "Randi Diktebø (varaordfører)" in text  # the chair handover is in the record
    assert SECRET in text  # internal: the closed item's content is there
    assert "kommuneloven § 11-5" in text  # R-3.6b: the legal basis
    assert "Side 1 av" in text and "UTKAST" not in text


def test_R_3_6c_public_minutes_leave_out_closed_content_and_absence_reasons(meeting, tmp_path):
    _, state = meeting
    pdf = write_minutes(state, tmp_path / "offentlig.pdf", Options(public=True, draft=False))
    text = re.sub(r"\s+", " ", text_of(pdf))
    assert SECRET not in text and "ZX-4711" not in text
    assert "(omsorg)" not in text
    assert "Innholdet er unntatt offentlighet" in text and "kommuneloven § 11-5" in text


def test_only_embedded_fonts(meeting, tmp_path):
    _, state = meeting
    pdf = write_minutes(state, tmp_path / "m.pdf", Options(public=True, draft=True))
    reader = PdfReader(str(pdf))
    fonts = {}
    for page in reader.pages:
        for name, ref in page["/Resources"]["/Font"].items():
            font = ref.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts and all("DejaVu" in str(name) for name in fonts)
    for font in fonts.values():
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
    assert reader.metadata.title.startswith("Møtebok") and reader.trailer["/Root"]["/Lang"] == "nb-NO"


def test_draft_is_marked_and_final_needs_adjournment(meeting, tmp_path):
    _, state = meeting
    from dataclasses import replace

    pdf = write_minutes(state, tmp_path / "utkast.pdf", Options(public=True, draft=True))
    assert all("UTKAST" in (p.extract_text() or "") for p in PdfReader(str(pdf)).pages)
    with pytest.raises(MinutesError, match="minutes.not_adjourned"):
        write_minutes(replace(state, adjourned_at=None), tmp_path / "x.pdf", Options(public=True, draft=False))


def test_command_line_minutes_and_export(meeting, tmp_path):
    path, _ = meeting
    env_run = [sys.executable, "-m", "chair_console"]
    out = tmp_path / "cli.pdf"
    r = subprocess.run([*env_run, "minutes", "--db", str(path), "--out", str(out), "--public"],
                       capture_output=True, text=True)
    assert r.returncode == 0 and out.exists() and "UTKAST" not in text_of(out)  # adjourned: a final
    r = subprocess.run([*env_run, "export", "--db", str(path), "--format", "csv", "--out", str(tmp_path / "x.csv")],
                       capture_output=True, text=True)
    assert r.returncode == 0 and "vote;s304" in (tmp_path / "x.csv").read_text(encoding="utf-8-sig")
    r = subprocess.run([*env_run, "minutes", "--db", str(path), "--out", str(tmp_path / "no" / "dir.pdf")],
                       capture_output=True, text=True)
    assert r.returncode == 3 and "Traceback" not in r.stderr  # 3: nothing could be written (docs/IT.md)


def test_a_two_day_meeting_with_a_suspension_and_a_correction_in_the_minutes(tmp_path):
    db = open_database(tmp_path / "two.sqlite3")
    svc = MeetingService(EventStore(db, ensure_demo_meeting(db, SystemClock().now())), SystemClock())
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.MEETING_PAUSED, {"kind": "suspended", "note": "Uro på galleriet"})
    svc.record(ev.MEETING_RESUMED)
    svc.record(ev.MEETING_ADJOURNED)
    svc.record(ev.SITTING_CONTINUED, {"date": "2026-12-03"})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.MEETING_ADJOURNED)
    svc.record(ev.CORRECTION_NOTED, {"text": "Navnet i sak 304 rettet", "reason": "Meldt av sekretariatet"})
    pdf = write_minutes(svc.state, tmp_path / "to-dager.pdf", Options(public=True, draft=False))
    text = re.sub(r"\s+", " ", text_of(pdf))
    assert "Møtedag 1, 2026-12-02" in text and "Møtedag 2, 2026-12-03" in text
    assert "Forhandlingene ble avbrutt (R-11a)" in text and "Uro på galleriet" in text
    assert "Rettelser etter møtet" in text and "Meldt av sekretariatet" in text
    svc.close()
    db.close()
