"""Stations and roles: which station of the hall may record which action. One table; pure Python.

Several stations work on one meeting (issue 19):

- **chair** — the podium: the chair leads the meeting and may record every action;
- **secretary** — the secretaries beside the podium: the roll call (§ 4: absences are reported to the
  secretariat, R-4a; the roll call itself is the chair's, R-5.1a, and the secretary records it as it is read),
  the city government present, substitutes (R-4b), who asked for the floor (put on or taken off the speaker list:
  the order is the rules' proposal, R-5.3a, and giving the floor is the chair's), proposals tabled and withdrawn
  (R-3.4a), the voting order as
  the council decided it on the chair's proposal (R-3.3e), votes and their counts, elections' counts and lots,
  proposals forwarded as the council decided, the decision text, questions registered for the question hour and
  who answers them (R-6a), the agenda as the secretariat prepared it (before any item is dealt with), remarks to
  the notice (R-3.6a) and corrections to the record after the meeting;
- **display** (the hall display) and **overlay** (the stream's graphics) — read only: they record nothing.

What is the chair's own stays with the chair's station: the course of the meeting (setting it, pauses,
adjournment), who chairs (R-3.1a), taking up, closing and postponing items and the doors (R-3.7a), moving a
speaker against the proposed order, giving the floor and each speech, the order of the questions («Ordføreren bestemmer spørsmålenes rekkefølge», R-6a) and
each step of the question hour, urgent matters and the objections to them (R-3.2c), exclusions and
disqualifications, whether a closed item's decision is published (R-3.6c), and declaring an item decided.

Undo: a station undoes (and redoes) its own actions; the chair's station may undo any station's. The correcting
event's actor says who undid what (procedure/reducer.py folds it; the log keeps both).

`may_record(station, kind)` answers from the table; `check_record` and `check_correction` raise the refusals
(`station.not_allowed`, `station.undo_not_own`) that services/meeting_service.py enforces before anything is
written. `markdown_table()` is the table as docs/IT.md shows it (tests/procedure/test_stations.py keeps the doc
true)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation

if TYPE_CHECKING:
    from chair_console.procedure.events import Event

CHAIR = "chair"
SECRETARY = "secretary"
DISPLAY = "display"
OVERLAY = "overlay"
STATIONS = (CHAIR, SECRETARY, DISPLAY, OVERLAY)
READ_ONLY = frozenset({DISPLAY, OVERLAY})


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for translation in `context` (lupdate reads the call); returns it unchanged."""
    return text


# The stations' names as a refusal names them (context «Labels», translated by messages.py).
STATION_NAMES = {
    CHAIR: QT_TRANSLATE_NOOP("Labels", "møtelederens stasjon"),
    SECRETARY: QT_TRANSLATE_NOOP("Labels", "sekretærens stasjon"),
    DISPLAY: QT_TRANSLATE_NOOP("Labels", "salskjermen"),
    OVERLAY: QT_TRANSLATE_NOOP("Labels", "strømmegrafikken"),
}

_C = frozenset({CHAIR})
_CS = frozenset({CHAIR, SECRETARY})

