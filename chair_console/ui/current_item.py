"""The centre of the window: the item under debate and what the chair says (R-5.2a), in large type."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from chair_console.procedure.state import MeetingState
from chair_console.procedure.agenda import has_recommendation  # noqa: I001
from chair_console.ui.controller import MeetingController


class CurrentItemView(QWidget):
    def __init__(self, controller: MeetingController) -> None:
        super().__init__(objectName="currentItemView")
        self.controller = controller
        self.meeting = QLabel(objectName="currentMeetingTitle")
        self.title = QLabel(objectName="currentItemTitle")
        self.script = QLabel(objectName="chairScript")
        for label_, size, bold in ((self.meeting, 12, False), (self.title, 22, True), (self.script, 16, False)):
            font = QFont()
            font.setPointSize(size)
            font.setBold(bold)
            label_.setFont(font)
            label_.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.meeting)
        layout.addSpacing(8)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        layout.addWidget(self.script)
        layout.addStretch(1)
        controller.stateChanged.connect(self.set_state)
        self.set_state(controller.state)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.set_state(self.controller.state)
        super().changeEvent(event)

    def set_state(self, state: MeetingState) -> None:
        info = state.info
        self.meeting.setText(f"{info.title} — {info.place}" if info else "")
        item = state.item(state.current_item)
        if item is None:
            self.title.setStyleSheet("")
            self.title.setText(self.tr("Ingen sak til behandling"))
            self.script.setText("")
            return
        self.title.setText(f"{item.number}: {item.title}")
        self.title.setStyleSheet("color: #7f1d1d;" if item.closed else "")
        lines = []
        if item.summary:
            lines.append(item.summary)
        if item.recommendation:
            lines.append(self.tr("Innstilling: {text}").format(text=item.recommendation))
        if has_recommendation(item):
            # R-5.2a: the chair says whether the committee had dissent
            lines.append(self.tr("Det er dissens i innstillingen.") if item.dissent else self.tr("Innstillingen er enstemmig."))
        if item.closed:
            lines.append(self.tr("Lukket sak: {basis}").format(basis=item.closed_basis))
        lines.append(QCoreApplication.translate("CurrentItemView", "«Ønsker noen ordet?»"))
        self.script.setText("\n\n".join(lines))
