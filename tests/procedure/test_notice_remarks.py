"""R-3.6a: «Innkalling og saksliste godkjent» — or the remarks made to the notice and the agenda, recorded once the
meeting is set and before the first item is taken up (meeting.notice_remarks)."""

from __future__ import annotations

import pytest
from helpers import LogBuilder

from chair_console.messages import MESSAGES
from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.reducer import replay


def present() -> LogBuilder:
    b = LogBuilder().created()
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    return b


def test_R_3_6a_remarks_are_recorded_after_the_meeting_is_set_and_before_the_first_item():
    b = present()
    with pytest.raises(RuleViolation) as exc:  # not yet set
        b.add(ev.NOTICE_REMARKS, {"text": "Sak 12 mangler vedlegg."})
    assert exc.value.code == "meeting.not_open"
    b.add(ev.MEETING_OPENED)
    b.add(ev.NOTICE_REMARKS, {"text": "  Sak 12 mangler vedlegg.  "})
    b.add(ev.NOTICE_REMARKS, {"text": "Innkallingen kom én dag for sent."}, actor="secretary")
    assert b.state.notice_remarks == ("Sak 12 mangler vedlegg.", "Innkallingen kom én dag for sent.")
    assert replay(b.log).notice_remarks == b.state.notice_remarks  # state = replay of the log


def test_R_3_6a_no_remarks_once_an_item_is_taken_up_or_after_adjournment():
    b = present()
    b.add(ev.MEETING_OPENED)
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    before = b.state
    with pytest.raises(RuleViolation) as exc:
        b.add(ev.NOTICE_REMARKS, {"text": "For sent."})
    assert exc.value.code == "meeting.notice_remarks_too_late"
    assert "før første sak tas opp" in MESSAGES[exc.value.code]
    assert b.state is before  # nothing written
    b.add(ev.MEETING_ADJOURNED)
    with pytest.raises(RuleViolation, match="meeting.adjourned"):
        b.add(ev.NOTICE_REMARKS, {"text": "For sent."})


def test_R_3_6a_an_empty_remark_or_a_remark_of_the_wrong_type_is_refused():
    b = present()
    b.add(ev.MEETING_OPENED)
    with pytest.raises(RuleViolation) as exc:
        b.add(ev.NOTICE_REMARKS, {"text": "   "})
    assert exc.value.code == "meeting.notice_remarks_empty"
    with pytest.raises(RuleViolation) as exc:
        b.add(ev.NOTICE_REMARKS, {"text": 12})
    assert exc.value.code == "payload.invalid" and exc.value.params["field"] == "text"
    assert b.state.notice_remarks == ()


def test_R_3_6a_a_remark_is_undone_like_any_other_event():
    b = present()
    b.add(ev.MEETING_OPENED)
    remark = b.add(ev.NOTICE_REMARKS, {"text": "Feil dato i innkallingen."})
    b.add(ev.UNDONE, {"target": remark.seq})
    assert b.state.notice_remarks == ()