# kind: (the action's name, the stations that may record it). Every event kind has a row (a test checks).
TABLE: dict[str, tuple[str, frozenset[str]]] = {
    # the meeting's course
    ev.MEETING_CREATED: (QT_TRANSLATE_NOOP("Labels", "opprette møtet"), _CS),
    ev.MEETING_OPENED: (QT_TRANSLATE_NOOP("Labels", "sette møtet"), _C),
    ev.MEETING_PAUSED: (QT_TRANSLATE_NOOP("Labels", "pause i møtet"), _C),
    ev.MEETING_RESUMED: (QT_TRANSLATE_NOOP("Labels", "fortsette møtet"), _C),
    ev.MEETING_ADJOURNED: (QT_TRANSLATE_NOOP("Labels", "heve møtet"), _C),
    ev.SITTING_CONTINUED: (QT_TRANSLATE_NOOP("Labels", "fortsette møtet en annen dag"), _C),
    ev.NOTICE_REMARKS: (QT_TRANSLATE_NOOP("Labels", "merknader til innkalling og saksliste"), _CS),
    ev.CORRECTION_NOTED: (QT_TRANSLATE_NOOP("Labels", "rettelse etter møtet"), _CS),
    # attendance and who chairs
    ev.MEMBER_PRESENT: (QT_TRANSLATE_NOOP("Labels", "registrere til stede"), _CS),
    ev.MEMBER_ABSENT: (QT_TRANSLATE_NOOP("Labels", "registrere forfall"), _CS),
    ev.MEMBER_LEFT: (QT_TRANSLATE_NOOP("Labels", "registrere at et medlem gikk"), _CS),
    ev.SUBSTITUTE_SEATED: (QT_TRANSLATE_NOOP("Labels", "innkalle varamedlem"), _CS),
    ev.SUBSTITUTE_LEFT: (QT_TRANSLATE_NOOP("Labels", "registrere at et varamedlem gikk"), _CS),
    ev.GOVERNMENT_PRESENT: (QT_TRANSLATE_NOOP("Labels", "registrere byrådet til stede"), _CS),
    ev.GOVERNMENT_LEFT: (QT_TRANSLATE_NOOP("Labels", "registrere at et byrådsmedlem gikk"), _CS),
    ev.CHAIR_TAKEN: (QT_TRANSLATE_NOOP("Labels", "overta møteledelsen"), _C),
    ev.MEMBER_EXCLUDED: (QT_TRANSLATE_NOOP("Labels", "utestenge et medlem"), _C),
    ev.DISQUALIFIED: (QT_TRANSLATE_NOOP("Labels", "avgjøre habilitet"), _C),
    # the agenda's items
    ev.AGENDA_SET: (QT_TRANSLATE_NOOP("Labels", "lese inn sakslisten"), _CS),
    ev.AGENDA_REORDERED: (QT_TRANSLATE_NOOP("Labels", "endre rekkefølgen på sakslisten"), _C),
    ev.URGENT_MATTER_ADDED: (QT_TRANSLATE_NOOP("Labels", "ta opp en aktuell sak"), _C),
    ev.ITEM_SETTINGS_CHANGED: (QT_TRANSLATE_NOOP("Labels", "endre taletiden i saken"), _C),
    ev.CLOSED_DECIDED: (QT_TRANSLATE_NOOP("Labels", "lukke møtet"), _C),
    ev.ITEM_OPENED: (QT_TRANSLATE_NOOP("Labels", "ta opp saken"), _C),
    ev.DEBATE_CLOSED: (QT_TRANSLATE_NOOP("Labels", "avslutte debatten"), _C),
    ev.ITEM_POSTPONED: (QT_TRANSLATE_NOOP("Labels", "utsette saken"), _C),
    ev.ITEM_SENT_TO_COMMITTEE: (QT_TRANSLATE_NOOP("Labels", "sende saken til utvalg"), _C),
    ev.ITEM_DECIDED: (QT_TRANSLATE_NOOP("Labels", "avslutte saken"), _C),
    ev.DECISION_PUBLIC: (QT_TRANSLATE_NOOP("Labels", "vedtak i lukket sak i den offentlige møteboken"), _C),
    # speakers and speeches
    ev.SPEAKER_ADDED: (QT_TRANSLATE_NOOP("Labels", "sette på talerlisten"), _CS),
    ev.SPEAKER_REMOVED: (QT_TRANSLATE_NOOP("Labels", "ta av talerlisten"), _CS),
    ev.SPEAKER_MOVED: (QT_TRANSLATE_NOOP("Labels", "flytte på talerlisten"), _C),
    ev.SPEECH_STARTED: (QT_TRANSLATE_NOOP("Labels", "gi ordet"), _C),
    ev.SPEECH_PAUSED: (QT_TRANSLATE_NOOP("Labels", "stoppe taletiden"), _C),
    ev.SPEECH_RESUMED: (QT_TRANSLATE_NOOP("Labels", "fortsette taletiden"), _C),
    ev.SPEECH_ENDED: (QT_TRANSLATE_NOOP("Labels", "avslutte innlegget"), _C),
    ev.SPEECH_NEXT: (QT_TRANSLATE_NOOP("Labels", "neste taler"), _C),
    ev.ORDER_WARNING: (QT_TRANSLATE_NOOP("Labels", "advare en taler"), _C),
    # proposals, votes and elections
    ev.PROPOSAL_TABLED: (QT_TRANSLATE_NOOP("Labels", "registrere forslag"), _CS),
    ev.PROPOSAL_WITHDRAWN: (QT_TRANSLATE_NOOP("Labels", "trekke forslag"), _CS),
    ev.PROPOSAL_FORWARDED: (QT_TRANSLATE_NOOP("Labels", "oversende forslag til byrådet"), _CS),
    ev.VOTING_ORDER_SET: (QT_TRANSLATE_NOOP("Labels", "voteringsorden"), _CS),
    ev.VOTE_RECORDED: (QT_TRANSLATE_NOOP("Labels", "registrere votering"), _CS),
    ev.DECISION_TEXT_SET: (QT_TRANSLATE_NOOP("Labels", "vedtakstekst"), _CS),
    ev.URGENT_OBJECTIONS: (QT_TRANSLATE_NOOP("Labels", "protester mot vedtak i aktuell sak"), _C),
    ev.ELECTION_ROUND: (QT_TRANSLATE_NOOP("Labels", "registrere valgomgang"), _CS),
    ev.ELECTION_LOT: (QT_TRANSLATE_NOOP("Labels", "registrere loddtrekning"), _CS),
    ev.ELECTION_PROPORTIONAL: (QT_TRANSLATE_NOOP("Labels", "registrere forholdsvalg"), _CS),
    # the question hour
    ev.QUESTION_REGISTERED: (QT_TRANSLATE_NOOP("Labels", "registrere spørsmål"), _CS),
    ev.QUESTION_ANSWERER_SET: (QT_TRANSLATE_NOOP("Labels", "hvem som svarer på spørsmålet"), _CS),
    ev.QUESTIONS_ORDERED: (QT_TRANSLATE_NOOP("Labels", "spørsmålenes rekkefølge"), _C),
    ev.QUESTION_FOLLOW_UP: (QT_TRANSLATE_NOOP("Labels", "oppfølgingsspørsmål"), _C),
    ev.QUESTION_STEP: (QT_TRANSLATE_NOOP("Labels", "neste trinn i spørretimen"), _C),
    ev.QUESTION_DECLINED: (QT_TRANSLATE_NOOP("Labels", "avstå fra å svare"), _C),
    ev.QUESTION_HOUR_ENDED: (QT_TRANSLATE_NOOP("Labels", "avslutte spørretimen"), _C),
    # corrections: each station its own (check_correction), the chair any
    ev.UNDONE: (QT_TRANSLATE_NOOP("Labels", "angre"), _CS),
    ev.REDONE: (QT_TRANSLATE_NOOP("Labels", "gjøre om"), _CS),
}


