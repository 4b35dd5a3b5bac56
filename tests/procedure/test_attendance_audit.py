"""Attendance and chairing against the regulation (audit): exclusion lasts the meeting and applies to those seated in
the council (R-5.6a, R-4b), disqualification is decided before the item's vote (R-3.10a), and the deputy mayor takes
over before a settevaraordfører, who is elected and chairs only when the mayor or the deputy mayor has forfall
(R-5.5b, R-3.1a)."""

from __future__ import annotations

import pytest
from helpers import LogBuilder

from chair_console.messages import UNKNOWN, describe
from chair_console.procedure import attendance
from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.reducer import replay

MAYOR, DEPUTY = "h-01", "frp-01"
BASIS = "forvaltningsloven § 6 første ledd bokstav a"


def hall(away: tuple[str, ...] = (), rules_1: bool = False) -> LogBuilder:
    """Every member present but `away` (reported absent), the meeting set; `rules_1`: as release 0.1.0 recorded it."""
    b = LogBuilder().created()
    if rules_1:
        created = b.log[0]
        b.log, b.state = [], replay([])
        b.add(ev.MEETING_CREATED, {k: v for k, v in created.payload.items() if k != "rules"}, "secretary")
    for m in b.state.council.members:
        if m.id in away:
            b.add(ev.MEMBER_ABSENT, {"member": m.id, "reason": "sykdom"}, "secretary")
        else:
            b.add(ev.MEMBER_PRESENT, {"member": m.id}, "secretary")
    b.add(ev.MEETING_OPENED)
    return b


def refused(b: LogBuilder, code: str, kind: str, payload: dict) -> RuleViolation:
    last = b.state.last_seq
    with pytest.raises(RuleViolation) as caught:
        b.add(kind, payload)
    assert caught.value.code == code
    assert b.state.last_seq == last  # nothing was written
    assert describe(code, caught.value.params) != UNKNOWN.format(code=code)  # the code has its message
    return caught.value


def warned_twice(b: LogBuilder, item: str, person: str, kind: str = "main") -> None:
    """`person` has the floor in `item` and was asked twice to keep to the item (R-5.6a)."""
    if b.state.current_item != item:
        b.add(ev.ITEM_OPENED, {"item": item})
    b.add(ev.SPEAKER_ADDED, {"item": item, "person": person, "kind": kind})
    b.add(ev.SPEECH_NEXT, {"item": item})
    b.add(ev.ORDER_WARNING, {"item": item, "person": person})
    b.add(ev.ORDER_WARNING, {"item": item, "person": person})


def exclusion(b: LogBuilder, item: str, person: str) -> dict:
    """The council's counted vote to exclude `person` (R-5.6a): 19 against, everyone else for."""
    return {"item": item, "member": person, "for": len(b.state.eligible(item)) - 19, "against": 19}


def elect(b: LogBuilder, office: str, person: str, item: str = "s304") -> None:
    """An election of one person in `item` (taken up, its debate closed): `person` gets most votes."""
    if b.state.current_item != item:
        b.add(ev.ITEM_OPENED, {"item": item})
    if b.state.status(item) == "in_debate":
        b.add(ev.DEBATE_CLOSED, {"item": item})
    n = len(b.state.eligible(item))
    b.add(ev.ELECTION_ROUND, {"item": item, "office": office, "candidates": [person, "sv-01"], "tally": [n - 10, 6],
                              "blank": 4}, "secretary")


# -- R-5.6a: exclusion lasts the meeting ---------------------------------------------------------------------------


def test_R_5_6a_an_excluded_member_cannot_be_marked_absent_and_then_present_again():
    b = hall()
    warned_twice(b, "s307", "r-03")
    b.add(ev.MEMBER_EXCLUDED, exclusion(b, "s307", "r-03"))
    assert b.state.attendance["r-03"].status == "excluded" and "r-03" in b.state.excluded
    exc = refused(b, "attendance.excluded", ev.MEMBER_ABSENT, {"member": "r-03", "reason": "sykdom"})
    assert exc.params == {"member": "r-03"}
    refused(b, "attendance.excluded", ev.MEMBER_PRESENT, {"member": "r-03"})
    assert b.state.attendance["r-03"].status == "excluded" and b.state.quorum().present == 58
    with pytest.raises(RuleViolation, match="speaker.not_present"):
        b.add(ev.SPEAKER_ADDED, {"item": "s307", "person": "r-03", "kind": "main"})
    # a meeting recorded by release 0.1.0 (rules version 1) replays as it was recorded
    old = hall(rules_1=True)
    warned_twice(old, "s307", "r-03")
    old.add(ev.MEMBER_EXCLUDED, exclusion(old, "s307", "r-03"))
    old.add(ev.MEMBER_ABSENT, {"member": "r-03", "reason": "sykdom"})
    old.add(ev.MEMBER_PRESENT, {"member": "r-03"})
    assert replay(old.log).attendance["r-03"].present


