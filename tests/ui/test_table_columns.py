"""Table models name their columns (COL_… constants) and the id role, as the views and tests use them."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView
from widgets import find

from chair_console.procedure import events as ev
from chair_console.ui.panes.agenda import AgendaModel
from chair_console.ui.panes.roll_call import RollCallModel


def test_agenda_model_columns_and_item_id_role(console):
    console.service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    console.service.record(ev.MEETING_OPENED)
    model = find(console.window, QTableView, "agendaTable").model()
    assert isinstance(model, AgendaModel) and model.columnCount() == len(AgendaModel.HEADERS) == AgendaModel.COL_USED + 1
    agenda = console.service.state.agenda
    for row, item in enumerate(agenda):
        assert model.index(row, AgendaModel.COL_NUMBER).data() == item.number
        assert model.index(row, AgendaModel.COL_TITLE).data() == item.title
        assert model.index(row, AgendaModel.COL_STATUS).data(AgendaModel.ITEM_ID_ROLE) == item.id
        assert model.item_id(row) == item.id


def test_roll_call_model_columns_and_member_id_role(console):
    model = find(console.window, QTableView, "rollCallTable").model()
    assert isinstance(model, RollCallModel) and model.columnCount() == RollCallModel.COL_SUBSTITUTE + 1
    council = console.service.state.council
    for row, member in enumerate(council.seating()):
        assert model.index(row, RollCallModel.COL_SEAT).data() == row + 1
        assert model.index(row, RollCallModel.COL_NAME).data() == member.name
        assert model.index(row, RollCallModel.COL_GROUP).data() == council.group_mark(member.id, "Uavh.")
        assert model.index(row, RollCallModel.COL_NAME).data(RollCallModel.MEMBER_ID_ROLE) == member.id


def test_roll_call_columns_are_as_wide_as_their_contents_without_resize_to_contents(console, translations):
    """Issue 17: the roll call's columns are measured from the font's metrics of their texts, not by the view asking
    the model for every role of every cell; each is exactly as wide as the view and its header would make it, as the
    texts change (a reason, a substitute's name), in another language and at another text size."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QHeaderView

    table = find(console.window, QTableView, "rollCallTable")
    header = table.horizontalHeader()
    fitted = (RollCallModel.COL_SEAT, RollCallModel.COL_GROUP, RollCallModel.COL_STATUS, RollCallModel.COL_SUBSTITUTE)

    def check(step: str = "") -> None:
        for column in fitted:
            assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.Fixed
            wanted = max(table.sizeHintForColumn(column), header.sectionSizeHint(column), header.minimumSectionSize())
            assert header.sectionSize(column) == wanted, (column, step)
        assert header.sectionResizeMode(RollCallModel.COL_NAME) == QHeaderView.ResizeMode.Stretch

    check()
    svc = console.service
    svc.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    svc.record(ev.MEMBER_ABSENT, {"member": "sv-02", "reason": "uoppsettelig_arbeid"})
    svc.record(ev.SUBSTITUTE_SEATED, {"seat": "sv-02", "substitute": "sv-v1"})
    check("events")
    assert translations.load("en")
    QApplication.processEvents()  # the language change reaches the panes
    assert header.model().headerData(RollCallModel.COL_SEAT, Qt.Orientation.Horizontal) == "Seat"
    check("en")
    font = console.window.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    console.window.setFont(font)
    check("font")
