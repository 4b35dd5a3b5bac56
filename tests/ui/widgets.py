"""Finding real widgets by objectName in GUI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def find(window: QWidget, cls, name: str):
    widget = window.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget
