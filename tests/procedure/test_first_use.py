"""Frozen dataclasses made when first built (issue 17): until then no cost at import; once made, exactly the
dataclass they declare."""

from __future__ import annotations

import dataclasses
import threading

import pytest

from chair_console.procedure import first_use, majority, speaker_rules, speakers, state, votes, voting
from chair_console.procedure.agenda import Proposal
from chair_console.procedure.first_use import frozen_on_first_use

RULES_CLASSES = (
    state.Sitting, state.Correction, state.Attendance, state.Substitution, state.PresenceChange, state.ChairTurn,
    state.ChairHandover, state.CouncilDecisionRecord, speakers.QueueEntry, speakers.Speech,
    votes.VoteResult, Proposal, majority.Outcome, majority.Allocation, voting.NextVote, voting.GroupCount,
    speaker_rules.EntryFacts,
)


def declare(lazily: bool = True):  # noqa: ANN201 - a fresh pair of classes, made on first use or by @dataclass
    make = frozen_on_first_use if lazily else dataclasses.dataclass(frozen=True)

    @make
    class Base:
        """A base."""

        a: int
        b: tuple[str, ...] = ()

    @make
    class Lazy(Base):
        """A record."""

        c: frozenset = dataclasses.field(default_factory=frozenset)

        @property
        def total(self) -> int:
            return self.a + len(self.b)

    return Base, Lazy


def test_a_class_is_made_its_frozen_dataclass_at_its_first_instance_base_first():
    base, lazy = declare()
    _eager_base, eager = declare(lazily=False)
    assert not dataclasses.is_dataclass(lazy) and not dataclasses.is_dataclass(base)
    record = lazy(1, ("x",))
    assert dataclasses.is_dataclass(lazy) and dataclasses.is_dataclass(base)
    assert [f.name for f in dataclasses.fields(lazy)] == [f.name for f in dataclasses.fields(eager)] == ["a", "b", "c"]
    assert record == lazy(1, ("x",), frozenset()) and hash(record) == hash(lazy(1, ("x",)))
    assert record.total == 2 and repr(record).endswith("Lazy(a=1, b=('x',), c=frozenset())")
    assert repr(record).replace("Lazy", "") == repr(eager(1, ("x",))).replace("Lazy", "")
    assert {name for name in vars(lazy) if name != "__dict__"} >= {name for name in vars(eager) if name != "__dict__"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.a = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        lazy()  # a required field, as the dataclass's own __init__ says
    assert dataclasses.replace(record, a=5).a == 5 and lazy.__doc__ == "A record."


def test_threads_building_the_first_instances_at_once_all_get_the_dataclass():
    _base, lazy = declare()
    barrier = threading.Barrier(8)
    made, errors = [], []

    def build(n: int) -> None:
        barrier.wait()
        try:
            made.append(lazy(n))
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=build, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and sorted(r.a for r in made) == list(range(8))


def test_the_rules_records_once_made_are_the_frozen_dataclasses_they_declare():
    first_use.ready_all(RULES_CLASSES)
    for cls in RULES_CLASSES:
        assert "__dataclass_fields__" in vars(cls) and "__init__" in vars(cls), cls
        assert cls.__dataclass_params__.frozen, cls
    assert state.Attendance("present") == state.Attendance("present", None, None)


def test_a_class_with_an_init_of_its_own_is_refused():
    class Own:
        def __init__(self) -> None:
            pass

    with pytest.raises(AssertionError):
        frozen_on_first_use(Own)
