"""Reading council and agenda files (CSV and JSON) as secretaries export them.

CSV: UTF-8 with or without BOM, or Windows-1252 from old Excel (detected); comma or semicolon;
quoted fields with line breaks. A JSON file, and the dict the CSV reader builds, is checked against
the JSON Schema in chair_console.import_schema (one check for both formats), within the limits named
there. Every error names the file and the place (a JSON path such as `members[3].list_number`, or a
CSV line and field) and says what was expected (ImportDataError); nothing is returned unless the whole
file is right. Formats: docs/import.md.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import re
from itertools import accumulate, islice
from pathlib import Path
from typing import NoReturn

from chair_console import import_schema as schema
from chair_console.procedure.agenda import AgendaItem, check_items
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
ROOT_PLACE = "(øverste nivå)"  # the place of an error in the document as a whole


class ImportDataError(CodedError, ValueError):
    """A file that cannot be imported; `code` and `params` (file, line, field …) make the message."""


# -- reading text ----------------------------------------------------------------------------------


def read_text(path: Path) -> str:
    """The file's text: UTF-8 (BOM or not), else Windows-1252; anything else is refused, and so is a
    file larger than MAX_FILE_BYTES (before it is read whole)."""
    path = Path(path)
    limit = schema.MAX_FILE_BYTES
    try:
        with path.open("rb") as fh:
            size = _size(fh)
            data = fh.read(limit + 1) if size <= limit else b""
    except OSError as exc:
        raise ImportDataError("file.unreadable", path=str(path), detail=exc.strerror or str(exc)) from None
    if size > limit or len(data) > limit:
        raise ImportDataError("import.too_large", file=path.name, size=_megabytes(max(size, len(data))),
                              limit=_megabytes(limit))
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


def _size(fh: io.BufferedReader) -> int:
    try:
        return os.fstat(fh.fileno()).st_size
    except OSError:
        return 0  # not a regular file: read() below is bounded all the same


def _megabytes(n: int) -> str:
    """5 000 000 bytes -> «5», 6 291 456 -> «6,3» (MB, with a decimal comma)."""
    text = f"{n / 1_000_000:.1f}".replace(".", ",")
    return text[:-2] if text.endswith(",0") else text


def _is_json(path: Path, text: str) -> bool:
    if path.suffix.lower() == ".json":
        return True
    if path.suffix.lower() == ".csv":
        return False
    return text.lstrip().startswith(("{", "["))


# -- JSON ------------------------------------------------------------------------------------------

_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
_LONG_NUMBER = re.compile(r"\d{4000,}")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")
# CPython's JSON error messages, said in Bokmål
_JSON_ERRORS = {
    "Expecting value": "forventet en verdi",
    "Expecting property name enclosed in double quotes": "forventet et feltnavn i doble anførselstegn",
    "Expecting ':' delimiter": "forventet kolon",
    "Expecting ',' delimiter": "forventet komma",
    "Unterminated string starting at": "tekst uten avsluttende anførselstegn",
    "Invalid control character at": "linjeskift eller kontrolltegn inne i en tekst",
    "Invalid \\escape": "ugyldig \\-sekvens i en tekst",
    "Invalid \\uXXXX escape": "ugyldig \\u-sekvens i en tekst",
    "Extra data": "mer innhold etter slutten av dokumentet",
    "Illegal trailing comma before end of object": "komma rett før }",
    "Illegal trailing comma before end of array": "komma rett før ]",
}


def _load_json(path: Path, text: str) -> object:
    """Parse, refusing (before parsing) lists and objects nested deeper than MAX_DEPTH: the parser
    would otherwise recurse once per level."""
    _check_depth(path, text)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        detail = f"{_JSON_ERRORS.get(exc.msg, 'ugyldig syntaks')}, kolonne {exc.colno}"
        raise ImportDataError("import.json", file=path.name, line=exc.lineno, detail=detail) from None
    except RecursionError:  # cannot happen after _check_depth; never let it out all the same
        raise ImportDataError("import.too_deep", file=path.name, line=1, limit=schema.MAX_DEPTH) from None
    except ValueError:  # a number with thousands of digits (Python's int limit)
        match = _LONG_NUMBER.search(text)
        line = text.count("\n", 0, match.start()) + 1 if match else 1
        raise ImportDataError("import.json", file=path.name, line=line, detail="et tall med for mange sifre") from None
    if _SURROGATE_ESCAPE.search(text):
        _check_surrogates(_Source(path), data)
    return data


def _check_depth(path: Path, text: str) -> None:
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    if brackets and max(accumulate(map(_STEP.__getitem__, brackets))) > schema.MAX_DEPTH:
        raise ImportDataError("import.too_deep", file=path.name, line=_deep_line(text), limit=schema.MAX_DEPTH)


def _deep_line(text: str) -> int:
    """The line where the nesting first goes deeper than MAX_DEPTH (only run for a refused file)."""
    depth, line, in_string, escaped = 0, 1, False, False
    for ch in text:
        if ch == "\n":
            line += 1
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > schema.MAX_DEPTH:
                return line
        elif ch in "]}":
            depth -= 1
    return line


def _check_surrogates(src: "_Source", data: object) -> None:
    """A \\ud800-style escape without its pair gives a string that cannot be stored: refuse it."""
    stack: list[tuple[tuple, object]] = [((), data)]
    while stack:
        at, value = stack.pop()
        if isinstance(value, str) and _SURROGATE.search(value):
            src.fail(at, "ugyldig tegn (en halv \\u-sekvens, «surrogat»)")
        elif isinstance(value, dict):
            for key, sub in value.items():
                if _SURROGATE.search(key):
                    src.fail(at, "ugyldig tegn i et feltnavn (en halv \\u-sekvens, «surrogat»)")
                stack.append(((*at, key), sub))
        elif isinstance(value, list):
            stack.extend(((*at, i), sub) for i, sub in enumerate(value))


# -- places and the schema check -------------------------------------------------------------------


class _Source:
    """Where a document came from: the file and, for a CSV file, the line of each row, so that a place
    in the document (a JSON path) is told as a line and a column."""

    def __init__(self, path: Path, rows: dict[tuple, int] | None = None,
                 columns: dict[tuple[str, str], str] | None = None) -> None:
        self.path = path
        self.rows = rows  # CSV: (section, index) or (index,) or ("term",) -> line; JSON: None
        self.columns = columns or {}  # CSV: (section, key) -> column, where the two differ

    def fail(self, at: tuple, problem: str) -> NoReturn:
        file = self.path.name
        if self.rows is None:
            raise ImportDataError("import.schema", file=file, place=place(at), problem=problem)
        for n in range(len(at), 0, -1):
            line = self.rows.get(tuple(at[:n]))
            if line is None:
                continue
            if n < len(at) and isinstance(at[n], str):
                field = self.columns.get((str(at[0]), at[n]), at[n])
                raise ImportDataError("import.schema_line", file=file, line=line, field=field, problem=problem)
            raise ImportDataError("import.schema_row", file=file, line=line, problem=problem)
        raise ImportDataError("import.schema_file", file=file, problem=problem)

    def where(self, at: tuple) -> str:
        """A place as a reader of this file finds it: a CSV line, or a path in a JSON document."""
        if self.rows is not None:
            line = next((self.rows[at[:n]] for n in range(len(at), 0, -1) if at[:n] in self.rows), None)
            if line is not None:
                return f"linje {line}"
        return place(at)


def place(at: tuple) -> str:
    """A path in the document as written in messages: members[3].list_number, agenda[2].number."""
    out = ""
    for part in at:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            key = _shorten(str(part), 40)
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
                key = json.dumps(key, ensure_ascii=False)
                out += f"[{key}]"
            else:
                out += f".{key}" if out else key
    return out or ROOT_PLACE


def _shorten(text: str, limit: int) -> str:
    """At most `limit` characters, on one line (for a message)."""
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return re.sub(r"[\x00-\x1f\x7f\ud800-\udfff]", " ", text)


def _found(value: object) -> str:
    """What the file holds, in a message: «tjue», tom tekst, tallet 5, en liste, null …"""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"tallet {value}" if abs(value) < 10**15 else "et svært stort tall"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return "NaN" if value != value else "et uendelig tall"
        return f"tallet {value:g}".replace(".", ",") if abs(value) < 10**15 else "et svært stort tall"
    if isinstance(value, str):
        return f"«{_shorten(value, 60)}»" if value else "tom tekst"
    if isinstance(value, list):
        count = len(value)
        return {0: "en tom liste", 1: "en liste med ett element"}.get(count, f"en liste med {count} elementer")
    if isinstance(value, dict):
        return "et objekt ({…})"
    return type(value).__name__


_TYPES = {
    "string": "tekst",
    "integer": "et heltall",
    "number": "et tall",
    "boolean": "true eller false",
    "array": "en liste ([…])",
    "object": "et objekt ({…})",
    "null": "null",
}
_PRIORITY = {"type": 0, "required": 1, "additionalProperties": 2}


def _explain(error) -> tuple[tuple, str]:  # noqa: ANN001 - a jsonschema ValidationError
    """The place (a path in the document) and, in Bokmål, what was wrong and what was expected."""
    at = tuple(error.absolute_path)
    keyword, expected, value = error.validator, error.validator_value, error.instance
    sub = error.schema if isinstance(error.schema, dict) else {}
    hint = sub.get("description")
    if keyword == "type":
        wanted = [expected] if isinstance(expected, str) else list(expected)
        return at, f"forventet {' eller '.join(_TYPES.get(t, t) for t in wanted)}, fant {_found(value)}"
    if keyword == "required":
        missing = next((k for k in expected if k not in value), expected[0])
        return (*at, missing), "feltet mangler"
    if keyword == "additionalProperties":
        known = list(sub.get("properties", {}))
        extra = next((k for k in value if k not in known), "?")
        return (*at, extra), f"ukjent felt; her kan det stå: {', '.join(known)}"
    if keyword == "minimum":
        return at, f"forventet minst {expected}, fant {_found(value)}"
    if keyword == "maximum":
        return at, f"forventet høyst {expected}, fant {_found(value)}"
    if keyword == "minLength":
        return at, "verdien mangler" if not value else f"for kort: minst {expected} tegn"
    if keyword == "maxLength":
        return at, f"for lang tekst: høyst {expected} tegn, fant {len(value)}"
    if keyword == "minItems":
        return at, f"for få {hint or 'elementer'}: minst {expected}, fant {len(value)}"
    if keyword == "maxItems":
        return at, f"for mange {hint or 'elementer'}: høyst {expected}, fant {len(value)}"
    if keyword == "enum":
        known = ", ".join("null" if x is None else str(x) for x in expected)
        return at, f"forventet en av: {known}; fant {_found(value)}"
    if keyword == "const":
        return at, f"forventet {hint or _found(expected)}, fant {_found(value)}"
    if keyword in ("pattern", "format"):
        return at, f"forventet {hint or 'en annen skrivemåte'}, fant {_found(value)}"
    if keyword == "uniqueItems":
        return at, "samme verdi står flere ganger i listen"
    return at, f"ugyldig verdi: {_found(value)}"


def _document_order(data: object, at: tuple) -> tuple:
    """Sort key: a place earlier in the file comes first (keys in the order the file has them)."""
    key: list[int] = []
    node = data
    for part in at:
        if isinstance(node, dict):
            keys = list(node)
            key.append(keys.index(part) if part in node else len(keys))
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int):
            key.append(part)
            node = node[part] if 0 <= part < len(node) else None
        else:
            key.append(0)
            node = None
    return tuple(key)


@functools.lru_cache(maxsize=None)
def _validator(name: str):  # noqa: ANN202 - a jsonschema validator
    from jsonschema import Draft202012Validator

    spec = getattr(schema, name)
    return Draft202012Validator(spec, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _validate(src: _Source, data: object, schema_name: str) -> None:
    """Check `data` against a schema; refuse with the first error in the file's order. The schemas
    put size limits before the contents of a list, and at most a few errors are looked at, so a huge
    or very wrong file is refused quickly."""
    errors = []
    for error in islice(_validator(schema_name).iter_errors(data), 20):
        errors.append(error)
        if error.validator == "maxItems":  # too many: say so before checking them all
            break
    if not errors:
        return
    told = [(*_explain(e), _PRIORITY.get(e.validator, 3)) for e in errors]
    at, problem, _ = min(told, key=lambda t: (_document_order(data, t[0]), len(t[0]), t[2]))
    src.fail(at, problem)


# -- CSV -------------------------------------------------------------------------------------------


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
    if not re.fullmatch(r"[+-]?\d{1,18}", value):
        raise ImportDataError(
            "import.bad_value", file=path.name, line=line, field=field, value=_shorten(value, 60),
            expected="et heltall",
        )
    return int(value)


def _bool(path: Path, line: int, row: dict[str, str], field: str) -> bool:
    value = row.get(field, "").lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    raise ImportDataError("import.bad_value", file=path.name, line=line, field=field, value=_shorten(value, 60),
                          expected="ja eller nei")


def _list(value: str) -> list[str]:
    return [x.strip() for x in value.replace(";", ",").split(",") if x.strip()]


# -- council ---------------------------------------------------------------------------------------

COUNCIL_SECTIONS = ("groups", "members", "substitutes", "city_government", "committees")
# CSV columns that the council file format calls by another name
COUNCIL_CSV_COLUMNS = {
    ("groups", "abbreviation"): "id",
    ("groups", "election_rank"): "number",
    ("members", "list_number"): "number",
    ("substitutes", "rank"): "number",
    ("committees", "kind"): "title",
}


def read_council(path: Path) -> Council:
    path = Path(path)
    text = read_text(path)
    if _is_json(path, text):
        data, src = _load_json(path, text), _Source(path)
    else:
        data, src = _council_csv(path, text)
    _validate(src, data, "COUNCIL_SCHEMA")
    assert isinstance(data, dict)  # the schema says so
    seats = data["term"]["seats"]
    total = sum(g["seats"] for g in data["groups"])
    if total > seats:  # R-1a; smaller sums are independents, checked member by member below
        src.fail(("groups",), f"gruppene har til sammen {total} plasser, men bystyret har {seats} (R-1a)")
    try:
        return Council.from_dict(data)
    except CouncilDataError as exc:
        src.fail(_council_place(data, exc), _told(exc))


def _told(exc: CodedError) -> str:
    """A refusal from the rules, as the problem part of an import message (without its final stop)."""
    from chair_console.messages import describe

    return describe(exc.code, exc.params).rstrip().rstrip(".")


def _council_place(data: dict, exc: CouncilDataError) -> tuple:
    """Where in the council file the rules' refusal `exc` points."""
    p = exc.params

    def find(sections: tuple[str, ...], test) -> tuple | None:  # noqa: ANN001
        for section in sections:
            for i, entry in enumerate(data.get(section) or ()):
                if test(entry):
                    return section, i
        return None

    if exc.code == "council.duplicate_id":
        seen = 0
        for section in COUNCIL_SECTIONS:
            for i, entry in enumerate(data.get(section) or ()):
                if entry.get("id") == p.get("id"):
                    seen += 1
                    if seen == 2:
                        return section, i, "id"
    elif exc.code == "council.seat_count":
        return ("members",)
    elif exc.code in ("council.unknown_group", "council.unknown_role"):
        hit = find(("members", "substitutes"), lambda e: e.get("id") == p.get("id"))
        if hit:
            return (*hit, "group" if exc.code == "council.unknown_group" else "roles")
    elif exc.code == "council.group_seats":
        hit = find(("groups",), lambda e: e.get("abbreviation") == p.get("group"))
        if hit:
            return (*hit, "seats")
    elif exc.code == "council.role_twice":
        holders = [i for i, m in enumerate(data["members"]) if p.get("role") in (m.get("roles") or ())]
        if len(holders) > 1:
            return "members", holders[1], "roles"
    elif exc.code == "council.substitute_ranks":
        group = None if p.get("group") == "-" else p.get("group")
        mine = [(i, s) for i, s in enumerate(data.get("substitutes") or ()) if s.get("group") == group]
        seen: set = set()
        for i, s in mine:
            if s.get("rank") in seen or not 1 <= s.get("rank", 0) <= len(mine):
                return "substitutes", i, "rank"
            seen.add(s.get("rank"))
        if mine:
            return "substitutes", mine[0][0], "rank"
    elif exc.code in ("council.committee_kind", "council.committee_member"):
        hit = find(("committees",), lambda e: e.get("id") == p.get("id"))
        if hit and exc.code == "council.committee_kind":
            return (*hit, "kind")
        if hit:
            entry = data["committees"][hit[1]]
            return (*hit, "leader" if entry.get("leader") == p.get("member") else "deputy")
    return ()


