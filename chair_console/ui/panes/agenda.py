"""Agenda (saksliste): items with kind, committee, dissent, closed basis, status and the run plan (R-5.1b);
navigation, reordering, postponement (R-3.2b), urgent matters (R-3.2c), proposals (R-3.4a) and the
item's speaking-time settings (R-5.4a–e). The rules live in the reducer; this pane only asks."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from chair_console.procedure import events as ev
from chair_console.procedure import voting
from chair_console.procedure import agenda_rules  # noqa: I001 - the council decides (R-3.6b, R-5.4a)
from chair_console.procedure.agenda import FINAL_STATUSES, NO_PROPOSALS
from chair_console.procedure.agenda import has_recommendation, next_urgent_matter  # noqa: I001
from chair_console.procedure import item_progress
from chair_console.procedure.runplan import run_plan
from chair_console.procedure.state import MeetingState
from chair_console.timefmt import mmss
from chair_console.ui import dialogs
from chair_console.ui.labels import ITEM_KINDS, ITEM_STATUSES, label
from chair_console.ui.panes.base import SPEAKING, Pane, TableModel, record_table


def ask_vote_count(parent, state: MeetingState, item_id: str | None, title: str, question: str) -> dict | None:  # noqa: ANN001
    """Ask how many voted for; those against follow from the duty to vote (R-3.3b); a tie asks the chair (R-3.3d)."""
    n = len(state.eligible(item_id))
    votes_for = dialogs.ask_count(parent, title, question, n)
    if votes_for is None:
        return None
    payload = voting.council_count(state, item_id, votes_for)
    if voting.asks_chair(state, item_id, payload):  # R-3.3d: the chair's own vote decides, recorded with the count
        question = QCoreApplication.translate(
            "AgendaPane", "Stemmelikhet. Møteleders egen stemme avgjør (R-3.3d). Hvordan stemte møtelederen?"
        )
        if state.chair is not None:
            question += f" ({state.council.name_of(state.chair.person)})"
        chair_for = dialogs.ask(
            parent, title, question,
            QCoreApplication.translate("AgendaPane", "For"), QCoreApplication.translate("AgendaPane", "Mot"),
        )
        payload = voting.with_chair_vote(state, payload, voting.CHAIR_FOR if chair_for else voting.CHAIR_AGAINST)
    return payload




def ask_council_decision(parent, state: MeetingState, item_id: str | None, title: str, question: str) -> dict | None:  # noqa: ANN001
    """How the council decided the chair's proposal (R-3.2b, R-7c, R-3.3e): tacitly — nobody objected — or by a
    counted vote (ask_vote_count). The payload's «method» and counts; None if cancelled."""
    tacit = dialogs.ask(
        parent, title,
        QCoreApplication.translate(
            "AgendaPane", "{question}\n\nVedtok bystyret det stilltiende (ingen protesterte), eller ble det votert?"
        ).format(question=question),
        QCoreApplication.translate("AgendaPane", "Vedtatt stilltiende"),
        QCoreApplication.translate("AgendaPane", "Votering – tell stemmene…"),
    )
    if tacit:
        return {"method": "tacit"}
    counts = ask_vote_count(parent, state, item_id, title, question)
    return None if counts is None else {"method": "counted", **counts}


_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole})  # the roles AgendaModel.data gives
_GREY = QColor("#6b7280")  # a finished item


