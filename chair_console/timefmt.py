"""Durations as the console shows them (m:ss, h:mm:ss). Plain Python, used by the panes and the minutes."""

from __future__ import annotations


def mmss(seconds: float | None, signed: bool = False) -> str:
    """«3:00»; None shows «–»; negative values show as «-0:40» when signed, else as 0:00."""
    if seconds is None:
        return "–"
    sign = "-" if signed and seconds < 0 else ""
    s = abs(int(seconds)) if signed else max(0, int(seconds))
    return f"{sign}{s // 60}:{s % 60:02d}"


def hms(seconds: float) -> str:
    s = max(0, int(seconds))
    return f"{s // 3600:d}:{s % 3600 // 60:02d}:{s % 60:02d}"
