"""Importing council and agenda files: good files in every spelling, bad files refused whole."""

from __future__ import annotations

import copy
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
from chair_console.services import imports, meetings
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
        (lambda t: t.replace("member;h-02;", "member;h-01;", 1), "import.schema_line", {"line": 13, "field": "id"}),
        (lambda t: t.replace("group;H;Høyre;;1;;;20;", "group;H;Høyre;;1;;;21;", 1), "import.schema_line",
         {"line": 3, "field": "seats"}),
        (lambda t: t + "member;h-99;Ekstra Fiktivsen;H;99;;;;;;;;;;;\n", "import.schema_file", {}),
        (lambda t: t.replace("member;a-01;", "medlem;a-01;", 1), "import.bad_value", {"field": "type"}),
        (lambda t: t.replace(";A;1;;;", ";XX;1;;;", 1), "import.schema_line", {"field": "group"}),
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
    assert exc.value.code == "import.schema_line"
    assert (exc.value.params["line"], exc.value.params["field"]) == (4, "id")
    assert "«s301» er allerede brukt (linje 3)" in describe(exc.value.code, exc.value.params)


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
    meetings.new_meeting(db, SystemClock(), date="2027-01-20", place="Bystyresalen")
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
        first = _meeting_id(meetings.new_meeting(db, SystemClock(), date=None, place="Bystyresalen"))
        second = _meeting_id(
            meetings.new_meeting(db, SystemClock(), date="2027-02-01", place="Bystyresalen", extraordinary="third")
        )
        with pytest.raises(ImportDataError, match="meeting.bad_extraordinary"):
            meetings.new_meeting(db, SystemClock(), date=None, place="x", extraordinary="weather")
        from chair_console.services.records import meeting_state

        assert date.fromisoformat(meeting_state(db, first).info.date).weekday() == 2  # a Wednesday
        assert meeting_state(db, second).info.extraordinary == "third"
    finally:
        db.close()


def _meeting_id(created) -> int:  # noqa: ANN001 - new_meeting gives the id, or (id, title)
    return created[0] if isinstance(created, tuple) else created


# -- JSON Schema: every file, JSON or CSV, is checked against one schema (chair_console/import_schema.py) ---

COUNCIL_JSON = json.loads((DEMO / "oslo-bystyre-2023-2027.json").read_text(encoding="utf-8"))
MEETING_JSON = json.loads((DEMO / "demo-meeting.json").read_text(encoding="utf-8"))
ENGLISH = ("invalid", "literal", "NoneType", "object", "is not", "subscriptable", "expected", "Expecting", "required",
           "Traceback", "Error", "\\u")


def _refusal(tmp_path: Path, name: str, data, read=None) -> tuple[ImportDataError, str]:  # noqa: ANN001
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    reader = read or (read_council if "bystyre" in name else read_agenda)
    with pytest.raises(ImportDataError) as exc:
        reader(path)
    message = describe(exc.value.code, exc.value.params)
    assert name in message and "Ingenting ble importert" in message
    assert not any(word in message for word in ENGLISH), message
    return exc.value, message


def _council(mutate) -> dict:  # noqa: ANN001
    data = copy.deepcopy(COUNCIL_JSON)
    mutate(data)
    return data


def _meeting(mutate) -> dict:  # noqa: ANN001
    data = copy.deepcopy(MEETING_JSON)
    mutate(data)
    return data


