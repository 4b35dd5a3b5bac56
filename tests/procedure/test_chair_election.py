"""The election of the one who is to chair (R-3.1a, R-5.5b): § 3.1 «Det velges settevaraordfører når ordfører eller
varaordfører har forfall. Hvis både ordfører og varaordfører har forfall velges en særskilt møteleder», § 5.5 «Vil
ordføreren delta i debatten, overtar varaordfører, eventuelt setteordfører». From rules version 2 such an election is
held whenever the council sits — before the first item is taken up, or in the middle of a debate — and leaves the
item (and a speech under way) as it was; every other election waits for the debate to close (R-3.3e). It seats
nobody: the one elected takes the chair by chair.taken or a handover for a speech."""

from __future__ import annotations

import pytest
from helpers import LogBuilder

from chair_console.procedure import attendance, elections
from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.events import Event
from chair_console.procedure.reducer import replay

MAYOR, DEPUTY = "h-01", "frp-01"


def hall(away: tuple[str, ...] = (), rules_1: bool = False, opened: bool = True) -> LogBuilder:
    """Every member present but `away` (reported absent), the meeting set; `rules_1`: as release 0.1.0 recorded it."""
    b = LogBuilder().created()
    if rules_1:
        payload = {k: v for k, v in b.log[0].payload.items() if k != "rules"}
        b.log = [Event(1, ev.MEETING_CREATED, payload, "secretary", b.log[0].at)]
        b.state = replay(b.log)
        assert b.state.rules == 1
    for m in b.state.council.members:
        if m.id in away:
            b.add(ev.MEMBER_ABSENT, {"member": m.id, "reason": "sykdom"}, "secretary")
        else:
            b.add(ev.MEMBER_PRESENT, {"member": m.id}, "secretary")
    if opened:
        b.add(ev.MEETING_OPENED)
    return b


def round_of(b: LogBuilder, office: str, tally=None, item="s304", candidates=("a-01", "sv-01")) -> dict:  # noqa: ANN001
    n = len(elections.electorate(b.state, item))
    tally = list(tally) if tally is not None else [n - 10, 10]
    return {"item": item, "office": office, "candidates": list(candidates), "tally": tally,
            "blank": n - sum(tally)}


def refused(b: LogBuilder, code: str, kind: str, payload: dict) -> RuleViolation:
    with pytest.raises(RuleViolation) as caught:
        b.add(kind, payload, "secretary")
    assert caught.value.code == code
    return caught.value


def test_R_3_1a_a_settevaraordforer_is_elected_while_a_debate_is_under_way():
    b = hall(away=(MAYOR,))
    assert b.state.chair.person == DEPUTY
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    b.add(ev.SPEAKER_ADDED, {"item": "s304", "person": "h-02", "kind": "main"})
    b.add(ev.SPEECH_NEXT, {"item": "s304"})  # a speech under way
    speech = b.state.speech
    assert speech is not None and speech.entry.person == "h-02"
    # any other election waits for the debate to close (R-3.3e)
    refused(b, "vote.debate_open", ev.ELECTION_ROUND, round_of(b, "medlem av kontrollutvalget"))
    # the settevaraordfører is elected now, the debate and the speech go on
    b.add(ev.ELECTION_ROUND, round_of(b, "settevaraordfører", tally=(30, 28)), "secretary")
    assert elections.current(b.state, "s304", "settevaraordfører").elected == "a-01"
    assert b.state.status("s304") == "in_debate" and b.state.current_item == "s304"
    assert b.state.speech == speech
    assert b.state.chair.person == DEPUTY  # it seats nobody
    assert attendance.elected_chairs(b.state)["settevaraordfører"][0] == "a-01"
    b.add(ev.SPEECH_NEXT, {"item": "s304"})  # the debate goes on
    assert b.state.speech is None and b.state.status("s304") == "in_debate"
    # a new vote and the lots are held in the debate too (R-3.3c, R-3.3d), in another item under way
    b.add(ev.ITEM_OPENED, {"item": "s305"})
    b.add(ev.ELECTION_ROUND, round_of(b, "Setteordfører", tally=(25, 25), item="s305", candidates=("h-02", "v-01")),
          "secretary")
    b.add(ev.ELECTION_ROUND, round_of(b, "Setteordfører", tally=(27, 27), item="s305", candidates=("h-02", "v-01")),
          "secretary")
    b.add(ev.ELECTION_LOT, {"item": "s305", "office": "Setteordfører", "drawn": "v-01", "drawn_by": "Sekretæren"},
          "secretary")
    assert elections.current(b.state, "s305", "Setteordfører").elected == "v-01"
    assert b.state.status("s305") == "in_debate"
    # the council sits: not in a break, not after the meeting is adjourned; the quorum counts (R-3.3a)
    b.add(ev.MEETING_PAUSED, {"kind": "pause"})
    refused(b, "meeting.paused", ev.ELECTION_ROUND, round_of(b, "særskilt møteleder", item="s305"))
    b.add(ev.MEETING_RESUMED)
    refused(b, "agenda.unknown_item", ev.ELECTION_ROUND, round_of(b, "settevaraordfører", item="s999"))
    few = hall(away=tuple(m.id for m in b.state.council.members[:30]))
    refused(few, "vote.no_quorum", ev.ELECTION_ROUND, round_of(few, "særskilt møteleder"))


