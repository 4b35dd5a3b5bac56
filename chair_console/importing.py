"""Reading council and agenda files (CSV and JSON) as secretaries export them.

CSV: UTF-8 with or without BOM, or Windows-1252 from old Excel (detected); comma or semicolon;
quoted fields with line breaks. Every error names the file, the line and the field and says what was
expected (ImportDataError); nothing is returned unless the whole file is right. Formats: docs/import.md.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from chair_console.procedure.agenda import ITEM_KINDS, AgendaItem, check_items
from chair_console.procedure.council import Council
from chair_console.procedure.errors import CodedError, CouncilDataError

COUNCIL_TYPES = ("term", "group", "member", "substitute", "government", "committee")
TRUE = {"ja", "j", "yes", "y", "true", "sann", "1", "x"}
FALSE = {"nei", "n", "no", "false", "usann", "0", ""}
# Item kinds may be written as codes or as the Norwegian names the interface shows.
KIND_NAMES = {
    "utvalgssak": "committee_case",
    "sak med arbeidsgruppe": "working_group_case",
    "kontrollutvalgssak": "control_committee_case",
    "privat forslag": "private_proposal",
    "interpellasjon": "interpellation",
    "muntlig redegjørelse": "oral_statement",
    "spørretime": "question_hour",
    "aktuell sak": "urgent_matter",
    "annet": "other",
}


class ImportDataError(CodedError, ValueError):
    """A file that cannot be imported; `code` and `params` (file, line, field …) make the message."""


# -- reading text ----------------------------------------------------------------------------------


def read_text(path: Path) -> str:
    """The file's text: UTF-8 (BOM or not), else Windows-1252; anything else is refused."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportDataError("file.unreadable", path=str(path), detail=exc.strerror or str(exc)) from None
    if not data.strip():
        raise ImportDataError("import.empty", file=path.name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ImportDataError("import.encoding", file=path.name) from None
    if "\x00" in text:
        raise ImportDataError("import.encoding", file=path.name)
    return text


def _is_json(path: Path, text: str) -> bool:
    if path.suffix.lower() == ".json":
        return True
    if path.suffix.lower() == ".csv":
        return False
    return text.lstrip().startswith(("{", "["))


def _load_json(path: Path, text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportDataError("import.json", file=path.name, line=exc.lineno, detail=exc.msg) from None


def _rows(path: Path, text: str, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """CSV rows as (line number, {column: value}); the delimiter is ';' or ',' (whichever the header uses)."""
    first_line = text.splitlines()[0] if text.splitlines() else ""
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise ImportDataError("import.empty", file=path.name) from None
    columns = [h.strip().lower() for h in header]
    for name in required:
        if name not in columns:
            raise ImportDataError("import.missing_column", file=path.name, field=name)
    rows = []
    try:
        line = reader.line_num + 1
        for record in reader:
            if any(cell.strip() for cell in record):
                if len(record) > len(columns):
                    raise ImportDataError("import.too_many_fields", file=path.name, line=line, expected=len(columns))
                rows.append((line, {c: (record[i].strip() if i < len(record) else "") for i, c in enumerate(columns)}))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise ImportDataError("import.csv", file=path.name, line=reader.line_num, detail=str(exc)) from None
    return rows


def _need(path: Path, line: int, row: dict[str, str], field: str) -> str:
    value = row.get(field, "")
    if not value:
        raise ImportDataError("import.missing_value", file=path.name, line=line, field=field)
    return value


def _int(path: Path, line: int, row: dict[str, str], field: str, required: bool = False) -> int | None:
    value = row.get(field, "")
    if not value:
        if required:
            raise ImportDataError("import.missing_value", file=path.name, line=line, field=field)
        return None
    try:
        return int(value)
    except ValueError:
        raise ImportDataError(
            "import.bad_value", file=path.name, line=line, field=field, value=value, expected="et heltall"
        ) from None


def _bool(path: Path, line: int, row: dict[str, str], field: str) -> bool:
    value = row.get(field, "").lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    raise ImportDataError("import.bad_value", file=path.name, line=line, field=field, value=value, expected="ja eller nei")


def _list(value: str) -> list[str]:
    return [x.strip() for x in value.replace(";", ",").split(",") if x.strip()]


# -- council ---------------------------------------------------------------------------------------


def read_council(path: Path) -> Council:
    path = Path(path)
    text = read_text(path)
    data = _load_json(path, text) if _is_json(path, text) else _council_csv(path, text)
    try:
        return Council.from_dict(data)
    except CouncilDataError as exc:
        raise ImportDataError("import.council", file=path.name, code_=exc.code, **exc.params) from None


def _council_csv(path: Path, text: str) -> dict:
    data: dict = {"format": "chair-console/council", "version": 1, "term": None, "groups": [], "members": [],
                  "substitutes": [], "city_government": [], "committees": []}
    for line, row in _rows(path, text, ("type", "id", "name")):
        kind = row["type"].lower()
        if kind not in COUNCIL_TYPES:
            raise ImportDataError(
                "import.bad_value", file=path.name, line=line, field="type", value=row["type"],
                expected=", ".join(COUNCIL_TYPES),
            )
        ident, name = _need(path, line, row, "id"), _need(path, line, row, "name")
        if kind == "term":
            data["term"] = {"id": ident, "name": name, "start": row.get("start", ""), "end": row.get("end", ""),
                            "seats": _int(path, line, row, "seats", required=True)}
        elif kind == "group":
            data["groups"].append({
                "id": ident, "abbreviation": row.get("abbreviation") or ident, "name": name,
                "seats": _int(path, line, row, "seats", required=True),
                "in_city_government": _bool(path, line, row, "in_city_government"),
                "election_rank": _int(path, line, row, "number") or len(data["groups"]) + 1,
                "sector": _int(path, line, row, "sector"), "colour": row.get("colour", ""),
            })
        elif kind == "member":
            data["members"].append({"id": ident, "name": name, "group": row.get("group") or None,
                                    "list_number": _int(path, line, row, "number", required=True),
                                    "roles": _list(row.get("roles", ""))})
        elif kind == "substitute":
            data["substitutes"].append({"id": ident, "name": name, "group": row.get("group") or None,
                                        "rank": _int(path, line, row, "number", required=True)})
        elif kind == "government":
            data["city_government"].append({"id": ident, "name": name, "title": row.get("title", ""),
                                            "group": row.get("group") or None})
        else:
            data["committees"].append({"id": ident, "name": name, "kind": row.get("title") or "sector",
                                       "leader": row.get("leader") or None, "deputy": row.get("deputy") or None,
                                       "members": _list(row.get("members", ""))})
    if data["term"] is None:
        raise ImportDataError("import.missing_row", file=path.name, field="term")
    return data


# -- agenda ----------------------------------------------------------------------------------------

AGENDA_COLUMNS = ("id", "number", "title", "kind")


def read_agenda(path: Path, council: Council | None = None) -> tuple[AgendaItem, ...]:
    path = Path(path)
    text = read_text(path)
    if _is_json(path, text):
        data = _load_json(path, text)
        raw = data.get("agenda") if isinstance(data, dict) else data
        if not isinstance(raw, list):
            raise ImportDataError("import.json_shape", file=path.name, expected="agenda")
        rows = [(i + 1, r) for i, r in enumerate(raw)]
    else:
        rows = _rows(path, text, AGENDA_COLUMNS)
    items = []
    committees = {c.id for c in council.committees} if council else None
    for line, row in rows:
        if not isinstance(row, dict):
            raise ImportDataError("import.json_shape", file=path.name, expected="agenda")
        items.append(_agenda_item(path, line, {k: ("" if v is None else str(v)) for k, v in row.items()}, committees))
    try:
        check_items(tuple(items))
    except CouncilDataError as exc:
        raise ImportDataError("import.agenda", file=path.name, code_=exc.code, **exc.params) from None
    return tuple(items)


def _agenda_item(path: Path, line: int, row: dict[str, str], committees: set[str] | None) -> AgendaItem:
    for field in AGENDA_COLUMNS:
        _need(path, line, row, field)
    kind = KIND_NAMES.get(row["kind"].lower(), row["kind"])
    if kind not in ITEM_KINDS:
        raise ImportDataError(
            "import.bad_value", file=path.name, line=line, field="kind", value=row["kind"],
            expected=", ".join(sorted(ITEM_KINDS)),
        )
    committee = row.get("committee") or None
    if committee is not None and committees is not None and committee not in committees:
        raise ImportDataError("import.unknown_committee", file=path.name, line=line, field="committee", value=committee)
    return AgendaItem(
        id=row["id"],
        number=row["number"],
        title=row["title"],
        kind=kind,
        committee_id=committee,
        recommendation=row.get("recommendation", ""),
        dissent=_bool(path, line, row, "dissent"),
        closed_basis=row.get("closed_basis") or None,
        planned_minutes=_int(path, line, row, "planned_minutes"),
        planned_start=row.get("planned_start") or None,
        summary=row.get("summary", ""),
        group_minutes=_int(path, line, row, "group_minutes") or 3,
        extended_minutes=_int(path, line, row, "extended_minutes"),
        independent_minutes=_int(path, line, row, "independent_minutes") or 1,
        replies=_bool(path, line, row, "replies"),
    )


def read_questions(path: Path) -> list[dict]:
    """Questions registered for the question hour, from a JSON meeting file's "questions" list (R-6a)."""
    path = Path(path)
    text = read_text(path)
    if not _is_json(path, text):
        return []
    data = _load_json(path, text)
    raw = data.get("questions", []) if isinstance(data, dict) else []
    if not isinstance(raw, list):
        raise ImportDataError("import.json_shape", file=path.name, expected="questions")
    out = []
    for n, q in enumerate(raw, start=1):
        if not isinstance(q, dict):
            raise ImportDataError("import.json_shape", file=path.name, expected="questions")
        for field in ("asker", "to", "topic"):
            if not str(q.get(field) or "").strip():
                raise ImportDataError("import.missing_value", file=path.name, line=n, field=field)
        out.append({"asker": str(q["asker"]), "to": str(q["to"]), "topic": str(q["topic"])})
    return out
