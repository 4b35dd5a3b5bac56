"""The Qt binding itself: PySide6 6.12.0 lost a reference to None on every model data() call that
returns None, so a long meeting's repaints crashed the interpreter. Keep a binding that does not."""

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class _Empty(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 3

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_model_returning_none_keeps_none_alive(qapp):
    model = _Empty()
    before = sys.getrefcount(None)
    for _ in range(500):
        model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert sys.getrefcount(None) >= before - 50  # 6.12.0: 500 lower