def test_R_5_6a_R_4b_an_excluded_substitute_is_neither_proposed_nor_seated_again():
    b = hall(away=("r-03", "r-04"))
    assert b.state.proposed_substitute("r-04") == "r-v1"
    b.add(ev.SUBSTITUTE_SEATED, {"seat": "r-04", "substitute": "r-v1"})
    warned_twice(b, "s307", "r-v1")
    b.add(ev.MEMBER_EXCLUDED, exclusion(b, "s307", "r-v1"))
    assert "r-04" not in b.state.substitutions and "r-v1" in b.state.excluded
    assert "r-v1" not in b.state.attendance  # not written into the members' attendance
    assert b.state.proposed_substitute("r-04") == "r-v2"  # R-4b: the next in numbered order, not the excluded
    assert b.state.proposed_substitute("r-03") == "r-v2"
    for seat in ("r-04", "r-03"):  # nor for another seat of the group
        exc = refused(b, "attendance.excluded", ev.SUBSTITUTE_SEATED, {"seat": seat, "substitute": "r-v1"})
        assert exc.params == {"member": "r-v1"}
    with pytest.raises(RuleViolation, match="speaker.not_present"):
        b.add(ev.SPEAKER_ADDED, {"item": "s307", "person": "r-v1", "kind": "main"})
    b.add(ev.SUBSTITUTE_SEATED, {"seat": "r-04", "substitute": "r-v2"})
    assert not b.state.substitutions["r-04"].deviation
    assert replay(b.log) == b.state


def test_R_5_6a_exclusion_applies_only_to_those_seated_in_the_council():
    b = hall()
    b.add(ev.GOVERNMENT_PRESENT, {"person": "byr-4"})
    warned_twice(b, "s307", "byr-4", kind="government")
    exc = refused(b, "vote.exclusion_not_a_member", ev.MEMBER_EXCLUDED, exclusion(b, "s307", "byr-4"))
    assert exc.params == {"person": "byr-4"}
    assert "byr-4" not in b.state.attendance and "byr-4" in b.state.government_present
    assert b.state.speech.entry.person == "byr-4"
    # an unknown person, or a substitute not sitting in the council, neither
    refused(b, "vote.exclusion_not_a_member", ev.MEMBER_EXCLUDED, exclusion(b, "s307", "r-v3"))
    b.add(ev.SPEECH_ENDED)
    warned_twice(b, "s307", "r-03")  # a member of the council: the council may exclude them
    b.add(ev.MEMBER_EXCLUDED, exclusion(b, "s307", "r-03"))
    assert b.state.excluded == {"r-03"}


# -- R-3.10a: disqualification before the vote --------------------------------------------------------------------


def _disqualify(person: str, item: str = "s307") -> dict:
    return {"person": person, "item": item, "basis": BASIS, "disqualified": True, "method": "tacit"}


def test_R_3_10a_no_disqualification_after_a_vote_in_the_item():
    b = hall()
    b.add(ev.ITEM_OPENED, {"item": "s307"})
    b.add(ev.DEBATE_CLOSED, {"item": "s307"})
    b.add(ev.VOTING_ORDER_SET, {"item": "s307", "order": ["recommendation"], "method": "tacit"})
    voted = b.add(ev.VOTE_RECORDED, {"item": "s307", "method": "hands", "subjects": ["recommendation"],
                                     "against": ["frp-01", "frp-02"]})
    assert "a-05" in b.state.final_votes("s307")[0].voters[0]  # the vote counted a-05 among those for
    exc = refused(b, "disqualification.after_vote", ev.DISQUALIFIED, _disqualify("a-05"))
    assert exc.params == {"person": "a-05", "item": "s307"}
    assert "Angre voteringen" in describe(exc.code, exc.params)
    refused(b, "disqualification.after_vote", ev.DISQUALIFIED, {**_disqualify("a-05"), "disqualified": False})
    assert "a-05" not in b.state.disqualified.get("s307", {})
    b.add(ev.UNDONE, {"target": voted.seq})  # the vote undone: the council decides first, then votes again
    b.add(ev.DISQUALIFIED, _disqualify("a-05"))
    assert "a-05" in b.state.disqualified["s307"]
    # an election held in the item counts as its vote too (not that of the one to chair: R-3.1a,
    # test_chair_election.py::test_R_3_1a_a_chair_election_in_an_item_is_no_vote_in_its_matter)
    c = hall()
    elect(c, "leder av kontrollutvalget", "a-01", item="s307")
    refused(c, "disqualification.after_vote", ev.DISQUALIFIED, _disqualify("a-05"))
    # a meeting recorded by release 0.1.0 (rules version 1) replays as it was recorded
    old = hall(rules_1=True)
    old.add(ev.ITEM_OPENED, {"item": "s307"})
    old.add(ev.DEBATE_CLOSED, {"item": "s307"})
    old.add(ev.VOTE_RECORDED, {"item": "s307", "method": "tacit", "subjects": ["recommendation"]})
    old.add(ev.DISQUALIFIED, {"person": "a-05", "item": "s307", "basis": BASIS})
    assert "a-05" in replay(old.log).disqualified["s307"]


