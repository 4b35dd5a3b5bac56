"""The election section of the votes pane (R-3.3c, R-3.3d, kommuneloven § 7-5): an election of one person
(flertallsvalg) — candidates, votes per candidate and blank votes, «Ny avstemning» when nobody had more than half,
and the lots drawn in the hall for a tie in the new vote — or a proportional election by lists (forholdsvalg),
open or written and secret. The rules decide (procedure/elections.py); this section only collects the counts,
shows what the rules say comes next, and records. Elections are held in the voting of the item under way (R-3.3e);
from rules version 2 the election of a settevaraordfører or a særskilt møteleder (R-3.1a, R-5.5b) whenever the
council sits — in the item under way, debate or no, or before any is the next not yet taken up (`election_item`)."""

from __future__ import annotations

import secrets
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from chair_console.procedure import elections
from chair_console.procedure import events as ev
from chair_console.procedure.agenda import VOTING
from chair_console.procedure.state import MeetingState
from chair_console.i18n import current_language  # the operator's language, for the election sentences
from chair_console.procedure.vote_words import candidate_name, election_sentence, proportional_sentence
from chair_console.ui.panes.base import fit_combo
from chair_console.ui.accessibility import name_controls

ONE, LISTS = "one", "lists"
KINDS = (
    (ONE, QT_TRANSLATE_NOOP("ElectionBox", "Valg av én person (flertallsvalg)")),
    (LISTS, QT_TRANSLATE_NOOP("ElectionBox", "Forholdsvalg (lister)")),
)
BALLOTS = (
    ("open", QT_TRANSLATE_NOOP("ElectionBox", "Åpent valg")),
    ("written", QT_TRANSLATE_NOOP("ElectionBox", "Skriftlig og hemmelig valg (vedtatt av bystyret)")),
)


