"""The demo council and meeting (resources/demo/), in the same file format that imports use."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from chair_console.procedure.agenda import meeting_from_dict
from chair_console.procedure.council import Council
from chair_console.procedure.errors import CouncilDataError
from chair_console.procedure.timebase import Instant
from chair_console.resources import resources_dir
from chair_console.store import reader
from chair_console.training import check_training_database

if TYPE_CHECKING:
    from chair_console.store.database import Database

COUNCIL_FILE = "oslo-bystyre-2023-2027.json"
MEETING_FILE = "demo-meeting.json"


def read_json(path: Path) -> object:
    try:
        with Path(path).open(encoding="utf-8") as fh:
            return json.load(fh)
    except OSError as exc:
        raise CouncilDataError("file.unreadable", path=str(path), detail=exc.strerror or str(exc)) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CouncilDataError("file.not_json", path=str(path), detail=str(exc)) from None


def demo_council(demo_dir: Path | None = None) -> Council:
    return Council.from_dict(read_json((demo_dir or resources_dir() / "demo") / COUNCIL_FILE))


def ensure_demo_meeting(db: "Database", at: Instant, demo_dir: Path | None = None) -> int:
    """The demo meeting's id, creating council and meeting on first use. A database that holds a real
    council or meeting is refused (DatabaseError db.training_only) and left untouched."""
    folder = demo_dir or resources_dir() / "demo"
    council = demo_council(folder)
    check_training_database(db, council)
    existing = reader.demo_meeting(db)
    if existing is not None:
        return existing
    from chair_console.store.council_store import save_council
    from chair_console.store.database import check_file
    from chair_console.store.meetings import create_meeting

    check_file(db)  # the window opens without the whole-file check: never write into a damaged file
    meeting = read_json(folder / MEETING_FILE)
    info, agenda = meeting_from_dict(meeting)
    questions = tuple(meeting.get("questions", ())) if isinstance(meeting, dict) else ()
    if info.term_id != council.term.id:
        raise CouncilDataError("meeting.term_mismatch", term=info.term_id)
    with db.writing():
        save_council(db.engine, council)
        return create_meeting(db.engine, council, info, agenda, at, actor="secretary", origin="demo",
                              questions=questions)