class AgendaModel(TableModel):
    # the columns, in the order of HEADERS
    COL_NUMBER, COL_TITLE, COL_KIND, COL_STATUS, COL_PLAN, COL_USED = range(6)
    _BOLD, _GREYED = 6, 7  # after the columns' texts in a cached row: the item under debate, a finished item
    ITEM_ID_ROLE = Qt.ItemDataRole.UserRole  # the agenda item's id, on every column
    HEADERS = (
        QT_TRANSLATE_NOOP("AgendaModel", "Nr."),
        QT_TRANSLATE_NOOP("AgendaModel", "Tittel"),
        QT_TRANSLATE_NOOP("AgendaModel", "Type"),
        QT_TRANSLATE_NOOP("AgendaModel", "Status"),
        QT_TRANSLATE_NOOP("AgendaModel", "Plan"),
        QT_TRANSLATE_NOOP("AgendaModel", "Brukt"),
    )

    def __init__(self, now) -> None:  # noqa: ANN001
        super().__init__()
        self._state = MeetingState()
        self._now = now
        self._plan = None
        self._rows: list[tuple] = []  # per item: the texts of the columns, then bold, greyed (what data() shows)

    def set_state(self, state: MeetingState) -> None:
        """The same items in the same order: `dataChanged` for the rows that changed; else a reset."""
        same_items = [i.id for i in state.agenda] == [i.id for i in self._state.agenda]
        plan = run_plan(state, self._now())
        if not same_items:
            self.beginResetModel()
            self._state, self._plan = state, plan
            self._rows = [self._row(item) for item in state.agenda]
            self.endResetModel()
            return
        self._state, self._plan = state, plan
        rows = [self._row(item) for item in state.agenda]
        changed = [n for n, (old, new) in enumerate(zip(self._rows, rows)) if old != new]
        self._rows = rows
        self.rows_changed(changed)

    def _row(self, item) -> tuple:  # noqa: ANN001
        status = item_progress.shown_status(self._state, item.id)  # a question hour or interpellation done shows so
        kind = label(ITEM_KINDS, item.kind)
        plan = self._plan.item(item.id) if self._plan else None
        planned = ""
        if plan is not None and plan.planned_minutes is not None:
            start = plan.planned_start.strftime("%H:%M") if plan.planned_start else ""
            planned = self.tr("{start} · {minutes} min").format(start=start, minutes=plan.planned_minutes).lstrip(" ·")
        return (
            item.number,
            item.title,
            self.tr("{kind} – lukket").format(kind=kind) if item.closed else kind,
            self.tr("Behandlet") if status == item_progress.DONE else label(ITEM_STATUSES, status),
            planned,
            self._used(item.id),
            item.id == self._state.current_item,  # _BOLD
            status in FINAL_STATUSES or status == item_progress.DONE,  # _GREYED
        )

    def _used(self, item_id: str) -> str:
        plan = self._plan.item(item_id) if self._plan else None
        return mmss(plan.used_seconds) if plan is not None and plan.used_seconds > 0 else ""

    def tick(self) -> None:
        """Used time of the item under debate moves on: refresh that column, in the rows whose time changed."""
        if self._state.current_item is None or not self._state.agenda:
            return
        self._plan = run_plan(self._state, self._now())
        changed = []
        for n, item in enumerate(self._state.agenda):
            used = self._used(item.id)
            if n < len(self._rows) and self._rows[n][self.COL_USED] != used:
                self._rows[n] = (*self._rows[n][: self.COL_USED], used, *self._rows[n][self.COL_USED + 1:])
                changed.append(n)
        self.rows_changed(changed, self.COL_USED, self.COL_USED)

    def _tooltip(self, item) -> str:  # noqa: ANN001
        lines = [f"{item.number}: {item.title}"]
        council = self._state.council
        committee = next((c for c in council.committees if c.id == item.committee_id), None) if council else None
        if committee is not None:
            lines.append(self.tr("Innstilling fra {committee}").format(committee=committee.name))
        if item.recommendation:
            lines.append(item.recommendation)
        if has_recommendation(item):
            lines.append(self.tr("Dissens i utvalget") if item.dissent else self.tr("Enstemmig innstilling"))
        if item.closed:
            lines.append(self.tr("Lukket: {basis}").format(basis=item.closed_basis))
        if item.election_item:  # R-3.10a, § 3.10 b
            lines.append(self.tr("Valgsak: ingen kan erklæres inhabil"))
        return "\n".join(lines)

    def item_id(self, row: int) -> str | None:
        agenda = self._state.agenda
        return agenda[row].id if 0 <= row < len(agenda) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._state.agenda)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # asked for every role of every cell at each layout pass (the columns fit their contents): the roles it
        # gives nothing for are answered first
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.FontRole and row[self._BOLD]:
            font = QFont()  # the application's font as it is now (the text size follows Ctrl +/−)
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row[self._GREYED]:
            return _GREY
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.COL_NUMBER, self.COL_TITLE):
            return self._tooltip(self._state.agenda[index.row()])
        if role == self.ITEM_ID_ROLE:
            return self._state.agenda[index.row()].id
        return None


