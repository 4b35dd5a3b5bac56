"""Display names for codes (item kinds, absence reasons, phases, roles), in Bokmål for translation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from chair_console.procedure import agenda as kinds

CONTEXT = "Labels"

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

ABSENCE_REASONS = {
    "sykdom": QT_TRANSLATE_NOOP("Labels", "Sykdom"),
    "velferd": QT_TRANSLATE_NOOP("Labels", "Velferd"),
    "omsorg": QT_TRANSLATE_NOOP("Labels", "Omsorg"),
    "uoppsettelig_arbeid": QT_TRANSLATE_NOOP("Labels", "Uoppsettelig arbeid"),
    "not_reported": QT_TRANSLATE_NOOP("Labels", "Ikke meldt"),
}

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


def label(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code

ATTENDANCE = {
    "present": QT_TRANSLATE_NOOP("Labels", "Til stede"),
    "absent": QT_TRANSLATE_NOOP("Labels", "Forfall"),
    "left": QT_TRANSLATE_NOOP("Labels", "Gått ut"),
    "left_for_rest": QT_TRANSLATE_NOOP("Labels", "Gått for resten av møtet"),
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
