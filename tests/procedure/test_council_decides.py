"""What the council decides, not the chair (issue 16): the speaking time (R-5.4a «Bystyret fastsetter taletid»),
closing the meeting for an item with its legal basis (R-3.6b, R-3.7a, kommuneloven § 11-5), a member's
disqualification per item and none in a valgsak (R-3.10a, § 3.10 b), and an urgent matter's debate and objections
(R-3.2c). Each new refusal holds only in meetings of rules version 2; meetings of version 1 replay as recorded."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import LogBuilder, demo_council, demo_meeting

from chair_console.messages import describe
from chair_console.procedure import agenda_rules
from chair_console.procedure import events as ev
from chair_console.procedure import voting
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.vote_words import decision_sentence

CLOSED = "s308"  # closed under kommuneloven § 11-5 in the demo agenda
BASIS = "kommuneloven § 11-5 tredje ledd bokstav b"


def created(version_1: bool = False) -> LogBuilder:
    if not version_1:
        return LogBuilder().created()
    b = LogBuilder()  # as release 0.1.0 created meetings: no «rules» in the payload
    m = demo_meeting()
    b.add(ev.MEETING_CREATED, {"council": demo_council(), "agenda": m["agenda"], "questions": [],
                               "meeting": {k: m[k] for k in ("title", "date", "start", "place", "term")}}, "secretary")
    assert b.state.rules == 1
    return b


def opened(version_1: bool = False, present: int = 59, agenda: list | None = None) -> LogBuilder:
    b = created(version_1)
    if agenda is not None:
        b.add(ev.AGENDA_SET, {"agenda": agenda})
    for m in b.state.council.members[:present]:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    return b


def refused(b: LogBuilder, code: str, kind: str, payload: dict) -> RuleViolation:
    before = b.state
    with pytest.raises(RuleViolation) as exc:
        b.add(kind, payload)
    assert exc.value.code == code, exc.value
    assert b.state == before  # nothing recorded
    return exc.value


def last(b: LogBuilder, item: str):  # noqa: ANN201
    return b.state.council_decisions[item][-1]


# -- speaking time (R-5.4a–c) -------------------------------------------------------------------------------------


def test_R_5_4a_a_change_of_speaking_time_is_the_councils_decision():
    b = created()
    b.add(ev.ITEM_SETTINGS_CHANGED, {"item": "s307", "extended_minutes": 8})  # before the meeting: the proposal
    assert b.state.item("s307").extended_minutes == 8 and "s307" not in b.state.council_decisions
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.MEETING_OPENED)
    exc = refused(b, "agenda.decision_needed", ev.ITEM_SETTINGS_CHANGED, {"item": "s307", "group_minutes": 5,
                                                                         "extended_minutes": 8})
    assert "R-5.4a" in describe(exc.code, exc.params)
    refused(b, "agenda.decision_needed", ev.ITEM_SETTINGS_CHANGED, {"item": "s307", "independent_minutes": 2,
                                                                   "extended_minutes": 8})  # R-5.4c
    assert agenda_rules.settings_need_decision(b.state, "s307", {"item": "s307", "group_minutes": 5, "extended_minutes": 8})
    # whether replies are allowed is the chair's (R-5.4e): no decision
    assert not agenda_rules.settings_need_decision(b.state, "s307", {"item": "s307", "extended_minutes": 8, "replies": True})
    b.add(ev.ITEM_SETTINGS_CHANGED, {"item": "s307", "extended_minutes": 8, "replies": True})
    assert b.state.item("s307").replies and "s307" not in b.state.council_decisions
    # tacit, as usual
    b.add(ev.ITEM_SETTINGS_CHANGED, {"item": "s307", "group_minutes": 5, "extended_minutes": 8, "method": "tacit"})
    assert b.state.item("s307").group_minutes == 5
    decision = last(b, "s307")
    assert (decision.what, decision.method, decision.carried, decision.settings) == (
        "speaking_time", "tacit", True, (("group_minutes", 5),))
    assert decision_sentence(b.state, "s307", decision) == "Bystyret vedtok stilltiende taletiden i saken: gruppene 5 minutter."
    # counted, and it falls: the times stay
    b.add(ev.ITEM_SETTINGS_CHANGED, {"item": "s307", "group_minutes": 5, "extended_minutes": 12, "independent_minutes": 2,
                                     "method": "counted", "for": 20, "against": 39})
    item = b.state.item("s307")
    assert (item.extended_minutes, item.independent_minutes) == (8, 1) and not last(b, "s307").carried
    assert decision_sentence(b.state, "s307", last(b, "s307")) == (
        "Forslaget om taletid i saken (utvidet taletid 12 minutter, uavhengige 2 minutter) falt med 20 mot 39 stemmer.")
    # counted and carried: every count checked like a vote (R-3.3b)
    refused(b, "vote.count_mismatch", ev.ITEM_SETTINGS_CHANGED, {"item": "s307", "group_minutes": 5, "extended_minutes": 12,
                                                                "method": "counted", "for": 40, "against": 10})
    b.add(ev.ITEM_SETTINGS_CHANGED, {"item": "s307", "group_minutes": 5, "extended_minutes": 12,
                                     "method": "counted", "for": 40, "against": 19})
    assert b.state.item("s307").extended_minutes == 12
    assert decision_sentence(b.state, "s307", last(b, "s307")) == (
        "Bystyret vedtok med 40 mot 19 stemmer taletiden i saken: utvidet taletid 12 minutter.")


def test_R_5_4a_a_tacit_decision_on_speaking_time_needs_a_quorum():
    b = opened(present=29)
    refused(b, "vote.no_quorum", ev.ITEM_SETTINGS_CHANGED, {"item": "s307", "extended_minutes": 6, "method": "tacit"})


def test_R_5_4a_rules_1_speaking_time_changes_replay_without_a_decision():
    b = opened(version_1=True, present=1)
    b.add(ev.ITEM_SETTINGS_CHANGED, {"item": "s307", "group_minutes": 4, "extended_minutes": 6})
    assert b.state.item("s307").extended_minutes == 6 and "s307" not in b.state.council_decisions
    assert not agenda_rules.settings_need_decision(b.state, "s307", {"item": "s307", "group_minutes": 9})


# -- closing the meeting for an item (R-3.6b, R-3.7a) -------------------------------------------------------------


def test_R_3_7a_R_3_6b_closing_the_meeting_is_the_councils_decision_with_its_legal_basis():
    b = opened()
    exc = refused(b, "agenda.closed_needs_decision", ev.ITEM_OPENED, {"item": CLOSED, "closed_confirmed": True})
    assert "11-5" in exc.params["basis"] and "vedta å lukke møtet" in describe(exc.code, exc.params)
    refused(b, "agenda.closed_basis_needed", ev.CLOSED_DECIDED, {"item": CLOSED, "basis": " ", "method": "tacit"})
    refused(b, "agenda.decision_needed", ev.CLOSED_DECIDED, {"item": CLOSED, "basis": BASIS})
    b.add(ev.CLOSED_DECIDED, {"item": CLOSED, "basis": BASIS, "method": "counted", "for": 29, "against": 30})
    assert not agenda_rules.closing_decided(b.state, CLOSED)
    assert decision_sentence(b.state, CLOSED, last(b, CLOSED)) == (
        f"Forslaget om å lukke møtet under behandlingen av saken, jf. {BASIS}, falt med 29 mot 30 stemmer.")
    refused(b, "agenda.closed_needs_decision", ev.ITEM_OPENED, {"item": CLOSED, "closed_confirmed": True})
    b.add(ev.CLOSED_DECIDED, {"item": CLOSED, "basis": BASIS, "method": "tacit"})
    assert agenda_rules.closing_decided(b.state, CLOSED)
    refused(b, "agenda.closed_needs_confirmation", ev.ITEM_OPENED, {"item": CLOSED})  # R-3.7a: the stream stops
    b.add(ev.ITEM_OPENED, {"item": CLOSED, "closed_confirmed": True})
    assert b.state.current_item == CLOSED
    decision = last(b, CLOSED)
    assert (decision.what, decision.method, decision.basis) == ("close", "tacit", BASIS)
    assert decision_sentence(b.state, CLOSED, decision) == (
        f"Bystyret vedtok stilltiende å lukke møtet under behandlingen av saken, jf. {BASIS}.")


def test_R_3_7a_the_council_may_close_the_meeting_for_an_item_the_agenda_left_open():
    b = opened()
    assert not b.state.item("s309").closed
    b.add(ev.CLOSED_DECIDED, {"item": "s309", "basis": BASIS, "method": "counted", "for": 40, "against": 19})
    assert b.state.item("s309").closed_basis == BASIS
    refused(b, "agenda.closed_needs_confirmation", ev.ITEM_OPENED, {"item": "s309"})
    b.add(ev.ITEM_OPENED, {"item": "s309", "closed_confirmed": True})


def test_R_3_7a_closing_needs_the_meeting_set_and_is_refused_in_a_remote_meeting():
    b = created()
    refused(b, "meeting.not_open", ev.CLOSED_DECIDED, {"item": CLOSED, "basis": BASIS, "method": "tacit"})
    b = opened()
    b.state = replace(b.state, info=replace(b.state.info, remote=True))
    refused(b, "agenda.closed_item_in_remote_meeting", ev.CLOSED_DECIDED,  # R-3.9a
            {"item": CLOSED, "basis": BASIS, "method": "tacit"})


def test_R_3_7a_rules_1_a_closed_item_opens_with_the_chairs_confirmation_alone():
    b = opened(version_1=True, present=1)
    refused(b, "agenda.closed_needs_confirmation", ev.ITEM_OPENED, {"item": CLOSED})
    b.add(ev.ITEM_OPENED, {"item": CLOSED, "closed_confirmed": True})
    assert b.state.current_item == CLOSED and CLOSED not in b.state.council_decisions


# -- disqualification (R-3.10a) -----------------------------------------------------------------------------------


def test_R_3_10a_disqualification_is_the_councils_decision_recorded_per_item():
    b = opened()
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    exc = refused(b, "disqualification.decision_needed", ev.DISQUALIFIED,
                  {"person": "h-03", "item": "s304", "basis": "fvl. § 6"})
    assert "R-3.10a" in describe(exc.code, exc.params)
    refused(b, "disqualification.no_basis", ev.DISQUALIFIED, {"person": "h-03", "item": "s304", "method": "tacit"})
    b.add(ev.DISQUALIFIED, {"person": "h-03", "item": "s304", "basis": "fvl. § 6", "method": "tacit"})
    assert b.state.disqualified["s304"] == {"h-03": "fvl. § 6"} and "s305" not in b.state.disqualified  # per item
    name = b.state.council.name_of("h-03")
    decision = last(b, "s304")
    assert (decision.what, decision.person, decision.method, decision.carried) == ("disqualify", "h-03", "tacit", True)
    assert decision_sentence(b.state, "s304", decision) == (
        f"Bystyret vedtok stilltiende at {name} er inhabil (fvl. § 6). {name} fratrådte.")
    refused(b, "disqualification.already", ev.DISQUALIFIED,
            {"person": "h-03", "item": "s304", "basis": "fvl. § 6", "method": "tacit"})
    # counted without the member concerned (fvl. § 8 andre ledd): 57 vote — the 58 entitled in the item, less h-04
    refused(b, "vote.count_mismatch", ev.DISQUALIFIED,
            {"person": "h-04", "item": "s304", "basis": "fvl. § 6", "method": "counted", "for": 20, "against": 38})
    b.add(ev.DISQUALIFIED, {"person": "h-04", "item": "s304", "basis": "fvl. § 6", "method": "counted",
                            "for": 20, "against": 37})
    assert "h-04" not in b.state.disqualified["s304"] and not last(b, "s304").carried  # fell: recorded, nothing else
    other = b.state.council.name_of("h-04")
    assert decision_sentence(b.state, "s304", last(b, "s304")) == (
        f"Forslaget om at {other} er inhabil falt med 20 mot 37 stemmer; {other} er ikke inhabil i saken.")
    # a decision that the member is not disqualified is recorded too and changes nothing (no basis needed)
    before = b.state.disqualified
    b.add(ev.DISQUALIFIED, {"person": "a-01", "item": "s304", "disqualified": False, "method": "tacit"})
    assert b.state.disqualified == before and last(b, "s304").what == "not_disqualify"
    assert decision_sentence(b.state, "s304", last(b, "s304")) == (
        f"Bystyret vedtok stilltiende at {b.state.council.name_of('a-01')} ikke er inhabil.")
    assert len(b.state.eligible("s304")) == 58


def test_R_3_10a_no_disqualification_in_a_valgsak():
    agenda = [{"id": "v1", "number": "Sak 320/26", "title": "Valg av styre for Oslo Havn KF", "kind": "other",
               "election_item": True}, {"id": "s1", "number": "Sak 321/26", "title": "Ny skole", "kind": "other"}]
    b = opened(agenda=agenda)
    assert b.state.item("v1").election_item and not b.state.item("s1").election_item
    b.add(ev.ITEM_OPENED, {"item": "v1"})
    exc = refused(b, "disqualification.election_item", ev.DISQUALIFIED,
                  {"person": "h-03", "item": "v1", "basis": "fvl. § 6", "method": "tacit"})
    assert "3.10 b" in describe(exc.code, exc.params)
    # a proposal that the member is not disqualified that fell would disqualify: refused too
    refused(b, "disqualification.election_item", ev.DISQUALIFIED,
            {"person": "h-03", "item": "v1", "basis": "fvl. § 6", "disqualified": False, "method": "counted",
             "for": 10, "against": 48})
    b.add(ev.DISQUALIFIED, {"person": "h-03", "item": "v1", "disqualified": False, "method": "tacit"})
    assert "v1" not in b.state.disqualified
    b.add(ev.DISQUALIFIED, {"person": "h-03", "item": "s1", "basis": "fvl. § 6", "method": "tacit"})  # not a valgsak
    assert b.state.disqualified["s1"] == {"h-03": "fvl. § 6"}


def test_R_3_10a_rules_1_disqualification_replays_without_a_decision():
    b = opened(version_1=True, present=3)
    b.add(ev.DISQUALIFIED, {"person": "h-03", "item": "s304", "basis": "fvl. § 6"})
    assert b.state.disqualified["s304"] == {"h-03": "fvl. § 6"} and "s304" not in b.state.council_decisions


# -- urgent matters (R-3.2c) --------------------------------------------------------------------------------------


def urgent(version_1: bool = False) -> LogBuilder:
    b = opened(version_1)
    for person in ("byr-4", "byr-5"):
        b.add(ev.GOVERNMENT_PRESENT, {"person": person})
    b.add(ev.URGENT_MATTER_ADDED, {"item": {"id": "u1", "number": "Aktuell sak 1", "title": "Brann i Demoveien"}})
    b.add(ev.ITEM_OPENED, {"item": "u1"})
    return b


def speaker(b: LogBuilder, person: str, kind: str = "main") -> None:
    b.add(ev.SPEAKER_ADDED, {"item": "u1", "person": person, "kind": kind})


def test_R_3_2c_one_speech_from_each_group_and_one_from_the_city_government():
    b = urgent()
    speaker(b, "a-02")
    exc = refused(b, "speaker.urgent_matter_group", ev.SPEAKER_ADDED, {"item": "u1", "person": "a-03", "kind": "main"})
    assert "A har allerede en taler" in describe(exc.code, exc.params)
    speaker(b, "h-03")
    refused(b, "speaker.urgent_matter_kind", ev.SPEAKER_ADDED, {"item": "u1", "person": "sv-02", "kind": "one_minute"})
    speaker(b, "byr-4", "government")
    refused(b, "speaker.urgent_matter_government", ev.SPEAKER_ADDED,
            {"item": "u1", "person": "byr-5", "kind": "government"})
    b.add(ev.SPEECH_NEXT, {"item": "u1"})  # a speech held still counts
    b.add(ev.SPEECH_ENDED)
    held = b.state.speeches["u1"][-1].entry.person
    queued = next(e for e in b.state.queues["u1"] if e.kind == "main")
    other = {"a-02": "a-04", "h-03": "h-04"}
    refused(b, "speaker.urgent_matter_group", ev.SPEAKER_ADDED, {"item": "u1", "person": other[held], "kind": "main"})
    b.add(ev.SPEAKER_REMOVED, {"item": "u1", "entry": queued.id})  # removed from the queue: the group may put up another
    speaker(b, other[queued.person])


def test_R_3_2c_rules_1_two_speakers_of_one_group_replay_as_recorded():
    b = urgent(version_1=True)
    speaker(b, "a-02")
    speaker(b, "a-03")
    assert len(b.state.queues["u1"]) == 2


def test_R_3_2c_objections_cannot_be_changed_once_the_vote_is_recorded():
    b = urgent()
    b.add(ev.DEBATE_CLOSED, {"item": "u1"})
    b.add(ev.URGENT_OBJECTIONS, {"item": "u1", "chair_objects": False, "objecting": 3})
    b.add(ev.URGENT_OBJECTIONS, {"item": "u1", "chair_objects": False, "objecting": 5})  # before the vote: corrected
    assert not voting.urgent_objections_frozen(b.state, "u1")
    b.add(ev.VOTING_ORDER_SET, {"item": "u1", "order": ["recommendation"], "method": "tacit"})
    vote = b.add(ev.VOTE_RECORDED, {"item": "u1", "subjects": ["recommendation"], "method": "tacit"})
    assert voting.urgent_objections_frozen(b.state, "u1")
    exc = refused(b, "vote.urgent_objections_frozen", ev.URGENT_OBJECTIONS,
                  {"item": "u1", "chair_objects": True, "objecting": 5})
    assert "R-3.2c" in describe(exc.code, exc.params)
    b.add(ev.UNDONE, {"target": vote.seq})  # the vote undone: the objections may be corrected again
    b.add(ev.URGENT_OBJECTIONS, {"item": "u1", "chair_objects": False, "objecting": 30})
    assert voting.urgent_blocked(b.state, "u1")


def test_R_3_2c_rules_1_objections_changed_after_the_vote_replay_as_recorded():
    b = urgent(version_1=True)
    b.add(ev.DEBATE_CLOSED, {"item": "u1"})
    b.add(ev.URGENT_OBJECTIONS, {"item": "u1", "chair_objects": False, "objecting": 3})
    b.add(ev.VOTE_RECORDED, {"item": "u1", "subjects": ["recommendation"], "method": "tacit"})
    b.add(ev.URGENT_OBJECTIONS, {"item": "u1", "chair_objects": True, "objecting": 3})
    assert b.state.urgent_objections["u1"] == (True, 3)


def test_R_3_10a_a_valgsak_is_marked_in_the_agenda_file_csv_and_json(tmp_path):
    import json

    from chair_console.importing import read_agenda

    csv = tmp_path / "saksliste.csv"
    csv.write_text("id;number;title;kind;election_item\nv1;Sak 320/26;Valg av styre;other;ja\n"
                   "s1;Sak 321/26;Ny skole;other;\n", encoding="utf-8")
    assert [i.election_item for i in read_agenda(csv)] == [True, False]
    meeting = tmp_path / "meeting.json"
    meeting.write_text(json.dumps([{"id": "v1", "number": "Sak 320/26", "title": "Godtgjøring for verv", "kind": "other",
                                    "election_item": True}]), encoding="utf-8")
    (item,) = read_agenda(meeting)
    assert item.election_item and item.to_dict()["election_item"] is True
