"""Meeting events: the append-only log that the meeting state is folded from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from chair_console.procedure.timebase import Instant

# Who did it. The podium laptop acts as the chair; secretaries record attendance and votes.
ACTORS = frozenset({"chair", "secretary", "system"})

# -- event kinds ---------------------------------------------------------------
MEETING_CREATED = "meeting.created"  # snapshot of council, particulars, agenda
MEETING_OPENED = "meeting.opened"  # R-5.1a «Møtet er satt»
MEETING_ADJOURNED = "meeting.adjourned"  # «Møtet er hevet»
MEMBER_PRESENT = "attendance.present"  # {member}
MEMBER_ABSENT = "attendance.absent"  # {member, reason} R-4a
MEMBER_LEFT = "attendance.left"  # {member, rest_of_meeting: bool}
SUBSTITUTE_SEATED = "substitute.seated"  # {seat, substitute} R-4b
SUBSTITUTE_LEFT = "substitute.left"  # {substitute}
GOVERNMENT_PRESENT = "government.present"  # {person} R-1b
GOVERNMENT_LEFT = "government.left"  # {person}
CHAIR_TAKEN = "chair.taken"  # {person} R-3.1a, R-5.5b
DISQUALIFIED = "item.disqualified"  # {person, item, basis} R-3.10a
ITEM_OPENED = "agenda.item_opened"  # {item}
UNDONE = "log.undone"  # {target}: a correcting event; nothing is ever deleted
REDONE = "log.redone"  # {target}: reinstates an undone event

CORRECTIONS = frozenset({UNDONE, REDONE})


@dataclass(frozen=True)
class Event:
    seq: int  # 1, 2, 3 … within the meeting
    kind: str
    payload: Mapping[str, Any] = field(default_factory=dict)
    actor: str = "chair"
    at: Instant = Instant(0, 0, "")
