"""Scripted steps of a meeting that several test modules start from (through the service, as the window does)."""

from __future__ import annotations

from chair_console.procedure import events as ev


def to_voting(svc, item: str = "s304", groups: tuple[str, ...] = ("SV", "R", "FrP")) -> None:  # noqa: ANN001
    """Everyone present, the meeting set, `item` taken up with one proposal from each of `groups`, the debate
    closed: the item is in voting (R-3.3e) with proposals `{item}-p1`, `-p2` … in that order."""
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": item})
    for group in groups:
        svc.record(ev.PROPOSAL_TABLED, {"item": item, "text": f"Forslag fra {group}.", "groups": [group]})
    svc.record(ev.DEBATE_CLOSED, {"item": item})
