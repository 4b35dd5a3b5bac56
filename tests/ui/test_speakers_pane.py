"""A debate driven by keys: speakers added by typing, the queue in the rules' order, one key per speaker,
the countdown's colours, the chair handing over (R-5.5b), the hall display and closed items (R-3.7a)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QWidget
from widgets import find

from chair_console.procedure import events as ev
from chair_console.ui import dialogs


@pytest.fixture
def debate(console):
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    return console


def type_speaker(qtbot, window, text: str) -> None:
    box = find(window, QLineEdit, "speakerInput")
    box.setFocus()
    box.setText(text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


class Clock:
    """Moves the service's clock forward without waiting."""

    def __init__(self, service, monkeypatch) -> None:
        self.offset = 0.0
        real = service._clock  # noqa: SLF001

        class Shifted:
            boot = real.boot

            def now(inner):  # noqa: N805
                i = real.now()
                return type(i)(i.wall_us + int(self.offset * 1e6), i.mono_ns + int(self.offset * 1e9), i.boot)

        monkeypatch.setattr(service, "_clock", Shifted())

    def advance(self, seconds: float) -> None:
        self.offset += seconds


def test_a_debate_by_keys_in_the_rules_order(debate, qtbot):
    w = debate.window
    type_speaker(qtbot, w, "KrF")  # a group: its first member in the hall
    type_speaker(qtbot, w, "SV")
    type_speaker(qtbot, w, "Solveig Drømmeland")  # part of a name (R, seat 2)
    type_speaker(qtbot, w, "A")
    queue = find(w, QListWidget, "speakerQueue")
    people = [e.person for e in debate.service.state.queues["s304"]]
    groups = [debate.service.state.council.group_of(p) for p in people]
    assert groups == ["A", "SV", "R", "KrF"]  # R-5.3a: largest group first
    assert queue.count() == 4 and queue.item(0).text().startswith("1. ")
    qtbot.keyClick(w, Qt.Key.Key_F8)
    assert debate.service.state.speech.entry.person == people[0]
    qtbot.keyClick(w, Qt.Key.Key_F8)  # one key: end and give the floor to the next
    assert debate.service.state.speech.entry.person == people[1]
    assert len(debate.service.state.speeches["s304"]) == 1
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one undo
    assert debate.service.state.speech.entry.person == people[0]
    qtbot.keyClick(w, Qt.Key.Key_F7)  # pause
    assert debate.service.state.speech.paused
    qtbot.keyClick(w, Qt.Key.Key_F7)
    qtbot.keyClick(w, Qt.Key.Key_F6)  # end
    assert debate.service.state.speech is None


def test_seat_number_and_refusal_messages(debate, qtbot):
    w = debate.window
    type_speaker(qtbot, w, "1")  # seat 1 in the hall
    assert debate.service.state.queues["s304"][0].person == debate.service.state.council.seating()[0].id
    type_speaker(qtbot, w, "Kari")
    assert "Flere til stede passer" in find(w, QLabel, "messageBanner").text()
    find(w, QWidget, "speechKind").setCurrentIndex(2)  # reply
    type_speaker(qtbot, w, "Kari Fiktivsen")
    assert "Replikker er ikke tillatt" in find(w, QLabel, "messageBanner").text()


def test_countdown_colours_from_instants(debate, qtbot, monkeypatch):
    clock = Clock(debate.service, monkeypatch)
    w = debate.window
    type_speaker(qtbot, w, "A")
    qtbot.keyClick(w, Qt.Key.Key_F8)
    pane = w.panes["countdownPane"]
    pane.refresh()
    assert pane.colour_state() == "normal" and find(w, QLabel, "countdownDisplay").text() == "3:00"
    clock.advance(155)
    pane.refresh()
    assert pane.colour_state() == "warning" and find(w, QLabel, "countdownDisplay").text() == "0:25"
    clock.advance(37)
    pane.refresh()
    assert pane.colour_state() == "overtime" and find(w, QLabel, "countdownDisplay").text() == "+0:12"
    w.panes["countdownPane"].grab().save("/tmp/countdown-overtime.png")


def test_R_5_5b_the_mayor_takes_the_floor_and_the_deputy_chairs_meanwhile(debate, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    w = debate.window
    assert debate.service.state.chair.person == "h-01"
    w.panes["speakersPane"].add("h-01", "main")
    w.panes["speakersPane"].add("a-09", "main")
    qtbot.keyClick(w, Qt.Key.Key_F8)
    assert debate.service.state.speech.entry.person == "h-01" and debate.service.state.chair.person == "frp-01"
    qtbot.keyClick(w, Qt.Key.Key_F8)  # the mayor's speech ends: the mayor takes the chair back
    assert debate.service.state.chair.person == "h-01"
    assert [t.person for t in debate.service.state.chair_history][-2:] == ["frp-01", "h-01"]


def test_R_5_6a_second_warning_offers_the_next_steps(debate, qtbot):
    w = debate.window
    type_speaker(qtbot, w, "R")
    qtbot.keyClick(w, Qt.Key.Key_F8)
    pane = w.panes["countdownPane"]
    pane.warn()
    pane.warn()
    assert "forlate talerstolen" in find(w, QLabel, "messageBanner").text()


def test_hall_display_shows_the_speaker_and_nothing_of_a_closed_item(debate, qtbot):
    w = debate.window
    type_speaker(qtbot, w, "V")
    type_speaker(qtbot, w, "MDG")
    qtbot.keyClick(w, Qt.Key.Key_F8)
    w.hall_action.setChecked(True)
    hall = w.hall
    qtbot.waitExposed(hall)
    hall.refresh()
    assert "Sak 304/26" in find(hall, QLabel, "hallItem").text()
    assert find(hall, QLabel, "hallSpeaker").text() == debate.service.state.council.name_of(
        debate.service.state.speech.entry.person
    )
    assert find(hall, QLabel, "hallClock").text() in ("3:00", "2:59")
    assert "Neste:" in find(hall, QLabel, "hallNext").text()
    hall.grab().save("/tmp/hall-open.png")
    basis = debate.service.state.item("s308").closed_basis  # the council closes the meeting (R-3.6b, R-3.7a)
    debate.service.record(ev.CLOSED_DECIDED, {"item": "s308", "basis": basis, "method": "tacit"})
    debate.service.record(ev.ITEM_OPENED, {"item": "s308", "closed_confirmed": True})  # closed under kommuneloven § 11-5
    hall.refresh()
    shown = [lab.text() for lab in hall.findChildren(QLabel) if lab.isVisible()]
    assert shown == ["Lukket møte"]
    hall.grab().save("/tmp/hall-closed.png")
    w.hall_action.setChecked(False)


def test_a_double_click_on_the_seat_chart_puts_the_member_on_the_list(debate, qtbot):
    chart = find(debate.window, QWidget, "seatChart")
    point = chart.seat_position("v-02").toPoint()
    qtbot.mouseDClick(chart, Qt.MouseButton.LeftButton, pos=point)
    assert [e.person for e in debate.service.state.queues["s304"]] == ["v-02"]


def test_interpellation_shows_what_is_left_of_its_hour(console, qtbot):
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "s301"})
    console.window.panes["speakersPane"]._show_budgets()  # noqa: SLF001
    assert "igjen av 60:00 (R-7b)" in find(console.window, QLabel, "groupBudgets").text()
    type_speaker(qtbot, console.window, "Per Oppdiktvik")
