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
from meeting_script import to_voting

SECRET = "Kjøpesum ZX-4711 kroner"  # planted in the closed item: must never be in the public minutes
SECRET_TITLE = "Kjøp av eiendom i Fiktivgata 12"  # the closed item's own title: never public either (R-3.7a)


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
    svc.record(ev.VOTING_ORDER_SET, {"item": "s304", "order": ["s304-p1", "recommendation"], "method": "tacit"})
    svc.record(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["s304-p1"], "method": "hands",
                                  "against": sorted(p for p in svc.state.eligible("s304")
                                                    if c.group_of(p) not in ("SV", "R"))})
    svc.record(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["recommendation"], "method": "tacit"})
    svc.record(ev.DECISION_TEXT_SET, {"item": "s304", "text": "Reguleringsplanen vedtas."})
    svc.record(ev.ITEM_DECIDED, {"item": "s304"})
    svc.record(ev.CLOSED_DECIDED, {"item": "s308", "basis": svc.state.item("s308").closed_basis,
                                   "method": "tacit"})  # the council closes the meeting (R-3.6b, R-3.7a)
    svc.record(ev.ITEM_OPENED, {"item": "s308", "closed_confirmed": True})  # closed under § 11-5
    svc.record(ev.PROPOSAL_TABLED, {"item": "s308", "text": SECRET, "groups": ["H"]})
    svc.record(ev.DEBATE_CLOSED, {"item": "s308"})
    svc.record(ev.PROPOSAL_FORWARDED, {"item": "s308", "proposals": ["s308-p1"], "method": "tacit"})  # R-3.3e
    svc.record(ev.VOTING_ORDER_SET, {"item": "s308", "order": ["recommendation"], "method": "tacit"})
    svc.record(ev.VOTE_RECORDED, {"item": "s308", "subjects": ["recommendation"], "method": "tacit"})
    svc.record(ev.DECISION_TEXT_SET, {"item": "s308", "text": f"Eiendommen kjøpes. {SECRET}."})
    svc.record(ev.ITEM_DECIDED, {"item": "s308"})
    svc.record(ev.ITEM_POSTPONED, {"item": "s310", "method": "counted", "for": 40, "against": 19})
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
    assert "Sak 304/26" in text and "Sak 308/26" in text
    assert "Bystyret vedtok med 40 mot 19 stemmer å utsette saken." in text  # R-3.2b: the decision in words
    assert "Forslag nr. 1 fra SV og R falt med 10 mot 49 stemmer (SV, R stemte for)." in text
    assert "Votering: Innstillingen ble enstemmig vedtatt." in text and "Reguleringsplanen vedtas." in text
    assert "Votering: Enstemmig vedtatt." not in text  # the minutes say what was adopted
    assert "Kari Fiktivsen" in text and "møtte for" in text and "(omsorg)" in text  # attendance, substitutes
    assert "Randi Diktebø (varaordfører)" in text  # the chair handover is in the record
    assert SECRET in text  # internal: the closed item's content is there
    assert f"Sak 308/26 {SECRET_TITLE}" in text  # internal: the real title, and what the public is shown
    assert "Offentlig tittel: «Unntatt offentlighet, jf. kommuneloven § 11-5 tredje ledd bokstav b" in text
    assert "kommuneloven § 11-5" in text  # R-3.6b: the legal basis
    assert "Side 1 av" in text and "UTKAST" not in text


def test_R_3_6c_public_minutes_leave_out_closed_content_and_absence_reasons(meeting, tmp_path):
    _, state = meeting
    pdf = write_minutes(state, tmp_path / "offentlig.pdf", Options(public=True, draft=False))
    text = re.sub(r"\s+", " ", text_of(pdf))
    assert SECRET not in text and "ZX-4711" not in text
    assert "(omsorg)" not in text
    assert "Innholdet er unntatt offentlighet" in text and "kommuneloven § 11-5" in text
    # R-3.7a, R-3.6c: the closed item only by its public title, by default with the legal basis
    assert SECRET_TITLE not in text and "Fiktivgata 12" not in text and "Offentlig tittel" not in text
    assert "Sak 308/26 Unntatt offentlighet, jf. kommuneloven § 11-5 tredje ledd bokstav b" in text


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
    from chair_console.minutes import oslo_time
    from chair_console.procedure.words import long_date

    # R-3.6a: each sitting by the day it sat (Oslo time), not the day it was planned for
    sat = [long_date(oslo_time(s.opened_at).date().isoformat()) for s in svc.state.sittings]
    assert f"Møtedag 1, {sat[0]}" in text and f"Møtedag 2, {sat[1]}" in text
    assert "Forhandlingene ble avbrutt kl." in text and "Uro på galleriet" in text
    assert "(R-" not in text  # no internal rule id in the legal text
    assert "Rettelser etter møtet" in text and "Meldt av sekretariatet" in text
    svc.close()
    db.close()


