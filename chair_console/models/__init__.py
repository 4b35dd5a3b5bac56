"""SQLAlchemy rows: the council's reference data and the meetings' event logs."""

from chair_console.models.base import Base
from chair_console.models.council import (
    CommitteeRow,
    CouncilTermRow,
    GovernmentMemberRow,
    GroupRow,
    MemberRow,
    SubstituteRow,
)
from chair_console.models.meeting import EventRow, MeetingRow

__all__ = [
    "Base",
    "CommitteeRow",
    "CouncilTermRow",
    "EventRow",
    "GovernmentMemberRow",
    "GroupRow",
    "MeetingRow",
    "MemberRow",
    "SubstituteRow",
]
