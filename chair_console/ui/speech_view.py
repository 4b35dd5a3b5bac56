"""What the countdown shows, computed from the committed state and the clock (shared by the countdown
pane and the hall display). Time comes from stored instants, never from counting ticks."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from chair_console.procedure.state import MeetingState
from chair_console.procedure.timebase import Instant
from chair_console.procedure.vote_words import independent_mark

WARNING_SECONDS = 30


@dataclass(frozen=True)
class SpeechView:
    person: str | None
    name: str
    group: str  # abbreviation, or "" (city government: their title)
    kind: str | None
    seconds: float  # left (counting down), or over / spoken (counting up)
    limited: bool
    overtime: bool
    warning: bool  # the last 30 seconds
    paused: bool
    next_speakers: tuple[tuple[str, str], ...]  # (name, group) of the next three


def upcoming_text(view: SpeechView, separator: str = ", ") -> str:
    """«Neste: A (H), B (SV)» — the next three on the list, or nothing."""
    if not view.next_speakers:
        return ""
    names = separator.join(f"{n} ({g})" for n, g in view.next_speakers)
    return QCoreApplication.translate("SpeechView", "Neste: {names}").format(names=names)


def clock_text(view: SpeechView) -> str:
    s = math.ceil(view.seconds) if view.limited and not view.overtime else int(view.seconds)
    text = f"{s // 60}:{s % 60:02d}"
    return f"+{text}" if view.overtime else text


def speech_view(state: MeetingState, now: Instant, lang: str = "nb") -> SpeechView:
    """The speech now; a person in no group is marked in `lang` (the operator's, or the hall display's own)."""
    council = state.council
    queue = state.queues.get(state.current_item or "", ())

    def who(person: str) -> tuple[str, str]:
        if council is None:
            return person, ""
        gov = council.government_member(person)
        if gov is not None:
            return gov.name, gov.title
        return council.name_of(person), council.group_mark(person, independent_mark(lang))

    upcoming = tuple(who(e.person) for e in queue[:3])
    speech = state.speech
    if speech is None:
        return SpeechView(None, "", "", None, 0.0, False, False, False, False, upcoming)
    name, group = who(speech.entry.person)
    left = speech.remaining(now)
    if left is None:
        return SpeechView(speech.entry.person, name, group, speech.entry.kind, speech.used(now), False, False, False,
                          speech.paused, upcoming)
    return SpeechView(
        speech.entry.person, name, group, speech.entry.kind, abs(left), True, left < 0, 0 <= left <= WARNING_SECONDS,
        speech.paused, upcoming,
    )
