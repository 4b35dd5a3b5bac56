"""The Norwegian words for the codes the record uses — item kinds, absence reasons, attendance, phases, roles,
item and question statuses, speech kinds — in one table shared by the interface's labels (ui/labels.py, which
translates them) and the minutes (which are kept in Bokmål and use them in running text), plus the long
Norwegian date («2. desember 2026»). Pure Python: no Qt here.

The sources are marked with a QT_TRANSLATE_NOOP of our own (a no-op, defined below) so that Qt's lupdate still
finds them in this file under the context «Labels»; the English is in resources/translations."""

from __future__ import annotations

from datetime import date

from chair_console.procedure import agenda as kinds

CONTEXT = "Labels"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for translation in `context` (lupdate reads the call); returns it unchanged."""
    return text


ITEM_KINDS = {
    kinds.COMMITTEE_CASE: QT_TRANSLATE_NOOP("Labels", "Utvalgssak"),
    kinds.WORKING_GROUP_CASE: QT_TRANSLATE_NOOP("Labels", "Sak med arbeidsgruppe"),
    kinds.CONTROL_COMMITTEE_CASE: QT_TRANSLATE_NOOP("Labels", "Kontrollutvalgssak"),
    kinds.PRIVATE_PROPOSAL: QT_TRANSLATE_NOOP("Labels", "Privat forslag"),
    kinds.INTERPELLATION: QT_TRANSLATE_NOOP("Labels", "Interpellasjon"),
    kinds.ORAL_STATEMENT: QT_TRANSLATE_NOOP("Labels", "Muntlig redegjørelse"),
    kinds.QUESTION_HOUR: QT_TRANSLATE_NOOP("Labels", "Spørretime"),
    kinds.URGENT_MATTER: QT_TRANSLATE_NOOP("Labels", "Aktuell sak"),
    kinds.OTHER: QT_TRANSLATE_NOOP("Labels", "Annet"),
}

ABSENCE_REASONS = {  # R-4a
    "sykdom": QT_TRANSLATE_NOOP("Labels", "Sykdom"),
    "velferd": QT_TRANSLATE_NOOP("Labels", "Velferd"),
    "omsorg": QT_TRANSLATE_NOOP("Labels", "Omsorg"),
    "uoppsettelig_arbeid": QT_TRANSLATE_NOOP("Labels", "Uoppsettelig arbeid"),
    "not_reported": QT_TRANSLATE_NOOP("Labels", "Ikke meldt"),
}
HEALTH_REASONS = frozenset({"sykdom"})  # health data: never in the public edition

PHASES = {
    "not_started": QT_TRANSLATE_NOOP("Labels", "Ikke satt"),
    "open": QT_TRANSLATE_NOOP("Labels", "Møtet er satt"),
    "paused": QT_TRANSLATE_NOOP("Labels", "Pause"),
    "suspended": QT_TRANSLATE_NOOP("Labels", "Forhandlingene avbrutt (R-11a)"),
    "adjourned": QT_TRANSLATE_NOOP("Labels", "Møtet er hevet"),
}

ROLES = {
    "chair": QT_TRANSLATE_NOOP("Labels", "Møteleder"),
    "secretary": QT_TRANSLATE_NOOP("Labels", "Sekretær"),
}

NOT_RECORDED = "not_recorded"  # a member never marked in the roll call
ATTENDANCE = {
    "present": QT_TRANSLATE_NOOP("Labels", "Til stede"),
    "absent": QT_TRANSLATE_NOOP("Labels", "Forfall"),
    "left": QT_TRANSLATE_NOOP("Labels", "Gått ut"),
    "left_for_rest": QT_TRANSLATE_NOOP("Labels", "Gått for resten av møtet"),
    "excluded": QT_TRANSLATE_NOOP("Labels", "Utestengt fra møtet"),  # R-5.6a
    NOT_RECORDED: QT_TRANSLATE_NOOP("Labels", "Ikke registrert"),
}

CHAIR_CAPACITIES = {
    "ordfører": QT_TRANSLATE_NOOP("Labels", "ordfører"),
    "varaordfører": QT_TRANSLATE_NOOP("Labels", "varaordfører"),
    "settevaraordfører": QT_TRANSLATE_NOOP("Labels", "settevaraordfører"),
    "særskilt møteleder": QT_TRANSLATE_NOOP("Labels", "særskilt møteleder"),
}

ITEM_STATUSES = {
    "not_started": QT_TRANSLATE_NOOP("Labels", "Ikke behandlet"),
    "in_debate": QT_TRANSLATE_NOOP("Labels", "Til debatt"),
    "voting": QT_TRANSLATE_NOOP("Labels", "Votering"),
    "decided": QT_TRANSLATE_NOOP("Labels", "Avgjort"),
    "postponed": QT_TRANSLATE_NOOP("Labels", "Utsatt"),
    "sent_to_committee": QT_TRANSLATE_NOOP("Labels", "Sendt til utvalg"),
}

SPEECH_KINDS = {
    "main": QT_TRANSLATE_NOOP("Labels", "Innlegg"),
    "one_minute": QT_TRANSLATE_NOOP("Labels", "Ett minutt"),
    "reply": QT_TRANSLATE_NOOP("Labels", "Replikk"),
    "answer": QT_TRANSLATE_NOOP("Labels", "Svar på replikk"),
    "closing": QT_TRANSLATE_NOOP("Labels", "Avsluttende innlegg"),
    "government": QT_TRANSLATE_NOOP("Labels", "Byrådsinnlegg"),
    "question": QT_TRANSLATE_NOOP("Labels", "Spørsmål"),
    "qh_answer": QT_TRANSLATE_NOOP("Labels", "Svar"),
    "supplementary": QT_TRANSLATE_NOOP("Labels", "Tilleggsspørsmål"),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "Oppfølgingsspørsmål"),
}

QUESTION_STATUSES = {
    "waiting": QT_TRANSLATE_NOOP("Labels", "Venter"),
    "running": QT_TRANSLATE_NOOP("Labels", "Pågår"),
    "done": QT_TRANSLATE_NOOP("Labels", "Besvart"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Ikke besvart (avslått)"),
    "not_reached": QT_TRANSLATE_NOOP("Labels", "Ikke nådd"),
}

MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember")


def word(table: dict[str, str], code: str | None) -> str:
    """The Bokmål word for `code` as the label shows it («Sykdom»); the code itself when the table lacks it."""
    if code is None:
        return ""
    return table.get(code, code)


def in_text(table: dict[str, str], code: str | None) -> str:
    """The word as it stands inside a sentence of the minutes: «sykdom», «uoppsettelig arbeid», «ikke meldt»."""
    text = word(table, code)
    return text[:1].lower() + text[1:]


def long_date(iso: str) -> str:
    """«2026-12-02» → «2. desember 2026» (a text that is not an ISO date is returned as it is)."""
    try:
        day = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"
