"""The minutes (møtebok) as PDF with reportlab (R-3.6a–c): the layout of the meeting's record
(procedure/record.py: who attended when, the items dealt with, speeches, votes and decisions, the question hour),
which this module does not compute again; the wording of votes and decisions comes from procedure/vote_words.py.

Public and internal versions: the public one leaves out the content of closed items (R-3.6c) and absence
reasons. A draft, marked «UTKAST» on every page, can be made at any time; the final after adjournment.
Fonts are embedded (DejaVu Sans from resources/fonts) so æøå print everywhere. No Qt here."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from chair_console import __version__
from chair_console.procedure.agenda import DECIDED, POSTPONED, SENT_TO_COMMITTEE, VOTING
from chair_console.procedure.agenda import QUESTION_HOUR  # noqa: I001
from chair_console.procedure.chain import short_hash
from chair_console.procedure.state import MeetingState
from chair_console.procedure.timebase import Instant
from chair_console.procedure.vote_words import subject_name
from chair_console.procedure.vote_words import decision_sentence  # noqa: I001
from chair_console.procedure.vote_words import election_sentence, proportional_sentence
from chair_console.procedure.vote_words import order_runs_name
from chair_console.procedure.vote_words import COUNCIL_DECIDES
from chair_console.procedure import words
from chair_console.procedure.agenda import INTERPELLATION, ORAL_STATEMENT
from chair_console.procedure.agenda import FINAL_STATUSES, URGENT_MATTER
from chair_console.procedure.voting import urgent_attending, urgent_blocked
from chair_console.procedure.record import ExclusionRecord, ItemRecord, MeetingRecord, QuestionRecord, meeting_record
from chair_console.resources import resources_dir
from chair_console.timefmt import mmss

log = logging.getLogger(__name__)

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
ZONE = "Europe/Oslo"  # R-3.6a: every time and date in the minutes is Oslo's, whatever the zone of the computer
Q_STATUS = {"declined": "avslo å svare", "waiting": "ikke tatt"}  # else the shared word (procedure/words.py)
SIGN_LINE = "_" * 34


class MinutesError(Exception):
    """The minutes cannot be made (e.g. a final before the meeting is adjourned)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Options:
    public: bool = False
    draft: bool = True
    head_hash: str = ""  # the log's head (short form printed on every page: `verify --head` finds it)
    unverified: bool = False  # made from a log that failed verification: marked so on every page
    number: int | None = None  # «Møte nr. N/YYYY»: the meeting's ordinal among the council's meetings that year
    archive: bool = False  # PDF/A-2b for the archive: make_pdfa post-processes reportlab's file


UNVERIFIED_MARK = "LAGET FRA EN LOGG SOM IKKE BESTO KONTROLLEN – IKKE GYLDIG"


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=10, leading=13.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=18, leading=23, spaceAfter=4),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=13, leading=17, spaceBefore=10, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11, leading=14, spaceBefore=6, spaceAfter=2),
        "vote": ParagraphStyle("vote", parent=base, leftIndent=8 * mm),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "cellhead": ParagraphStyle("cellhead", parent=base, fontName=BOLD, fontSize=8, leading=10),
    }


@lru_cache(maxsize=8)
def _zone(name: str) -> tzinfo | None:
    """The zone by name (the system's data, else the tzdata package); None, with a warning, where neither has it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        log.warning("time zone %s not found (no system zone data, tzdata not installed): the minutes print this "
                    "computer's local time", name)
        return None


def oslo_time(at: Instant) -> datetime:
    """R-3.6a: the instant in Oslo time (the same minutes on a computer set to UTC or to New York); this computer's
    local time only where no zone data can be found, which never stops the minutes."""
    zone = _zone(ZONE)
    moment = at.as_datetime()
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def _time(at: Instant | None) -> str:
    return oslo_time(at).strftime("%H.%M") if at else "–"


def _day(at: Instant) -> str:
    """The Oslo date of an instant, ISO."""
    return oslo_time(at).date().isoformat()


def sitting_dates(state: MeetingState) -> list[str]:
    """R-3.6a: the day(s) the meeting sat (ISO, in Oslo time, in order, once each): each sitting's day as it was set
    («Møtet er satt»), its planned day where it has not been set; the meeting's planned date before any sitting."""
    days = [_day(s.opened_at) if s.opened_at is not None else s.date for s in state.sittings]
    return list(dict.fromkeys(days)) or [state.info.date]


