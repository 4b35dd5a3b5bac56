"""Chapters for the published recording: WebVTT (and JSON) of every item and every speech, with the speaker's name
and group, from the stored instants, relative to the stream's start, so the recording can jump to each.

A closed part (Reglement § 3.7, R-3.7a: a closed meeting is neither streamed nor published) is one chapter
«Lukket møte» with its start and end and nothing else: no title, no number, no names; closed items that follow one
another make one such chapter. Chapters come from the record model (procedure/record.py); the meeting's hash
chain is checked first, as for every output of the record."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import datetime, time
from pathlib import Path

from chair_console.procedure.chain import short_hash
from chair_console.procedure.errors import CodedError
from chair_console.procedure.record import CLOSED_CHAPTER, MeetingRecord, meeting_record
from chair_console.procedure.reducer import replay
from chair_console.procedure.timebase import Instant
from chair_console.services.records import atomic_output, checked, head_hash
from chair_console.store import reader
from chair_console.store.database import Database

FORMATS = (".vtt", ".json")
ITEM, SPEECH, CLOSED = "item", "speech", "closed"
_CLOCK = re.compile(r"([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?")


class ChaptersError(CodedError):
    """Input the chapters cannot use: nothing was written (messages.py words it)."""


@dataclass(frozen=True)
class Chapter:
    start: float  # seconds from the stream's start
    end: float
    kind: str  # ITEM | SPEECH | CLOSED
    title: str
    item: str | None = None  # the item's number (never for a closed part)
    speaker: str | None = None
    group: str | None = None


def check_output(out: Path) -> str:
    suffix = Path(out).suffix.lower()
    if suffix not in FORMATS:
        raise ChaptersError("chapters.bad_format", path=str(out))
    return suffix


def stream_start(record: MeetingRecord, clock: str | None) -> Instant | datetime:
    """When the stream began: the time of day given (HH:MM[:SS], local time on the day the meeting was set), else
    when the meeting was set (R-5.1a), else its first event."""
    first = record.attendance.sittings[0]
    default = first.opened_at or first.begins
    if clock is None:
        return default
    m = _CLOCK.fullmatch(clock.strip())
    if m is None:
        raise ChaptersError("chapters.bad_time", value=clock)
    day = default.as_datetime().astimezone()
    return datetime.combine(day.date(), time(int(m[1]), int(m[2]), int(m[3] or 0)), tzinfo=day.tzinfo)


def _seconds(at: Instant, start: Instant | datetime) -> float:
    origin = start.wall_us if isinstance(start, Instant) else round(start.timestamp() * 1_000_000)
    return (at.wall_us - origin) / 1_000_000


def chapters(record: MeetingRecord, start: Instant | datetime) -> list[Chapter]:
    """Item chapters with the speeches inside them, in time order; a closed part as one bare chapter."""
    sittings = record.attendance.sittings
    end_of_record = sittings[-1].ends
    out: list[Chapter] = []
    periods = sorted(((p, item) for item in record.items for p in item.periods), key=lambda x: x[0][0].wall_us)
    for (begin, finish), item in periods:
        lo, hi = _seconds(begin, start), _seconds(finish or end_of_record, start)
        if item.closed:  # R-3.7a: nothing of a closed item, not even that it was one item or two
            if out and out[-1].kind == CLOSED:
                out[-1] = Chapter(out[-1].start, max(out[-1].end, hi), CLOSED, CLOSED_CHAPTER)
            else:
                out.append(Chapter(lo, hi, CLOSED, CLOSED_CHAPTER))
            continue
        out.append(Chapter(lo, hi, ITEM, f"{item.number} {item.title}", item=item.number))
        for s in record.speeches:
            if s.item != item.id or not lo <= _seconds(s.start, start) < hi:
                continue
            s_end = _seconds(s.end or finish or end_of_record, start)
            out.append(Chapter(_seconds(s.start, start), min(s_end, hi), SPEECH, f"{s.name} ({s.group})",
                               item=item.number, speaker=s.name, group=s.group))
    kept = []
    for c in out:  # before the stream began: cut at its start; nothing left of it: left out
        c = Chapter(max(0.0, c.start), c.end, c.kind, c.title, c.item, c.speaker, c.group)
        if c.end > c.start:
            kept.append(c)
    return kept


def _vtt_time(seconds: float) -> str:
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def _vtt_text(text: str) -> str:
    text = " ".join(text.split()).replace("-->", "->")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


UNVERIFIED_NOTE = "NOTE Laget fra en logg som ikke besto kontrollen (chair-console verify) – ikke gyldig"


def to_vtt(items: list[Chapter], verified: bool = True) -> str:
    lines = ["WEBVTT", ""] + ([] if verified else [UNVERIFIED_NOTE, ""])  # a NOTE block: players ignore it
    for n, c in enumerate(items, start=1):
        lines += [str(n), f"{_vtt_time(c.start)} --> {_vtt_time(c.end)}", _vtt_text(c.title), ""]
    return "\n".join(lines)


def to_json(record: MeetingRecord, items: list[Chapter], start: Instant | datetime, head: str,
            verified: bool = True) -> str:
    began = start.as_datetime() if isinstance(start, Instant) else start
    data = {
        "format": "chair-console/chapters",
        "version": 1,
        "meeting": {"title": record.info.title, "date": record.info.date, "place": record.info.place},
        "stream_start": began.astimezone().isoformat(timespec="seconds"),
        "log_head": short_hash(head) if head else None,
        "verified": verified,
        "chapters": [
            {k: v for k, v in asdict(c).items() if v is not None} | {"start_text": _vtt_time(c.start),
                                                                     "end_text": _vtt_time(c.end)}
            for c in items
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def write_chapters(db: Database, meeting_id: int, out: Path, stream_clock: str | None = None,
                   unverified: bool = False) -> Path:
    """Check the input and the log, then write the chapters (WebVTT or JSON, by the file's name)."""
    suffix = check_output(out)
    ok = checked(db, meeting_id, unverified)
    events = reader.load_events(db, meeting_id)
    record = meeting_record(replay(events), events)
    start = stream_start(record, stream_clock)
    items = chapters(record, start)
    text = to_vtt(items, ok) if suffix == ".vtt" else to_json(record, items, start, head_hash(db, meeting_id), ok)
    out = Path(out)
    with atomic_output(out) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return out
