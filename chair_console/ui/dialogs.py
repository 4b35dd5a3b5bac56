"""Small modal questions, in one place so that tests can answer them (monkeypatch these functions)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def ask(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is accept


def ask_text(parent: QWidget, title: str, label: str, default: str = "") -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, default)
    return text if ok else None


def choose_file(parent: QWidget, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def ask_count(parent: QWidget, title: str, label: str, maximum: int) -> int | None:
    value, ok = QInputDialog.getInt(parent, title, label, 0, 0, maximum)
    return value if ok else None
