"""The attendance report for pay (services/attendance_report.py, `chair-console attendance`): one row per person per
sitting over every meeting in the range; CSV for Excel in Norway, xlsx with typed cells, a sheet per month and a
summary; no absence reasons unless asked (R-4a: sykdom is health data); bad input refused, nothing written."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from term import simulate_on

from chair_console.cli import main
from chair_console.services import attendance_report as ar
from chair_console.store.database import open_database

DAYS = (date(2026, 1, 14), date(2026, 1, 28), date(2026, 3, 11))
REASON_WORDS = ("sykdom", "velferd", "omsorg", "uoppsettelig")


@pytest.fixture(scope="module")
def term_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("term") / "term.sqlite3"
    db = open_database(path)
    for seed, day in enumerate(DAYS, start=1):
        simulate_on(db, seed, day)
    db.close()
    return path


@pytest.fixture
def db(term_db: Path):
    database = open_database(term_db, create=False, write=False)
    yield database
    database.close()


def read_csv(path: Path) -> list[list[str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8 (æøå)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


def test_R_4a_csv_one_row_per_person_per_sitting_every_member_without_reasons(db, tmp_path):
    out = tmp_path / "oppmote.csv"
    report = ar.write_report(db, "2026-01-01", "2026-01-31", out)
    rows = read_csv(out)
    header, body = rows[0], rows[1:]
    assert header == ar.HEADERS and "Forfallsgrunn" not in header
    assert report.meetings == 2 and report.rows == len(body)
    for day in ("2026-01-14", "2026-01-28"):
        members = [r for r in body if r[0] == day and r[6] == "medlem"]
        assert len(members) == 59  # every member accounted for, present or not
    subs = [r for r in body if r[6] == "varamedlem"]
    assert subs and all(r[7] for r in subs)  # for whom
    col = dict(zip(header, body[0]))
    assert int(col["Minutter til stede"]) > 0 and col["Fravær"] == "nei" and len(col["Kom"]) == 5
    absent = [r for r in body if r[11] == "ja"]
    assert absent and all(r[10] == "0" for r in absent)
    text = out.read_text(encoding="utf-8-sig").lower()
    assert not any(word in text for word in REASON_WORDS)  # health data only when asked


def test_R_4a_reasons_only_with_the_explicit_option(db, tmp_path):
    out = tmp_path / "med-grunner.csv"
    ar.write_report(db, "2026-01-01", "2026-12-31", out, with_reasons=True)
    rows = read_csv(out)
    assert rows[0][-1] == "Forfallsgrunn"
    reasons = {r[-1] for r in rows[1:] if r[11] == "ja"}
    assert "velferd" in reasons  # the simulator's ps-01 is away for velferd at every meeting


def test_xlsx_typed_cells_a_sheet_per_month_and_totals_per_person(db, tmp_path):
    out = tmp_path / "oppmote.xlsx"
    ar.write_report(db, "2026-01-01", "2026-03-31", out)
    book = load_workbook(out)
    assert book.sheetnames == ["Sammendrag", "januar 2026", "februar 2026", "mars 2026"]
    assert book["februar 2026"].max_row == 1  # a month without meetings: the headers only
    january = list(book["januar 2026"].iter_rows(values_only=True))
    assert list(january[0]) == ar.HEADERS
    first = january[1]
    assert isinstance(first[0], datetime) and first[0].date() == DAYS[0]  # a date cell, not text
    assert isinstance(first[1], int) and isinstance(first[10], int)  # meeting number and minutes: numbers
    assert isinstance(first[8], datetime) and isinstance(first[9], datetime)  # arrived, left: times
    sheet = book["januar 2026"]
    assert sheet.cell(2, 1).number_format == "dd.mm.yyyy" and sheet.cell(2, 9).number_format == "hh:mm"
    months = january[1:] + list(book["mars 2026"].iter_rows(values_only=True))[1:]
    summary = list(book["Sammendrag"].iter_rows(values_only=True))
    assert list(summary[0]) == ar.SUMMARY_HEADERS
    totals = {(r[0], r[2]): r for r in summary[1:]}
    assert len([k for k in totals if k[1] == "medlem"]) == 59
    for (name, kind), row in totals.items():
        mine = [m for m in months if m[4] == name and m[6] == kind]
        assert row[3] == sum(1 for m in mine if m[11] == "nei")
        assert row[4] == sum(1 for m in mine if m[11] == "ja")
        assert row[5] == sum(m[10] for m in mine)
    assert sum(r[3] + r[4] for r in summary[1:]) == len(months)
    text = " ".join(str(c) for ws in book for r in ws.iter_rows(values_only=True) for c in r if c).lower()
    assert not any(word in text for word in REASON_WORDS)


@pytest.mark.parametrize(("first", "last", "name", "code"), [
    ("2026-13-01", "2026-12-31", "x.csv", "report.bad_date"),
    ("1.1.2026", "2026-12-31", "x.csv", "report.bad_date"),
    ("2026-12-31", "2026-01-01", "x.csv", "report.bad_range"),
    ("2026-01-01", "2026-12-31", "x.pdf", "report.bad_format"),
])
def test_bad_input_is_refused_and_nothing_is_written(db, tmp_path, first, last, name, code):
    with pytest.raises(ar.ReportError) as exc:
        ar.write_report(db, first, last, tmp_path / name)
    assert exc.value.code == code
    assert list(tmp_path.iterdir()) == []


def test_cli_attendance_writes_the_report_and_refuses_bad_input_in_words(term_db, tmp_path, capsys):
    out = tmp_path / "oppmote.xlsx"
    assert main(["attendance", "--db", str(term_db), "--from", "2026-01-01", "--to", "2026-03-31",
                 "--out", str(out)]) == 0
    assert out.exists() and "fra 3 møter" in capsys.readouterr().out
    bad = tmp_path / "feil.csv"
    assert main(["attendance", "--db", str(term_db), "--from", "2026-02-30", "--to", "2026-03-31",
                 "--out", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "«2026-02-30» er ikke en dato" in err and "ÅÅÅÅ-MM-DD" in err and "Traceback" not in err
    assert not bad.exists()
    assert main(["attendance", "--db", str(term_db), "--from", "2026-01-01", "--to", "2026-03-31",
                 "--out", str(tmp_path / "r.txt")]) == 2
    assert ".csv eller .xlsx" in capsys.readouterr().err


def test_a_log_that_fails_verification_is_refused_with_exit_1_and_nothing_written(term_db, tmp_path, capsys,
                                                                                  monkeypatch):
    from chair_console.services.records import LogNotVerified
    from chair_console.store.event_store import Problem

    def failing(db, meeting_id, unverified):  # noqa: ANN001
        if not unverified:
            raise LogNotVerified(db.path, Problem(meeting_id, 5, "chain.hash_mismatch"))
        return False

    monkeypatch.setattr(ar, "checked", failing)
    out = tmp_path / "oppmote.csv"
    assert main(["attendance", "--db", str(term_db), "--from", "2026-01-01", "--to", "2026-01-31",
                 "--out", str(out)]) == 1
    assert "hendelse 5" in capsys.readouterr().err and not out.exists()
    assert main(["attendance", "--db", str(term_db), "--from", "2026-01-01", "--to", "2026-01-31",
                 "--out", str(out), "--unverified"]) == 0
    assert all(r[2].endswith(ar.UNVERIFIED_NOTE) for r in read_csv(out)[1:])
