"""Roll call (navneopprop): the 59 seats in hall order with attendance, substitutes, the chair,
disqualifications and the city government; the seat chart; a keyboard roll-call mode (R-5.1a).

Widgets send actions; the rules (R-1b, R-3.1a, R-3.10a, R-4a, R-4b, R-5.5b) live in the reducer."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from chair_console.procedure import events as ev
from chair_console.procedure import attendance  # noqa: I001 - who may chair (R-3.1a)
from chair_console.procedure.agenda import VOTING
from PySide6.QtWidgets import QDockWidget, QGroupBox, QHeaderView
from chair_console.procedure.state import ABSENCE_REASONS, MeetingState, Phase
from chair_console.procedure.roll_call_summary import roll_call_summary
from chair_console.i18n import current_language  # the roll call's key letters follow the operator's language
from chair_console.ui.labels import ABSENCE_REASONS as REASON_LABELS
from chair_console.ui.labels import ATTENDANCE, CHAIR_CAPACITIES, label
from chair_console.ui.panes.base import SPEAKING, Pane, TableModel, fit_columns, record_table
from chair_console.ui import dialogs  # noqa: I001 - the council's decision on disqualification (R-3.10a)

# The keyboard roll call's letters (R-5.1a) in the operator's language, shown on the buttons and in the prompt:
# Bokmål T til stede · F forfall · V vara, English P present · A absent · S substitute. Both languages' letters are
# taken in either: no letter means two things, and none of the six has another use in the roll-call mode.
ROLL_CALL_LETTERS = {
    "nb": {"present": "T", "absent": "F", "substitute": "V"},
    "en": {"present": "P", "absent": "A", "substitute": "S"},
}


def _keys(action: str) -> set[Qt.Key]:
    return {getattr(Qt.Key, f"Key_{letters[action]}") for letters in ROLL_CALL_LETTERS.values()}


def roll_call_letters(lang: str) -> dict[str, str]:
    """The letters shown for `lang` (Bokmål's for a language without its own)."""
    return ROLL_CALL_LETTERS.get(lang, ROLL_CALL_LETTERS["nb"])


PRESENT_KEYS = _keys("present")
ABSENT_KEYS = _keys("absent")
SUBSTITUTE_KEYS = _keys("substitute")
DIGITS = {getattr(Qt.Key, f"Key_{i}"): i for i in range(1, 10)}


_DISPLAY, _DECORATION = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole
_ROLES = frozenset({_DISPLAY, _DECORATION, Qt.ItemDataRole.UserRole})  # the roles RollCallModel.data gives


class RollCallModel(TableModel):
    """One row per seat in hall order (R-10a)."""

    # the columns, in the order of HEADERS
    COL_SEAT, COL_GROUP, COL_NAME, COL_STATUS, COL_SUBSTITUTE = range(5)
    MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole  # the member (seat) id, on every column
    HEADERS = (
        QT_TRANSLATE_NOOP("RollCallModel", "Plass"),
        QT_TRANSLATE_NOOP("RollCallModel", "Gruppe"),
        QT_TRANSLATE_NOOP("RollCallModel", "Navn"),
        QT_TRANSLATE_NOOP("RollCallModel", "Status"),
        QT_TRANSLATE_NOOP("RollCallModel", "Vara som møter"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, tuple, str]] = []  # member id, cells, group colour
        self._colours: dict[str, QColor] = {}  # a group's colour, made once

    def set_state(self, state: MeetingState) -> None:
        """The same seats: `dataChanged` for the rows that changed (a member marked present: one row); else a reset."""
        rows = self._make_rows(state)
        if [r[0] for r in rows] != [r[0] for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        changed = [n for n, (old, new) in enumerate(zip(self._rows, rows)) if old != new]
        self._rows = rows
        self.rows_changed(changed)

    def _make_rows(self, state: MeetingState) -> list[tuple[str, tuple, str]]:
        rows: list[tuple[str, tuple, str]] = []
        council = state.council
        if council is not None:
            seated = state.seated()
            for number, m in enumerate(council.seating(), start=1):
                group = council.group(m.group_id)
                a = state.attendance.get(m.id)
                if a is None:
                    status = self.tr("Ikke registrert")
                elif a.status == "absent":
                    status = self.tr("Forfall: {reason}").format(reason=label(REASON_LABELS, a.reason))
                else:
                    status = label(ATTENDANCE, a.status)
                sitting = seated.get(m.id)
                who = ""
                if sitting is not None and sitting != m.id:  # «X møter for Y»
                    who = council.name_of(sitting)
                cells = (number, council.group_mark(m.id, self.tr("Uavh.")), m.name, status, who)
                rows.append((m.id, cells, group.colour if group and group.colour else ""))
        return rows

    def widest_rows(self, columns: tuple[int, ...], metrics: QFontMetrics) -> dict[int, set[int]]:
        """For each column, the row of its widest text, and of its widest shown with a decoration (the group's
        colour): the cells its width is measured on (RollCallPane._fit_columns)."""
        advances: dict[str, int] = {}
        widest: dict[int, set[int]] = {}
        for column in columns:
            best: dict[bool, tuple[int, int]] = {}  # decorated -> (advance, row)
            for row, (_member_id, cells, colour) in enumerate(self._rows):
                text = str(cells[column])
                advance = advances.get(text)
                if advance is None:
                    advance = advances[text] = metrics.horizontalAdvance(text)
                decorated = bool(colour) and column == self.COL_GROUP
                if decorated not in best or advance > best[decorated][0]:
                    best[decorated] = (advance, row)
            widest[column] = {row for _advance, row in best.values()}
        return widest

    def member_id(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, member_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r[0] == member_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Asked for every role of every cell painted (the columns' widths are measured without it: RollCallPane.
        # _fit_columns), so the roles it gives nothing for are answered first, and colours are kept.
        if role not in _ROLES or not index.isValid():
            return None
        member_id, cells, colour = self._rows[index.row()]
        if role == _DISPLAY:
            return cells[index.column()]
        if role == _DECORATION:
            if index.column() == self.COL_GROUP and colour:
                return self._colours.get(colour) or self._colours.setdefault(colour, QColor(colour))
            return None
        return member_id


class RollCallPane(Pane):
    OBJECT_NAME = "rollCallPane"
    TITLE = QT_TRANSLATE_NOOP("Panes", "Navneopprop")
    IGNORES = SPEAKING  # who has the floor is not in the roll call (the chair is: a handover changes `chair`)
    #: the table's columns as wide as their contents (the name takes the rest)
    FITTED = (RollCallModel.COL_SEAT, RollCallModel.COL_GROUP, RollCallModel.COL_STATUS, RollCallModel.COL_SUBSTITUTE)

    def __init__(self, controller) -> None:  # noqa: ANN001
        super().__init__(controller)
        self._mode = False  # keyboard roll call running
        self._awaiting: str | None = None  # "reason" | "substitute"
        self._then_substitute = False
        self.model = RollCallModel()
        self.table = record_table("rollCallTable", self.model, stretch_column=RollCallModel.COL_NAME)
        for column in self.FITTED:  # as wide as their contents, measured by _fit_columns, not by the view (issue 17)
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users are not trapped
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())

        self.summary = QLabel(objectName="rollCallSummary")
        self.start_button = QPushButton(objectName="startRollCallButton")
        self.start_button.clicked.connect(self.start_roll_call)
        QShortcut(QKeySequence("F5"), self, activated=self.start_roll_call, context=Qt.ShortcutContext.WindowShortcut)
        self.prompt = QLabel(objectName="rollCallPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("background: #e8f0fb; border: 1px solid #9bb7e0; padding: 6px;")
        self.prompt.hide()
        self.result = QLabel(objectName="rollCallResult")
        self.result.setWordWrap(True)
        self.result.hide()
        self.declare_button = QPushButton(objectName="declareOpenButton")
        self.declare_button.clicked.connect(self.declare_open)
        self.declare_button.hide()

        self.present_button = QPushButton(objectName="markPresentButton")
        self.reason_combo = QComboBox(objectName="absenceReasonCombo")
        self.absent_button = QPushButton(objectName="markAbsentButton")
        self.left_button = QPushButton(objectName="markLeftButton")
        self.left_rest_button = QPushButton(objectName="markLeftForRestButton")
        self.substitute_combo = QComboBox(objectName="substituteCombo")
        self.substitute_button = QPushButton(objectName="seatSubstituteButton")
        self.substitute_leave_button = QPushButton(objectName="substituteLeaveButton")
        self.basis_edit = QLineEdit(objectName="disqualificationBasis")
        self.disqualify_button = QPushButton(objectName="disqualifyButton")
        self.chair_label = QLabel(objectName="chairLabel")
        self.take_chair_button = QPushButton(objectName="takeChairButton")
        # R-3.1a: someone who is neither the mayor nor the deputy mayor is elected first; this points to the election
        self.chair_election_prompt = QLabel(objectName="chairElectionPrompt")
        self.chair_election_prompt.setWordWrap(True)
        self.chair_election_prompt.setMinimumHeight(self.chair_election_prompt.fontMetrics().lineSpacing() * 3 + 14)
        self.chair_election_prompt.setStyleSheet("background: #fff4ce; border: 1px solid #e0c060; padding: 6px;")
        self.chair_election_button = QPushButton(objectName="chairElectionButton")
        self.chair_election_button.clicked.connect(self.go_to_chair_election)
        self._chair_election: tuple[str, str] | None = None  # (office, person) the election is asked for
        self.government = QListWidget(objectName="governmentList")
        self.government.setMaximumHeight(80)
        self.government.itemChanged.connect(self._government_toggled)
        self.present_button.clicked.connect(self.mark_present)
        self.absent_button.clicked.connect(self.mark_absent)
        self.left_button.clicked.connect(lambda: self.mark_left(False))
        self.left_rest_button.clicked.connect(lambda: self.mark_left(True))
        self.substitute_button.clicked.connect(self.seat_substitute)
        self.substitute_leave_button.clicked.connect(self.substitute_leaves)
        self.disqualify_button.clicked.connect(self.disqualify)
        self.take_chair_button.clicked.connect(self.take_chair)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.start_button)
        grid = QGridLayout()
        grid.addWidget(self.present_button, 0, 0)
        grid.addWidget(self.reason_combo, 0, 1)
        grid.addWidget(self.absent_button, 0, 2)
        grid.addWidget(self.left_button, 1, 0)
        grid.addWidget(self.left_rest_button, 1, 1, 1, 2)
        grid.addWidget(self.substitute_leave_button, 2, 0)
        grid.addWidget(self.substitute_combo, 2, 1)
        grid.addWidget(self.substitute_button, 2, 2)
        grid.addWidget(self.take_chair_button, 3, 0)
        grid.addWidget(self.basis_edit, 3, 1)
        grid.addWidget(self.disqualify_button, 3, 2)
        grid.setColumnStretch(1, 1)
        self.government_title = QLabel(objectName="governmentTitle")
        self.government_title.setBuddy(self.government)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.prompt)
        layout.addWidget(self.result)
        layout.addWidget(self.declare_button)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chair_label)
        layout.addWidget(self.chair_election_prompt)
        chair_election = QHBoxLayout()
        chair_election.addStretch(1)
        chair_election.addWidget(self.chair_election_button)
        layout.addLayout(chair_election)
        layout.addLayout(grid)
        layout.addWidget(self.government_title)
        layout.addWidget(self.government)

        self.retranslate()
        self.set_state(controller.state)

    # -- language and state --------------------------------------------------------

    def retranslate(self) -> None:
        self.start_button.setText(self.tr("Start navneopprop (F5)"))
        letters = roll_call_letters(current_language())  # T/F/V in Bokmål, P/A/S in English
        self.present_button.setText(self.tr("Til stede ({key})").format(key=letters["present"]))
        self.absent_button.setText(self.tr("Forfall ({key})").format(key=letters["absent"]))
        self.left_button.setText(self.tr("Gått ut"))
        self.left_rest_button.setText(self.tr("Gått for resten av møtet"))
        self.substitute_button.setText(self.tr("Vara møter ({key})").format(key=letters["substitute"]))
        if self._mode:  # a keyboard roll call under way: its prompt in the new language's letters
            self._prompt()
        self.substitute_leave_button.setText(self.tr("Vara går ut"))
        self.take_chair_button.setText(self.tr("Overtar møteledelsen"))
        self.chair_election_button.setText(self.tr("Til valget"))
        self.basis_edit.setPlaceholderText(self.tr("Hjemmel, f.eks. forvaltningsloven § 6 første ledd"))
        self.disqualify_button.setText(self.tr("Inhabil i saken"))
        self.declare_button.setText(self.tr("Sett møtet («Møtet er satt») – Enter"))
        self.government_title.setText(self.tr("Byrådet til stede (teller ikke med, R-1b)"))
        current = self.reason_combo.currentData()
        self.reason_combo.blockSignals(True)
        self.reason_combo.clear()
        for code in ABSENCE_REASONS:  # R-4a
            self.reason_combo.addItem(label(REASON_LABELS, code), code)
        if current is not None:
            self.reason_combo.setCurrentIndex(max(0, self.reason_combo.findData(current)))
        self.reason_combo.blockSignals(False)

    def set_state(self, state: MeetingState) -> None:
        row = self.table.currentIndex().row()
        self.model.set_state(state)
        self._fit_columns()
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, RollCallModel.COL_SEAT))
        counts = roll_call_summary(state, state.current_item)  # the record model: every member accounted for
        self.summary.setText(
            self.tr("Til stede: {present} av {seats} · Forfall/borte: {absent} · Ikke registrert: {unmarked} · "
                    "Vara: {subs}").format(present=counts.present, seats=counts.seats, absent=counts.absent,
                                           unmarked=counts.not_recorded, subs=counts.substitutes)
        )
        chair = state.chair
        if chair is None:
            self.chair_label.setText(self.tr("Møteleder: ingen valgt"))
        else:
            self.chair_label.setText(
                self.tr("Møteleder: {name} ({capacity})").format(
                    name=state.council.name_of(chair.person), capacity=label(CHAIR_CAPACITIES, chair.capacity)
                )
            )
        self._fill_government(state)
        self._refresh_choices()
        self._show_chair_election(state)

    def _fit_columns(self) -> None:
        """The fitted columns as wide as their header and widest text, from the font's metrics (ResizeToContents
        would ask the model's data() for every role of every cell at each layout pass)."""
        fit_columns(self.table, self.model.widest_rows(self.FITTED, self.table.fontMetrics()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the table's font has changed already (View → text size)
            self._fit_columns()

    def _fill_government(self, state: MeetingState) -> None:
        council = state.council
        people = list(council.government) if council else []
        self.government.blockSignals(True)
        if [self.government.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.government.count())] == \
                [person.id for person in people]:  # the same people: only who is here changes
            for i, person in enumerate(people):
                checked = person.id in state.government_present
                self.government.item(i).setText(f"{person.name}, {person.title}")
                self.government.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.government.blockSignals(False)
            return
        self.government.clear()
        for person in people:
            item = QListWidgetItem(f"{person.name}, {person.title}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in state.government_present
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.government.addItem(item)
        self.government.blockSignals(False)

    def _row_changed(self) -> None:
        self._refresh_choices()
        if self._mode and self._awaiting is None:
            self._prompt()

    def _refresh_choices(self) -> None:
        """Substitutes of the selected seat's group, the proposal (R-4b) first."""
        state = self.controller.state
        member = self.selected_member()
        self.substitute_combo.clear()
        if member is None or state.council is None:
            return
        proposal = state.proposed_substitute(member)
        taken = {s.substitute for s in state.substitutions.values()}
        for sub in self._substitute_choices(member):
            text = sub.name
            if sub.id == proposal:
                text = self.tr("{name} (foreslått)").format(name=sub.name)
            elif sub.id in taken:
                text = self.tr("{name} (møter allerede)").format(name=sub.name)
            self.substitute_combo.addItem(text, sub.id)

    def _substitute_choices(self, member: str) -> list:
        state = self.controller.state
        subs = state.council.substitutes_of(state.council.member(member).group_id)
        proposal = state.proposed_substitute(member)
        return sorted(subs, key=lambda s: (s.id != proposal, s.rank))

    # -- selection -------------------------------------------------------------------

    def selected_member(self) -> str | None:
        return self.model.member_id(self.table.currentIndex().row())

    def select_member(self, member_id: str) -> None:
        row = self.model.row_of(member_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, RollCallModel.COL_SEAT))
            self.table.setFocus()

    def _name(self, person: str) -> str:
        council = self.controller.state.council
        return council.name_of(person) if council else person

    # -- actions ---------------------------------------------------------------------

    def mark_present(self) -> bool:
        member = self.selected_member()
        if member is None:
            return False
        name = self._name(member)
        return self.controller.perform(
            ev.MEMBER_PRESENT, {"member": member}, lambda: self.tr("{name} til stede").format(name=name)
        )

    def mark_absent(self, reason: str | None = None) -> bool:
        member = self.selected_member()
        if member is None:
            return False
        reason = reason or self.reason_combo.currentData()
        name = self._name(member)
        return self.controller.perform(
            ev.MEMBER_ABSENT,
            {"member": member, "reason": reason},
            lambda: self.tr("{name} forfall ({reason})").format(name=name, reason=label(REASON_LABELS, reason)),
        )

    def mark_left(self, rest_of_meeting: bool) -> bool:
        member = self.selected_member()
        if member is None:
            return False
        name = self._name(member)
        return self.controller.perform(
            ev.MEMBER_LEFT,
            {"member": member, "rest_of_meeting": rest_of_meeting},
            lambda: self.tr("{name} gått ut").format(name=name),
        )

    def seat_substitute(self, substitute: str | None = None) -> bool:
        member = self.selected_member()
        substitute = substitute or self.substitute_combo.currentData()
        if member is None or substitute is None:
            return False
        sub_name, name = self._name(substitute), self._name(member)
        return self.controller.perform(
            ev.SUBSTITUTE_SEATED,
            {"seat": member, "substitute": substitute},
            lambda: self.tr("{sub} møter for {name}").format(sub=sub_name, name=name),
        )

    def substitute_leaves(self) -> bool:
        member = self.selected_member()
        sitting = self.controller.state.substitutions.get(member or "")
        if sitting is None:
            return False
        sub_name = self._name(sitting.substitute)
        return self.controller.perform(
            ev.SUBSTITUTE_LEFT,
            {"substitute": sitting.substitute},
            lambda: self.tr("{sub} går ut").format(sub=sub_name),
        )

    def take_chair(self) -> bool:
        member = self.selected_member()
        if member is None:
            return False
        state = self.controller.state
        person = state.seated().get(member, member)  # the substitute, if one sits there
        name = self._name(person)
        done = self.controller.perform(
            ev.CHAIR_TAKEN, {"person": person}, lambda: self.tr("{name} leder møtet").format(name=name)
        )
        if not done and state.rules >= 2 and person in state.seated().values() \
                and not attendance.may_chair(state, person):  # R-3.1a: the council elects them first
            self._chair_election = (attendance.needed_office(state), person)
            self._show_chair_election(self.controller.state)
        return done

    # -- the election of a settevaraordfører or a særskilt møteleder (R-3.1a) -----------------------------------

    def _show_chair_election(self, state: MeetingState) -> None:
        """The election asked for, until the person elected takes the chair (or is elected by someone else)."""
        asked = self._chair_election
        if asked is not None and (state.chair is not None and state.chair.person == asked[1]):
            self._chair_election = asked = None
        self.chair_election_prompt.setVisible(asked is not None)
        self.chair_election_button.setVisible(asked is not None)
        if asked is None:
            return
        office, person = asked
        name = self._name(person)
        if attendance.may_chair(state, person):
            text = self.tr("{name} er valgt som {office}. Trykk «Overtar møteledelsen».").format(name=name, office=office)
        else:
            text = self.tr(
                "{name} kan lede møtet først når bystyret har valgt {name} som {office} (R-3.1a). «Til valget» fyller "
                "ut valget i Votering; det kan holdes når som helst mens bystyret er satt."
            ).format(name=name, office=office)
        self.chair_election_prompt.setText(text)

    def go_to_chair_election(self) -> bool:
        """Fill the election section of the votes pane (the office, the person as the first candidate) and bring
        the votes pane to the front; the counts are entered there and recorded as any election (elections.py)."""
        if self._chair_election is None:
            return False
        office, person = self._chair_election
        box = self.window().findChild(QGroupBox, "electionBox")
        if box is None:
            return False
        box.kind.setCurrentIndex(max(0, box.kind.findData("one")))
        box.office.setText(office)
        box.set_candidate(0, person, 0)
        sections = self.window().findChild(QTabWidget, "voteSections")
        if sections is not None:
            sections.setCurrentWidget(box)
        dock = box.parent()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parent()
        if dock is not None:
            dock.show()
            dock.raise_()
        state = self.controller.state
        # rules 1: in an item in voting; from rules 2 whenever the council sits (elections.py, R-3.1a: the votes
        # pane's election box picks the item and says it if the meeting is not set)
        if state.rules < 2 and (state.current_item is None or state.status(state.current_item) != VOTING):
            self.controller.refused.emit(self.tr(
                "Valget registreres i en sak til votering: ta opp valgsaken (eller saken valget holdes i) og avslutt "
                "debatten, så vises valgdelen i Votering med vervet «{office}» utfylt (R-3.1a)."
            ).format(office=office))
            return False
        box.office.setFocus()
        return True

    def disqualify(self) -> bool:
        member = self.selected_member()
        state = self.controller.state
        if member is None or state.current_item is None:
            if state.current_item is None:
                self.controller.refused.emit(self.tr("Ta opp saken først: inhabilitet gjelder én sak (R-3.10a)."))
            return False
        person = state.seated().get(member, member)
        name, basis = self._name(person), self.basis_edit.text()
        payload = {"person": person, "item": state.current_item, "basis": basis}
        if state.rules >= 2:  # R-3.10a: «Bystyret treffer beslutning om inhabilitet i den enkelte sak»
            decision = self._ask_disqualification(state, person, name)
            if decision is None:
                return False
            payload.update(decision)
        done = self.controller.perform(
            ev.DISQUALIFIED, payload, lambda: self.tr("{name} inhabil").format(name=name),
        )
        if done:
            self.basis_edit.clear()
            if person not in self.controller.state.disqualified.get(payload["item"], {}):  # recorded: changes nothing
                self.controller.refused.emit(
                    self.tr("Bystyret vedtok at {name} ikke er inhabil i saken. Vedtaket er ført i møteboken.")
                    .format(name=name))
        return done

    def _ask_disqualification(self, state: MeetingState, person: str, name: str) -> dict | None:
        """R-3.10a: the chair's proposal (the member is, or is not, disqualified) and how the council decided it,
        tacitly or counted — counted without the member concerned (forvaltningsloven § 8 andre ledd)."""
        from chair_console.ui.panes.agenda import ask_council_decision

        item = state.item(state.current_item)
        title = self.tr("Inhabilitet (R-3.10a)")
        options = [self.tr("{name} er inhabil i {number}").format(name=name, number=item.number),
                   self.tr("{name} er ikke inhabil i {number}").format(name=name, number=item.number)]
        chosen = dialogs.choose(self, title, self.tr("Bystyret treffer beslutning om inhabilitet i den enkelte sak. "
                                                     "Hva foreslår møtelederen?"), options, 0)
        if chosen is None:
            return None
        counted_without = attendance.without_member(state, item.id, person)
        decision = ask_council_decision(
            self, counted_without, item.id, title,
            self.tr("Forslag: {proposal}. {name} deltar ikke i avgjørelsen. Hvor mange stemte for?").format(
                proposal=options[chosen], name=name),
        )
        return None if decision is None else {"disqualified": chosen == 0, **decision}

    def _government_toggled(self, item: QListWidgetItem) -> None:
        person = item.data(Qt.ItemDataRole.UserRole)
        present = item.checkState() == Qt.CheckState.Checked
        name = self._name(person)
        kind = ev.GOVERNMENT_PRESENT if present else ev.GOVERNMENT_LEFT
        text = self.tr("{name} til stede") if present else self.tr("{name} gått ut")
        if not self.controller.perform(kind, {"person": person}, lambda: text.format(name=name)):
            self._fill_government(self.controller.state)

    def declare_open(self) -> None:
        if self.controller.perform(ev.MEETING_OPENED, {}, lambda: self.tr("Sett møtet")):
            self.result.hide()
            self.declare_button.hide()

    # -- keyboard roll call (R-5.1a) ---------------------------------------------------

    def start_roll_call(self) -> None:
        self._mode = True
        self._awaiting = None
        self.result.hide()
        self.declare_button.hide()
        self.table.setCurrentIndex(self.model.index(0, RollCallModel.COL_SEAT))
        self.table.setFocus()
        self._prompt()

    def stop_roll_call(self) -> None:
        self._mode = False
        self._awaiting = None
        self.prompt.hide()

    def _prompt(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        name = self._name(member)
        if self._awaiting == "reason":
            reasons = " · ".join(f"{i} {label(REASON_LABELS, c)}" for i, c in enumerate(ABSENCE_REASONS, start=1))
            text = self.tr("{name}: forfallsgrunn? {reasons}").format(name=name, reasons=reasons)
        elif self._awaiting == "substitute":
            choices = self._substitute_choices(member)
            listed = " · ".join(f"{i} {s.name}" for i, s in enumerate(choices, start=1))
            text = self.tr("Vara for {name}: Enter = foreslått ({first}) · {choices} · Esc = ingen vara").format(
                name=name, first=choices[0].name if choices else "–", choices=listed
            )
        else:
            text = self.tr("Navneopprop: {name} — {present} til stede · {absent} forfall · {substitute} forfall "
                           "med vara · ↑↓ flytt · Esc avslutt").format(name=name, **roll_call_letters(current_language()))
        self.prompt.setText(text)
        self.prompt.show()

    def _advance(self) -> None:
        self._awaiting = None
        self._then_substitute = False
        row = self.table.currentIndex().row() + 1
        if row >= self.model.rowCount():
            self._finish()
            return
        self.table.setCurrentIndex(self.model.index(row, RollCallModel.COL_SEAT))
        self._prompt()

    def _finish(self) -> None:
        """The roll is taken: the summary the chair reads out, then «Møtet er satt» (R-5.1a)."""
        self.stop_roll_call()
        state = self.controller.state
        council = state.council
        q = state.quorum()
        lines = [
            self.tr("Til stede: {present} av {seats}{quorum}").format(
                present=q.present,
                seats=q.seats,
                quorum=self.tr(" – vedtaksført") if q.ok else self.tr(" – ikke vedtaksført"),
            )
        ]
        for member_id, a in state.attendance.items():
            if a.present:
                continue
            sitting = state.substitutions.get(member_id)
            line = f"{council.name_of(member_id)}: {label(REASON_LABELS, a.reason) if a.reason else label(ATTENDANCE, a.status)}"
            if sitting is not None:
                line += self.tr(" – {sub} møter").format(sub=council.name_of(sitting.substitute))
            lines.append(line)
        self.result.setText("\n".join(lines))
        self.result.show()
        if state.phase is Phase.NOT_STARTED:
            self.declare_button.show()
            self.declare_button.setDefault(True)
            self.declare_button.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and self._mode and event.type() == QEvent.Type.KeyPress:
            return self._roll_call_key(event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def _roll_call_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        member = self.selected_member()
        state = self.controller.state
        if member is None:
            return False
        if key == Qt.Key.Key_Escape:
            if self._awaiting == "substitute":
                self._advance()
            elif self._awaiting == "reason":
                self._awaiting = None
                self._prompt()
            else:
                self.stop_roll_call()
            return True
        if self._awaiting == "reason":
            if key in DIGITS and DIGITS[key] <= len(ABSENCE_REASONS):
                if self.mark_absent(ABSENCE_REASONS[DIGITS[key] - 1]):
                    if self._then_substitute:
                        self._awaiting = "substitute"
                        self._prompt()
                    else:
                        self._advance()
            return True
        if self._awaiting == "substitute":
            choices = self._substitute_choices(member)
            pick = None
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and choices:
                pick = choices[0].id
            elif key in DIGITS and DIGITS[key] <= len(choices):
                pick = choices[DIGITS[key] - 1].id
            if pick is not None and self.seat_substitute(pick):
                self._advance()
            return True
        attendance = state.attendance.get(member)
        if key in PRESENT_KEYS:
            if (attendance is not None and attendance.present) or self.mark_present():
                self._advance()
            return True
        if key in ABSENT_KEYS:
            self._awaiting, self._then_substitute = "reason", False
            self._prompt()
            return True
        if key in SUBSTITUTE_KEYS:
            if attendance is not None and not attendance.present:
                self._awaiting = "substitute"
            else:
                self._awaiting, self._then_substitute = "reason", True
            self._prompt()
            return True
        return False  # arrows and the rest: the table's own handling (the prompt follows the row)
