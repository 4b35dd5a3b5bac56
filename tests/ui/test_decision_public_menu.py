"""R-3.6c: the secretariat chooses per closed item whether its decision is printed in the public minutes, from the
Møtebok menu; the choice is one event in the log, undone with one undo."""

from PySide6.QtGui import QAction
from widgets import find

from chair_console.procedure import events as ev
from chair_console.ui import dialogs


def test_R_3_6c_a_closed_items_decision_published_from_the_minutes_menu(console, monkeypatch):
    svc = console.service
    window = console.window
    closed = [item for item in svc.state.agenda if item.closed]
    assert closed  # the demo agenda has a closed item (Kjøp av eiendom)
    offered = []
    monkeypatch.setattr(dialogs, "choose", lambda _w, _t, _l, options, current=0: offered.extend(options) or 0)
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    find(window, QAction, "decisionPublicAction").trigger()
    assert closed[0].id in svc.state.public_decisions
    assert svc.log[-1].kind == ev.DECISION_PUBLIC and "offentliggjøres ikke" in offered[0]
    console.controller.undo_stack.undo()  # one undo takes the choice back
    assert closed[0].id not in svc.state.public_decisions
    monkeypatch.setattr(dialogs, "choose", lambda *a, **k: None)  # cancelled: nothing recorded
    before = svc.state.last_seq
    assert not window.choose_public_decision()
    assert svc.state.last_seq == before
