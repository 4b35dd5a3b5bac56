"""Issue 17: the operator who reads English sees the vote subjects and result sentences in English (votes pane, the
chair's script), while the hall display keeps its own language — Bokmål unless it is given another."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QPushButton
from widgets import find

from chair_console.i18n import current_language
from chair_console.procedure import events as ev

NB = "Forslag nr. 1 fra SV falt med 17 mot 42 stemmer (H (1), SV, MDG, R stemte for)."
EN = "Proposal no. 1 from SV was rejected by 17 votes to 42 (H (1), SV, MDG, R voted for)."


@pytest.fixture
def voted(console, qtbot):
    """s304 in voting, the order decided, and the first proposal voted on through the votes pane."""
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    for group in ("SV", "R"):
        svc.record(ev.PROPOSAL_TABLED, {"item": "s304", "text": f"Forslag fra {group}.", "groups": [group]})
    svc.record(ev.DEBATE_CLOSED, {"item": "s304"})
    svc.record(ev.VOTING_ORDER_SET, {"item": "s304", "order": ["s304-p1", "s304-p2", "recommendation"],
                                     "method": "tacit"})
    pane = console.window.panes["votesPane"]
    for abbr in ("H", "A", "V", "FrP", "KrF", "PS"):
        pane.tick_group(abbr)
    pane.tick_member("uav-01", True)
    pane.tick_member("h-20", False)  # broke with the group: votes for
    qtbot.mouseClick(find(console.window, QPushButton, "recordVoteButton"), Qt.MouseButton.LeftButton)
    return console


def results(w) -> list[str]:
    box = find(w, QListWidget, "voteResults")
    return [box.item(i).text() for i in range(box.count())]


def order(w) -> list[str]:
    box = find(w, QListWidget, "votingOrderList")
    return [box.item(i).text() for i in range(box.count())]


def switch(translations, code: str) -> None:
    assert translations.load(code)
    QApplication.processEvents()


def test_the_operator_reads_the_result_in_english_the_hall_stays_in_bokmal(voted, translations):
    w, hall = voted.window, voted.window.hall
    hall.refresh()
    assert results(w) == [NB] and hall.result.text() == NB
    assert find(w, QLabel, "voteResultSubject").text() == "forslag nr. 1 fra SV"

    switch(translations, "en")
    assert current_language() == "en"
    assert results(w) == [EN]
    assert find(w, QLabel, "voteResultSubject").text() == "proposal no. 1 from SV"
    assert any(row.startswith("2. proposal no. 2 from R") for row in order(w))
    assert any(row.startswith("3. the recommendation") for row in order(w))
    assert EN in find(w, QLabel, "chairScript").text()  # the chair's script: the result, then the next vote
    assert "proposal no. 2 from R" in find(w, QLabel, "chairScript").text()
    hall.refresh()
    assert hall.language == "nb"
    assert hall.result.text() == NB  # the hall is Norwegian whatever the operator reads
    assert hall.result_subject.text() == "Forslag nr. 1 fra SV"

    w.findChild(QAction, "hallLanguage_en").trigger()  # View ▸ Salskjermens språk ▸ English
    assert hall.result.text() == EN

    switch(translations, "nb")  # the operator back in Bokmål: the hall keeps the language it was given
    assert current_language() == "nb"
    assert results(w) == [NB] and hall.result.text() == EN
    w.findChild(QAction, "hallLanguage_nb").trigger()
    assert hall.result.text() == NB


def test_independents_are_marked_in_each_screens_language(voted, translations):
    """«uavh.» in Bokmål, «ind.» in English: on the votes pane's picture by the operator's, on the hall's chart by
    the hall's own."""
    w, hall = voted.window, voted.window.hall
    picture = w.panes["votesPane"].picture
    hall.refresh()
    assert "uavh." in [row[0] for row in picture.rows] and "uavh." in [row[0] for row in hall.picture.rows]
    switch(translations, "en")
    hall.refresh()
    assert "ind." in [row[0] for row in picture.rows] and "uavh." in [row[0] for row in hall.picture.rows]
    w.findChild(QAction, "hallLanguage_en").trigger()
    assert "ind." in [row[0] for row in hall.picture.rows]
