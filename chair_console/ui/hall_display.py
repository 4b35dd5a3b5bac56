"""The hall display: a second-screen window for the room and the stream — the item, the speaker, the big
countdown and the next three speakers, high contrast and legible from 20 m at any resolution. While a
closed item is under debate (R-3.7a) it shows only «Lukket møte» and nothing of the item.

A plain, fixed layout, so the stream team can capture the window as it is."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from chair_console.procedure.state import MeetingState
from chair_console.procedure.vote_words import result_sentence
from chair_console.ui.controller import MeetingController
from chair_console.ui.labels import SPEECH_KINDS
from chair_console.ui.speech_view import clock_text, speech_view
from chair_console.ui.vote_picture import VotePicture

CLOCK_COLOURS = {"normal": "#ffffff", "warning": "#ffb020", "overtime": "#ff4d4d", "idle": "#7a7a7a"}


class HallDisplay(QWidget):
    def __init__(self, controller: MeetingController, owner: QWidget | None = None) -> None:
        # Its own window, but owned by the main window: it goes when the console goes.
        super().__init__(owner, Qt.WindowType.Window)
        self.setObjectName("hallDisplay")
        self.controller = controller
        self.language = "nb"  # chosen on its own (View ▸ Salskjermens språk): the hall is Norwegian by default
        self._translator: QTranslator | None = None
        self.setStyleSheet("#hallDisplay { background: #000000; } QLabel { color: #ffffff; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.item = QLabel(objectName="hallItem")
        self.name = QLabel(objectName="hallSpeaker")
        self.detail = QLabel(objectName="hallSpeakerDetail")
        self.clock = QLabel(objectName="hallClock")
        self.upcoming = QLabel(objectName="hallNext")
        self.closed = QLabel(objectName="hallClosed")
        self.result = QLabel(objectName="hallVoteResult")
        self.picture = VotePicture(dark=True)
        for lab in (self.item, self.name, self.detail, self.clock, self.upcoming, self.closed, self.result):
            lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lab.setWordWrap(lab is not self.clock)
        open_page = QWidget()
        layout = QVBoxLayout(open_page)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(self.item)
        layout.addStretch(1)
        layout.addWidget(self.name)
        layout.addWidget(self.detail)
        layout.addWidget(self.clock, 3)
        layout.addWidget(self.upcoming)
        layout.addWidget(self.result)
        layout.addWidget(self.picture, 2)
        layout.addStretch(1)
        self.pages = QStackedLayout(self)
        self.pages.addWidget(open_page)
        self.pages.addWidget(self.closed)
        controller.stateChanged.connect(lambda _s: self.refresh())
        self._timer = QTimer(self, interval=200)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.resize(1280, 720)
        self._scale_fonts()
        self.refresh()

    def showing_closed(self) -> bool:
        state: MeetingState = self.controller.state
        item = state.item(state.current_item)
        return item is not None and item.closed

    def refresh(self) -> None:
        state = self.controller.state
        self.setWindowTitle(self._t("HallDisplay", QT_TRANSLATE_NOOP("HallDisplay", "Chair Console – salskjerm")))
        if self.showing_closed():  # R-3.7a: nothing of a closed item on the screen or the stream
            for lab in (self.item, self.name, self.detail, self.clock, self.upcoming):
                lab.setText("")
            self.closed.setText(self._t("HallDisplay", QT_TRANSLATE_NOOP("HallDisplay", "Lukket møte")))
            self.pages.setCurrentWidget(self.closed)
            return
        self.pages.setCurrentIndex(0)
        item = state.item(state.current_item)
        # R-3.7a, R-3.6c: the hall and the stream are public: only the item's public title
        self.item.setText(f"{item.number}: {item.public_title}" if item else (state.info.title if state.info else ""))
        view = speech_view(state, self.controller.service.now())
        last_vote = state.final_votes(item.id)[-1] if item is not None and state.final_votes(item.id) else None
        showing_vote = view.person is None and last_vote is not None  # between speeches: the latest vote
        self.result.setVisible(showing_vote)
        self.picture.setVisible(showing_vote)
        if showing_vote:
            self.result.setText(result_sentence(state, last_vote))
            self.picture.show_vote(state, last_vote)
        if view.person is None:
            self.name.setText("")
            self.detail.setText("")
            self.clock.setText("")
            colour = CLOCK_COLOURS["idle"]
        else:
            self.name.setText(view.name)
            self.detail.setText(f"{view.group} · {self._t('Labels', SPEECH_KINDS.get(view.kind or '', view.kind or ''))}")
            self.clock.setText(clock_text(view))
            colour = CLOCK_COLOURS["overtime" if view.overtime else "warning" if view.warning else "normal"]
        self.clock.setStyleSheet(f"color: {colour};")
        self.upcoming.setText(self._upcoming(view))

    # -- its own language ----------------------------------------------------------------------

    def set_language(self, code: str, qm_file: object | None) -> bool:
        """Show the hall in `code` (its .qm file), whatever language the operator reads; False if missing."""
        if code == "nb":
            self._translator, self.language = None, code
        else:
            translator = QTranslator(self)
            if qm_file is None or not translator.load(str(qm_file)):
                return False
            self._translator, self.language = translator, code
        self.refresh()
        return True

    def _t(self, context: str, source: str) -> str:
        """`source` (Bokmål) in the hall's language, with its own translator, not the application's."""
        if self._translator is None or not source:
            return source
        return self._translator.translate(context, source) or source

    def _upcoming(self, view) -> str:  # noqa: ANN001 - a SpeechView
        if not view.next_speakers:
            return ""
        names = "  ·  ".join(f"{n} ({g})" for n, g in view.next_speakers)
        return self._t("SpeechView", "Neste: {names}").format(names=names)

    def _scale_fonts(self) -> None:
        h = max(200, self.height())
        for lab, share, bold in (
            (self.item, 0.045, False),
            (self.name, 0.09, True),
            (self.detail, 0.05, False),
            (self.clock, 0.3, True),
            (self.upcoming, 0.04, False),
            (self.closed, 0.14, True),
            (self.result, 0.05, True),
        ):
            font = QFont(lab.font())
            font.setPixelSize(max(10, int(h * share)))
            font.setBold(bold)
            lab.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._scale_fonts()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