@pytest.mark.parametrize(
    ("name", "data", "place", "says"),
    [
        ("bystyre.json", _council(lambda d: d["members"][3].update(list_number="tjue")), "members[3].list_number",
         "forventet et heltall, fant «tjue»"),
        ("bystyre.json", _council(lambda d: d["groups"].__setitem__(2, None)), "groups[2]", "forventet et objekt"),
        ("bystyre.json", _council(lambda d: d["members"][0].pop("list_number")), "members[0].list_number",
         "feltet mangler"),
        ("bystyre.json", _council(lambda d: d["members"][5].update(lsit_number=3)), "members[5].lsit_number",
         "ukjent felt"),
        ("bystyre.json", _council(lambda d: d["term"].update(end="2027-13-01")), "term.end", "ÅÅÅÅ-MM-DD"),
        ("bystyre.json", _council(lambda d: d["groups"][1].update(colour="rød")), "groups[1].colour", "#rrggbb"),
        ("bystyre.json", _council(lambda d: d["committees"][0].update(kind="fest")), "committees[0].kind",
         "forventet en av: business, control, sector"),
        ("bystyre.json", _council(lambda d: d["members"][1].update(id="h-01")), "members[1].id", "h-01 to ganger"),
        ("bystyre.json", _council(lambda d: d["groups"][0].update(seats=21)), "groups[0].seats", "skal ha 21"),
        ("bystyre.json", _council(lambda d: d.update(format="chair-console/meeting")), "format", "bystyrefil"),
        ("saksliste.json", _meeting(lambda d: d["agenda"][2].update(number=None)), "agenda[2].number",
         "forventet tekst eller et heltall, fant null"),
        ("saksliste.json", _meeting(lambda d: d["agenda"][4].update(dissent="kanskje")), "agenda[4].dissent",
         "forventet true eller false"),
        ("saksliste.json", _meeting(lambda d: d["agenda"][1].update(planned_start="25:99")), "agenda[1].planned_start",
         "klokkeslett"),
        ("saksliste.json", _meeting(lambda d: d["agenda"][1].update(kind="piknik")), "agenda[1].kind", "question_hour"),
        ("saksliste.json", _meeting(lambda d: d["questions"][1].pop("topic")), "questions[1].topic", "feltet mangler"),
        ("saksliste.json", _meeting(lambda d: d.update(agenda={"s301": {}})), "agenda", "forventet en liste"),
        ("saksliste.json", [{"id": "a", "number": "1", "title": "T", "kind": "other", "planned_minutes": "45"}],
         "[0].planned_minutes", "fant «45»"),
        ("saksliste.json", "42", "(øverste nivå)", "fant tallet 42"),
    ],
)
def test_json_errors_name_the_file_the_place_and_what_was_expected_in_bokmal(tmp_path, name, data, place, says):
    error, message = _refusal(tmp_path, name, data)
    assert error.code == "import.schema" and error.params["place"] == place
    assert f"{name}, {place}: " in message and says in message, message


def test_csv_files_pass_the_same_schema_and_are_told_by_line_and_column(tmp_path):
    text = COUNCIL_CSV.replace("term;2023-2027;Bystyreperioden 2023–2027;;;;;59;", "term;2023-2027;B;;;;;129;", 1)
    error, message = _refusal(tmp_path, "bystyre.csv", text)
    assert (error.code, error.params["line"], error.params["field"]) == ("import.schema_line", 2, "seats")
    assert "forventet 59" in message and "R-1a" in message
    text = COUNCIL_CSV.replace("member;h-01;Kari Fiktivsen;H;1;ordfører;", "member;h-01;Kari Fiktivsen;H;1;keiser;", 1)
    error, message = _refusal(tmp_path, "bystyre.csv", text)
    assert (error.params["line"], error.params["field"]) == (12, "roles")
    assert "forventet en av: ordfører, varaordfører; fant «keiser»" in message
    text = AGENDA_CSV.replace(",60,", ",-60,", 1)
    error, message = _refusal(tmp_path, "saksliste.csv", text)
    assert (error.params["line"], error.params["field"]) == (2, "planned_minutes") and "minst 0" in message
    text = AGENDA_CSV.replace("Muntlig spørretime", "x" * 501, 1)
    error, message = _refusal(tmp_path, "saksliste.csv", text)
    assert (error.params["line"], error.params["field"]) == (2, "title") and "høyst 500 tegn" in message


def _seats_129(d: dict) -> None:
    """A term of 129 seats that holds together otherwise: 70 more members in Høyre."""
    d["term"]["seats"] = 129
    d["groups"][0]["seats"] += 70
    d["members"] += [{"id": f"h-{n}", "name": f"Ekstra {n}", "group": "H", "list_number": n, "roles": []}
                     for n in range(100, 170)]