def _council_csv(path: Path, text: str) -> tuple[dict, _Source]:
    data: dict = {"format": "chair-console/council", "version": 1, "term": None, "groups": [], "members": [],
                  "substitutes": [], "city_government": [], "committees": []}
    lines: dict[tuple, int] = {}
    src = _Source(path, lines, COUNCIL_CSV_COLUMNS)
    sections = {"group": "groups", "member": "members", "substitute": "substitutes", "government": "city_government",
                "committee": "committees"}
    for line, row in _rows(path, text, ("type", "id", "name")):
        kind = row["type"].lower()
        if kind not in COUNCIL_TYPES:
            raise ImportDataError(
                "import.bad_value", file=path.name, line=line, field="type", value=_shorten(row["type"], 60),
                expected=", ".join(COUNCIL_TYPES),
            )
        ident, name = _need(path, line, row, "id"), _need(path, line, row, "name")
        if kind == "term":
            if data["term"] is not None:
                raise ImportDataError("import.schema_row", file=path.name, line=line,
                                      problem=f"filen skal ha én rad av typen «term», og den står på linje "
                                              f"{lines[('term',)]}")
            lines[("term",)] = line
            data["term"] = {"id": ident, "name": name, "start": row.get("start", ""), "end": row.get("end", ""),
                            "seats": _int(path, line, row, "seats", required=True)}
            continue
        section = sections[kind]
        lines[(section, len(data[section]))] = line
        if kind == "group":
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
                                    "roles": [r.lower() for r in _list(row.get("roles", ""))]})
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
    return data, src


