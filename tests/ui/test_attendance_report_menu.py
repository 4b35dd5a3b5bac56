"""Fil → Oppmøterapport for godtgjøring …: the range and the file asked, the same service as the command line;
a bad range told in words with nothing written. The roll-call summary counts every member (the record model)."""

from __future__ import annotations

import csv

from PySide6.QtWidgets import QLabel

from chair_console.procedure import events as ev
from chair_console.ui import attendance_dialog, dialogs


def menu_texts(window) -> list[str]:  # noqa: ANN001
    return [a.text() for a in window.file_menu.actions()]


def test_the_file_menu_writes_the_attendance_report(console, monkeypatch, tmp_path):
    window = console.window
    assert "Oppmøterapport for godtgjøring …" in menu_texts(window)
    console.service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    console.service.record(ev.MEETING_OPENED)  # a sitting that was set: one that never was has no rows
    day = console.service.state.info.date
    monkeypatch.setattr(attendance_dialog, "ask_range", lambda parent: (day, day, False))
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *a, **k: str(tmp_path / "oppmote.csv"))
    window.attendance_report_action.trigger()
    with (tmp_path / "oppmote.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert len([r for r in rows[1:] if r[6] == "medlem"]) == 59
    assert "Oppmøterapporten er lagret" in window.banner.text()


def test_a_range_the_wrong_way_round_is_told_and_nothing_written(console, monkeypatch, tmp_path):
    monkeypatch.setattr(attendance_dialog, "ask_range", lambda parent: ("2026-12-31", "2026-01-01", False))
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *a, **k: str(tmp_path / "oppmote.xlsx"))
    console.window.attendance_report_action.trigger()
    assert "etter til-datoen" in console.window.banner.text()
    assert list(tmp_path.glob("oppmote*")) == []


def test_the_dialog_gives_iso_dates_and_reasons_off_by_default(qtbot):
    dialog = attendance_dialog.AttendanceReportDialog()
    qtbot.addWidget(dialog)
    first, last, reasons = dialog.values()
    assert len(first) == 10 and first <= last and reasons is False


def test_R_3_3a_the_roll_call_summary_names_members_not_yet_marked(console):
    console.service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    console.service.record(ev.MEMBER_ABSENT, {"member": "h-02", "reason": "sykdom"})
    label = console.window.findChild(QLabel, "rollCallSummary")
    assert "Til stede: 1 av 59" in label.text() and "Forfall/borte: 1" in label.text()
    assert "Ikke registrert: 57" in label.text()