def _dates_phrase(days: list[str]) -> str:
    """«2. desember 2026», «2. desember 2026 og 3. desember 2026», «a, b og c»."""
    named = [words.long_date(d) for d in days]
    return named[0] if len(named) == 1 else f"{', '.join(named[:-1])} og {named[-1]}"


def meeting_date_text(state: MeetingState) -> str:
    """«Møtedato»: the day(s) the meeting sat; where that is not the date it was called for (or continued to), the
    planned date too, so that the record matches the notice."""
    days = sitting_dates(state)
    planned = list(dict.fromkeys(s.date for s in state.sittings)) or [state.info.date]
    text = _dates_phrase(days)
    if days != planned:
        text += f" (berammet til {_dates_phrase(planned)})"
    return text




def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _table(rows: list[list[str]], widths: list[float], st: dict) -> Table:
    # Short cells as plain text (fast); only text that may need wrapping becomes a Paragraph.
    data = [[_p(c, st["small"]) if len(c) > 28 or "\n" in c else c for c in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9ca3af")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e5e7eb")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


# -- who chaired (R-3.1a, R-5.5b) ----------------------------------------------------------------------------------


def chair_sentences(state: MeetingState) -> list[str]:
    """Who the council elected to chair (settevaraordfører, særskilt møteleder) and how, then who chaired when —
    with the stand-in's turns while the chair spoke in the debate."""
    from chair_console.procedure.attendance import elected_chairs

    council = state.council
    out = []
    for office, (person, election) in sorted(elected_chairs(state).items(), key=lambda x: x[1][1].rounds[0].at_seq):
        last = election.rounds[-1]
        item = state.item(election.item)
        where = f" i {item.number}" if item is not None else ""
        if election.lot is not None:
            how = f"flertallsvalg{where}, {len(election.rounds)}. avstemning, stemmelikhet avgjort ved loddtrekning"
        else:
            votes = last.tally[last.candidates.index(person)] if person in last.candidates else 0
            how = f"flertallsvalg{where}: {votes} av {last.votes_cast} avgitte stemmer i {last.number}. avstemning"
        out.append(f"Som {office} ble {council.name_of(person)} valgt ({how}).")
    if state.chair_history:
        turns = []
        for t in state.chair_history:
            turn = f"{council.name_of(t.person)} ({t.capacity}) fra kl. {_time(t.since)}"
            if t.during_speech_of is not None:
                turn += f", mens {council.name_of(t.during_speech_of)} hadde ordet i debatten"
            turns.append(turn)
        out.append(f"Møteleder: {'; '.join(turns)}.")
    return out


def _paras(st: dict, key: str, texts: list[str]) -> list:
    return [_p(t, st[key]) for t in texts]


def _gov_label(council, person: str) -> str:  # noqa: ANN001 - a Council
    g = council.government_member(person)
    return f"{g.name} ({g.title})" if g is not None and g.title else council.name_of(person)


def government_sentence(rec: MeetingRecord) -> str | None:
    """Who of the city government attended (R-1b: present, never counted), in the council's order."""
    people = rec.attendance.government()
    if not people:
        return None
    return "Fra byrådet møtte: " + ", ".join(f"{p.name} ({p.title})" if p.title else p.name for p in people) + "."


def exclusion_sentence(rec: MeetingRecord, x: ExclusionRecord) -> str:
    """R-5.6a: who was excluded, when, in which item, by the council's decision with its votes."""
    where = f" under behandlingen av {x.item_number}" if x.item_number is not None else ""
    when = f" kl. {_time(x.at)}" if x.at is not None else ""
    return (f"{rec.council.name_of(x.person)} ble stengt ute fra møtet{when}{where} ved bystyrets vedtak "
            f"med {x.votes_for} mot {x.against} stemmer.")


def attendance_rows(rec: MeetingRecord, public: bool) -> list[list[str]]:
    """Every member of the council accounted for, per group (the record's): present (or excluded), absent with the
    reason (internal edition only), never recorded in the roll call; the substitutes and for whom."""
    def excluded(mark) -> str:  # noqa: ANN001 - a record.Mark
        return f" (stengt ute kl. {_time(mark.excluded_at)})" if mark.excluded_at is not None else ""

    rows = []
    for g in rec.attendance.groups():
        present = [m.name + excluded(m) for m in g.present]
        absent = [m.name if public else f"{m.name} ({words.in_text(words.ABSENCE_REASONS, m.reason)})"
                  for m in g.absent]
        subs = [f"{m.name} møtte for {m.seat_name}" + excluded(m) for m in g.substitutes]
        rows.append([g.group if g.group is not None else "Uavh.", ", ".join(present), ", ".join(absent),
                     "; ".join(dict.fromkeys(subs)), ", ".join(m.name for m in g.not_recorded)])
    return rows


def _attendance_table(rows: list[list[str]], st: dict) -> Table:
    """Every cell a Paragraph (wraps inside its column); widths that add up to the text width of A4."""
    head = ["Gruppe", "Til stede", "Forfall", "Varamedlemmer som møtte", "Ikke registrert"]
    cell = st["cell"]
    data = [[Paragraph(escape(h), st["cellhead"]) for h in head]]
    data += [[Paragraph(escape(c), cell) for c in row] for row in rows]
    table = Table(data, colWidths=[14 * mm, 54 * mm, 36 * mm, 40 * mm, 26 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9ca3af")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e5e7eb")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def attendance_summary(rec: MeetingRecord) -> str:
    t = rec.attendance.totals()
    text = f"Bystyret har {t.seats} medlemmer. Forfall: {t.absent}. Varamedlemmer som møtte: {t.substitutes}."
    if t.not_recorded:
        text += f" Ikke registrert ved navneopprop: {t.not_recorded}."
    return text


def story(state: MeetingState, options: Options) -> list:
    """The minutes as reportlab flowables: every part the rules require (R-3.6a–b), in the shape of Oslo's
    published protocols: meeting number, dates in words, attendance of every member, the items, signatures."""
    st = _styles()
    rec = meeting_record(state)  # the record this lays out
    council, info = rec.council, rec.info
    out: list = []
    version = "Offentlig utgave" if options.public else "Intern utgave – unntatt offentlighet for lukkede saker"
    out.append(_p("Oslo kommune – Bystyret", st["body"]))
    out.append(_p(f"Møtebok – {info.title}", st["title"]))
    year = info.date[:4]
    if options.number is not None:
        out.append(_p(f"Møte nr. {options.number}/{year}", st["h2"]))
    out.append(_p(f"Møtedato: {meeting_date_text(state)} · Møtested: {info.place}", st["body"]))  # R-3.6a
    out.append(_p(version, st["small"]))
    if options.unverified:
        out.append(_p(UNVERIFIED_MARK, st["h2"]))
    if options.draft:
        out.append(_p("UTKAST – ikke godkjent", st["h2"]))
    # (a) time and place
    out.append(_p("Møtet", st["h1"]))
    if len(state.sittings) > 1:
        for n, sitting in enumerate(state.sittings, start=1):  # R-3.6a: the day it sat, in Oslo time
            day = _day(sitting.opened_at) if sitting.opened_at is not None else sitting.date
            out.append(_p(f"Møtedag {n}, {words.long_date(day)}: satt kl. {_time(sitting.opened_at)}, "
                          f"hevet kl. {_time(sitting.adjourned_at)}.", st["body"]))
    else:
        out.append(_p(f"Møtet ble satt kl. {_time(rec.opened_at)} og hevet kl. {_time(rec.adjourned_at)}.", st["body"]))
    if rec.opened_at is not None:  # R-3.6a: the notice and agenda approved, with the remarks made (if any)
        out.extend(_paras(st, "body", notice_sentences(rec)))
    for sitting in state.sittings:
        for kind, start, end, note in sitting.breaks:
            what = "Forhandlingene ble avbrutt" if kind == "suspended" else "Pause"
            extra = f": {note}" if note else ""
            out.append(_p(f"{what} kl. {_time(start)}–{_time(end)}{extra}.", st["body"]))
    for sentence in chair_sentences(state):  # R-3.1a, R-5.5b: who was elected to chair, and who chaired when
        out.append(_p(sentence, st["body"]))
    out.append(_p(f"Protokollfører: {SIGN_LINE}", st["body"]))
    # (b) attendance: every member accounted for
    out.append(_p("Til stede og forfall", st["h1"]))
    rows = attendance_rows(rec, options.public)
    out.append(_attendance_table(rows, st))
    out.append(Spacer(1, 2 * mm))
    out.append(_p(attendance_summary(rec), st["body"]))
    government = government_sentence(rec)
    if government:
        out.append(_p(government, st["body"]))
    moves = [f"{council.name_of(m.person)} {'kom' if m.arrived else 'gikk'} kl. {_time(m.at)}"
             for m in rec.movements_during()]  # an exclusion is said below, with the decision (R-5.6a)
    if moves:
        out.append(_p("Ankomst og fravær under møtet: " + "; ".join(moves) + ".", st["body"]))
    for x in rec.exclusions:
        out.append(_p(exclusion_sentence(rec, x), st["body"]))
    # (c)–(e) the items, in the order dealt with
    out.append(_p("Saker", st["h1"]))
    dealt = [*rec.items, *rec.settled_unopened]
    for item in dealt:
        out.extend(_item(state, rec, item, options, st))
    # annex: speakers
    out.append(_p("Vedlegg: talere", st["h1"]))
    for item in dealt:
        speeches = rec.speeches_in(item.id)
        if not speeches or (item.closed and options.public):
            continue
        rows = [["Taler", "Innlegg", "Tid"]]
        for s in speeches:
            kind = words.in_text(words.SPEECH_KINDS, s.kind) + (" (møteleders unntak)" if s.override else "")  # R-5.3b
            rows.append([f"{s.name} ({s.group})", kind, mmss(round(s.seconds))])
        out.append(KeepTogether([_p(f"{item.number} {_title(item, options)}", st["h2"]),
                                 _table(rows, [95 * mm, 50 * mm, 25 * mm], st)]))
    if state.corrections:  # after adjournment: corrections only, with who, when and why
        out.append(_p("Rettelser etter møtet", st["h1"]))
        for c in state.corrections:
            moment = oslo_time(c.at)  # R-3.6a: Oslo time
            when = f"{words.long_date(moment.date().isoformat())} kl. {moment.strftime('%H.%M')}"
            out.append(_p(f"{when} ({c.actor}): {c.text} – {c.reason}", st["body"]))
    out.extend(_signatures(state, st))
    out.append(Spacer(1, 6 * mm))
    out.append(_p(f"Laget med Chair Console {__version__}.", st["small"]))
    return out


def _signatures(state: MeetingState, st: dict) -> list:
    """The approval: the chair and two members chosen by the council sign (blank lines to fill in)."""
    chair = state.council.name_of(state.chair_history[0].person) if state.chair_history else ""
    names = [f"Møteleder{': ' + chair if chair else ''}", "Medlem", "Medlem"]
    gap = 8 * mm  # a blank column between the three lines, so that each reads as its own
    labels = [Paragraph(escape(n), st["small"]) for n in names]
    data = [["", "", "", "", ""], [labels[0], "", labels[1], "", labels[2]]]
    table = Table(data, colWidths=[50 * mm, gap, 50 * mm, gap, 50 * mm], rowHeights=[14 * mm, None])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),  # no unembedded Helvetica, even for ""
                               *[("LINEBELOW", (c, 0), (c, 0), 0.6, colors.black) for c in (0, 2, 4)],
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [KeepTogether([_p("Godkjenning av møteboken", st["h1"]),
                          _p(f"Sted og dato: {SIGN_LINE}", st["body"]), Spacer(1, 2 * mm), table])]


def notice_sentences(record: MeetingRecord | MeetingState) -> list[str]:
    """R-3.6a: «Innkalling og saksliste godkjent.», or the remarks made to them (meeting.notice_remarks, kept in the
    record) and then «… godkjent med disse merknadene.»"""
    remarks = record.notice_remarks
    if not remarks:
        return ["Innkalling og saksliste godkjent."]
    if len(remarks) == 1:
        said = f"Merknader til innkalling og saksliste: {remarks[0]}"
    else:
        said = "Merknader til innkalling og saksliste:\n" + "\n".join(f"– {r}" for r in remarks)
    return [said, "Innkalling og saksliste godkjent med disse merknadene."]


def stand_in_sentence(rec: MeetingRecord, q: QuestionRecord) -> str | None:
    """R-6c: who answered for the city government member asked, when another member of the city government (a
    settebyråd) did (the record's `stand_ins`)."""
    if not q.stand_ins:
        return None
    return f"Svar ved {' og '.join(_byrad(rec.council, p) for p in q.stand_ins)} (settebyråd for " \
           f"{rec.council.name_of(q.to)})."


def _byrad(council, person: str) -> str:  # noqa: ANN001 - a Council
    """«byråd Tuva Lekeberg», «byrådsleder Odd Forsøksbråten»: the first word of the title, then the name."""
    g = council.government_member(person)
    return f"{g.title.split()[0] if g is not None and g.title else 'byråd'} {council.name_of(person)}"


NOT_BY_PARTY = "Hvordan partiene stemte, ble ikke registrert (kommuneloven § 11-4)."


def _speakers_named(rec: MeetingRecord, item: ItemRecord, skip: set[str]) -> str:
    council = rec.council
    return ", ".join(_gov_label(council, p) if council.government_member(p) else council.label_of(p)
                     for p in item.speakers if p not in skip)


def _account(rec: MeetingRecord, item: ItemRecord, st: dict) -> list:
    """Interpellations (R-7) and oral statements (R-3.5a): who asked, who answered or gave the statement, who
    spoke, what was done."""
    council = rec.council
    out = []
    if item.kind == INTERPELLATION:
        if item.interpellant:
            out.append(f"Interpellant: {council.label_of(item.interpellant)}.")
        if item.answerer:
            answerer = _gov_label(council, item.answerer) if council.government_member(item.answerer) else \
                council.name_of(item.answerer)
            out.append(f"Interpellasjonen ble besvart av {answerer}.")
        others = _speakers_named(rec, item, {p for p in (item.interpellant, item.answerer) if p})
        out.append(f"I debatten hadde ordet: {others}." if others else "Ingen andre hadde ordet i debatten.")
        if item.status == SENT_TO_COMMITTEE:
            pass  # the council's decision follows
        elif item.status in (DECIDED, VOTING) or item.speakers:  # VOTING: the debate closed, no vote (R-7c)
            out.append("Interpellasjonen ble behandlet. Det kan ikke fremmes forslag i tilknytning til en "
                       "interpellasjon.")
    elif item.kind == ORAL_STATEMENT:
        presenter = item.presenter
        if presenter:
            out.append(f"Redegjørelsen ble gitt av {_gov_label(council, presenter)}.")
        # R-3.5a: byråden who gave the statement may speak once more in the debate: then named among the speakers
        in_debate = presenter is not None and sum(1 for s in rec.speeches_in(item.id) if s.person == presenter) > 1
        others = _speakers_named(rec, item, {presenter} if presenter and not in_debate else set())
        out.append(f"I debatten hadde ordet: {others}." if others else "Det var ingen debatt.")
        out.append("Redegjørelsen ble tatt til orientering.")
    return _paras(st, "body", out)


def _question_line(rec: MeetingRecord, q: QuestionRecord) -> str:
    council = rec.council
    to = _gov_label(council, q.to) if council.government_member(q.to) else council.name_of(q.to)
    # R-6c: declining only the supplementary or a follow-up is not declining the question: it was answered
    answered_first = q.declined_at in ("supplementary", "follow_up")
    status = words.in_text(words.QUESTION_STATUSES, "done") if answered_first else \
        Q_STATUS.get(q.status) or words.in_text(words.QUESTION_STATUSES, q.status)
    line = f"{council.label_of(q.asker)} spurte {to} om {q.topic} – {status}."
    stand_in = stand_in_sentence(rec, q)  # R-6c: a settebyråd answered for the member asked
    if stand_in:
        line += " " + stand_in
    who = "byråden" if council.government_member(q.to) else "ordføreren"
    if q.supplementary:
        line += " Tilleggsspørsmål fra spørsmålsstilleren"
        line += f"; {who} avslo å svare på det." if q.declined_at == "supplementary" else "."
    if q.followed:
        line += " Oppfølgingsspørsmål fra " + ", ".join(council.label_of(p) for p in q.followed)
        if q.declined_at == "follow_up":
            last = "det" if len(q.followed) == 1 else f"oppfølgingsspørsmålet fra {council.label_of(q.followed[-1])}"
            line += f"; {who} avslo å svare på {last}"
        line += "."
    return line


def _item(state: MeetingState, rec: MeetingRecord, record: ItemRecord, options: Options, st: dict) -> list:
    """One item as the record has it; the council's decisions, proposals and elections in vote_words' words."""
    item = state.item(record.id)
    parts: list = [_p(f"{record.number} {_title(record, options)}", st["h2"])]  # R-3.6c: the public title in public
    status = record.status
    closing = _decided_by_council(state, item.id, ("close",), st)  # R-3.6b: the council's decision and its basis
    parts.extend(closing)
    if item.closed:
        if not closing:  # no decision recorded (rules version 1): the basis as the agenda gave it
            parts.append(_p(f"Lukket møte etter {item.closed_basis}.", st["body"]))
        if not options.public:  # R-3.7a: what the public edition and the hall display call it
            parts.append(_p(f"Offentlig tittel: «{item.public_title}».", st["body"]))
            if record.decision_public:
                parts.append(_p("Vedtaket offentliggjøres i den offentlige møteboken.", st["body"]))
        if options.public:  # R-3.6c: the content of a closed item is not public; the decision where chosen
            return parts + _public_closed(rec, record, st)
    if status in (POSTPONED, SENT_TO_COMMITTEE):  # R-3.2b, R-7c: the council's decision, in words
        if item.kind == INTERPELLATION and status == SENT_TO_COMMITTEE:  # R-7c: who asked, answered and spoke first
            parts.extend(_account(rec, record, st))
        parts.extend(_item_decisions(state, item, st))  # R-3.6b: a disqualification made before, with its basis
        parts.extend(_council_decisions(state, item.id, st))
        return parts
    if item.kind == QUESTION_HOUR:
        parts.extend(_item_decisions(state, item, st))  # R-3.6b
        for q in rec.questions_in(item.id):
            parts.append(_p(_question_line(rec, q), st["body"]))
        return parts
    parts.extend(_account(rec, record, st))  # interpellations and oral statements: who asked, answered, spoke
    if item.recommendation:
        parts.append(_p(f"Innstilling: {item.recommendation}", st["body"]))
        parts.append(_p("Det var dissens i innstillingen." if item.dissent else "Innstillingen var enstemmig.", st["body"]))
    parts.extend(_item_decisions(state, item, st))
    parts.extend(_closing_overrides(state, item, st))  # R-5.3b: the chair's exceptions, with the reasons
    for proposal in state.proposals.get(item.id, ()):
        who = subject_name(state, item.id, proposal.id)
        note = " (trukket)" if proposal.withdrawn else ""
        parts.append(_p(f"{who[:1].upper()}{who[1:]}{note}: {proposal.text}", st["body"]))
    decided = _council_decisions(state, item.id, st)  # R-3.3e: the order as decided, forwarded proposals
    parts.extend(decided)
    if state.voting_order.get(item.id) and not any(d.what == "order" for d in state.council_decisions.get(item.id, ())):
        order = order_runs_name(state, item.id, state.voting_order[item.id])  # a group's proposals as a range
        parts.append(_p(f"Voteringsorden: {order}.", st["body"]))
    for vote in rec.votes_in(item.id):
        line = vote.minutes_line  # «Votering: …» / «Omvotering: … (erstatter …)»
        if vote.party_breakdown_missing:  # kommuneloven § 11-4: say where the party breakdown was not recorded
            line += " " + NOT_BY_PARTY
        parts.append(_p(line, st["vote"]))
    for election in state.elections.get(item.id, ()):  # R-3.3c, R-3.3d: every round, the lots, who was elected
        parts.append(_p(election_sentence(state, election, _time), st["vote"]))
    for election in state.proportional_elections.get(item.id, ()):  # kommuneloven § 7-5
        parts.append(_p(proportional_sentence(state, election, _time), st["vote"]))
    blocked = urgent_blocked_sentence(state, item.id)  # R-3.2c: no decision could be made
    if blocked:
        parts.append(_p(blocked, st["body"]))
    decision = rec.decision(item.id)
    if decision is not None:
        parts.append(_p("Vedtak:", st["h2"]))
        parts.append(_p(decision, st["body"]))
    return parts


def _item_decisions(state: MeetingState, item, st: dict) -> list:  # noqa: ANN001 - an agenda Item
    """The council's decisions on the item's conduct, in every item whatever happened to it (postponed, sent to a
    committee, the question hour): the speaking time (R-5.4a) and each decision that a member is or is not
    disqualified with its legal basis (R-3.6b, R-3.10a); a disqualification recorded without the council's decision
    (rules version 1) as one sentence."""
    council = state.council
    parts = _decided_by_council(state, item.id, ("speaking_time", "disqualify", "not_disqualify"), st)
    decided_on = {d.person for d in state.council_decisions.get(item.id, ()) if d.person}
    for person, basis in state.disqualified.get(item.id, {}).items():
        if person in decided_on:  # printed with the council's decision above (R-3.10a)
            continue
        parts.append(_p(f"{council.name_of(person)} ble erklært inhabil ({basis}) og fratrådte.", st["body"]))
    return parts


def urgent_blocked_sentence(state: MeetingState, item_id: str) -> str | None:
    """R-3.2c «Vedtak i slike saker kan bare gjøres hvis ikke møtelederen eller minst 1/3 av de møtende medlemmene
    motsetter seg dette»: an urgent matter the objections kept from being decided, in plain words — «Møtelederen
    motsatte seg at det ble truffet vedtak i saken. Saken ble ikke realitetsbehandlet.», «Minst en tredjedel av de
    møtende medlemmene (20) motsatte seg …». None for any other item, and for one the objections did not block."""
    item = state.item(item_id)
    if item is None or item.kind != URGENT_MATTER or state.status(item_id) in FINAL_STATUSES:
        return None
    if not urgent_blocked(state, item_id):
        return None
    chair, objecting = state.urgent_objections[item_id]
    third = 3 * objecting >= urgent_attending(state, item_id)
    members = f"minst en tredjedel av de møtende medlemmene ({objecting})" if third else \
        f"{objecting} av de møtende medlemmene"
    who = ("Møtelederen og " + members if objecting else "Møtelederen") if chair else members[:1].upper() + members[1:]
    return f"{who} motsatte seg at det ble truffet vedtak i saken. Saken ble ikke realitetsbehandlet."


def _public_closed(rec: MeetingRecord, item: ItemRecord, st: dict) -> list:
    """R-3.6c: a closed item in the public edition — «Lukket møte», and the decision where the log records the
    choice to publish it (agenda.decision_public); otherwise one sentence."""
    out = [_p("Lukket møte. Saksdokumentene og debatten er unntatt offentlighet.", st["body"])]
    decision = rec.decision(item.id)
    if item.decision_public and decision is not None:
        out.append(_p("Vedtak:", st["h2"]))
        out.append(_p(decision, st["body"]))
    elif item.status == DECIDED:
        out.append(_p("Saken ble avgjort. Innholdet er unntatt offentlighet.", st["body"]))
    else:
        out.append(_p("Innholdet er unntatt offentlighet.", st["body"]))
    return out


def _title(item: ItemRecord, options: Options) -> str:
    """R-3.6c, R-3.7a: the public edition names a closed item only by its public title."""
    return item.public_title if options.public else item.title


def _closing_overrides(state: MeetingState, item, st: dict) -> list:  # noqa: ANN001
    """R-5.3b: each closing speech the chair allowed in an item with no committee behind it, with the reason given
    (from the speeches held and those still on the list)."""
    council = state.council
    entries = [s.entry for s in state.speeches.get(item.id, ())]
    if state.speech is not None and state.speech.entry.item == item.id:
        entries.append(state.speech.entry)
    entries += list(state.queues.get(item.id, ()))
    return [_p(f"Møtelederen tillot avsluttende innlegg fra {council.name_of(e.person)} selv om saken ikke kommer "
               f"fra et utvalg. Begrunnelse: {e.override}", st["body"]) for e in entries if e.override]


def _council_decisions(state: MeetingState, item_id: str, st: dict) -> list:
    """The council's decisions on the chair's proposals in the item, in the order made (R-3.2b postponed, R-7c
    sent to a committee, R-3.3e the voting order and proposals forwarded to the city government), carried or
    fallen; a postponement of rules version 1 without a count reads «Saken ble utsatt.» as before."""
    decisions = [d for d in state.council_decisions.get(item_id, ()) if d.what not in COUNCIL_DECIDES]
    out = [_p(decision_sentence(state, item_id, d), st["body"]) for d in decisions]
    status = state.status(item_id)
    if not out and status == POSTPONED:
        out.append(_p("Saken ble utsatt.", st["body"]))
    elif not out and status == SENT_TO_COMMITTEE:
        out.append(_p("Saken ble sendt til utvalg.", st["body"]))
    return out


def _decided_by_council(state: MeetingState, item_id: str, what: tuple[str, ...], st: dict) -> list:
    """The council's decisions of these kinds in the item, in the order made, carried or fallen: closing the meeting
    with its legal basis (R-3.6b, R-3.7a), the speaking time (R-5.4a), a member's disqualification (R-3.10a)."""
    return [_p(decision_sentence(state, item_id, d), st["body"])
            for d in state.council_decisions.get(item_id, ()) if d.what in what]


class _NumberedCanvas(pdfcanvas.Canvas):
    """Header and footer with «Side x av y» (a second pass once the page count is known)."""

    def __init__(self, *args, header: str = "", draft: bool = False, log_line: str = "",  # noqa: ANN002, ANN003
                 unverified: bool = False, **kwargs) -> None:
        kwargs["initialFontName"] = FONT  # no unembedded standard font anywhere in the file
        kwargs["initialFontSize"] = 10
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._header = header
        self._draft = draft
        self._log_line = log_line
        self._unverified = unverified

    def showPage(self) -> None:  # noqa: N802
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for page in self._pages:
            self.__dict__.update(page)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        width, height = A4
        self.setFont(FONT, 8.5)
        self.setFillColor(colors.HexColor("#374151"))
        self.drawString(20 * mm, height - 12 * mm, self._header)
        self.drawRightString(width - 20 * mm, 10 * mm, f"Side {self._pageNumber} av {total}")
        if self._log_line:
            self.drawString(20 * mm, 10 * mm, self._log_line)
        if self._unverified:
            self.saveState()
            self.setFont(BOLD, 11)
            self.setFillColor(colors.HexColor("#b00020"))
            self.drawCentredString(width / 2, height - 17 * mm, UNVERIFIED_MARK)
            self.drawCentredString(width / 2, 14 * mm, UNVERIFIED_MARK)
            self.restoreState()
        if self._draft:
            self.saveState()
            self.setFont(BOLD, 60)
            self.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.15))
            self.translate(width / 2, height / 2)
            self.rotate(45)
            self.drawCentredString(0, 0, "UTKAST")
            self.restoreState()


