"""The seat chart: the hall as the chair sees it, one mark per seat in group sectors (R-10a).

Filled in the group's colour: the member is in the seat. Filled with a white centre: a substitute
sits there. Open ring: absent or gone out. Grey: not yet recorded. A dark ring marks the chair;
a stroke across marks a member disqualified in the item under debate (R-3.10a)."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from chair_console.procedure.state import MeetingState
from chair_console.ui.labels import ATTENDANCE, label

ROWS = 4
FALLBACK_COLOUR = "#4b5563"  # independents and groups without a colour


def hemicycle(n: int, rows: int = ROWS) -> list[tuple[float, float]]:
    """Seat positions in unit coordinates (x in [-1, 1], y up from the rostrum), left to right."""
    if n <= 0:
        return []
    rows = max(1, min(rows, n))
    radii = [0.42 + 0.58 * i / max(1, rows - 1) for i in range(rows)]
    total = sum(radii)
    counts = [max(1, round(n * r / total)) for r in radii]
    counts[-1] += n - sum(counts)
    seats = []
    for r, k in zip(radii, counts):
        for j in range(k):
            theta = math.pi * (1 - (j / (k - 1) if k > 1 else 0.5))
            seats.append((theta, r))
    seats.sort(key=lambda s: (-round(s[0], 9), s[1]))  # sectors run left to right, front to back
    return [(r * math.cos(t), r * math.sin(t)) for t, r in seats]


class SeatChart(QWidget):
    seatClicked = Signal(str)  # member id of the seat
    seatDoubleClicked = Signal(str)  # member id of the seat: put whoever sits there on the speaker list

    def __init__(self) -> None:
        super().__init__(objectName="seatChart")
        self.setMinimumSize(280, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._state = MeetingState()
        self._seated: dict[str, str] = {}  # seat -> who sits in it (state.seated(), once per state)
        self._shown: tuple | None = None  # the parts of the state drawn now
        self._seats: list[str] = []  # member ids in seating order
        self._marks: list[tuple[QPointF, float]] = []

    # -- data ----------------------------------------------------------------------

    def set_state(self, state: MeetingState) -> None:
        """Repainted only when what it draws changed: the seats, who sits where, the chair, who is disqualified."""
        shown = (state.council, state.attendance, state.substitutions, state.chair, state.disqualified,
                 state.current_item)
        self._state = state
        if self._shown is not None and all(a is b for a, b in zip(shown, self._shown)):
            return
        self._shown = shown
        self._seated = state.seated()
        self._seats = [m.id for m in state.council.seating()] if state.council else []
        self.update()

    def seat_kind(self, seat: str) -> str:
        """present | substitute | away | unrecorded — what the mark shows."""
        sitting = self._seated.get(seat)
        if sitting == seat:
            return "present"
        if sitting is not None:
            return "substitute"
        return "away" if seat in self._state.attendance else "unrecorded"

    def seat_position(self, seat: str) -> QPointF | None:
        """Centre of a seat's mark in widget coordinates (for tests and hit-testing)."""
        self._layout()
        try:
            return self._marks[self._seats.index(seat)][0]
        except (ValueError, IndexError):
            return None

    def seat_at(self, point: QPointF) -> str | None:
        self._layout()
        for seat, (centre, radius) in zip(self._seats, self._marks):
            if (centre - point).manhattanLength() <= radius * 1.6:
                return seat
        return None

    # -- geometry ------------------------------------------------------------------

    def _layout(self) -> None:
        w, h = self.width(), self.height() - self._legend_height()  # room for the legend
        scale = max(10.0, min(w / 2.3, h / 1.1))
        origin = QPointF(w / 2, h - 0.02 * scale)
        radius = max(3.0, scale * 0.046)
        self._marks = [
            (QPointF(origin.x() + x * scale, origin.y() - y * scale), radius)
            for x, y in hemicycle(len(self._seats))
        ]

    # -- painting ------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        self._layout()
        council = self._state.council
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#fbfbf8"))
        chair = self._state.chair.person if self._state.chair else None
        disqualified = set(self._state.disqualified.get(self._state.current_item or "", {}))
        for seat, (centre, r) in zip(self._seats, self._marks):
            group = council.group(council.member(seat).group_id) if council else None
            colour = QColor(group.colour if group and group.colour else FALLBACK_COLOUR)
            kind = self.seat_kind(seat)
            sitting = self._seated.get(seat)
            if kind == "unrecorded":
                p.setPen(QPen(QColor("#b9bcc2"), 1.2))
                p.setBrush(QColor("#e3e5e8"))
            elif kind == "away":
                p.setPen(QPen(colour, max(1.5, r * 0.28)))
                p.setBrush(QColor("#ffffff"))
            else:
                p.setPen(QPen(colour.darker(130), 1.0))
                p.setBrush(colour)
            p.drawEllipse(centre, r, r)
            if kind == "substitute":
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor("#ffffff"))
                p.drawEllipse(centre, r * 0.42, r * 0.42)
            if sitting is not None and sitting == chair:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(QColor("#111111"), max(1.5, r * 0.3)))
                p.drawEllipse(centre, r * 1.45, r * 1.45)
            if sitting is not None and sitting in disqualified:
                p.setPen(QPen(QColor("#111111"), max(1.5, r * 0.25)))
                p.drawLine(centre + QPointF(-r, -r), centre + QPointF(r, r))
        self._paint_legend(p)
        p.end()

    # -- the legend: the marks' meanings and the count present, on one row, or two when the chart is narrow --------

    LEGEND_ROW = 18.0

    def _legend_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return font

    def _legend_items(self) -> list[tuple[str, str, str]]:
        return [
            ("#4a6fa5", "fill", self.tr("Til stede")),
            ("#4a6fa5", "sub", self.tr("Vara")),
            ("#4a6fa5", "ring", self.tr("Borte")),
            ("#e3e5e8", "fill", self.tr("Ikke registrert")),
        ]

    def _summary(self) -> tuple[str, bool]:
        q = self._state.quorum(self._state.current_item)
        return self.tr("{present} av {seats}").format(present=q.present, seats=q.seats), q.ok

    def legend_geometry(self) -> tuple[list[tuple[QPointF, QRectF]], QRectF]:
        """Each legend entry's mark centre and text rectangle, and the rectangle of the count present: the count
        at the right of the legend's row, or on a row of its own below it when both do not fit side by side
        (a narrow seat chart at 1366×768), never over a label."""
        metrics = QFontMetrics(self._legend_font())
        widths = [metrics.horizontalAdvance(text) for *_, text in self._legend_items()]
        summary_width = metrics.horizontalAdvance(self._summary()[0])
        legend_end = 8.0 + sum(13 + w + 16 for w in widths) - 16
        two_rows = legend_end + 12 + summary_width + 10 > self.width()
        y = self.height() - 11.0 - (self.LEGEND_ROW if two_rows else 0.0)
        entries, x = [], 8.0
        for width in widths:
            entries.append((QPointF(x + 5, y), QRectF(x + 13, y - 8, width + 4, 16)))
            x += 13 + width + 16
        summary_y = self.height() - 11.0
        summary = QRectF(self.width() - summary_width - 10, summary_y - 8, summary_width + 4, 16)
        return entries, summary

    def _legend_height(self) -> float:
        entries, summary = self.legend_geometry()
        return 22.0 + (self.LEGEND_ROW if entries and entries[0][1].top() < summary.top() else 0.0)

    def _paint_legend(self, p: QPainter) -> None:
        p.setFont(self._legend_font())
        entries, summary_rect = self.legend_geometry()
        for (colour, style, text), (centre, rect) in zip(self._legend_items(), entries):
            c = QColor(colour)
            p.setPen(QPen(c, 2) if style == "ring" else QPen(c.darker(130), 1))
            p.setBrush(QColor("#ffffff") if style == "ring" else c)
            p.drawEllipse(centre, 5, 5)
            if style == "sub":
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor("#ffffff"))
                p.drawEllipse(centre, 2, 2)
            p.setPen(QColor("#333333"))
            p.drawText(rect, Qt.AlignmentFlag.AlignVCenter, text)
        summary, ok = self._summary()
        p.setPen(QColor("#1b6e20") if ok else QColor("#b00020"))
        p.drawText(summary_rect, Qt.AlignmentFlag.AlignVCenter, summary)

    # -- interaction ---------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        seat = self.seat_at(event.position())
        if seat is not None:
            self.seatClicked.emit(seat)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        seat = self.seat_at(event.position())
        if seat is not None:
            self.seatDoubleClicked.emit(seat)
        super().mouseDoubleClickEvent(event)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            seat = self.seat_at(QPointF(e.pos()))
            council = self._state.council
            if seat is not None and council is not None:
                QToolTip.showText(e.globalPos(), self._tooltip(seat), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def _tooltip(self, seat: str) -> str:
        council = self._state.council
        member = council.member(seat)
        abbr = council.group_mark(seat, self.tr("Uavh."))
        sitting = self._seated.get(seat)
        if sitting is not None and sitting != seat:
            return self.tr("{sub} møter for {name} ({group})").format(
                sub=council.name_of(sitting), name=member.name, group=abbr
            )
        a = self._state.attendance.get(seat)
        status = label(ATTENDANCE, a.status) if a else self.tr("Ikke registrert")
        return f"{member.name} ({abbr}) – {status}"

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)
