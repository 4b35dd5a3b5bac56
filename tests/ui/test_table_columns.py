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
