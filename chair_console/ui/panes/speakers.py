"""Speakers (taleliste) for the item under debate: add by name, seat number or group with completion,
kind of speech, the queue in the order the rules propose (R-5.3a–d, R-3.5a) which the chair can change
(keys or drag, each move logged), and each group's time left (R-5.4a–c)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from chair_console.procedure import events as ev
from chair_console.procedure.speaker_rules import (
    budget_remaining,
    budget_seconds,
    interpellation_left,
)
from chair_console.procedure.speakers import ANSWER, REPLY, SPEECH_KINDS
from chair_console.procedure.state import MeetingState
from chair_console.procedure.agenda import INTERPELLATION  # noqa: I001
from chair_console.procedure import speaker_rules  # noqa: I001 - the chair's handover (R-5.5b)
from chair_console.ui.chair_handover import handover_payload
from chair_console.procedure.speakers import CLOSING  # noqa: I001 - the chair's exception for closing speeches (R-5.3b)
from chair_console.procedure import stations  # noqa: I001 - the chair's exception is the chair's station's (issue 19)
from chair_console.ui import dialogs
from chair_console.timefmt import mmss
from chair_console.ui.labels import SPEECH_KINDS as KIND_LABELS
from chair_console.ui.labels import label
from chair_console.ui.panes.base import Pane
from chair_console.ui.panes.speaker_list import (  # noqa: I001 - the large list (issue 17)
    COLOUR_ROLE,
    DETAIL_ROLE,
    MAIN_ROLE,
    NEXT_ROLE,
    SpeakerRowDelegate,
    list_font,
)


class _KindBox(QComboBox):
    """The kind of speech: which kinds this station may choose is looked at again whenever the list opens (the
    station's role can change on one laptop, Rolle menu)."""

    def __init__(self, before_popup, **kwargs) -> None:  # noqa: ANN001, ANN003
        super().__init__(**kwargs)
        self._before_popup = before_popup

    def showPopup(self) -> None:  # noqa: N802
        self._before_popup()
        super().showPopup()


class SpeakersPane(Pane):
    OBJECT_NAME = "speakersPane"
    TITLE = QT_TRANSLATE_NOOP("Panes", "Taleliste")

    def __init__(self, controller) -> None:  # noqa: ANN001
        super().__init__(controller)
        self.heading = QLabel(objectName="speakersHeading")
        self.heading.setWordWrap(True)
        self.input = QLineEdit(objectName="speakerInput")
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(self.completer)
        self.input.returnPressed.connect(self.add_from_input)
        self.kind = _KindBox(self._closing_choice, objectName="speechKind")
        self.add_button = QPushButton(objectName="addSpeakerButton")
        self.add_button.clicked.connect(self.add_from_input)
        self.queue = QListWidget(objectName="speakerQueue")
        self.queue.setFont(list_font(self.queue.font()))  # issue 17: ≥ 18 pt, group colour, who is next
        self.queue.setItemDelegate(SpeakerRowDelegate(self.queue))
        self.queue.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.queue.model().rowsMoved.connect(self._dragged)
        self.up_button = QPushButton(objectName="speakerUpButton")
        self.down_button = QPushButton(objectName="speakerDownButton")
        self.remove_button = QPushButton(objectName="removeSpeakerButton")
        self.give_button = QPushButton(objectName="giveFloorButton")
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        self.remove_button.clicked.connect(self.remove)
        self.give_button.clicked.connect(self.give_floor)
        for keys, slot in (("Alt+Up", lambda: self.move(-1)), ("Alt+Down", lambda: self.move(+1)),
                           ("Delete", self.remove)):
            QShortcut(QKeySequence(keys), self.queue, activated=slot, context=Qt.ShortcutContext.WidgetShortcut)
        self.budgets = QLabel(objectName="groupBudgets")
        self.budgets.setWordWrap(True)
        add_row = QHBoxLayout()
        add_row.addWidget(self.input, 1)
        add_row.addWidget(self.kind)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.give_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(add_row)
        layout.addWidget(self.queue, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.budgets)
        self._choices: dict[str, str] = {}  # completion text -> person id
        self._choices_for: tuple | None = None  # the parts of the state the completion was made from
        self._filling = False
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._show_budgets)
        self._timer.start()
        self.retranslate()
        self.set_state(controller.state)

    def retranslate(self) -> None:
        self._choices_for = None  # the completion says «uavh.» in the new language
        self.input.setPlaceholderText(self.tr("Navn, plassnummer eller gruppe – Enter legger til"))
        self.add_button.setText(self.tr("Legg til"))
        self.up_button.setText(self.tr("Opp (Alt+↑)"))
        self.down_button.setText(self.tr("Ned (Alt+↓)"))
        self.remove_button.setText(self.tr("Fjern (Del)"))
        self.give_button.setText(self.tr("Gi ordet"))
        current = self.kind.currentData()
        self.kind.clear()
        for code in SPEECH_KINDS:
            self.kind.addItem(label(KIND_LABELS, code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self._closing_choice()

    # -- state ---------------------------------------------------------------------------

    def set_state(self, state: MeetingState) -> None:
        item = state.item(state.current_item)
        if item is None:
            self.heading.setText(self.tr("Ingen sak til behandling."))
        else:
            self.heading.setText(self.tr("Taleliste for {number}").format(number=item.number))
        self._fill_choices(state)
        self._fill_queue(state)
        self._show_budgets()
        self._closing_choice()

    def _closing_choice(self) -> None:
        """R-5.3b, issue 19: where every closing speech in the item is the chair's exception, a station that may not
        make it (a secretary's) cannot choose «Avsluttende innlegg»; its tooltip says why."""
        state = self.controller.state
        item = state.item(state.current_item)
        chairs = (item is not None and not stations.may_set(self.controller.service.actor, ev.SPEAKER_ADDED, "override")
                  and speaker_rules.closing_only_as_exception(state, item))
        index = self.kind.findData(CLOSING)
        entry = self.kind.model().item(index) if index >= 0 else None
        if entry is None:
            return
        entry.setEnabled(not chairs)
        why = self.tr("Et avsluttende innlegg i en sak uten utvalg er møtelederens unntak (R-5.3b): det gis fra "
                      "møtelederens stasjon.")
        self.kind.setItemData(index, why if chairs else None, Qt.ItemDataRole.ToolTipRole)
        if chairs and self.kind.currentIndex() == index:
            self.kind.setCurrentIndex(0)

    def _fill_choices(self, state: MeetingState) -> None:
        key = (state.council, state.attendance, state.substitutions, state.government_present)
        if self._choices_for is not None and all(a is b for a, b in zip(key, self._choices_for)):
            return  # the same people in the hall (a speech's events): the completion stays
        self._choices_for = key
        council = state.council
        self._choices = {}
        if council is None:
            return
        seats = {m.id: n for n, m in enumerate(council.seating(), start=1)}
        independent = self.tr("uavh.")
        for seat, person in state.seated().items():
            self._choices[f"{seats[seat]} · {council.label_of(person, independent)}"] = person
        for person in sorted(state.government_present):
            gov = council.government_member(person)
            self._choices[f"{gov.name} ({gov.title})"] = person
        self.completer.setModel(QStringListModel(sorted(self._choices), self.completer))

    def _fill_queue(self, state: MeetingState) -> None:
        """The list as the rules order it, updated in place: a row that stays is kept (only what changed in it is
        set, so only it is repainted), a speaker who leaves is taken out, a new one put in at its place."""
        self._filling = True
        selected = self.selected_entry()
        rows = self._queue_rows(state)
        wanted = {row[0] for row in rows}
        for i in reversed(range(self.queue.count())):  # gone from the list (F8: the first)
            if self.queue.item(i).data(Qt.ItemDataRole.UserRole) not in wanted:
                self.queue.takeItem(i)
        for i, (entry_id, values) in enumerate(rows):
            item = self.queue.item(i)
            if item is None or item.data(Qt.ItemDataRole.UserRole) != entry_id:
                at = next((j for j in range(i + 1, self.queue.count())
                           if self.queue.item(j).data(Qt.ItemDataRole.UserRole) == entry_id), None)
                item = self.queue.takeItem(at) if at is not None else QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, entry_id)
                self.queue.insertItem(i, item)
            for role, value in values:  # QListWidgetItem.setData leaves an equal value alone
                item.setData(role, value)
            if entry_id == selected and self.queue.currentItem() is not item:
                self.queue.setCurrentItem(item)
        if selected is not None and selected not in wanted:  # the one selected has left: nothing is selected
            self.queue.setCurrentRow(-1)
            self.queue.clearSelection()
        self._filling = False

    def _queue_rows(self, state: MeetingState) -> list[tuple[str, tuple]]:
        """Per queue entry: its id and what its row shows, by role."""
        rows: list[tuple[str, tuple]] = []
        council = state.council
        now = self.controller.service.now()
        for facts in speaker_rules.entry_facts(state, state.current_item or "", now):
            entry, n = facts.entry, facts.position
            abbr = council.group_mark(entry.person, self.tr("uavh."), self.tr("byråd"))
            main = f"{n}. {council.name_of(entry.person)} ({abbr})"
            detail = [label(KIND_LABELS, entry.kind), mmss(facts.allowed)]
            text = self.tr("{n}. {name} ({group}) – {kind} – {time}").format(
                n=n, name=council.name_of(entry.person), group=abbr, kind=label(KIND_LABELS, entry.kind),
                time=mmss(facts.allowed),
            )
            if entry.override:  # R-5.3b: the chair's exception
                text += " – " + self.tr("møteleders unntak")
                detail.append(self.tr("møteleders unntak"))
            spoken = (self.tr("talt 1 gang") if facts.times_spoken == 1
                      else self.tr("talt {count} ganger").format(count=facts.times_spoken))
            text += " – " + spoken
            detail.append(spoken)
            if facts.is_next:
                text += " – " + self.tr("neste")
            group = council.group(council.group_of(entry.person) or "")
            rows.append((entry.id, (
                (Qt.ItemDataRole.DisplayRole, text),
                (COLOUR_ROLE, group.colour if group is not None and group.colour else None),
                (NEXT_ROLE, facts.is_next),
                (MAIN_ROLE, main),
                (DETAIL_ROLE, " · ".join(detail)),
            )))
        return rows

    def _show_budgets(self) -> None:
        state = self.controller.state
        item = state.item(state.current_item)
        if item is None or state.council is None:
            self.budgets.setText("")
            return
        now = self.controller.service.now()
        if item.kind == INTERPELLATION:  # R-7b: one hour for the whole interpellation
            left = interpellation_left(state, item.id, now)
            self.budgets.setText(self.tr("Interpellasjonen: {left} igjen av 60:00 (R-7b)").format(left=mmss(left)))
            return
        parts = []
        for group in state.council.groups_in_order():
            left = budget_remaining(state, item.id, group.id, now)
            text = f"{group.abbreviation} {mmss(left, signed=True)}"
            if left < 0:
                text = f"<span style='color:#b00020'><b>{text}</b></span>"  # overruns shown, never hidden
            elif left < budget_seconds(item, group.id):
                text = f"<b>{text}</b>"
            parts.append(text)
        self.budgets.setText(self.tr("Gruppenes taletid igjen: {list}").format(list=" · ".join(parts)))

    # -- actions ---------------------------------------------------------------------------

    def selected_entry(self) -> str | None:
        row = self.queue.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row is not None else None

    def resolve(self, text: str) -> str | None:
        """A person from what was typed: a completion, a seat number, a unique part of a name, or a group
        (its first member in the hall not already on the list)."""
        text = text.strip()
        if not text:
            return None
        if text in self._choices:
            return self._choices[text]
        state = self.controller.state
        council = state.council
        if text.isdigit():
            seating = council.seating()
            n = int(text)
            return state.seated().get(seating[n - 1].id) if 1 <= n <= len(seating) else None
        group = next((g for g in council.groups if g.abbreviation.lower() == text.lower()), None)
        if group is not None:
            listed = {e.person for e in state.queues.get(state.current_item or "", ())}
            for m in council.seating():
                person = state.seated().get(m.id)
                if person is not None and council.group_of(person) == group.id and person not in listed:
                    return person
            return None
        matches = [p for label_, p in self._choices.items() if text.lower() in label_.lower()]
        return matches[0] if len(set(matches)) == 1 else None

    def add_from_input(self) -> bool:
        text = self.input.text().strip()
        person = self.resolve(text)
        if person is None:
            if text:
                several = sum(1 for k in self._choices if text.lower() in k.lower()) > 1
                message = (
                    self.tr("Flere til stede passer «{text}»: velg i listen som kommer opp.")
                    if several
                    else self.tr("Fant ingen til stede som passer «{text}».")
                )
                self.controller.refused.emit(message.format(text=text))
            return False
        done = self.add(person, self.kind.currentData())
        if done:
            self.input.clear()
        return done

    def _reply_target(self) -> str | None:
        state = self.controller.state
        if state.speech is not None:
            return state.speech.entry.id
        spoken = state.speeches.get(state.current_item or "", ())
        return spoken[-1].entry.id if spoken else None

    def add(self, person: str, kind: str) -> bool:
        state = self.controller.state
        payload = {"item": state.current_item, "person": person, "kind": kind}
        if kind in (REPLY, ANSWER):
            payload["reply_to"] = self._reply_target()
        name = state.council.name_of(person)
        if kind == CLOSING:  # R-5.3b: warn, and the chair may give it all the same, with the reason
            override = self._closing_override(state, person)
            if override is None:
                return False
            payload.update(override)
        return self.controller.perform(
            ev.SPEAKER_ADDED, payload, lambda: self.tr("{name} på talelisten").format(name=name)
        )

    def _closing_override(self, state: MeetingState, person: str) -> dict | None:
        """R-5.3b: a closing speech in an item with no committee behind it is not the regulation's: the chair is warned
        and may give it all the same with a reason (in the event and the minutes). {} when no exception is needed;
        None when the chair cancels."""
        item = state.item(state.current_item)
        if item is None or not speaker_rules.closing_needs_override(state, item, person):
            return {}
        if not stations.may_set(self.controller.service.actor, ev.SPEAKER_ADDED, "override"):
            return {"override": True}  # not this station's to give: refused with why (station.chairs_choice)
        reason = dialogs.ask_text(
            self,
            self.tr("Avsluttende innlegg uten utvalg"),
            self.tr(
                "{number} kommer ikke fra et utvalg, så reglementet gir ingen rett til avsluttende innlegg (R-5.3b).\n\n"
                "Vil du likevel gi {name} ordet til avsluttende innlegg? Skriv begrunnelsen; den føres i møteboken."
            ).format(number=item.number, name=state.council.name_of(person)),
        )
        if reason is None:
            return None
        return {"override": True, "override_reason": reason}

    def move(self, direction: int) -> bool:
        entry = self.selected_entry()
        if entry is None:
            return False
        row = self.queue.currentRow() + direction
        if not 0 <= row < self.queue.count():
            return False
        return self._move_to(entry, row)

    def _move_to(self, entry: str, position: int) -> bool:
        state = self.controller.state
        done = self.controller.perform(
            ev.SPEAKER_MOVED, {"item": state.current_item, "entry": entry, "position": position},
            lambda: self.tr("Flytt taler"),
        )
        for i in range(self.queue.count()):
            if self.queue.item(i).data(Qt.ItemDataRole.UserRole) == entry:
                self.queue.setCurrentRow(i)
        return done

    def _dragged(self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, _row: int) -> None:
        """A drag in the list: record the move as an event (refused: the list is drawn again)."""
        if self._filling:
            return
        queue = self.controller.state.queues.get(self.controller.state.current_item or "", ())
        if start >= len(queue):
            return
        moved = queue[start].id
        order = [self.queue.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.queue.count())]
        QTimer.singleShot(0, lambda: self._after_drag(moved, order.index(moved)))

    def _after_drag(self, entry: str, position: int) -> None:
        if not self._move_to(entry, position):
            self._fill_queue(self.controller.state)

    def remove(self) -> bool:
        entry = self.selected_entry()
        if entry is None:
            return False
        return self.controller.perform(
            ev.SPEAKER_REMOVED, {"item": self.controller.state.current_item, "entry": entry},
            lambda: self.tr("Fjern taler"),
        )

    def _end_running_speech_first(self, entry: str) -> bool:
        """Asks whether the speech under way ends so that `entry` gets the floor (F8 is the one key for the next)."""
        state = self.controller.state
        council = state.council
        person = state.speech.entry.person
        queued = next((e for e in state.queues.get(state.current_item or "", ()) if e.id == entry), None)
        name = council.name_of(person) if council else person
        other = (council.name_of(queued.person) if council else queued.person) if queued else ""
        return dialogs.ask(
            self, self.tr("Gi ordet"),
            self.tr("Taleren {name} har ordet. Avslutte innlegget og gi ordet til {other}?").format(
                name=name, other=other),
            self.tr("Ja, gi ordet til {other}").format(other=other), self.tr("Nei"),
        )

    def give_floor(self) -> bool:
        """Give the floor to the selected speaker (out of the proposed order)."""
        entry = self.selected_entry()
        state = self.controller.state
        if entry is None:
            return False
        if state.speech is not None and not self._end_running_speech_first(entry):
            return False  # nothing ends a running speech as a side effect: asked first, «Nei» changes nothing
        # R-5.5b: the chair given the floor in the debate hands the chair over on the speech's own event
        after = speaker_rules.end_speech(state, self.controller.service.now())
        queued = next((e for e in after.queues.get(state.current_item or "", ()) if e.id == entry), None)
        extra = handover_payload(self, after, self.controller.refused, queued)
        if extra is None:
            return False
        if state.speech is not None:
            self.controller.perform(ev.SPEECH_ENDED, {}, lambda: self.tr("Avslutt innlegget"))
        return self.controller.perform(
            ev.SPEECH_STARTED, {"item": state.current_item, "entry": entry, **extra}, lambda: self.tr("Gi ordet")
        )
