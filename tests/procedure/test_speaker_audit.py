"""Fixes from an audit of the debate against *Reglement for bystyret* § 5.3, § 5.4 and § 8: replies only to a speech
given by someone else (R-5.4e), the working group leader's two minutes on top of the group's time (R-5.4b), the
committee's leader and deputy after the proposer of a private proposal (R-5.3d with R-5.3a), and closing speeches
with the speaking time decided (R-5.4a). Each applies in meetings kept under rules version 2; meetings of version 1
replay as recorded."""

from __future__ import annotations

import pytest
from helpers import LogBuilder

from chair_console.messages import MESSAGES, describe
from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.speaker_rules import allowed_seconds, budget_remaining
from chair_console.procedure.state import RULES_VERSION


def meeting(item: str, rules: int | None = RULES_VERSION, **settings) -> LogBuilder:
    """The demo meeting, everyone present, `item` taken up; `rules` None: a meeting made by 0.1.0 (version 1);
    `settings`: the speaking time the council decides for the item before it is taken up (R-5.4a)."""
    b = LogBuilder().created(questions=False, rules=rules)
    for member in b.state.council.members:
        b.add(ev.MEMBER_PRESENT, {"member": member.id})
    b.add(ev.GOVERNMENT_PRESENT, {"person": "byr-4"})
    b.add(ev.MEETING_OPENED)
    if settings:
        b.add(ev.ITEM_SETTINGS_CHANGED, {"item": item, **settings, "method": "tacit"})
    b.add(ev.ITEM_OPENED, {"item": item})
    return b


def add(b: LogBuilder, person: str, kind: str = "main", reply_to: str | None = None):
    payload = {"item": b.state.current_item, "person": person, "kind": kind}
    if reply_to:
        payload["reply_to"] = reply_to
    return b.add(ev.SPEAKER_ADDED, payload)


def queue(b: LogBuilder) -> list[tuple[str, str]]:
    return [(e.person, e.kind) for e in b.state.queues.get(b.state.current_item, ())]


def speak(b: LogBuilder, seconds: int) -> None:
    """Give the floor to the first in the queue and end the speech after `seconds`."""
    b.add(ev.SPEECH_NEXT, {"item": b.state.current_item})
    b.t += seconds - 1
    b.add(ev.SPEECH_ENDED)


# -- R-5.4e «En taler kan ikke få ordet mer enn to ganger med taletid inntil ett minutt hver gang. Svaret må ikke
#    overskride to minutter.» -----------------------------------------------------------------------------------------


def test_R_5_4e_a_reply_only_to_a_speech_given_and_by_someone_else():
    b = meeting("s309")  # replies allowed
    first = add(b, "h-10")
    second = add(b, "a-09")
    with pytest.raises(RuleViolation, match="speaker.reply_to_speech_not_given"):
        add(b, "sv-01", "reply", f"e{second.seq}")  # a-09 has not spoken: the reply would come before the speech
    with pytest.raises(RuleViolation, match="speaker.reply_to_speech_not_given"):
        add(b, "sv-01", "reply", f"e{first.seq}")  # nor has h-10, who is next
    assert queue(b) == [("h-10", "main"), ("a-09", "main")]
    b.add(ev.SPEECH_NEXT, {"item": "s309"})  # h-10 speaks
    target = f"e{first.seq}"
    with pytest.raises(RuleViolation, match="speaker.reply_to_self"):
        add(b, "h-10", "reply", target)  # no replies to one's own speech: the speaker has the answer
    reply = add(b, "a-03", "reply", target)  # to the speech under way, by someone else
    with pytest.raises(RuleViolation, match="speaker.reply_to_self"):
        add(b, "h-10", "reply", f"e{reply.seq}")  # nor to a reply in the exchange on one's own speech
    add(b, "h-10", "answer", target)  # the answer, up to 2 minutes
    assert queue(b) == [("a-03", "reply"), ("h-10", "answer"), ("a-09", "main")]
    assert [allowed_seconds(b.state, e, b.at()) for e in b.state.queues["s309"]][:2] == [60, 120]
    b.add(ev.SPEECH_NEXT, {"item": "s309"})  # a-03's reply, now under way
    with pytest.raises(RuleViolation, match="speaker.reply_to_self"):
        add(b, "h-10", "reply", f"e{reply.seq}")  # given or not: h-10 answers it
    add(b, "sv-01", "reply", f"e{reply.seq}")  # someone else may reply in the exchange
    b.add(ev.SPEECH_ENDED)
    add(b, "sv-02", "reply", target)  # a speech given earlier in the item may be replied to
    assert MESSAGES["speaker.reply_to_speech_not_given"] and MESSAGES["speaker.reply_to_self"]
    words = describe("speaker.reply_to_speech_not_given", {"person": "sv-01", "speaker": "a-09"},
                     names={"a-09": "Kari Fiktivsen"})
    assert "Kari Fiktivsen" in words and "ikke holdt" in words