class ElectionBox(QGroupBox):
    """Candidates (or lists) with their votes, blank votes, and the lots when the rules ask for them."""

    def __init__(self, controller, recorded: Callable[[], None] | None = None) -> None:  # noqa: ANN001
        super().__init__(objectName="electionBox")
        self.controller = controller
        self._recorded = recorded or (lambda: None)
        self._aid: str | None = None  # what the console's own draw gave (an aid only)
        self.kind = QComboBox(objectName="electionKind")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.office = QLineEdit(objectName="electionOffice")
        self.office.textChanged.connect(lambda _t: self._office_changed(self.controller.state))
        self.seats = QSpinBox(objectName="electionSeats", minimum=1, maximum=59)
        self.ballot = QComboBox(objectName="electionBallot")
        self.rows_box = QVBoxLayout()
        self.rows: list[tuple[QComboBox, QSpinBox]] = []
        self.add_button = QPushButton(objectName="electionAddCandidate")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(objectName="electionRemoveCandidate")
        self.remove_button.clicked.connect(self.remove_row)
        self.blank = QSpinBox(objectName="electionBlank", maximum=59)
        self.blank.valueChanged.connect(self._show_sum)
        self.sum = QLabel(objectName="electionSum")
        self.sum.setWordWrap(True)
        self.status = QLabel(objectName="electionStatus")
        self.status.setWordWrap(True)
        self.record_button = QPushButton(objectName="electionRecordButton")
        self.record_button.clicked.connect(self.record)
        # R-3.3d: the lots are drawn in the hall; the console records who was drawn, by whom (and when)
        self.lot_box = QWidget(objectName="electionLotBox")
        self.lot_label = QLabel()
        self.lot_label.setWordWrap(True)
        self.lot_drawn = QComboBox(objectName="electionLotDrawn")
        self.lot_by = QLineEdit(objectName="electionLotDrawnBy")
        self.aid_button = QPushButton(objectName="electionLotAidButton")
        self.aid_button.clicked.connect(self.draw_aid)
        self.lot_button = QPushButton(objectName="electionLotButton")
        self.lot_button.clicked.connect(self.record_lot)
        self.results = QListWidget(objectName="electionResults")
        self.results.setWordWrap(True)
        self.results.setMaximumHeight(110)
        self.labels = [QLabel() for _ in range(5)]

        top = QGridLayout()
        top.addWidget(self.labels[0], 0, 0)
        top.addWidget(self.kind, 0, 1, 1, 3)
        top.addWidget(self.labels[1], 1, 0)
        top.addWidget(self.office, 1, 1, 1, 3)
        top.addWidget(self.labels[2], 2, 0)
        top.addWidget(self.seats, 2, 1)
        top.addWidget(self.ballot, 2, 2, 1, 2)
        edit = QGridLayout()  # two short rows: the election fits a third of a podium laptop's votes pane
        edit.addWidget(self.add_button, 0, 0)
        edit.addWidget(self.remove_button, 0, 1)
        edit.addWidget(self.labels[3], 1, 0)
        edit.addWidget(self.blank, 1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.sum, 1)
        bottom.addWidget(self.record_button)
        lot = QGridLayout(self.lot_box)
        lot.setContentsMargins(0, 0, 0, 0)
        lot.addWidget(self.lot_label, 0, 0, 1, 2)
        lot.addWidget(self.lot_drawn, 1, 0, 1, 2)
        lot.addWidget(self.labels[4], 2, 0)
        lot.addWidget(self.lot_by, 2, 1)
        lot.addWidget(self.aid_button, 3, 0)
        lot.addWidget(self.lot_button, 3, 1)
        for lab, buddy in zip((*self.labels, self.lot_label),
                              (self.kind, self.office, self.seats, self.blank, self.lot_by, self.lot_drawn)):
            lab.setBuddy(buddy)  # screen readers name the field by its label
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.rows_box)
        layout.addLayout(edit)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        layout.addWidget(self.lot_box)
        layout.addWidget(self.results)
        self.add_row()
        self.add_row()
        for combo in (self.kind, self.ballot, self.lot_drawn):
            fit_combo(combo)
        self.retranslate()

    def _tab_order(self) -> None:
        """By keyboard top to bottom: the form, each candidate's name then votes, blank, record, the lots."""
        chain = [self.kind, self.office, self.seats, self.ballot]
        for combo, count in self.rows:
            chain += [combo, count]
        chain += [self.add_button, self.remove_button, self.blank, self.record_button, self.lot_drawn, self.lot_by,
                  self.aid_button, self.lot_button, self.results]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # -- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Valg (R-3.3c, R-3.3d)"))
        for combo, items in ((self.kind, KINDS), (self.ballot, BALLOTS)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for code, text in items:
                combo.addItem(self.tr(text), code)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        for lab, text in zip(self.labels, (self.tr("Valgform"), self.tr("Verv / organ"), self.tr("Plasser"),
                                           self.tr("Blanke"), self.tr("trukket av"))):
            lab.setText(text)
        self.add_button.setText(self.tr("Legg til kandidat"))
        self.remove_button.setText(self.tr("Fjern siste"))
        self.aid_button.setText(self.tr("Konsollens trekning (bare som hjelp)"))
        self.lot_button.setText(self.tr("Registrer loddtrekningen"))
        self.lot_by.setPlaceholderText(self.tr("Hvem trakk loddet i salen"))
        self._kind_changed()

    def _kind_changed(self) -> None:
        lists = self.kind.currentData() == LISTS
        self.seats.setVisible(lists)
        self.ballot.setVisible(lists)
        self.labels[2].setVisible(lists)
        self.office.setPlaceholderText(
            self.tr("Organet, f.eks. bydelsutvalg") if lists else self.tr("Vervet, f.eks. settevaraordfører"))
        for combo, _votes in self.rows:
            self._fill_people(combo, self.controller.state)
            combo.lineEdit().setPlaceholderText(self.tr("Listens navn") if lists else self.tr("Kandidat"))
        self._office_changed(self.controller.state)  # the kind decides whether it is a chair election (R-3.1a)

    # -- the rows of candidates (or lists) -------------------------------------------------

    def add_row(self, name: str = "", votes: int = 0) -> tuple[QComboBox, QSpinBox]:
        i = len(self.rows)
        combo = QComboBox(objectName=f"electionCandidate{i}")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        fit_combo(combo)
        count = QSpinBox(objectName=f"electionVotes{i}", maximum=59)
        count.valueChanged.connect(self._show_sum)
        row = QHBoxLayout()
        row.addWidget(combo, 1)
        row.addWidget(count)
        self.rows_box.addLayout(row)
        self.rows.append((combo, count))
        self._fill_people(combo, self.controller.state)
        combo.setEditText(name)
        count.setValue(votes)
        self._tab_order()
        name_controls(self)  # «Kandidat n», «Stemmer til kandidat n» for screen readers
        return combo, count

    def remove_row(self) -> None:
        if len(self.rows) <= 1:
            return
        combo, count = self.rows.pop()
        row = self.rows_box.takeAt(self.rows_box.count() - 1)
        for widget in (combo, count):
            widget.setParent(None)
            widget.deleteLater()
        del row
        self._tab_order()
        self._show_sum()

    def set_candidate(self, row: int, text: str, votes: int) -> None:
        """Fill row `row` (added as needed): a person by name or id, or a name as written; and the votes."""
        while len(self.rows) <= row:
            self.add_row()
        combo, count = self.rows[row]
        i = combo.findData(text)
        combo.setEditText(combo.itemText(i) if i >= 0 else text)
        count.setValue(votes)

    def _fill_people(self, combo: QComboBox, state: MeetingState) -> None:
        """Everyone in a seat, by name (an election may also name someone not in the council: typed in)."""
        text = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        if state.council is not None and self.kind.currentData() != LISTS:  # lists are named as written
            for person in sorted(state.seated().values(), key=state.council.name_of):
                combo.addItem(state.council.name_of(person), person)
        combo.setEditText(text)
        combo.blockSignals(False)

    def candidates(self) -> list[str]:
        """Person ids where the name is a seated person's, else the name as written."""
        out = []
        for combo, _count in self.rows:
            text = combo.currentText().strip()
            i = combo.findText(text, Qt.MatchFlag.MatchFixedString)
            out.append(combo.itemData(i) if i >= 0 and self.kind.currentData() == ONE else text)
        return out

    def _show_sum(self) -> None:
        state = self.controller.state
        item_id = self.election_item(state)
        n = len(elections.electorate(state, item_id)) if item_id else 0  # R-3.10a
        votes = sum(count.value() for _c, count in self.rows)
        blank = self.blank.value()
        self.sum.setText(self.tr("{votes} stemmer + {blank} blanke = {total} av {n} stemmeberettigede").format(
            votes=votes, blank=blank, total=votes + blank, n=n))
        self.sum.setStyleSheet("" if votes + blank == n else "color: #b00020;")

    # -- state -----------------------------------------------------------------------------

    def _voting(self, state: MeetingState) -> bool:
        return state.current_item is not None and state.status(state.current_item) == VOTING

    def _chair_election(self, state: MeetingState) -> bool:
        """R-3.1a, R-5.5b: the office typed is the one who is to chair, elected whenever the council sits."""
        return self.kind.currentData() == ONE and elections.chair_election_now(state, self.office.text())

    def election_item(self, state: MeetingState) -> str | None:
        """The item the election is recorded in (the rules' elections.recorded_in)."""
        return elections.recorded_in(state, self.office.text(), one_person=self.kind.currentData() == ONE)

    def set_state(self, state: MeetingState) -> None:
        # elections are held in voting (R-3.3e); the one who is to chair whenever the council sits (R-3.1a)
        self.setEnabled(self._voting(state) or elections.chair_elections_open(state))
        for combo, _count in self.rows:
            self._fill_people(combo, state)
        self._show_results(state)
        self._show_next(state)
        self._show_sum()

    def _office_changed(self, state: MeetingState) -> None:
        self._show_results(state)
        self._show_next(state)
        self._show_sum()

    def _show_results(self, state: MeetingState) -> None:
        item_id = self.election_item(state)
        self.results.clear()
        for e in state.elections.get(item_id or "", ()):
            self.results.addItem(election_sentence(state, e, lang=current_language()))
        for e in state.proportional_elections.get(item_id or "", ()):
            self.results.addItem(proportional_sentence(state, e, lang=current_language()))

    def _pending(self, state: MeetingState):  # noqa: ANN202
        """The election under the office (or body) written, as the rules keep it."""
        item_id, office = self.election_item(state), self.office.text().strip()
        if self.kind.currentData() == ONE:
            return elections.current(state, item_id, office)
        return next((e for e in state.proportional_elections.get(item_id or "", ()) if e.body == office), None)

    def _show_next(self, state: MeetingState) -> None:
        """What the rules say comes next: the first vote, «Ny avstemning», the lots, or who was elected."""
        item_id = self.election_item(state)
        pending = self._pending(state) if item_id else None
        needs = pending.needs if pending is not None else None
        number = elections.next_round(state, item_id, self.office.text())
        if needs == "second_round":
            self.status.setText(self.tr("Ny avstemning: ingen fikk mer enn halvparten av stemmene. I den nye "
                                        "avstemningen er den som får flest stemmer valgt (R-3.3c)."))
            self.record_button.setText(self.tr("Registrer ny avstemning ({n}. avstemning)").format(n=number))
        elif needs == "lots":
            self.status.setText(self.tr("Stemmelikhet: valget avgjøres ved loddtrekning i salen, aldri av "
                                        "møtelederen (R-3.3d). Registrer hvem som ble trukket, og av hvem."))
            self.record_button.setText(self.tr("Registrer avstemningen"))
        else:
            elected = getattr(pending, "elected", None)
            if elected is not None:
                self.status.setText(self.tr("{name} ble valgt som {office}.").format(
                    name=candidate_name(state, elected), office=pending.office))
            elif pending is not None and pending.decided:
                self.status.setText(self.tr("Plassene er fordelt."))
            else:
                self.status.setText("")
            self.record_button.setText(self.tr("Registrer avstemningen") if self.kind.currentData() == ONE
                                       else self.tr("Registrer forholdsvalget"))
        may_record = self._voting(state) or self._chair_election(state)
        self.record_button.setEnabled(may_record)
        self.lot_button.setEnabled(may_record)
        if not may_record and self.isEnabled():  # the council sits, an item not in its voting (R-3.3e, R-3.1a)
            self.status.setText(self.tr("Utenfor voteringen i en sak kan bare settevaraordfører eller særskilt "
                                        "møteleder velges (R-3.1a, R-3.3e)."))
        self.lot_box.setVisible(needs == "lots")
        if needs == "lots":
            level = list(pending.level)
            current = self.lot_drawn.currentData()
            self.lot_drawn.clear()
            for candidate in level:
                self.lot_drawn.addItem(candidate_name(state, candidate), candidate)
            self.lot_drawn.setCurrentIndex(max(0, self.lot_drawn.findData(current)))
            self.lot_label.setText(self.tr("Loddtrekning mellom {names}. Trukket:").format(
                names=", ".join(candidate_name(state, c) for c in level)))

    # -- actions ---------------------------------------------------------------------------

    def payload(self) -> tuple[str, dict]:
        state = self.controller.state
        item_id = self.election_item(state)
        names = self.candidates()
        counts = [count.value() for _c, count in self.rows]
        if self.kind.currentData() == LISTS:
            return ev.ELECTION_PROPORTIONAL, {
                "item": item_id, "body": self.office.text().strip(), "seats": self.seats.value(),
                "lists": [{"name": n, "votes": c} for n, c in zip(names, counts, strict=True)],
                "blank": self.blank.value(), "ballot": self.ballot.currentData(),
            }
        return ev.ELECTION_ROUND, {
            "item": item_id, "office": self.office.text().strip(), "candidates": names, "tally": counts,
            "blank": self.blank.value(), "round": elections.next_round(state, item_id, self.office.text()),
        }

    def record(self) -> bool:
        kind, payload = self.payload()
        done = self.controller.perform(kind, payload, lambda: self.tr("Valg"))
        if done:
            for _combo, count in self.rows:
                count.setValue(0)  # a new vote is counted afresh; the candidates stay
            self.blank.setValue(0)
            self._show_next(self.controller.state)
            self._recorded()
        return done

    def draw_aid(self) -> None:
        """The console's own draw (the operating system's randomness), offered only as an aid: the lots are
        drawn in the hall, and the record says whether this draw was used."""
        if self.lot_drawn.count() == 0:
            return
        i = secrets.randbelow(self.lot_drawn.count())
        self.lot_drawn.setCurrentIndex(i)
        self._aid = self.lot_drawn.itemData(i)
        self.controller.refused.emit(self.tr("Konsollens trekning (hjelp): {name}.").format(
            name=self.lot_drawn.itemText(i)))

    def record_lot(self) -> bool:
        state = self.controller.state
        drawn = self.lot_drawn.currentData()
        payload = {"item": self.election_item(state), "office": self.office.text().strip(), "drawn": drawn,
                   "drawn_by": self.lot_by.text().strip(), "aid": drawn is not None and drawn == self._aid}
        done = self.controller.perform(ev.ELECTION_LOT, payload, lambda: self.tr("Loddtrekning"))
        if done:
            self._aid = None
            self.lot_by.clear()
            self._show_next(self.controller.state)
            self._recorded()
        return done