def write_minutes(state: MeetingState, out: Path, options: Options) -> Path:
    """Write the minutes PDF; a final (not draft) needs the meeting adjourned."""
    if state.info is None or state.council is None:
        raise MinutesError("minutes.no_meeting")
    if not options.draft and state.adjourned_at is None:
        raise MinutesError("minutes.not_adjourned")
    register_fonts()
    from reportlab import rl_config

    rl_config.canvas_basefontname = FONT  # the document's base font too: no unembedded Helvetica
    out = Path(out)
    header = f"Oslo kommune · Bystyret · Møtebok {words.long_date(sitting_dates(state)[0])}"  # the day it first sat
    log_line = f"Logg {short_hash(options.head_hash)}" if options.head_hash else ""
    doc = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=18 * mm,
        title=f"Møtebok – {state.info.title}", subject=f"Bystyret, {state.info.place}, {state.info.date}",
        author=AUTHOR, creator=f"Chair Console {__version__}", lang="nb-NO",
        initialFontName=FONT, initialFontSize=10,
    )
    try:
        doc.build(story(state, options), canvasmaker=lambda *a, **k: _NumberedCanvas(
            *a, header=header, draft=options.draft, log_line=log_line, unverified=options.unverified, **k))
        if options.archive:
            make_pdfa(out, title=f"Møtebok – {state.info.title}", author=AUTHOR,
                      subject=f"Bystyret, {state.info.place}, {words.long_date(state.info.date)}")
    except OSError as exc:
        raise MinutesError("minutes.write_failed", path=str(out), detail=exc.strerror or str(exc)) from None
    return out


