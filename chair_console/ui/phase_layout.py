"""A layout per phase of the meeting (issue 17): which panes the window shows, where, and how wide.

The window follows the meeting by itself — the chair never hunts for a pane — and each phase puts its own
controls first, sized so that on a podium laptop (1366×768 at 100 %, 1920×1080 at 150 % = 1280×720) every control
of the phase is fully visible without scrolling. The chair can still move panes; the next phase lays the window
out again (View → «Oppsettet følger møtet» turns this off, and the chair's own layout is then kept)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from chair_console.procedure import chair_script as cs
from chair_console.procedure.cockpit import CLOSED_ITEM

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea


@dataclass(frozen=True)
class Column:
    """One column of panes beside the current item: `tabs` share it as tabs (the first in front); `below` are
    stacked under them, `below_share` of the column's height."""

    area: Qt.DockWidgetArea
    tabs: tuple[str, ...]
    share: float  # of the window's width
    below: tuple[str, ...] = ()
    below_share: float = 0.6


# -- the chair's cockpit (podium) -------------------------------------------------------------------------------
_ROLL_CALL = (Column(LEFT, ("rollCallPane", "agendaPane"), 0.44), Column(RIGHT, ("seatChartPane",), 0.27))
_BETWEEN = (Column(LEFT, ("agendaPane", "rollCallPane"), 0.44), Column(RIGHT, ("seatChartPane",), 0.27))
_QUESTION_HOUR = (Column(LEFT, ("questionHourPane", "agendaPane"), 0.5),
                  Column(RIGHT, ("seatChartPane",), 0.24))
_DEBATE = (Column(LEFT, ("speakersPane", "agendaPane", "rollCallPane"), 0.34),
           Column(RIGHT, ("seatChartPane",), 0.35, below=("countdownPane",), below_share=0.64))
_VOTING = (Column(LEFT, ("votesPane", "agendaPane", "speakersPane", "rollCallPane"), 0.75),)
_ADJOURNED = (Column(LEFT, ("agendaPane", "rollCallPane"), 0.5),)

CHAIR = {
    cs.ROLL_CALL: _ROLL_CALL,
    cs.OPEN: _BETWEEN,
    cs.DECIDED: _BETWEEN,
    cs.QUESTION_HOUR_PHASE: _QUESTION_HOUR,
    cs.DEBATE: _DEBATE,
    CLOSED_ITEM: _DEBATE,
    cs.VOTING_PHASE: _VOTING,
    cs.PAUSED: _BETWEEN,
    cs.SUSPENDED: _BETWEEN,
    cs.ADJOURNED: _ADJOURNED,
}

# -- the secretary's station beside the podium: roll call, votes, proposals and the decision text first --------
_S_ROLL_CALL = (Column(LEFT, ("rollCallPane", "agendaPane"), 0.5), Column(RIGHT, ("seatChartPane",), 0.27))
_S_MEETING = (Column(LEFT, ("rollCallPane", "speakersPane"), 0.44), Column(RIGHT, ("agendaPane",), 0.38))
_S_VOTING = (Column(LEFT, ("votesPane", "rollCallPane", "agendaPane"), 0.75),)

SECRETARY = {
    cs.ROLL_CALL: _S_ROLL_CALL,
    cs.OPEN: _S_MEETING,
    cs.DECIDED: _S_MEETING,
    cs.QUESTION_HOUR_PHASE: _S_MEETING,
    cs.DEBATE: _S_MEETING,
    CLOSED_ITEM: _S_MEETING,
    cs.VOTING_PHASE: _S_VOTING,
    cs.PAUSED: _S_MEETING,
    cs.SUSPENDED: _S_MEETING,
    cs.ADJOURNED: _ADJOURNED,
}

LAYOUTS = {"chair": CHAIR, "secretary": SECRETARY}


def columns_for(role: str, phase: str) -> tuple[Column, ...]:
    return LAYOUTS.get(role, CHAIR).get(phase, _BETWEEN)


def shown_panes(role: str, phase: str) -> tuple[str, ...]:
    """The panes of a phase, each column's front pane first."""
    return tuple(name for col in columns_for(role, phase) for name in (*col.tabs, *col.below))


def front_panes(role: str, phase: str) -> tuple[str, ...]:
    """The panes in front (not behind a tab) in a phase: their controls are the phase's and must all show."""
    return tuple(name for col in columns_for(role, phase) for name in (col.tabs[0], *col.below))


def apply_layout(window: QMainWindow, docks: dict[str, QDockWidget], columns: tuple[Column, ...]) -> None:
    """Put the docks where `columns` says, hide the others, and size the columns."""
    used = {name for col in columns for name in (*col.tabs, *col.below)}
    for name, dock in docks.items():
        if name not in used:
            dock.hide()
    for col in columns:
        for name in (*col.tabs, *col.below):
            window.removeDockWidget(docks[name])
    for col in columns:
        first = docks[col.tabs[0]]
        window.addDockWidget(col.area, first)
        first.setFloating(False)
        first.show()
        for name in col.tabs[1:]:
            window.tabifyDockWidget(first, docks[name])
            docks[name].show()
        for name in col.below:
            window.splitDockWidget(first, docks[name], Qt.Orientation.Vertical)
            docks[name].show()
        first.raise_()
    size_columns(window, docks, columns)


def size_columns(window: QMainWindow, docks: dict[str, QDockWidget], columns: tuple[Column, ...]) -> None:
    width = max(window.width(), 1)
    firsts = [docks[col.tabs[0]] for col in columns]
    window.resizeDocks(firsts, [int(width * col.share) for col in columns], Qt.Orientation.Horizontal)
    height = max(window.height(), 1)
    for col in columns:
        if col.below:
            stack = [docks[col.tabs[0]], *(docks[n] for n in col.below)]
            below = int(height * col.below_share / len(col.below))
            window.resizeDocks(stack, [height - below * len(col.below)] + [below] * len(col.below),
                               Qt.Orientation.Vertical)
