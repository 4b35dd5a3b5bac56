from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from chair_console.procedure.state import MeetingState
from chair_console.ui.accessibility import name_controls
from chair_console.ui.controller import MeetingController


class Pane(QWidget):
    """A pane: shows the committed state; sends actions to the controller; retranslates itself."""

    #: objectName of the pane widget; the dock around it is named OBJECT_NAME + "Dock"
    OBJECT_NAME = ""
    #: the dock's title, in Bokmål (translated in `title()`)
    TITLE = ""

    def __init__(self, controller: MeetingController) -> None:
        super().__init__()
        self.setObjectName(self.OBJECT_NAME)
        self.controller = controller
        controller.stateChanged.connect(self.set_state)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Panes", cls.TITLE)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.set_state(self.controller.state)
            name_controls(self)  # accessible names and tooltips in the new language
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass

    def set_state(self, state: MeetingState) -> None:  # pragma: no cover - overridden
        pass


class TableModel(QAbstractTableModel):
    """A pane's read-only table. HEADERS are Bokmål, marked with QT_TRANSLATE_NOOP in the subclass's name."""

    HEADERS: tuple[str, ...] = ()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
        return None


def record_table(name: str, model: QAbstractTableModel, stretch_column: int) -> QTableView:
    """A compact, row-selecting table view for a pane's list of records."""
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table