def test_R_5_4e_rules_1_replies_replay_as_recorded():
    b = meeting("s309", rules=None)
    first = add(b, "h-10")
    second = add(b, "a-09")
    add(b, "sv-01", "reply", f"e{second.seq}")  # as 0.1.0 took it: to a speech not yet given
    b.add(ev.SPEECH_NEXT, {"item": "s309"})
    add(b, "h-10", "reply", f"e{first.seq}")  # and to one's own speech
    assert b.state.speech.entry.person == "sv-01" and queue(b)[0] == ("h-10", "reply")


# -- R-5.4b «I saker hvor det har vært nedsatt arbeidsgruppe utvides taletiden med to minutter for arbeidsgruppens
#    leder.» --------------------------------------------------------------------------------------------------------


def test_R_5_4b_the_leaders_two_minutes_come_on_top_of_the_groups_time():
    b = meeting("s305")  # working group leader h-07 (H); 3 minutes for each group
    add(b, "h-07")
    b.add(ev.SPEECH_NEXT, {"item": "s305"})
    assert b.state.speech.allowed == 180 + 120
    assert round(budget_remaining(b.state, "s305", "H", b.at())) == 180  # the first minutes are the leader's own
    b.t += 57
    b.add(ev.SPEECH_ENDED)  # 60 s: within the two minutes
    assert round(budget_remaining(b.state, "s305", "H", b.at())) == 180  # the group keeps all its time
    add(b, "h-09")
    b.add(ev.SPEECH_NEXT, {"item": "s305"})
    assert round(b.state.speech.allowed) == 180


def test_R_5_4b_beyond_the_two_minutes_the_leader_draws_on_the_groups_time():
    b = meeting("s305")
    add(b, "h-07")
    speak(b, 200)  # 80 s beyond the two minutes
    assert round(budget_remaining(b.state, "s305", "H", b.at())) == 100
    add(b, "h-07")  # the leader again: the group's time only
    b.add(ev.SPEECH_NEXT, {"item": "s305"})
    assert round(b.state.speech.allowed) == 100
    b.t += 99
    b.add(ev.SPEECH_ENDED)
    assert round(budget_remaining(b.state, "s305", "H", b.at())) == 0


def test_R_5_4b_rules_1_charged_the_whole_speech_to_the_group_as_recorded():
    b = meeting("s305", rules=None)
    add(b, "h-07")
    speak(b, 60)
    add(b, "h-09")
    b.add(ev.SPEECH_NEXT, {"item": "s305"})
    assert round(b.state.speech.allowed) == 180 - 60


# -- R-5.3d with R-5.3a and § 8: a private proposal comes with a committee's innstilling ----------------------------


def test_R_5_3d_private_proposal_proposer_then_committee_leaders():
    b = meeting("s303")  # proposer sv-03; given to KUL, whose innstilling the council debates (§ 8)
    kul = next(c for c in b.state.council.committees if c.id == "KUL")
    for person in ("h-10", kul.deputy_id, "sv-03", kul.leader_id, "a-09"):
        add(b, person)
    people = [p for p, _ in queue(b)]
    assert people[:3] == ["sv-03", kul.leader_id, kul.deputy_id]  # R-5.3d, then R-5.3a
    assert set(people[3:]) == {"h-10", "a-09"}  # then the groups, largest first (the leaders' speeches are no group's)


def test_R_5_3d_rules_1_put_only_the_proposer_first_as_recorded():
    b = meeting("s303", rules=None)
    kul = next(c for c in b.state.council.committees if c.id == "KUL")
    add(b, "h-10")
    add(b, kul.leader_id)
    add(b, "sv-03")
    assert [p for p, _ in queue(b)][0] == "sv-03" and [p for p, _ in queue(b)][1] != kul.leader_id


# -- R-5.4a «I større saker kan det vedtas utvidet taletid»: the closing speech too --------------------------------


def test_R_5_4a_closing_speech_follows_the_decided_speaking_time():
    b = meeting("s307", extended_minutes=5)  # the council extends the time (R-5.4a)
    sam = next(c for c in b.state.council.committees if c.id == "SAM")
    add(b, sam.leader_id, "closing")
    b.add(ev.SPEECH_NEXT, {"item": "s307"})
    assert b.state.speech.allowed == 5 * 60 and b.state.speech.budget is None  # not drawn from the group's time
    b = meeting("s309")  # extended to 6 minutes with the agenda
    fin = next(c for c in b.state.council.committees if c.id == "FIN")
    add(b, fin.leader_id, "closing")
    b.add(ev.SPEECH_NEXT, {"item": "s309"})
    assert b.state.speech.allowed == 6 * 60
    b = meeting("s309", rules=None)  # rules 1: 3 minutes, as recorded
    add(b, fin.leader_id, "closing")
    b.add(ev.SPEECH_NEXT, {"item": "s309"})
    assert b.state.speech.allowed == 3 * 60
