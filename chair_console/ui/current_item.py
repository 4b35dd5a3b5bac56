"""The centre of the window: the item under debate and what the chair says (R-5.2a), in large type."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from chair_console.i18n import current_language  # the operator's language, for the vote words in the script
from chair_console.procedure.state import MeetingState
from chair_console.procedure import chair_script as cs  # noqa: I001 - the script and banner by phase (issue 17)
from chair_console.ui.controller import MeetingController
from chair_console.ui.incremental import SPEAKING, same_slice, state_slice


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
    QT_TRANSLATE_NOOP("CurrentItemView", "Bystyret er vedtaksført."),
    QT_TRANSLATE_NOOP("CurrentItemView", "Bystyret er ikke vedtaksført: {required} må være til stede."),
    QT_TRANSLATE_NOOP("CurrentItemView", "«Møtet er hevet.»"),
    QT_TRANSLATE_NOOP("CurrentItemView", "«Møtet er suspendert.»"),
    QT_TRANSLATE_NOOP("CurrentItemView", "«Møtet er avbrutt for pause.»"),
    QT_TRANSLATE_NOOP("CurrentItemView", "«Møtet fortsetter kl. {time}.»"),
    QT_TRANSLATE_NOOP("CurrentItemView", "«Vi går til votering over {subject}.»"),
    QT_TRANSLATE_NOOP("CurrentItemView", "Saken kan ikke avgjøres: møtelederen eller minst en tredjedel av de møtende motsetter seg vedtak (R-3.2c). Gå videre til neste sak."),
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
    _shown: tuple | None = None  # the parts of the state shown now (incremental: issue 17)

    def __init__(self, controller: MeetingController) -> None:
        super().__init__(objectName="currentItemView")
        self.controller = controller
        self.meeting = QLabel(objectName="currentMeetingTitle")
        self.title = QLabel(objectName="currentItemTitle")
        self.script = QLabel(objectName="chairScript")
        self.banner = QLabel(objectName="phaseBanner")  # issue 17: the state at a glance
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)  # «LUKKET MØTE» on two lines in a narrow centre (the votes pane is wide)
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
        for label_ in (self.banner, self.meeting, self.title):
            label_.setMinimumWidth(120)  # a long word never widens the centre past the phase's panes
        self._scale = 1.0
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

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Smaller letters in a narrow centre (the secretary's station, the votes pane's wide phase), so that the
        title is read in whole words: full size from 480 px, down to 60 %."""
        super().resizeEvent(event)
        scale = round(max(0.6, min(1.0, event.size().width() / 480)), 1)
        if scale != self._scale:
            self._scale = scale
            for label_, size, least in ((self.banner, 26, 20), (self.meeting, 12, 9), (self.title, 22, 14),
                                        (self.script, 16, 11)):
                font = label_.font()  # the banner stays large: the state at a glance (it wraps instead)
                font.setPointSize(max(least, round(size * scale)))
                label_.setFont(font)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._shown = None  # the same state, in the new language
            self.set_state(self.controller.state)
        super().changeEvent(event)

    def set_state(self, state: MeetingState) -> None:
        shown = state_slice(state, SPEAKING)  # the script and the banner say nothing of the speakers
        if same_slice(shown, self._shown):
            return
        self._shown = shown
        script = cs.chair_script(state, current_language())
        self.banner.setText(banner_text(script))
        colour = CLOSED_COLOUR if script.closed else BANNERS[script.phase][1]
        style = f"background: {colour}; color: #ffffff; padding: 6px; border-radius: 4px;"
        if self.banner.styleSheet() != style:  # a new style sheet re-polishes: only when the phase's colour changes
            self.banner.setStyleSheet(style)
        info = state.info
        self.meeting.setText(f"{info.title} — {info.place}" if info else "")
        item = state.item(state.current_item)
        if item is None:
            if self.title.styleSheet():
                self.title.setStyleSheet("")
            self.title.setText(self.tr("Ingen sak til behandling"))
            self.script.setText(script_text(script))
            return
        self.title.setText(f"{item.number}: {item.title}")
        style = "color: #7f1d1d;" if item.closed else ""
        if self.title.styleSheet() != style:
            self.title.setStyleSheet(style)
        self.script.setText(script_text(script))
