"""What a council or agenda file may hold: the import limits and the JSON Schemas, in one place.

The schemas are plain dicts (JSON Schema, draft 2020-12). chair_console.importing checks every file
against them with the jsonschema library: a JSON file as it is, a CSV file as the dict the CSV reader
builds from it, so both formats pass one check. An error is told in Bokmål from the failing keyword
(`type`, `required`, `maximum` …) and, where a phrase is needed, the `description` of the failing
part of the schema: for `pattern`, `format`, `const` and `enum` what was expected, for a list the
plural noun of what it holds. docs/import.md documents the rules and the limits.
"""

from __future__ import annotations

from chair_console.procedure.agenda import ITEM_KINDS
from chair_console.procedure.council import COMMITTEE_KINDS, MEMBER_ROLES

# -- limits ----------------------------------------------------------------------------------------

COUNCIL_SEATS = 59  # R-1a: the council has 59 members
MAX_FILE_BYTES = 5_000_000  # refused before the file is read whole (the demo council is 14 kB)
MAX_DEPTH = 10  # lists and objects inside each other; the formats need at most 4
MAX_AGENDA_ITEMS = 500  # Oslo's budget meeting has about 60 items
MAX_QUESTIONS = 200  # questions registered for the question hour (R-6a)
MAX_GROUPS = COUNCIL_SEATS  # every group has at least one seat
MAX_MEMBERS = 1000  # a first bound; the council must then have exactly COUNCIL_SEATS members
MAX_SUBSTITUTES = 1000
MAX_GOVERNMENT = 50  # the city government (byrådet) has about ten members
MAX_COMMITTEES = 100
MAX_COMMITTEE_MEMBERS = COUNCIL_SEATS
MAX_LABEL = 100  # ids, item numbers («Sak 304/26»), group abbreviations (characters)
MAX_NAME = 200  # names of persons, groups, committees; portfolios; the meeting's place
MAX_TITLE = 500  # item titles, the meeting's title, legal bases, question topics
MAX_TEXT = 20_000  # a recommendation (innstilling) or a summary
MAX_NUMBER = 10_000  # list numbers, substitute ranks, election ranks, hall sectors
MAX_MINUTES = 1440  # any number of minutes (a day)

# -- patterns --------------------------------------------------------------------------------------

# `$(?!\n)`: the end of the text, also in Python, where a bare `$` lets a final line break through.
CLOCK_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9]$(?!\n)"  # a real clock time, TT:MM (00:00–23:59)
OPTIONAL_CLOCK_PATTERN = r"^(([01][0-9]|2[0-3]):[0-5][0-9])?$(?!\n)"
# not blank; no line breaks or other control characters (written to take linear time on any text)
ONE_LINE_PATTERN = r"^(?=[^\x00-\x1f\x7f]*$(?!\n))\s*\S"
NOT_BLANK_PATTERN = r"\S"
COLOUR_PATTERN = r"^(#[0-9a-fA-F]{6})?$(?!\n)"

# -- building blocks -------------------------------------------------------------------------------


def _string(max_length: int, *, pattern: str | None = ONE_LINE_PATTERN, null: bool = False) -> dict:
    schema: dict = {"type": ["string", "null"] if null else "string", "maxLength": max_length}
    if pattern == ONE_LINE_PATTERN:
        schema.update(minLength=1, pattern=pattern, description="tekst på én linje")
    elif pattern == NOT_BLANK_PATTERN:
        schema.update(minLength=1, pattern=pattern, description="tekst som ikke bare er mellomrom")
    return schema


def _integer(minimum: int, maximum: int, *, null: bool = False) -> dict:
    return {"type": ["integer", "null"] if null else "integer", "minimum": minimum, "maximum": maximum}


def _list(noun: str, max_items: int, items: dict, *, min_items: int = 0) -> dict:
    schema: dict = {"type": "array", "description": noun, "maxItems": max_items}
    if min_items:
        schema["minItems"] = min_items
    schema["items"] = items
    return schema


def _object(properties: dict, required: tuple[str, ...]) -> dict:
    return {"type": "object", "required": list(required), "additionalProperties": False, "properties": properties}


ID = _string(MAX_LABEL)
REF = _string(MAX_LABEL, null=True)  # the id of something else in the file, or null
NAME = _string(MAX_NAME)
DATE = {"type": "string", "format": "date", "description": "en dato ÅÅÅÅ-MM-DD"}
MINUTES = _integer(0, MAX_MINUTES, null=True)

# -- the council file (format chair-console/council) ----------------------------------------------

TERM = _object(
    {
        "id": ID,
        "name": NAME,
        "start": DATE,
        "end": DATE,
        "seats": {
            "type": "integer",
            "const": COUNCIL_SEATS,
            "description": f"{COUNCIL_SEATS} (bystyret har {COUNCIL_SEATS} medlemmer, R-1a)",
        },
    },
    ("id", "name", "start", "end", "seats"),
)

GROUP = _object(
    {
        "id": ID,
        "abbreviation": ID,
        "name": NAME,
        "seats": _integer(1, COUNCIL_SEATS),
        "in_city_government": {"type": "boolean"},
        "election_rank": _integer(1, MAX_NUMBER),
        "sector": _integer(1, MAX_NUMBER, null=True),
        "colour": {"type": ["string", "null"], "pattern": COLOUR_PATTERN, "description": "en farge #rrggbb"},
    },
    ("id", "abbreviation", "name", "seats", "in_city_government", "election_rank"),
)