AUTHOR = "Oslo kommune, bystyrets sekretariat"
LANGUAGE = "nb-NO"


def make_pdfa(path: Path, title: str, author: str, subject: str = "") -> Path:
    """Turn reportlab's file into PDF/A-2b in place, for the archive (Noark 5 / Arkivverket accept PDF/A-2):
    XMP metadata identifying part 2, conformance B, with title, author and language; an output intent
    (GTS_PDFA1) with an sRGB ICC profile from Pillow; the document's language; no encryption. reportlab
    already embeds every font (DejaVu, subset, FontFile2: no standard-14 font is used anywhere) and writes
    the file identifier. pikepdf (qpdf, MPL 2.0) does the editing; nothing is drawn by hand."""
    import io

    import pikepdf
    from PIL import ImageCms

    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        profile = pdf.make_stream(icc)
        profile[pikepdf.Name.N] = 3
        profile[pikepdf.Name.Alternate] = pikepdf.Name.DeviceRGB
        pdf.Root.OutputIntents = pikepdf.Array([pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=pikepdf.String("sRGB IEC61966-2.1"),
            Info=pikepdf.String("sRGB IEC61966-2.1"), RegistryName=pikepdf.String("http://www.color.org"),
            DestOutputProfile=profile))])
        pdf.Root.Lang = pikepdf.String(LANGUAGE)
        pdf.docinfo[pikepdf.Name.Title] = title
        pdf.docinfo[pikepdf.Name.Author] = author
        if subject:
            pdf.docinfo[pikepdf.Name.Subject] = subject
        if pikepdf.Name.Trapped in pdf.docinfo:  # no XMP twin in the basic schemas: the two must agree, so out
            del pdf.docinfo[pikepdf.Name.Trapped]
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.load_from_docinfo(pdf.docinfo)
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
            meta["dc:title"] = title
            meta["dc:creator"] = [author]
            meta["dc:language"] = {"nb"}  # a bag of RFC 3066 codes
            if subject:
                meta["dc:description"] = subject
        buffer = io.BytesIO()
        pdf.save(buffer, fix_metadata_version=True, encryption=False)
    Path(path).write_bytes(buffer.getvalue())
    return Path(path)


def when() -> str:
    return datetime.now().strftime("%Y-%m-%d %H.%M")
