"""Agenda (saksliste): the meeting's items, the one under debate, closed items marked (R-3.2a, R-3.7a)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from chair_console.procedure import events as ev
from chair_console.procedure.state import MeetingState
from chair_console.ui.labels import ITEM_KINDS, label
from chair_console.ui.panes.base import Pane, TableModel, record_table


class AgendaModel(TableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("AgendaModel", "Nr."),
        QT_TRANSLATE_NOOP("AgendaModel", "Tittel"),
        QT_TRANSLATE_NOOP("AgendaModel", "Type"),
        QT_TRANSLATE_NOOP("AgendaModel", "Status"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._state = MeetingState()

    def set_state(self, state: MeetingState) -> None:
        self.beginResetModel()
        self._state = state
        self.endResetModel()

    def item_id(self, row: int) -> str | None:
        agenda = self._state.agenda
        return agenda[row].id if 0 <= row < len(agenda) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._state.agenda)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._state.agenda[index.row()]
        current = item.id == self._state.current_item
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            return item.number
        if col == 1:
            return item.title
        if col == 2:
            kind = label(ITEM_KINDS, item.kind)
            return self.tr("{kind} – lukket").format(kind=kind) if item.closed else kind
        return self.tr("Til behandling") if current else ""


class AgendaPane(Pane):
    OBJECT_NAME = "agendaPane"
    TITLE = QT_TRANSLATE_NOOP("Panes", "Saksliste")

    def __init__(self, controller) -> None:  # noqa: ANN001
        super().__init__(controller)
        self.model = AgendaModel()
        self.table = record_table("agendaTable", self.model, stretch_column=1)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button = QPushButton(objectName="openItemButton")
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.set_state(controller.state)

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Ta opp saken"))

    def set_state(self, state: MeetingState) -> None:
        row = self.table.currentIndex().row()
        self.model.set_state(state)
        if row >= 0:
            self.table.selectRow(row)

    def open_selected(self) -> None:
        item_id = self.model.item_id(self.table.currentIndex().row())
        if item_id is None:
            return
        item = self.controller.state.item(item_id)
        number = item.number if item else item_id
        self.controller.perform(ev.ITEM_OPENED, {"item": item_id}, lambda: self.tr("Ta opp {number}").format(number=number))
