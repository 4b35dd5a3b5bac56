"""The council data: the demo composition, the file format's checks, the group order."""

from __future__ import annotations

import copy

import pytest
from helpers import demo_council, demo_meeting

from chair_console.procedure.agenda import meeting_from_dict
from chair_console.procedure.council import ROLE_DEPUTY_MAYOR, ROLE_MAYOR, Council
from chair_console.procedure.errors import CouncilDataError


def test_R_1a_demo_council_has_59_members_in_the_real_group_sizes():
    c = Council.from_dict(demo_council())
    sizes = {g.abbreviation: g.seats for g in c.groups}
    assert sizes == {"H": 20, "A": 11, "MDG": 6, "SV": 6, "V": 6, "R": 4, "FrP": 3, "KrF": 1, "PS": 1}
    assert len(c.members) == 59 and len(c.members_of(None)) == 1  # one independent
    assert c.quorum == 30  # R-3.3a


def test_demo_roles_government_and_substitutes():
    c = Council.from_dict(demo_council())
    assert c.group(c.holder_of(ROLE_MAYOR).group_id).abbreviation == "H"
    assert c.group(c.holder_of(ROLE_DEPUTY_MAYOR).group_id).abbreviation == "FrP"
    assert len(c.government) == 8
    assert {c.group(p.group_id).abbreviation for p in c.government} == {"H", "V"}
    assert {g.id for g in c.groups if g.in_city_government} == {"H", "V"}
    for g in c.groups:  # R-4b: at least three substitutes per group, numbered in order
        ranks = sorted(s.rank for s in c.substitutes if s.group_id == g.id)
        assert ranks[:3] == [1, 2, 3]
    kinds = sorted(k.kind for k in c.committees)
    assert kinds.count("sector") == 5 and "business" in kinds and "control" in kinds
    assert all(k.leader_id and k.deputy_id for k in c.committees)


def test_demo_names_are_fictitious_and_unique():
    c = Council.from_dict(demo_council())
    names = [p.name for p in (*c.members, *c.substitutes, *c.government)]
    assert len(names) == len(set(names))


def test_council_round_trips_through_its_file_format():
    c = Council.from_dict(demo_council())
    assert Council.from_dict(c.to_dict()) == c


def test_R_5_3a_groups_by_size_ties_broken_by_kept_order():
    c = Council.from_dict(demo_council())
    order = [g.abbreviation for g in c.groups_in_order()]
    assert order[:2] == ["H", "A"]
    assert order[2:5] == ["SV", "V", "MDG"]  # three groups of 6, in the kept election order
    assert order[-2:] == ["KrF", "PS"]


@pytest.mark.parametrize(
    ("mutate", "code"),
    [
        (lambda d: d["members"].pop(), "council.seat_count"),
        (lambda d: d.update(format="other"), "council.not_a_council_file"),
        (lambda d: d.update(version=7), "council.unknown_version"),
        (lambda d: d["members"][1].update(id=d["members"][0]["id"]), "council.duplicate_id"),
        (lambda d: d["members"][2].update(roles=["ordfører"]), "council.role_twice"),
        (lambda d: d["members"][2].update(roles=["keiser"]), "council.unknown_role"),
        (lambda d: d["members"][0].update(group="XX"), "council.unknown_group"),
        (lambda d: d["groups"][0].update(seats=21), "council.group_seats"),
        (lambda d: d["substitutes"][0].update(rank=9), "council.substitute_ranks"),
        (lambda d: d["members"][0].pop("name"), "council.malformed"),
    ],
)
def test_bad_council_files_are_refused_with_a_reason(mutate, code):
    data = copy.deepcopy(demo_council())
    mutate(data)
    with pytest.raises(CouncilDataError) as exc:
        Council.from_dict(data)
    assert exc.value.code == code


def test_demo_meeting_file_has_the_agenda_the_console_needs():
    info, items = meeting_from_dict(demo_meeting())
    kinds = [i.kind for i in items]
    for kind in ("question_hour", "interpellation", "private_proposal", "oral_statement", "working_group_case",
                 "control_committee_case"):
        assert kind in kinds
    cases = [i for i in items if i.kind in ("committee_case", "working_group_case", "control_committee_case")]
    assert len(cases) >= 6
    assert any(i.dissent for i in cases)
    closed = [i for i in items if i.closed]
    assert closed and "§ 11-5" in closed[0].closed_basis  # R-3.6b: legal basis kept
    assert info.place == "Bystyresalen, Oslo rådhus"


def test_bad_meeting_file_is_refused():
    data = copy.deepcopy(demo_meeting())
    data["agenda"][0]["kind"] = "picnic"
    with pytest.raises(CouncilDataError, match="meeting.unknown_item_kind"):
        meeting_from_dict(data)
    with pytest.raises(CouncilDataError, match="meeting.not_a_meeting_file"):
        meeting_from_dict([1, 2])


def test_R_10a_seating_groups_by_sector_committee_officers_first():
    c = Council.from_dict(demo_council())
    seats = c.seating()
    assert len(seats) == 59 and len({m.id for m in seats}) == 59
    groups_in_order = []
    for m in seats:
        if not groups_in_order or groups_in_order[-1] != m.group_id:
            groups_in_order.append(m.group_id)
    assert groups_in_order == ["R", "SV", "A", "MDG", "V", "KrF", "PS", "H", "FrP", None]  # one block per sector
    officers = {x for k in c.committees for x in (k.leader_id, k.deputy_id)}
    h = [m for m in seats if m.group_id == "H"]
    n_officers = sum(1 for m in h if m.id in officers)
    assert all(m.id in officers for m in h[:n_officers]) and not any(m.id in officers for m in h[n_officers:])
    assert [m.list_number for m in h[n_officers:]] == sorted(m.list_number for m in h[n_officers:])
