"""The attendance report for pay (møtegodtgjøring, tapt arbeidsfortjeneste): one row per person per sitting over
every meeting in the database in a date range — member or substitute (for whom), arrived, left, time present,
absent — as CSV (Excel in Norway: `;`, UTF-8 with BOM) or xlsx (openpyxl: typed cells, one sheet per month, a
summary with totals per person).

Absence reasons are health data (*sykdom*) that pay does not need: left out unless asked for (`with_reasons`).
Attendance comes from the record model (procedure/record.py), folded from each meeting's log without replaying
every rule, so a term of meetings is read in well under a second. Each meeting's hash chain is checked first, as
for every output of the record (records.checked). Bad input (a date, the file's kind, a range the wrong way round)
is refused before anything is read or written; the file is written to a temporary name and renamed at the end."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from chair_console.procedure.errors import CodedError
from chair_console.procedure.record import MEMBER, SUBSTITUTE, SittingAttendance, attendance_record
from chair_console.procedure.timebase import Instant
from chair_console.procedure.words import ABSENCE_REASONS, ATTENDANCE, MONTHS, in_text
from chair_console.services.records import atomic_output, checked
from chair_console.store import reader
from chair_console.store.database import Database

FORMATS = (".csv", ".xlsx")
KINDS = {MEMBER: "medlem", SUBSTITUTE: "varamedlem"}
UNVERIFIED_NOTE = " – LOGGEN BESTO IKKE KONTROLLEN"
HEADERS = ["Dato", "Møte nr.", "Møte", "Møtedag", "Navn", "Gruppe", "Medlem/vara", "Møtte for", "Kom", "Gikk",
           "Minutter til stede", "Fravær", "Status"]
REASON_HEADER = "Forfallsgrunn"
SUMMARY_HEADERS = ["Navn", "Gruppe", "Medlem/vara", "Møtedager til stede", "Møtedager med fravær",
                   "Minutter til stede"]
# a continued meeting (two days) is found by its first day: look this far back for one that runs into the range
LOOK_BACK_DAYS = 31


class ReportError(CodedError):
    """Input the report cannot use: nothing was read or written (messages.py words it)."""


@dataclass(frozen=True)
class ReportRow:
    meeting: int
    title: str
    day: date
    attendance: SittingAttendance


@dataclass(frozen=True)
class Report:
    path: Path
    meetings: int
    rows: int


def parse_range(first: str, last: str) -> tuple[date, date]:
    """Two ISO dates (ÅÅÅÅ-MM-DD), the first not after the last; ReportError otherwise."""
    days = []
    for value in (first, last):
        try:
            days.append(date.fromisoformat(str(value).strip()))
        except ValueError:
            raise ReportError("report.bad_date", value=value) from None
    if days[0] > days[1]:
        raise ReportError("report.bad_range", first=days[0].isoformat(), last=days[1].isoformat())
    return days[0], days[1]


def check_output(out: Path) -> str:
    suffix = Path(out).suffix.lower()
    if suffix not in FORMATS:
        raise ReportError("report.bad_format", path=str(out))
    return suffix


def collect(db: Database, first: date, last: date, unverified: bool = False) -> tuple[list[ReportRow], int]:
    """Every member's and every seated substitute's attendance in each sitting from `first` to `last`."""
    rows: list[ReportRow] = []
    meetings = reader.meetings_between(db, (first - timedelta(days=LOOK_BACK_DAYS)).isoformat(), last.isoformat())
    counted = 0
    for meeting_id, title, _date in meetings:
        ok = checked(db, meeting_id, unverified)
        record = attendance_record(reader.load_events(db, meeting_id))
        title = record.info.title + ("" if ok else UNVERIFIED_NOTE)
        found = False
        for row in record.rows():
            try:
                day = date.fromisoformat(row.date)
            except ValueError:
                continue
            if first <= day <= last:
                rows.append(ReportRow(meeting_id, title, day, row))
                found = True
        counted += found
    return rows, counted


def write_report(db: Database, first: str, last: str, out: Path, with_reasons: bool = False,
                 unverified: bool = False) -> Report:
    """Check the input, read the meetings, write the file (CSV or xlsx, by its name)."""
    start, end = parse_range(first, last)
    suffix = check_output(out)
    rows, meetings = collect(db, start, end, unverified)
    out = Path(out)
    with atomic_output(out) as tmp:
        if suffix == ".csv":
            _write_csv(tmp, rows, with_reasons)
        else:
            _write_xlsx(tmp, rows, start, end, with_reasons)
    return Report(out, meetings, len(rows))


# -- the cells --------------------------------------------------------------------------------------------------


def _local(at: Instant | None) -> datetime | None:
    return at.as_datetime().astimezone().replace(tzinfo=None) if at is not None else None


def _cells(r: ReportRow, with_reasons: bool) -> list:
    """One row's values, typed: a date, numbers, local times (datetime), words."""
    a = r.attendance
    status = ATTENDANCE.get(a.status, a.status)
    cells = [r.day, r.meeting, r.title, a.sitting, a.name, a.group, KINDS.get(a.kind, a.kind), ", ".join(a.for_whom),
             _local(a.arrived), _local(a.left), round(a.seconds / 60), "ja" if a.absent else "nei", status]
    if with_reasons:
        cells.append(in_text(ABSENCE_REASONS, a.reason) if a.reason else "")
    return cells


