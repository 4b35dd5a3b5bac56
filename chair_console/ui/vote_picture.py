"""A picture of a vote: for and against by group, one bar per group (on the votes pane and hall display)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from chair_console.procedure.state import MeetingState
from chair_console.procedure.votes import VoteResult

FOR, AGAINST = QColor("#1b6e20"), QColor("#b00020")


def by_group(state: MeetingState, vote: VoteResult) -> list[tuple[str, int, int]]:
    """(group abbreviation, for, against) in group order; needs names (voters) for a single subject."""
    council = state.council
    if vote.voters is None or len(vote.voters) != 2:
        return []
    rows = []
    for group in council.groups_in_order():
        yes = sum(1 for p in vote.voters[0] if council.group_of(p) == group.id)
        no = sum(1 for p in vote.voters[1] if council.group_of(p) == group.id)
        if yes or no:
            rows.append((group.abbreviation, yes, no))
    ind_yes = sum(1 for p in vote.voters[0] if council.group_of(p) is None)
    ind_no = sum(1 for p in vote.voters[1] if council.group_of(p) is None)
    if ind_yes or ind_no:
        rows.append(("uavh.", ind_yes, ind_no))
    return rows


class VotePicture(QWidget):
    def __init__(self, dark: bool = False) -> None:
        super().__init__(objectName="votePicture")
        self.dark = dark
        self.rows: list[tuple[str, int, int]] = []
        self.setMinimumHeight(120)

    def show_vote(self, state: MeetingState, vote: VoteResult | None) -> None:
        self.rows = by_group(state, vote) if vote is not None else []
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.rows:
            return
        w, h = self.width(), self.height()
        label_h = max(14, h * 0.14)
        top = 6
        biggest = max(max(y, n) for _, y, n in self.rows) or 1
        slot = w / len(self.rows)
        bar = slot * 0.32
        font = p.font()
        font.setPixelSize(max(10, int(label_h * 0.7)))
        p.setFont(font)
        for i, (abbr, yes, no) in enumerate(self.rows):
            x = i * slot + (slot - 2 * bar - 2) / 2  # the pair of bars centred over the group's name
            for j, (count, colour) in enumerate(((yes, FOR), (no, AGAINST))):
                height = (h - label_h - top - 16) * count / biggest
                rect = QRectF(x + j * (bar + 2), h - label_h - height, bar, height)
                p.fillRect(rect, colour)
                p.setPen(QColor("#ffffff") if self.dark else QColor("#111111"))
                if count:
                    p.drawText(QRectF(rect.x() - 4, rect.y() - 16, bar + 8, 14), Qt.AlignmentFlag.AlignCenter, str(count))
            p.setPen(QColor("#ffffff") if self.dark else QColor("#111111"))
            p.drawText(QRectF(i * slot, h - label_h, slot, label_h), Qt.AlignmentFlag.AlignCenter, abbr)
        p.end()
