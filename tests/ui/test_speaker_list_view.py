"""The speakers list drawn large (issue 17): group colour, who is next, each one's allowance and how many times they
have spoken on the item — the facts from a pure helper (speaker_rules.entry_facts), drawn by a delegate."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QListWidget
from widgets import find

from chair_console.procedure import events as ev
from chair_console.procedure import speaker_rules
from chair_console.ui.panes.speaker_list import COLOUR_ROLE, DETAIL_ROLE, MAIN_ROLE, NEXT_ROLE, SpeakerRowDelegate


@pytest.fixture
def debate(console):
    svc = console.service
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": "s304"})
    return console


def test_entry_facts_count_speeches_and_mark_the_next(debate):
    svc = debate.service
    pane = debate.window.panes["speakersPane"]
    a, h = "a-01", "h-02"
    assert pane.add(a, "main") and pane.add(h, "main")
    facts = speaker_rules.entry_facts(svc.state, "s304", svc.now())
    assert [f.position for f in facts] == [1, 2] and [f.is_next for f in facts] == [True, False]
    assert all(f.times_spoken == 0 for f in facts) and all(f.allowed and f.allowed > 0 for f in facts)
    first = facts[0].entry.person
    svc.record(ev.SPEECH_NEXT, {"item": "s304"})  # the first has the floor: the speech under way counts
    assert pane.add(first, "main")
    facts = speaker_rules.entry_facts(svc.state, "s304", svc.now())
    again = next(f for f in facts if f.entry.person == first)
    other = next(f for f in facts if f.entry.person != first)
    assert again.times_spoken == 1 and other.times_spoken == 0 and facts[0].is_next and not facts[1].is_next


def test_the_list_is_large_coloured_and_says_who_is_next(debate):
    svc = debate.service
    pane = debate.window.panes["speakersPane"]
    queue = find(debate.window, QListWidget, "speakerQueue")
    assert queue.font().pointSize() >= 18
    assert isinstance(queue.itemDelegate(), SpeakerRowDelegate)
    assert pane.add("a-01", "main") and pane.add("sv-01", "main")
    people = [e.person for e in svc.state.queues["s304"]]
    council = svc.state.council
    first = queue.item(0)
    assert first.data(NEXT_ROLE) is True and queue.item(1).data(NEXT_ROLE) is False
    assert first.data(COLOUR_ROLE) == council.group(council.group_of(people[0])).colour
    assert first.data(MAIN_ROLE) == f"1. {council.name_of(people[0])} ({council.group_mark(people[0])})"
    assert "talt 0 ganger" in first.data(DETAIL_ROLE) and ":" in first.data(DETAIL_ROLE)  # allowance m:ss
    assert first.text().startswith("1. ") and "neste" in first.text()
    assert queue.sizeHintForRow(0) >= 40  # two lines, the name in ≥ 18 pt
    queue.grab()  # the delegate draws without error
