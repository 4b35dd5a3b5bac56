"""Question hour (spørretime, R-6): the registered questions in the chair's order, the fixed sequence led
one key per step (F9), follow-ups, declining to answer, and the hour's remaining time with a warning when
the next question cannot fit. The countdown and the hall display show each step's time."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from chair_console.procedure import events as ev
from chair_console.procedure import question_hour as qh
from chair_console.procedure.state import MeetingState
from chair_console.procedure.agenda import question_hour_item  # noqa: I001
from chair_console.procedure.question_rules import question_hour_left
from chair_console.timefmt import mmss
from chair_console.ui.accessibility import describe
from chair_console.ui.labels import QUESTION_STATUSES, SPEECH_KINDS, label
from chair_console.ui.panes.base import Pane


class QuestionHourPane(Pane):
    OBJECT_NAME = "questionHourPane"
    TITLE = QT_TRANSLATE_NOOP("Panes", "Spørretime")
    IGNORES = frozenset({"queues", "speeches", "warnings", "chair_handover"})  # the running speech only (its step)

    def __init__(self, controller) -> None:  # noqa: ANN001
        super().__init__(controller)
        self.heading = QLabel(objectName="questionHourHeading")
        self.heading.setWordWrap(True)
        self.clock = QLabel(objectName="questionHourLeft")
        self.questions = QListWidget(objectName="questionList")
        for keys, step in (("Alt+Up", -1), ("Alt+Down", +1)):
            QShortcut(QKeySequence(keys), self.questions, activated=lambda s=step: self.move(s),
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.asker = QComboBox(objectName="questionAsker")
        self.to = QComboBox(objectName="questionTo")
        self.topic = QLineEdit(objectName="questionTopic")
        self.register_button = QPushButton(objectName="registerQuestionButton")
        self.register_button.clicked.connect(self.register)
        self.step_label = QLabel(objectName="questionStep")
        self.step_label.setWordWrap(True)
        self.step_button = QPushButton(objectName="questionStepButton")
        self.step_button.clicked.connect(self.step)
        QShortcut(QKeySequence("F9"), self, activated=self.step, context=Qt.ShortcutContext.WindowShortcut)
        # R-6c: the supplementary question is the asker's right, not a duty: the asker may go without it
        self.waive_button = QPushButton(objectName="waiveSupplementaryButton")
        self.waive_button.clicked.connect(self.waive_supplementary)
        self.waive_button.setEnabled(False)
        self.follow_up = QComboBox(objectName="followUpPerson")
        self.follow_up_button = QPushButton(objectName="followUpButton")
        self.follow_up_button.clicked.connect(self.add_follow_up)
        # R-6c: a settebyråd answers for the city government member asked when that member is absent
        self.answered_by_label = QLabel(objectName="questionAnsweredByLabel")
        self.answered_by = QComboBox(objectName="questionAnsweredBy")
        self.answered_by_label.setBuddy(self.answered_by)
        self.answered_by.activated.connect(self._answerer_chosen)
        self.questions.currentItemChanged.connect(lambda *_a: self._fill_answerer(self.controller.state))
        self._answer_question: str | None = None  # the question «Svarer:» is about
        self.decline_button = QPushButton(objectName="declineButton")
        self.decline_button.clicked.connect(self.decline)
        self.end_button = QPushButton(objectName="endQuestionHourButton")
        self.end_button.clicked.connect(self.end_hour)
        grid = QGridLayout()
        grid.addWidget(self.asker, 0, 0)
        grid.addWidget(self.to, 0, 1)
        grid.addWidget(self.topic, 1, 0)
        grid.addWidget(self.register_button, 1, 1)
        grid.addWidget(self.step_button, 2, 0)
        grid.addWidget(self.waive_button, 2, 1)
        grid.addWidget(self.follow_up, 3, 0)
        grid.addWidget(self.follow_up_button, 3, 1)
        grid.addWidget(self.decline_button, 4, 0)
        grid.addWidget(self.end_button, 4, 1)
        grid.addWidget(self.answered_by_label, 5, 0)
        grid.addWidget(self.answered_by, 5, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.clock)
        layout.addWidget(self.questions, 1)
        layout.addWidget(self.step_label)
        layout.addLayout(grid)
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._show_clock)
        self._timer.start()
        self.retranslate()
        self.set_state(controller.state)

    def retranslate(self) -> None:
        self.topic.setPlaceholderText(self.tr("Hva spørsmålet gjelder"))
        self.register_button.setText(self.tr("Registrer spørsmål"))
        self.step_button.setText(self.tr("Neste steg (F9)"))
        self.waive_button.setText(self.tr("Uten tilleggsspørsmål"))
        describe(self.waive_button, self.tr("Uten tilleggsspørsmål"), tip=self.tr(
            "Spørsmålsstilleren bruker ikke retten til et tilleggsspørsmål; går rett videre til "
            "oppfølgingsspørsmålene eller neste spørsmål (R-6c)"))
        self.follow_up_button.setText(self.tr("Oppfølgingsspørsmål"))
        self.decline_button.setText(self.tr("Svarer ikke (avslår)"))
        self.end_button.setText(self.tr("Avslutt spørretimen"))
        self.answered_by_label.setText(self.tr("Svarer:"))

    def item_id(self, state: MeetingState) -> str | None:
        return question_hour_item(state.agenda)

    def set_state(self, state: MeetingState) -> None:
        item_id = self.item_id(state)
        council = state.council
        if item_id is None or council is None:
            self.heading.setText(self.tr("Ingen spørretime i dette møtet."))
            return
        current = state.current_item == item_id
        self.heading.setText(
            self.tr("Spørretimen pågår (60 minutter, R-6a).") if current
            else self.tr("Spørretime på sakslisten (60 minutter, R-6a).")
        )
        selected = self.selected_question()
        self.questions.clear()
        for n, q in enumerate(state.questions.get(item_id, ()), start=1):
            text = self.tr("{n}. {asker} ({group}) til {to}: {topic} – {status}").format(
                n=n, asker=council.name_of(q.asker), group=council.group_mark(q.asker, self.tr("uavh.")),
                to=council.name_of(q.to), topic=q.topic, status=label(QUESTION_STATUSES, q.status),
            )
            if q.answered_by:  # R-6c: a settebyråd answers
                text += " " + self.tr("(svar ved {name}, settebyråd)").format(name=council.name_of(q.answered_by))
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, q.id)
            self.questions.addItem(row)
            if q.id == selected:
                self.questions.setCurrentItem(row)
        self._fill_people(state)
        self._fill_answerer(state)
        q = state.running_question(item_id)
        self.waive_button.setEnabled(current and qh.supplementary_due(q))  # R-6c: only when the supplementary is next
        if q is None or state.speech is None:
            self.step_label.setText(self.tr("F9 starter neste spørsmål."))
        else:
            nxt = qh.next_step(q)
            following = label(SPEECH_KINDS, nxt[0]) if nxt else self.tr("neste spørsmål")
            self.step_label.setText(
                self.tr("Nå: {kind} – {name}. Neste (F9): {next}.").format(
                    kind=label(SPEECH_KINDS, state.speech.entry.kind), name=council.name_of(state.speech.entry.person),
                    next=following,
                )
            )
        self._show_clock()

    def _fill_people(self, state: MeetingState) -> None:
        council = state.council
        if self.asker.count() == 0:
            for person in sorted([*council.members, *council.substitutes], key=lambda p: p.name):
                self.asker.addItem(person.name, person.id)
            mayor = council.holder_of("ordfører")
            if mayor is not None:
                self.to.addItem(self.tr("{name} (ordfører)").format(name=mayor.name), mayor.id)
            for g in council.government:
                self.to.addItem(f"{g.name} ({g.title})", g.id)
        current = self.follow_up.currentData()
        self.follow_up.clear()
        for person in sorted(state.seated().values(), key=council.name_of):
            self.follow_up.addItem(council.name_of(person), person)
        self.follow_up.setCurrentIndex(max(0, self.follow_up.findData(current)))

    def answer_target(self, state: MeetingState) -> qh.Question | None:
        """The question «Svarer:» is about: the one under way, else the waiting one selected, else the next waiting."""
        item_id = self.item_id(state)
        questions = state.questions.get(item_id or "", ())
        running = state.running_question(item_id)
        if running is not None:
            return running
        selected = self.selected_question()
        waiting = [q for q in questions if q.status == qh.WAITING]
        return next((q for q in waiting if q.id == selected), waiting[0] if waiting else None)

    def _fill_answerer(self, state: MeetingState) -> None:
        """«Svarer:» the person asked (default), or a present member of the city government standing in for them when
        they are absent (R-6c); only a question to a city government member who is absent can change it."""
        council = state.council
        combo = self.answered_by
        combo.blockSignals(True)
        combo.clear()
        q = self.answer_target(state) if council is not None else None
        self._answer_question = q.id if q is not None else None
        if q is None:
            combo.setEnabled(False)
            combo.blockSignals(False)
            return

        def name(person: str) -> str:
            g = council.government_member(person)
            return f"{g.name} ({g.title})" if g is not None and g.title else council.name_of(person)

        asked_away = council.government_member(q.to) is not None and q.to not in state.government_present
        first = name(q.to) + (" – " + self.tr("ikke til stede") if asked_away else "")
        combo.addItem(first, q.to)
        for g in council.government:  # the stand-ins — and the one chosen, so that it can be set back
            if g.id != q.to and (asked_away and g.id in state.government_present or g.id == q.answered_by):
                combo.addItem(name(g.id), g.id)
        combo.setCurrentIndex(max(0, combo.findData(q.answered_by or q.to)))
        combo.setEnabled(combo.count() > 1)
        combo.blockSignals(False)

    def _answerer_chosen(self, index: int) -> None:
        if self._answer_question is not None:
            self.set_answerer(self.answered_by.itemData(index))

    def set_answerer(self, person: str | None) -> bool:
        """R-6c: `person` answers the question «Svarer:» is about (question.answerer_set); refused: shown again."""
        state = self.controller.state
        done = self.controller.perform(
            ev.QUESTION_ANSWERER_SET,
            {"item": self.item_id(state), "question": self._answer_question, "answered_by": person},
            lambda: self.tr("Settebyråd svarer"),
        )
        if not done:
            self._fill_answerer(self.controller.state)
        return done

    def _show_clock(self) -> None:
        state = self.controller.state
        item_id = self.item_id(state)
        if item_id is None:
            return
        started = state.question_hour_started.get(item_id)
        if started is None:
            self.clock.setText(self.tr("Spørretimen: 60:00 igjen"))
            return
        left = question_hour_left(state, item_id, self.controller.service.now())  # R-6a: breaks do not count
        waiting = any(q.status == "waiting" for q in state.questions.get(item_id, ()))
        text = self.tr("Spørretimen: {left} igjen").format(left=mmss(left))
        if waiting and left < qh.SMALLEST_QUESTION:
            text += " – " + self.tr("neste spørsmål rekker ikke å bli besvart")
            self.clock.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.clock.setStyleSheet("")
        self.clock.setText(text)

    # -- actions -------------------------------------------------------------------------

    def selected_question(self) -> str | None:
        row = self.questions.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row else None

    def register(self) -> bool:
        state = self.controller.state
        payload = {"item": self.item_id(state), "asker": self.asker.currentData(), "to": self.to.currentData(),
                   "topic": self.topic.text()}
        done = self.controller.perform(ev.QUESTION_REGISTERED, payload, lambda: self.tr("Registrer spørsmål"))
        if done:
            self.topic.clear()
        return done

    def move(self, step: int) -> bool:
        state = self.controller.state
        item_id = self.item_id(state)
        ids = [q.id for q in state.questions.get(item_id or "", ())]
        selected = self.selected_question()
        if selected is None:
            return False
        i = ids.index(selected)
        if not 0 <= i + step < len(ids):
            return False
        ids[i], ids[i + step] = ids[i + step], ids[i]
        done = self.controller.perform(ev.QUESTIONS_ORDERED, {"item": item_id, "order": ids},
                                       lambda: self.tr("Rekkefølgen i spørretimen"))
        self.questions.setCurrentRow(i + step)
        return done

    def step(self) -> bool:
        return self.controller.perform(
            ev.QUESTION_STEP, {"item": self.item_id(self.controller.state)}, lambda: self.tr("Neste steg i spørretimen")
        )

    def waive_supplementary(self) -> bool:
        """R-6c: the asker does not use the supplementary question due next; on to the follow-ups or the next
        question, in one step (question.step with supplementary_waived)."""
        return self.controller.perform(
            ev.QUESTION_STEP, {"item": self.item_id(self.controller.state), "supplementary_waived": True},
            lambda: self.tr("Uten tilleggsspørsmål"),
        )

    def add_follow_up(self) -> bool:
        return self.controller.perform(
            ev.QUESTION_FOLLOW_UP, {"item": self.item_id(self.controller.state), "person": self.follow_up.currentData()},
            lambda: self.tr("Oppfølgingsspørsmål"),
        )

    def decline(self) -> bool:
        return self.controller.perform(
            ev.QUESTION_DECLINED, {"item": self.item_id(self.controller.state)}, lambda: self.tr("Svarer ikke")
        )

    def end_hour(self) -> bool:
        return self.controller.perform(
            ev.QUESTION_HOUR_ENDED, {"item": self.item_id(self.controller.state)}, lambda: self.tr("Avslutt spørretimen")
        )
