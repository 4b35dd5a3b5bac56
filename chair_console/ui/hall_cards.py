"""The hall display's cards (issue 17): which card the meeting's phase calls for, and the painted parts of
them — the time of day in a corner, the vote result chart with its legend. Colours are the Okabe–Ito
palette, which colour-blind viewers tell apart, and never colour alone: «for» is solid with ✓, «against»
hatched with ✗, «blank» dotted."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from chair_console.procedure import events as ev
from chair_console.procedure.agenda import VOTING
from chair_console.procedure.agenda_rules import blocked_urgent_matter
from chair_console.procedure.state import MeetingState, Phase
from chair_console.procedure.votes import VoteResult

# Okabe–Ito: sky blue and orange stay apart in every common colour-vision deficiency, and on black
FOR_COLOUR, AGAINST_COLOUR, BLANK_COLOUR = QColor("#56b4e9"), QColor("#e69f00"), QColor("#bbbbbb")
FOR_SIGN, AGAINST_SIGN, BLANK_SIGN = "✓", "✗", "○"

# the cards, in the order of the hall display's stacked pages
SPEECH, VOTING_CARD, RESULT, PAUSE, CLOSED, ADJOURNED, IDLE = (
    "speech", "voting", "result", "pause", "closed", "adjourned", "idle")

RESUME_KEYS = ("resumes_at", "resume_at", "resumes", "until", "resume")


def hall_card(state: MeetingState, speaking: bool, last_kind: str | None) -> str:
    """The card the hall shows now. A closed item wins over everything (R-3.7a); then the meeting's own phase
    (adjourned, paused or suspended); then a speech under way; then a vote; else the idle card."""
    item = state.item(state.current_item)
    if item is not None and item.closed:
        return CLOSED
    if state.phase is Phase.ADJOURNED:
        return ADJOURNED
    if state.phase in (Phase.PAUSED, Phase.SUSPENDED):
        return PAUSE
    if speaking:
        return SPEECH
    if item is None or blocked_urgent_matter(state, item.id):  # R-3.2c: no vote there: the idle card
        return IDLE
    if state.status(item.id) == VOTING and next_subject(state, item.id) is not None and last_kind != ev.VOTE_RECORDED:
        return VOTING_CARD  # the proposal being voted on; the result card once it is recorded
    if state.final_votes(item.id):
        return RESULT
    return IDLE


def next_subject(state: MeetingState, item_id: str) -> str | None:
    """The first subject of the voting order not yet voted on."""
    voted = {s for v in state.final_votes(item_id) for s in v.subjects}
    return next((s for s in state.voting_subjects(item_id) if s not in voted), None)


def counts(vote: VoteResult) -> tuple[int, int, int] | None:
    """(for, against, blank) of a single-subject vote; None for an alternative vote."""
    if not vote.single or len(vote.tally) < 2:
        return None
    yes, no = vote.tally[0], vote.tally[1]
    blank = vote.extra.get("blank") if isinstance(vote.extra, dict) else None
    if not isinstance(blank, int):
        blank = max(0, vote.eligible - yes - no)
    return yes, no, blank


def resume_time(payload: object) -> str | None:
    """«14:30» from a pause's payload if it says when the meeting resumes (an «HH:MM» or ISO time)."""
    if not isinstance(payload, dict):
        return None
    for key in RESUME_KEYS:
        value = payload.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        value = value.strip()
        if re.fullmatch(r"\d{1,2}[:.]\d{2}", value):
            return value.replace(".", ":").zfill(5)
        try:
            return datetime.fromisoformat(value).strftime("%H:%M")
        except ValueError:
            continue
    return None


def last_pause_payload(log: Sequence) -> dict | None:
    """The payload of the latest «meeting.paused» in the log, if any."""
    for event in reversed(log):
        if event.kind == ev.MEETING_PAUSED:
            return dict(event.payload)
    return None