@pytest.mark.parametrize(
    ("name", "data", "place", "says"),
    [
        ("bystyre.json", _council(lambda d: d["members"][3].update(name=5)), "members[3].name",
         "forventet tekst, fant tallet 5"),
        ("bystyre.json", _council(lambda d: d["city_government"][0].update(name=["Odd"])), "city_government[0].name",
         "forventet tekst"),
        ("bystyre.json", _council(_seats_129), "term.seats", "forventet 59 (bystyret har 59 medlemmer, R-1a)"),
        ("bystyre.json", _council(lambda d: d["groups"][0].update(seats=30)), "groups",
         "gruppene har til sammen 68 plasser, men bystyret har 59"),
        ("bystyre.json", _council(lambda d: d["members"][0].update(roles="ordfører")), "members[0].roles",
         "forventet en liste"),
        ("bystyre.json", _council(lambda d: d["members"][7].update(roles=["keiser"])), "members[7].roles[0]",
         "forventet en av: ordfører, varaordfører; fant «keiser»"),
        ("bystyre.json", _council(lambda d: d["substitutes"][0].update(rank=-1)), "substitutes[0].rank", "minst 1"),
        ("saksliste.json", _meeting(lambda d: d["agenda"][3].update(number=["Sak", 303])), "agenda[3].number",
         "fant en liste med 2 elementer"),
        ("saksliste.json", _meeting(lambda d: d["agenda"][3].update(planned_minutes=-25)), "agenda[3].planned_minutes",
         "forventet minst 0, fant tallet -25"),
        ("saksliste.json", _meeting(lambda d: d["agenda"][3].update(group_minutes=-3)), "agenda[3].group_minutes",
         "minst 0"),
        ("saksliste.json", _meeting(lambda d: d["agenda"][3].update(extended_minutes=-1)), "agenda[3].extended_minutes",
         "minst 0"),
        ("saksliste.json", _meeting(lambda d: d["agenda"][3].update(title=7)), "agenda[3].title", "forventet tekst"),
    ],
)
def test_what_was_accepted_before_and_must_not_be_is_refused(tmp_path, name, data, place, says):
    error, message = _refusal(tmp_path, name, data)
    assert error.params["place"] == place and says in message, message


@pytest.mark.parametrize("which", ["council", "agenda", "questions"])
@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000,
        "[" * 100_000 + "]" * 100_000,
        '{"format": "chair-console/council", "term": ' + "{\"a\": " * 50_000 + "1" + "}" * 50_000 + "}",
        '{"agenda": [{"id": "s1", "title": ' + "[" * 100_000 + "]" * 100_000 + "}]}",
    ],
)
def test_deeply_nested_json_is_refused_with_a_message_not_a_recursion_error(tmp_path, pristine_db, which, text):
    from chair_console.importing import read_questions

    name = {"council": "bystyre.json", "agenda": "saksliste.json", "questions": "saksliste.json"}[which]
    reader = {"council": read_council, "agenda": read_agenda, "questions": read_questions}[which]
    error, message = _refusal(tmp_path, name, text, reader)
    assert error.code == "import.too_deep" and error.params["line"] == 1 and "10 nivåer" in message
    db_path = tmp_path / "deep.sqlite3"
    shutil.copy(pristine_db, db_path)
    before = _digest(db_path)
    db = open_database(db_path)
    try:
        with pytest.raises(ImportDataError, match="import.too_deep"):
            if which == "council":
                imports.import_council(db, tmp_path / name)
            else:
                imports.import_agenda(db, 1, tmp_path / name, SystemClock())
    finally:
        db.close()
    assert _digest(db_path) == before


def _items(n: int, **extra) -> list[dict]:  # noqa: ANN003
    return [{"id": f"s{i}", "number": f"Sak {i}/26", "title": f"Sak nummer {i}", "kind": "committee_case", **extra}
            for i in range(n)]


