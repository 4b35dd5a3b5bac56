"""R-5.5b in the panes: when the person chairing is given the floor in the debate, who chairs meanwhile. The rules
(procedure/attendance.py: stand_ins, hand_over_for_speech) decide; this only asks the chair and names the person
in the speech's own event (`chair_to`), so the handover is undone with the speech and the chair goes back from the
log when the speech ends."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QWidget

from chair_console.messages import describe
from chair_console.procedure import attendance, speaker_rules
from chair_console.procedure.speakers import QueueEntry
from chair_console.procedure.state import MeetingState
from chair_console.ui import dialogs


def handover_payload(widget: QWidget, state: MeetingState, refused: SignalInstance,
                     entry: QueueEntry | None) -> dict | None:
    """The extra payload for giving `entry` the floor in `state` (the state once the speech under way has ended):
    {} (no handover), {"chair_to": id}, or None when the floor cannot be given now (nobody may chair meanwhile: the
    election is asked for on `refused`; or the chair said no in a meeting of rules version 2)."""
    if entry is None or state.chair is None or entry.person != state.chair.person:
        return {}
    item = state.item(entry.item)
    if item is None or speaker_rules.chair_may_speak(item, entry):  # R-5.5b: answering stays the chair's
        return {}
    council = state.council
    stand_ins = attendance.stand_ins(state, entry.person)
    if not stand_ins:
        if state.rules < 2:  # release 0.1.0 proposed nothing here
            return {}
        office = attendance.needed_office(state)
        refused.emit(
            describe("speaker.chair_cannot_debate", {"person": council.name_of(entry.person)}) + " "
            + QCoreApplication.translate(
                "ChairHandover",
                "Ingen som kan lede møtet, er til stede: bystyret velger {office} først (R-3.1a). Registrer valget i "
                "valgdelen av Votering, med vervet «{office}».",
            ).format(office=office)
        )
        return None
    deputy = stand_ins[0]
    if dialogs.ask(
        widget,
        QCoreApplication.translate("ChairHandover", "Møteledelsen"),
        QCoreApplication.translate("ChairHandover", "{chair} tar ordet. Skal {deputy} lede møtet så lenge? (R-5.5b)").format(
            chair=council.name_of(entry.person), deputy=council.name_of(deputy)
        ),
        QCoreApplication.translate("ChairHandover", "Ja"),
        QCoreApplication.translate("ChairHandover", "Nei"),
    ):
        return {"chair_to": deputy}
    if state.rules < 2:
        return {}
    refused.emit(describe("speaker.chair_cannot_debate", {"person": council.name_of(entry.person)}))
    return None
