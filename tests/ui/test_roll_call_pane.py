"""Roll call by keyboard, substitutes, the chair and the seat chart, driven through real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QWidget,
)
from widgets import find

from chair_console.procedure import events as ev
from chair_console.procedure.state import Phase


def select(console, member_id: str) -> None:
    console.window.panes["rollCallPane"].select_member(member_id)


def test_R_5_1a_whole_roll_by_keyboard_then_the_meeting_is_set(console, qtbot):
    """The full roll of 59 without the mouse; the number of key presses is reported by the test."""
    w = console.window
    table = find(w, QTableView, "rollCallTable")
    seating = [m.id for m in console.service.state.council.seating()]
    with_substitute = {seating[5], seating[20], seating[33], seating[47], seating[55]}
    absent_only = {seating[10], seating[40]}
    presses = 0

    def key(widget, k):
        nonlocal presses
        qtbot.keyClick(widget, k)
        presses += 1

    key(w, Qt.Key.Key_F5)
    assert table.hasFocus()
    for seat in seating:
        assert w.panes["rollCallPane"].selected_member() == seat
        if seat in with_substitute:
            key(table, Qt.Key.Key_V)
            key(table, Qt.Key.Key_1)  # reason: sykdom
            key(table, Qt.Key.Key_Return)  # the proposed substitute (R-4b)
        elif seat in absent_only:
            key(table, Qt.Key.Key_F)
            key(table, Qt.Key.Key_3)  # reason: omsorg
        else:
            key(table, Qt.Key.Key_T)
    result = find(w, QLabel, "rollCallResult")
    assert result.isVisible() and "57 av 59" in result.text()
    declare = find(w, QPushButton, "declareOpenButton")
    assert declare.isVisible() and declare.hasFocus()
    key(declare, Qt.Key.Key_Return)

    state = console.service.state
    assert state.phase is Phase.OPEN and state.opened_at is not None
    assert state.quorum().present == 57 and len(state.substitutions) == 5
    assert all(not s.deviation for s in state.substitutions.values())
    assert {m for m, a in state.attendance.items() if a.reason == "omsorg"} == absent_only
    assert state.chair is not None and state.chair.capacity == "ordfører"
    print(f"\nkeyboard roll call of 59 seats: {presses} key presses")
    assert presses == 1 + 52 + 5 * 3 + 2 * 2 + 1  # 73


def test_R_4b_substitute_choice_with_deviation_from_the_proposal(console, qtbot):
    w = console.window
    select(console, "a-04")
    find(w, QComboBox, "absenceReasonCombo").setCurrentIndex(1)
    qtbot.mouseClick(find(w, QPushButton, "markAbsentButton"), Qt.MouseButton.LeftButton)
    combo = find(w, QComboBox, "substituteCombo")
    assert combo.itemData(0) == "a-v1" and "foreslått" in combo.itemText(0)
    combo.setCurrentIndex(combo.findData("a-v2"))
    qtbot.mouseClick(find(w, QPushButton, "seatSubstituteButton"), Qt.MouseButton.LeftButton)
    sitting = console.service.state.substitutions["a-04"]
    assert sitting.substitute == "a-v2" and sitting.deviation
    # a second substitute for the same seat is refused with a message and changes nothing
    before = console.service.state.last_seq
    combo.setCurrentIndex(combo.findData("a-v1"))
    qtbot.mouseClick(find(w, QPushButton, "seatSubstituteButton"), Qt.MouseButton.LeftButton)
    assert console.service.state.last_seq == before
    assert "bare ha én person" in find(w, QLabel, "messageBanner").text()
    # marking the member present while the substitute holds the seat is refused too
    qtbot.mouseClick(find(w, QPushButton, "markPresentButton"), Qt.MouseButton.LeftButton)
    assert "Plassen til" in find(w, QLabel, "messageBanner").text()
    # and every action is undoable
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "a-04" not in console.service.state.substitutions


def test_seat_chart_reflects_the_state_and_a_click_opens_the_member(console, qtbot):
    w = console.window
    chart = find(w, QWidget, "seatChart")
    svc = console.service
    svc.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    svc.record(ev.MEMBER_ABSENT, {"member": "sv-02", "reason": "sykdom"})
    svc.record(ev.SUBSTITUTE_SEATED, {"seat": "sv-02", "substitute": "sv-v1"})
    svc.record(ev.MEMBER_ABSENT, {"member": "r-01", "reason": "velferd"})
    assert chart.seat_kind("h-01") == "present"
    assert chart.seat_kind("sv-02") == "substitute"
    assert chart.seat_kind("r-01") == "away"
    assert chart.seat_kind("a-01") == "unrecorded"
    point = chart.seat_position("sv-02")
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert w.panes["rollCallPane"].selected_member() == "sv-02"
    grab = chart.grab().toImage()
    assert grab.pixelColor(chart.seat_position("h-01").toPoint()).name() == "#0065f1"  # Høyre's colour


def test_chair_handover_and_disqualification_from_the_pane(console, qtbot, monkeypatch):
    w = console.window
    svc = console.service
    for m in ("h-01", "frp-01", "a-01"):
        svc.record(ev.MEMBER_PRESENT, {"member": m})
    svc.record(ev.MEETING_OPENED)
    assert "Kari Fiktivsen (ordfører)" in find(w, QLabel, "chairLabel").text()
    select(console, "frp-01")
    qtbot.mouseClick(find(w, QPushButton, "takeChairButton"), Qt.MouseButton.LeftButton)  # R-5.5b
    assert svc.state.chair.person == "frp-01" and "varaordfører" in find(w, QLabel, "chairLabel").text()

    select(console, "a-01")
    qtbot.mouseClick(find(w, QPushButton, "disqualifyButton"), Qt.MouseButton.LeftButton)
    assert "Ta opp saken først" in find(w, QLabel, "messageBanner").text()
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    for m in svc.state.council.members[:30]:  # a quorum: the council decides (R-3.10a)
        if m.id not in svc.state.attendance:
            svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    present = len(svc.state.seated())
    from chair_console.ui import dialogs

    monkeypatch.setattr(dialogs, "choose", lambda *a, **k: 0)  # the proposal: a-01 is disqualified
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)  # decided tacitly
    qtbot.mouseClick(find(w, QPushButton, "disqualifyButton"), Qt.MouseButton.LeftButton)
    assert "hjemmelen" in find(w, QLabel, "messageBanner").text()  # no basis given: refused
    find(w, QLineEdit, "disqualificationBasis").setText("forvaltningsloven § 6 første ledd bokstav a")
    qtbot.mouseClick(find(w, QPushButton, "disqualifyButton"), Qt.MouseButton.LeftButton)
    assert svc.state.disqualified["s304"]["a-01"].startswith("forvaltningsloven")
    assert f"{present - 1} av 59" in find(w, QLabel, "statusAttendance").text()  # R-3.10a: out of the item's count


def test_R_1b_city_government_ticked_present_is_not_counted(console, qtbot):
    w = console.window
    gov = find(w, QListWidget, "governmentList")
    gov.item(0).setCheckState(Qt.CheckState.Checked)
    assert console.service.state.government_present == {"byr-1"}
    assert "0 av 59" in find(w, QLabel, "statusAttendance").text()


def test_the_seat_chart_legend_never_draws_the_count_over_a_label(console, qtbot):
    """At 1366×768 the seat chart is narrow: «59 av 59» went over «Ikke registrert». The count now takes a row
    of its own when the legend and it do not fit side by side, and the seats make room for it."""
    chart = find(console.window, QWidget, "seatChart")
    for width in (260, 320, 400, 900):
        chart.resize(width, 300)
        entries, summary = chart.legend_geometry()
        inside = chart.rect().toRectF()
        assert inside.contains(summary)
        for _centre, text in entries:
            assert not text.intersects(summary), width
        two_rows = entries[0][1].top() < summary.top()
        if width == 260:
            assert two_rows  # no room beside «Ikke registrert»
        if width == 900:
            assert not two_rows  # room enough: one row, as before
        lowest_seat = max(chart.seat_position(s).y() for s in ("a-01", "h-01", "frp-01"))
        assert lowest_seat < entries[0][1].top()  # the seats stay above the legend
    image = chart.grab().toImage()
    assert not image.isNull()