def may_record(station: str, kind: str) -> bool:
    """Whether `station` may record an event of `kind` (False for an unknown station or kind)."""
    row = TABLE.get(kind)
    return row is not None and station in row[1]


def action_name(kind: str) -> str:
    """The action's Bokmål name (a «Labels» source text), or the kind itself when it has none."""
    row = TABLE.get(kind)
    return row[0] if row is not None else kind


def check_record(station: str, kind: str) -> None:
    """Refuse (RuleViolation `station.not_allowed`, naming the action and the station) what the station may not
    record."""
    if not may_record(station, kind):
        raise RuleViolation("station.not_allowed", action=kind, station=station)


def check_correction(station: str, target: "Event | None") -> None:
    """An undo or redo of `target`: the chair's station corrects any station's action, every other station only
    its own (`station.undo_not_own`, naming whose it was). A target that is not in the log is left to the reducer
    (`undo.nothing_to_undo`)."""
    if station == CHAIR or target is None or target.actor == station:
        return
    raise RuleViolation("station.undo_not_own", station=station, owner=target.actor, seq=target.seq,
                        action=target.kind)


def markdown_table() -> str:
    """The table as docs/IT.md shows it: one row per event kind, in the order above."""
    lines = ["| event kind | action | " + " | ".join(STATIONS) + " |", "|---|---|" + "---|" * len(STATIONS)]
    for kind, (name, allowed) in TABLE.items():
        marks = " | ".join("yes" if s in allowed else "–" for s in STATIONS)
        lines.append(f"| `{kind}` | {name} | {marks} |")
    return "\n".join(lines)