# -- R-5.5b, R-3.1a: the deputy mayor before a settevaraordfører ------------------------------------------------


def test_R_5_5b_the_deputy_mayor_takes_over_before_a_settevaraordforer():
    b = hall(away=(DEPUTY,))
    elect(b, "settevaraordfører", "a-01")  # the deputy mayor away: in order
    b.add(ev.MEMBER_PRESENT, {"member": DEPUTY})  # the deputy mayor arrives
    b.add(ev.ITEM_OPENED, {"item": "s307"})
    b.add(ev.SPEAKER_ADDED, {"item": "s307", "person": MAYOR, "kind": "main"})
    assert attendance.stand_ins(b.state, MAYOR) == [DEPUTY]  # what the chair handover offers (ui/chair_handover.py)
    exc = refused(b, "chair.deputy_mayor_first", ev.SPEECH_NEXT, {"item": "s307", "chair_to": "a-01"})
    assert exc.params == {"person": "a-01", "deputy": DEPUTY}
    assert (b.state.chair.person, b.state.speech) == (MAYOR, None)
    b.add(ev.SPEECH_NEXT, {"item": "s307", "chair_to": DEPUTY})
    assert (b.state.chair.person, b.state.chair.capacity) == (DEPUTY, "varaordfører")
    b.add(ev.SPEECH_ENDED)
    assert b.state.chair.person == MAYOR
    # the deputy mayor chairs and speaks: the mayor, in the hall, takes over
    b.add(ev.CHAIR_TAKEN, {"person": DEPUTY})
    b.add(ev.SPEAKER_ADDED, {"item": "s307", "person": DEPUTY, "kind": "main"})
    assert attendance.stand_ins(b.state, DEPUTY) == [MAYOR]
    refused(b, "chair.deputy_mayor_first", ev.SPEECH_NEXT, {"item": "s307", "chair_to": "a-01"})
    b.add(ev.SPEECH_NEXT, {"item": "s307", "chair_to": MAYOR})
    assert b.state.chair.person == MAYOR


def test_R_5_5b_R_3_10a_a_deputy_mayor_disqualified_in_the_item_leaves_it_to_the_settevaraordforer():
    b = hall()
    b.add(ev.DISQUALIFIED, _disqualify(DEPUTY))  # the deputy mayor cannot chair s307
    attendance.check_chair_election(b.state, "settevaraordfører")  # so the council may elect one
    elect(b, "settevaraordfører", "a-01")
    b.add(ev.ITEM_OPENED, {"item": "s307"})
    b.add(ev.SPEAKER_ADDED, {"item": "s307", "person": MAYOR, "kind": "main"})
    assert attendance.stand_ins(b.state, MAYOR) == ["a-01"]
    exc = refused(b, "chair.disqualified", ev.SPEECH_NEXT, {"item": "s307", "chair_to": DEPUTY})
    assert exc.params == {"person": DEPUTY}
    b.add(ev.SPEECH_NEXT, {"item": "s307", "chair_to": "a-01"})
    assert (b.state.chair.person, b.state.chair.capacity) == ("a-01", "settevaraordfører")


def test_R_3_1a_a_settevaraordforer_is_elected_and_chairs_only_when_the_mayor_or_the_deputy_mayor_has_forfall():
    b = hall()  # the mayor and the deputy mayor both in the hall
    for office in ("settevaraordfører", "Setteordfører", "særskilt møteleder"):
        with pytest.raises(RuleViolation, match="chair.election_not_needed") as caught:
            attendance.check_chair_election(b.state, office)
        assert "Det velges ikke" in describe(caught.value.code, caught.value.params)
    attendance.check_chair_election(b.state, "medlem av kontrollutvalget")  # not a chair office: not ours
    elect(b, "settevaraordfører", "a-01")  # recorded all the same (elections.py): it seats nobody now
    exc = refused(b, "chair.office_not_needed", ev.CHAIR_TAKEN, {"person": "a-01"})
    assert exc.params == {"person": "a-01", "office": "settevaraordfører"}
    b.add(ev.CHAIR_TAKEN, {"person": DEPUTY})  # the deputy mayor needs no election
    b.add(ev.MEMBER_LEFT, {"member": MAYOR, "rest_of_meeting": True})  # the mayor has forfall from now
    attendance.check_chair_election(b.state, "settevaraordfører")
    with pytest.raises(RuleViolation, match="chair.election_not_needed"):  # one of them is still here
        attendance.check_chair_election(b.state, "særskilt møteleder")
    b.add(ev.CHAIR_TAKEN, {"person": "a-01"})
    assert (b.state.chair.person, b.state.chair.capacity) == ("a-01", "settevaraordfører")
    c = hall(away=(MAYOR, DEPUTY))
    attendance.check_chair_election(c.state, "særskilt møteleder")
    attendance.check_chair_election(c.state, "settevaraordfører")
