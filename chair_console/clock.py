"""The system clock, giving instants (see procedure/timebase.py). Injectable for tests and simulation."""

from __future__ import annotations

import time
from pathlib import Path

from chair_console.procedure.timebase import Instant


def _boot_id() -> str:
    # Linux names each boot; the monotonic clock is valid across processes within one boot.
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        # Elsewhere we only trust the monotonic clock within this process.
        import uuid

        return f"proc-{uuid.uuid4()}"


class SystemClock:
    def __init__(self) -> None:
        self.boot = _boot_id()

    def now(self) -> Instant:
        return Instant(time.time_ns() // 1000, time.monotonic_ns(), self.boot)
