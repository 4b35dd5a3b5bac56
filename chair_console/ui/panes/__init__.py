"""The six panes the console is built around. Each shows meeting state and sends actions
through the controller; later issues fill them out."""

from chair_console.ui.panes.agenda import AgendaPane
from chair_console.ui.panes.countdown import CountdownPane
from chair_console.ui.panes.question_hour import QuestionHourPane
from chair_console.ui.panes.roll_call import RollCallPane
from chair_console.ui.panes.seat_chart import SeatChartPane
from chair_console.ui.panes.speakers import SpeakersPane
from chair_console.ui.panes.votes import VotesPane

__all__ = ["AgendaPane", "CountdownPane", "QuestionHourPane", "RollCallPane", "SeatChartPane", "SpeakersPane", "VotesPane"]
