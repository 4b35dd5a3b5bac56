"""Fil → Oppmøterapport for godtgjøring …: asks the date range and the file, then calls the same service as
`chair-console attendance` (services/attendance_report.py). No rule logic here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

from chair_console.messages import describe, describe_problem
from chair_console.procedure.errors import CodedError
from chair_console.services.attendance_report import write_report
from chair_console.services.records import LogNotVerified
from chair_console.ui import dialogs


class AttendanceReportDialog(QDialog):
    """The period (from, to) and whether the absence reasons go in (health data: off by default)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="attendanceReportDialog")
        self.setWindowTitle(self.tr("Oppmøterapport for godtgjøring"))
        today = QDate.currentDate()
        self.first = QDateEdit(QDate(today.year(), today.month(), 1), objectName="reportFrom", calendarPopup=True)
        self.last = QDateEdit(today, objectName="reportTo", calendarPopup=True)
        for edit in (self.first, self.last):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.reasons = QCheckBox(self.tr("Ta med forfallsgrunner (helseopplysninger; trengs ikke for godtgjøring)"),
                                 objectName="reportReasons")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Fra dato:"), self.first)
        form.addRow(self.tr("Til dato:"), self.last)
        form.addRow(self.reasons)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, bool]:
        return (self.first.date().toString("yyyy-MM-dd"), self.last.date().toString("yyyy-MM-dd"),
                self.reasons.isChecked())


def ask_range(parent: QWidget) -> tuple[str, str, bool] | None:
    """(from, to, with reasons), or None if cancelled (tests answer this in place of the dialog)."""
    dialog = AttendanceReportDialog(parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def export_attendance(parent: QWidget, db) -> str | None:  # noqa: ANN001
    """Ask, write, and return what to tell the user (None when cancelled)."""
    answer = ask_range(parent)
    if answer is None:
        return None
    first, last, reasons = answer
    suggested = f"oppmote-{first}-{last}.xlsx"
    title = QCoreApplication.translate("AttendanceReportDialog", "Lagre oppmøterapporten")
    path = dialogs.choose_save_file(parent, title, suggested,
                                    "Excel (*.xlsx);;CSV (*.csv)")
    if not path:
        return None
    try:
        report = write_report(db, first, last, path, with_reasons=reasons)
    except LogNotVerified as exc:
        p = exc.problem
        return describe_problem(exc.path, p.meeting_id, p.seq, p.code, p.detail)
    except CodedError as exc:
        return describe(exc.code, exc.params)
    except OSError as exc:
        return describe("file.unwritable", {"path": path, "detail": exc.strerror or str(exc)})
    return QCoreApplication.translate(
        "AttendanceReportDialog", "Oppmøterapporten er lagret: {path} ({rows} rader fra {meetings} møter)."
    ).format(
        path=report.path, rows=report.rows, meetings=report.meetings)
