"""docs/rules.md, the repository's map of the rules of procedure, kept true.

The code and the tests cite rule ids («R-» + section + letter) in comments, docstrings and message texts,
and in test names with underscores for the dot and the dash. Every id cited must have a row in the
tables of docs/rules.md, and every file, function and test a row names must exist. Where the English
digest that defines the ids is present (../shared/rules.md beside the repository, as in CI), the ids in
docs/rules.md must be the digest's, and every digest id must have a row.

The tables have a header row whose first cell is «Id» and the columns Id, Console, Code and Tests (in any
order, among others). Code and Tests name locations in backticks: `path`, `path::name` or
`path::Class.method`; tests as `tests/…/test_x.py::test_name`. This file is not scanned for citations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "rules.md"
DIGEST = ROOT.parent / "shared" / "rules.md"
SCANNED = ("chair_console", "tests")
STATUSES = ("enforces", "assists", "shows", "not yet")
REQUIRED_COLUMNS = ("id", "console", "code", "tests")

# A citation: «R», a dash or an underscore, the section («5», «5.4», «5_4»), an optional letter, and an
# optional range of letters («a–e», «a-e», «a_to_d»). Not preceded by a letter or digit: person ids such
# as «r-01» or «byr-1» are not rule ids, and test names put an underscore before the «R».
ID = re.compile(
    r"(?<![A-Za-z0-9])R[-_](?P<chapter>\d+)(?:[._](?P<section>\d+))?"
    r"(?:(?P<letter>[a-z])(?![a-z])(?:(?:[–-]|_to_)(?P<last>[a-z])(?![a-z]))?)?"
)
DIGEST_ID = re.compile(r"\*\*(R-\d+(?:\.\d+)?[a-z])\*\*")
LOCATION = re.compile(r"`([^`]+)`")


def normalise(match: re.Match[str]) -> list[str]:
    """The ids a citation names, spelled «R-5.4a»: one id, every id of a range, or a section («R-6»)."""
    base = f"R-{match['chapter']}" + (f".{match['section']}" if match["section"] else "")
    if not match["letter"]:
        return [base]
    last = match["last"] or match["letter"]
    return [base + chr(c) for c in range(ord(match["letter"]), ord(last) + 1)]


def ids_in(text: str) -> list[str]:
    return [rule for m in ID.finditer(text) for rule in normalise(m)]


def is_section(rule: str) -> bool:
    return not rule[-1].isalpha()


def in_section(rule: str, section: str) -> bool:
    return re.fullmatch(re.escape(section) + "[a-z]", rule) is not None


def cited() -> dict[str, list[str]]:
    """Every rule id cited under chair_console/ and tests/, with where («path:line»)."""
    found: dict[str, list[str]] = {}
    me = Path(__file__).resolve()
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.resolve() == me:
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue  # not a text file
            for n, line in enumerate(text.splitlines(), start=1):
                for rule in ids_in(line):
                    found.setdefault(rule, []).append(f"{path.relative_to(ROOT)}:{n}")
    return found


@dataclass(frozen=True)
class Row:
    line: int
    cells: dict[str, str]

    @property
    def ids(self) -> list[str]:
        return ids_in(self.cells["id"])

    @property
    def status(self) -> str:
        return re.sub(r"[*_`]", "", self.cells["console"]).strip().lower()

    def locations(self, column: str) -> list[str]:
        return LOCATION.findall(self.cells[column])


def rows() -> list[Row]:
    """The data rows of every table in docs/rules.md whose header starts with «Id»."""
    found: list[Row] = []
    header: list[str] | None = None
    for n, line in enumerate(DOC.read_text(encoding="utf-8").splitlines(), start=1):
        text = line.strip()
        if not text.startswith("|"):
            header = None
            continue
        cells = [c.strip() for c in text.strip("|").split("|")]
        if header is None:
            header = [c.lower() for c in cells]
            if header[0] == "id":
                missing = [c for c in REQUIRED_COLUMNS if c not in header]
                assert not missing, f"docs/rules.md:{n}: the table lacks the column(s) {missing}"
            continue
        if header[0] != "id" or all(set(c) <= set("-: ") for c in cells):
            continue  # another table, or the line under the header
        assert len(cells) == len(header), (
            f"docs/rules.md:{n}: {len(cells)} cells where the header has {len(header)} (a «|» inside a cell?)"
        )
        found.append(Row(n, dict(zip(header, cells))))
    assert found, "docs/rules.md has no table with the header «| Id | … |»"
    return found


def listed() -> dict[str, Row]:
    return {rule: row for row in rows() for rule in row.ids}


def digest_ids() -> set[str]:
    if not DIGEST.is_file():
        pytest.skip(
            f"the rules digest is not here ({DIGEST}): it sits beside the repository as ../shared/rules.md "
            "in CI, not on a user's machine; the check against it is skipped"
        )
    ids = set(DIGEST_ID.findall(DIGEST.read_text(encoding="utf-8")))
    assert ids, f"{DIGEST} defines no rule ids («**R-…**»): has its format changed?"
    return ids


def defines(source: str, name: str) -> bool:
    """Whether `name` is defined in the source: a def, a class, or a module-level assignment."""
    pattern = rf"^\s*(?:async\s+)?(?:def|class)\s+{re.escape(name)}\b|^{re.escape(name)}\s*[:=]"
    return re.search(pattern, source, re.MULTILINE) is not None


def test_every_rule_id_cited_in_code_and_tests_is_listed_in_docs_rules_md():
    citations = cited()
    assert citations, "no rule ids found under chair_console/ and tests/: is the pattern broken?"
    ids = listed()
    missing = {}
    for rule, where in sorted(citations.items()):
        known = any(in_section(x, rule) for x in ids) if is_section(rule) else rule in ids
        if not known:
            missing[rule] = where
    assert not missing, "cited but not listed in docs/rules.md (add a row):\n" + "\n".join(
        f"  {rule}: {', '.join(where[:3])}{' …' if len(where) > 3 else ''}" for rule, where in missing.items()
    )


def test_docs_rules_md_rows_are_well_formed():
    problems = []
    seen: dict[str, int] = {}
    for row in rows():
        where = f"docs/rules.md:{row.line}"
        if len(row.ids) != 1 or is_section(row.ids[0]):
            problems.append(f"{where}: the Id cell must hold exactly one rule id, not {row.cells['id']!r}")
            continue
        rule = row.ids[0]
        if rule in seen:
            problems.append(f"{where}: {rule} is listed twice (also line {seen[rule]})")
        seen[rule] = row.line
        if row.status not in STATUSES:
            problems.append(f"{where}: {rule}: Console must be one of {STATUSES}, not {row.cells['console']!r}")
        elif row.status != "not yet":
            if not row.locations("code"):
                problems.append(f"{where}: {rule} is said to be {row.status}, but no code is named")
            if not row.locations("tests"):
                problems.append(f"{where}: {rule} is said to be {row.status}, but no test is named")
    assert not problems, "\n".join(problems)


def test_code_and_tests_named_in_docs_rules_md_exist():
    problems = []
    for row in rows():
        rule = ", ".join(row.ids) or row.cells["id"]
        where = f"docs/rules.md:{row.line} ({rule}, {row.status})"
        for column in ("code", "tests"):
            for location in row.locations(column):
                path, _, name = location.partition("::")
                file = ROOT / path
                if not file.is_file():
                    problems.append(f"{where}: no file {path}")
                    continue
                source = file.read_text(encoding="utf-8")
                if column == "tests":
                    if not name:
                        problems.append(f"{where}: name the test in {path} (`{path}::test_…`)")
                    elif not re.search(rf"^\s*(?:async\s+)?def\s+{re.escape(name)}\s*\(", source, re.MULTILINE):
                        problems.append(f"{where}: no def {name} in {path}")
                elif name:
                    absent = [part for part in name.split(".") if not defines(source, part)]
                    if absent:
                        problems.append(f"{where}: {path} does not define {'.'.join(absent)}")
    assert not problems, "\n".join(problems)


def test_every_rule_id_in_docs_rules_md_is_in_the_digest():
    known = digest_ids()
    unknown = set()
    for rule in ids_in(DOC.read_text(encoding="utf-8")):
        if is_section(rule):
            if not any(in_section(x, rule) for x in known):
                unknown.add(rule)
        elif rule not in known:
            unknown.add(rule)
    assert not unknown, f"named in docs/rules.md but not in {DIGEST}: {sorted(unknown)}"


def test_every_digest_id_has_a_row_in_docs_rules_md():
    missing = digest_ids() - set(listed())
    assert not missing, f"in {DIGEST} but without a row in docs/rules.md: {sorted(missing)}"