class AgendaPane(Pane):
    OBJECT_NAME = "agendaPane"
    TITLE = QT_TRANSLATE_NOOP("Panes", "Saksliste")
    IGNORES = SPEAKING  # the speakers and speeches of an item are not in the agenda (its used time ticks)

    def __init__(self, controller) -> None:  # noqa: ANN001
        super().__init__(controller)
        self.model = AgendaModel(controller.service.now)
        self.table = record_table("agendaTable", self.model, stretch_column=AgendaModel.COL_TITLE)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users are not trapped
        for keys in ("Return", "Enter"):  # Enter on a row takes up the item (with the guard in open_item)
            QShortcut(QKeySequence(keys), self.table, activated=self.open_selected,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.run_plan = QLabel(objectName="agendaRunPlan")
        self.buttons: dict[str, QPushButton] = {}
        for name, slot in (
            ("openItemButton", self.open_selected),
            ("previousItemButton", lambda: self.step(-1)),
            ("nextItemButton", lambda: self.step(+1)),
            ("moveUpButton", lambda: self.move(-1)),
            ("moveDownButton", lambda: self.move(+1)),
            ("closeDebateButton", self.close_debate),
            ("postponeButton", self.postpone),
            ("sendToCommitteeButton", self.send_to_committee),
            ("urgentMatterButton", self.add_urgent_matter),
        ):
            button = QPushButton(objectName=name)
            button.clicked.connect(slot)
            self.buttons[name] = button
        for keys, slot in (("Alt+Up", lambda: self.move(-1)), ("Alt+Down", lambda: self.move(+1))):
            QShortcut(QKeySequence(keys), self.table, activated=slot, context=Qt.ShortcutContext.WidgetShortcut)
        grid = QGridLayout()
        for n, name in enumerate(
            ("openItemButton", "previousItemButton", "nextItemButton", "moveUpButton", "moveDownButton",
             "closeDebateButton", "postponeButton", "sendToCommitteeButton", "urgentMatterButton")
        ):
            grid.addWidget(self.buttons[name], n // 3, n % 3)
        items_tab = QWidget()
        items_layout = QVBoxLayout(items_tab)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(self.run_plan)
        items_layout.addWidget(self.table, 1)
        items_layout.addLayout(grid)

        # proposals (R-3.4a)
        self.proposals = QListWidget(objectName="proposalList")
        self.proposal_text = QPlainTextEdit(objectName="proposalText")
        self.proposal_text.setMaximumHeight(80)
        self.proposer = QComboBox(objectName="proposalProposer")
        self.proposal_groups = QLineEdit(objectName="proposalGroups")
        self.proposal_kind = QComboBox(objectName="proposalKind")
        self.add_proposal = QPushButton(objectName="addProposalButton")
        self.withdraw_proposal = QPushButton(objectName="withdrawProposalButton")
        self.add_proposal.clicked.connect(self.table_proposal)
        self.withdraw_proposal.clicked.connect(self.withdraw)
        self.proposals_heading = QLabel(objectName="proposalsHeading")
        self.proposals_heading.setWordWrap(True)
        proposals_tab = QWidget()
        form = QFormLayout()
        self.form_labels = [QLabel(), QLabel(), QLabel(), QLabel()]
        form.addRow(self.form_labels[0], self.proposal_text)
        form.addRow(self.form_labels[1], self.proposer)
        form.addRow(self.form_labels[2], self.proposal_groups)
        form.addRow(self.form_labels[3], self.proposal_kind)
        # the number the group's documents give the proposal (the budget meeting: «forslag nr. 1–37 fra R»)
        self.proposal_number = QSpinBox(objectName="proposalNumber", maximum=9999)
        self.proposal_number_label = QLabel()
        form.addRow(self.proposal_number_label, self.proposal_number)
        for lab, buddy in zip((*self.form_labels, self.proposal_number_label), (
                self.proposal_text, self.proposer, self.proposal_groups, self.proposal_kind, self.proposal_number)):
            lab.setBuddy(buddy)  # screen readers name the field by its label
        row = QHBoxLayout()
        row.addWidget(self.withdraw_proposal)
        row.addStretch(1)
        row.addWidget(self.add_proposal)
        p_layout = QVBoxLayout(proposals_tab)
        p_layout.addWidget(self.proposals_heading)
        p_layout.addWidget(self.proposals, 1)
        p_layout.addLayout(form)
        p_layout.addLayout(row)

        # speaking time settings (R-5.4a–e)
        settings_tab = QWidget()
        self.group_minutes = QSpinBox(objectName="groupMinutes", maximum=120)
        self.extended_minutes = QSpinBox(objectName="extendedMinutes", maximum=240)
        self.independent_minutes = QSpinBox(objectName="independentMinutes", maximum=60)
        self.replies = QCheckBox(objectName="repliesAllowed")
        self.apply_settings = QPushButton(objectName="applySettingsButton")
        self.apply_settings.clicked.connect(self.save_settings)
        self.settings_heading = QLabel(objectName="settingsHeading")
        self.settings_heading.setWordWrap(True)
        s_form = QFormLayout()
        self.settings_labels = [QLabel(), QLabel(), QLabel()]
        s_form.addRow(self.settings_labels[0], self.group_minutes)
        s_form.addRow(self.settings_labels[1], self.extended_minutes)
        s_form.addRow(self.settings_labels[2], self.independent_minutes)
        for lab, buddy in zip(self.settings_labels, (self.group_minutes, self.extended_minutes, self.independent_minutes)):
            lab.setBuddy(buddy)
        s_form.addRow("", self.replies)
        s_layout = QVBoxLayout(settings_tab)
        s_layout.addWidget(self.settings_heading)
        s_layout.addLayout(s_form)
        s_layout.addWidget(self.apply_settings, 0, Qt.AlignmentFlag.AlignRight)
        s_layout.addStretch(1)

        self.tabs = QTabWidget(objectName="agendaTabs")
        self.tabs.addTab(items_tab, "")
        self.tabs.addTab(proposals_tab, "")
        self.tabs.addTab(settings_tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self.retranslate()
        self.set_state(controller.state)

    # -- language and state ----------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            "openItemButton": self.tr("Ta opp saken (Ctrl+T)"),
            "previousItemButton": self.tr("Forrige sak"),
            "nextItemButton": self.tr("Neste sak"),
            "moveUpButton": self.tr("Flytt opp (Alt+↑)"),
            "moveDownButton": self.tr("Flytt ned (Alt+↓)"),
            "closeDebateButton": self.tr("Avslutt debatten (Ctrl+D)"),
            "postponeButton": self.tr("Utsett saken…"),
            "sendToCommitteeButton": self.tr("Send til utvalg…"),
            "urgentMatterButton": self.tr("Aktuell sak…"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.tabs.setTabText(0, self.tr("Saker"))
        self.tabs.setTabText(1, self.tr("Forslag"))
        self.tabs.setTabText(2, self.tr("Taletid"))
        for lab, text in zip(self.form_labels, (self.tr("Forslag"), self.tr("Forslagsstiller"), self.tr("Grupper"),
                                                self.tr("Type"))):
            lab.setText(text)
        self.proposal_text.setPlaceholderText(self.tr("Skriv forslaget slik vedtaket skal lyde"))
        self.proposal_groups.setPlaceholderText(self.tr("Gruppeforkortelser, f.eks. A, SV"))
        self.add_proposal.setText(self.tr("Fremme forslag"))
        self.withdraw_proposal.setText(self.tr("Trekk forslaget"))
        self.proposal_kind.clear()
        self.proposal_kind.addItem(self.tr("Endring av innstillingen"), "change")
        self.proposal_kind.addItem(self.tr("Nytt punkt"), "new_point")
        self.proposal_number_label.setText(self.tr("Nummer"))
        self.proposal_number.setSpecialValueText(self.tr("neste i saken"))
        for lab, text in zip(self.settings_labels, (self.tr("Gruppenes taletid (min)"), self.tr("Utvidet taletid (min, 0 = ingen)"),
                                                    self.tr("Uavhengiges taletid (min)"))):
            lab.setText(text)
        self.replies.setText(self.tr("Replikker tillatt (R-5.4e)"))
        self.apply_settings.setText(self.tr("Lagre taletid"))

    def set_state(self, state: MeetingState) -> None:
        selected = self.selected_item()
        self.model.set_state(state)
        row = next((i for i, item in enumerate(state.agenda) if item.id == selected), -1)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, AgendaModel.COL_NUMBER))
        self._show_run_plan(state)
        self._fill_proposers(state)
        self._selection_changed()

    def _tick(self) -> None:
        self.model.tick()
        self._show_run_plan(self.controller.state)

    def _show_run_plan(self, state: MeetingState) -> None:
        plan = run_plan(state, self.controller.service.now())
        parts = []
        if plan.planned_end is not None:
            parts.append(self.tr("Planlagt slutt {time}").format(time=plan.planned_end.strftime("%H:%M")))
        if plan.projected_end is not None:
            delay = plan.delay_minutes or 0
            parts.append(
                self.tr("beregnet slutt {time} ({delay:+d} min)").format(
                    time=plan.projected_end.strftime("%H:%M"), delay=delay
                )
            )
        self.run_plan.setText(" · ".join(parts))

    def _fill_proposers(self, state: MeetingState) -> None:
        current = self.proposer.currentData()
        self.proposer.blockSignals(True)
        self.proposer.clear()
        self.proposer.addItem(self.tr("(gruppeforslag)"), None)
        council = state.council
        if council is not None:
            for seat, person in sorted(state.seated().items(), key=lambda kv: council.name_of(kv[1])):
                self.proposer.addItem(council.name_of(person), person)
        index = self.proposer.findData(current)
        self.proposer.setCurrentIndex(max(0, index))
        self.proposer.blockSignals(False)

    def _selection_changed(self) -> None:
        state = self.controller.state
        item = state.item(self.selected_item())
        self.proposals.clear()
        if item is None:
            self.proposals_heading.setText(self.tr("Velg en sak i listen."))
            self.settings_heading.setText(self.tr("Velg en sak i listen."))
            return
        if item.kind in NO_PROPOSALS:
            self.proposals_heading.setText(
                self.tr("{number}: det kan ikke fremmes forslag i denne saken.").format(number=item.number)
            )
        else:
            self.proposals_heading.setText(self.tr("Forslag i {number}").format(number=item.number))
        council = state.council
        for p in state.proposals.get(item.id, ()):
            who = council.name_of(p.proposer) if p.proposer else ""
            groups = ", ".join(council.group(g).abbreviation for g in p.groups if council.group(g))
            by = ", ".join(x for x in (who, groups) if x)
            text = self.tr("Forslag nr. {n} fra {by}: {text}").format(n=p.number, by=by, text=p.text)
            if p.withdrawn:
                text = self.tr("{text} (trukket)").format(text=text)
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, p.id)
            self.proposals.addItem(entry)
        self.settings_heading.setText(self.tr("Taletid i {number}").format(number=item.number))
        self.group_minutes.setValue(item.group_minutes)
        self.extended_minutes.setValue(item.extended_minutes or 0)
        self.independent_minutes.setValue(item.independent_minutes)
        self.replies.setChecked(item.replies)

    # -- actions -----------------------------------------------------------------------

    def selected_item(self) -> str | None:
        return self.model.item_id(self.table.currentIndex().row())

    def select_item(self, item_id: str) -> None:
        row = next((i for i, item in enumerate(self.controller.state.agenda) if item.id == item_id), -1)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, AgendaModel.COL_NUMBER))

    def _number(self, item_id: str) -> str:
        item = self.controller.state.item(item_id)
        return item.number if item else item_id

    def _leave_current(self, item_id: str) -> bool:
        """Taking up `item_id` while a speech runs or the current item is not finished asks first, naming what would
        be left; the answer «Nei» changes nothing. Yes: one event (agenda.item_opened ends the speech), one undo."""
        state = self.controller.state
        left = item_progress.left_open(state, item_id)
        if not left or state.current_item == item_id:
            return True
        number = self._number(item_id)
        current = self._number(state.current_item) if state.current_item else ""
        lines = []
        if item_progress.SPEECH_RUNNING in left:
            person = state.speech.entry.person
            name = state.council.name_of(person) if state.council else person
            lines.append(self.tr("Taleren {name} har ordet.").format(name=name))
        if item_progress.DEBATE_OPEN in left:
            lines.append(self.tr("Debatten i {number} er ikke avsluttet.").format(number=current))
        if item_progress.VOTING_OPEN in left:
            lines.append(self.tr("Voteringen i {number} er ikke avsluttet.").format(number=current))
        if item_progress.QUESTION_HOUR_OPEN in left:
            lines.append(self.tr("Spørretimen er ikke avsluttet."))
        if item_progress.SPEECH_RUNNING in left:
            question = self.tr("Avslutte innlegget og ta opp {number}?").format(number=number)
        else:
            question = self.tr("Ta opp {number} likevel?").format(number=number)
        return dialogs.ask(
            self, self.tr("Ta opp {number}").format(number=number), "\n".join([*lines, "", question]),
            self.tr("Ja, ta opp {number}").format(number=number), self.tr("Nei"),
        )

    def open_item(self, item_id: str) -> bool:
        number = self._number(item_id)
        item = self.controller.state.item(item_id)
        payload = {"item": item_id}
        state = self.controller.state
        if not self._leave_current(item_id):  # nothing ends a speech or leaves a debate as a side effect
            return False
        if item is not None and item.closed and state.rules >= 2 and not agenda_rules.closing_decided(state, item_id):
            if not self.decide_closing(item_id):  # R-3.6b, R-3.7a: the council decides first
                return False
        if item is not None and item.closed:  # R-3.7a, R-3.8a
            if not dialogs.ask(
                self,
                self.tr("Lukket møte"),
                self.tr(
                    "{number} behandles for lukkede dører etter {basis}.\n\nBekreft hjemmelen. Bare medlemmer, "
                    "varamedlemmer som møter, ordføreren, byrådet og ansatte med oppgaver i saken kan være til stede "
                    "(R-3.8a). Strømmingen skal stoppes nå (R-3.7a)."
                ).format(number=number, basis=item.closed_basis),
                self.tr("Hjemmelen er riktig – lukk møtet"),
                self.tr("Avbryt"),
            ):
                return False
            payload["closed_confirmed"] = True
        return self.controller.perform(
            ev.ITEM_OPENED, payload, lambda: self.tr("Ta opp {number}").format(number=number)
        )

    def decide_closing(self, item_id: str) -> bool:
        """R-3.6b «Hvis det vedtas at et møte skal lukkes», R-3.7a (kommuneloven § 11-5): the council's decision to
        close the meeting for the item, with its legal basis (the item's proposed, editable), tacit or counted.
        Returns whether the council closed it; a proposal that falls is recorded and said."""
        item = self.controller.state.item(item_id)
        number = item.number
        title = self.tr("Lukke møtet")
        basis = dialogs.ask_text(
            self, title,
            self.tr("Hjemmel for å lukke møtet under behandlingen av {number} (kommuneloven § 11-5):").format(
                number=number),
            item.closed_basis or "",
        )
        if basis is None:
            return False
        payload = ask_council_decision(
            self, self.controller.state, item_id, title,
            self.tr("Forslag om å lukke møtet under behandlingen av {number}, jf. {basis} (R-3.6b). "
                    "Hvor mange stemte for?").format(number=number, basis=basis),
        )
        if payload is None:
            return False
        done = self.controller.perform(ev.CLOSED_DECIDED, {"item": item_id, "basis": basis, **payload},
                                       lambda: self.tr("Lukke møtet under {number}").format(number=number))
        if done and not agenda_rules.closing_decided(self.controller.state, item_id):
            decision = self.controller.state.council_decisions[item_id][-1]
            self.controller.refused.emit(
                self.tr("Forslaget om å lukke møtet falt ({a} mot {b} stemmer). {number} tas ikke opp for lukkede "
                        "dører.").format(a=decision.votes_for, b=decision.against, number=number))
        return done and agenda_rules.closing_decided(self.controller.state, item_id)

    def open_selected(self) -> bool:
        item_id = self.selected_item()
        return False if item_id is None else self.open_item(item_id)

    def step(self, direction: int) -> bool:
        """Open the next (or previous) item still to be dealt with in this meeting."""
        state = self.controller.state
        ids = [i.id for i in state.agenda if state.status(i.id) not in ("postponed", "sent_to_committee")]
        if not ids:
            return False
        if state.current_item in ids:
            position = ids.index(state.current_item) + direction
        else:
            position = 0 if direction > 0 else len(ids) - 1
        if not 0 <= position < len(ids):
            return False
        done = self.open_item(ids[position])
        if done:
            self.select_item(ids[position])
        return done

    def move(self, direction: int) -> bool:
        state = self.controller.state
        item_id = self.selected_item()
        order = [i.id for i in state.agenda]
        if item_id is None:
            return False
        i = order.index(item_id)
        j = i + direction
        if not 0 <= j < len(order):
            return False
        order[i], order[j] = order[j], order[i]
        number = self._number(item_id)
        done = self.controller.perform(
            ev.AGENDA_REORDERED, {"order": order}, lambda: self.tr("Flytt {number}").format(number=number)
        )
        if done:
            self.select_item(item_id)
        return done

    def close_debate(self) -> bool:
        item_id = self.controller.state.current_item
        if item_id is None:
            return False
        number = self._number(item_id)
        state = self.controller.state
        if item_progress.closing_ends_speech(state):  # nothing ends a speech as a side effect: asked first
            person = state.speech.entry.person
            name = state.council.name_of(person) if state.council else person
            if not dialogs.ask(
                self, self.tr("Avslutt debatten i {number}").format(number=number),
                "\n".join([self.tr("Taleren {name} har ordet.").format(name=name), "",
                           self.tr("Avslutte innlegget og debatten i {number}? Saken går til votering (R-3.3e).")
                           .format(number=number)]),
                self.tr("Ja, avslutt debatten"), self.tr("Nei"),
            ):
                return False
        return self.controller.perform(
            ev.DEBATE_CLOSED, {"item": item_id}, lambda: self.tr("Avslutt debatten i {number}").format(number=number)
        )

    def postpone(self) -> bool:
        """R-3.2b: the council postpones an item by simple majority: tacitly, or counted like every vote."""
        return self._council_decision(
            ev.ITEM_POSTPONED,
            self.tr("Utsett saken"),
            self.tr("Forslag om å utsette {number} (R-3.2b). Hvor mange stemte for utsettelse?"),
            self.tr("Utsett {number}"),
        )

    def send_to_committee(self) -> bool:
        """R-7c: the council may by simple majority send an interpellation to a committee; R-3.2b: any item may be
        sent back to a committee by such a decision. Which committee is asked first (the item's own proposed)."""
        item_id = self.selected_item()
        council = self.controller.state.council
        item = self.controller.state.item(item_id)
        if item is None or council is None or not council.committees:
            return False
        committees = list(council.committees)
        current = next((n for n, c in enumerate(committees) if c.id == item.committee_id), 0)
        chosen = dialogs.choose(self, self.tr("Send til utvalg"), self.tr("Hvilket utvalg skal {number} sendes til?")
                                .format(number=item.number), [c.name for c in committees], current)
        if chosen is None:
            return False
        committee = committees[chosen]
        return self._council_decision(
            ev.ITEM_SENT_TO_COMMITTEE,
            self.tr("Send til utvalg"),
            self.tr("Forslag om å sende {number} til {committee} (R-7c). Hvor mange stemte for?").replace(
                "{committee}", committee.name),
            self.tr("Send {number} til utvalg"),
            {"committee": committee.id},
        )

    def _council_decision(self, kind: str, title: str, question: str, undo_text: str, extra: dict | None = None) -> bool:
        item_id = self.selected_item()
        if item_id is None:
            return False
        number = self._number(item_id)
        payload = ask_council_decision(self, self.controller.state, item_id, title, question.format(number=number))
        if payload is None:
            return False
        done = self.controller.perform(kind, {"item": item_id, **(extra or {}), **payload},
                                       lambda: undo_text.format(number=number))
        decisions = self.controller.state.council_decisions.get(item_id, ())
        if done and decisions and not decisions[-1].carried:  # recorded as fallen: the item stays
            self.controller.refused.emit(
                self.tr("Forslaget falt ({a} mot {b} stemmer). {number} blir stående på sakslisten.").format(
                    a=decisions[-1].votes_for, b=decisions[-1].against, number=number)
            )
        return done

    def add_urgent_matter(self) -> bool:
        title = dialogs.ask_text(self, self.tr("Aktuell sak"), self.tr("Tittel på den aktuelle saken (R-3.2c):"))
        if title is None:
            return False
        item_id, count = next_urgent_matter(self.controller.state.agenda)
        item = {"id": item_id, "number": self.tr("Aktuell sak {n}").format(n=count), "title": title}
        return self.controller.perform(
            ev.URGENT_MATTER_ADDED, {"item": item}, lambda: self.tr("Aktuell sak: {title}").format(title=title)
        )

    def table_proposal(self) -> bool:
        item_id = self.selected_item()
        if item_id is None:
            return False
        council = self.controller.state.council
        by_abbr = {g.abbreviation.lower(): g.id for g in council.groups} if council else {}
        groups = [by_abbr.get(x.strip().lower(), x.strip()) for x in self.proposal_groups.text().split(",") if x.strip()]
        payload = {
            "item": item_id,
            "text": self.proposal_text.toPlainText(),
            "proposer": self.proposer.currentData(),
            "groups": groups,
            "kind": self.proposal_kind.currentData(),
        }
        if self.proposal_number.value():  # numbered by the proposer's documents, once per group (R-3.3e)
            payload["number"] = self.proposal_number.value()
        number = self._number(item_id)
        done = self.controller.perform(
            ev.PROPOSAL_TABLED, payload, lambda: self.tr("Forslag i {number}").format(number=number)
        )
        if done:
            self.proposal_text.clear()
            self.proposal_groups.clear()
            if self.proposal_number.value():  # the group's next proposal has the next number
                self.proposal_number.setValue(self.proposal_number.value() + 1)
        return done

    def withdraw(self) -> bool:
        item_id, entry = self.selected_item(), self.proposals.currentItem()
        if item_id is None or entry is None:
            return False
        pid = entry.data(Qt.ItemDataRole.UserRole)
        return self.controller.perform(
            ev.PROPOSAL_WITHDRAWN, {"item": item_id, "proposal": pid}, lambda: self.tr("Trekk forslaget")
        )

    def save_settings(self) -> bool:
        item_id = self.selected_item()
        if item_id is None:
            return False
        payload = {
            "item": item_id,
            "group_minutes": self.group_minutes.value(),
            "extended_minutes": self.extended_minutes.value() or None,
            "independent_minutes": self.independent_minutes.value(),
            "replies": self.replies.isChecked(),
        }
        number = self._number(item_id)
        state = self.controller.state
        asked = agenda_rules.settings_need_decision(state, item_id, payload)
        if asked:  # R-5.4a «Bystyret fastsetter taletid»: the council decides, usually tacitly; replies are the chair's
            decision = ask_council_decision(
                self, state, item_id, self.tr("Taletid"),
                self.tr("Forslag om taletid i {number}: gruppene {group} min, utvidet taletid {extended}, uavhengige "
                        "{independent} min (R-5.4a). Hvor mange stemte for?").format(
                    number=number, group=payload["group_minutes"],
                    extended=self.tr("{n} min").format(n=payload["extended_minutes"]) if payload["extended_minutes"]
                    else self.tr("ingen"),
                    independent=payload["independent_minutes"]),
            )
            if decision is None:
                return False
            payload.update(decision)
        done = self.controller.perform(
            ev.ITEM_SETTINGS_CHANGED, payload, lambda: self.tr("Taletid i {number}").format(number=number)
        )
        decisions = self.controller.state.council_decisions.get(item_id, ())
        if done and asked and decisions and not decisions[-1].carried:  # recorded as fallen: the times stay
            self.controller.refused.emit(
                self.tr("Forslaget om taletid falt ({a} mot {b} stemmer). Taletiden i {number} er uendret.").format(
                    a=decisions[-1].votes_for, b=decisions[-1].against, number=number))
            self._selection_changed()
        return done
