"""A station's role in the window (issue 19): a secretary's station that tries an action of the chair's is told
why above the current item, in words that name the action and the station, and nothing is recorded; the
secretary's own actions are recorded as the secretary's and undone with Ctrl+Z."""

from __future__ import annotations

import pytest

from chair_console.app import build_console
from chair_console.clock import SystemClock
from chair_console.paths import app_paths
from chair_console.procedure import events as ev


@pytest.fixture
def secretary(qtbot, demo_db, settings, translations):  # noqa: ANN001, ANN201
    db, meeting_id = demo_db
    c = build_console(db, meeting_id, SystemClock(), app_paths(), translations, settings, "secretary",
                      interactive=False)
    qtbot.addWidget(c.window)
    c.window.show()
    qtbot.waitExposed(c.window)
    assert c.controller.verify_log()
    yield c
    c.reporter.uninstall()


def test_a_secretarys_station_is_refused_setting_the_meeting_with_the_message_and_nothing_recorded(secretary, qtbot):
    window, service = secretary.window, secretary.service
    assert service.actor == "secretary"
    assert secretary.controller.perform(ev.MEMBER_PRESENT, {"member": "h-01"}, lambda: "Til stede")
    before = service.state.last_seq
    window.open_meeting_action.trigger()  # Ctrl+M, «Sett møtet»: the chair's
    qtbot.waitUntil(window.banner.isVisible)
    text = window.banner.text()
    assert "«sette møtet»" in text and "sekretærens stasjon" in text and "Ingenting ble registrert" in text
    assert service.state.last_seq == before and service.state.phase == "not_started"
    assert service.log[-1].actor == "secretary" and service.log[-1].kind == ev.MEMBER_PRESENT
    window.undo_action.trigger()  # its own action: undone, and the log says by whom
    assert service.log[-1].kind == ev.UNDONE and service.log[-1].actor == "secretary"
