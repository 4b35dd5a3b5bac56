"""The meeting's record for the archive: the minutes PDF and exports (JSON of the whole log, CSV of votes
and speeches). Read-only: nothing here writes to the meeting.

Each output is checked first: the meeting's hash chain must verify, or nothing is written (LogNotVerified)
unless the caller asks for an `unverified` copy, which is then marked so. Each output carries the log's
head hash (short form), so a printed copy names the log it was made from (`verify --head`). Files are
written to a temporary name beside the target and renamed at the end: a failure leaves no empty or
half-written file."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Iterator

from chair_console.minutes import Options, write_minutes
from chair_console.procedure.chain import short_hash
from chair_console.procedure.errors import CodedError
from chair_console.procedure.reducer import replay
from chair_console.procedure.state import MeetingState
from chair_console.procedure.record import meeting_record
from chair_console.store import reader
from chair_console.store.database import Database
from chair_console.store.event_store import Problem, verify_meeting


class LogNotVerified(CodedError):
    """The meeting's log failed verification: nothing was written. `problem` is verify's first finding."""

    def __init__(self, path: Path, problem: Problem) -> None:
        super().__init__("log.not_verified", path=str(path))
        self.path = path
        self.problem = problem


def checked(db: Database, meeting_id: int, unverified: bool) -> bool:
    """Whether the log verifies; raises LogNotVerified when it does not and no unverified copy was asked."""
    problems = verify_meeting(db, meeting_id)
    if problems and not unverified:
        raise LogNotVerified(db.path, problems[0])
    return not problems


@contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """A temporary path beside `out`, renamed to `out` only when the block finishes without error."""
    out = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def meeting_state(db: Database, meeting_id: int) -> MeetingState:
    return replay(reader.load_events(db, meeting_id))


def head_hash(db: Database, meeting_id: int) -> str:
    head = reader.meeting_head(db, meeting_id)
    return head.head_hash if head else ""


def save_minutes(state: MeetingState, out: Path, options: Options) -> Path:
    """Write the minutes PDF atomically (the GUI's menu and the command line both come here)."""
    with atomic_output(out) as tmp:
        write_minutes(state, tmp, options)
    return Path(out)


def minutes(db: Database, meeting_id: int, out: Path, public: bool, draft: bool | None = None,
            unverified: bool = False, archive: bool = False) -> Path:
    """The minutes; a final when the meeting is adjourned, else a draft (or as asked); `archive`: PDF/A-2b."""
    ok = checked(db, meeting_id, unverified)
    state = meeting_state(db, meeting_id)
    if draft is None:
        draft = state.adjourned_at is None
    options = minutes_options(db, meeting_id, public=public, draft=draft, unverified=not ok, archive=archive)
    return save_minutes(state, out, options)


def minutes_from_copy(copy: Path, out: Path, public: bool, archive: bool = False) -> int | None:
    """The minutes from a station's local copy of the log (issue 19: the server cannot be reached), as `minutes`
    makes them from the server: the copy's one meeting, its chain checked first. Returns the number of the last
    event the copy holds (the user is told how far it goes), or None when the copy holds no meeting yet."""
    from chair_console.store.database import open_database

    db = open_database(copy, create=False, write=False, quick_check=False)
    try:
        meetings = reader.meeting_ids(db)
        if not meetings:  # its first write failed: nothing to make minutes of
            return None
        minutes(db, meetings[0], out, public=public, archive=archive)
        head = reader.meeting_head(db, meetings[0])
        return head.head_seq if head else 0
    finally:
        db.close()


def minutes_options(db: Database, meeting_id: int, public: bool, draft: bool, unverified: bool = False,
                    archive: bool = False) -> Options:
    """What the minutes need from the database besides the log: the head hash and the meeting's number."""
    return Options(public=public, draft=draft, head_hash=head_hash(db, meeting_id), unverified=unverified,
                   number=meeting_number(db, meeting_id), archive=archive)


def meeting_number(db: Database, meeting_id: int) -> int | None:
    """«Møte nr. N/YYYY»: the meeting's ordinal among the meetings of its term in its calendar year, by date and
    then by the order they were made, counting only meetings of the same kind (a real council's meetings, or the
    demo's, or the simulator's); None for a meeting that is not in the database."""
    with closing(reader.connect(db)) as conn:
        row = conn.execute("SELECT term_id, date, origin FROM meeting WHERE id = ?", (meeting_id,)).fetchone()
        if row is None:
            return None
        term, day, origin = row
        (n,) = conn.execute(
            "SELECT COUNT(*) FROM meeting WHERE term_id = ? AND origin = ? AND substr(date, 1, 4) = ? "
            "AND (date < ? OR (date = ? AND id <= ?))",
            (term, origin, day[:4], day, day, meeting_id)).fetchone()
    return n


def export_json(db: Database, meeting_id: int, out: Path, unverified: bool = False) -> Path:
    ok = checked(db, meeting_id, unverified)
    events = reader.load_events(db, meeting_id)
    head = reader.meeting_head(db, meeting_id)
    record = {
        "format": "chair-console/meeting-log",
        "version": 1,
        "meeting": {"id": meeting_id, "uid": head.uid if head else None, "head_hash": head.head_hash if head else None,
                    "head_short": short_hash(head.head_hash) if head else None, "verified": ok},
        "events": [
            {"seq": e.seq, "kind": e.kind, "payload": e.payload, "actor": e.actor, "wall_us": e.at.wall_us,
             "mono_ns": e.at.mono_ns, "boot": e.at.boot}
            for e in events
        ],
    }
    with atomic_output(out) as tmp:
        tmp.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    return Path(out)


def export_csv(db: Database, meeting_id: int, out: Path, unverified: bool = False) -> Path:
    """Votes and speeches, one row each, for statistics (UTF-8 with BOM and semicolons, as Excel in Norway reads),
    laid out from the meeting's record (procedure/record.py), item by item in agenda order.
    The last row names the log's head (type `log`), and says `UNVERIFIED` if the log failed verification."""
    ok = checked(db, meeting_id, unverified)
    events = reader.load_events(db, meeting_id)
    record = meeting_record(replay(events), events)
    with atomic_output(out) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["type", "item", "number", "who", "group", "kind", "start", "seconds", "allowed", "result"])
        for item in sorted(record.items, key=lambda i: i.position):
            for s in record.speeches_in(item.id):  # the speeches given (not one under way)
                w.writerow(["speech", item.id, item.number, s.name, s.party, s.kind,
                            s.start.as_datetime().astimezone().isoformat(timespec="seconds"),
                            round(s.seconds), s.allowed if s.allowed is not None else "", ""])
            for v in record.votes_in(item.id):
                w.writerow(["vote", item.id, item.number, "", "", v.method, "", "", "", v.sentence])
        w.writerow(["log", "", "", "", "", "head", "", "", "", short_hash(head_hash(db, meeting_id))
                    + ("" if ok else " UNVERIFIED")])
    return Path(out)
