"""Votes (votering): quorum (R-3.3a), the voting order (R-3.3e), counting by method (R-3.3f) — whole groups
ticked against and single members corrected, or only a number —, counter-votes and alternative votes,
ties (R-3.3d), the result in words and as a picture, corrections, and the decision text (vedtak)."""

from __future__ import annotations

import secrets

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from chair_console.procedure import events as ev
from chair_console.procedure import voting
from chair_console.procedure.agenda import VOTING
from chair_console.procedure.state import MeetingState
from chair_console.procedure.vote_words import (
    default_decision,
    result_sentence,
    subject_name,
)
from chair_console.procedure.votes import RECOMMENDATION
from chair_console.ui import dialogs
from chair_console.ui.panes.base import Pane
from chair_console.ui.vote_picture import VotePicture

METHODS = (
    ("hands", QT_TRANSLATE_NOOP("VotesPane", "Stemmetegn – de som stemmer mot")),
    ("tacit", QT_TRANSLATE_NOOP("VotesPane", "Stilltiende godkjenning")),
    ("counter", QT_TRANSLATE_NOOP("VotesPane", "Kontravotering – for og mot telles")),
    ("alternative", QT_TRANSLATE_NOOP("VotesPane", "Alternativ votering")),
)
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


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
        self.order = QListWidget(objectName="votingOrderList")
        self.order.setMaximumHeight(90)
        self.order.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order.model().rowsMoved.connect(lambda *_a: QTimer.singleShot(0, self._order_dragged))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", +1)):
            QShortcut(QKeySequence(keys), self.order, activated=lambda s=step: self.move_in_order(s),
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.subject = QComboBox(objectName="voteSubject")
        self.subject2 = QComboBox(objectName="voteSubject2")
        self.method = QComboBox(objectName="voteMethod")
        self.method.currentIndexChanged.connect(self._method_changed)
        self.members = QListWidget(objectName="voteMembers")
        self.members.itemChanged.connect(self._ticked)
        self.count_only = QCheckBox(objectName="voteCountOnly")
        self.against_count = QSpinBox(objectName="voteAgainstCount", maximum=59)
        self.for_count = QSpinBox(objectName="voteForCount", maximum=59)
        self.election = QCheckBox(objectName="voteElection")
        self.tally = QLabel(objectName="voteTally")
        self.record_button = QPushButton(objectName="recordVoteButton")
        self.record_button.clicked.connect(self.record)
        self.retake_button = QPushButton(objectName="retakeVoteButton")
        self.retake_button.clicked.connect(self.retake)
        self.results = QListWidget(objectName="voteResults")
        self.results.setWordWrap(True)
        self.picture = VotePicture()
        self.decision = QPlainTextEdit(objectName="decisionText")
        self.decision.setMaximumHeight(90)
        self.decide_button = QPushButton(objectName="decideItemButton")
        self.decide_button.clicked.connect(self.decide)
        # R-3.2c: before an urgent matter is decided: does the chair or a third of those present object?
        self.urgent_box = QLabel(objectName="urgentHeading")
        self.urgent_chair = QCheckBox(objectName="urgentChairObjects")
        self.urgent_count = QSpinBox(objectName="urgentObjecting", maximum=59)
        self.urgent_button = QPushButton(objectName="urgentObjectionsButton")
        self.urgent_button.clicked.connect(self.record_objections)
        self.parts = QSpinBox(objectName="recommendationParts", minimum=1, maximum=20)
        self.split_button = QPushButton(objectName="splitRecommendationButton")
        self.split_button.clicked.connect(self.split_recommendation)
        self._retake_of: str | None = None
        self._filling = False
        self._chosen = False  # the secretary picked the subject; else the next not yet voted on is proposed
        self.subject.activated.connect(lambda _i: setattr(self, "_chosen", True))

        form = QGridLayout()
        self.labels = [QLabel() for _ in range(4)]
        form.addWidget(self.labels[0], 0, 0)
        form.addWidget(self.subject, 0, 1)
        form.addWidget(self.labels[1], 1, 0)
        form.addWidget(self.subject2, 1, 1)
        form.addWidget(self.labels[2], 2, 0)
        form.addWidget(self.method, 2, 1)
        counts = QHBoxLayout()
        counts.addWidget(self.count_only)
        counts.addWidget(self.labels[3])
        counts.addWidget(self.against_count)
        counts.addWidget(self.for_count)
        counts.addWidget(self.election)
        counts.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tally, 1)
        buttons.addWidget(self.retake_button)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quorum)
        layout.addWidget(self.detail)
        layout.addWidget(self.order)
        urgent = QHBoxLayout()
        urgent.addWidget(self.urgent_box)
        urgent.addWidget(self.urgent_chair)
        urgent.addWidget(self.urgent_count)
        urgent.addWidget(self.urgent_button)
        urgent.addStretch(1)
        urgent.addWidget(self.parts)
        urgent.addWidget(self.split_button)
        layout.addLayout(urgent)
        layout.addLayout(form)
        layout.addWidget(self.members, 1)
        layout.addLayout(counts)
        layout.addLayout(buttons)
        layout.addWidget(self.results)
        layout.addWidget(self.picture)
        layout.addWidget(self.decision)
        layout.addWidget(self.decide_button)
        self.retranslate()
        self.set_state(controller.state)

    def retranslate(self) -> None:
        current = self.method.currentData()
        self.method.blockSignals(True)
        self.method.clear()
        for code, text in METHODS:
            self.method.addItem(self.tr(text), code)
        self.method.setCurrentIndex(max(0, self.method.findData(current)))
        self.method.blockSignals(False)
        for lab, text in zip(self.labels, (self.tr("Votering over"), self.tr("Mot (alternativ)"), self.tr("Måte"),
                                           self.tr("Mot / for:"))):
            lab.setText(text)
        self.count_only.setText(self.tr("Bare antall (navn tas ikke)"))
        self.election.setText(self.tr("Valg (likhet: loddtrekning)"))
        self.record_button.setText(self.tr("Registrer voteringen"))
        self.retake_button.setText(self.tr("Rett / ta omvotering"))
        self.decision.setPlaceholderText(self.tr("Vedtaket"))
        self.decide_button.setText(self.tr("Lagre vedtaket og avslutt saken"))
        self.urgent_box.setText(self.tr("Aktuell sak (R-3.2c) – protester:"))
        self.urgent_chair.setText(self.tr("Møtelederen"))
        self.urgent_count.setSuffix(self.tr(" medlemmer"))
        self.urgent_button.setText(self.tr("Registrer protestene"))
        self.parts.setPrefix(self.tr("Innstillingen i "))
        self.parts.setSuffix(self.tr(" punkter"))
        self.split_button.setText(self.tr("Del opp"))
        self._method_changed()

    # -- state -------------------------------------------------------------------------

    def set_state(self, state: MeetingState) -> None:
        item_id = state.current_item
        q = state.quorum(item_id)  # R-3.3a, without the item's disqualified (R-3.10a)
        self.quorum.setText(self.tr("Vedtaksført") if q.ok else self.tr("Ikke vedtaksført"))
        self.quorum.setStyleSheet("color: #1b6e20;" if q.ok else "color: #b00020;")
        self.detail.setText(
            self.tr("{present} av {seats} medlemmer til stede; minst {required} må være til stede (R-3.3a).").format(
                present=q.present, seats=q.seats, required=q.required
            )
        )
        voting = item_id is not None and state.status(item_id) == VOTING
        for widget in (self.subject, self.subject2, self.method, self.members, self.record_button,
                       self.retake_button, self.decision, self.decide_button, self.order):
            widget.setEnabled(voting)
        urgent = voting and state.item(item_id).kind == "urgent_matter"
        for widget in (self.urgent_box, self.urgent_chair, self.urgent_count, self.urgent_button):
            widget.setVisible(urgent)
        self._fill_order(state)
        self._fill_members(state)
        self._fill_results(state)
        if voting and not self.decision.toPlainText().strip():
            self.decision.setPlainText(state.decisions.get(item_id) or default_decision(state, item_id))

    def subjects(self, state: MeetingState) -> list[str]:
        return state.voting_subjects(state.current_item)

    def _fill_order(self, state: MeetingState) -> None:
        item_id = state.current_item
        subjects = self.subjects(state)
        self.order.clear()
        voted = {v.subjects[0] for v in state.final_votes(item_id or "")} if item_id else set()
        upcoming = next((s for s in subjects if s not in voted), subjects[0] if subjects else None)
        for combo in (self.subject, self.subject2):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for s in subjects:
                combo.addItem(subject_name(state, item_id, s), s)
            keep = current if (combo is self.subject2 or self._chosen) else upcoming
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)
        for n, s in enumerate(subjects, start=1):
            row = QListWidgetItem(f"{n}. {subject_name(state, item_id, s)}")
            row.setData(Qt.ItemDataRole.UserRole, s)
            self.order.addItem(row)

    def _fill_members(self, state: MeetingState) -> None:
        """Groups (tick a whole group) with their members (correct single members) — who votes against,
        or (alternative vote) for the second proposal."""
        self._filling = True
        ticked = self.ticked()
        self.members.clear()
        council = state.council
        eligible = state.eligible(state.current_item)
        if council is not None:
            for group in [*council.groups_in_order(), None]:
                people = [m for m in council.seating() if m.group_id == (group.id if group else None)]
                voters = [state.seated().get(m.id) for m in people]
                voters = [v for v in voters if v in eligible]
                if not voters:
                    continue
                head = QListWidgetItem(f"{group.abbreviation if group else self.tr('Uavhengige')} ({len(voters)})")
                head.setFlags(head.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                head.setData(GROUP_ROLE, group.id if group else "")
                all_ticked = all(v in ticked for v in voters)
                head.setCheckState(Qt.CheckState.Checked if all_ticked else Qt.CheckState.Unchecked)
                font = head.font()
                font.setBold(True)
                head.setFont(font)
                self.members.addItem(head)
                for v in voters:
                    row = QListWidgetItem("    " + council.name_of(v))
                    row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    row.setData(Qt.ItemDataRole.UserRole, v)
                    row.setCheckState(Qt.CheckState.Checked if v in ticked else Qt.CheckState.Unchecked)
                    self.members.addItem(row)
        self._filling = False
        self._show_tally()

    def _fill_results(self, state: MeetingState) -> None:
        self.results.clear()
        item_id = state.current_item
        last = None
        for vote in state.votes.get(item_id or "", ()):
            text = result_sentence(state, vote)
            if vote.superseded_by is not None:
                text = self.tr("(rettet) {text}").format(text=text)
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, vote.id)
            self.results.addItem(row)
            if vote.superseded_by is None:
                last = vote
        self.picture.show_vote(state, last)

    # -- counting --------------------------------------------------------------------

    def ticked(self) -> list[str]:
        return [
            self.members.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.members.count())
            if self.members.item(i).data(Qt.ItemDataRole.UserRole)
            and self.members.item(i).checkState() == Qt.CheckState.Checked
        ]

    def tick_group(self, abbreviation: str, checked: bool = True) -> None:
        for i in range(self.members.count()):
            row = self.members.item(i)
            if row.data(GROUP_ROLE) is not None and row.text().split(" (")[0] == abbreviation:
                row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def tick_member(self, person: str, checked: bool) -> None:
        for i in range(self.members.count()):
            row = self.members.item(i)
            if row.data(Qt.ItemDataRole.UserRole) == person:
                row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _ticked(self, row: QListWidgetItem) -> None:
        if self._filling:
            return
        if row.data(GROUP_ROLE) is not None:  # a whole group: tick or untick all its members
            self._filling = True
            i = self.members.row(row) + 1
            while i < self.members.count() and self.members.item(i).data(GROUP_ROLE) is None:
                self.members.item(i).setCheckState(row.checkState())
                i += 1
            self._filling = False
        self._show_tally()

    def _method_changed(self) -> None:
        method = self.method.currentData()
        self.subject2.setVisible(method == "alternative")
        self.labels[1].setVisible(method == "alternative")
        self.for_count.setVisible(method == "counter")
        self.election.setVisible(method == "alternative")
        self._show_tally()

    def _show_tally(self) -> None:
        state = self.controller.state
        n = len(state.eligible(state.current_item))
        against = self.against_count.value() if self.count_only.isChecked() else len(self.ticked())
        votes_for = voting.for_side(state, state.current_item, against)  # R-3.3b
        if self.method.currentData() == "alternative":
            self.tally.setText(self.tr("{a} for det første, {b} for det andre av {n}").format(a=votes_for, b=against, n=n))
        else:
            self.tally.setText(self.tr("For {yes} · mot {no} · stemmeberettigede {n}").format(yes=votes_for, no=against, n=n))

    # -- actions ----------------------------------------------------------------------

    def _order_dragged(self) -> None:
        """A drag in the voting order: recorded as the new order (refused: drawn again)."""
        state = self.controller.state
        order = [self.order.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.order.count())]
        if order == self.subjects(state):
            return
        if not self.controller.perform(
            ev.VOTING_ORDER_SET, {"item": state.current_item, "order": order}, lambda: self.tr("Voteringsorden")
        ):
            self._fill_order(state)

    def move_in_order(self, step: int) -> bool:
        state = self.controller.state
        subjects = self.subjects(state)
        row = self.order.currentRow()
        if not 0 <= row + step < len(subjects) or row < 0:
            return False
        subjects[row], subjects[row + step] = subjects[row + step], subjects[row]
        done = self.controller.perform(
            ev.VOTING_ORDER_SET, {"item": state.current_item, "order": subjects}, lambda: self.tr("Voteringsorden")
        )
        self.order.setCurrentRow(row + step)
        return done

    def retake(self) -> None:
        row = self.results.currentItem()
        if row is not None:
            self._retake_of = row.data(Qt.ItemDataRole.UserRole)
            self.controller.refused.emit(self.tr("Neste registrering erstatter den valgte voteringen (begge blir stående i loggen)."))

    def payload(self) -> dict:
        state = self.controller.state
        method = self.method.currentData()
        payload: dict = {"item": state.current_item, "method": method, "subjects": [self.subject.currentData()]}
        if method == "alternative":
            payload["subjects"].append(self.subject2.currentData())
            payload["election"] = self.election.isChecked()
            second = self.against_count.value() if self.count_only.isChecked() else self.ticked()
            payload["alternatives"] = [voting.for_side(state, state.current_item, second), second]
        elif method in ("hands", "counter"):
            if self.count_only.isChecked():
                payload["against_count"] = self.against_count.value()
            else:
                payload["against"] = self.ticked()
            if method == "counter":
                payload["for_count"] = self.for_count.value()
        if self._retake_of:
            payload["retake_of"] = self._retake_of
        return payload

    def record(self) -> bool:
        payload = self.payload()
        state = self.controller.state
        if voting.needs_lot(state, payload["item"], payload):  # R-3.3d: a tie in an election
            payload["lot_winner"] = secrets.randbelow(2)  # R-3.3d: the operating system's randomness
            winner = subject_name(state, payload["item"], payload["subjects"][payload["lot_winner"]])
            self.controller.refused.emit(self.tr("Loddtrekning: {winner} vant.").format(winner=winner))
        elif voting.needs_casting_vote(state, payload["item"], payload):  # R-3.3d: any other tie
            chair_for = dialogs.ask(
                self, self.tr("Stemmelikhet"),
                self.tr("Stemmelikhet. Møteleders stemme avgjør (R-3.3d). Stemte møtelederen for?"),
                self.tr("For"), self.tr("Mot"),
            )
            payload["chair_side"] = 0 if chair_for else 1
        done = self.controller.perform(ev.VOTE_RECORDED, payload, lambda: self.tr("Votering"))
        if done:
            self._retake_of = None
            self._chosen = False
            self._filling = True
            for i in range(self.members.count()):
                self.members.item(i).setCheckState(Qt.CheckState.Unchecked)
            self._filling = False
            self.decision.setPlainText(default_decision(self.controller.state, payload["item"]))
        return done

    def split_recommendation(self) -> bool:
        """R-3.3e: the recommendation may be voted on in parts; the order then holds each part."""
        state = self.controller.state
        parts = self.parts.value()
        order = []
        for subject in self.subjects(state):
            if subject.startswith(RECOMMENDATION):
                if not any(s.startswith(RECOMMENDATION) for s in order):
                    order += [RECOMMENDATION] if parts == 1 else [f"{RECOMMENDATION}:{n}" for n in range(1, parts + 1)]
            else:
                order.append(subject)
        return self.controller.perform(
            ev.VOTING_ORDER_SET, {"item": state.current_item, "order": order}, lambda: self.tr("Voteringsorden")
        )

    def record_objections(self) -> bool:
        state = self.controller.state
        return self.controller.perform(
            ev.URGENT_OBJECTIONS,
            {"item": state.current_item, "chair_objects": self.urgent_chair.isChecked(),
             "objecting": self.urgent_count.value()},
            lambda: self.tr("Protester mot å avgjøre den aktuelle saken"),
        )

    def decide(self) -> bool:
        state = self.controller.state
        item_id = state.current_item
        if item_id is None:
            return False
        text = self.decision.toPlainText()
        if state.decisions.get(item_id) != text.strip():
            if not self.controller.perform(ev.DECISION_TEXT_SET, {"item": item_id, "text": text}, lambda: self.tr("Vedtak")):
                return False
        return self.controller.perform(ev.ITEM_DECIDED, {"item": item_id}, lambda: self.tr("Saken avgjort"))
