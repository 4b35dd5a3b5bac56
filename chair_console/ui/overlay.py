"""The stream overlay: a frameless window for the broadcast PC, captured by the streaming software (window capture
with a chroma key on the key colour, docs/IT.md). A lower third with the speaker's name, group and time left, big
and readable on a dark bar, over a solid key colour (default #00b140 green; settings `overlay/key_colour`), and
nothing else. While a closed item is under way (R-3.7a, Reglement § 3.7: the stream is cut) it shows nothing of the
item: only «Lukket møte – sendingen er avbrutt».

What to show is decided by the same pure functions as the hall display (hall_cards.hall_card: a closed item wins
over everything; speech_view: the speaker and the clock from stored instants): the widget only lays it out.
`chair-console --role overlay` opens this window alone, with the console held (nothing is recorded); the main
window's View menu shows it too («Strømmegrafikk»)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QFont, QKeySequence, QMouseEvent, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from chair_console.procedure.state import MeetingState
from chair_console.procedure.timebase import Instant
from chair_console.ui import hall_cards as cards
from chair_console.ui.controller import MeetingController
from chair_console.ui.speech_view import clock_text, speech_view

log = logging.getLogger(__name__)

DEFAULT_KEY_COLOUR = "#00b140"  # chroma-key green
KEY_COLOUR_SETTING = "overlay/key_colour"
BAR_COLOUR = "#101820"  # the lower third's own background: dark, far from any key colour's hue
TEXT_COLOUR = "#ffffff"
CLOCK_COLOURS = {"normal": "#ffffff", "warning": "#ffb020", "overtime": "#ff6b6b"}


def key_colour(value: object) -> str:
    """The key colour as #rrggbb: `value` if it is a colour Qt knows (a name or #rgb/#rrggbb), else the default
    green (a bad setting is logged, never fatal: the stream must go on)."""
    if isinstance(value, str) and value.strip():
        colour = QColor(value.strip())
        if colour.isValid():
            return colour.name()
        log.warning("overlay key colour %r is not a colour; using %s", value, DEFAULT_KEY_COLOUR)
    return DEFAULT_KEY_COLOUR


@dataclass(frozen=True)
class LowerThird:
    """What the overlay shows now: a speaker (name, group, clock), the cut during a closed item, or nothing."""

    name: str = ""
    group: str = ""
    clock: str = ""
    clock_colour: str = "normal"
    cut: bool = False  # a closed item: «Lukket møte – sendingen er avbrutt» and nothing of it

    @property
    def empty(self) -> bool:
        return not self.cut and not self.name


NOTHING = LowerThird()
CUT = LowerThird(cut=True)


def lower_third(state: MeetingState, now: Instant, lang: str = "nb") -> LowerThird:
    """The overlay's content from the state and the clock: the hall display's card decides (a closed item first,
    R-3.7a; then adjournment and pauses, which show nothing here; then a speech under way)."""
    view = speech_view(state, now, lang)
    card = cards.hall_card(state, view.person is not None, None)
    if card == cards.CLOSED:
        return CUT
    if card != cards.SPEECH:
        return NOTHING
    colour = "overtime" if view.overtime else "warning" if view.warning else "normal"
    # the group's name in full on the stream («Arbeiderpartiet», not «A»: viewers do not know the hall's letters)
    council = state.council
    group = council.group(council.group_of(view.person)) if council is not None and view.person else None
    return LowerThird(view.name, group.name if group is not None else view.group, clock_text(view), colour)


class StreamOverlay(QWidget):
    """The overlay window. `allowed()`: whether the console's log may be shown (verified, not failed); otherwise
    only the key colour. `dismissed` is emitted when the window is closed (the View menu's action follows it)."""

    dismissed = Signal()
    keyColourChosen = Signal(str)  # the key colour chosen with the right-click menu (#rrggbb), to be remembered

    def __init__(self, controller: MeetingController, owner: QWidget | None = None,
                 colour: str = DEFAULT_KEY_COLOUR, allowed: Callable[[], bool] | None = None) -> None:
        super().__init__(owner, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("streamOverlay")
        self.controller = controller
        self.language = "nb"
        self._allowed = allowed or (lambda: True)
        self._drag: QPoint | None = None
        self.shown = NOTHING
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.bar = QWidget(self, objectName="overlayBar")
        self.bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.name = QLabel(objectName="overlaySpeaker")
        self.group = QLabel(objectName="overlayGroup")
        self.clock = QLabel(objectName="overlayClock")
        self.cut = QLabel(objectName="overlayCut")
        for lab in (self.name, self.group, self.cut):
            lab.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the window
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        who = QVBoxLayout()
        who.setSpacing(0)
        who.addWidget(self.name)
        who.addWidget(self.group)
        who.addWidget(self.cut)
        row = QHBoxLayout(self.bar)
        self._bar_layout = row
        row.addLayout(who, 1)
        row.addWidget(self.clock)
        outer = QVBoxLayout(self)
        self._outer = outer
        outer.addStretch(1)  # the key colour above: the lower third sits at the bottom
        outer.addWidget(self.bar)
        self.set_key_colour(colour)
        controller.stateChanged.connect(lambda _s: self._refresh_if_shown())
        self._timer = QTimer(self, interval=200)  # the clock: computed from stored instants at each tick
        self._timer.timeout.connect(self._refresh_if_shown)
        self._timer.start()
        QShortcut(QKeySequence("Ctrl+Q"), self, activated=self.close)
        # the broadcast PC has no menu bar: a right click chooses the key colour (a studio with green in the picture)
        self.key_colour_action = QAction(self, objectName="overlayKeyColourAction")
        self.key_colour_action.triggered.connect(self.choose_key_colour)
        self.close_action = QAction(self, objectName="overlayCloseAction")  # Ctrl+Q: the shortcut above
        self.close_action.triggered.connect(self.close)
        self.addActions([self.key_colour_action, self.close_action])
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.resize(1280, 720)
        self._scale()
        self.refresh()

    # -- what it shows ----------------------------------------------------------------------------------------

    def set_key_colour(self, colour: str) -> None:
        self.key_colour = key_colour(colour)
        self.setStyleSheet(
            f"#streamOverlay {{ background: {self.key_colour}; }} "
            f"#overlayBar {{ background: {BAR_COLOUR}; }} QLabel {{ color: {TEXT_COLOUR}; background: transparent; }}")

    def choose_key_colour(self) -> bool:
        """Right click → «Nøkkelfarge …»: a colour dialog; the colour is used at once and remembered (settings
        `overlay/key_colour`, by the main window). False when cancelled."""
        from chair_console.ui import dialogs

        chosen = dialogs.choose_colour(self, self.tr("Nøkkelfarge for strømmegrafikken"), self.key_colour)
        if chosen is None:
            return False
        self.set_key_colour(chosen)
        self.keyColourChosen.emit(self.key_colour)
        return True

    def refresh(self) -> None:
        """Show the lower third of the moment (only what changed is set: the tick repaints the clock alone)."""
        self.setWindowTitle(self.tr("Chair Console – strømmegrafikk"))
        self.key_colour_action.setText(self.tr("Nøkkelfarge …"))
        self.close_action.setText(self.tr("Lukk strømmegrafikken (Ctrl+Q)"))
        self.setAccessibleName(self.tr("Strømmegrafikk"))
        shown = lower_third(self.controller.state, self.controller.service.now(), self.language) \
            if self._allowed() else NOTHING
        self.shown = shown
        self.bar.setVisible(not shown.empty)
        self.name.setText(shown.name)
        self.group.setText(shown.group)
        self.clock.setText(shown.clock)
        self.cut.setText(self.tr("Lukket møte – sendingen er avbrutt") if shown.cut else "")
        for lab in (self.name, self.group, self.clock, self.cut):
            lab.setVisible(bool(lab.text()))
        style = f"color: {CLOCK_COLOURS[shown.clock_colour]};"
        if self.clock.styleSheet() != style:  # re-polished only when the colour changes
            self.clock.setStyleSheet(style)

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def _scale(self) -> None:
        """Letters as a share of the window's height (as the hall display's), readable on a phone's stream."""
        for lab, share, bold in ((self.name, 0.075, True), (self.group, 0.05, False), (self.clock, 0.1, True),
                                 (self.cut, 0.06, True)):
            font = QFont(lab.font())
            font.setPixelSize(cards.scaled_pixels(self, share))
            font.setBold(bold)
            lab.setFont(font)
        margin = cards.scaled_pixels(self, 0.04)
        self._outer.setContentsMargins(margin, margin, margin, margin)
        self._bar_layout.setContentsMargins(margin, margin // 2, margin, margin // 2)

    # -- the window: frameless, moved by dragging, closed with Ctrl+Q (or the window manager) -------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.refresh()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._scale()
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        super().closeEvent(event)
        self.dismissed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = event.globalPosition().toPoint() - self.frameGeometry().topLeft()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.move(event.globalPosition().toPoint() - self._drag)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._drag = None
        super().mouseReleaseEvent(event)
