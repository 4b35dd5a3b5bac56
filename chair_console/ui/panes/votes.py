"""Votes (votering): quorum (R-3.3a), the voting order (R-3.3e), counting by method (R-3.3f) — whole groups
ticked against and single members corrected, or only a number —, counter-votes and alternative votes,
ties (R-3.3d), the result in words and as a picture, corrections, and the decision text (vedtak)."""

from __future__ import annotations

import secrets

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from chair_console.i18n import current_language  # the operator's language, for the vote words
from chair_console.procedure import events as ev
from chair_console.procedure import stations
from chair_console.procedure import voting
from chair_console.procedure.agenda import VOTING
from chair_console.procedure.agenda import URGENT_MATTER  # noqa: I001
from chair_console.procedure.state import MeetingState
from chair_console.procedure.vote_words import (
    default_decision,
    result_sentence,
    subject_name,
)
from chair_console.procedure.votes import RECOMMENDATION
from chair_console.procedure.votes import is_recommendation, recommendation_subjects  # noqa: I001
from chair_console.ui import dialogs
from chair_console.ui.panes.base import SPEAKING, Pane, fit_combo
from chair_console.ui.panes.election_box import ElectionBox
from chair_console.ui.vote_picture import VotePicture, VoteResultPanel

METHODS = (
    ("hands", QT_TRANSLATE_NOOP("VotesPane", "Stemmetegn – de som stemmer mot")),
    ("tacit", QT_TRANSLATE_NOOP("VotesPane", "Stilltiende godkjenning")),
    ("counter", QT_TRANSLATE_NOOP("VotesPane", "Kontravotering – for og mot telles")),
    ("alternative", QT_TRANSLATE_NOOP("VotesPane", "Alternativ votering")),
)
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
RESULT_ROLE = Qt.ItemDataRole.UserRole + 2  # in the order list: True adopted, False fell, None not voted on


