"""A closed item in public (R-3.7a, R-3.6c): the hall display and the public minutes saved from the File menu show
only its public title — given with the agenda, or by default «Unntatt offentlighet, jf. <legal basis>»."""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pypdf import PdfReader
from widgets import find

from chair_console.procedure import events as ev
from chair_console.ui import dialogs

ROOT = Path(__file__).resolve().parents[2]
SECRET_TITLE = "Kjøp av eiendom i Fiktivgata 12"  # s308's own title
PUBLIC = "Unntatt offentlighet – eiendomssak"


def run_closed_item(svc) -> None:  # noqa: ANN001
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.CLOSED_DECIDED, {"item": "s308", "basis": svc.state.item("s308").closed_basis, "method": "tacit"})
    svc.record(ev.ITEM_OPENED, {"item": "s308", "closed_confirmed": True})
    svc.record(ev.SPEAKER_ADDED, {"item": "s308", "person": "h-10", "kind": "main"})
    svc.record(ev.SPEECH_NEXT, {"item": "s308"})


def pdf_text(path: str) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def test_R_3_7a_the_agendas_public_title_is_all_the_public_minutes_and_the_hall_show(console, qtbot, monkeypatch,
                                                                                      tmp_path):
    w = console.window
    data = json.loads((ROOT / "resources" / "demo" / "demo-meeting.json").read_text(encoding="utf-8"))
    next(i for i in data["agenda"] if i["id"] == "s308")["public_title"] = PUBLIC
    agenda = tmp_path / "saksliste.json"
    agenda.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(dialogs, "choose_file", lambda *a, **k: str(agenda))
    w.import_agenda_action.trigger()  # File ▸ import agenda
    assert console.service.state.item("s308").public_title == PUBLIC
    run_closed_item(console.service)
    w.hall_action.setChecked(True)
    hall = w.hall
    qtbot.waitExposed(hall)
    hall.refresh()
    every_label = " ".join(lab.text() for lab in hall.findChildren(QLabel))
    assert SECRET_TITLE not in every_label and "Fiktivgata 12" not in every_label
    assert [lab.text() for lab in hall.findChildren(QLabel) if lab.isVisible()] == ["Lukket møte"]
    w.hall_action.setChecked(False)
    saved = {}
    for public, name in ((True, "offentlig.pdf"), (False, "intern.pdf")):
        monkeypatch.setattr(dialogs, "choose_save_file", lambda *a, name=name, **k: str(tmp_path / name))
        (w.minutes_public_action if public else w.minutes_internal_action).trigger()
        saved[public] = pdf_text(str(tmp_path / name))
    assert f"Sak 308/26 {PUBLIC}" in saved[True] and SECRET_TITLE not in saved[True]
    assert f"Sak 308/26 {SECRET_TITLE}" in saved[False] and f"Offentlig tittel: «{PUBLIC}»" in saved[False]


def test_R_3_7a_without_a_public_title_the_hall_and_public_minutes_use_the_default_with_the_legal_basis(
        console, qtbot, monkeypatch, tmp_path):
    w = console.window
    run_closed_item(console.service)
    w.hall_action.setChecked(True)
    w.hall.refresh()
    assert SECRET_TITLE not in " ".join(lab.text() for lab in w.hall.findChildren(QLabel))
    w.hall_action.setChecked(False)
    console.service.record(ev.SPEECH_ENDED)
    console.service.record(ev.ITEM_OPENED, {"item": "s304"})  # an open item: the hall shows its own title
    w.hall_action.setChecked(True)
    w.hall.refresh()
    assert find(w.hall, QLabel, "hallItem").text() == "Sak 304/26: Reguleringsplan for Demokvartalet, Fiktivgata 1–9"
    w.hall_action.setChecked(False)
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *a, **k: str(tmp_path / "offentlig.pdf"))
    w.minutes_public_action.trigger()
    text = pdf_text(str(tmp_path / "offentlig.pdf"))
    assert "Sak 308/26 Unntatt offentlighet, jf. kommuneloven § 11-5 tredje ledd bokstav b" in text
    assert SECRET_TITLE not in text
