"""A layout per phase of the meeting (issue 17): at the podium laptops' sizes every control of the current phase
is fully visible without scrolling the window or a pane (a list may scroll its own rows), and has a name."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from widgets import cut_off

from chair_console.clock import SystemClock
from chair_console.procedure.cockpit import cockpit_phase
from chair_console.services.meeting_service import MeetingService
from chair_console.ui import phase_layout
from tests.meeting_script import PHASES, walk_phases

# 1366×768 at 100 %, 1920×1080 at 150 % (1280×720 logical), 1920×1080 at 100 %
SIZES = ((1366, 768), (1280, 720), (1920, 1080))


def settle(window) -> None:  # noqa: ANN001
    for _ in range(4):  # the layout is sized once the window has its size (a zero-time timer)
        QApplication.processEvents()


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("role", ["chair", "secretary"])
def test_every_control_of_each_phase_is_visible_without_scrolling(console, width, height, role):
    window = console.window
    window.set_role(role)
    window.showNormal()
    window.resize(width, height)
    settle(window)
    seen = []
    # the meeting is run from the podium (the chair's station, procedure/stations.py); this window follows it
    podium = MeetingService(console.db.event_log(console.service.meeting_id), SystemClock())
    for phase in walk_phases(podium):
        console.controller.catch_up()
        settle(window)
        seen.append(phase)
        assert window.size().width() == width and window.size().height() == height
        front = phase_layout.front_panes(role, cockpit_phase(console.service.state))
        for name in front:  # the phase's panes are in front, not behind a tab or hidden
            assert window.docks[name].isVisible() and not window.docks[name].visibleRegion().isEmpty(), (phase, name)
        clipped = cut_off(window)
        assert clipped == [], (phase, f"{width}x{height}", window.size(), clipped)
    podium.close()
    assert tuple(seen) == PHASES


def test_the_window_follows_the_meeting_and_the_chair_can_turn_it_off(console):
    window = console.window
    svc = console.service
    phases = walk_phases(svc)
    assert next(phases) == "roll_call"
    assert not window.docks["rollCallPane"].visibleRegion().isEmpty()
    assert next(phases) == "question_hour"
    assert not window.docks["questionHourPane"].visibleRegion().isEmpty()  # not the empty speaker list
    assert next(phases) == "debate"
    for name in ("speakersPane", "countdownPane"):
        assert not window.docks[name].visibleRegion().isEmpty()
    window.follow_action.setChecked(False)  # off: the chair's own arrangement stands
    window.docks["countdownPane"].hide()
    assert next(phases) == "voting"
    assert window.docks["countdownPane"].isHidden() and window.docks["votesPane"].visibleRegion().isEmpty()
    window.follow_action.setChecked(True)  # on again: the phase's layout at once
    assert not window.docks["votesPane"].visibleRegion().isEmpty()
    assert console.window.settings.value("layout/follows") in (True, "true")