# -- agenda ----------------------------------------------------------------------------------------

AGENDA_COLUMNS = ("id", "number", "title", "kind")


def read_agenda(path: Path, council: Council | None = None) -> tuple[AgendaItem, ...]:
    """The file's agenda. With the meeting's council, the committees, the persons named in the items
    and the questions for the question hour (a JSON meeting file's) are checked against it too."""
    path = Path(path)
    raw, at, src, questions = _agenda_document(path, read_text(path))
    seen: dict[str, int] = {}
    for i, row in enumerate(raw):
        if row["id"] in seen:
            first = src.where((*at, seen[row["id"]]))
            src.fail((*at, i, "id"), f"id-en «{_shorten(row['id'], 60)}» er allerede brukt ({first})")
        seen[row["id"]] = i
    if council is not None:
        _check_against_council(src, at, raw, questions, council)
    items = tuple(AgendaItem.from_dict(row) for row in raw)
    try:
        check_items(items)
    except CouncilDataError as exc:
        raise ImportDataError("import.agenda", file=path.name, code_=exc.code, **exc.params) from None
    return items


def _check_against_council(src: _Source, at: tuple, raw: list[dict], questions: list[dict], council: Council) -> None:
    """What the meeting log would refuse when the agenda is set (R-6a, R-6b, R-7a), refused here with its place."""
    committees = {c.id for c in council.committees}
    mayor = council.holder_of("ordfører")

    def sits(person: str) -> bool:  # a member or a substitute
        return council.member(person) is not None or council.substitute(person) is not None

    def answers(person: str) -> bool:  # a member of the city government, or the mayor (R-6, R-7a)
        return council.government_member(person) is not None or (mayor is not None and person == mayor.id)

    for i, row in enumerate(raw):
        committee = row.get("committee")
        if committee is not None and committee not in committees:
            src.fail((*at, i, "committee"), f"utvalget «{_shorten(committee, 60)}» finnes ikke i bystyret")
        for field in ("interpellant", "proposer", "working_group_leader"):
            who = row.get(field)
            if who and not sits(who):
                src.fail((*at, i, field), f"«{_shorten(who, 60)}» er verken medlem eller varamedlem av bystyret")
        who = row.get("answerer")
        if who and not answers(who):
            src.fail((*at, i, "answerer"), f"«{_shorten(who, 60)}» er verken ordføreren eller medlem av byrådet")
        if who and row.get("kind") == "oral_statement" and council.government_member(who) is None:  # R-3.5a
            src.fail((*at, i, "answerer"), f"«{_shorten(who, 60)}» er ikke medlem av byrådet; en muntlig "
                                           "redegjørelse gis av et medlem av byrådet (R-3.5a)")
    askers: dict[str, int] = {}
    for n, q in enumerate(questions):
        if not sits(q["asker"]):
            src.fail(("questions", n, "asker"),
                     f"«{_shorten(q['asker'], 60)}» er verken medlem eller varamedlem av bystyret")
        if not answers(q["to"]):
            src.fail(("questions", n, "to"), f"«{_shorten(q['to'], 60)}» er verken ordføreren eller medlem av byrådet")
        if q["asker"] in askers:
            src.fail(("questions", n, "asker"), f"«{_shorten(q['asker'], 60)}» har allerede et hovedspørsmål "
                                                f"(questions[{askers[q['asker']]}]); hver har ett (R-6b)")
        askers[q["asker"]] = n


