"""The meeting's record for the archive: the minutes PDF and exports (JSON of the whole log, CSV of votes
and speeches). Read-only: nothing here writes to the meeting."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from chair_console.minutes import Options, write_minutes
from chair_console.procedure.reducer import replay
from chair_console.procedure.state import MeetingState
from chair_console.procedure.vote_words import result_sentence
from chair_console.store import reader
from chair_console.store.database import Database


def meeting_state(db: Database, meeting_id: int) -> MeetingState:
    return replay(reader.load_events(db.path, meeting_id))


def minutes(db: Database, meeting_id: int, out: Path, public: bool, draft: bool | None = None) -> Path:
    """The minutes; a final when the meeting is adjourned, else a draft (or as asked)."""
    state = meeting_state(db, meeting_id)
    if draft is None:
        draft = state.adjourned_at is None
    return write_minutes(state, out, Options(public=public, draft=draft))


def export_json(db: Database, meeting_id: int, out: Path) -> Path:
    events = reader.load_events(db.path, meeting_id)
    head = reader.meeting_head(db.path, meeting_id)
    record = {
        "format": "chair-console/meeting-log",
        "version": 1,
        "meeting": {"id": meeting_id, "uid": head.uid if head else None, "head_hash": head.head_hash if head else None},
        "events": [
            {"seq": e.seq, "kind": e.kind, "payload": e.payload, "actor": e.actor, "wall_us": e.at.wall_us,
             "mono_ns": e.at.mono_ns, "boot": e.at.boot}
            for e in events
        ],
    }
    Path(out).write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    return Path(out)


def export_csv(db: Database, meeting_id: int, out: Path) -> Path:
    """Votes and speeches, one row each, for statistics (UTF-8 with BOM and semicolons, as Excel in Norway reads)."""
    state = meeting_state(db, meeting_id)
    council = state.council
    with Path(out).open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["type", "item", "number", "who", "group", "kind", "start", "seconds", "allowed", "result"])
        for item in state.agenda:
            for s in state.speeches.get(item.id, ()):
                group = council.group(council.group_of(s.entry.person))
                w.writerow(["speech", item.id, item.number, council.name_of(s.entry.person),
                            group.abbreviation if group else "", s.entry.kind,
                            s.started.as_datetime().astimezone().isoformat(timespec="seconds"),
                            round(s.used(s.ended or s.started)), s.allowed if s.allowed is not None else "", ""])
            for v in state.final_votes(item.id):
                w.writerow(["vote", item.id, item.number, "", "", v.method, "", "", "", result_sentence(state, v)])
    return Path(out)
