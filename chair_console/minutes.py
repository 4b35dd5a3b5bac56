"""The minutes (møtebok) as PDF with reportlab: another fold over the meeting's log (R-3.6a–c).

Public and internal versions: the public one leaves out the content of closed items (R-3.6c) and absence
reasons. A draft, marked «UTKAST» on every page, can be made at any time; the final after adjournment.
Fonts are embedded (DejaVu Sans from resources/fonts) so æøå print everywhere. No Qt here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

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
from chair_console.procedure.agenda import POSTPONED, SENT_TO_COMMITTEE
from chair_console.procedure.agenda import QUESTION_HOUR  # noqa: I001
from chair_console.procedure.chain import short_hash
from chair_console.procedure.state import MeetingState
from chair_console.procedure.timebase import Instant
from chair_console.procedure.vote_words import result_sentence, subject_name
from chair_console.procedure.vote_words import decision_sentence  # noqa: I001
from chair_console.procedure.vote_words import election_sentence, proportional_sentence
from chair_console.procedure.vote_words import minutes_vote_line
from chair_console.procedure.vote_words import order_runs_name
from chair_console.procedure.vote_words import COUNCIL_DECIDES
from chair_console.resources import resources_dir
from chair_console.timefmt import mmss

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
REASONS = {"sykdom": "sykdom", "velferd": "velferd", "omsorg": "omsorg", "uoppsettelig_arbeid": "uoppsettelig arbeid",
           "not_reported": "ikke meldt"}
KINDS = {"main": "innlegg", "one_minute": "ett minutt", "reply": "replikk", "answer": "svar på replikk",
         "closing": "avsluttende innlegg", "government": "byrådsinnlegg", "question": "spørsmål", "qh_answer": "svar",
         "supplementary": "tilleggsspørsmål", "follow_up": "oppfølgingsspørsmål"}
Q_STATUS = {"done": "besvart", "declined": "avslo å svare", "not_reached": "ikke nådd", "waiting": "ikke tatt",
            "running": "pågår"}


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
    }


def _time(at: Instant | None) -> str:
    return at.as_datetime().astimezone().strftime("%H.%M") if at else "–"




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


def story(state: MeetingState, options: Options) -> list:
    """The minutes as reportlab flowables: every part the rules require (R-3.6a–b)."""
    st = _styles()
    council, info = state.council, state.info
    out: list = []
    version = "Offentlig utgave" if options.public else "Intern utgave – unntatt offentlighet for lukkede saker"
    out.append(_p(f"Møtebok – {info.title}", st["title"]))
    out.append(_p(f"{info.place} · {info.date} · {version}", st["body"]))
    if options.unverified:
        out.append(_p(UNVERIFIED_MARK, st["h2"]))
    if options.draft:
        out.append(_p("UTKAST – ikke godkjent", st["h2"]))
    # (a) time and place
    out.append(_p("Møtet", st["h1"]))
    if len(state.sittings) > 1:
        for n, sitting in enumerate(state.sittings, start=1):
            out.append(_p(f"Møtedag {n}, {sitting.date}: satt kl. {_time(sitting.opened_at)}, "
                          f"hevet kl. {_time(sitting.adjourned_at)}.", st["body"]))
    else:
        out.append(_p(f"Møtet ble satt kl. {_time(state.opened_at)} og hevet kl. {_time(state.adjourned_at)}.", st["body"]))
    for sitting in state.sittings:
        for kind, start, end, note in sitting.breaks:
            what = "Forhandlingene ble avbrutt (R-11a)" if kind == "suspended" else "Pause"
            extra = f": {note}" if note else ""
            out.append(_p(f"{what} kl. {_time(start)}–{_time(end)}{extra}.", st["body"]))
    for sentence in chair_sentences(state):  # R-3.1a, R-5.5b: who was elected to chair, and who chaired when
        out.append(_p(sentence, st["body"]))
    # (b) attendance
    out.append(_p("Til stede og forfall", st["h1"]))
    rows = [["Gruppe", "Til stede", "Forfall", "Varamedlemmer som møtte"]]
    for group in [*council.groups_in_order(), None]:
        gid = group.id if group else None
        members = council.members_of(gid)
        present = [m.name for m in members if state.attendance.get(m.id) and (
            state.attendance[m.id].present or state.attendance[m.id].status in ("left", "left_for_rest", "excluded"))]
        absent = []
        for m in members:
            a = state.attendance.get(m.id)
            if a is not None and a.status == "absent":
                absent.append(m.name if options.public else f"{m.name} ({REASONS.get(a.reason or '', a.reason)})")
        subs = [f"{council.name_of(ch.person)} møtte for {council.name_of(ch.seat)}" for ch in state.timeline
                if ch.present and ch.seat and ch.person != ch.seat and council.group_of(ch.seat) == gid]
        rows.append([group.abbreviation if group else "Uavh.", ", ".join(present), ", ".join(absent),
                     "; ".join(dict.fromkeys(subs))])
    out.append(_table(rows, [18 * mm, 72 * mm, 40 * mm, 45 * mm], st))
    moves = []
    for ch in state.timeline:
        if state.opened_at is None or ch.at.wall_us <= state.opened_at.wall_us or ch.seat is None:
            continue
        moves.append(f"{council.name_of(ch.person)} {'kom' if ch.present else 'gikk'} kl. {_time(ch.at)}")
    if moves:
        out.append(Spacer(1, 3 * mm))
        out.append(_p("Ankomst og fravær under møtet: " + "; ".join(moves) + ".", st["body"]))
    # (c)–(e) the items, in the order dealt with
    out.append(_p("Saker", st["h1"]))
    dealt = sorted((i for i in state.agenda if state.item_periods.get(i.id)),
                   key=lambda i: state.item_periods[i.id][0][0].wall_us)
    dealt += [i for i in state.agenda if not state.item_periods.get(i.id) and state.status(i.id) in (POSTPONED, SENT_TO_COMMITTEE)]
    for item in dealt:
        out.extend(_item(state, item, options, st))
    # annex: speakers
    out.append(_p("Vedlegg: talere", st["h1"]))
    for item in dealt:
        speeches = state.speeches.get(item.id, ())
        if not speeches or (item.closed and options.public):
            continue
        rows = [["Taler", "Innlegg", "Tid"]]
        for s in speeches:
            who = council.label_of(s.entry.person, government="byrådet")
            kind = KINDS.get(s.entry.kind, s.entry.kind) + (" (møteleders unntak)" if s.entry.override else "")  # R-5.3b
            rows.append([who, kind, mmss(round(s.used(s.ended or s.started)))])
        out.append(KeepTogether([_p(f"{item.number} {_title(item, options)}", st["h2"]),
                                 _table(rows, [95 * mm, 50 * mm, 25 * mm], st)]))
    if state.corrections:  # after adjournment: corrections only, with who, when and why
        out.append(_p("Rettelser etter møtet", st["h1"]))
        for c in state.corrections:
            when = c.at.as_datetime().astimezone().strftime("%Y-%m-%d kl. %H.%M")
            out.append(_p(f"{when} ({c.actor}): {c.text} – {c.reason}", st["body"]))
    out.append(Spacer(1, 6 * mm))
    out.append(_p(f"Laget med Chair Console {__version__}.", st["small"]))
    return out


def _item(state: MeetingState, item, options: Options, st: dict) -> list:  # noqa: ANN001
    council = state.council
    parts: list = [_p(f"{item.number} {_title(item, options)}", st["h2"])]  # R-3.6c: the public title in public
    status = state.status(item.id)
    closing = _decided_by_council(state, item.id, ("close",), st)  # R-3.6b: the council's decision and its basis
    parts.extend(closing)
    if item.closed:
        if not closing:  # no decision recorded (rules version 1): the basis as the agenda gave it
            parts.append(_p(f"Lukket møte etter {item.closed_basis} (R-3.6b).", st["body"]))
        if not options.public:  # R-3.7a: what the public edition and the hall display call it
            parts.append(_p(f"Offentlig tittel: «{item.public_title}».", st["body"]))
        if options.public:  # R-3.6c: the content of a closed item is not public
            parts.append(_p("Innholdet er unntatt offentlighet.", st["body"]))
            return parts
    if status in (POSTPONED, SENT_TO_COMMITTEE):  # R-3.2b, R-7c: the council's decision, in words
        parts.extend(_council_decisions(state, item.id, st))
        return parts
    if item.kind == QUESTION_HOUR:
        for q in state.questions.get(item.id, ()):
            parts.append(_p(f"{council.label_of(q.asker)} spurte "
                            f"{council.name_of(q.to)} om {q.topic} – {Q_STATUS.get(q.status, q.status)}.", st["body"]))
        return parts
    if item.recommendation:
        parts.append(_p(f"Innstilling: {item.recommendation}", st["body"]))
        parts.append(_p("Det var dissens i innstillingen." if item.dissent else "Innstillingen var enstemmig.", st["body"]))
    parts.extend(_decided_by_council(state, item.id, ("speaking_time", "disqualify", "not_disqualify"), st))
    decided_on = {d.person for d in state.council_decisions.get(item.id, ()) if d.person}
    for person, basis in state.disqualified.get(item.id, {}).items():
        if person in decided_on:  # printed with the council's decision above (R-3.10a)
            continue
        parts.append(_p(f"{council.name_of(person)} ble erklært inhabil ({basis}) og fratrådte (R-3.10a).", st["body"]))
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
    for vote in state.final_votes(item.id):
        parts.append(_p(minutes_vote_line(state, vote), st["vote"]))  # «Votering: …» / «Omvotering: … (erstatter …)»
    for election in state.elections.get(item.id, ()):  # R-3.3c, R-3.3d: every round, the lots, who was elected
        parts.append(_p(election_sentence(state, election, _time), st["vote"]))
    for election in state.proportional_elections.get(item.id, ()):  # kommuneloven § 7-5
        parts.append(_p(proportional_sentence(state, election, _time), st["vote"]))
    if item.id in state.decisions:
        parts.append(_p("Vedtak:", st["h2"]))
        parts.append(_p(state.decisions[item.id], st["body"]))
    return parts


def _title(item, options: Options) -> str:  # noqa: ANN001
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
               f"fra et utvalg (R-5.3b). Begrunnelse: {e.override}", st["body"]) for e in entries if e.override]


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
    header = f"Oslo kommune · Bystyret · Møtebok {state.info.date}"
    log_line = f"Logg {short_hash(options.head_hash)}" if options.head_hash else ""
    doc = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=18 * mm,
        title=f"Møtebok – {state.info.title}", subject=f"Bystyret, {state.info.place}, {state.info.date}",
        author="Oslo kommune, bystyrets sekretariat", creator=f"Chair Console {__version__}", lang="nb-NO",
        initialFontName=FONT, initialFontSize=10,
    )
    try:
        doc.build(story(state, options), canvasmaker=lambda *a, **k: _NumberedCanvas(
            *a, header=header, draft=options.draft, log_line=log_line, unverified=options.unverified, **k))
    except OSError as exc:
        raise MinutesError("minutes.write_failed", path=str(out), detail=exc.strerror or str(exc)) from None
    return out


def when() -> str:
    return datetime.now().strftime("%Y-%m-%d %H.%M")
