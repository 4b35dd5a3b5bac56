"""Speaker queue order (R-5.3a–d, R-3.5a), time budgets (R-5.4a–e), refusals, speeches from instants."""

from __future__ import annotations

import pytest
from helpers import LogBuilder

from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.speaker_rules import allowed_seconds, budget_remaining
from chair_console.procedure.timebase import Instant


def meeting(item: str, **settings) -> LogBuilder:
    b = LogBuilder().created()
    for m in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": m.id})
    b.add(ev.GOVERNMENT_PRESENT, {"person": "byr-4"})
    b.add(ev.MEETING_OPENED)
    if settings:
        b.add(ev.ITEM_SETTINGS_CHANGED, {"item": item, **settings, "method": "tacit"})  # the council decides (R-5.4a)
    b.add(ev.ITEM_OPENED, {"item": item})
    return b


def add(b: LogBuilder, person: str, kind: str = "main", reply_to: str | None = None):
    payload = {"item": b.state.current_item, "person": person, "kind": kind}
    if reply_to:
        payload["reply_to"] = reply_to
    return b.add(ev.SPEAKER_ADDED, payload)


def queue(b: LogBuilder) -> list[tuple[str, str]]:
    return [(e.person, e.kind) for e in b.state.queues.get(b.state.current_item, ())]


def later(b: LogBuilder, seconds: float) -> Instant:
    """Move the builder's clock on by `seconds`."""
    b.t += int(seconds) - 1
    return b.at()


def test_R_5_3a_committee_leader_and_deputy_first_then_groups_largest_first():
    b = meeting("s304")  # BYU: leader h-02, deputy a-02
    for person in ("r-01", "sv-01", "a-02", "h-09", "krf-01", "h-02", "a-06", "uav-01"):
        add(b, person)
    assert [p for p, _ in queue(b)] == ["h-02", "a-02", "h-09", "a-06", "sv-01", "r-01", "krf-01", "uav-01"]
    add(b, "h-10")  # a second speaker for Høyre: after every group's first
    assert [p for p, _ in queue(b)][-1] == "h-10"


def test_R_5_3a_ties_between_equal_groups_follow_the_kept_group_order():
    b = meeting("s307")
    for person in ("mdg-01", "v-01", "sv-02"):  # three groups of six
        add(b, person)
    assert [p for p, _ in queue(b)] == ["sv-02", "v-01", "mdg-01"]


def test_R_5_3b_working_group_leader_first_then_groups_others_and_closing_last():
    b = meeting("s305")  # working group leader h-07
    add(b, "h-04", "closing")  # committee leader's closing speech
    add(b, "a-01")
    add(b, "h-07")
    add(b, "a-07")  # a second from the same group: "then other members"
    add(b, "byr-4", "government")
    add(b, "v-02")
    assert queue(b) == [
        ("h-07", "main"), ("a-01", "main"), ("v-02", "main"), ("byr-4", "government"), ("a-07", "main"),
        ("h-04", "closing"),
    ]


def test_R_5_3c_control_committee_leader_first():
    b = meeting("s306")  # control committee leader a-02
    add(b, "h-10")
    add(b, "a-02")
    assert [p for p, _ in queue(b)][0] == "a-02"


def test_R_5_3d_proposer_of_a_private_proposal_first():
    b = meeting("s303")  # proposer sv-03
    add(b, "h-10")
    add(b, "sv-03")
    assert [p for p, _ in queue(b)][0] == "sv-03"


def test_R_3_5a_oral_statement_one_per_group_and_the_government_member_once():
    b = meeting("s302")
    add(b, "byr-4", "government")
    add(b, "h-10")
    with pytest.raises(RuleViolation, match="speaker.oral_statement_group"):
        add(b, "h-11")
    add(b, "byr-4", "government")  # the statement, then byråden once in the debate
    with pytest.raises(RuleViolation, match="speaker.oral_statement_once"):
        add(b, "byr-4", "government")
    with pytest.raises(RuleViolation, match="speaker.oral_statement_kind"):
        add(b, "a-01", "one_minute")


def test_R_5_4d_third_one_minute_speech_refused():
    b = meeting("s307")
    add(b, "r-02", "one_minute")
    add(b, "r-02", "one_minute")
    with pytest.raises(RuleViolation, match="speaker.one_minute_limit"):
        add(b, "r-02", "one_minute")


def test_R_5_4e_replies_only_where_allowed_two_per_speaker_answer_by_the_speaker():
    b = meeting("s307")
    speech = add(b, "h-10")
    with pytest.raises(RuleViolation, match="speaker.replies_not_allowed"):
        add(b, "a-03", "reply", f"e{speech.seq}")
    b = meeting("s309", replies=True)
    first = add(b, "h-10")
    add(b, "a-09")
    b.add(ev.SPEECH_NEXT, {"item": "s309"})  # h-10 speaks
    target = f"e{first.seq}"
    add(b, "a-03", "reply", target)
    add(b, "a-03", "reply", target)
    with pytest.raises(RuleViolation, match="speaker.reply_limit"):
        add(b, "a-03", "reply", target)
    add(b, "h-10", "answer", target)
    with pytest.raises(RuleViolation, match="speaker.answer_by_other"):
        add(b, "sv-01", "answer", target)
    assert queue(b)[:3] == [("a-03", "reply"), ("a-03", "reply"), ("h-10", "answer")]  # before the next speaker
    entries = b.state.queues["s309"]
    assert allowed_seconds(b.state, entries[0], b.at()) == 60 and allowed_seconds(b.state, entries[2], b.at()) == 120


