"""Countdown (taletid). Shows the meeting's running time, computed from stored instants:
nothing is counted in ticks, so after a restart the figure is still right."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout

from chair_console.procedure.state import MeetingState, Phase
from chair_console.procedure.timebase import elapsed_seconds
from chair_console.ui.panes.base import Pane


def hms(seconds: float) -> str:
    s = max(0, int(seconds))
    return f"{s // 3600:d}:{s % 3600 // 60:02d}:{s % 60:02d}"


class CountdownPane(Pane):
    OBJECT_NAME = "countdownPane"
    TITLE = QT_TRANSLATE_NOOP("Panes", "Taletid")

    def __init__(self, controller) -> None:  # noqa: ANN001
        super().__init__(controller)
        self.caption = QLabel(objectName="countdownCaption")
        self.clock = QLabel(objectName="countdownDisplay")
        font = QFont()
        font.setPointSize(36)
        font.setBold(True)
        self.clock.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.clock)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.set_state(controller.state)

    def set_state(self, state: MeetingState) -> None:
        self.refresh()

    def refresh(self) -> None:
        state = self.controller.state
        if state.opened_at is None:
            self.caption.setText(self.tr("Møtetid"))
            self.clock.setText("0:00:00")
            return
        end = state.adjourned_at if state.phase is Phase.ADJOURNED else self.controller.service.now()
        local = state.opened_at.as_datetime().astimezone()
        self.caption.setText(self.tr("Møtetid (satt kl. {time})").format(time=local.strftime("%H:%M")))
        self.clock.setText(hms(elapsed_seconds(state.opened_at, end)))
