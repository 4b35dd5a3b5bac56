"""Incremental views (issue 17, speed): an event updates only what it touched. The agenda and roll-call models are
never reset by a speech's events and say `dataChanged` only for the rows whose data changed; a pane skips an event
that changes nothing it shows, and a hidden pane waits until it is shown. Structural tests, nothing timed: the
figures are in bench/next_speaker_latency.py.

The safety net of skipping: at every step of a whole meeting, each view shows exactly what a full redraw from
the state would show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from meeting_script import walk_phases

from chair_console.app import build_console
from chair_console.clock import SystemClock
from chair_console.paths import app_paths
from chair_console.procedure import events as ev
from chair_console.procedure.timebase import Instant


class StoppedClock:
    """A clock that stands still: what a view shows (a time used, a time left) does not depend on when the test
    happens to run, so a view redrawn a moment later must show exactly the same."""

    def __init__(self) -> None:
        self._now = SystemClock().now()

    def now(self) -> Instant:
        return self._now


@pytest.fixture
def stopped(qtbot, demo_db, tmp_path, translations):
    """The console on the demo meeting, on a clock that stands still."""
    db, meeting_id = demo_db
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    c = build_console(db, meeting_id, StoppedClock(), app_paths(), translations, settings, "chair",
                      interactive=False)
    qtbot.addWidget(c.window)
    c.window.show()
    qtbot.waitExposed(c.window)
    assert c.controller.verify_log()
    yield c
    c.reporter.uninstall()


@pytest.fixture
def debate(console):
    """Everyone present, the meeting set, s304 under debate with three speakers on the list."""
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    for person in ("h-10", "a-05", "sv-02"):
        svc.record(ev.SPEAKER_ADDED, {"item": "s304", "person": person, "kind": "main"})
    return console


class Spy:
    """What a model said: resets, and the rows named by dataChanged."""

    def __init__(self, model) -> None:  # noqa: ANN001
        self.model = model
        self.resets = 0
        self.rows: list[int] = []
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(self._changed)

    def _reset(self) -> None:
        self.resets += 1

    def _changed(self, top, bottom, _roles=()) -> None:  # noqa: ANN001
        assert top.column() == 0 and bottom.column() == self.model.columnCount(QModelIndex()) - 1  # the whole row
        self.rows.extend(range(top.row(), bottom.row() + 1))


def _value(value: object) -> object:
    if isinstance(value, QFont):
        return value.toString()
    if isinstance(value, QIcon):
        return value.isNull()
    if isinstance(value, (QColor, QBrush)):
        return (value if isinstance(value, QColor) else value.color()).name()
    return value


def rows_shown(model) -> list[tuple]:  # noqa: ANN001
    """Everything a view draws from the model, row by row."""
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole,
             Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.CheckStateRole, *range(Qt.ItemDataRole.UserRole,
                                                                                   Qt.ItemDataRole.UserRole + 5))
    columns = model.columnCount(QModelIndex()) if isinstance(model, QAbstractTableModel) else 1
    return [tuple(_value(model.index(r, c).data(role)) for c in range(columns) for role in roles)
            for r in range(model.rowCount())]


def test_next_speaker_neither_resets_nor_changes_the_agenda_and_roll_call_models(debate):
    w = debate.window
    agenda, roll = Spy(w.panes["agendaPane"].model), Spy(w.panes["rollCallPane"].model)
    before = rows_shown(agenda.model), rows_shown(roll.model)
    countdown = w.panes["countdownPane"]
    for _ in range(3):  # F8's action: the first speech starts, then each ends and the next starts
        assert countdown.next_speaker()
    assert debate.service.state.speech is not None and len(debate.service.state.speeches["s304"]) == 2
    assert agenda.resets == 0 and roll.resets == 0
    assert agenda.rows == [] and roll.rows == []  # neither shows a speech: not a row repainted
    assert (rows_shown(agenda.model), rows_shown(roll.model)) == before


def test_a_member_leaving_changes_one_roll_call_row(debate, qtbot):
    w = debate.window
    w.docks["rollCallPane"].show()
    w.docks["rollCallPane"].raise_()
    qtbot.waitUntil(lambda: w.panes["rollCallPane"].isVisible())
    roll = Spy(w.panes["rollCallPane"].model)
    before = rows_shown(roll.model)
    debate.service.record(ev.MEMBER_LEFT, {"member": "frp-03", "rest_of_meeting": False})
    after = rows_shown(roll.model)
    assert roll.resets == 0
    assert roll.rows == [r for r in range(len(after)) if after[r] != before[r]]
    assert len(roll.rows) == 1 and roll.model.member_id(roll.rows[0]) == "frp-03"


def test_taking_up_another_item_changes_only_the_rows_that_show_it(debate, qtbot):
    w = debate.window
    w.docks["agendaPane"].show()
    w.docks["agendaPane"].raise_()
    qtbot.waitUntil(lambda: w.panes["agendaPane"].isVisible())
    svc = debate.service
    agenda = Spy(w.panes["agendaPane"].model)
    before = rows_shown(agenda.model)
    svc.record(ev.SPEAKER_REMOVED, {"item": "s304", "entry": svc.state.queues["s304"][0].id})
    assert agenda.rows == []
    svc.record(ev.ITEM_OPENED, {"item": "s305"})
    after = rows_shown(agenda.model)
    changed = [r for r in range(len(after)) if after[r] != before[r]]
    assert agenda.resets == 0
    assert sorted(set(agenda.rows)) == changed  # dataChanged for the rows that changed, and only those
    ids = [agenda.model.item_id(r) for r in changed]
    assert "s304" in ids and "s305" in ids  # the item left (no longer bold) and the one taken up


def test_a_hidden_pane_waits_until_it_is_shown(debate, qtbot, monkeypatch):
    w = debate.window
    votes = w.panes["votesPane"]
    assert not votes.isVisible()  # not shown during the debate
    drawn = []
    original = votes.set_state
    monkeypatch.setattr(votes, "set_state", lambda state: (drawn.append(state), original(state)))
    debate.service.record(ev.MEMBER_LEFT, {"member": "frp-03", "rest_of_meeting": False})
    debate.service.record(ev.MEMBER_PRESENT, {"member": "frp-03"})
    assert drawn == []  # nothing done while hidden
    w.docks["votesPane"].show()
    w.docks["votesPane"].raise_()
    qtbot.waitUntil(lambda: votes.isVisible())
    assert drawn == [debate.service.state]  # once, when shown, with the state of now


def test_a_visible_pane_skips_an_event_that_changes_nothing_it_shows(debate, monkeypatch):
    w = debate.window
    seats = w.panes["seatChartPane"]
    assert seats.isVisible()
    drawn = []
    original = seats.set_state
    monkeypatch.setattr(seats, "set_state", lambda state: (drawn.append(state), original(state)))
    assert w.panes["countdownPane"].next_speaker()  # a speech: nothing the seat chart shows
    assert drawn == []
    debate.service.record(ev.MEMBER_LEFT, {"member": "frp-03", "rest_of_meeting": False})
    assert drawn == [debate.service.state]


def test_the_speaker_list_keeps_its_rows_and_takes_out_the_one_given_the_floor(debate):
    pane = debate.window.panes["speakersPane"]
    queue = pane.queue
    rows = [queue.item(i) for i in range(queue.count())]
    assert [r.data(Qt.ItemDataRole.UserRole) for r in rows] == [e.id for e in debate.service.state.queues["s304"]]
    assert debate.window.panes["countdownPane"].next_speaker()
    assert [queue.item(i) for i in range(queue.count())] == rows[1:]  # the same rows, the first taken out
    assert [queue.item(i).data(Qt.ItemDataRole.UserRole) for i in range(queue.count())] == \
        [e.id for e in debate.service.state.queues["s304"]]
    assert queue.item(0).text().startswith("1. ")  # renumbered in place


# -- the safety net: what a view shows after skipping is what a full redraw shows ---------------------------------


def shown(widget: QWidget) -> list:
    """What a widget and its children show: texts, lists and tables, checks, enabled and hidden."""
    QCoreApplication.processEvents()  # widgets put in by a redraw are shown, and the ones they replace are gone
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    out: list = []
    for w in (widget, *widget.findChildren(QWidget)):
        name = w.objectName() or type(w).__name__
        if isinstance(w, QLabel):
            out.append((name, w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((name, w.text(), w.isChecked()))
        elif isinstance(w, QComboBox):
            out.append((name, [w.itemText(i) for i in range(w.count())], w.currentIndex()))
        elif isinstance(w, QPlainTextEdit):
            out.append((name, w.toPlainText()))
        elif isinstance(w, QLineEdit):
            out.append((name, w.text()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            out.append((name, rows_shown(w.model())))
        out.append((name, w.isHidden(), w.isEnabled()))
    return out


def views_agree(w, state) -> None:  # noqa: ANN001
    """Each pane (as it is when shown) and the centre show what a full redraw from `state` shows."""
    chart = w.panes["seatChartPane"].chart
    for name, pane in w.panes.items():
        pane.show_state(state)  # what a hidden pane does when it is shown
        skipped = shown(pane), [chart.seat_kind(s) for s in chart._seats]  # noqa: SLF001
        pane.show_state(state, force=True)
        redrawn = shown(pane), [chart.seat_kind(s) for s in chart._seats]  # noqa: SLF001
        assert skipped == redrawn, f"{name} is stale after event {state.last_seq}: " + repr(
            [(a, b) for a, b in zip(skipped[0], redrawn[0]) if a != b][:1])[:600]
    centre = w.current_item
    skipped = shown(centre)
    centre._shown = None  # noqa: SLF001 - forget what it showed: a full redraw
    centre.set_state(state)
    assert shown(centre) == skipped, f"the centre is stale after event {state.last_seq}"


def test_every_view_shows_what_a_full_redraw_shows_after_every_event_of_a_meeting(stopped):
    svc, w = stopped.service, stopped.window
    checked = []
    svc.subscribe(lambda state, _event: (views_agree(w, state), checked.append(state.last_seq)))
    for phase in walk_phases(svc):
        if phase == "question_hour":  # the question hour's steps: speeches that only its pane shows
            for person in svc.state.council.government:
                svc.record(ev.GOVERNMENT_PRESENT, {"person": person.id})
            for _ in range(5):
                svc.record(ev.QUESTION_STEP, {"item": "sporretime"})
        elif phase == "debate":
            svc.record(ev.SPEECH_PAUSED)
            svc.record(ev.SPEECH_RESUMED)
            svc.record(ev.SPEECH_NEXT, {"item": "s304"})
            for _ in range(2):  # the second request to keep to the item shows the way to exclusion
                svc.record(ev.ORDER_WARNING, {"item": "s304", "person": svc.state.speech.entry.person})
    assert len(checked) > 80 and checked == sorted(checked)
