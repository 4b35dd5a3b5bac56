"""When the database server is lost (issue 19): the window shows it at once and holds every action with a clear
message (nothing queued), connects again by itself, catches up, releases the hold and says so. Every wait is on
a condition (qtbot.waitUntil), never a sleep or a timing."""

from __future__ import annotations

import pytest
from store_backend import demo_meeting, own_cluster as _own_cluster, station
from widgets import open_console

from chair_console.messages import describe
from chair_console.procedure import events as ev
from chair_console.store.database import open_database
from chair_console.store.port import StoreError
from chair_console.ui.live import follow

WAIT_MS = 30_000  # a limit for a condition, never a measurement


@pytest.fixture
def own_cluster():  # noqa: ANN201 - a cluster of the test's own: it is stopped and started again
    with _own_cluster() as c:
        yield c


def _station(qtbot, url, settings, translations):  # noqa: ANN001, ANN202
    db, meeting_id = demo_meeting(url)
    c = open_console(qtbot, db, meeting_id, settings, translations)
    c.live = follow(c.controller, db)
    qtbot.waitUntil(lambda: c.live.listening, timeout=WAIT_MS)
    return c


@pytest.mark.postgres
def test_the_server_stopped_holds_the_station_at_once_and_it_comes_back_by_itself(qtbot, own_cluster, settings,
                                                                                    translations):  # noqa: ANN001
    console = _station(qtbot, own_cluster.new_database(), settings, translations)
    window, controller = console.window, console.controller
    refused, back = [], []
    controller.refused.connect(refused.append)
    controller.reconnected.connect(back.append)
    try:
        own_cluster.down("fast")
        qtbot.waitUntil(lambda: controller.held_code == "store.offline", timeout=WAIT_MS)
        offline = describe("store.offline")
        assert "Forbindelsen til databasetjeneren er brutt" in offline
        assert window.hold_banner.isVisible() and offline in window.hold_banner.text()
        assert "FRAKOBLET" in window.status_mode.text()
        seq = controller.state.last_seq
        assert not controller.perform(ev.MEMBER_PRESENT, {"member": "h-01"}, lambda: "T")  # refused, not queued
        assert refused[-1] == offline and controller.state.last_seq == seq

        own_cluster.up()
        qtbot.waitUntil(lambda: controller.held_code is None, timeout=WAIT_MS)
        assert back and "tilbake" in back[-1] and window.banner.text() == back[-1]
        assert not window.hold_banner.isVisible() and "FRAKOBLET" not in window.status_mode.text()
        assert controller.perform(ev.MEMBER_PRESENT, {"member": "h-01"}, lambda: "T")  # on a fresh connection
        other_db = open_database(console.db.url)
        other = station(other_db, console.service.meeting_id, "secretary")
        other.record(ev.MEMBER_PRESENT, {"member": "h-02"})
        qtbot.waitUntil(lambda: controller.state.last_seq == other.state.last_seq, timeout=WAIT_MS)  # live again
        assert [e.kind for e in console.db.event_log(console.service.meeting_id).load()].count(ev.MEMBER_PRESENT) == 2
        other.close()
        other_db.close()
    finally:
        console.close()


@pytest.mark.postgres
def test_an_append_that_finds_the_server_gone_holds_until_it_answers(qtbot, pg_url, settings, translations,
                                                                     monkeypatch):  # noqa: ANN001
    console = _station(qtbot, pg_url, settings, translations)
    controller = console.controller
    store = console.service._store  # noqa: SLF001 - the server away for one append only
    real_append = store.append
    calls = []

    def gone(event, expected=None):  # noqa: ANN001, ANN202
        calls.append(event.seq)
        if len(calls) == 1:
            raise StoreError("store.unreachable", path=console.db.where, detail="server closed the connection")
        return real_append(event, expected)

    monkeypatch.setattr(store, "append", gone)
    failures = []
    controller.writeFailed.connect(failures.append)
    try:
        assert not controller.perform(ev.MEMBER_PRESENT, {"member": "h-01"}, lambda: "T")
        assert failures and controller.held_code == "store.offline"  # held at once; the follower releases it
        qtbot.waitUntil(lambda: controller.held_code is None, timeout=WAIT_MS)  # the listener never lost it
        assert controller.state.last_seq == 1  # nothing was written, nothing kept for later
        assert controller.perform(ev.MEMBER_PRESENT, {"member": "h-01"}, lambda: "T")
    finally:
        console.close()


@pytest.mark.postgres
def test_what_held_the_station_before_holds_it_again_after(qtbot, pg_url, settings, translations):  # noqa: ANN001
    console = _station(qtbot, pg_url, settings, translations)
    controller = console.controller
    try:
        controller.hold("store.read_only_role", path=console.db.where)  # a station that may only read
        controller.go_offline()
        assert controller.held_code == "store.offline"
        assert controller.try_online()
        assert controller.held_code == "store.read_only_role"
    finally:
        console.close()


@pytest.mark.postgres
def test_with_the_server_gone_the_minutes_come_from_the_stations_own_copy(qtbot, own_cluster, settings, translations,
                                                                          tmp_path):  # noqa: ANN001
    from chair_console.services.station_copy import keep_station_copy

    console = _station(qtbot, own_cluster.new_database(), settings, translations)
    controller = console.controller
    console.copy = keep_station_copy(console.service, console.db, tmp_path / "data")
    controller.station_copy = console.copy
    try:
        assert controller.perform(ev.MEMBER_PRESENT, {"member": "h-01"}, lambda: "T")
        seq = controller.state.last_seq
        own_cluster.down("fast")
        qtbot.waitUntil(lambda: controller.offline, timeout=WAIT_MS)
        out = tmp_path / "moetebok.pdf"
        assert controller.write_minutes(str(out), public=False)
        assert out.stat().st_size > 1000
        assert "lokale kopi" in controller.minutes_note and f"hendelse {seq}" in controller.minutes_note
        own_cluster.up()
        qtbot.waitUntil(lambda: controller.held_code is None, timeout=WAIT_MS)
        assert controller.write_minutes(str(out), public=False) and controller.minutes_note == ""  # the server's
    finally:
        console.close()


@pytest.mark.postgres
def test_a_station_on_a_server_keeps_the_role_it_was_started_with(qtbot, pg_url, settings, translations):  # noqa: ANN001
    console = _station(qtbot, pg_url, settings, translations)
    try:
        window = console.window
        assert window.role_fixed and not window.role_actions["secretary"].isEnabled()
        assert "kan ikke endres" in window.role_actions["secretary"].toolTip()
        window.set_role("secretary")  # even when called: a station never changes its role on a server
        assert console.service.actor == "chair"
    finally:
        console.close()