def test_R_3_1a_a_saerskilt_motleder_is_elected_before_the_first_item():
    early = hall(away=(MAYOR, DEPUTY), opened=False)
    refused(early, "meeting.not_open", ev.ELECTION_ROUND, round_of(early, "særskilt møteleder"))
    b = hall(away=(MAYOR, DEPUTY))
    assert b.state.chair is None and b.state.current_item is None
    b.add(ev.ELECTION_ROUND, round_of(b, "særskilt møteleder", item="sporretime"), "secretary")  # the first item
    assert b.state.current_item is None and b.state.status("sporretime") == "not_started"
    assert b.state.chair is None  # it seats nobody: the one elected takes the chair
    b.add(ev.CHAIR_TAKEN, {"person": "a-01"})
    assert (b.state.chair.person, b.state.chair.capacity) == ("a-01", "særskilt møteleder")
    b.add(ev.ITEM_OPENED, {"item": "sporretime"})  # and business starts
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    b.add(ev.SPEAKER_ADDED, {"item": "s304", "person": "h-02", "kind": "main"})
    b.add(ev.MEETING_ADJOURNED)
    refused(b, "meeting.adjourned", ev.ELECTION_ROUND, round_of(b, "settevaraordfører"))


def test_R_5_5b_the_deputy_mayor_chairing_hands_over_to_the_elected_settevaraordforer_to_speak():
    b = hall(away=(MAYOR,))
    b.add(ev.SUBSTITUTE_SEATED, {"seat": MAYOR, "substitute": "h-v1"}, "secretary")
    assert b.state.chair.person == DEPUTY
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    b.add(ev.SPEAKER_ADDED, {"item": "s304", "person": DEPUTY, "kind": "main"})
    assert attendance.stand_ins(b.state, DEPUTY) == []  # nobody may take over yet
    with pytest.raises(RuleViolation, match="speaker.chair_cannot_debate"):
        b.add(ev.SPEECH_NEXT, {"item": "s304"})
    with pytest.raises(RuleViolation, match="chair.needs_election"):
        b.add(ev.SPEECH_NEXT, {"item": "s304", "chair_to": "a-01"})
    b.add(ev.ELECTION_ROUND, round_of(b, "settevaraordfører"), "secretary")  # the debate open
    assert attendance.stand_ins(b.state, DEPUTY) == ["a-01"]
    b.add(ev.SPEECH_NEXT, {"item": "s304", "chair_to": "a-01"})
    assert (b.state.chair.person, b.state.chair.capacity) == ("a-01", "settevaraordfører")
    assert b.state.speech.entry.person == DEPUTY
    b.add(ev.SPEECH_ENDED)
    assert b.state.chair.person == DEPUTY  # back from the log when the speech ends
    assert b.state.status("s304") == "in_debate"
    assert replay(b.log) == b.state


def test_R_3_1a_rules_1_chair_elections_replay_as_recorded():
    b = hall(away=(MAYOR,), rules_1=True)
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    # release 0.1.0 held every election in the voting: a log of rules version 1 has none in a debate
    refused(b, "vote.debate_open", ev.ELECTION_ROUND, round_of(b, "settevaraordfører"))
    b.add(ev.DEBATE_CLOSED, {"item": "s304"})
    b.add(ev.ELECTION_ROUND, round_of(b, "settevaraordfører"), "secretary")
    again = replay(b.log)
    assert again == b.state and again.rules == 1
    assert elections.current(again, "s304", "settevaraordfører").elected == "a-01"


def test_R_3_1a_a_chair_election_in_an_item_is_no_vote_in_its_matter():
    """Held in whatever item is under way, the settevaraordfører's election is not the item's vote: the council may
    still decide on a disqualification in it (R-3.10a), an urgent matter's objections are not frozen by it (R-3.2c),
    and the item's proposed decision text does not say who was elected to chair."""
    from chair_console.procedure import vote_words, voting

    b = hall(away=(MAYOR,))
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    b.add(ev.ELECTION_ROUND, round_of(b, "settevaraordfører", tally=(30, 28)), "secretary")
    assert not attendance.voted_in(b.state, "s304")
    b.add(ev.DISQUALIFIED, {"item": "s304", "person": "a-05", "basis": "forvaltningsloven § 6 første ledd bokstav a",
                            "method": "tacit"})
    assert "a-05" in b.state.disqualified["s304"]
    assert not any("settevaraordfører" in line for line in vote_words.election_decisions(b.state, "s304"))
    # an election that decides the matter still does both
    b.add(ev.DEBATE_CLOSED, {"item": "s304"})
    b.add(ev.ELECTION_ROUND, round_of(b, "medlem av kontrollutvalget", tally=(40, 17)), "secretary")
    assert attendance.voted_in(b.state, "s304")
    assert any("kontrollutvalget" in line for line in vote_words.election_decisions(b.state, "s304"))
    b.add(ev.URGENT_MATTER_ADDED, {"item": {"id": "u9", "number": "Aktuell sak 9", "title": "Flom"}})
    b.add(ev.ITEM_OPENED, {"item": "u9"})
    b.add(ev.ELECTION_ROUND, round_of(b, "særskilt møteleder", item="u9"), "secretary")  # no objections asked yet
    assert not voting.urgent_objections_frozen(b.state, "u9")


def test_R_3_1a_the_item_a_chair_election_is_recorded_in():
    """elections.recorded_in (what the votes pane's election box sends): before any item the first not taken up,
    then the item under way whatever its debate; any other election only in the item under way."""
    b = hall(away=(MAYOR,))
    assert elections.chair_elections_open(b.state)
    assert elections.recorded_in(b.state, "settevaraordfører") == b.state.agenda[0].id
    assert elections.recorded_in(b.state, "medlem av kontrollutvalget") is None
    b.add(ev.ITEM_OPENED, {"item": "s304"})
    assert elections.recorded_in(b.state, "Setteordfører") == "s304"
    assert not elections.chair_elections_open(hall(opened=False).state)  # the council is not sitting yet
