"""Votes (votering). Shows whether the council can decide now (R-3.3a); the tally comes with the vote issue."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout

from chair_console.procedure.state import MeetingState
from chair_console.ui.panes.base import Pane


class VotesPane(Pane):
    OBJECT_NAME = "votesPane"
    TITLE = QT_TRANSLATE_NOOP("Panes", "Votering")

    def __init__(self, controller) -> None:  # noqa: ANN001
        super().__init__(controller)
        self.quorum = QLabel(objectName="votesQuorum")
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.quorum.setFont(font)
        self.detail = QLabel(objectName="votesQuorumDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quorum)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.set_state(controller.state)

    def set_state(self, state: MeetingState) -> None:
        q = state.quorum(state.current_item)  # R-3.3a, without the item's disqualified (R-3.10a)
        self.quorum.setText(self.tr("Vedtaksført") if q.ok else self.tr("Ikke vedtaksført"))
        self.quorum.setStyleSheet("color: #1b6e20;" if q.ok else "color: #b00020;")
        self.detail.setText(
            self.tr("{present} av {seats} medlemmer til stede; minst {required} må være til stede (R-3.3a).").format(
                present=q.present, seats=q.seats, required=q.required
            )
        )
