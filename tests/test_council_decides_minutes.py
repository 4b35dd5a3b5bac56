"""The council's decisions in the minutes (R-3.6b): closing the meeting for an item with its legal basis (R-3.7a),
the speaking time (R-5.4a) and each decision on a member's disqualification (R-3.10a), read back from the PDF."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pypdf import PdfReader

from chair_console.minutes import Options, write_minutes
from chair_console.procedure import events as ev

sys.path.insert(0, str(Path(__file__).resolve().parent / "procedure"))
from helpers import LogBuilder  # noqa: E402

SECRET = "Tomt ZX-99 selges"


def meeting():  # noqa: ANN201
    b = LogBuilder().created()
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_SETTINGS_CHANGED, {"item": "s304", "group_minutes": 5, "method": "tacit"})
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    b.add(ev.DISQUALIFIED, {"item": "s304", "person": "h-03", "basis": "forvaltningsloven § 6 første ledd bokstav a",
                            "method": "tacit"})
    b.add(ev.DISQUALIFIED, {"item": "s304", "person": "a-01", "disqualified": False, "method": "tacit"})
    b.add(ev.DISQUALIFIED, {"item": "s304", "person": "h-04", "basis": "fvl. § 6 andre ledd", "method": "counted",
                            "for": 17, "against": 40})
    basis = b.state.item("s308").closed_basis
    b.add(ev.CLOSED_DECIDED, {"item": "s308", "basis": basis, "method": "tacit"})
    b.add(ev.ITEM_OPENED, {"item": "s308", "closed_confirmed": True})
    b.add(ev.PROPOSAL_TABLED, {"item": "s308", "text": SECRET, "groups": ["H"]})
    return b.state


def text_of(pdf: Path) -> str:
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages))


def test_R_3_6b_R_3_7a_R_3_10a_R_5_4a_the_councils_decisions_in_the_minutes(tmp_path):
    state = meeting()
    c = state.council
    text = text_of(write_minutes(state, tmp_path / "intern.pdf", Options(public=False, draft=True)))
    assert ("Bystyret vedtok stilltiende å lukke møtet under behandlingen av saken, jf. kommuneloven § 11-5 tredje "
            "ledd bokstav b") in text
    assert "Bystyret vedtok stilltiende taletiden i saken: gruppene 5 minutter." in text
    h03, a01, h04 = (c.name_of(p) for p in ("h-03", "a-01", "h-04"))
    assert (f"Bystyret vedtok stilltiende at {h03} er inhabil (forvaltningsloven § 6 første ledd bokstav a). "
            f"{h03} fratrådte.") in text
    assert "ble erklært inhabil" not in text  # the decision is printed once, as the council's
    assert f"Bystyret vedtok stilltiende at {a01} ikke er inhabil." in text
    assert f"Forslaget om at {h04} er inhabil falt med 17 mot 40 stemmer; {h04} er ikke inhabil i saken." in text
    assert SECRET in text
    public = text_of(write_minutes(state, tmp_path / "offentlig.pdf", Options(public=True, draft=True)))
    assert "Bystyret vedtok stilltiende å lukke møtet under behandlingen av saken, jf. kommuneloven § 11-5" in public
    assert "Innholdet er unntatt offentlighet" in public and SECRET not in public  # R-3.6c