def _text(value: object) -> str:
    if isinstance(value, datetime):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def _write_csv(path: Path, rows: list[ReportRow], with_reasons: bool) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(HEADERS + ([REASON_HEADER] if with_reasons else []))
        for r in rows:
            w.writerow([_text(c) for c in _cells(r, with_reasons)])


def _months(first: date, last: date) -> list[tuple[int, int]]:
    out, (y, m) = [], (first.year, first.month)
    while (y, m) <= (last.year, last.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _write_xlsx(path: Path, rows: list[ReportRow], first: date, last: date, with_reasons: bool) -> None:
    """Write-only (streamed) workbook: the summary first, then a sheet per month; typed cells with formats."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)

    def sheet(title: str, headers: list[str], widths: tuple[int, ...]):  # noqa: ANN202
        ws = book.create_sheet(title)
        ws.freeze_panes = "A2"
        for n, width in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + n)].width = width
        cells = []
        for text in headers:
            cell = WriteOnlyCell(ws, value=text)
            cell.font = bold
            cells.append(cell)
        ws.append(cells)
        return ws

    totals: dict[tuple[str, str], list] = {}
    by_month: dict[tuple[int, int], list[ReportRow]] = {}
    for r in rows:
        by_month.setdefault((r.day.year, r.day.month), []).append(r)
        a = r.attendance
        entry = totals.setdefault((a.kind, a.person), [a.name, a.group, KINDS.get(a.kind, a.kind), 0, 0, 0])
        entry[3 if not a.absent else 4] += 1
        entry[5] += round(a.seconds / 60)
    summary = sheet("Sammendrag", SUMMARY_HEADERS, (26, 8, 11, 12, 12, 12))
    for entry in sorted(totals.values(), key=lambda e: (e[2] != KINDS[MEMBER], e[1], e[0])):
        summary.append(entry)
    headers = HEADERS + ([REASON_HEADER] if with_reasons else [])
    formats = {0: "dd.mm.yyyy", 8: "hh:mm", 9: "hh:mm", 10: "0"}
    for year, month in _months(first, last):
        ws = sheet(f"{MONTHS[month - 1]} {year}", headers, (11, 8, 34, 8, 26, 8, 11, 26, 7, 7, 10, 7, 22, 18))
        for r in by_month.get((year, month), ()):
            values = _cells(r, with_reasons)
            for n, number_format in formats.items():
                cell = WriteOnlyCell(ws, value=values[n])
                cell.number_format = number_format
                values[n] = cell
            ws.append(values)
    book.save(path)
