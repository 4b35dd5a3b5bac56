"""`evolve` is `dataclasses.replace`, faster: the same values, a new object, the same refusals."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, field, replace
from functools import cached_property

import pytest

from chair_console.procedure.evolve import evolve
from chair_console.procedure.state import MeetingState


@dataclass(frozen=True)
class _Plain:
    a: int = 1
    b: tuple[int, ...] = ()

    @cached_property
    def total(self) -> int:
        return self.a + sum(self.b)


@dataclass(frozen=True)
class _Checked:
    a: int = 1

    def __post_init__(self) -> None:
        if self.a < 0:
            raise ValueError("negative")


@dataclass(frozen=True)
class _Derived:
    a: int = 1
    twice: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "twice", self.a * 2)


def test_evolve_gives_what_replace_gives_and_leaves_the_original_alone():
    state = MeetingState(last_seq=3, current_item="s1")
    new = evolve(state, last_seq=4)
    assert new == replace(state, last_seq=4) and new is not state
    assert state.last_seq == 3 and new.current_item == "s1"
    with pytest.raises(FrozenInstanceError):
        new.last_seq = 5  # type: ignore[misc]


def test_nothing_cached_on_an_instance_is_carried_to_the_copy():
    plain = _Plain(1, (2,))
    assert plain.total == 3
    assert evolve(plain, a=10).total == 12


def test_classes_that_check_or_derive_in_post_init_go_through_replace():
    with pytest.raises(ValueError):
        evolve(_Checked(), a=-1)
    assert evolve(_Derived(), a=4).twice == 8


def test_an_unknown_field_is_refused_as_replace_refuses_it():
    with pytest.raises(TypeError):
        evolve(MeetingState(), no_such_field=1)


def test_is_seated_says_what_the_seating_says():
    from chair_console.procedure.common import is_seated
    from chair_console.procedure.state import PRESENT, Attendance, Substitution

    sub = Substitution(seat="m2", substitute="v1", proposed="v1", since=None)
    state = MeetingState(attendance={"m1": Attendance(PRESENT), "m2": Attendance(PRESENT), "m3": Attendance("absent")},
                         substitutions={"m2": sub})
    for person in ("m1", "m2", "m3", "v1", "v2"):
        assert is_seated(state, person) == (person in state.seated().values()), person