class VotesPane(Pane):
    OBJECT_NAME = "votesPane"
    TITLE = QT_TRANSLATE_NOOP("Panes", "Votering")
    IGNORES = SPEAKING  # quorum, subjects, counts and results: nothing of the speakers

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
        self.tally.setWordWrap(True)
        self.record_button = QPushButton(objectName="recordVoteButton")
        self.record_button.clicked.connect(self.record)
        self.retake_button = QPushButton(objectName="retakeVoteButton")
        self.retake_button.clicked.connect(self.retake)
        self.results = QListWidget(objectName="voteResults")
        self.results.setWordWrap(True)
        self.picture = VotePicture()
        self.result_panel = VoteResultPanel()  # the vote just recorded, big and at once
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
        # Elections (R-3.3c, R-3.3d, kommuneloven § 7-5): their own section, below the vote form
        self.election_box = ElectionBox(controller, self._election_recorded)
        self._retake_of: str | None = None
        self._filling = False
        self._chosen = False  # the secretary picked the subject; else the next not yet voted on is proposed
        self.subject.activated.connect(lambda _i: setattr(self, "_chosen", True))
        # R-3.3c: more than two proposals against each other are voted on two by two (majority.pairwise_order)
        self.rivals_label = QLabel()
        self.rivals = QListWidget(objectName="alternativeSubjects")
        self.rivals.setMaximumHeight(90)
        self.rivals.itemChanged.connect(self._rivals_ticked)
        self.pairwise = QLabel(objectName="pairwiseHint")
        self.pairwise.setWordWrap(True)
        self._rivals: dict[str, list[str]] = {}  # item -> the proposals ticked as standing against each other

        form = QGridLayout()
        self.labels = [QLabel() for _ in range(4)]
        form.addWidget(self.labels[0], 0, 0)
        form.addWidget(self.subject, 0, 1)
        form.addWidget(self.labels[1], 1, 0)
        form.addWidget(self.subject2, 1, 1)
        form.addWidget(self.labels[2], 2, 0)
        form.addWidget(self.method, 2, 1)
        form.addWidget(self.rivals_label, 3, 0)
        form.addWidget(self.rivals, 3, 1)
        form.addWidget(self.pairwise, 4, 1)
        for lab, buddy in zip((*self.labels, self.rivals_label),
                              (self.subject, self.subject2, self.method, self.against_count, self.rivals)):
            lab.setBuddy(buddy)  # screen readers name the field by its label; Alt+mnemonic moves to it
        # Three columns, so that the whole vote fits a podium laptop without scrolling (issue 17): the order and
        # what the council decides about it · the count · the result and the decision.
        counts = QGridLayout()
        counts.addWidget(self.count_only, 0, 0, 1, 4)
        counts.addWidget(self.election, 1, 0, 1, 4)
        counts.addWidget(self.labels[3], 2, 0)
        counts.addWidget(self.against_count, 2, 1)
        counts.addWidget(self.for_count, 2, 2)
        counts.setColumnStretch(3, 1)
        quick = QVBoxLayout()
        buttons = QHBoxLayout()
        buttons.addWidget(self.retake_button)
        buttons.addWidget(self.record_button, 1)
        self._build_quick_keys(form, quick)
        columns = QHBoxLayout(self)
        first, second, third = QVBoxLayout(), QVBoxLayout(), QVBoxLayout()
        first.addWidget(self.quorum)
        first.addWidget(self.detail)
        first.addWidget(self.order, 1)
        self._build_order_decision(first)  # R-3.3e: the council decides the order; oversendelsesforslag
        urgent = QGridLayout()
        urgent.addWidget(self.urgent_box, 0, 0, 1, 3)
        urgent.addWidget(self.urgent_chair, 1, 0)
        urgent.addWidget(self.urgent_count, 1, 1)
        urgent.addWidget(self.urgent_button, 1, 2)
        urgent.addWidget(self.parts, 2, 1)
        urgent.addWidget(self.split_button, 2, 2)
        urgent.setColumnStretch(0, 1)
        first.addLayout(urgent)
        second.addLayout(form)
        second.addWidget(self.members, 1)
        second.addLayout(counts)
        second.addWidget(self.tally)
        second.addLayout(quick)
        second.addLayout(buttons)
        # the result and the decision, or an election (R-3.3c, R-3.3d): one at a time, each at full height
        self.sections = QTabWidget(objectName="voteSections")
        result_page = QWidget(objectName="voteResultPage")
        page = QVBoxLayout(result_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.result_panel)
        page.addStretch(1)
        page.addWidget(self.decision)
        page.addWidget(self.decide_button)
        history = QWidget(objectName="voteHistoryPage")  # every vote on the item, in words and as a picture
        column = QVBoxLayout(history)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.results, 1)
        column.addWidget(self.picture)
        self.sections.addTab(result_page, "")
        self.sections.addTab(history, "")
        self.sections.addTab(self.election_box, "")
        third.addWidget(self.sections)
        for column in (first, second, third):
            columns.addLayout(column, 1)
        for combo in (self.subject, self.subject2, self.subject_last, self.method):
            fit_combo(combo)
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
        self.parts.setPrefix(self.tr("Punkter i innstillingen: "))  # «i 1 punkter» read wrong (issue 17)
        self.parts.setSuffix("")
        self.split_button.setText(self.tr("Del opp"))
        self.sections.setTabText(0, self.tr("Resultat og vedtak"))
        self.sections.setTabText(1, self.tr("Alle voteringer"))
        self.sections.setTabText(2, self.tr("Valg"))
        self._retranslate_order_decision()
        self.rivals_label.setText(self.tr("Står mot hverandre"))
        self.election_box.retranslate()
        self.result_panel.retranslate()
        self._retranslate_quick_keys()
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
        # R-3.3e: the order is proposed (moved, split) from the chair's station; another station records the
        # council's decision on it (Ctrl+O) — the service refuses the rest (station.chairs_choice)
        proposes = stations.may_set(self.controller.service.actor, ev.VOTING_ORDER_SET, "method")
        self.order.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove if proposes
                                   else QAbstractItemView.DragDropMode.NoDragDrop)
        for widget in (self.parts, self.split_button):
            widget.setEnabled(proposes)
            widget.setToolTip("" if proposes else self.tr(
                "Voteringsordenen foreslås fra møtelederens stasjon (R-3.3e); her registreres bystyrets vedtak om den."))
        urgent = voting and state.item(item_id).kind == URGENT_MATTER
        for widget in (self.urgent_box, self.urgent_chair, self.urgent_count, self.urgent_button):
            widget.setVisible(urgent)
        if urgent:
            self._show_urgent_objections(state, item_id)
        self._fill_order(state)
        self._show_order_decision(state)
        self._fill_members(state)
        self._fill_results(state)
        self.election_box.set_state(state)
        item = state.item(state.current_item)
        if item is not None and item.election_item and item.id != getattr(self, "_election_shown_for", None):
            self._election_shown_for = item.id  # once per item: the secretary may go back to the result tab
            self.show_election()
        if voting and not self.decision.toPlainText().strip():
            self.decision.setPlainText(state.decisions.get(item_id) or default_decision(state, item_id))

    def show_election(self) -> None:
        """The election section in front (an election item, or «Til valget» from the roll call)."""
        self.sections.setCurrentWidget(self.election_box)

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
                combo.addItem(subject_name(state, item_id, s, current_language()), s)
            keep = current if (combo is self.subject2 or self._chosen) else upcoming
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)
        for n, s in enumerate(subjects, start=1):
            row = QListWidgetItem(f"{n}. {subject_name(state, item_id, s, current_language())}")
            row.setData(Qt.ItemDataRole.UserRole, s)
            self.order.addItem(row)
        self._propose_next(state)
        self._fill_rivals(state)
        self._apply_pair(state)  # R-3.3c: proposals standing against each other, two by two

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
            text = result_sentence(state, vote, current_language())
            if vote.superseded_by is not None:
                text = self.tr("(rettet) {text}").format(text=text)
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, vote.id)
            self.results.addItem(row)
            if vote.superseded_by is None:
                last = vote
        self.picture.show_vote(state, last)
        self.result_panel.show_vote(state, last)

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
        for widget in (self.rivals_label, self.rivals, self.pairwise):
            widget.setVisible(method == "alternative")
        if self.subject.count():
            self._apply_pair(self.controller.state)
        self.for_count.setVisible(method == "counter")
        # the old election flag (rules version 1); from version 2 elections are recorded in the election section
        self.election.setVisible(method == "alternative" and self.controller.state.rules < 2)
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
            self._show_order_decision(state)

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
            self._preselect_retake()
            self.controller.refused.emit(self.tr("Neste registrering erstatter den valgte voteringen (begge blir stående i loggen)."))

    def payload(self) -> dict:
        state = self.controller.state
        method = self.method.currentData()
        payload: dict = {"item": state.current_item, "method": method, "subjects": [self.subject.currentData()]}
        self._together_into(payload)
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
            winner = subject_name(state, payload["item"], payload["subjects"][payload["lot_winner"]], current_language())
            self.controller.refused.emit(self.tr("Loddtrekning: {winner} vant.").format(winner=winner))
        elif voting.needs_casting_vote(state, payload["item"], payload):  # R-3.3d: the chair's own vote decides
            chair_vote = voting.chair_vote_by_names(state, payload["item"], payload)  # the names show it
            if chair_vote is None and voting.asks_chair(state, payload["item"], payload):
                chair_vote = self._ask_chair_vote(state, payload)
            payload = voting.with_chair_vote(state, payload, chair_vote)
        done = self.controller.perform(ev.VOTE_RECORDED, payload, lambda: self.tr("Votering"))
        if done:
            self._retake_of = None
            self._chosen = False  # never keep a manual choice: on to the next subject not yet voted on
            self._apply_pair(self.controller.state)
            self._filling = True
            for i in range(self.members.count()):
                self.members.item(i).setCheckState(Qt.CheckState.Unchecked)
            self._filling = False
            self._reset_count()
            self.decision.setPlainText(default_decision(self.controller.state, payload["item"]))
        return done

    # -- the budget meeting: several proposals together, the next vote proposed, the usual result in a key or two ----

    def _build_quick_keys(self, form: QGridLayout, buttons: QVBoxLayout) -> None:
        """R-3.3e: a range of proposals voted on together («forslag nr. 1–37 fra R»), and the keys that record the
        usual result: Ctrl+R the same groups against as the last vote, Ctrl+P only the proposers for, Ctrl+G the
        whole block of the proposer's proposals together, Enter records."""
        self.together = QCheckBox(objectName="voteTogether")
        self.subject_last = QComboBox(objectName="voteSubjectLast")
        self.together.toggled.connect(lambda _on: self._together_shown())
        self.method.currentIndexChanged.connect(lambda _i: self._together_shown())
        row = form.rowCount()
        form.addWidget(self.together, row, 0, 1, 2)
        form.addWidget(self.subject_last, row + 1, 1)
        self.same_against_button = QPushButton(objectName="sameAgainstButton")
        self.same_against_button.clicked.connect(self.same_against_as_last)
        self.only_proposers_button = QPushButton(objectName="onlyProposersButton")
        self.only_proposers_button.clicked.connect(self.only_proposers_for)
        self.block_button = QPushButton(objectName="togetherBlockButton")
        self.block_button.clicked.connect(self.vote_block_together)
        for button in (self.block_button, self.same_against_button, self.only_proposers_button):
            buttons.addWidget(button)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut  # only while the votes pane has the focus
        for keys, slot in (("Ctrl+R", self.same_against_as_last), ("Ctrl+P", self.only_proposers_for),
                           ("Ctrl+G", self.vote_block_together), ("Return", self._record_key),
                           ("Enter", self._record_key), ("Ctrl+Return", self._record_key)):
            QShortcut(QKeySequence(keys), self, activated=slot, context=context)
        self._proposed_after: tuple | None = None  # (item, votes standing) when the next vote was last proposed

    def _retranslate_quick_keys(self) -> None:
        self.together.setText(self.tr("Samlet votering, til og med"))
        self.same_against_button.setText(self.tr("Samme mot som forrige (Ctrl+R)"))
        self.only_proposers_button.setText(self.tr("Bare forslagsstillerne for (Ctrl+P)"))
        self.block_button.setText(self.tr("Forslagsstillerens forslag samlet (Ctrl+G)"))
        self.record_button.setText(self.tr("Registrer voteringen (Enter)"))

    def _together_shown(self) -> None:
        several = self.method.currentData() != "alternative"
        self.together.setVisible(several)
        self.subject_last.setVisible(several)
        self.subject_last.setEnabled(self.together.isChecked() and self.subject.isEnabled())

    def _propose_next(self, state: MeetingState) -> None:
        """After a vote, the next vote in the voting order the state holds (R-3.3e), shaped as the one before it
        (voting.next_vote): its subjects, method and whether together. Between votes a subject the secretary
        picked stays picked."""
        item_id = state.current_item
        current = self.subject_last.currentData()
        self.subject_last.blockSignals(True)
        self.subject_last.clear()
        for s in self.subjects(state):
            self.subject_last.addItem(subject_name(state, item_id, s, current_language()), s)
        self.subject_last.setCurrentIndex(max(0, self.subject_last.findData(current)))
        self.subject_last.blockSignals(False)
        in_voting = item_id is not None and state.status(item_id) == VOTING
        for widget in (self.together, self.subject_last, self.same_against_button, self.only_proposers_button,
                       self.block_button):
            widget.setEnabled(in_voting)
        if not in_voting:
            return
        self.subject_last.setEnabled(self.together.isChecked())
        standing = state.final_votes(item_id)
        key = (item_id, len(standing), standing[-1].id if standing else None)
        new = key != self._proposed_after
        self._proposed_after = key
        proposed = voting.next_vote(state, item_id)
        if proposed is None or not (new or not self._chosen):
            return
        if new and standing and proposed.method is not None:  # the method first: changing it may redraw the lists
            self.method.setCurrentIndex(max(0, self.method.findData(proposed.method)))
        self.subject.setCurrentIndex(max(0, self.subject.findData(proposed.subjects[0])))
        if not new or not standing:  # before the first vote: the subject only, as the secretary sets the rest
            return
        self._chosen = False
        if proposed.method == "alternative":
            self.subject2.setCurrentIndex(max(0, self.subject2.findData(proposed.subjects[1])))
        self.together.setChecked(proposed.together)
        if proposed.together:
            self.subject_last.setCurrentIndex(max(0, self.subject_last.findData(proposed.subjects[-1])))
        self._together_shown()

    def together_subjects(self) -> list[str]:
        """The subjects from «Votering over» to «til og med» in the voting order, less what is already voted on."""
        state = self.controller.state
        order = self.subjects(state)
        first, last = self.subject.currentData(), self.subject_last.currentData()
        if first not in order or last not in order:
            return [first]
        i, j = sorted((order.index(first), order.index(last)))
        done = voting.decided_subjects(state, state.current_item)
        return [s for s in order[i:j + 1] if s not in done]

    def _together_into(self, payload: dict) -> None:
        if self.together.isChecked() and payload["method"] != "alternative":
            payload["subjects"] = self.together_subjects()
            payload["together"] = True

    def _vote_subjects(self) -> list[str]:
        if self.together.isChecked() and self.method.currentData() != "alternative":
            return self.together_subjects()
        return [self.subject.currentData()]

    def _set_against(self, against: list[str] | int) -> None:
        """Fill in the count: names ticked (a group's head ticked when all of it is), or a number."""
        state = self.controller.state
        if isinstance(against, int) or self.count_only.isChecked():
            number = against if isinstance(against, int) else len(against)
            self.count_only.setChecked(True)
            self.against_count.setValue(number)
            if self.method.currentData() == "counter":
                self.for_count.setValue(voting.for_side(state, state.current_item, number))
            self._show_tally()
            return
        ticked = set(against)
        self._filling = True
        head = None
        for i in range(self.members.count()):
            row = self.members.item(i)
            if row.data(GROUP_ROLE) is not None:
                head = row
                head.setCheckState(Qt.CheckState.Checked)
                continue
            on = row.data(Qt.ItemDataRole.UserRole) in ticked
            row.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            if not on and head is not None:
                head.setCheckState(Qt.CheckState.Unchecked)
        self._filling = False
        if self.method.currentData() == "counter":
            self.for_count.setValue(voting.for_side(state, state.current_item, len(ticked)))
        self._show_tally()

    def same_against_as_last(self) -> bool:
        """Ctrl+R: the same groups against as the last vote (in an alternative vote: for the second proposal)."""
        state = self.controller.state
        last = voting.last_vote(state, state.current_item)
        if last is None or not self.record_button.isEnabled():
            return False
        self._set_against(voting.same_against_as(state, state.current_item, last))
        return True

    def only_proposers_for(self) -> bool:
        """Ctrl+P: only the proposers vote for — everyone else against; in an alternative vote, only the second
        proposal's proposers for it."""
        state = self.controller.state
        if not self.record_button.isEnabled():
            return False
        if self.method.currentData() == "alternative":
            self._set_against(voting.proposers_voting(state, state.current_item, [self.subject2.currentData()]))
        else:
            self._set_against(voting.only_proposers_for(state, state.current_item, self._vote_subjects()))
        return True

    def vote_block_together(self) -> bool:
        """Ctrl+G: the proposal in «Votering over» and the rest of its proposer's block in the voting order, together
        (the budget meeting: «forslag nr. 1–37 fra R»)."""
        state = self.controller.state
        if not self.record_button.isEnabled():
            return False
        start = self.subject.currentData()
        if self.method.currentData() == "alternative":  # from the proposal that was to stand against the other
            start = self.subject2.currentData()
            self.method.setCurrentIndex(max(0, self.method.findData("hands")))
        remaining = voting.remaining_subjects(state, state.current_item)
        if start not in remaining and remaining:  # voted on already: the next in the order
            start = remaining[0]
        self.subject.setCurrentIndex(max(0, self.subject.findData(start)))
        run = voting.run_from(state, state.current_item, start)
        self.together.setChecked(len(run) > 1)
        self.subject_last.setCurrentIndex(max(0, self.subject_last.findData(run[-1])))
        self._together_shown()
        return len(run) > 1

    def _record_key(self) -> None:
        """Enter (or Ctrl+Enter): record the vote as filled in."""
        if self.record_button.isEnabled():
            self.record()

    def _election_recorded(self) -> None:
        """After a count or a lot in the election section: the proposed decision names who was elected."""
        state = self.controller.state
        if state.current_item is not None:
            self.decision.setPlainText(state.decisions.get(state.current_item) or default_decision(state, state.current_item))

    # -- pairwise alternative votes (R-3.3c), the chair's own vote at a tie (R-3.3d), re-votes -----------------

    def rival_subjects(self, state: MeetingState) -> list[str]:
        """The proposals ticked as standing against each other, in the voting order."""
        ticked = self._rivals.get(state.current_item or "", [])
        return [s for s in self.subjects(state) if s in ticked]

    def _pair(self, state: MeetingState) -> tuple[str, str] | None:
        """The next pairwise alternative vote over the proposals ticked as standing against each other."""
        if self.method.currentData() != "alternative" or self._retake_of:
            return None
        rivals = self.rival_subjects(state)
        return voting.pairwise_next(state, state.current_item, rivals) if len(rivals) >= 2 else None

    def _apply_pair(self, state: MeetingState) -> None:
        """With proposals ticked as standing against each other, the subject lists hold the next pairwise vote —
        «A mot B», then «vinneren mot C» … (majority.pairwise_order with the winners so far) — each recorded as a
        two-subject alternative vote; the hint says what comes after."""
        pair = self._pair(state)
        if pair is not None:
            for combo, subject in zip((self.subject, self.subject2), pair):
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, combo.findData(subject)))
                combo.blockSignals(False)
        self._show_pairwise(state, pair)

    def _fill_rivals(self, state: MeetingState) -> None:
        item_id = state.current_item
        ticked = self._rivals.get(item_id or "", [])
        settled = voting.standing_subjects(state, item_id)[0] if item_id else frozenset()
        self.rivals.blockSignals(True)
        self.rivals.clear()
        for s in self.subjects(state):
            if s in settled and s not in ticked:  # voted on already: it stands against nothing now
                continue
            row = QListWidgetItem(subject_name(state, item_id, s, current_language()))
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setData(Qt.ItemDataRole.UserRole, s)
            row.setCheckState(Qt.CheckState.Checked if s in ticked else Qt.CheckState.Unchecked)
            self.rivals.addItem(row)
        self.rivals.blockSignals(False)

    def tick_rival(self, subject: str, checked: bool = True) -> None:
        for i in range(self.rivals.count()):
            row = self.rivals.item(i)
            if row.data(Qt.ItemDataRole.UserRole) == subject:
                row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _rivals_ticked(self, _row: QListWidgetItem) -> None:
        state = self.controller.state
        if state.current_item is None:
            return
        self._rivals[state.current_item] = [
            self.rivals.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.rivals.count())
            if self.rivals.item(i).checkState() == Qt.CheckState.Checked
        ]
        self._apply_pair(state)

    def _show_pairwise(self, state: MeetingState, pair: tuple[str, str] | None) -> None:
        """«Neste: A mot B. Deretter: vinneren mot C.» (R-3.3c: the majority of the votes cast, two by two)."""
        item_id = state.current_item
        rivals = self.rival_subjects(state)

        def name(s: str) -> str:
            return subject_name(state, item_id, s, current_language())

        if len(rivals) < 2:
            text = self.tr("Står flere enn to forslag mot hverandre, kryss dem av: det voteres alternativt to og to, "
                           "vinneren mot det neste (R-3.3c).")
        elif pair is not None:
            text = self.tr("Neste: {first} mot {second}.").format(first=name(pair[0]), second=name(pair[1]))
            after = rivals[rivals.index(pair[1]) + 1:]
            if after:
                text += " " + self.tr("Deretter: vinneren mot {rest}.").format(
                    rest=self.tr(", deretter vinneren mot ").join(name(s) for s in after))
        else:
            winner = voting.pairwise_winner(state, item_id, rivals)
            text = self.tr("Alternativ votering ferdig: {winner} står igjen.").format(winner=name(winner)) if winner else ""
        self.pairwise.setText(text)

    def _preselect_retake(self) -> None:
        """A re-vote is on what the chosen vote was on, by its method."""
        state = self.controller.state
        vote = next((v for v in state.votes.get(state.current_item or "", ()) if v.id == self._retake_of), None)
        if vote is None:
            return
        self.method.setCurrentIndex(max(0, self.method.findData(vote.method)))
        for combo, subject in zip((self.subject, self.subject2), vote.subjects):
            combo.setCurrentIndex(max(0, combo.findData(subject)))
        self._chosen = True

    def _ask_chair_vote(self, state: MeetingState, payload: dict) -> str:
        """R-3.3d: asked only when the names do not show it (only counts were taken)."""
        question = self.tr("Stemmelikhet. Møteleders egen stemme avgjør (R-3.3d). Hvordan stemte møtelederen?")
        if state.chair is not None:
            question += f" ({state.council.name_of(state.chair.person)})"
        if payload["method"] == "alternative":
            first, second = payload["subjects"]
            item_id = payload["item"]
            picked = dialogs.ask(self, self.tr("Stemmelikhet"), question, subject_name(state, item_id, first, current_language()),
                                 subject_name(state, item_id, second, current_language()))
            return first if picked else second
        chair_for = dialogs.ask(self, self.tr("Stemmelikhet"), question, self.tr("For"), self.tr("Mot"))
        return voting.CHAIR_FOR if chair_for else voting.CHAIR_AGAINST

    # -- what the council decides: the voting order (R-3.3e), oversendelsesforslag --------------------------------

    def _build_order_decision(self, layout: QVBoxLayout) -> None:
        """R-3.3e: under the proposed order, whether the council has decided it, and the keys to record its
        decision — tacit with one click or Ctrl+O, or counted; then the proposals to forward to the city
        government without a vote (several selected at once, Ctrl+B)."""
        self.order_status = QLabel(objectName="votingOrderStatus")
        self.order_status.setWordWrap(True)
        self.decide_order_button = QPushButton(objectName="decideOrderButton")
        self.decide_order_button.clicked.connect(self.decide_order)
        self.order_vote_button = QPushButton(objectName="voteOnOrderButton")
        self.order_vote_button.clicked.connect(self.vote_on_order)
        self.forward_list = QListWidget(objectName="forwardProposals")
        self.forward_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.forward_list.setMaximumHeight(80)
        self.forward_button = QPushButton(objectName="forwardProposalsButton")
        self.forward_button.clicked.connect(self.forward_selected)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut  # while the votes pane has the focus
        QShortcut(QKeySequence("Ctrl+O"), self, activated=self.decide_order, context=context)
        QShortcut(QKeySequence("Ctrl+B"), self, activated=self.forward_selected, context=context)
        layout.addWidget(self.order_status)
        layout.addWidget(self.decide_order_button)
        layout.addWidget(self.order_vote_button)
        self.forward_label = QLabel()
        self.forward_label.setWordWrap(True)
        self.forward_label.setBuddy(self.forward_list)
        layout.addWidget(self.forward_label)
        layout.addWidget(self.forward_list)
        layout.addWidget(self.forward_button)

    def _retranslate_order_decision(self) -> None:
        self.decide_order_button.setText(self.tr("Vedta voteringsorden (stilltiende) – Ctrl+O"))
        self.order_vote_button.setText(self.tr("Votering over voteringsorden…"))
        self.forward_label.setText(self.tr("Oversendelsesforslag:"))
        self.forward_button.setText(self.tr("Oversend byrådet (stilltiende) – Ctrl+B"))
        self._show_order_decision(self.controller.state)

    def _show_order_decision(self, state: MeetingState) -> None:
        """Each subject's state in the order list, whether the council has decided the order shown, and the
        proposals that can still be forwarded."""
        item_id = state.current_item
        in_voting = item_id is not None and state.status(item_id) == VOTING
        for widget in (self.decide_order_button, self.order_vote_button, self.forward_list, self.forward_button):
            widget.setEnabled(in_voting)
        self.forward_list.clear()
        if not in_voting:
            self.order_status.setText("")
            return
        proposed = tuple(self.subjects(state))
        decided = state.decided_order.get(item_id)
        last = next((d for d in reversed(state.council_decisions.get(item_id, ())) if d.what == "order" and d.carried),
                    None)
        if decided is None:
            text = self.tr("Ordførerens forslag til voteringsorden. Bystyret har ikke vedtatt den ennå (R-3.3e).")
        elif decided != proposed:
            text = self.tr("Endret forslag til voteringsorden, ikke vedtatt ennå. Til da gjelder den vedtatte.")
        elif last is not None and last.method == "counted":
            text = self.tr("Voteringsorden vedtatt med {a} mot {b} stemmer.").format(a=last.votes_for, b=last.against)
        else:
            text = self.tr("Voteringsorden vedtatt stilltiende.")
        self.order_status.setText(text)
        self.decide_order_button.setEnabled(decided != proposed)
        self.order_vote_button.setEnabled(decided != proposed)
        results = {}
        for vote in state.final_votes(item_id):
            for n, s in enumerate(vote.subjects):
                won = vote.adopted if vote.single else vote.winner == n
                results[s] = self.tr("vedtatt") if won else self.tr("falt")
        upcoming = voting.next_in_order(state, item_id) if decided == proposed else None
        for i in range(self.order.count()):
            row = self.order.item(i)
            subject = row.data(Qt.ItemDataRole.UserRole)
            mark = results.get(subject) or (self.tr("neste") if subject == upcoming else "")
            row.setText(f"{i + 1}. {subject_name(state, item_id, subject, current_language())}" + (f" – {mark}" if mark else ""))
        self._mark_order(state)
        voted = voting.voted_subjects(state, item_id)
        forwarded = state.forwarded.get(item_id, ())
        for p in state.proposals.get(item_id, ()):
            if p.withdrawn or (p.id in voted and p.id not in forwarded):
                continue
            name = subject_name(state, item_id, p.id, current_language())
            row = QListWidgetItem(name if p.id not in forwarded else self.tr("{name} – oversendt").format(name=name))
            row.setData(Qt.ItemDataRole.UserRole, p.id)
            if p.id in forwarded:
                row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsSelectable & ~Qt.ItemFlag.ItemIsEnabled)
            self.forward_list.addItem(row)

    def decide_order(self) -> bool:
        """R-3.3e: nobody objected to the order as proposed: the council has decided it (Ctrl+O)."""
        return self._record_order({"method": "tacit"}, self.tr("Voteringsorden vedtatt stilltiende"))

    def vote_on_order(self) -> bool:
        """R-3.3e: the order put to a vote: those for are asked, those against follow (R-3.3b), a tie asks the chair."""
        from chair_console.ui.panes.agenda import ask_vote_count

        state = self.controller.state
        counts = ask_vote_count(self, state, state.current_item, self.tr("Votering over voteringsorden"),
                                self.tr("Votering over voteringsorden (R-3.3e). Hvor mange stemte for forslaget?"))
        if counts is None:
            return False
        return self._record_order({"method": "counted", **counts}, self.tr("Votering over voteringsorden"))

    def _record_order(self, decision: dict, text: str) -> bool:
        state = self.controller.state
        if state.current_item is None or state.status(state.current_item) != VOTING:
            return False
        payload = {"item": state.current_item, "order": self.subjects(state), **decision}
        return self.controller.perform(ev.VOTING_ORDER_SET, payload, lambda: text)

    def forward_selected(self) -> bool:
        """Oversendelsesforslag (R-3.3e): the selected proposals forwarded to the city government without a vote
        on their merits, by the council's tacit decision (Ctrl+B)."""
        state = self.controller.state
        chosen = [row.data(Qt.ItemDataRole.UserRole) for row in self.forward_list.selectedItems()]
        if state.current_item is None or not chosen:
            return False
        chosen = [s for s in self.subjects(state) if s in chosen] + [s for s in chosen if s not in self.subjects(state)]
        payload = {"item": state.current_item, "proposals": chosen, "method": "tacit"}
        return self.controller.perform(ev.PROPOSAL_FORWARDED, payload, lambda: self.tr("Oversendt byrådet"))

    def split_recommendation(self) -> bool:
        """R-3.3e: the recommendation may be voted on in parts; the order then holds each part."""
        state = self.controller.state
        parts = self.parts.value()
        order = []
        for subject in self.subjects(state):
            if is_recommendation(subject):
                if not any(is_recommendation(s) for s in order):
                    order += recommendation_subjects(parts)
            else:
                order.append(subject)
        return self.controller.perform(
            ev.VOTING_ORDER_SET, {"item": state.current_item, "order": order}, lambda: self.tr("Voteringsorden")
        )

    def _show_urgent_objections(self, state: MeetingState, item_id: str) -> None:
        """R-3.2c: once the urgent matter's vote is recorded its objections are shown as recorded and cannot be
        changed (voting.urgent_objections_frozen); undoing the vote opens them again."""
        frozen = voting.urgent_objections_frozen(state, item_id)
        for widget in (self.urgent_chair, self.urgent_count, self.urgent_button):
            widget.setEnabled(not frozen)
        if frozen and item_id in state.urgent_objections:
            chair, objecting = state.urgent_objections[item_id]
            self.urgent_chair.setChecked(chair)
            self.urgent_count.setValue(objecting)
        self.urgent_button.setToolTip(
            self.tr("Det er votert i saken; protestene kan ikke endres (R-3.2c).") if frozen else "")

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
        if not self._party_breakdown_asked(state, item_id):  # kommuneloven § 11-4: correct a count with names first
            return False
        text = self.decision.toPlainText()
        if state.decisions.get(item_id) != text.strip():
            if not self.controller.perform(ev.DECISION_TEXT_SET, {"item": item_id, "text": text}, lambda: self.tr("Vedtak")):
                return False
        return self.controller.perform(ev.ITEM_DECIDED, {"item": item_id}, lambda: self.tr("Saken avgjort"))

    def _party_breakdown_asked(self, state: MeetingState, item_id: str) -> bool:
        """Kommuneloven § 11-4: a vote of the item recorded by counts only (not unanimous, not tacit, no written ballot:
        voting.counted_only) has no party breakdown. Asks whether to record it first: «Registrer» puts that vote in the
        form for a correction with names (retake_of; both stay in the log) and the item stays open — False; «Avslutt
        likevel» lets the item be decided, and the minutes say where the breakdown was not recorded — True."""
        missing = voting.counted_only(state, item_id)
        if not missing:
            return True
        from chair_console.procedure.vote_words import subjects_name  # «forslag nr. 1–37 fra R», an alternative vote

        vote = missing[0]
        subject = subjects_name(state, item_id, vote.subjects, current_language())
        if len(missing) == 1:
            text = self.tr("Voteringen over {subject} ble registrert bare med antall. Registrer hvordan partiene stemte "
                           "før saken avsluttes?").format(subject=subject)
        else:
            text = self.tr("{n} voteringer i saken ble registrert bare med antall, den første over {subject}. Registrer "
                           "hvordan partiene stemte før saken avsluttes?").format(n=len(missing), subject=subject)
        if not dialogs.ask(self, self.tr("Hvordan partiene stemte"), text, self.tr("Registrer"),
                           self.tr("Avslutt likevel")):
            return True
        for i in range(self.results.count()):  # the one to correct selected in the item's votes
            if self.results.item(i).data(Qt.ItemDataRole.UserRole) == vote.id:
                self.results.setCurrentRow(i)
        self._retake_of = vote.id
        self._preselect_retake()
        self.count_only.setChecked(False)  # names this time: tick those against, by group
        self._show_tally()
        self.controller.refused.emit(self.tr(
            "Kryss av medlemmene gruppevis, som ved en votering med navn, og registrer voteringen på nytt. Den erstatter "
            "voteringen med bare antall; begge blir stående i loggen. Saken er ikke avsluttet."))
        return False

    # -- what a recorded vote changes at once: the order list marked, the next subject selected, the count reset --

    def _mark_order(self, state: MeetingState) -> None:
        """Each subject voted on gets a sign beside its words (✓ vedtatt, ✗ falt — never colour alone) and its result
        in RESULT_ROLE (True adopted, False fell); once votes stand, the next subject not yet voted on is selected."""
        item_id = state.current_item
        if item_id is None:
            return
        won: dict[str, bool] = {}
        for vote in state.final_votes(item_id):
            for n, s in enumerate(vote.subjects):
                won[s] = vote.adopted if vote.single else vote.winner == n
        for i in range(self.order.count()):
            row = self.order.item(i)
            result = won.get(row.data(Qt.ItemDataRole.UserRole))
            row.setData(RESULT_ROLE, result)
            row.setIcon(_sign_icon(result) if result is not None else QIcon())
            row.setForeground(QColor("#1b6e20") if result else QColor("#b00020") if result is False else QBrush())
            row.setToolTip(self.tr("✓ vedtatt") if result else self.tr("✗ falt") if result is False else "")
        if not won or self.order.currentRow() >= 0:  # before the first vote, or a row the secretary is moving
            return
        undone = [i for i in range(self.order.count()) if self.order.item(i).data(RESULT_ROLE) is None]
        if undone:
            self.order.setCurrentRow(undone[0])

    def _reset_count(self) -> None:
        """After a vote is recorded: nothing of its count stays for the next one."""
        self._filling = True
        self.against_count.setValue(0)
        self.for_count.setValue(0)
        self._filling = False
        self._show_tally()


def _sign_icon(adopted: bool) -> QIcon:
    """✓ or ✗ drawn as the row's icon: the sign carries the result, the colour only helps."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#1b6e20") if adopted else QColor("#b00020"))
    font = painter.font()
    font.setPixelSize(14)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "✓" if adopted else "✗")
    painter.end()
    return QIcon(pixmap)
