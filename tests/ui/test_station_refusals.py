"""A station's role in the window (issue 19): a secretary's station that tries an action of the chair's is told
why above the current item, in words that name the action and the station, and nothing is recorded; the
secretary's own actions are recorded as the secretary's and undone with Ctrl+Z. The chair's exception for a closing
speech (R-5.3b) cannot be chosen on a secretary's station, and its tooltip says why."""

from __future__ import annotations

import pytest
from meeting_script import set_meeting, take_up
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from store_backend import station
from widgets import find, open_console

from chair_console.procedure import events as ev
from chair_console.procedure.speakers import CLOSING

NO_COMMITTEE = {"id": "s399", "number": "Sak 399/26", "title": "Orientering om beredskap", "kind": "other"}


@pytest.fixture
def secretary(qtbot, demo_db, settings, translations):  # noqa: ANN001, ANN201
    db, meeting_id = demo_db
    c = open_console(qtbot, db, meeting_id, settings, translations, role="secretary")
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


def test_R_5_3b_a_secretarys_station_cannot_give_the_chairs_exception_for_a_closing_speech(secretary, qtbot):
    window, service = secretary.window, secretary.service
    podium = station(secretary.db, service.meeting_id)  # the chair's station runs the meeting
    try:
        podium.record(ev.AGENDA_SET, {"agenda": [*(i.to_dict() for i in podium.state.agenda), NO_COMMITTEE],
                                      "questions": []})
        set_meeting(podium)
        take_up(podium, "s399")  # no committee behind it: every closing speech is the chair's exception
        secretary.controller.catch_up()
        box = find(window, QComboBox, "speechKind")
        closing = box.findData(CLOSING)
        assert not box.model().item(closing).isEnabled()
        why = box.itemData(closing, Qt.ItemDataRole.ToolTipRole)
        assert "møtelederens unntak (R-5.3b)" in why and "møtelederens stasjon" in why
        before = service.state.last_seq
        # asked all the same (a key, a script): no dialog (the autouse fixture fails on any), refused with why
        assert not window.panes["speakersPane"].add("a-01", CLOSING)
        qtbot.waitUntil(window.banner.isVisible)
        text = window.banner.text()
        assert "R-5.3b" in text and "sekretærens stasjon" in text and "Ingenting ble registrert" in text
        assert service.state.last_seq == before and podium.catch_up() == []
        assert window.panes["speakersPane"].add("a-01", "main")  # the request itself is the secretary's
        window.set_role("chair")  # one laptop, the chair's station now: the choice is there when the list opens
        box.showPopup()
        assert box.model().item(closing).isEnabled() and box.itemData(closing, Qt.ItemDataRole.ToolTipRole) is None
        box.hidePopup()
    finally:
        podium.close()


def test_R_3_3e_a_secretarys_station_records_the_decided_order_but_does_not_propose_one(secretary, qtbot):
    from meeting_script import to_voting
    from PySide6.QtWidgets import QAbstractItemView

    window, service = secretary.window, secretary.service
    podium = station(secretary.db, service.meeting_id)
    try:
        to_voting(podium)  # the chair's station takes the item to the vote
        secretary.controller.catch_up()
        votes = window.panes["votesPane"]
        window.docks["votesPane"].show()
        votes.set_state(service.state)
        assert votes.order.dragDropMode() == QAbstractItemView.DragDropMode.NoDragDrop
        assert not votes.split_button.isEnabled() and "møtelederens stasjon (R-3.3e)" in votes.split_button.toolTip()
        before = service.state.last_seq
        votes.order.setCurrentRow(0)
        assert not votes.move_in_order(+1)  # Alt+Down all the same: refused with why, nothing recorded
        qtbot.waitUntil(window.banner.isVisible)
        assert "R-3.3e" in window.banner.text() and service.state.last_seq == before
        window.set_role("chair")  # one laptop, the chair's station now: the order can be proposed
        votes.set_state(service.state)
        assert votes.order.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
        assert votes.split_button.isEnabled()
    finally:
        podium.close()
