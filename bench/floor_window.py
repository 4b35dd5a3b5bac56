"""The floor under the console's first frame: a plain PySide6 main window of the same shape, frozen as the bare window
is (bench/frozen_startup.py), with none of the console's code — no rules, no database, no replay.

It has what any real first frame of the console must have: a menu bar of six menus with shortcuts, a phase banner,
a word-wrapped script line, a table of the 59 members through a Python table model (so the `Qt` namespace and its
enums are made, as every model's `data()` needs them), a row of buttons, three docks and a status bar, shown at
1366×768. What the console takes beyond this window is what its own code costs; what this window takes beyond the
bare one is what PySide6 costs any window of this shape (fonts, layouts, the `Qt` enums).
"""

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

HEADERS = ("Nr.", "Navn", "Parti", "Oppmøte")


class MembersModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows = [(str(i + 1), f"Representant nummer {i + 1}", "A", "Til stede") for i in range(59)]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    for title in ("Møte", "Rediger", "Vis", "Rolle", "Språk", "Hjelp"):
        menu = window.menuBar().addMenu(title)
        for i in range(7):
            action = QAction(f"{title} {i + 1}", window)
            action.setShortcut(QKeySequence(f"Ctrl+Shift+{i + 1}"))
            menu.addAction(action)
    centre = QWidget()
    layout = QVBoxLayout(centre)
    layout.addWidget(QLabel("NAVNEOPPROP"))
    script = QLabel("Ordføreren: Vi starter med navneopprop. Sekretæren leser opp navnene.")
    script.setWordWrap(True)
    layout.addWidget(script)
    table = QTableView()
    model = MembersModel()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    layout.addWidget(table)
    buttons = QHBoxLayout()
    for text in ("Til stede (T)", "Forfall (F)", "Vara (V)", "Ferdig"):
        buttons.addWidget(QPushButton(text))
    layout.addLayout(buttons)
    window.setCentralWidget(centre)
    for title in ("Saksliste", "Taleliste", "Klokke"):
        dock = QDockWidget(title, window)
        dock.setWidget(QLabel(title))
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.statusBar().showMessage("Klar")
    window.resize(1366, 768)
    window.show()

    def shown() -> None:
        print("shown", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
