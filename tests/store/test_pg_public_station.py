"""A station on the public view (issue 19): a login in `chair_console_public` (migration 0004) opens the database
through `public_meeting_event` / `public_meeting` as a read-only `PublicDatabase` (store/public.py) when it starts as
the hall display or the overlay, and is refused with a clear message otherwise. Its service folds the public log
tolerantly (procedure/public_fold.py) and follows a writing station's events."""

from __future__ import annotations

import json

import pytest
from public_view import CLOSED, SECRETS, closed_meeting, public_view

from chair_console.clock import SystemClock
from chair_console.services.public_station import PublicMeetingService
from chair_console.services.verification import check_opened_meeting
from chair_console.store import reader
from chair_console.store.database import DatabaseError, open_database
from chair_console.store.port import StoreError
from chair_console.store.public import PublicDatabase

pytestmark = pytest.mark.postgres


def test_a_public_login_opens_only_as_the_display_or_overlay_and_never_for_writing(public_hall):  # noqa: ANN001
    meeting_id, _writer, public_url = public_hall
    for kwargs in ({}, {"public": True, "write": True}):  # the chair's or secretary's station, a data command
        with pytest.raises(DatabaseError) as refused:
            open_database(public_url, **kwargs)
        assert refused.value.code == "store.public_only"
    db = open_database(public_url, public=True)
    try:
        assert isinstance(db, PublicDatabase) and db.read_only
        assert reader.last_used_meeting(db) == meeting_id and reader.meeting_origin(db, meeting_id) == "demo"
        assert [m.id for m in db.meetings()] == [meeting_id] and db.meetings()[0].head.hash == ""
        # no chain to check on the view (it has no hashes): the station's check is taken as passed
        assert check_opened_meeting(db, meeting_id) is None
        log = db.event_log(meeting_id)
        with pytest.raises(StoreError) as no:
            log.append(log.load()[0])
        assert no.value.code == "store.public_only"
    finally:
        db.close()


def test_a_writing_login_started_as_the_display_opens_the_whole_log_as_today(pg_url: str):
    db = open_database(pg_url, public=True)
    try:
        assert not isinstance(db, PublicDatabase) and not db.read_only
    finally:
        db.close()


def test_R_3_7a_the_public_station_follows_the_writer_and_never_holds_the_closed_item(public_hall):  # noqa: ANN001
    meeting_id, writer, public_url = public_hall
    db = open_database(public_url, public=True)
    station = PublicMeetingService(db.event_log(meeting_id), SystemClock(), actor="display")
    try:
        assert station.state.info is not None and station.state.last_seq == writer.state.last_seq
        for step in closed_meeting(writer):
            folded = station.catch_up()
            assert station.state.last_seq == writer.state.last_seq, step
            real = writer.state.item(writer.state.current_item)
            shown = station.state.item(station.state.current_item)
            if real is not None and real.closed:
                assert shown is not None and shown.id == CLOSED and shown.closed, step
                assert station.state.speech is None
            elif step != "closing_decided":
                assert station.state.current_item == writer.state.current_item, step
                speaker = writer.state.speech.entry.person if writer.state.speech else None
                assert (station.state.speech.entry.person if station.state.speech else None) == speaker, step
            text = repr(station.state) + json.dumps([e.payload for e in folded], ensure_ascii=False)
            for secret in SECRETS:
                assert secret not in text, (step, secret)
        assert station.public.skipped == ()
        # the real view gives exactly what tests/public_view.py computes (the fold's unit tests rest on it)
        real_view = [(e.seq, e.kind, e.payload, e.actor, e.at) for e in db.event_log(meeting_id).load()]
        assert real_view == [(e.seq, e.kind, e.payload, e.actor, e.at) for e in public_view(list(writer.log))]
    finally:
        station.close()
        db.close()
