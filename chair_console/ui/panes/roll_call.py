"""Roll call (navneopprop): the 59 seats by group with their attendance (R-1a, R-4a, R-3.3a)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from chair_console.procedure import events as ev
from chair_console.procedure.state import ABSENCE_REASONS, MeetingState
from chair_console.ui.labels import ABSENCE_REASONS as REASON_LABELS
from chair_console.ui.labels import label
from chair_console.ui.panes.base import Pane, TableModel, record_table


class RollCallModel(TableModel):
    """One row per seat: groups largest first (R-5.3a order), independents last."""

    HEADERS = (
        QT_TRANSLATE_NOOP("RollCallModel", "Gruppe"),
        QT_TRANSLATE_NOOP("RollCallModel", "Nr."),
        QT_TRANSLATE_NOOP("RollCallModel", "Navn"),
        QT_TRANSLATE_NOOP("RollCallModel", "Status"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, str, int, str, str]] = []  # member id, group, list no., name, status

    def set_state(self, state: MeetingState) -> None:
        self.beginResetModel()
        self._rows = []
        council = state.council
        if council is not None:
            groups = [*council.groups_in_order(), None]
            for group in groups:
                gid = group.id if group else None
                abbr = group.abbreviation if group else self.tr("Uavh.")
                for m in council.members_of(gid):
                    a = state.attendance.get(m.id)
                    if a is None:
                        status = self.tr("Ikke registrert")
                    elif a.present:
                        status = self.tr("Til stede")
                    else:
                        status = self.tr("Forfall: {reason}").format(reason=label(REASON_LABELS, a.reason))
                    self._rows.append((m.id, abbr, m.list_number, m.name, status))
        self.endResetModel()

    def member_id(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[index.row()][index.column() + 1]


class RollCallPane(Pane):
    OBJECT_NAME = "rollCallPane"
    TITLE = QT_TRANSLATE_NOOP("Panes", "Navneopprop")

    def __init__(self, controller) -> None:  # noqa: ANN001
        super().__init__(controller)
        self.summary = QLabel(objectName="rollCallSummary")
        self.model = RollCallModel()
        self.table = record_table("rollCallTable", self.model, stretch_column=2)
        self.present_button = QPushButton(objectName="markPresentButton")
        self.reason_combo = QComboBox(objectName="absenceReasonCombo")
        self.absent_button = QPushButton(objectName="markAbsentButton")
        self.present_button.clicked.connect(self.mark_present)
        self.absent_button.clicked.connect(self.mark_absent)
        buttons = QHBoxLayout()
        buttons.addWidget(self.present_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reason_combo)
        buttons.addWidget(self.absent_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.set_state(controller.state)

    def retranslate(self) -> None:
        self.present_button.setText(self.tr("Til stede"))
        self.absent_button.setText(self.tr("Forfall"))
        current = self.reason_combo.currentData()
        self.reason_combo.clear()
        for code in ABSENCE_REASONS:  # R-4a
            self.reason_combo.addItem(label(REASON_LABELS, code), code)
        if current is not None:
            self.reason_combo.setCurrentIndex(max(0, self.reason_combo.findData(current)))

    def set_state(self, state: MeetingState) -> None:
        row = self.table.currentIndex().row()
        self.model.set_state(state)
        if row >= 0:
            self.table.selectRow(row)
        q = state.quorum()
        absent = sum(1 for a in state.attendance.values() if not a.present)
        self.summary.setText(
            self.tr("Til stede: {present} av {seats}   Forfall: {absent}").format(
                present=q.present, seats=q.seats, absent=absent
            )
        )

    def selected_member(self) -> str | None:
        return self.model.member_id(self.table.currentIndex().row())

    def mark_present(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        name = self._name(member)
        self.controller.perform(
            ev.MEMBER_PRESENT, {"member": member}, lambda: self.tr("{name} til stede").format(name=name)
        )

    def mark_absent(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        reason = self.reason_combo.currentData()
        name = self._name(member)
        self.controller.perform(
            ev.MEMBER_ABSENT,
            {"member": member, "reason": reason},
            lambda: self.tr("{name} forfall ({reason})").format(name=name, reason=label(REASON_LABELS, reason)),
        )

    def _name(self, member_id: str) -> str:
        council = self.controller.state.council
        m = council.member(member_id) if council else None
        return m.name if m else member_id
