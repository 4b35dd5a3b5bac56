"""The centre of the window: the item under debate and what the chair says (R-5.2a), in large type."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from chair_console.procedure.state import MeetingState
from chair_console.procedure import chair_script as cs  # noqa: I001 - the script and banner by phase (issue 17)
from chair_console.ui.controller import MeetingController


# the banner's words and colours by phase (the phase itself: procedure/chair_script.py)
BANNERS = {
    cs.ROLL_CALL: (QT_TRANSLATE_NOOP("CurrentItemView", "NAVNEOPPROP"), "#374151"),
    cs.OPEN: (QT_TRANSLATE_NOOP("CurrentItemView", "MØTET ER SATT"), "#374151"),
    cs.DEBATE: (QT_TRANSLATE_NOOP("CurrentItemView", "DEBATT"), "#1e3a8a"),
    cs.QUESTION_HOUR_PHASE: (QT_TRANSLATE_NOOP("CurrentItemView", "SPØRRETIME"), "#155e75"),
    cs.VOTING_PHASE: (QT_TRANSLATE_NOOP("CurrentItemView", "VOTERING"), "#6b21a8"),
    cs.DECIDED: (QT_TRANSLATE_NOOP("CurrentItemView", "SAKEN ER AVGJORT"), "#374151"),
    cs.PAUSED: (QT_TRANSLATE_NOOP("CurrentItemView", "PAUSE"), "#92400e"),
    cs.SUSPENDED: (QT_TRANSLATE_NOOP("CurrentItemView", "MØTET ER SUSPENDERT"), "#92400e"),
    cs.ADJOURNED: (QT_TRANSLATE_NOOP("CurrentItemView", "MØTET ER HEVET"), "#111827"),
}
CLOSED_BANNER = QT_TRANSLATE_NOOP("CurrentItemView", "LUKKET MØTE")
CLOSED_COLOUR = "#7f1d1d"
# the script's templates (procedure/chair_script.py), for the translation tools
SCRIPT_WORDS = (
    QT_TRANSLATE_NOOP("CurrentItemView", "Innstilling: {text}"),
    QT_TRANSLATE_NOOP("CurrentItemView", "Det er dissens i innstillingen."),
    QT_TRANSLATE_NOOP("CurrentItemView", "Innstillingen er enstemmig."),
    QT_TRANSLATE_NOOP("CurrentItemView", "Lukket sak: {basis}"),
    QT_TRANSLATE_NOOP("CurrentItemView", "«Ønsker noen ordet?»"),
    QT_TRANSLATE_NOOP("CurrentItemView", "Til stede: {present} av {seats}."),
    QT_TRANSLATE_NOOP("CurrentItemView", "Bystyret er beslutningsdyktig."),
    QT_TRANSLATE_NOOP("CurrentItemView", "Bystyret er ikke beslutningsdyktig: {required} må være til stede."),
    QT_TRANSLATE_NOOP("CurrentItemView", "«Møtet er hevet.»"),
    QT_TRANSLATE_NOOP("CurrentItemView", "«Møtet er suspendert.»"),
    QT_TRANSLATE_NOOP("CurrentItemView", "«Møtet er avbrutt for pause.»"),
    QT_TRANSLATE_NOOP("CurrentItemView", "«Møtet fortsetter kl. {time}.»"),
    QT_TRANSLATE_NOOP("CurrentItemView", "«Vi går til votering over {subject}.»"),
)


def script_text(script: cs.ChairScript) -> str:
    """The script's lines in the operator's language (the values — names, sentences — as recorded)."""
    return "\n\n".join(
        QCoreApplication.translate("CurrentItemView", line.template).format(**line.params) for line in script.lines
    )


def banner_text(script: cs.ChairScript) -> str:
    words = QCoreApplication.translate("CurrentItemView", BANNERS[script.phase][0])
    if script.closed:
        return QCoreApplication.translate("CurrentItemView", CLOSED_BANNER) + " · " + words
    return words


class CurrentItemView(QWidget):
    def __init__(self, controller: MeetingController) -> None:
        super().__init__(objectName="currentItemView")
        self.controller = controller
        self.meeting = QLabel(objectName="currentMeetingTitle")
        self.title = QLabel(objectName="currentItemTitle")
        self.script = QLabel(objectName="chairScript")
        self.banner = QLabel(objectName="phaseBanner")  # issue 17: the state at a glance
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        banner_font = QFont()
        banner_font.setPointSize(26)
        banner_font.setBold(True)
        self.banner.setFont(banner_font)
        for label_, size, bold in ((self.meeting, 12, False), (self.title, 22, True), (self.script, 16, False)):
            font = QFont()
            font.setPointSize(size)
            font.setBold(bold)
            label_.setFont(font)
            label_.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.banner)
        layout.addWidget(self.meeting)
        layout.addSpacing(8)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        # The script can be longer than the column is high (a long recommendation at 1366×768): it scrolls in its
        # own area rather than being drawn over the title.
        self.script.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.script_area = QScrollArea(objectName="chairScriptArea")
        self.script_area.setWidgetResizable(True)
        self.script_area.setFrameShape(QFrame.Shape.NoFrame)
        self.script_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.script_area.setWidget(self.script)
        layout.addWidget(self.script_area, 1)
        controller.stateChanged.connect(self.set_state)
        self.set_state(controller.state)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.set_state(self.controller.state)
        super().changeEvent(event)

    def set_state(self, state: MeetingState) -> None:
        script = cs.chair_script(state)
        self.banner.setText(banner_text(script))
        colour = CLOSED_COLOUR if script.closed else BANNERS[script.phase][1]
        self.banner.setStyleSheet(f"background: {colour}; color: #ffffff; padding: 6px; border-radius: 4px;")
        info = state.info
        self.meeting.setText(f"{info.title} — {info.place}" if info else "")
        item = state.item(state.current_item)
        if item is None:
            self.title.setStyleSheet("")
            self.title.setText(self.tr("Ingen sak til behandling"))
            self.script.setText(script_text(script))
            return
        self.title.setText(f"{item.number}: {item.title}")
        self.title.setStyleSheet("color: #7f1d1d;" if item.closed else "")
        self.script.setText(script_text(script))
