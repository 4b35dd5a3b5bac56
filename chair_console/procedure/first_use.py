"""Frozen dataclasses made when first used (issue 17).

`dataclass` writes and compiles a class's `__init__`, `__repr__`, `__eq__`, `__hash__` and `__setattr__` when the
class is defined: some 0.3–0.9 ms a class, paid at every start for every class the rules declare, though a start
builds instances of only a few of them (the demo's first frame none of a speech, a vote, a quorum …). A class
declared `@frozen_on_first_use` becomes the frozen dataclass it declares when its first instance is built (or
`ready(cls)` is called); once made, it is exactly what `@dataclass(frozen=True)` makes of it. Until then nothing
can tell the difference: no instance exists, and the class's name, methods and annotations are already there.
The class may not define `__init__` itself (the dataclass's is the one).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, TypeVar

C = TypeVar("C", bound=type)

_PENDING: set[type] = set()  # classes declared, not yet made dataclasses
# A station's copy (services/store station_copy) replays events in a thread of its own: a class is made under this
# lock, so no thread sees one half made.
_READYING = threading.RLock()


def frozen_on_first_use(cls: C) -> C:
    """Class decorator: `cls` is made `dataclass(frozen=True)` when its first instance is built."""
    assert "__init__" not in vars(cls), f"{cls.__name__} defines __init__: use @dataclass"
    cls.__init__ = _made_when_first_built  # type: ignore[misc]  # until ready() replaces it with the dataclass's
    _PENDING.add(cls)
    return cls


def ready(cls: type) -> None:
    """Make `cls` (and any pending base of it) the frozen dataclass it declares, if it is not made yet."""
    if cls not in _PENDING:
        return
    with _READYING:
        if cls not in _PENDING:
            return
        for base in reversed(cls.__mro__[1:]):
            ready(base)
        del cls.__init__  # `dataclass` adds its own only to a class without one
        dataclass(frozen=True)(cls)
        _PENDING.discard(cls)


def ready_all() -> None:
    """Make every declared class its dataclass now (a test; or a warm-up once the first frame is up)."""
    for cls in list(_PENDING):
        ready(cls)


def _made_when_first_built(self: Any, *args: Any, **kwargs: Any) -> None:  # noqa: ANN401
    """`__init__` of a class not made a dataclass yet: makes it one, then initialises as it would."""
    ready(type(self))
    type(self).__init__(self, *args, **kwargs)