def _agenda_document(path: Path, text: str) -> tuple[list[dict], tuple, _Source, list[dict]]:
    """The file's agenda items (checked against the schema), where they are in the document, where the
    document came from, and the questions for the question hour (a JSON meeting file's)."""
    if not _is_json(path, text):
        lines: dict[tuple, int] = {}
        raw = []
        for i, (line, row) in enumerate(_rows(path, text, AGENDA_COLUMNS)):
            lines[(i,)] = line
            raw.append(_agenda_csv_item(path, line, row))
        src = _Source(path, lines)
        _validate(src, raw, "AGENDA_LIST_SCHEMA")
        return raw, (), src, []
    data = _load_json(path, text)
    src = _Source(path)
    if isinstance(data, list):
        _normalise_kinds(data)
        _validate(src, data, "AGENDA_LIST_SCHEMA")
        return data, (), src, []
    if not isinstance(data, dict):
        src.fail((), f"forventet en møtefil ({{…}}) eller en liste med saker ([…]), fant {_found(data)}")
    _normalise_kinds(data.get("agenda"))
    _validate(src, data, "MEETING_SCHEMA")
    questions = data.get("questions", [])
    if questions and not any(item["kind"] == "question_hour" for item in data["agenda"]):
        src.fail(("questions",), "spørsmål til spørretimen krever en sak av typen question_hour i "
                                 "sakslisten (R-6a)")
    return data["agenda"], ("agenda",), src, questions