MEMBER = _object(
    {
        "id": ID,
        "name": NAME,
        "group": REF,  # null: an independent member (R-1a)
        "list_number": _integer(1, MAX_NUMBER),
        "roles": {
            "type": "array",
            "description": "roller",
            "maxItems": len(MEMBER_ROLES),
            "items": {"type": "string", "enum": sorted(MEMBER_ROLES)},
        },
    },
    ("id", "name", "group", "list_number"),
)

SUBSTITUTE = _object(
    {"id": ID, "name": NAME, "group": REF, "rank": _integer(1, MAX_NUMBER)},
    ("id", "name", "group", "rank"),
)

GOVERNMENT_MEMBER = _object(
    {"id": ID, "name": NAME, "title": NAME, "group": REF},
    ("id", "name", "title", "group"),
)

COMMITTEE = _object(
    {
        "id": ID,
        "name": NAME,
        "kind": {"type": "string", "enum": sorted(COMMITTEE_KINDS)},
        "leader": REF,
        "deputy": REF,
        "members": _list("medlemmer", MAX_COMMITTEE_MEMBERS, ID),
    },
    ("id", "name", "kind"),
)

COUNCIL_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Chair Console council file",
    **_object(
        {
            "format": {
                "const": "chair-console/council",
                "description": "«chair-console/council» (en bystyrefil for Chair Console)",
            },
            "version": {"const": 1, "description": "versjon 1"},
            "term": TERM,
            "groups": _list("grupper", MAX_GROUPS, GROUP),
            "members": _list("medlemmer", MAX_MEMBERS, MEMBER),
            "substitutes": _list("varamedlemmer", MAX_SUBSTITUTES, SUBSTITUTE),
            "city_government": _list("byrådsmedlemmer", MAX_GOVERNMENT, GOVERNMENT_MEMBER),
            "committees": _list("utvalg", MAX_COMMITTEES, COMMITTEE),
        },
        ("format", "version", "term", "groups", "members"),
    ),
}

# -- the agenda: a meeting file (format chair-console/meeting) or a bare list of items -------------

AGENDA_ITEM = _object(
    {
        "id": ID,
        "number": {  # «Sak 304/26», or a plain number
            "type": ["string", "integer"],
            "minLength": 1,
            "maxLength": MAX_LABEL,
            "pattern": ONE_LINE_PATTERN,
            "description": "tekst på én linje",
            "minimum": 0,
            "maximum": MAX_NUMBER,
        },
        "title": _string(MAX_TITLE, pattern=NOT_BLANK_PATTERN),
        "kind": {"type": "string", "enum": sorted(ITEM_KINDS)},
        "committee": REF,
        "recommendation": _string(MAX_TEXT, pattern=None),
        "dissent": {"type": "boolean"},
        "closed_basis": _string(MAX_TITLE, pattern=None, null=True),
        "planned_minutes": MINUTES,
        "planned_start": {
            "type": ["string", "null"],
            "pattern": OPTIONAL_CLOCK_PATTERN,
            "description": "et klokkeslett TT:MM (00:00–23:59)",
        },
        "summary": _string(MAX_TEXT, pattern=None, null=True),
        "group_minutes": MINUTES,
        "extended_minutes": MINUTES,
        "independent_minutes": MINUTES,
        "replies": {"type": "boolean"},
        "working_group_leader": REF,
        "proposer": REF,
        "interpellant": REF,
        "answerer": REF,  # interpellation: who answers (R-7a); oral statement: who gives it (R-3.5a)
        "public_title": _string(MAX_TITLE, null=True),  # a closed item's title in public (R-3.7a, R-3.6c)
        "election_item": {"type": "boolean"},  # valgsak: nobody is disqualified in it (R-3.10a, § 3.10 b)
    },
    ("id", "number", "title", "kind"),
)

QUESTION = _object(
    {"asker": ID, "to": ID, "topic": _string(MAX_TITLE)},
    ("asker", "to", "topic"),
)

AGENDA_LIST_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Chair Console agenda (a bare list of items)",
    **_list("saker", MAX_AGENDA_ITEMS, AGENDA_ITEM),
}

MEETING_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Chair Console meeting file",
    **_object(
        {
            "format": {
                "const": "chair-console/meeting",
                "description": "«chair-console/meeting» (en møtefil for Chair Console)",
            },
            "version": {"const": 1, "description": "versjon 1"},
            "term": ID,
            "title": _string(MAX_TITLE),
            "date": DATE,
            "start": {
                "type": "string",
                "pattern": OPTIONAL_CLOCK_PATTERN,
                "description": "et klokkeslett TT:MM (00:00–23:59)",
            },
            "place": NAME,
            "remote": {"type": "boolean"},
            "extraordinary": {"enum": ["mayor", "third", None]},
            "agenda": _list("saker", MAX_AGENDA_ITEMS, AGENDA_ITEM),
            "questions": _list("spørsmål", MAX_QUESTIONS, QUESTION),
        },
        ("agenda",),
    ),
}
