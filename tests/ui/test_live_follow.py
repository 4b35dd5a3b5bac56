"""A window follows what another station records (issue 19, step 2): on PostgreSQL through the server's
notifications, on a SQLite file (the second console, view-only) through the file's changes. The panes update as
if the window had acted itself. Every wait is on a condition (qtbot.waitUntil), never a sleep or a timing."""

from __future__ import annotations

import pytest
from meeting_script import set_meeting, take_up
from PySide6.QtWidgets import QListWidget
from store_backend import demo_meeting, station
from widgets import find, open_console

from chair_console.procedure import events as ev
from chair_console.services.meeting_service import MeetingService
from chair_console.store.database import open_database
from chair_console.ui.live import follow

WAIT_MS = 30_000  # a limit for a condition, never a measurement


def _debate_with_a_speaker(writer: MeetingService) -> None:
    set_meeting(writer)
    take_up(writer, "s304")
    writer.record(ev.SPEAKER_ADDED, {"item": "s304", "person": "h-10", "kind": "main"})


def _shows_speaker(window, name: str) -> bool:  # noqa: ANN001
    queue = find(window, QListWidget, "speakerQueue")
    return queue.count() == 1 and name in queue.item(0).text()


@pytest.mark.postgres
def test_a_window_on_postgresql_shows_another_stations_speaker(qtbot, pg_url, settings, translations):  # noqa: ANN001
    db, meeting_id = demo_meeting(pg_url)
    console = open_console(qtbot, db, meeting_id, settings, translations)
    console.live = follow(console.controller, db)
    other_db = open_database(pg_url)  # the podium's station: a database connection of its own
    writer = station(other_db, meeting_id)
    try:
        assert console.live is not None
        qtbot.waitUntil(lambda: console.live.listening, timeout=WAIT_MS)
        seen = []
        console.controller.stateChanged.connect(lambda state: seen.append(state.last_seq))
        _debate_with_a_speaker(writer)
        qtbot.waitUntil(lambda: console.service.state.last_seq == writer.state.last_seq, timeout=WAIT_MS)
        assert console.service.state == writer.state and console.service.log == writer.log
        assert seen[-1] == writer.state.last_seq and seen == sorted(set(seen))  # each event once, in order
        name = writer.state.council.member("h-10").name
        qtbot.waitUntil(lambda: _shows_speaker(console.window, name), timeout=WAIT_MS)
        assert console.controller.held_code is None  # a writing station: it may act on the new state at once
        assert console.controller.perform(ev.SPEECH_NEXT, {"item": "s304"}, lambda: "F8")
        assert writer.catch_up()[-1].kind == ev.SPEECH_NEXT and writer.state == console.service.state
        assert db.verify() == []
    finally:
        console.close()
        writer.close()
        other_db.close()


def test_a_second_console_on_the_same_file_follows_the_file_and_never_writes(qtbot, demo_db, settings, translations,
                                                                              db_path):  # noqa: ANN001
    db, meeting_id = demo_db
    chair = station(db, meeting_id)  # the console that has the file
    viewer_db = open_database(db_path)
    console = open_console(qtbot, viewer_db, meeting_id, settings, translations)
    console.controller.hold("db.in_use", pid=1, host="podium")  # what app._take_lock does for the second console
    console.live = follow(console.controller, viewer_db)
    try:
        assert console.live is not None
        _debate_with_a_speaker(chair)
        qtbot.waitUntil(lambda: console.service.state.last_seq == chair.state.last_seq, timeout=WAIT_MS)
        assert console.service.state == chair.state
        name = chair.state.council.member("h-10").name
        qtbot.waitUntil(lambda: _shows_speaker(console.window, name), timeout=WAIT_MS)
        head = chair.head_hash
        assert not console.controller.perform(ev.SPEECH_NEXT, {"item": "s304"}, lambda: "F8")  # view-only
        assert console.controller.held_code == "db.in_use" and chair.catch_up() == [] and chair.head_hash == head
        chair.record(ev.SPEECH_NEXT, {"item": "s304"})  # and it goes on following
        qtbot.waitUntil(lambda: console.service.state.speech is not None, timeout=WAIT_MS)
    finally:
        console.close()
        chair.close()


def test_a_window_on_a_file_of_its_own_does_not_watch_it(console):  # noqa: ANN001
    assert follow(console.controller, console.db) is None  # the only writer: nothing to follow
