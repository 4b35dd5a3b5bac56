"""Seat chart pane (salkart): the hall at a glance (R-10a); clicking a seat opens that member in the roll call."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QVBoxLayout

from chair_console.procedure.state import MeetingState
from chair_console.ui.panes.base import SPEAKING, Pane
from chair_console.ui.seat_chart import SeatChart


class SeatChartPane(Pane):
    OBJECT_NAME = "seatChartPane"
    TITLE = QT_TRANSLATE_NOOP("Panes", "Salkart")
    IGNORES = SPEAKING  # seats, presence, the chair and disqualifications only

    def __init__(self, controller) -> None:  # noqa: ANN001
        super().__init__(controller)
        self.chart = SeatChart()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.chart)
        self.set_state(controller.state)

    def set_state(self, state: MeetingState) -> None:
        self.chart.set_state(state)
