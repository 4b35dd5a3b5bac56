"""Kommuneloven § 11-4 before an item is decided: a vote recorded by counts only (not unanimous, not tacit) has no
party breakdown, so «Lagre vedtaket og avslutt saken» asks first — «Registrer» puts that vote in the form for a
correction with names, «Avslutt likevel» decides the item (the minutes then say the breakdown was not recorded)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton
from meeting_script import to_voting
from widgets import find

from chair_console.procedure import events as ev
from chair_console.ui import dialogs

ITEM = "s304"


@pytest.fixture
def counted(console):
    """s304 in voting: the SV proposal voted on by counts only (42 against), the recommendation by names."""
    svc = console.service
    to_voting(svc, ITEM, groups=("SV",))
    svc.record(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [f"{ITEM}-p1", "recommendation"], "method": "tacit"})
    svc.record(ev.VOTE_RECORDED, {"item": ITEM, "subjects": [f"{ITEM}-p1"], "method": "hands", "against_count": 42})
    council = svc.state.council
    svc.record(ev.VOTE_RECORDED, {"item": ITEM, "subjects": ["recommendation"], "method": "hands",
                                  "against": [m.id for m in council.members if m.group_id in ("SV", "R")]})
    return console


def click(qtbot, w, name):
    qtbot.mouseClick(find(w, QPushButton, name), Qt.MouseButton.LeftButton)


def test_registrer_puts_the_count_only_vote_in_the_form_for_a_correction_with_names(counted, qtbot, monkeypatch):
    svc, w = counted.service, counted.window
    pane = w.panes["votesPane"]
    w.docks["votesPane"].raise_()
    counted_vote = svc.state.final_votes(ITEM)[0]
    asked = []
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: asked.append(a[2:]) or True)  # «Registrer»
    before = svc.state.last_seq
    click(qtbot, w, "decideItemButton")
    assert asked == [("Voteringen over forslag nr. 1 fra SV ble registrert bare med antall. Registrer hvordan partiene "
                      "stemte før saken avsluttes?", "Registrer", "Avslutt likevel")]
    assert svc.state.last_seq == before and svc.state.status(ITEM) == "voting"  # nothing written, the item open
    assert pane._retake_of == counted_vote.id  # noqa: SLF001 - the next vote recorded corrects it
    assert pane.subject.currentData() == f"{ITEM}-p1" and pane.method.currentData() == "hands"
    assert not find(w, QCheckBox, "voteCountOnly").isChecked()
    assert "Saken er ikke avsluttet" in find(w, QLabel, "messageBanner").text()

    for abbr in ("H", "A", "V", "FrP", "KrF", "PS"):  # the same 42 against, now by name
        pane.tick_group(abbr)
    pane.tick_member("uav-01", True)
    pane.tick_member("h-20", False)
    click(qtbot, w, "recordVoteButton")
    assert svc.log[-1].payload["retake_of"] == counted_vote.id and len(svc.log[-1].payload["against"]) == 42
    assert svc.state.final_votes(ITEM)[0].voters is not None

    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: pytest.fail("asked again"))
    click(qtbot, w, "decideItemButton")  # every vote has its breakdown now: decided without a question
    assert svc.state.status(ITEM) == "decided"


def test_avslutt_likevel_decides_the_item_with_the_count_only_vote(counted, qtbot, monkeypatch):
    svc, w = counted.service, counted.window
    w.docks["votesPane"].raise_()
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: False)  # «Avslutt likevel»
    click(qtbot, w, "decideItemButton")
    assert svc.state.status(ITEM) == "decided"
    assert svc.state.final_votes(ITEM)[0].voters is None  # the count stands as recorded


def test_no_question_for_unanimous_tacit_or_named_votes(console, qtbot):
    svc, w = console.service, console.window
    to_voting(svc, ITEM, groups=("SV",))
    svc.record(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [f"{ITEM}-p1", "recommendation"], "method": "tacit"})
    svc.record(ev.VOTE_RECORDED, {"item": ITEM, "subjects": [f"{ITEM}-p1"], "method": "hands", "against_count": 0})
    svc.record(ev.VOTE_RECORDED, {"item": ITEM, "subjects": ["recommendation"], "method": "tacit"})
    w.docks["votesPane"].raise_()
    click(qtbot, w, "decideItemButton")  # the autouse fixture fails on any dialog
    assert svc.state.status(ITEM) == "decided"
