"""What the council decides, from the panes (issue 16): the speaking time (R-5.4a) and closing the meeting for an
item (R-3.6b, R-3.7a) in the agenda pane, a member's disqualification in the roll-call pane (R-3.10a), and an urgent
matter's debate and objections in the speakers and votes panes (R-3.2c). Dialogs are answered by monkeypatching
chair_console.ui.dialogs, as a secretary would click them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QSpinBox, QTableView
from widgets import find

from chair_console.procedure import events as ev
from chair_console.ui import dialogs


@pytest.fixture
def everyone(console):
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    return console


def click(qtbot, window, name: str) -> None:
    qtbot.mouseClick(find(window, QPushButton, name), Qt.MouseButton.LeftButton)


def select_item(window, item_id: str, state) -> None:
    row = next(n for n, i in enumerate(state.agenda) if i.id == item_id)
    table = find(window, QTableView, "agendaTable")
    table.setCurrentIndex(table.model().index(row, 0))


def banner(window) -> str:
    return find(window, QLabel, "messageBanner").text()


def answers(monkeypatch, name: str, *values) -> list:
    """Answer the dialog `name` with `values` in turn; returns the questions asked (their text)."""
    asked: list = []
    it = iter(values)
    monkeypatch.setattr(dialogs, name, lambda *a, **k: asked.append(a) or next(it))
    return asked


def type_in(qtbot, spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def test_R_5_4a_the_agenda_pane_asks_the_council_to_decide_the_speaking_time(everyone, qtbot, monkeypatch):
    w, svc = everyone.window, everyone.service
    select_item(w, "s307", svc.state)
    type_in(qtbot, find(w, QSpinBox, "groupMinutes"), 5)
    asked = answers(monkeypatch, "ask", False)  # «Votering – tell stemmene…»
    answers(monkeypatch, "ask_count", 20)  # 20 for, 39 against: it falls
    click(qtbot, w, "applySettingsButton")
    assert "gruppene 5 min" in asked[0][2] and "R-5.4a" in asked[0][2]
    decision = svc.state.council_decisions["s307"][-1]
    assert (decision.what, decision.carried, decision.votes_for, decision.against) == ("speaking_time", False, 20, 39)
    assert svc.state.item("s307").group_minutes == 3 and "Forslaget om taletid falt" in banner(w)
    assert find(w, QSpinBox, "groupMinutes").value() == 3  # the pane shows the time that stands
    type_in(qtbot, find(w, QSpinBox, "groupMinutes"), 5)
    answers(monkeypatch, "ask", True)  # «Vedtatt stilltiende»
    click(qtbot, w, "applySettingsButton")
    assert svc.state.item("s307").group_minutes == 5 and svc.state.council_decisions["s307"][-1].method == "tacit"
    # replies are the chair's (R-5.4e): no question asked
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: pytest.fail("no decision is asked for replies"))
    find(w, QCheckBox, "repliesAllowed").setChecked(True)
    click(qtbot, w, "applySettingsButton")
    assert svc.state.item("s307").replies and len(svc.state.council_decisions["s307"]) == 2


def test_R_3_6b_R_3_7a_opening_a_closed_item_asks_the_council_to_close_the_meeting(everyone, qtbot, monkeypatch):
    w, svc = everyone.window, everyone.service
    basis = svc.state.item("s308").closed_basis
    select_item(w, "s308", svc.state)
    texts = answers(monkeypatch, "ask_text", basis)  # the item's legal basis, as proposed
    answers(monkeypatch, "ask", False)  # counted …
    answers(monkeypatch, "ask_count", 25)  # … and it falls
    click(qtbot, w, "openItemButton")
    assert texts[0][3] == basis and "11-5" in texts[0][2]
    assert svc.state.current_item is None and "tas ikke opp for lukkede dører" in banner(w)
    answers(monkeypatch, "ask_text", basis)
    asked = answers(monkeypatch, "ask", True, True)  # closed tacitly; the chair confirms: the stream stops
    click(qtbot, w, "openItemButton")
    assert svc.state.current_item == "s308"
    assert "lukke møtet" in asked[0][2] and "Strømmingen skal stoppes" in asked[1][2]
    decision = svc.state.council_decisions["s308"][-1]
    assert (decision.what, decision.method, decision.basis, decision.carried) == ("close", "tacit", basis, True)
    click(qtbot, w, "nextItemButton")  # back again later: decided once, only the confirmation is asked
    select_item(w, "s308", svc.state)
    answers(monkeypatch, "ask_text")  # not asked
    answers(monkeypatch, "ask", True)
    click(qtbot, w, "openItemButton")
    assert svc.state.current_item == "s308" and len(svc.state.council_decisions["s308"]) == 2


def test_R_3_10a_inhabil_i_saken_asks_the_councils_decision(everyone, qtbot, monkeypatch):
    w, svc = everyone.window, everyone.service
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    pane = w.panes["rollCallPane"]
    pane.select_member("h-03")
    find(w, QLineEdit, "disqualificationBasis").setText("forvaltningsloven § 6 første ledd bokstav a")
    options = answers(monkeypatch, "choose", 0)  # the chair's proposal: h-03 is disqualified
    answers(monkeypatch, "ask", False)  # counted
    counts = answers(monkeypatch, "ask_count", 40)
    click(qtbot, w, "disqualifyButton")
    assert "er inhabil i Sak 304/26" in options[0][3][0] and "ikke inhabil" in options[0][3][1]
    assert counts[0][3] == 58  # the member concerned does not vote (fvl. § 8 andre ledd)
    assert svc.state.disqualified["s304"]["h-03"].startswith("forvaltningsloven")
    assert svc.state.council_decisions["s304"][-1].what == "disqualify"
    pane.select_member("a-01")
    answers(monkeypatch, "choose", 1)  # the proposal: a-01 is not disqualified
    answers(monkeypatch, "ask", True)  # decided tacitly
    click(qtbot, w, "disqualifyButton")
    assert "a-01" not in svc.state.disqualified["s304"] and "ikke er inhabil" in banner(w)
    assert svc.state.council_decisions["s304"][-1].what == "not_disqualify"
    answers(monkeypatch, "choose", None)  # cancelled: nothing recorded
    before = svc.state.last_seq
    click(qtbot, w, "disqualifyButton")
    assert svc.state.last_seq == before


def test_R_3_10a_a_disqualification_in_a_valgsak_is_refused_from_the_pane(console, qtbot, monkeypatch):
    w, svc = console.window, console.service
    agenda = [i.to_dict() for i in svc.state.agenda]
    agenda[4]["election_item"] = True  # Sak 304/26 marked as a valgsak
    svc.record(ev.AGENDA_SET, {"agenda": agenda})
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": agenda[4]["id"]})
    w.panes["rollCallPane"].select_member("h-03")
    find(w, QLineEdit, "disqualificationBasis").setText("fvl. § 6")
    answers(monkeypatch, "choose", 0)
    answers(monkeypatch, "ask", True)
    click(qtbot, w, "disqualifyButton")
    assert "valgsak" in banner(w) and not svc.state.disqualified.get(agenda[4]["id"])


def urgent(console) -> None:
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.URGENT_MATTER_ADDED, {"item": {"id": "u1", "number": "Aktuell sak 1", "title": "Brann"}})
    svc.record(ev.ITEM_OPENED, {"item": "u1"})


def type_speaker(qtbot, window, text: str) -> None:
    box = find(window, QLineEdit, "speakerInput")
    box.setFocus()
    box.setText(text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_R_3_2c_one_speaker_per_group_in_an_urgent_matter_from_the_speakers_pane(console, qtbot):
    urgent(console)
    w, svc = console.window, console.service
    type_speaker(qtbot, w, "SV")
    assert len(svc.state.queues["u1"]) == 1
    type_speaker(qtbot, w, "SV")  # the same group again: refused, with the reason
    assert len(svc.state.queues["u1"]) == 1 and "SV har allerede en taler" in banner(w)
    type_speaker(qtbot, w, "R")
    assert len(svc.state.queues["u1"]) == 2


def test_R_3_2c_objections_locked_once_the_vote_is_recorded(console, qtbot):
    urgent(console)
    w, svc = console.window, console.service
    svc.record(ev.DEBATE_CLOSED, {"item": "u1"})
    svc.record(ev.VOTING_ORDER_SET, {"item": "u1", "order": ["recommendation"], "method": "tacit"})
    type_in(qtbot, find(w, QSpinBox, "urgentObjecting"), 4)
    click(qtbot, w, "urgentObjectionsButton")
    assert svc.state.urgent_objections["u1"] == (False, 4)
    pane = w.panes["votesPane"]
    pane.method.setCurrentIndex(pane.method.findData("tacit"))
    click(qtbot, w, "recordVoteButton")
    assert svc.state.votes.get("u1")
    spin, button = find(w, QSpinBox, "urgentObjecting"), find(w, QPushButton, "urgentObjectionsButton")
    assert not spin.isEnabled() and not button.isEnabled() and spin.value() == 4
    assert not find(w, QCheckBox, "urgentChairObjects").isEnabled()
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the vote undone: open again
    assert not svc.state.votes.get("u1") and button.isEnabled()
