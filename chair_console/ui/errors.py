"""Unexpected errors: logged in full, shown to the user in plain words, never as a traceback."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def unexpected_error_text(log_file: Path) -> str:
    return QCoreApplication.translate(
        "ErrorDialog",
        "Det oppstod en uventet feil i Chair Console.\n\n"
        "Alt som var registrert i møtet er lagret; ingenting er tapt. "
        "Du kan fortsette, eller starte konsollen på nytt: den åpner møtet der det var.\n\n"
        "Detaljer er skrevet i loggfilen:\n{log}",
    ).format(log=log_file)


class ErrorReporter:
    """Installs itself as sys.excepthook while the window runs; `uninstall()` puts the old one back."""

    def __init__(self, log_file: Path, parent: Callable[[], QWidget | None], show: bool = True) -> None:
        self._log_file = log_file
        self._parent = parent
        self._show = show
        self._previous: Hook | None = None
        self.reported: list[BaseException] = []

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        self.reported.append(exc)
        if not self._show:
            return
        from PySide6.QtWidgets import QMessageBox  # only when it is needed (not at start, issue 17)

        box = QMessageBox(self._parent())
        box.setObjectName("unexpectedErrorDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Uventet feil"))
        box.setText(unexpected_error_text(self._log_file))
        box.addButton(QCoreApplication.translate("ErrorDialog", "Fortsett"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