def _normalise_kinds(items: object) -> None:
    """Item kinds may be written with the Norwegian names the interface shows (`Utvalgssak` …)."""
    if isinstance(items, list):
        for item in items[: schema.MAX_AGENDA_ITEMS]:  # a longer list is refused anyway
            if isinstance(item, dict) and isinstance(item.get("kind"), str):
                item["kind"] = KIND_NAMES.get(item["kind"].lower(), item["kind"])


def _agenda_csv_item(path: Path, line: int, row: dict[str, str]) -> dict:
    kind = row.get("kind", "")
    return {
        "id": row.get("id", ""),
        "number": row.get("number", ""),
        "title": row.get("title", ""),
        "kind": KIND_NAMES.get(kind.lower(), kind),
        "committee": row.get("committee") or None,
        "recommendation": row.get("recommendation", ""),
        "dissent": _bool(path, line, row, "dissent"),
        "closed_basis": row.get("closed_basis") or None,
        "planned_minutes": _int(path, line, row, "planned_minutes"),
        "planned_start": row.get("planned_start") or None,
        "summary": row.get("summary", ""),
        "group_minutes": _int(path, line, row, "group_minutes"),
        "extended_minutes": _int(path, line, row, "extended_minutes"),
        "independent_minutes": _int(path, line, row, "independent_minutes"),
        "replies": _bool(path, line, row, "replies"),
        **_agenda_csv_people(row),  # R-5.3b, R-5.3d, R-7a, R-3.5a, R-3.7a
        "election_item": _bool(path, line, row, "election_item"),  # valgsak (R-3.10a, § 3.10 b)
    }


AGENDA_PEOPLE_COLUMNS = ("working_group_leader", "proposer", "interpellant", "answerer", "public_title")


def _agenda_csv_people(row: dict[str, str]) -> dict:
    """The columns the debate's rules read (docs/import.md): the working group's leader (R-5.3b, R-5.4b), the
    private proposal's proposer (R-5.3d), the interpellant and the answerer (R-7a, R-7b), the city government
    member who gives an oral statement (`answerer`, R-3.5a) and a closed item's public title (R-3.7a). An empty
    cell, or a column the file does not have, is «not given»."""
    return {column: (row.get(column) or "").strip() or None for column in AGENDA_PEOPLE_COLUMNS}


def read_questions(path: Path) -> list[dict]:
    """Questions registered for the question hour, from a JSON meeting file's "questions" list (R-6a)."""
    path = Path(path)
    text = read_text(path)
    if not _is_json(path, text):
        return []
    _, _, _, questions = _agenda_document(path, text)
    return [{"asker": q["asker"], "to": q["to"], "topic": q["topic"]} for q in questions]
