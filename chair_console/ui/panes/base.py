from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from chair_console.procedure.state import MeetingState
from chair_console.ui.controller import MeetingController


class Pane(QWidget):
    """A pane: shows the committed state; sends actions to the controller; retranslates itself."""

    #: objectName of the pane widget; the dock around it is named OBJECT_NAME + "Dock"
    OBJECT_NAME = ""
    #: the dock's title, in Bokmål (translated in `title()`)
    TITLE = ""

    def __init__(self, controller: MeetingController) -> None:
        super().__init__()
        self.setObjectName(self.OBJECT_NAME)
        self.controller = controller
        controller.stateChanged.connect(self.set_state)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Panes", cls.TITLE)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.set_state(self.controller.state)
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass

    def set_state(self, state: MeetingState) -> None:  # pragma: no cover - overridden
        pass
