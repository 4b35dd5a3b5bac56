"""Chapters for the recording (services/chapters.py, `chair-console chapters`): every item and speech with the
speaker's name and group, parsed back by a maintained WebVTT parser; a closed part (R-3.7a) is one chapter
«Lukket møte» with its start and end and nothing else."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import webvtt
from term import simulate_on

from chair_console.cli import main
from chair_console.procedure.record import CLOSED_CHAPTER, meeting_record
from chair_console.procedure.reducer import replay
from chair_console.services import chapters as ch
from chair_console.store import reader
from chair_console.store.database import open_database

DAY = date(2026, 12, 2)


@pytest.fixture(scope="module")
def meeting_db(tmp_path_factory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("chapters") / "m.sqlite3"
    db = open_database(path)
    meeting = simulate_on(db, 7, DAY)
    db.close()
    return path, meeting


@pytest.fixture
def record(meeting_db):
    path, meeting = meeting_db
    events = reader.load_events(path, meeting)
    return meeting_record(replay(events), events)


def names_and_titles(record) -> tuple[set[str], set[str]]:  # noqa: ANN001
    council = record.attendance.council
    people = {p.name for p in council.members} | {p.name for p in council.substitutes}
    people |= {p.name for p in council.government}
    closed = [i for i in record.items if i.closed]
    return people, {i.title for i in closed} | {i.public_title for i in closed} | {i.number for i in closed}


def test_R_3_7a_webvtt_parses_back_with_every_item_and_speech_and_a_bare_closed_part(meeting_db, record, tmp_path):
    path, meeting = meeting_db
    db = open_database(path, create=False, write=False)
    try:
        out = ch.write_chapters(db, meeting, tmp_path / "kapitler.vtt")
    finally:
        db.close()
    captions = webvtt.read(str(out)).captions
    texts = [c.text for c in captions]
    open_items = [i for i in record.items if not i.closed]
    for item in open_items:
        assert f"{item.number} {item.title}" in texts
    spoken = [s for s in record.speeches if not record.item(s.item).closed]
    assert len(captions) == len(open_items) + len(spoken) + 1
    assert f"{spoken[0].name} ({spoken[0].group})" in texts
    closed = [c for c in captions if c.text == CLOSED_CHAPTER]
    assert len(closed) == 1 and closed[0].end_in_seconds > closed[0].start_in_seconds
    item = next(i for i in record.items if i.closed)
    opened = record.attendance.sittings[0].opened_at
    assert closed[0].start_in_seconds == int((item.taken_up.wall_us - opened.wall_us) / 1_000_000)
    people, titles = names_and_titles(record)
    inside = [c for c in captions if c.start_in_seconds >= closed[0].start_in_seconds
              and c.end_in_seconds <= closed[0].end_in_seconds and c is not closed[0]]
    assert inside == []  # no speech of the closed part
    assert not any(t in c.text for c in closed for t in titles | people)
    assert all(c.end_in_seconds >= c.start_in_seconds for c in captions)
    assert captions[0].start_in_seconds >= 0


def test_R_3_7a_closed_items_in_a_row_make_one_chapter(record):
    items = list(record.items)
    k = next(n for n, i in enumerate(items) if i.closed)
    items[k + 1] = replace(items[k + 1], closed=True)  # the next item closed as well
    merged = ch.chapters(replace(record, items=tuple(items)), record.attendance.sittings[0].opened_at)
    closed = [c for c in merged if c.kind == ch.CLOSED]
    assert len(closed) == 1 and closed[0].title == CLOSED_CHAPTER and closed[0].item is None
    assert closed[0].end == pytest.approx((items[k + 1].ended.wall_us - record.attendance.sittings[0].opened_at.wall_us)
                                          / 1e6)


def test_json_has_the_same_chapters_and_nothing_of_the_closed_part(meeting_db, record, tmp_path):
    path, meeting = meeting_db
    db = open_database(path, create=False, write=False)
    try:
        vtt = webvtt.read(str(ch.write_chapters(db, meeting, tmp_path / "k.vtt"))).captions
        data = json.loads(ch.write_chapters(db, meeting, tmp_path / "k.json").read_text(encoding="utf-8"))
    finally:
        db.close()
    chapters = data["chapters"]
    assert [c["title"] for c in chapters] == [c.text for c in vtt]
    assert [c["start_text"] for c in chapters] == [c.start for c in vtt]
    closed = [c for c in chapters if c["kind"] == "closed"]
    assert len(closed) == 1 and set(closed[0]) == {"start", "end", "kind", "title", "start_text", "end_text"}
    speech = next(c for c in chapters if c["kind"] == "speech")
    assert speech["speaker"] and speech["group"] and speech["item"]
    assert data["log_head"] and data["meeting"]["date"] == DAY.isoformat()


def test_the_stream_start_moves_every_chapter(record):
    set_at = record.attendance.sittings[0].opened_at.as_datetime().astimezone()
    earlier = set_at.replace(minute=0, second=0, microsecond=0)
    clock = earlier.strftime("%H:%M:%S")
    default = ch.chapters(record, ch.stream_start(record, None))
    moved = ch.chapters(record, ch.stream_start(record, clock))
    shift = (set_at - earlier).total_seconds()
    assert [round(b.start - a.start, 3) for a, b in zip(default, moved)] == [round(shift, 3)] * len(default)
    with pytest.raises(ch.ChaptersError, match="chapters.bad_time"):
        ch.stream_start(record, "16.30")


def test_cli_chapters_and_its_refusals(meeting_db, tmp_path, capsys):
    path, meeting = meeting_db
    out = tmp_path / "k.vtt"
    assert main(["chapters", "--db", str(path), "--meeting", str(meeting), "--out", str(out),
                 "--stream-start", "15:55:00"]) == 0
    assert webvtt.read(str(out)).captions and "Skrev" in capsys.readouterr().out
    bad = tmp_path / "k.srt"
    assert main(["chapters", "--db", str(path), "--out", str(bad)]) == 2
    assert ".vtt (WebVTT) eller .json" in capsys.readouterr().err and not bad.exists()
    assert main(["chapters", "--db", str(path), "--out", str(tmp_path / "x.vtt"), "--stream-start", "25:61"]) == 2
    err = capsys.readouterr().err
    assert "«25:61» er ikke et klokkeslett" in err and "Traceback" not in err and not (tmp_path / "x.vtt").exists()


def test_an_unverified_copy_says_so_and_still_parses(meeting_db, tmp_path, monkeypatch):
    path, meeting = meeting_db
    monkeypatch.setattr(ch, "checked", lambda *_a, **_k: False)  # the log failed and --unverified was given
    db = open_database(path, create=False, write=False)
    try:
        vtt = ch.write_chapters(db, meeting, tmp_path / "k.vtt", unverified=True)
        data = json.loads(ch.write_chapters(db, meeting, tmp_path / "k.json", unverified=True).read_text("utf-8"))
    finally:
        db.close()
    assert "NOTE Laget fra en logg som ikke besto kontrollen" in vtt.read_text(encoding="utf-8")
    assert webvtt.read(str(vtt)).captions and data["verified"] is False
