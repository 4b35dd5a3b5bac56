"""The six panes the console is built around. Each shows meeting state and sends actions
through the controller; later issues fill them out."""

from __future__ import annotations

from importlib import import_module

# Each pane's module is imported when its class is first asked for (`from chair_console.ui.panes import VotesPane`
# still works): importing one pane does not import them all, so a start-up builds the first frame from the current
# phase's panes only (chair_console/ui/main_window.py, issue 17).
_MODULES = {
    "AgendaPane": "agenda",
    "CountdownPane": "countdown",
    "QuestionHourPane": "question_hour",
    "RollCallPane": "roll_call",
    "SeatChartPane": "seat_chart",
    "SpeakersPane": "speakers",
    "VotesPane": "votes",
}

__all__ = ["AgendaPane", "CountdownPane", "QuestionHourPane", "RollCallPane", "SeatChartPane", "SpeakersPane", "VotesPane"]


def __getattr__(name: str) -> type:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)