def test_limits_are_told_with_a_message(tmp_path):
    from chair_console import import_schema as limits
    from chair_console.importing import read_questions

    # the file size: refused before the file is read whole
    big = tmp_path / "saksliste.json"
    with big.open("w", encoding="utf-8") as fh:
        fh.write('{"agenda": [')
        fh.write(" " * (limits.MAX_FILE_BYTES + 1))
        fh.write("]}")
    error, message = _refusal(tmp_path, "saksliste.json", big.read_text(encoding="utf-8"))
    assert error.code == "import.too_large" and "høyst 5 MB" in message
    # counts and lengths
    meeting = {"format": "chair-console/meeting", "agenda": _items(limits.MAX_AGENDA_ITEMS)}
    path = write(tmp_path, "ok.json", json.dumps(meeting))
    assert len(read_agenda(path)) == limits.MAX_AGENDA_ITEMS == 500  # at the limit: fine
    cases = [
        ("saksliste.json", {"agenda": _items(501)}, "agenda", "for mange saker: høyst 500, fant 501"),
        ("saksliste.json", _items(2, title="T" * 501), "[0].title", "høyst 500 tegn, fant 501"),
        ("saksliste.json", _items(1, recommendation="R" * 20_001), "[0].recommendation", "høyst 20000 tegn"),
        ("saksliste.json", {"agenda": [], "questions": [{"asker": "a-01", "to": "byr-1", "topic": "T"}] * 201},
         "questions", "for mange spørsmål: høyst 200, fant 201"),
        ("bystyre.json", _council(lambda d: d["substitutes"].extend(
            {"id": f"x{n}", "name": f"Vara {n}", "group": "PS", "rank": n} for n in range(2, 1002))),
         "substitutes", "for mange varamedlemmer: høyst 1000, fant 1032"),
        ("bystyre.json", _council(lambda d: d["members"][0].update(name="N" * 201)), "members[0].name",
         "høyst 200 tegn"),
        ("bystyre.json", _council(lambda d: d["members"][0].update(list_number=10**30)), "members[0].list_number",
         "høyst 10000"),
    ]
    for name, data, place, says in cases:
        reader = read_questions if place == "questions" else None
        error, message = _refusal(tmp_path, name, data, reader)
        assert error.params["place"] == place and says in message, message


def test_limits_are_named_in_one_place_and_documented():
    from chair_console import import_schema as limits

    doc = (ROOT / "docs" / "import.md").read_text(encoding="utf-8")
    names = [n for n in dir(limits) if n.startswith("MAX_")]
    assert len(names) >= 10
    for name in names:
        assert name in doc, f"docs/import.md does not document {name}"
    from jsonschema import Draft202012Validator

    for spec in (limits.COUNCIL_SCHEMA, limits.MEETING_SCHEMA, limits.AGENDA_LIST_SCHEMA):
        Draft202012Validator.check_schema(spec)


@pytest.mark.parametrize("start", ["25:99", "24:00", "12:60", "9:5", "12:00\n", "12.00"])
def test_new_meeting_refuses_a_start_that_is_not_a_clock_time(tmp_path, pristine_db, start):
    db_path = tmp_path / "s.sqlite3"
    shutil.copy(pristine_db, db_path)
    db = open_database(db_path)
    try:
        with pytest.raises(ImportDataError) as exc:
            meetings.new_meeting(db, SystemClock(), date="2027-01-27", place="Bystyresalen", start=start)
        assert exc.value.code == "meeting.bad_start"
        assert "er ikke et klokkeslett" in describe(exc.value.code, exc.value.params)
        assert _meeting_id(meetings.new_meeting(db, SystemClock(), date="2027-01-27", place="Salen", start="23:59")) == 2
    finally:
        db.close()