def test_R_3_3e_R_3_2b_R_7c_the_councils_decisions_in_the_minutes(tmp_path):
    """The voting order as decided, proposals forwarded to the city government, and postponements and
    committees decided tacitly, by count, or fallen: each in words under its item."""
    db = open_database(tmp_path / "decisions.sqlite3")
    svc = MeetingService(EventStore(db, ensure_demo_meeting(db, SystemClock().now())), SystemClock())
    to_voting(svc)  # everyone present, s304 in voting with proposals from SV, R and FrP
    svc.record(ev.PROPOSAL_FORWARDED, {"item": "s304", "proposals": ["s304-p2", "s304-p3"], "method": "tacit"})
    svc.record(ev.VOTING_ORDER_SET, {"item": "s304", "order": ["s304-p1", "recommendation"], "method": "tacit"})
    svc.record(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["s304-p1"], "method": "hands", "against_count": 40})
    svc.record(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["recommendation"], "method": "tacit"})
    svc.record(ev.DECISION_TEXT_SET, {"item": "s304", "text": "Reguleringsplanen vedtas."})
    svc.record(ev.ITEM_DECIDED, {"item": "s304"})
    svc.record(ev.ITEM_OPENED, {"item": "s307"})
    svc.record(ev.ITEM_POSTPONED, {"item": "s307", "method": "counted", "for": 24, "against": 35})
    svc.record(ev.ITEM_SENT_TO_COMMITTEE, {"item": "s307", "committee": "SAM", "method": "tacit"})
    svc.record(ev.ITEM_POSTPONED, {"item": "s309", "method": "tacit"})
    svc.record(ev.ITEM_POSTPONED, {"item": "s310", "method": "counted", "for": 35, "against": 24})
    svc.record(ev.MEETING_ADJOURNED)
    state = svc.state
    svc.close()
    db.close()
    for public in (False, True):
        pdf = write_minutes(state, tmp_path / f"decisions-{public}.pdf", Options(public=public, draft=False))
        text = re.sub(r"\s+", " ", text_of(pdf))
        assert ("Følgende forslag oversendes byrådet uten realitetsvotering: forslag nr. 2 fra R og forslag nr. 3 "
                "fra FrP.") in text
        assert "Voteringsorden: forslag nr. 1 fra SV, innstillingen (vedtatt stilltiende)." in text
        assert "Forslaget om å utsette saken falt med 24 mot 35 stemmer." in text
        assert "Bystyret vedtok stilltiende å sende saken til Samferdsels- og miljøutvalget." in text
        assert "Bystyret vedtok stilltiende å utsette saken." in text
        assert "Bystyret vedtok med 35 mot 24 stemmer å utsette saken." in text
        # the forwarded proposals are listed, never put to a vote
        assert "Votering: Forslag nr. 2" not in text and "Votering: Forslag nr. 3" not in text


