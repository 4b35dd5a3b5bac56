"""The hall display: a second-screen window for the room and the stream, one card per phase of the meeting
(hall_cards.hall_card): the speaker with the big countdown and the next five; in a vote the proposal being
voted on, then the result in big numbers and by group with a legend; a pause with the time the meeting
resumes; «Møtet er hevet»; and the time of day in the corner of every card. High contrast, legible from 20 m
at any resolution (fonts scale with the window), colours colour-blind viewers tell apart, with signs. While a
closed item is under debate (R-3.7a) it shows only «Lukket møte» and nothing of the item.

A plain layout per card, so the stream team can capture the window as it is."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTime, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStackedLayout, QVBoxLayout, QWidget

from chair_console.procedure.state import MeetingState, Phase
from chair_console.procedure.vote_words import independent_mark, result_sentence, subject_name, subject_text
from chair_console.procedure.vote_words import subjects_name  # noqa: I001 - all in the hall's own language
from chair_console.ui import hall_cards as cards
from chair_console.ui.controller import MeetingController
from chair_console.ui.hall_cards import ResultChart, TimeOfDay
from chair_console.ui.labels import SPEECH_KINDS
from chair_console.ui.speech_view import SpeechView, clock_text, speech_view
from chair_console.ui.vote_picture import by_group


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]

CLOCK_COLOURS = {"normal": "#ffffff", "warning": "#ffb020", "overtime": "#ff4d4d", "idle": "#7a7a7a"}


class HallDisplay(QWidget):
    _item_text = ""  # the item's line in full (the label may show it elided)

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
        self.picture = ResultChart(lambda source: self._t("HallDisplay", source))
        self.title = QLabel(objectName="hallMeetingTitle")  # idle
        self.vote_heading = QLabel(objectName="hallVotingHeading")  # a vote
        self.vote_subject = QLabel(objectName="hallVoteSubject")
        self.vote_text = QLabel(objectName="hallVoteSubjectText")
        self.result_subject = QLabel(objectName="hallResultSubject")  # its result
        self.count_labels = {k: QLabel(objectName=f"hall{k}Count") for k in ("For", "Against", "Blank")}
        self.count_captions = {k: QLabel(objectName=f"hall{k}Caption") for k in ("For", "Against", "Blank")}
        self.pause_title = QLabel(objectName="hallPause")  # a pause or suspension
        self.pause_resumes = QLabel(objectName="hallPauseResumes")
        self.adjourned = QLabel(objectName="hallAdjourned")
        self.time_of_day = TimeOfDay(self)
        outer = QVBoxLayout(self)  # the item's public title on top of the cards that are about it
        outer.setContentsMargins(40, 20, 40, 20)
        header = QHBoxLayout()  # the item's title, centred, clear of the time of day in the right corner
        self._balance = QWidget(objectName="hallHeaderBalance")
        header.addWidget(self._balance)
        header.addWidget(self.item, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the window
        policy.setRetainSizeWhenHidden(True)  # hidden, it still keeps the time of day in its corner
        self.item.setSizePolicy(policy)
        header.addWidget(self.time_of_day, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)
        self.pages = QStackedLayout()
        outer.addLayout(self.pages, 1)
        self._cards: dict[str, QWidget] = {}
        self._build_cards()
        for lab in self.findChildren(QLabel):  # in their cards now
            lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lab.setWordWrap(lab not in (self.clock, self.item, *self.count_labels.values()))
        self.upcoming.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.vote_text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        for key, colour in (("For", "#56b4e9"), ("Against", "#e69f00"), ("Blank", "#bbbbbb")):
            self.count_labels[key].setStyleSheet(f"color: {colour};")
            self.count_captions[key].setStyleSheet(f"color: {colour};")
        # Whether the meeting may be shown (a station of its own, `--role display`: only a log that passed its check;
        # meanwhile the idle card without a title). The console's own hall display is opened only when allowed.
        self.allowed: Callable[[], bool] = lambda: True
        controller.stateChanged.connect(lambda _s: self._refresh_if_shown())
        controller.heldChanged.connect(self._refresh_if_shown)
        self._timer = QTimer(self, interval=200)
        self._timer.timeout.connect(self._refresh_if_shown)
        self._timer.start()
        self.resize(1280, 720)
        self._scale_fonts()
        self.refresh()

    def showing_closed(self) -> bool:
        state: MeetingState = self.controller.state
        item = state.item(state.current_item)
        return item is not None and item.closed

    def _build_cards(self) -> None:
        """One page per card (hall_cards.hall_card): only the current card's labels are ever visible."""
        def page(name: str, margins: tuple[int, int, int, int] = (0, 10, 0, 10)) -> QVBoxLayout:
            widget = QWidget(objectName=f"hallCard_{name}")
            self._cards[name] = widget
            self.pages.addWidget(widget)
            layout = QVBoxLayout(widget)
            layout.setContentsMargins(*margins)
            return layout

        speech = page(cards.SPEECH)  # the speaker with the big clock, the next five beside
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addStretch(1)
        left.addWidget(self.name)
        left.addWidget(self.detail)
        left.addWidget(self.clock, 3)
        left.addStretch(1)
        row.addLayout(left, 3)
        row.addWidget(self.upcoming, 2)
        speech.addLayout(row, 1)

        voting = page(cards.VOTING_CARD)  # the proposal being voted on
        voting.addStretch(1)
        voting.addWidget(self.vote_heading)
        voting.addWidget(self.vote_subject)
        voting.addWidget(self.vote_text, 2)
        voting.addStretch(1)

        result = page(cards.RESULT)  # big numbers, the sentence, the groups with a legend
        result.addWidget(self.result_subject)
        numbers = QHBoxLayout()
        for key in ("For", "Against", "Blank"):
            column = QVBoxLayout()
            column.addWidget(self.count_labels[key])
            column.addWidget(self.count_captions[key])
            numbers.addLayout(column)
        result.addLayout(numbers, 2)
        result.addWidget(self.result)
        result.addWidget(self.picture, 3)

        pause = page(cards.PAUSE)
        pause.addStretch(1)
        pause.addWidget(self.pause_title)
        pause.addWidget(self.pause_resumes)
        pause.addStretch(1)

        self._cards[cards.CLOSED] = self.closed  # «Lukket møte» and nothing else (R-3.7a)
        self.pages.addWidget(self.closed)

        adjourned = page(cards.ADJOURNED)
        adjourned.addWidget(self.adjourned)

        idle = page(cards.IDLE)
        idle.addStretch(1)
        idle.addWidget(self.title)
        idle.addStretch(1)

    def card(self) -> str:
        """The card shown now (hall_cards: speech, voting, result, pause, closed, adjourned, idle)."""
        return self._card

    def _refresh_if_shown(self) -> None:
        """An event or the clock's tick: nothing to draw while the hall display is not shown (showEvent catches up)."""
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Show the card of the moment. Only what changed is set (an unchanged label is not repainted: the tick of the
        clock repaints the clock); the labels of the other cards are empty, so nothing of an earlier card lingers."""
        state = self.controller.state
        self.setWindowTitle(self._t("HallDisplay", QT_TRANSLATE_NOOP("HallDisplay", "Chair Console – salskjerm")))
        self.time_of_day.set_text(QTime.currentTime().toString("HH:mm"))
        view = speech_view(state, self.controller.service.now(), self.language)
        log = self.controller.service.log
        card = cards.hall_card(state, view.person is not None, log[-1].kind if log else None)
        if not self.allowed():  # not checked yet, or failed: nothing of the meeting
            card = cards.IDLE
        page = self._cards[card]
        for lab in self.findChildren(QLabel):  # QLabel.setText leaves the same text alone
            if lab is not page and lab is not self.item and not page.isAncestorOf(lab):
                lab.setText("")
        if card != cards.RESULT:
            self.picture.show_rows([])
        self._card = card
        self.item.setVisible(card in (cards.SPEECH, cards.VOTING_CARD, cards.RESULT, cards.IDLE))
        if card in (cards.SPEECH, cards.VOTING_CARD, cards.RESULT) or (card == cards.IDLE and state.current_item):
            self._item_text = self._item_line(state)
        else:
            self._item_text = ""
        self._fit_item()  # a long title shrinks, then is elided, never cut at both ends; set once
        self.layout().activate()
        getattr(self, f"_show_{card}")(state, view)
        self.pages.setCurrentWidget(page)

    def _show_closed(self, _state: MeetingState, _view: SpeechView) -> None:
        # R-3.7a: nothing of a closed item on the screen or the stream
        self.closed.setText(self._t("HallDisplay", QT_TRANSLATE_NOOP("HallDisplay", "Lukket møte")))

    def _item_line(self, state: MeetingState) -> str:
        # R-3.7a, R-3.6c: the hall and the stream are public: only the item's public title
        item = state.item(state.current_item)
        return f"{item.number}: {item.public_title}" if item else (state.info.title if state.info else "")

    def _show_speech(self, state: MeetingState, view: SpeechView) -> None:
        self.name.setText(view.name)
        self.detail.setText(f"{view.group} · {self._t('Labels', SPEECH_KINDS.get(view.kind or '', view.kind or ''))}")
        self.clock.setText(clock_text(view))
        colour = CLOCK_COLOURS["overtime" if view.overtime else "warning" if view.warning else "normal"]
        if self.clock.styleSheet() != f"color: {colour};":  # re-polished only when the colour changes
            self.clock.setStyleSheet(f"color: {colour};")
        self.upcoming.setText(self._upcoming(state))

    def _show_voting(self, state: MeetingState, _view: SpeechView) -> None:
        item = state.item(state.current_item)
        subject = cards.next_subject(state, item.id)
        self.vote_heading.setText(self._t("HallDisplay", QT_TRANSLATE_NOOP("HallDisplay", "Votering")))
        self.vote_subject.setText(_cap(subject_name(state, item.id, subject, self.language)))
        self.vote_text.setText(subject_text(state, item.id, subject, self.language))

    def _show_result(self, state: MeetingState, _view: SpeechView) -> None:
        item = state.item(state.current_item)
        vote = state.final_votes(item.id)[-1]
        self.result_subject.setText(_cap(subjects_name(state, item.id, vote.subjects, self.language)))
        self.result.setText(result_sentence(state, vote, self.language))
        numbers = cards.counts(vote)
        captions = {"For": (cards.FOR_SIGN, QT_TRANSLATE_NOOP("HallDisplay", "For")),
                    "Against": (cards.AGAINST_SIGN, QT_TRANSLATE_NOOP("HallDisplay", "Mot")),
                    "Blank": (cards.BLANK_SIGN, QT_TRANSLATE_NOOP("HallDisplay", "Blanke"))}
        for i, key in enumerate(("For", "Against", "Blank")):
            shown = numbers is not None
            self.count_labels[key].setVisible(shown)
            self.count_captions[key].setVisible(shown)
            if shown:
                sign, caption = captions[key]
                self.count_labels[key].setText(str(numbers[i]))
                self.count_captions[key].setText(f"{sign} {self._t('HallDisplay', caption)}")
            else:
                self.count_labels[key].setText("")
                self.count_captions[key].setText("")
        self.picture.show_rows(by_group(state, vote, self.language))

    def _show_pause(self, state: MeetingState, _view: SpeechView) -> None:
        if state.phase is Phase.SUSPENDED:
            title = QT_TRANSLATE_NOOP("HallDisplay", "Møtet er suspendert")
        else:
            title = QT_TRANSLATE_NOOP("HallDisplay", "Pause")
        self.pause_title.setText(self._t("HallDisplay", title))
        at = cards.resume_time(cards.last_pause_payload(self.controller.service.log))
        self.pause_resumes.setVisible(at is not None)
        self.pause_resumes.setText("" if at is None else
            self._t("HallDisplay", QT_TRANSLATE_NOOP("HallDisplay", "Møtet fortsetter kl. {time}")).format(time=at))

    def _show_adjourned(self, _state: MeetingState, _view: SpeechView) -> None:
        self.adjourned.setText(self._t("HallDisplay", QT_TRANSLATE_NOOP("HallDisplay", "Møtet er hevet")))

    def _show_idle(self, state: MeetingState, _view: SpeechView) -> None:
        self.title.setText(state.info.title if state.info and self.allowed() else "")

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

    def _upcoming(self, state: MeetingState) -> str:
        """«Neste:» and the next five on the list, one a line."""
        queue = state.queues.get(state.current_item or "", ())[:5]
        if not queue:
            return ""
        council = state.council
        lines = []
        for n, entry in enumerate(queue, 1):
            name, group = entry.person, ""
            gov = council.government_member(entry.person) if council is not None else None
            if gov is not None:
                name, group = gov.name, gov.title
            elif council is not None:
                name = council.name_of(entry.person)
                group = council.group_mark(entry.person, independent_mark(self.language))
            lines.append(f"{n}. {name}" + (f" ({group})" if group else ""))
        return self._t("SpeechView", "Neste: {names}").format(names="\n" + "\n".join(lines))

    def _scale_fonts(self) -> None:
        for lab, share, bold in (
            (self.item, 0.045, False),
            (self.name, 0.09, True),
            (self.detail, 0.05, False),
            (self.clock, 0.3, True),
            (self.upcoming, 0.045, False),
            (self.closed, 0.14, True),
            (self.result, 0.045, True),
            (self.title, 0.07, True),
            (self.vote_heading, 0.1, True),
            (self.vote_subject, 0.08, True),
            (self.vote_text, 0.04, False),
            (self.result_subject, 0.06, True),
            *((lab, 0.2, True) for lab in self.count_labels.values()),
            *((lab, 0.06, True) for lab in self.count_captions.values()),
            (self.pause_title, 0.18, True),
            (self.pause_resumes, 0.08, False),
            (self.adjourned, 0.14, True),
        ):
            font = QFont(lab.font())
            font.setPixelSize(cards.scaled_pixels(self, share))
            font.setBold(bold)
            lab.setFont(font)
        corner = cards.scaled_pixels(self, 0.06)
        self.time_of_day.setFixedSize(corner * 3, corner)
        self._balance.setFixedSize(corner * 3, 1)

    def _fit_item(self) -> None:
        """The item's title on one line: smaller down to 60 % of its size if it is long, then elided."""
        text = self._item_text
        font = QFont(self.item.font())
        full = cards.scaled_pixels(self, 0.045)
        room = max(100, self.width() - 2 * self.time_of_day.width() - 100)
        size = full
        font.setPixelSize(size)
        while size > full * 0.6 and QFontMetrics(font).horizontalAdvance(text) > room:
            size -= 1
            font.setPixelSize(size)
        if font != self.item.font():
            self.item.setFont(font)
        self.item.setText(QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, room))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._scale_fonts()
        self._fit_item()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
