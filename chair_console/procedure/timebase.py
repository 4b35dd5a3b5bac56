"""Instants and elapsed time.

Timer events store instants, never ticks. An instant carries the wall clock (for
the record) and the monotonic clock with the boot it belongs to (for durations).
Two instants from the same boot are compared on the monotonic clock, which never
jumps; instants from different boots (the laptop was restarted) fall back to the
wall clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True)
class Instant:
    """A moment as both wall-clock time and monotonic clock reading."""

    wall_us: int  # microseconds since the Unix epoch, UTC
    mono_ns: int  # monotonic clock, nanoseconds, valid within `boot`
    boot: str  # identifies the monotonic clock's epoch (the machine's boot)

    def to_dict(self) -> dict:
        return {"wall_us": self.wall_us, "mono_ns": self.mono_ns, "boot": self.boot}

    @classmethod
    def from_dict(cls, data: dict) -> "Instant":
        return cls(int(data["wall_us"]), int(data["mono_ns"]), str(data["boot"]))

    def as_datetime(self) -> datetime:
        return datetime.fromtimestamp(self.wall_us / 1_000_000, tz=timezone.utc)


def elapsed_seconds(start: Instant, now: Instant) -> float:
    """Seconds from `start` to `now`; monotonic within a boot, wall clock across boots."""
    if start.boot == now.boot:
        return (now.mono_ns - start.mono_ns) / 1_000_000_000
    return (now.wall_us - start.wall_us) / 1_000_000
