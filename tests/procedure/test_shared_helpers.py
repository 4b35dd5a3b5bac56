"""Issue 17's design step: the rules that panes and minutes used to spell out themselves, now in procedure."""

from __future__ import annotations

from helpers import demo_council, demo_meeting

from chair_console.procedure.agenda import (
    ITEM_KINDS,
    QUESTION_HOUR,
    URGENT_MATTER,
    WITH_RECOMMENDATION,
    has_recommendation,
    meeting_from_dict,
    next_urgent_matter,
    question_hour_item,
)
from chair_console.procedure.council import INDEPENDENT, Council
from chair_console.procedure.votes import RECOMMENDATION, is_recommendation, recommendation_subjects


def test_label_of_names_a_person_with_the_group_or_as_independent():
    c = Council.from_dict(demo_council())
    member = next(m for m in c.members if m.group_id is not None)
    assert c.label_of(member.id) == f"{member.name} ({c.group(member.group_id).abbreviation})"
    independent = c.members_of(None)[0]
    assert c.label_of(independent.id) == f"{independent.name} ({INDEPENDENT})"
    assert c.label_of(independent.id, "ind.") == f"{independent.name} (ind.)"
    assert c.group_mark(independent.id, government="byrådet") == INDEPENDENT  # a member, not the government


def test_group_mark_of_a_government_member_without_a_group():
    data = demo_council()
    gov = data["city_government"][0]
    gov["group"] = None
    c = Council.from_dict(data)
    assert c.group_mark(gov["id"]) == INDEPENDENT
    assert c.group_mark(gov["id"], government="byrådet") == "byrådet"


def test_item_kinds_with_a_recommendation_and_the_question_hour():
    assert WITH_RECOMMENDATION <= ITEM_KINDS and QUESTION_HOUR in ITEM_KINDS and URGENT_MATTER in ITEM_KINDS
    _, agenda = meeting_from_dict(demo_meeting())
    assert question_hour_item(agenda) == next(i.id for i in agenda if i.kind == QUESTION_HOUR)
    assert question_hour_item(()) is None
    assert all(has_recommendation(i) == (i.kind in WITH_RECOMMENDATION) for i in agenda)
    assert any(has_recommendation(i) for i in agenda)


def test_urgent_matters_are_numbered_from_one():
    _, agenda = meeting_from_dict(demo_meeting())
    urgent = sum(1 for i in agenda if i.kind == URGENT_MATTER)
    assert next_urgent_matter(agenda) == (f"aktuell-{urgent + 1}", urgent + 1)
    assert next_urgent_matter(()) == ("aktuell-1", 1)


def test_recommendation_subject_ids():
    assert recommendation_subjects(1) == [RECOMMENDATION]
    assert recommendation_subjects(3) == ["recommendation:1", "recommendation:2", "recommendation:3"]
    assert all(is_recommendation(s) for s in recommendation_subjects(3))
    assert not is_recommendation("p1")
