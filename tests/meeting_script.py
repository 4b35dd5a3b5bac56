"""Scripted steps of a meeting that several test modules start from (through the service, as the window does)."""

from __future__ import annotations

from chair_console.procedure import events as ev


def set_meeting(svc) -> None:  # noqa: ANN001
    """Every member of the council present, then the meeting set (R-5.1a)."""
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)


def take_up(svc, item: str) -> None:  # noqa: ANN001
    """`item` taken up; a closed one (R-3.7a) after the council's tacit decision to close the meeting on its legal
    basis, the basis confirmed."""
    if svc.state.item(item).closed:
        svc.record(ev.CLOSED_DECIDED, {"item": item, "basis": svc.state.item(item).closed_basis, "method": "tacit"})
        svc.record(ev.ITEM_OPENED, {"item": item, "closed_confirmed": True})
    else:
        svc.record(ev.ITEM_OPENED, {"item": item})


def speak(svc, item: str, person: str) -> None:  # noqa: ANN001
    """`person` put on the speaker list for a main speech, then the floor given to the next on the list (them,
    when nobody was before them)."""
    svc.record(ev.SPEAKER_ADDED, {"item": item, "person": person, "kind": "main"})
    svc.record(ev.SPEECH_NEXT, {"item": item})


def to_voting(svc, item: str = "s304", groups: tuple[str, ...] = ("SV", "R", "FrP")) -> None:  # noqa: ANN001
    """Everyone present, the meeting set, `item` taken up with one proposal from each of `groups`, the debate
    closed: the item is in voting (R-3.3e) with proposals `{item}-p1`, `-p2` … in that order."""
    set_meeting(svc)
    take_up(svc, item)
    for group in groups:
        svc.record(ev.PROPOSAL_TABLED, {"item": item, "text": f"Forslag fra {group}.", "groups": [group]})
    svc.record(ev.DEBATE_CLOSED, {"item": item})


# The phases of a meeting that the cockpit lays out differently (issue 17), in the order a meeting meets them.
PHASES = ("roll_call", "question_hour", "debate", "voting", "paused", "closed_item", "adjourned")


def walk_phases(svc):  # noqa: ANN001, ANN201
    """Drive the demo meeting through every phase the cockpit has a layout for; yields each phase's name once the
    meeting is in it (the caller looks at the window, then asks for the next)."""
    yield "roll_call"
    set_meeting(svc)
    take_up(svc, "sporretime")
    yield "question_hour"
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    for person in ("h-10", "a-05", "sv-02", "frp-03"):
        svc.record(ev.SPEAKER_ADDED, {"item": "s304", "person": person, "kind": "main"})
    svc.record(ev.SPEECH_NEXT, {"item": "s304"})
    yield "debate"
    svc.record(ev.SPEECH_ENDED)
    for group in ("SV", "R", "FrP"):
        svc.record(ev.PROPOSAL_TABLED, {"item": "s304", "text": f"Forslag fra {group}.", "groups": [group]})
    svc.record(ev.DEBATE_CLOSED, {"item": "s304"})
    svc.record(ev.VOTING_ORDER_SET, {"item": "s304", "order": ["s304-p1", "s304-p2", "s304-p3", "recommendation"],
                                     "method": "tacit"})
    council = svc.state.council
    svc.record(ev.VOTE_RECORDED, {"item": "s304", "method": "hands", "subjects": ["s304-p1"],
                                  "against": [m.id for m in council.members if council.group_of(m.id) != "SV"]})
    yield "voting"
    svc.record(ev.MEETING_PAUSED, {"kind": "pause", "note": "Pause til kl. 13.00"})
    yield "paused"
    svc.record(ev.MEETING_RESUMED)
    take_up(svc, "s308")  # closed (R-3.7a)
    speak(svc, "s308", "h-10")
    yield "closed_item"
    svc.record(ev.SPEECH_ENDED)
    svc.record(ev.MEETING_ADJOURNED)
    yield "adjourned"