@pytest.mark.parametrize(
    ("mutate", "place", "says"),
    [
        (lambda d: d["questions"][1].update(asker="zz-99"), "questions[1].asker", "verken medlem eller varamedlem"),
        (lambda d: d["questions"][1].update(to="a-01"), "questions[1].to", "verken ordføreren eller medlem av byrådet"),
        (lambda d: d["questions"][1].update(asker="a-03"), "questions[1].asker", "allerede et hovedspørsmål"),
        (lambda d: d["agenda"].pop(0), "questions", "question_hour"),
        (lambda d: d["agenda"][1].update(interpellant="byr-1"), "agenda[1].interpellant", "verken medlem"),
        (lambda d: d["agenda"][4].update(committee="XYZ"), "agenda[4].committee", "utvalget «XYZ» finnes ikke"),
    ],
)
def test_what_the_meeting_log_would_refuse_is_refused_by_place_before_anything_is_written(
    tmp_path, pristine_db, mutate, place, says
):
    path = write(tmp_path, "saksliste.json", json.dumps(_meeting(mutate), ensure_ascii=False))
    db_path = tmp_path / "q.sqlite3"
    shutil.copy(pristine_db, db_path)
    before = _digest(db_path)
    db = open_database(db_path)
    try:
        with pytest.raises(ImportDataError) as exc:
            imports.import_agenda(db, 1, path, SystemClock())
    finally:
        db.close()
    assert exc.value.params["place"] == place and says in describe(exc.value.code, exc.value.params)
    assert _digest(db_path) == before


# -- property-based: random and mangled JSON ---------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=30,
)
# what a council or meeting file has at its top level, so random documents get past the first check
TOP_KEYS = ["format", "version", "term", "groups", "members", "substitutes", "city_government", "committees",
            "agenda", "questions", "id", "number", "title", "kind", "name", "seats", "roles"]


def _paths(value, at=()) -> list[tuple]:  # noqa: ANN001
    out = [at]
    if isinstance(value, dict):
        for key, sub in value.items():
            out += _paths(sub, (*at, key))
    elif isinstance(value, list):
        for i, sub in enumerate(value):
            out += _paths(sub, (*at, i))
    return out


def _mutate(document, data):  # noqa: ANN001
    """One change to a good file: a value replaced by one of another type, removed, or nested deeper."""
    document = copy.deepcopy(document)
    at = data.draw(st.sampled_from(_paths(document)[1:]))
    parent = document
    for part in at[:-1]:
        parent = parent[part]
    old = parent[at[-1]]
    op = data.draw(st.sampled_from(["retype", "remove", "nest"]))
    if op == "retype":
        parent[at[-1]] = data.draw(JSON_VALUES.filter(lambda v: type(v) is not type(old)))
    elif op == "remove":
        del parent[at[-1]]
    else:
        parent[at[-1]] = data.draw(st.sampled_from([[old], {"value": old}, [[old]]]))
    return document


def _import_and_check(tmp_path: Path, pristine_db: Path, which: str, content: bytes, run: int) -> None:
    """Import through the service: an ImportDataError whose message names the file and a place in it,
    and a database left byte for byte as it was; or a good import. Never any other exception."""
    db_path = tmp_path / f"run-{run}.sqlite3"
    shutil.copy(pristine_db, db_path)
    before = _digest(db_path)
    name = "bystyre.json" if which == "council" else "saksliste.json"
    path = tmp_path / name
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
        message = describe(exc.code, exc.params)
        assert message.startswith(name), message
        p = exc.params
        assert ("place" in p and f"{name}, {p['place']}: " in message) or (
            "line" in p and f"{name}, linje {p['line']}" in message
        ), message
    finally:
        db.close()
    if not imported:
        assert _digest(db_path) == before


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), which=st.sampled_from(["council", "agenda"]))
def test_random_json_never_crashes_and_is_told_by_place(tmp_path, pristine_db, data, which):
    value = data.draw(
        JSON_VALUES
        | st.dictionaries(st.sampled_from(TOP_KEYS), JSON_VALUES, max_size=6)
        | st.lists(st.dictionaries(st.sampled_from(TOP_KEYS), JSON_VALUES, max_size=5), max_size=4)
    )
    content = json.dumps(value, ensure_ascii=data.draw(st.booleans())).encode("utf-8")
    _import_and_check(tmp_path, pristine_db, which, content, data.draw(st.integers(0, 10**9)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), which=st.sampled_from(["council", "agenda"]))
def test_mangled_demo_json_never_crashes_and_is_told_by_place(tmp_path, pristine_db, data, which):
    good = COUNCIL_JSON if which == "council" else MEETING_JSON
    mangled = _mutate(good, data)
    content = json.dumps(mangled, ensure_ascii=False).encode("utf-8")
    _import_and_check(tmp_path, pristine_db, which, content, data.draw(st.integers(0, 10**9)))
