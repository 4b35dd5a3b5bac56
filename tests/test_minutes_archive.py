"""The archive copy of the minutes: PDF/A-2b made from reportlab's file with pikepdf (issue 18), checked
structurally — pdfaid part 2 conformance B in the XMP, an sRGB output intent with its ICC profile, every font
embedded, no encryption, title, author and language set. (A full check is veraPDF's, docs/IT.md.)"""

from __future__ import annotations

import subprocess
import sys

import pikepdf
import pytest

from chair_console.clock import SystemClock
from chair_console.demo import ensure_demo_meeting
from chair_console.minutes import Options, write_minutes
from chair_console.procedure import events as ev
from chair_console.services.meeting_service import MeetingService
from chair_console.store.database import open_database
from chair_console.store.event_store import EventStore


@pytest.fixture(scope="module")
def adjourned(tmp_path_factory):
    path = tmp_path_factory.mktemp("a") / "archive.sqlite3"
    db = open_database(path)
    svc = MeetingService(EventStore(db, ensure_demo_meeting(db, SystemClock().now())), SystemClock())
    for m in svc.state.council.members[:40]:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    svc.record(ev.SPEAKER_ADDED, {"item": "s304", "person": "h-02", "kind": "main"})
    svc.record(ev.SPEECH_NEXT, {"item": "s304"})
    svc.record(ev.SPEECH_ENDED)
    svc.record(ev.MEETING_ADJOURNED)
    state = svc.state
    svc.close()
    db.close()
    return path, state


def _fonts(pdf: pikepdf.Pdf) -> list:
    found = []
    for page in pdf.pages:
        for font in page.Resources.get("/Font", {}).values():
            found.append(font)
            found.extend(font.get("/DescendantFonts", []))
    return found


def check_pdfa(path) -> None:  # noqa: ANN001
    with pikepdf.open(path) as pdf:
        assert not pdf.is_encrypted
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"].startswith("Møtebok") and meta["dc:creator"] == ["Oslo kommune, bystyrets sekretariat"]
        assert "nb" in meta["dc:language"]
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1 and intents[0].S == pikepdf.Name.GTS_PDFA1
        profile = intents[0].DestOutputProfile
        assert isinstance(profile, pikepdf.Stream) and profile.N == 3
        assert profile.read_bytes()[36:40] == b"acsp"  # an ICC profile's signature
        assert str(pdf.docinfo.Title).startswith("Møtebok") and str(pdf.docinfo.Author) == (
            "Oslo kommune, bystyrets sekretariat")
        assert str(pdf.Root.Lang) == "nb-NO"
        assert "/ID" in pdf.trailer
        fonts = _fonts(pdf)
        assert fonts
        for font in fonts:
            if font.get("/Subtype") == "/Type0":
                continue  # its descendant carries the descriptor
            descriptor = font.FontDescriptor
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font.BaseFont
        # the XMP packet's dates agree with the document information (PDF/A: the two must not contradict)
        assert "/Trapped" not in pdf.docinfo


@pytest.mark.parametrize("public,draft", [(False, False), (True, False), (True, True)])
def test_the_archive_copy_is_pdfa_2b(adjourned, tmp_path, public, draft):
    _, state = adjourned
    pdf = write_minutes(state, tmp_path / "arkiv.pdf", Options(public=public, draft=draft, archive=True,
                                                               head_hash="ab" * 32))
    check_pdfa(pdf)


def test_the_ordinary_copy_has_no_pdfa_claim(adjourned, tmp_path):
    _, state = adjourned
    pdf = write_minutes(state, tmp_path / "vanlig.pdf", Options(public=True, draft=False))
    with pikepdf.open(pdf) as doc:
        assert "/OutputIntents" not in doc.Root
        assert doc.open_metadata().get("pdfaid:part") is None


def test_command_line_minutes_archive(adjourned, tmp_path):
    path, _ = adjourned
    out = tmp_path / "arkiv.pdf"
    r = subprocess.run([sys.executable, "-m", "chair_console", "minutes", "--db", str(path), "--out", str(out),
                        "--archive"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    check_pdfa(out)
    assert not list(tmp_path.glob("*.part"))  # written beside the target and renamed
