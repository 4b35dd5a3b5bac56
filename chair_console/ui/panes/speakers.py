"""Speakers (taleliste) for the item under debate. The queue itself arrives with the speaker issue."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout

from chair_console.procedure.state import MeetingState
from chair_console.ui.panes.base import Pane


class SpeakersPane(Pane):
    OBJECT_NAME = "speakersPane"
    TITLE = QT_TRANSLATE_NOOP("Panes", "Taleliste")

    def __init__(self, controller) -> None:  # noqa: ANN001
        super().__init__(controller)
        self.heading = QLabel(objectName="speakersHeading")
        self.heading.setWordWrap(True)
        self.queue = QListWidget(objectName="speakerQueue")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.queue, 1)
        self.set_state(controller.state)

    def set_state(self, state: MeetingState) -> None:
        item = state.item(state.current_item)
        if item is None:
            self.heading.setText(self.tr("Ingen sak til behandling."))
        else:
            self.heading.setText(self.tr("Taleliste for {number}").format(number=item.number))
