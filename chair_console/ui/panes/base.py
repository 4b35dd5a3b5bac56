from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView, QWidget

from chair_console.procedure.state import MeetingState
from chair_console.ui.accessibility import name_controls
from chair_console.ui.controller import MeetingController
from chair_console.ui.incremental import SPEAKING, same_slice, state_slice  # noqa: F401 - SPEAKING for the panes


def fit_combo(combo: QComboBox, characters: int = 14) -> None:
    """A choice box as narrow as `characters` letters, whatever its longest entry (its list opens wide enough):
    so that a long name or method never widens a pane past a podium laptop's screen."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)


class Pane(QWidget):
    """A pane: shows the committed state; sends actions to the controller; retranslates itself.

    Incremental (issue 17): an event that changes none of the parts of the state the pane shows (every field but
    IGNORES) leaves it as it is, and a pane that is not visible (a hidden tab, a closed dock) is brought up to date
    when it is shown, not on every event."""

    #: objectName of the pane widget; the dock around it is named OBJECT_NAME + "Dock"
    OBJECT_NAME = ""
    #: the dock's title, in Bokmål (translated in `title()`)
    TITLE = ""
    #: the MeetingState fields this pane never shows (set_state reads none of them, nor do the rules it asks)
    IGNORES: frozenset[str] = frozenset()
    #: a hidden pane is brought up to date when it is shown (False: on every event, as when visible)
    DEFER_WHEN_HIDDEN = True

    def __init__(self, controller: MeetingController) -> None:
        super().__init__()
        self.setObjectName(self.OBJECT_NAME)
        self.controller = controller
        self._shown_slice: tuple | None = None  # the parts of the state shown now (None: show the next one)
        self._stale = False  # an event came while the pane was hidden
        controller.stateChanged.connect(self.on_state)

    def on_state(self, state: MeetingState) -> None:
        """A committed event: update now if visible and the part of the state shown changed; later if hidden."""
        if self.DEFER_WHEN_HIDDEN and not self.isVisible() and self._shown_slice is not None:
            self._stale = True
            return
        self.show_state(state)

    def show_state(self, state: MeetingState, force: bool = False) -> bool:
        """Show `state` unless the parts shown are the ones shown already (`force`: always). Whether it did."""
        shown = state_slice(state, self.IGNORES)
        self._stale = False
        if not force and same_slice(shown, self._shown_slice):
            return False
        self._shown_slice = shown
        self.set_state(state)
        return True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._stale:  # brought up to date before it is painted
            self.show_state(self.controller.state)
        super().showEvent(event)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Panes", cls.TITLE)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_state(self.controller.state, force=True)
            name_controls(self)  # accessible names and tooltips in the new language
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass

    def set_state(self, state: MeetingState) -> None:  # pragma: no cover - overridden
        pass


class TableModel(QAbstractTableModel):
    """A pane's read-only table. HEADERS are Bokmål, marked with QT_TRANSLATE_NOOP in the subclass's name."""

    HEADERS: tuple[str, ...] = ()

    def rows_changed(self, rows: list[int], first_col: int = 0, last_col: int | None = None) -> None:
        """`dataChanged` for these rows (ascending), one signal per run of adjacent rows: the view repaints them only."""
        last_col = len(self.HEADERS) - 1 if last_col is None else last_col
        start = None
        for n, row in enumerate(rows):
            if start is None:
                start = row
            if n + 1 == len(rows) or rows[n + 1] != row + 1:
                self.dataChanged.emit(self.index(start, first_col), self.index(row, last_col))
                start = None

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


def fit_columns(table: QTableView, rows: Mapping[int, Iterable[int]]) -> None:
    """Makes these columns of `table` (ResizeMode.Fixed) as wide as ResizeToContents would, their header's width and
    their widest cell's, measuring only the given rows of each (those with its widest texts, found from the font's
    metrics): ResizeToContents asks the model's data() for every role of every cell at each layout pass (issue 17:
    ~5,700 calls of the roll call's Python model as the window is first shown)."""
    header = table.horizontalHeader()
    model = table.model()
    grid = 1 if table.showGrid() else 0  # as QTableView.sizeHintForColumn adds
    for column, measured in rows.items():
        cells = [table.sizeHintForIndex(model.index(row, column)).width() + grid for row in measured]
        width = max([header.sectionSizeHint(column), *cells])
        width = min(max(width, header.minimumSectionSize()), header.maximumSectionSize())
        if header.sectionSize(column) != width:
            header.resizeSection(column, width)
