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

Some actions a secretary records carry a field that is the chair's decision all the same (`CHAIRS_CHOICES`): a
speaker put on the list with the chair's exception for a closing speech the rules give nobody (`override`,
`override_reason`, R-5.3b), and a voting order without the council's decision (`method` left out: that is the
chair's proposal of the order, R-3.3e; the secretary records the council's decision on it). Such a payload from another
station is refused (`station.chairs_choice`, naming the action, the choice and the rule) before anything is written.

Undo: a station undoes (and redoes) its own actions; the chair's station may undo any station's. The correcting
event's actor says who undid what (procedure/reducer.py folds it; the log keeps both).

`may_record(station, kind)` and `may_set(station, kind, key)` answer from the tables; `check_record` and
`check_correction` raise the refusals (`station.not_allowed`, `station.chairs_choice`, `station.undo_not_own`) that
services/meeting_service.py enforces before anything is written. `markdown_table()` is the tables as docs/IT.md
shows them (tests/procedure/test_stations.py keeps the doc true)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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


@dataclass(frozen=True)
class ChairsChoice:
    """A payload field of an action other stations may record that is the chair's to decide all the same.
    `given`: refused when the field is given (any value but null, false or empty); otherwise refused when it is
    left out (absent or null). `name` says what the choice is (a «Labels» source text), `rule` where it comes from."""

    key: str
    given: bool
    name: str
    rule: str

    def made_by(self, payload: Mapping[str, Any]) -> bool:
        """Whether `payload` makes this choice."""
        value = payload.get(self.key)
        if self.given:
            return value not in (None, False, "")
        return value is None


# kind: the fields of its payload that only the chair's station may give (or leave out). A kind the chair alone
# records needs no row: the station table refuses it whole.
CHAIRS_CHOICES: dict[str, tuple[ChairsChoice, ...]] = {
    # R-5.3b: a closing speech the rules give nobody (no committee behind the item) is the chair's exception
    ev.SPEAKER_ADDED: (
        ChairsChoice("override", True, QT_TRANSLATE_NOOP("Labels", "et avsluttende innlegg som reglementet ikke gir"),
                     "R-5.3b"),
        ChairsChoice("override_reason", True,
                     QT_TRANSLATE_NOOP("Labels", "et avsluttende innlegg som reglementet ikke gir"), "R-5.3b"),
    ),
    # R-3.3e «Bystyret avgjør voteringsorden etter forslag fra ordføreren»: an order without the council's decision
    # (`method`) is the chair's proposal; another station records the council's decision on it
    ev.VOTING_ORDER_SET: (
        ChairsChoice("method", False, QT_TRANSLATE_NOOP("Labels", "forslaget til voteringsorden"), "R-3.3e"),
    ),
}


def may_record(station: str, kind: str) -> bool:
    """Whether `station` may record an event of `kind` (False for an unknown station or kind)."""
    row = TABLE.get(kind)
    return row is not None and station in row[1]


def action_name(kind: str) -> str:
    """The action's Bokmål name (a «Labels» source text), or the kind itself when it has none."""
    row = TABLE.get(kind)
    return row[0] if row is not None else kind


def may_set(station: str, kind: str, key: str) -> bool:
    """Whether `station` may record `kind` with `key` as the chair would set it (given, or left out): False where
    the field is the chair's choice (`CHAIRS_CHOICES`) and this is not the chair's station, or the kind is not the
    station's at all."""
    if not may_record(station, kind):
        return False
    return station == CHAIR or all(c.key != key for c in CHAIRS_CHOICES.get(kind, ()))


def choice_name(kind: str, key: str) -> str:
    """What the chair's choice in `key` of `kind` is (a «Labels» source text), or the key itself."""
    return next((c.name for c in CHAIRS_CHOICES.get(kind, ()) if c.key == key), key)


def check_record(station: str, kind: str, payload: Mapping[str, Any] | None = None) -> None:
    """Refuse what the station may not record: an action outside its role (RuleViolation `station.not_allowed`,
    naming the action and the station), or, from any station but the chair's, a payload that makes a choice that is
    the chair's (`station.chairs_choice`, naming the action, the station, the field and the rule)."""
    if not may_record(station, kind):
        raise RuleViolation("station.not_allowed", action=kind, station=station)
    if station == CHAIR:
        return
    given = {} if payload is None else payload
    if not isinstance(given, Mapping):
        return  # a payload that is no object is refused by the reducer (payload.invalid)
    for choice in CHAIRS_CHOICES.get(kind, ()):
        if choice.made_by(given):
            raise RuleViolation("station.chairs_choice", action=kind, station=station, field=choice.key,
                                rule=choice.rule)


def check_correction(station: str, target: "Event | None") -> None:
    """An undo or redo of `target`: the chair's station corrects any station's action, every other station only
    its own (`station.undo_not_own`, naming whose it was). A target that is not in the log is left to the reducer
    (`undo.nothing_to_undo`)."""
    if station == CHAIR or target is None or target.actor == station:
        return
    raise RuleViolation("station.undo_not_own", station=station, owner=target.actor, seq=target.seq,
                        action=target.kind)


def markdown_table() -> str:
    """The tables as docs/IT.md shows them: one row per event kind, in the order above; then the chair's choices
    in the payload of an action other stations may record, one row per field."""
    lines = ["| event kind | action | " + " | ".join(STATIONS) + " |", "|---|---|" + "---|" * len(STATIONS)]
    for kind, (name, allowed) in TABLE.items():
        marks = " | ".join("yes" if s in allowed else "–" for s in STATIONS)
        lines.append(f"| `{kind}` | {name} | {marks} |")
    lines += ["", "| event kind | payload field | refused from | the chair's choice | rule |", "|---|---|---|---|---|"]
    for kind, choices in CHAIRS_CHOICES.items():
        others = ", ".join(s for s in STATIONS if s != CHAIR and s in TABLE[kind][1])
        for c in choices:
            field = f"`{c.key}` given" if c.given else f"`{c.key}` left out"
            lines.append(f"| `{kind}` | {field} | {others} | {c.name} | {c.rule} |")
    return "\n".join(lines)
