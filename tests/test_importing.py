"""Importing council and agenda files: good files in every spelling, bad files refused whole."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chair_console.clock import SystemClock
from chair_console.importing import ImportDataError, read_agenda, read_council
from chair_console.messages import describe
from chair_console.services import imports
from chair_console.store.database import open_database

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"
DEMO = ROOT / "resources" / "demo"
COUNCIL_CSV = (EXAMPLES / "bystyre.csv").read_text(encoding="utf-8-sig")
AGENDA_CSV = (EXAMPLES / "saksliste.csv").read_text(encoding="utf-8")


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_csv_and_json_councils_are_the_same(tmp_path):
    assert read_council(EXAMPLES / "bystyre.csv") == read_council(DEMO / "oslo-bystyre-2023-2027.json")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [";", ","])
def test_council_csv_in_every_spelling_norwegians_export(tmp_path, encoding, delimiter):
    text = COUNCIL_CSV.replace("Bystyreperioden 2023–2027", "Bystyreperioden 2023-2027")  # cp1252 has no en dash? it has
    if delimiter == ",":
        import csv
        import io

        rows = list(csv.reader(io.StringIO(text), delimiter=";"))
        out = io.StringIO()
        csv.writer(out, delimiter=",").writerows(rows)
        text = out.getvalue()
    council = read_council(write(tmp_path, "bystyre.csv", text, encoding))
    assert len(council.members) == 59 and council.member("h-01").name == "Kari Fiktivsen"
    assert any("ø" in m.name or "Ø" in m.name for m in council.members)


def test_agenda_csv_with_quoted_line_breaks_and_norwegian_kind_names(tmp_path):
    items = read_agenda(EXAMPLES / "saksliste.csv")
    s309 = next(i for i in items if i.id == "s309")
    assert "\n2. Byrådet" in s309.recommendation and s309.replies and s309.extended_minutes == 6
    assert next(i for i in items if i.id == "s304").kind == "committee_case"  # written «Utvalgssak»
    cp1252 = write(tmp_path, "saksliste.csv", AGENDA_CSV, "cp1252")
    assert read_agenda(cp1252) == items


def test_json_agenda_is_the_meeting_file_format():
    items = read_agenda(DEMO / "demo-meeting.json")
    assert [i.id for i in items][:2] == ["sporretime", "s301"]


@pytest.mark.parametrize(
    ("mutate", "code", "params"),
    [
        (lambda t: t.replace("member;h-02;", "member;h-01;", 1), "import.council", {"code_": "council.duplicate_id"}),
        (lambda t: t.replace("group;H;Høyre;;1;;;20;", "group;H;Høyre;;1;;;21;", 1), "import.council",
         {"code_": "council.group_seats"}),
        (lambda t: t + "member;h-99;Ekstra Fiktivsen;H;99;;;;;;;;;;;\n", "import.council", {"code_": "council.seat_count"}),
        (lambda t: t.replace("member;a-01;", "medlem;a-01;", 1), "import.bad_value", {"field": "type"}),
        (lambda t: t.replace(";A;1;;;", ";XX;1;;;", 1), "import.council", {"code_": "council.unknown_group"}),
        (lambda t: t.replace("member;h-03;Ingrid Eksempelrud;H;3", "member;h-03;Ingrid Eksempelrud;H;tre", 1),
         "import.bad_value", {"field": "number", "line": 14}),
        (lambda t: t.replace("type;id;name", "type;ident;name", 1), "import.missing_column", {"field": "id"}),
    ],
)
def test_bad_council_files_name_file_line_and_field(tmp_path, mutate, code, params):
    path = write(tmp_path, "bystyre.csv", mutate(COUNCIL_CSV))
    with pytest.raises(ImportDataError) as exc:
        read_council(path)
    assert exc.value.code == code
    for key, value in params.items():
        assert exc.value.params[key] == value
    message = describe(exc.value.code, exc.value.params)
    assert "bystyre.csv" in message and "Ingenting ble importert" in message


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda t: t.replace("Muntlig spørretime", "", 1), "title"),
        (lambda t: t.replace("question_hour", "piknik", 1), "kind"),
        (lambda t: t.replace(",KUL,", ",XYZ,", 1), "committee"),
        (lambda t: t.replace(",nei,", ",kanskje,", 1), "dissent"),
        (lambda t: t.replace(",60,", ",en time,", 1), "planned_minutes"),
    ],
)
def test_bad_agenda_files_name_the_line_and_field(tmp_path, mutate, field):
    from chair_console.procedure.council import Council

    council = Council.from_dict(json.loads((DEMO / "oslo-bystyre-2023-2027.json").read_text(encoding="utf-8")))
    path = write(tmp_path, "saksliste.csv", mutate(AGENDA_CSV))
    with pytest.raises(ImportDataError) as exc:
        read_agenda(path, council)
    assert exc.value.params["field"] == field and exc.value.params["line"] >= 2


def test_duplicate_item_ids_are_refused(tmp_path):
    path = write(tmp_path, "saksliste.csv", AGENDA_CSV.replace("s302,", "s301,", 1))
    with pytest.raises(ImportDataError) as exc:
        read_agenda(path)
    assert exc.value.params["code_"] == "meeting.duplicate_item"


def test_unreadable_encoding_says_how_to_save_as_utf8(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes("id;number;title;kind\n1;2;3;4\n".encode("utf-16"))
    with pytest.raises(ImportDataError) as exc:
        read_agenda(path)
    assert exc.value.code == "import.encoding"
    assert "UTF-8" in describe(exc.value.code, exc.value.params)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def pristine_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "m.sqlite3"
    db = open_database(path)
    imports.import_council(db, EXAMPLES / "bystyre.csv")
    imports.new_meeting(db, SystemClock(), date="2027-01-20", place="Bystyresalen")
    db.close()
    return path


def _mangle(text: str, data) -> str:  # noqa: ANN001
    """Cut, duplicate, swap or garble parts of a good file."""
    lines = text.splitlines(keepends=True)
    op = data.draw(st.sampled_from(["cut", "dup", "swap", "garble", "insert", "truncate"]))
    i = data.draw(st.integers(0, len(lines) - 1))
    if op == "cut":
        del lines[i]
    elif op == "dup":
        lines.insert(i, lines[i])
    elif op == "swap":
        j = data.draw(st.integers(0, len(lines) - 1))
        lines[i], lines[j] = lines[j], lines[i]
    elif op == "garble":
        k = data.draw(st.integers(0, max(0, len(lines[i]) - 1)))
        lines[i] = lines[i][:k] + data.draw(st.text(max_size=8)) + lines[i][k + 1 :]
    elif op == "insert":
        lines.insert(i, data.draw(st.text(max_size=40)) + "\n")
    else:
        return text[: data.draw(st.integers(0, len(text)))]
    return "".join(lines)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), which=st.sampled_from(["council", "agenda"]), raw=st.booleans())
def test_random_and_mangled_files_never_crash_and_never_write_partly(tmp_path, pristine_db, data, which, raw):
    db_path = tmp_path / f"run-{data.draw(st.integers(0, 10**9))}.sqlite3"
    shutil.copy(pristine_db, db_path)
    before = _digest(db_path)
    source = COUNCIL_CSV if which == "council" else AGENDA_CSV
    content = data.draw(st.binary(max_size=400)) if raw else _mangle(source, data).encode(
        data.draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1"])), errors="replace"
    )
    path = tmp_path / f"{which}.csv"
    path.write_bytes(content)
    db = open_database(db_path)
    try:
        if which == "council":
            imports.import_council(db, path)
        else:
            imports.import_agenda(db, 1, path, SystemClock())
        imported = True
    except ImportDataError as exc:
        imported = False
        assert describe(exc.code, exc.params)  # a message, not a traceback
    finally:
        db.close()
    if not imported:
        assert _digest(db_path) == before  # nothing at all was written


def test_questions_come_with_the_json_agenda(tmp_path, pristine_db):
    db_path = tmp_path / "q.sqlite3"
    shutil.copy(pristine_db, db_path)
    db = open_database(db_path)
    try:
        imports.import_agenda(db, 1, DEMO / "demo-meeting.json", SystemClock())
        from chair_console.services.meeting_service import MeetingService
        from chair_console.store.event_store import EventStore

        svc = MeetingService(EventStore(db, 1), SystemClock())
        assert [q.asker for q in svc.state.questions["sporretime"]] == ["a-03", "sv-02", "frp-02", "mdg-03"]
        svc.close()
    finally:
        db.close()


def test_R_3_1b_new_meeting_defaults_to_a_wednesday_and_records_an_extraordinary_reason(tmp_path, pristine_db):
    from datetime import date

    db_path = tmp_path / "w.sqlite3"
    shutil.copy(pristine_db, db_path)
    db = open_database(db_path)
    try:
        first = imports.new_meeting(db, SystemClock(), date=None, place="Bystyresalen")
        second = imports.new_meeting(db, SystemClock(), date="2027-02-01", place="Bystyresalen", extraordinary="third")
        with pytest.raises(ImportDataError, match="meeting.bad_extraordinary"):
            imports.new_meeting(db, SystemClock(), date=None, place="x", extraordinary="weather")
        from chair_console.services.records import meeting_state

        assert date.fromisoformat(meeting_state(db, first).info.date).weekday() == 2  # a Wednesday
        assert meeting_state(db, second).info.extraordinary == "third"
    finally:
        db.close()
