"""Small modal questions, in one place so that tests can answer them (monkeypatch these functions).

Each imports its dialog class when first asked: making the Qt classes (and their enums) is not for the first frame
(issue 17)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def ask(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is accept


def ask_text(parent: QWidget, title: str, label: str, default: str = "") -> str | None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, default)
    return text if ok else None


def choose_file(parent: QWidget, title: str, filters: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def choose(parent: QWidget, title: str, label: str, options: list[str], current: int = 0) -> int | None:
    """One of `options` (its index), or None if cancelled."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getItem(parent, title, label, options, current, False)
    return options.index(text) if ok and text in options else None


def ask_count(parent: QWidget, title: str, label: str, maximum: int) -> int | None:
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getInt(parent, title, label, 0, 0, maximum)
    return value if ok else None


def choose_save_file(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def choose_colour(parent: QWidget, title: str, current: str) -> str | None:
    """A colour as #rrggbb, or None if cancelled."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    colour = QColorDialog.getColor(QColor(current), parent, title)
    return colour.name() if colour.isValid() else None


def print_pdf(parent: QWidget, path: str) -> bool:
    """Qt's print dialog picks the printer; the PDF then goes to that printer's queue."""
    import os
    import subprocess
    import sys

    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    if sys.platform == "win32":
        os.startfile(path, "print")  # type: ignore[attr-defined]  # noqa: S606
        return True
    name = printer.printerName()
    cmd = ["lp", *(["-d", name] if name else []), path]
    return subprocess.run(cmd, capture_output=True).returncode == 0  # noqa: S603