def scaled_pixels(widget: QWidget, share: float) -> int:
    """A font size that is `share` of the window's height, as if it were 16:9 (a narrow window scales down)."""
    h = min(widget.height(), widget.width() * 9 / 16)
    return max(10, int(max(200, h) * share))


class TimeOfDay(QWidget):
    """The time of day in the hall's corner. Painted, not a label: it shows on every card, the closed one too,
    and tells nothing of any item."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, objectName="hallTimeOfDay")
        self._text = ""
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setAccessibleName(text)
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        font = p.font()
        font.setPixelSize(max(10, int(self.height() * 0.8)))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("#d0d0d0"))
        p.drawText(self.rect(), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self._text)
        p.end()


class ResultChart(QWidget):
    """For and against per group, with a legend: bars sky blue and solid with ✓ (for), orange and hatched
    with ✗ (against), each with its number above it."""

    def __init__(self, translate: Callable[[str], str]) -> None:
        super().__init__(objectName="hallResultChart")
        self.translate = translate
        self.rows: list[tuple[str, int, int]] = []
        self.setMinimumHeight(80)

    def show_rows(self, rows: list[tuple[str, int, int]]) -> None:
        if rows == self.rows:  # repainted only when the numbers change
            return
        self.rows = rows
        self.update()

    def legend(self) -> list[str]:
        return [f"{FOR_SIGN} {self.translate('For')}", f"{AGAINST_SIGN} {self.translate('Mot')}"]

    @staticmethod
    def fill(p: QPainter, rect: QRectF, against: bool) -> None:
        """Solid sky blue for «for»; orange hatched with black for «against»: told apart without colour too."""
        p.fillRect(rect, AGAINST_COLOUR if against else FOR_COLOUR)
        if against:
            p.fillRect(rect, QBrush(QColor("#000000"), Qt.BrushStyle.BDiagPattern))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        if not self.rows:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        text_h = max(12, min(h * 0.12, w / (len(self.rows) * 4.5)))
        font = p.font()
        font.setPixelSize(int(text_h * 0.8))
        font.setBold(True)
        p.setFont(font)
        white = QColor("#ffffff")
        # the legend, on top
        x = 0.0
        for i, caption in enumerate(self.legend()):
            swatch = QRectF(x, 2, text_h * 1.4, text_h * 0.9)
            self.fill(p, swatch, i == 1)
            p.setPen(AGAINST_COLOUR if i else FOR_COLOUR)
            p.drawRect(swatch)
            p.setPen(white)
            width = p.fontMetrics().horizontalAdvance(caption) + 8
            p.drawText(QRectF(swatch.right() + 8, 0, width, text_h), Qt.AlignmentFlag.AlignVCenter, caption)
            x = swatch.right() + 8 + width + text_h
        top = text_h * 2.6  # legend, and room for the numbers over the tallest bar
        bottom = h - text_h * 1.3
        biggest = max(max(y, n) for _, y, n in self.rows) or 1
        slot = w / len(self.rows)
        bar = slot * 0.34
        for i, (abbr, yes, no) in enumerate(self.rows):
            left = i * slot + (slot - 2 * bar - 4) / 2
            for j, (count, sign) in enumerate(((yes, FOR_SIGN), (no, AGAINST_SIGN))):
                height = (bottom - top) * count / biggest
                rect = QRectF(left + j * (bar + 4), bottom - height, bar, height)
                if count:
                    self.fill(p, rect, j == 1)
                    p.setPen(AGAINST_COLOUR if j else FOR_COLOUR)
                    p.drawRect(rect)
                p.setPen(white)
                p.drawText(QRectF(rect.x() - 20, rect.y() - text_h * 1.2, bar + 40, text_h * 1.1),
                           Qt.AlignmentFlag.AlignCenter, f"{sign}{count}")
            p.setPen(white)
            p.drawText(QRectF(i * slot, bottom + 2, slot, text_h * 1.2), Qt.AlignmentFlag.AlignCenter, abbr)
        p.end()
