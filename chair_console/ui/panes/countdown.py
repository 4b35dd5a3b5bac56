"""Countdown (taletid): the speech under way, large — name, group, kind, time left; the last 30 seconds
in amber, overtime in red counting up. One key moves on (F8: end this speech, give the floor to the
next). Computed from stored instants: after a restart it shows the right time."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from chair_console.i18n import current_language  # the operator's language («uavh.» / «ind.»)
from chair_console.procedure import events as ev
from chair_console.procedure.state import MeetingState, Phase
from chair_console.procedure.agenda import QUESTION_HOUR  # noqa: I001
from chair_console.procedure.timebase import elapsed_seconds
from chair_console.timefmt import hms
from chair_console.procedure import speaker_rules  # noqa: I001 - the chair's handover (R-5.5b)
from chair_console.ui.chair_handover import handover_payload
from chair_console.ui.labels import SPEECH_KINDS, label
from chair_console.ui.panes.base import Pane
from chair_console.ui.speech_view import clock_text, speech_view, upcoming_text

COLOURS = {"normal": "#111827", "warning": "#b45309", "overtime": "#b00020", "idle": "#6b7280"}
IDLE_CLOCK = "—:—"  # nobody has the floor (drawn in the idle grey)




class CountdownPane(Pane):
    OBJECT_NAME = "countdownPane"
    TITLE = QT_TRANSLATE_NOOP("Panes", "Taletid")
    DEFER_WHEN_HIDDEN = False  # it keeps time on its own timer, shown or not: the clock is never behind the log

    def __init__(self, controller) -> None:  # noqa: ANN001
        super().__init__(controller)
        self.name = QLabel(objectName="countdownName")
        self.detail = QLabel(objectName="countdownDetail")
        self.clock = QLabel(objectName="countdownDisplay")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.upcoming = QLabel(objectName="countdownNext")
        self.meeting_time = QLabel(objectName="countdownCaption")
        for lab, size, bold in ((self.name, 18, True), (self.detail, 12, False), (self.clock, 54, True)):
            font = QFont()
            font.setPointSize(size)
            font.setBold(bold)
            lab.setFont(font)
        self.next_button = QPushButton(objectName="nextSpeakerButton")
        self.pause_button = QPushButton(objectName="pauseSpeechButton")
        self.end_button = QPushButton(objectName="endSpeechButton")
        self.warning_button = QPushButton(objectName="orderWarningButton")
        self.exclude_button = QPushButton(objectName="excludeMemberButton")
        self.exclude_button.clicked.connect(self.put_exclusion_to_vote)
        self.sound = QCheckBox(objectName="soundAtZero")
        self.next_button.clicked.connect(self.next_speaker)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.end_button.clicked.connect(self.end_speech)
        self.warning_button.clicked.connect(self.warn)
        for key, slot in (("F8", self.next_speaker), ("F7", self.toggle_pause), ("F6", self.end_speech)):
            QShortcut(QKeySequence(key), self, activated=slot, context=Qt.ShortcutContext.WindowShortcut)
        buttons = QGridLayout()
        buttons.addWidget(self.next_button, 0, 0, 1, 2)
        buttons.addWidget(self.pause_button, 1, 0)
        buttons.addWidget(self.end_button, 1, 1)
        buttons.addWidget(self.warning_button, 2, 0)
        buttons.addWidget(self.sound, 2, 1)
        buttons.addWidget(self.exclude_button, 3, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.detail)
        layout.addWidget(self.clock, 1)
        layout.addWidget(self.upcoming)
        layout.addLayout(buttons)
        layout.addWidget(self.meeting_time)
        self._beeped_for: str | None = None
        self._timer = QTimer(self, interval=200)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.retranslate()
        self.set_state(controller.state)

    def retranslate(self) -> None:
        self.next_button.setText(self.tr("Neste taler (F8)"))
        self.pause_button.setText(self.tr("Pause / fortsett (F7)"))
        self.end_button.setText(self.tr("Avslutt innlegget (F6)"))
        self.warning_button.setText(self.tr("Be taleren holde seg til saken (R-5.6a)"))
        self.sound.setText(self.tr("Lydsignal ved null"))
        self.exclude_button.setText(self.tr("La bystyret stemme over å utelukke taleren (R-5.6a)"))

    def set_state(self, state: MeetingState) -> None:
        self.refresh()

    # -- display -----------------------------------------------------------------------

    def colour_state(self) -> str:
        view = speech_view(self.controller.state, self.controller.service.now())
        if view.person is None:
            return "idle"
        return "overtime" if view.overtime else "warning" if view.warning else "normal"

    def refresh(self) -> None:
        state = self.controller.state
        now = self.controller.service.now()
        view = speech_view(state, now, current_language())
        if view.person is None:
            self.name.setText(self.tr("Ingen har ordet"))
            self.detail.setText("")
            self.clock.setText(IDLE_CLOCK)  # issue 17: never «0:00», which reads as time up
        else:
            self.name.setText(view.name)
            detail = f"{view.group} · {label(SPEECH_KINDS, view.kind)}"
            if view.paused:
                detail += " · " + self.tr("PAUSE")
            self.detail.setText(detail)
            self.clock.setText(clock_text(view))
            if view.overtime and self.sound.isChecked() and self._beeped_for != view.person:
                self._beeped_for = view.person
                QApplication.beep()
        speaker = state.speech.entry.person if state.speech else None
        warned = state.warnings.get(state.current_item or "", {}).get(speaker, 0) if speaker else 0
        self.exclude_button.setVisible(warned >= 2)  # R-5.6a: the next step after two requests
        colour = COLOURS["idle" if view.person is None else "overtime" if view.overtime
                         else "warning" if view.warning else "normal"]  # colour_state(), from the view at hand
        style = f"color: {colour};"
        if self.clock.styleSheet() != style:  # a new style sheet re-polishes the label: only when the colour changes
            self.clock.setStyleSheet(style)
        self.upcoming.setText(upcoming_text(view))
        if state.opened_at is None:
            self.meeting_time.setText(self.tr("Møtetid 0:00:00"))
        else:
            end = state.adjourned_at if state.phase is Phase.ADJOURNED else now
            local = state.opened_at.as_datetime().astimezone()
            self.meeting_time.setText(
                self.tr("Møtetid {time} (satt kl. {start})").format(
                    time=hms(elapsed_seconds(state.opened_at, end)), start=local.strftime("%H:%M")
                )
            )

    # -- actions -------------------------------------------------------------------------

    def _name(self, person: str) -> str:
        return self.controller.state.council.name_of(person)

    def next_speaker(self) -> bool:
        """End the speech under way and give the floor to the next: one key, one event, one undo."""
        state = self.controller.state
        item = state.current_item
        if item is None:
            self.controller.refused.emit(self.tr("Ingen sak er til behandling."))
            return False
        if state.item(item).kind == QUESTION_HOUR:  # the question hour's own sequence (R-6c)
            return self.controller.perform(ev.QUESTION_STEP, {"item": item}, lambda: self.tr("Neste steg i spørretimen"))
        queue = state.queues.get(item, ())
        # R-5.5b: the chair next to speak hands the chair over on the speech's own event; it comes back from the log
        # when the speech ends (procedure/attendance.py), so nothing is kept in this widget
        after = speaker_rules.end_speech(state, self.controller.service.now())
        extra = handover_payload(self, after, self.controller.refused, queue[0] if queue else None)
        if extra is None:
            return False
        name = self._name(queue[0].person) if queue else ""
        return self.controller.perform(
            ev.SPEECH_NEXT, {"item": item, **extra},
            lambda: self.tr("Neste taler: {name}").format(name=name) if name else self.tr("Avslutt innlegget"),
        )

    def toggle_pause(self) -> bool:
        speech = self.controller.state.speech
        if speech is None:
            return False
        if speech.paused:
            return self.controller.perform(ev.SPEECH_RESUMED, {}, lambda: self.tr("Fortsett taletiden"))
        return self.controller.perform(ev.SPEECH_PAUSED, {}, lambda: self.tr("Stopp taletiden"))

    def end_speech(self) -> bool:
        speech = self.controller.state.speech
        if speech is None:
            return False
        return self.controller.perform(ev.SPEECH_ENDED, {}, lambda: self.tr("Avslutt innlegget"))

    def put_exclusion_to_vote(self) -> bool:
        from chair_console.ui.panes.agenda import ask_vote_count

        state = self.controller.state
        if state.speech is None:
            return False
        person, item = state.speech.entry.person, state.speech.entry.item
        payload = ask_vote_count(
            self, state, item, self.tr("Utelukkelse"),
            self.tr("Votering over å utelukke {name} fra møtet (R-5.6a). Hvor mange stemte for?").format(
                name=self._name(person)
            ),
        )
        if payload is None:
            return False
        return self.controller.perform(
            ev.MEMBER_EXCLUDED, {"item": item, "member": person, **payload},
            lambda: self.tr("{name} utelukket").format(name=self._name(person)),
        )

    def warn(self) -> bool:
        state = self.controller.state
        if state.speech is None:
            return False
        person = state.speech.entry.person
        done = self.controller.perform(
            ev.ORDER_WARNING,
            {"item": state.speech.entry.item, "person": person},
            lambda: self.tr("Advarsel til {name}").format(name=self._name(person)),
        )
        if done and self.controller.state.warnings.get(state.speech.entry.item, {}).get(person) == 2:
            self.controller.refused.emit(
                self.tr(
                    "{name} er nå bedt to ganger om å holde seg til saken (R-5.6a). Neste skritt: be taleren forlate "
                    "talerstolen, eller la bystyret stemme over å utelukke medlemmet fra møtet."
                ).format(name=self._name(person))
            )
        return done
