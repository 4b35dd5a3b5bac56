"""The cockpit's phase follows the meeting (issue 17), the same phases as the chair's script."""

from chair_console.procedure import chair_script as cs
from chair_console.procedure.cockpit import CLOSED_ITEM, cockpit_phase
from tests.meeting_script import walk_phases

EXPECTED = {"roll_call": cs.ROLL_CALL, "question_hour": cs.QUESTION_HOUR_PHASE, "debate": cs.DEBATE,
            "voting": cs.VOTING_PHASE, "paused": cs.PAUSED, "closed_item": CLOSED_ITEM, "adjourned": cs.ADJOURNED}


def test_the_cockpit_phase_follows_the_meeting(service):
    seen = {}
    for name in walk_phases(service):
        seen[name] = cockpit_phase(service.state)
        script = cs.chair_script(service.state).phase
        if seen[name] != CLOSED_ITEM:
            assert seen[name] == script  # the same phase as the chair's script
    assert seen == EXPECTED
