"""Agenda pane: open, navigate, reorder, postpone, urgent matters, proposals, settings, import — with qtbot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QTableView
from widgets import find

from chair_console.procedure import events as ev
from chair_console.ui import dialogs

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


@pytest.fixture
def opened(console):
    console.service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    console.service.record(ev.MEMBER_PRESENT, {"member": "a-01"})
    console.service.record(ev.MEETING_OPENED)
    return console


def click(qtbot, window, name: str) -> None:
    qtbot.mouseClick(find(window, QPushButton, name), Qt.MouseButton.LeftButton)


def select_row(window, row: int) -> None:
    find(window, QTableView, "agendaTable").setCurrentIndex(
        find(window, QTableView, "agendaTable").model().index(row, 0)
    )


def ids(console) -> list[str]:
    return [i.id for i in console.service.state.agenda]


def test_next_previous_and_the_chairs_script(opened, qtbot, monkeypatch):
    w = opened.window
    asked: list[str] = []  # leaving an item not finished asks first (issue 17, safety): answered «Ja» here
    monkeypatch.setattr(dialogs, "ask", lambda _p, _t, text, _y, _n: asked.append(text) or True)
    click(qtbot, w, "nextItemButton")
    assert opened.service.state.current_item == "sporretime"
    click(qtbot, w, "nextItemButton")
    assert opened.service.state.current_item == "s301"
    click(qtbot, w, "previousItemButton")
    assert opened.service.state.current_item == "sporretime"
    select_row(w, 4)
    click(qtbot, w, "openItemButton")
    script = find(w, QLabel, "chairScript").text()
    assert "240 boliger" in script and "dissens" in script and "Ønsker noen ordet?" in script  # R-5.2a
    table = find(w, QTableView, "agendaTable")
    assert table.model().index(4, 3).data() == "Til debatt"
    assert len(asked) == 3  # the question hour, the interpellation, the question hour again were not finished


def test_reorder_by_buttons_and_keys_only_for_items_not_dealt_with(opened, qtbot):
    w = opened.window
    before = ids(opened)
    select_row(w, 6)
    click(qtbot, w, "moveUpButton")
    assert ids(opened)[5] == before[6] and ids(opened)[6] == before[5]
    table = find(w, QTableView, "agendaTable")
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert ids(opened) == before
    click(qtbot, w, "nextItemButton")  # the question hour is now dealt with
    select_row(w, 1)
    click(qtbot, w, "moveUpButton")
    assert ids(opened) == before
    assert "kan ikke flyttes" in find(w, QLabel, "messageBanner").text()


def test_R_3_2b_postpone_asks_for_the_councils_decision(opened, qtbot, monkeypatch):
    w = opened.window
    for m in opened.service.state.council.members:
        if m.id not in opened.service.state.attendance:
            opened.service.record(ev.MEMBER_PRESENT, {"member": m.id})
    answers = iter([None, 0, 30])  # cancelled; nobody for (not carried); 30 of 59 for
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: False)  # «Votering – tell stemmene…»
    monkeypatch.setattr(dialogs, "ask_count", lambda *a, **k: next(answers))
    select_row(w, 7)
    before = opened.service.state.last_seq
    click(qtbot, w, "postponeButton")
    assert opened.service.state.last_seq == before  # cancelled: nothing recorded
    click(qtbot, w, "postponeButton")
    assert opened.service.state.status("s307") == "not_started"  # not carried: recorded as fallen, the item stays
    assert opened.service.log[-1].payload == {"item": "s307", "method": "counted", "for": 0, "against": 59}
    assert "Forslaget falt (0 mot 59 stemmer)" in find(w, QLabel, "messageBanner").text()
    click(qtbot, w, "postponeButton")
    assert opened.service.state.status("s307") == "postponed"
    assert opened.service.log[-1].payload["method"] == "counted"
    assert find(w, QTableView, "agendaTable").model().index(7, 3).data() == "Utsatt"
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert opened.service.state.status("s307") == "not_started"


def test_R_3_2b_postponed_tacitly_with_one_answer(opened, qtbot, monkeypatch):
    w = opened.window
    for m in opened.service.state.council.members:
        if m.id not in opened.service.state.attendance:
            opened.service.record(ev.MEMBER_PRESENT, {"member": m.id})
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)  # «Vedtatt stilltiende»
    select_row(w, 7)
    click(qtbot, w, "postponeButton")
    assert opened.service.state.status("s307") == "postponed"
    assert opened.service.log[-1].payload == {"item": "s307", "method": "tacit"}


def test_R_7c_R_3_2b_any_item_sent_back_to_a_committee_chosen_in_the_dialog(opened, qtbot, monkeypatch):
    w = opened.window
    svc = opened.service
    for m in svc.state.council.members:
        if m.id not in svc.state.attendance:
            svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    offered = {}

    def choose(_parent, _title, _label, options, current=0):
        offered.update(options=options, current=current)
        return current  # the item's own committee, as proposed

    monkeypatch.setattr(dialogs, "choose", choose)
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)  # tacit
    select_row(w, 7)  # Sak 307/26, a committee case from the transport and environment committee
    click(qtbot, w, "sendToCommitteeButton")
    assert offered["options"][offered["current"]] == "Samferdsels- og miljøutvalget"
    assert svc.state.status("s307") == "sent_to_committee"
    assert svc.log[-1].payload == {"item": "s307", "committee": "SAM", "method": "tacit"}
    # an interpellation (R-7c), counted: the dialog's choice is recorded
    monkeypatch.setattr(dialogs, "choose", lambda _p, _t, _l, options, current=0: options.index("Kultur- og utdanningsutvalget"))
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: False)
    monkeypatch.setattr(dialogs, "ask_count", lambda *a, **k: 35)
    select_row(w, 1)
    click(qtbot, w, "sendToCommitteeButton")
    assert svc.state.status("s301") == "sent_to_committee"
    assert svc.log[-1].payload == {"item": "s301", "committee": "KUL", "method": "counted", "for": 35, "against": 24}


def test_R_3_2c_urgent_matter_is_added_at_the_end(opened, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Brann i Demogata")
    click(qtbot, opened.window, "urgentMatterButton")
    last = opened.service.state.agenda[-1]
    assert last.kind == "urgent_matter" and last.title == "Brann i Demogata" and last.number == "Aktuell sak 1"


def test_R_3_4a_proposals_tabled_and_withdrawn_refused_in_an_interpellation(opened, qtbot):
    w = opened.window
    select_row(w, 4)
    find(w, QPlainTextEdit, "proposalText").setPlainText("Bystyret ber byrådet redusere byggehøydene.")
    find(w, QLineEdit, "proposalGroups").setText("SV, R")
    click(qtbot, w, "addProposalButton")
    props = opened.service.state.proposals["s304"]
    assert len(props) == 1 and props[0].groups == ("SV", "R")
    select_row(w, 1)  # the interpellation (R-7c)
    find(w, QPlainTextEdit, "proposalText").setPlainText("Bystyret ber …")
    find(w, QLineEdit, "proposalGroups").setText("A")
    click(qtbot, w, "addProposalButton")
    assert "s301" not in opened.service.state.proposals
    assert "Det kan ikke fremmes forslag" in find(w, QLabel, "messageBanner").text()


def test_R_5_4_speaking_time_settings_saved_from_the_pane(opened, qtbot, monkeypatch):
    w = opened.window
    for m in opened.service.state.council.members:  # a quorum: the council decides the time (R-5.4a)
        if m.id not in opened.service.state.attendance:
            opened.service.record(ev.MEMBER_PRESENT, {"member": m.id})
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)  # «Vedtatt stilltiende»
    select_row(w, 7)
    find(w, QSpinBox, "extendedMinutes").setValue(5)
    click(qtbot, w, "applySettingsButton")
    assert opened.service.state.item("s307").extended_minutes == 5


def test_import_agenda_from_the_file_menu(console, qtbot, monkeypatch, tmp_path):
    w = console.window
    monkeypatch.setattr(dialogs, "choose_file", lambda *a, **k: str(EXAMPLES / "saksliste.csv"))
    w.import_agenda_action.trigger()
    assert len(console.service.state.agenda) == 11 and console.service.log[-1].kind == ev.AGENDA_SET
    bad = tmp_path / "bad.csv"
    bad.write_text("id;number;title;kind\nx;Sak 1;Tittel;piknik\n", encoding="utf-8")
    monkeypatch.setattr(dialogs, "choose_file", lambda *a, **k: str(bad))
    before = console.service.state.last_seq
    w.import_agenda_action.trigger()
    assert console.service.state.last_seq == before
    assert "linje 2" in find(w, QLabel, "messageBanner").text()


def test_item_tooltip_shows_committee_dissent_and_closed_basis(console):
    model = find(console.window, QTableView, "agendaTable").model()
    tip = model.index(8, 1).data(Qt.ItemDataRole.ToolTipRole)  # Sak 308/26, closed
    assert "Finansutvalget" in tip and "Lukket: kommuneloven § 11-5" in tip
    assert "Dissens i utvalget" in model.index(4, 1).data(Qt.ItemDataRole.ToolTipRole)
