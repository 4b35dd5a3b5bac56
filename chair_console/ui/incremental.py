"""Incremental views (issue 17): a view compares the parts of the meeting state it shows with the ones it showed
last, and does nothing when they are the same.

The reducer keeps every part of MeetingState that an event did not touch (the same object), so identity is a
cheap and exact «unchanged»; an undo replays the log and gives new objects everywhere: every view is redrawn."""

from __future__ import annotations

from dataclasses import fields

from chair_console.procedure.state import MeetingState

#: the fields that a speech's events change (F8, F7, F6, speakers added, moved or removed, order warnings, the
#: chair's handover for a speech): a view that shows none of them skips those events
SPEAKING = frozenset({"queues", "speech", "speeches", "warnings", "paused_speech", "chair_handover"})
#: bookkeeping that changes with every event and that no view shows
BOOKKEEPING = frozenset({"last_seq", "undone"})


def state_slice(state: MeetingState, ignores: frozenset[str] = frozenset()) -> tuple:
    """The parts of `state` a view shows: every field but `ignores` and BOOKKEEPING (so that a field added to the
    state later is shown by default, never forgotten)."""
    skip = ignores | BOOKKEEPING
    return tuple(getattr(state, f.name) for f in fields(state) if f.name not in skip)


def same_slice(a: tuple | None, b: tuple | None) -> bool:
    """Both slices hold the very same objects (None, nothing shown yet: never the same)."""
    return a is not None and b is not None and len(a) == len(b) and all(x is y for x, y in zip(a, b))
