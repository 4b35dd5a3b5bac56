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
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from collections.abc import Iterable

C = TypeVar("C", bound=type)

_PENDING = "__made_on_first_use__"  # on a declared class not made a dataclass yet: the lock it is made under
# (a station's copy replays events in a thread of its own: a class is made under its lock, so no thread sees one
# half made). The class itself says whether it is pending: no registry outside it.


def frozen_on_first_use(cls: C) -> C:
    """Class decorator: `cls` is made `dataclass(frozen=True)` when its first instance is built."""
    assert "__init__" not in vars(cls), f"{cls.__name__} defines __init__: use @dataclass"
    cls.__init__ = _made_when_first_built  # type: ignore[misc]  # until ready() replaces it with the dataclass's
    setattr(cls, _PENDING, threading.RLock())
    return cls


def pending(cls: type) -> bool:
    """Whether `cls` is declared `@frozen_on_first_use` and not made its dataclass yet."""
    return _PENDING in vars(cls)


def ready(cls: type) -> None:
    """Make `cls` (and any pending base of it) the frozen dataclass it declares, if it is not made yet."""
    lock = vars(cls).get(_PENDING)
    if lock is None:
        return
    with lock:
        if not pending(cls):
            return
        for base in reversed(cls.__mro__[1:]):
            ready(base)
        del cls.__init__  # `dataclass` adds its own only to a class without one
        dataclass(frozen=True)(cls)
        delattr(cls, _PENDING)


def ready_all(classes: "Iterable[type]") -> None:
    """Make each of `classes` its dataclass now (a test; or a warm-up once the first frame is up)."""
    for cls in classes:
        ready(cls)


def _made_when_first_built(self: Any, *args: Any, **kwargs: Any) -> None:  # noqa: ANN401
    """`__init__` of a class not made a dataclass yet: makes it one, then initialises as it would."""
    for cls in reversed(type(self).__mro__):  # the class and any pending base (also under an undecorated subclass)
        ready(cls)
    type(self).__init__(self, *args, **kwargs)
