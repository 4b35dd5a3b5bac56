"""`evolve`: `dataclasses.replace` for the rules' frozen values, without the cost of re-running `__init__`.

Reopening a meeting replays its whole log, and each event makes a new `MeetingState` (some 45 fields) and
often a new speech, queue entry or vote: `dataclasses.replace` builds every one through `__init__`, field by
field, which was about half of the replay of a two-day budget meeting (3,000 events). `evolve` copies the
instance's fields and sets the changed ones: the same value, a new object, nothing shared that could change
(the values are frozen). Classes for which a plain copy would not be the same as `replace` (a
`__post_init__`, a field that `__init__` does not take, `__slots__`) and unknown field names go to
`dataclasses.replace`, which behaves (and fails) as before. Anything cached on an instance (a
`functools.cached_property`) is not carried over: only fields are."""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

T = TypeVar("T")

_FIELD_NAMES: dict[type, frozenset[str] | None] = {}  # per class: its field names, or None (use replace)


def _field_names(cls: type) -> frozenset[str] | None:
    try:
        return _FIELD_NAMES[cls]
    except KeyError:
        pass
    plain = (
        is_dataclass(cls)
        and not hasattr(cls, "__post_init__")
        and "__slots__" not in cls.__dict__
        and all(f.init for f in fields(cls))
    )
    names = frozenset(f.name for f in fields(cls)) if plain else None
    _FIELD_NAMES[cls] = names
    return names


def evolve(obj: T, /, **changes: Any) -> T:
    """A copy of the frozen dataclass instance `obj` with `changes`: equal to `dataclasses.replace(obj, **changes)`."""
    cls = obj.__class__
    names = _field_names(cls)
    if names is None or not names.issuperset(changes):
        return replace(obj, **changes)  # type: ignore[type-var]
    values = obj.__dict__.copy()
    if len(values) != len(names):  # something cached on the instance: carry over only the fields
        values = {name: values[name] for name in names}
    values.update(changes)
    new = object.__new__(cls)
    new.__dict__.update(values)  # frozen: set through __dict__, as dataclasses' own __init__ does in effect
    return new
