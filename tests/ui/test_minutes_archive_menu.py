"""The møtebok menu saves the archive copy too: «Lagre arkivkopi (PDF/A-2b)…» writes the internal edition as
PDF/A-2b (issue 18; the structure is checked as in tests/test_minutes_archive.py)."""

from __future__ import annotations

import pikepdf

from chair_console.procedure import events as ev
from chair_console.ui import dialogs


def test_the_archive_copy_from_the_minutes_menu(console, monkeypatch, tmp_path):
    w = console.window
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    out = tmp_path / "arkiv.pdf"
    asked = {}

    def choose(_parent, _title, name, _filter):  # noqa: ANN001, ANN202
        asked["name"] = name
        return str(out)

    monkeypatch.setattr(dialogs, "choose_save_file", choose)
    assert w.minutes_archive_action in w.minutes_menu.actions() and w.minutes_archive_action.text()
    w.minutes_archive_action.trigger()
    assert asked["name"].endswith("-arkiv.pdf")
    with pikepdf.open(out) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert pdf.Root.OutputIntents[0].S == pikepdf.Name.GTS_PDFA1