def test_R_3_3c_R_3_3d_votes_as_the_law_counts_them_in_the_minutes(tmp_path):
    """The chair's own vote deciding a tie, by name; pairwise alternative votes, the winner against the next; a
    re-vote replacing the earlier result with both shown."""
    db = open_database(tmp_path / "law.sqlite3")
    svc = MeetingService(EventStore(db, ensure_demo_meeting(db, SystemClock().now())), SystemClock())
    for m in svc.state.council.members:
        if m.id != "uav-01":  # 58 in the hall: a tie is possible
            svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    for group in ("SV", "R", "FrP"):
        svc.record(ev.PROPOSAL_TABLED, {"item": "s304", "text": f"Forslag fra {group}.", "groups": [group]})
    svc.record(ev.DEBATE_CLOSED, {"item": "s304"})
    svc.record(ev.VOTING_ORDER_SET, {"item": "s304", "method": "tacit",
                                     "order": ["s304-p1", "s304-p2", "s304-p3", "recommendation"]})
    svc.record(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["s304-p1", "s304-p2"], "method": "alternative",
                                  "alternatives": [30, 28]})
    svc.record(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["s304-p1", "s304-p3"], "method": "alternative",
                                  "alternatives": [29, 29], "chair_vote": "s304-p3"})  # only counts: the chair's vote
    svc.record(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["recommendation"], "method": "hands",
                                  "against_count": 40})
    wrong = svc.state.votes["s304"][-1].id
    svc.record(ev.VOTE_RECORDED, {"item": "s304", "subjects": ["recommendation"], "method": "hands",
                                  "against_count": 18, "retake_of": wrong})  # the count was wrong: a re-vote
    svc.record(ev.DECISION_TEXT_SET, {"item": "s304", "text": "Forslag fra FrP. Reguleringsplanen vedtas."})
    svc.record(ev.ITEM_DECIDED, {"item": "s304"})
    svc.record(ev.ITEM_POSTPONED, {"item": "s307", "method": "counted", "for": 29, "against": 29,
                                   "chair_vote": "for"})  # a counted council decision, tied: the chair voted for
    svc.record(ev.MEETING_ADJOURNED)
    state = svc.state
    svc.close()
    db.close()
    pdf = write_minutes(state, tmp_path / "law.pdf", Options(public=True, draft=False))
    text = re.sub(r"\s+", " ", text_of(pdf))
    text = re.sub(r"Oslo kommune · Bystyret · Møtebok \d+\. \w+ \d{4} Side \d+ av \d+ ", "", text)  # header, footer
    assert ("Votering: Ved alternativ votering mellom forslag nr. 1 fra SV og forslag nr. 2 fra R fikk forslag nr. 1 "
            "fra SV 30 stemmer og forslag nr. 2 fra R 28 stemmer. Forslag nr. 1 fra SV ble vedtatt.") in text
    assert ("fikk forslag nr. 1 fra SV 29 stemmer og forslag nr. 3 fra FrP 29 stemmer. Forslag nr. 3 fra FrP ble "
            "vedtatt. Stemmelikhet; møtelederens stemme (Kari Fiktivsen) var avgjørende.") in text
    assert ("Omvotering: Innstillingen ble vedtatt mot 18 stemmer. (erstatter: Innstillingen falt med 18 mot 40 "
            "stemmer.)") in text
    assert "Votering: Innstillingen falt" not in text  # the replaced result only as what the re-vote replaced
    assert ("Bystyret vedtok med 29 mot 29 stemmer å utsette saken. Stemmelikhet; møtelederens stemme (Kari "
            "Fiktivsen) var avgjørende.") in text
    assert "dobbeltstemme" not in text


def test_R_3_7a_public_minutes_use_the_public_title_given_with_the_agenda_and_R_5_3b_print_the_chairs_exception(
        tmp_path):
    """A closed item imported with its public title: the public minutes use only that. A closing speech the chair
    allowed in an item with no committee behind it (R-5.3b) is printed with the reason, in both editions."""
    import json

    db = open_database(tmp_path / "title.sqlite3")
    svc = MeetingService(EventStore(db, ensure_demo_meeting(db, SystemClock().now())), SystemClock())
    agenda = [i.to_dict() for i in svc.state.agenda]
    next(i for i in agenda if i["id"] == "s308")["public_title"] = "Unntatt offentlighet – eiendomssak"
    agenda.append({"id": "s399", "number": "Sak 399/26", "title": "Orientering om beredskap", "kind": "other"})
    svc.record(ev.AGENDA_SET, json.loads(json.dumps({"agenda": agenda, "questions": []})))
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.CLOSED_DECIDED, {"item": "s308", "basis": svc.state.item("s308").closed_basis, "method": "tacit"})
    svc.record(ev.ITEM_OPENED, {"item": "s308", "closed_confirmed": True})
    svc.record(ev.SPEAKER_ADDED, {"item": "s308", "person": "h-10", "kind": "main"})
    svc.record(ev.SPEECH_NEXT, {"item": "s308"})
    svc.record(ev.SPEECH_ENDED)
    svc.record(ev.ITEM_OPENED, {"item": "s399"})
    svc.record(ev.SPEAKER_ADDED, {"item": "s399", "person": "a-01", "kind": "closing", "override": True,
                                  "override_reason": "Saken er meldt av Arbeiderpartiet"})
    svc.record(ev.SPEECH_NEXT, {"item": "s399"})
    svc.record(ev.SPEECH_ENDED)
    svc.record(ev.MEETING_ADJOURNED)
    state = svc.state
    svc.close()
    db.close()
    texts = {}
    for public in (False, True):
        pdf = write_minutes(state, tmp_path / f"title-{public}.pdf", Options(public=public, draft=False))
        texts[public] = re.sub(r"\s+", " ", text_of(pdf))
    assert "Sak 308/26 Unntatt offentlighet – eiendomssak" in texts[True] and SECRET_TITLE not in texts[True]
    assert f"Sak 308/26 {SECRET_TITLE}" in texts[False]
    for text in texts.values():
        assert ("Møtelederen tillot avsluttende innlegg fra Turid Tenkestad selv om saken ikke kommer fra et utvalg. "
                "Begrunnelse: Saken er meldt av Arbeiderpartiet") in text
        assert "(R-" not in text
        assert "avsluttende innlegg (møteleders unntak)" in text  # the speakers annex
