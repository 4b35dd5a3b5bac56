"""R-3.6a from the Møte menu: «Merknader til innkalling og saksliste …» asks the remark and records it for the
minutes; before the meeting is set, or once an item is taken up, it is refused with a message and nothing written."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from widgets import find

from chair_console.procedure import events as ev
from chair_console.ui import dialogs


def test_R_3_6a_a_remark_from_the_meeting_menu(console, monkeypatch):
    svc = console.service
    w = console.window
    action = w.notice_remarks_action
    assert action.objectName() == "noticeRemarksAction" and action in w.meeting_menu.actions()
    assert action.text() == "Merknader til innkalling og saksliste …"
    answers = iter(["Sak 12 mangler vedlegg.", "For sent.", None])
    asked = []
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: asked.append(a[1]) or next(answers))

    action.trigger()  # before the meeting is set: refused, nothing written
    before = svc.state.last_seq
    assert svc.state.notice_remarks == () and "Møtet er ikke satt" in find(w, QLabel, "messageBanner").text()
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    answers = iter(["Sak 12 mangler vedlegg.", "For sent.", None])
    action.trigger()
    assert svc.state.notice_remarks == ("Sak 12 mangler vedlegg.",)
    assert svc.log[-1].kind == ev.NOTICE_REMARKS and svc.log[-1].payload == {"text": "Sak 12 mangler vedlegg."}
    assert asked[0] == "Merknader til innkalling og saksliste"

    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    seq = svc.state.last_seq
    action.trigger()  # too late now
    assert svc.state.last_seq == seq and svc.state.notice_remarks == ("Sak 12 mangler vedlegg.",)
    assert "før første sak tas opp" in find(w, QLabel, "messageBanner").text()
    action.trigger()  # cancelled: nothing asked of the log
    assert svc.state.last_seq == seq and before < seq
