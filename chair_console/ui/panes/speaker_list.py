"""The speakers list drawn large (issue 17): each row in the group's colour, who is next, the time allowed and how
many times the person has spoken on the item. The facts come from procedure.speaker_rules.entry_facts; this
delegate only draws them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

LIST_POINT_SIZE = 18  # ≥ 18 pt at 1366×768 (issue 17)
FALLBACK_COLOUR = "#4b5563"  # independents, the city government and groups without a colour

ENTRY_ROLE = Qt.ItemDataRole.UserRole  # the queue entry's id (the pane's actions use it)
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 1
NEXT_ROLE = Qt.ItemDataRole.UserRole + 2
MAIN_ROLE = Qt.ItemDataRole.UserRole + 3  # «1. Name (A)»
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 4  # «Hovedinnlegg · 3:00 · talt 1 gang»


def list_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSize(max(LIST_POINT_SIZE, base.pointSize()))
    return font


class SpeakerRowDelegate(QStyledItemDelegate):
    """Two lines per speaker: the name large and bold, with a bar in the group's colour and «NESTE» for the next;
    below, the kind of speech, the time allowed and the times spoken."""

    BAR = 10
    PAD = 6

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802, ANN001
        main = list_font(option.font)
        main.setBold(True)
        small = QFont(main)
        small.setBold(False)
        small.setPointSize(max(12, main.pointSize() * 2 // 3))
        height = QFontMetrics(main).height() + QFontMetrics(small).height() + 3 * self.PAD
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # noqa: ANN001
        self.initStyleOption(option, index)
        painter.save()
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect
        colour = QColor(index.data(COLOUR_ROLE) or FALLBACK_COLOUR)
        painter.fillRect(QRect(rect.left() + 2, rect.top() + 3, self.BAR, rect.height() - 6), colour)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.highlightedText().color() if selected else option.palette.text().color()
        main = list_font(option.font)
        main.setBold(True)
        small = QFont(main)
        small.setBold(False)
        small.setPointSize(max(12, main.pointSize() * 2 // 3))
        left = rect.left() + self.BAR + 2 * self.PAD
        main_h = QFontMetrics(main).height()
        top = QRect(left, rect.top() + self.PAD, rect.right() - left - self.PAD, main_h)
        painter.setFont(main)
        painter.setPen(text_colour)
        if index.data(NEXT_ROLE):
            badge = QCoreApplication.translate("SpeakerList", "NESTE")
            width = QFontMetrics(small).horizontalAdvance(badge) + 2 * self.PAD
            box = QRect(top.right() - width, top.top(), width, main_h)
            painter.fillRect(box, QColor("#1d4ed8"))
            painter.setFont(small)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge)
            painter.setFont(main)
            painter.setPen(text_colour)
            top.setRight(box.left() - self.PAD)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(main).elidedText(index.data(MAIN_ROLE) or "", Qt.TextElideMode.ElideRight,
                                                       top.width()))
        painter.setFont(small)
        below = QRect(left, top.bottom() + self.PAD, rect.right() - left - self.PAD,
                      rect.bottom() - top.bottom() - self.PAD)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(small).elidedText(index.data(DETAIL_ROLE) or "", Qt.TextElideMode.ElideRight,
                                                        below.width()))
        painter.restore()