def test_absent_or_disqualified_speakers_are_refused():
    b = meeting("s307")
    b.add(ev.MEMBER_LEFT, {"member": "h-12"})
    with pytest.raises(RuleViolation, match="speaker.not_present"):
        add(b, "h-12")
    b.add(ev.DISQUALIFIED, {"person": "h-13", "item": "s307", "basis": "fvl. § 6", "method": "tacit"})
    with pytest.raises(RuleViolation, match="speaker.disqualified"):
        add(b, "h-13")
    with pytest.raises(RuleViolation, match="speaker.not_present"):
        add(b, "byr-1", "government")  # not ticked present


def test_R_5_4a_group_time_is_shared_and_recorded_with_overruns():
    b = meeting("s307")
    add(b, "h-10")
    add(b, "h-11", "main")
    b.add(ev.SPEECH_NEXT, {"item": "s307"})
    assert b.state.speech.allowed == 180  # R-5.4a: 3 minutes for the group
    b.t += 99
    b.add(ev.SPEECH_NEXT, {"item": "s307"})  # h-10 spoke 100 s; h-11 gets the rest of H's time
    first = b.state.speeches["s307"][0]
    assert round(first.used(first.ended)) == 100
    assert round(b.state.speech.allowed) == 80
    b.t += 119
    b.add(ev.SPEECH_ENDED)  # 120 s: 40 s over
    done = b.state.speeches["s307"][-1]
    assert round(done.used(done.ended)) == 120 and round(done.overrun(done.ended)) == 40
    assert round(budget_remaining(b.state, "s307", "H", done.ended)) == -40  # never hidden
    add(b, "h-12")
    with pytest.raises(RuleViolation, match="speaker.group_time_used"):
        b.add(ev.SPEECH_NEXT, {"item": "s307"})


def test_R_5_4a_extended_time_R_5_4b_working_group_bonus_R_5_4c_independents():
    b = meeting("s305", extended_minutes=5)
    add(b, "h-07")  # working group leader
    add(b, "uav-01")
    b.add(ev.SPEECH_NEXT, {"item": "s305"})
    assert b.state.speech.allowed == 5 * 60 + 120
    b.add(ev.SPEECH_NEXT, {"item": "s305"})
    assert b.state.speech.allowed == 60


def test_pauses_do_not_count_and_time_comes_from_instants():
    b = meeting("s307")
    add(b, "a-09")
    b.add(ev.SPEECH_NEXT, {"item": "s307"})
    b.t += 29
    b.add(ev.SPEECH_PAUSED)
    b.t += 299
    b.add(ev.SPEECH_RESUMED)
    now = later(b, 10)
    assert round(b.state.speech.used(now)) == 40 and round(b.state.speech.remaining(now)) == 140
    with pytest.raises(RuleViolation, match="speech.not_paused"):
        b.add(ev.SPEECH_RESUMED)


def test_speech_next_is_one_event_and_undo_restores_both():
    b = meeting("s307")
    add(b, "a-09")
    add(b, "v-03")
    b.add(ev.SPEECH_NEXT, {"item": "s307"})
    nxt = b.add(ev.SPEECH_NEXT, {"item": "s307"})
    assert b.state.speech.entry.person == "v-03" and len(b.state.speeches["s307"]) == 1
    b.add(ev.UNDONE, {"target": nxt.seq})
    assert b.state.speech.entry.person == "a-09" and queue(b) == [("v-03", "main")]


def test_chair_moves_a_speaker_and_the_move_is_an_event():
    b = meeting("s307")
    add(b, "h-10")
    last = add(b, "krf-01")
    b.add(ev.SPEAKER_MOVED, {"item": "s307", "entry": f"e{last.seq}", "position": 0})
    assert queue(b)[0] == ("krf-01", "main")
    assert b.log[-1].kind == ev.SPEAKER_MOVED and b.log[-1].actor == "chair"


def test_R_5_6a_two_warnings_then_no_more():
    b = meeting("s307")
    add(b, "r-03")
    b.add(ev.SPEECH_NEXT, {"item": "s307"})
    b.add(ev.ORDER_WARNING, {"item": "s307", "person": "r-03"})
    b.add(ev.ORDER_WARNING, {"item": "s307", "person": "r-03"})
    assert b.state.warnings["s307"]["r-03"] == 2
    with pytest.raises(RuleViolation, match="speech.warnings_used"):
        b.add(ev.ORDER_WARNING, {"item": "s307", "person": "r-03"})


def test_speakers_only_on_the_item_under_debate():
    b = meeting("s307")
    with pytest.raises(RuleViolation, match="speaker.item_not_current"):
        b.add(ev.SPEAKER_ADDED, {"item": "s309", "person": "h-01"})


def test_R_5_4b_working_group_leader_bonus_only_on_the_first_speech():
    # found by the simulator: the leader's second speech crashed the reducer
    b = meeting("s305")
    add(b, "h-07")
    b.add(ev.SPEECH_NEXT, {"item": "s305"})
    b.t += 149
    b.add(ev.SPEECH_ENDED)  # 150 s: the two extra minutes, then 30 s of H's time (rules ≥ 2)
    add(b, "h-07")
    b.add(ev.SPEECH_NEXT, {"item": "s305"})
    assert round(b.state.speech.allowed) == 180 - 30  # H's time left, without the bonus again
