"""Question hour (spørretime, R-6a): one hour of oral questions; the questions come with their issue."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout

from chair_console.procedure.state import MeetingState
from chair_console.ui.panes.base import Pane


class QuestionHourPane(Pane):
    OBJECT_NAME = "questionHourPane"
    TITLE = QT_TRANSLATE_NOOP("Panes", "Spørretime")

    def __init__(self, controller) -> None:  # noqa: ANN001
        super().__init__(controller)
        self.heading = QLabel(objectName="questionHourHeading")
        self.heading.setWordWrap(True)
        self.questions = QListWidget(objectName="questionList")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.questions, 1)
        self.set_state(controller.state)

    def set_state(self, state: MeetingState) -> None:
        item = next((i for i in state.agenda if i.kind == "question_hour"), None)
        if item is None:
            self.heading.setText(self.tr("Ingen spørretime i dette møtet."))
        elif state.current_item == item.id:
            self.heading.setText(self.tr("Spørretimen pågår (60 minutter, R-6a)."))
        else:
            self.heading.setText(self.tr("Spørretime på sakslisten (60 minutter, R-6a)."))
