"""Agenda rules: statuses, navigation, postponement, urgent matters, proposals, run plan periods."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import LogBuilder

from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation


def opened(everyone: bool = False) -> LogBuilder:
    b = LogBuilder().created()
    for m in b.state.council.members if everyone else [b.state.council.member("h-01")]:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    return b


def test_opening_items_moves_their_status_and_keeps_periods_for_the_run_plan():
    b = opened()
    first = b.add(ev.ITEM_OPENED, {"item": "s304"})
    second = b.add(ev.ITEM_OPENED, {"item": "s305"})  # next item
    b.add(ev.ITEM_OPENED, {"item": "s304"})  # back to an earlier one
    s = b.state
    assert s.status("s304") == "in_debate" and s.status("s305") == "in_debate" and s.status("s306") == "not_started"
    periods = s.item_periods["s304"]
    assert periods[0] == (first.at, second.at) and periods[1][1] is None


def test_R_3_3e_closing_the_debate_starts_voting():
    b = opened()
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    b.add(ev.DEBATE_CLOSED, {"item": "s304"})
    assert b.state.status("s304") == "voting"
    with pytest.raises(RuleViolation, match="agenda.not_in_debate"):
        b.add(ev.DEBATE_CLOSED, {"item": "s304"})


def test_R_3_2b_postponed_item_leaves_the_meeting():
    b = opened(everyone=True)  # a quorum: the council decides (R-3.3a)
    b.add(ev.ITEM_OPENED, {"item": "s307"})
    b.add(ev.ITEM_POSTPONED, {"item": "s307", "method": "tacit"})
    assert b.state.status("s307") == "postponed" and b.state.current_item is None
    with pytest.raises(RuleViolation, match="agenda.item_not_in_meeting"):
        b.add(ev.ITEM_OPENED, {"item": "s307"})
    with pytest.raises(RuleViolation, match="agenda.item_finished"):
        b.add(ev.ITEM_POSTPONED, {"item": "s307", "method": "tacit"})


def test_R_7c_interpellation_sent_to_committee():
    b = opened(everyone=True)
    b.add(ev.ITEM_OPENED, {"item": "s301"})
    b.add(ev.ITEM_SENT_TO_COMMITTEE, {"item": "s301", "committee": "KUL", "method": "tacit"})
    assert b.state.status("s301") == "sent_to_committee"


def test_reorder_moves_only_items_not_yet_dealt_with():
    b = opened()
    b.add(ev.ITEM_OPENED, {"item": "sporretime"})
    order = [i.id for i in b.state.agenda]
    moved = order[:1] + [order[5], *order[1:5], *order[6:]]
    b.add(ev.AGENDA_REORDERED, {"order": moved})
    assert [i.id for i in b.state.agenda] == moved
    with pytest.raises(RuleViolation, match="agenda.item_dealt_with"):
        b.add(ev.AGENDA_REORDERED, {"order": [moved[1], moved[0], *moved[2:]]})
    with pytest.raises(RuleViolation, match="agenda.bad_order"):
        b.add(ev.AGENDA_REORDERED, {"order": moved[:-1]})


def test_R_3_2c_urgent_matter_added_before_the_meeting_ends():
    b = LogBuilder().created()
    item = {"id": "aktuell-1", "number": "Aktuell sak 1", "title": "Brann i Demogata"}
    with pytest.raises(RuleViolation, match="meeting.not_open"):
        b.add(ev.URGENT_MATTER_ADDED, {"item": item})
    b.add(ev.MEMBER_PRESENT, {"member": "h-01"})
    b.add(ev.MEETING_OPENED)
    b.add(ev.URGENT_MATTER_ADDED, {"item": item})
    assert b.state.agenda[-1].kind == "urgent_matter" and b.state.agenda[-1].title == "Brann i Demogata"
    with pytest.raises(RuleViolation, match="agenda.empty_title"):
        b.add(ev.URGENT_MATTER_ADDED, {"item": {"id": "x", "number": "Aktuell sak 2", "title": " "}})
    b.add(ev.MEETING_ADJOURNED)
    with pytest.raises(RuleViolation):
        b.add(ev.URGENT_MATTER_ADDED, {"item": {"id": "y", "number": "Aktuell sak 3", "title": "For sent"}})


def test_R_3_4a_proposals_are_numbered_and_can_be_withdrawn():
    b = opened()
    b.add(ev.MEMBER_PRESENT, {"member": "a-01"})  # the proposer sits in the council (R-3.4a)
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    b.add(ev.PROPOSAL_TABLED, {"item": "s304", "text": "Bystyret ber byrådet …", "proposer": "a-01", "groups": ["A"]})
    b.add(ev.PROPOSAL_TABLED, {"item": "s304", "text": "Nytt punkt: …", "groups": ["SV", "R"], "kind": "new_point"})
    props = b.state.proposals["s304"]
    assert [p.number for p in props] == [1, 2] and props[1].kind == "new_point" and props[1].groups == ("SV", "R")
    b.add(ev.PROPOSAL_WITHDRAWN, {"item": "s304", "proposal": props[0].id})
    assert b.state.proposals["s304"][0].withdrawn
    with pytest.raises(RuleViolation, match="proposal.unknown"):
        b.add(ev.PROPOSAL_WITHDRAWN, {"item": "s304", "proposal": props[0].id})
    with pytest.raises(RuleViolation, match="proposal.empty"):
        b.add(ev.PROPOSAL_TABLED, {"item": "s304", "text": "", "groups": ["A"]})
    with pytest.raises(RuleViolation, match="proposal.no_proposer"):
        b.add(ev.PROPOSAL_TABLED, {"item": "s304", "text": "Forslag"})
    with pytest.raises(RuleViolation, match="proposal.unknown_group"):
        b.add(ev.PROPOSAL_TABLED, {"item": "s304", "text": "Forslag", "groups": ["XX"]})


@pytest.mark.parametrize("item", ["s302", "s301", "sporretime"])
def test_R_3_5a_R_7c_no_proposals_in_oral_statements_interpellations_or_question_hour(item):
    b = opened()
    with pytest.raises(RuleViolation, match="proposal.not_allowed_in_kind"):
        b.add(ev.PROPOSAL_TABLED, {"item": item, "text": "Bystyret ber …", "groups": ["H"]})


def test_R_3_4a_no_proposals_after_the_debate_is_closed():
    b = opened()
    b.add(ev.ITEM_OPENED, {"item": "s309"})
    b.add(ev.DEBATE_CLOSED, {"item": "s309"})
    with pytest.raises(RuleViolation, match="proposal.debate_closed"):
        b.add(ev.PROPOSAL_TABLED, {"item": "s309", "text": "For sent", "groups": ["V"]})


def test_R_5_4_speaking_time_settings_per_item():
    b = opened(everyone=True)
    item = b.state.item("s307")
    assert (item.group_minutes, item.independent_minutes, item.replies) == (3, 1, False)  # R-5.4a, R-5.4c defaults
    b.add(ev.ITEM_SETTINGS_CHANGED, {"item": "s307", "extended_minutes": 6, "independent_minutes": 2, "replies": True,
                                     "method": "tacit"})  # the council's decision (R-5.4a, rules ≥ 2)
    item = b.state.item("s307")
    assert (item.extended_minutes, item.independent_minutes, item.replies) == (6, 2, True)
    with pytest.raises(RuleViolation, match="agenda.bad_settings"):
        b.add(ev.ITEM_SETTINGS_CHANGED, {"item": "s307", "group_minutes": "lots"})


def test_R_3_9a_closed_item_cannot_be_dealt_with_in_a_remote_meeting():
    b = opened()
    b.state = replace(b.state, info=replace(b.state.info, remote=True))
    with pytest.raises(RuleViolation, match="agenda.closed_item_in_remote_meeting"):
        b.add(ev.ITEM_OPENED, {"item": "s308", "closed_confirmed": True})
    b.add(ev.ITEM_OPENED, {"item": "s309"})  # open items are fine


def test_R_3_2a_imported_agenda_replaces_the_agenda_only_before_anything_is_dealt_with():
    b = LogBuilder().created()
    new = [{"id": "n1", "number": "Sak 1/27", "title": "Ny sak", "kind": "committee_case"}]
    b.add(ev.AGENDA_SET, {"agenda": new})
    assert [i.id for i in b.state.agenda] == ["n1"]
    with pytest.raises(RuleViolation, match="agenda.bad_items"):
        b.add(ev.AGENDA_SET, {"agenda": [{"id": "n2", "number": "x", "title": "y", "kind": "picnic"}]})
    b.add(ev.MEMBER_PRESENT, {"member": "h-01"})
    b.add(ev.MEETING_OPENED)
    with pytest.raises(RuleViolation, match="agenda.set_after_opening"):  # rules ≥ 2: once the meeting is set
        b.add(ev.AGENDA_SET, {"agenda": new})
    b.add(ev.ITEM_OPENED, {"item": "n1"})
    b.state = replace(b.state, rules=1)  # a meeting of rules version 1: replaced until an item was dealt with
    with pytest.raises(RuleViolation, match="agenda.already_started"):
        b.add(ev.AGENDA_SET, {"agenda": new})


def test_R_3_7a_a_closed_item_needs_the_chair_to_confirm_its_legal_basis():
    b = opened()
    with pytest.raises(RuleViolation) as exc:
        b.add(ev.ITEM_OPENED, {"item": "s308"})
    assert exc.value.code == "agenda.closed_needs_decision" and "11-5" in exc.value.params["basis"]  # rules ≥ 2
    b.state = replace(b.state, rules=1)  # the chair's confirmation, as meetings of rules version 1 had it
    with pytest.raises(RuleViolation) as exc:
        b.add(ev.ITEM_OPENED, {"item": "s308"})
    assert exc.value.code == "agenda.closed_needs_confirmation" and "11-5" in exc.value.params["basis"]
    b.add(ev.ITEM_OPENED, {"item": "s308", "closed_confirmed": True})
    assert b.state.current_item == "s308"
