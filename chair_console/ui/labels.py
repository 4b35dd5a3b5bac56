"""Display names for codes (item kinds, absence reasons, phases, roles), in Bokmål for translation.

The words themselves are in procedure/words.py, one table shared with the minutes; here they are translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from chair_console.procedure import words
from chair_console.procedure.words import (
    ABSENCE_REASONS,
    ATTENDANCE,
    CHAIR_CAPACITIES,
    ITEM_KINDS,
    ITEM_STATUSES,
    PHASES,
    QUESTION_STATUSES,
    ROLES,
    SPEECH_KINDS,
)

CONTEXT = words.CONTEXT

__all__ = ["ABSENCE_REASONS", "ATTENDANCE", "CHAIR_CAPACITIES", "CONTEXT", "ITEM_KINDS", "ITEM_STATUSES", "PHASES",
           "QUESTION_STATUSES", "ROLES", "SPEECH_KINDS", "label"]


def label(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code
