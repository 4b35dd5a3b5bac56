"""The command line: `chair-console [--demo] [--db PATH] [--lang en]`, `chair-console verify`."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QT_TRANSLATE_NOOP

from chair_console import __version__
from chair_console.cli_parser import parser_class
from chair_console.i18n import DEFAULT_LANGUAGE, LANGUAGES, Translations
from chair_console.messages import describe, describe_problem
from chair_console.paths import app_paths
from chair_console.resources import resources_dir

H_DESCRIPTION = QT_TRANSLATE_NOOP("Cli", "Chair Console: møtelederens konsoll for bystyrets møter.")
H_DB = QT_TRANSLATE_NOOP(
    "Cli", "databasefil, eller en PostgreSQL-database: postgresql+psycopg://BRUKER@TJENER/DATABASE (standard: {default})"
)
H_DEMO = QT_TRANSLATE_NOOP("Cli", "opprett eller åpne demomøtet for Oslo bystyre")
H_LANG = QT_TRANSLATE_NOOP("Cli", "språk for grensesnittet: nb (norsk bokmål) eller en (engelsk)")
H_ROLE = QT_TRANSLATE_NOOP(
    "Cli", "hvem som registrerer: chair (møteleder) eller secretary (sekretær); display viser bare salskjermen, "
    "overlay bare strømmegrafikken"
)
H_QUIT = QT_TRANSLATE_NOOP("Cli", "lukk vinduet av seg selv etter så mange millisekunder (røyktest)")
H_SHOT = QT_TRANSLATE_NOOP("Cli", "lagre et bilde av vinduet til denne PNG-filen")
H_VERSION = QT_TRANSLATE_NOOP("Cli", "vis versjonen og avslutt")
H_VERIFY = QT_TRANSLATE_NOOP("Cli", "kontroller databasen: integritet og hash-kjeden for hvert møte")
M_VERIFY_OK = QT_TRANSLATE_NOOP("Cli", "OK: {path} er uskadd; hash-kjeden stemmer for {meetings} møter og {events} hendelser.")
M_VERIFY_BAD = QT_TRANSLATE_NOOP("Cli", "FEIL i {path}: første feil er hendelse {seq} i møte {meeting}: {problem}")
M_VERIFY_DB = QT_TRANSLATE_NOOP("Cli", "FEIL i {path}: {problem}")
M_NO_DB = QT_TRANSLATE_NOOP("Cli", "Databasen {path} finnes ikke.")
H_IMPORT = QT_TRANSLATE_NOOP("Cli", "importer bystyret eller en saksliste fra CSV eller JSON (se docs/import.md)")
H_IMPORT_COUNCIL = QT_TRANSLATE_NOOP("Cli", "importer bystyret (perioden, gruppene, medlemmene, varamedlemmene, byrådet, utvalgene)")
H_IMPORT_AGENDA = QT_TRANSLATE_NOOP("Cli", "importer sakslisten til et møte")
H_FILE = QT_TRANSLATE_NOOP("Cli", "filen som skal importeres (.csv eller .json)")
H_MEETING = QT_TRANSLATE_NOOP("Cli", "møtets nummer (standard: møtet som ble brukt sist)")
H_NEW_MEETING = QT_TRANSLATE_NOOP("Cli", "opprett et nytt møte")
H_DATE = QT_TRANSLATE_NOOP("Cli", "møtedato, ÅÅÅÅ-MM-DD")
H_SIMULATE = QT_TRANSLATE_NOOP(
    "Cli", "simuler et helt bystyremøte gjennom programmets egen vei (samme frø gir samme møte; fortsetter der det stoppet)"
)
H_PACE = QT_TRANSLATE_NOOP(
    "Cli", "sekunder mellom hendelsene: øvelse i sanntid, eller for å treffe midt i (standard: %(default)s)"
)
H_STOP = QT_TRANSLATE_NOOP("Cli", "stopp etter så mange hendelser: et halvferdig møte å øve på (kjør igjen for å fortsette)")
H_REPORT = QT_TRANSLATE_NOOP("Cli", "skriv nummeret på hver hendelse når den er lagret")
M_SIMULATED = QT_TRANSLATE_NOOP("Cli", "Simulerte møte {meeting}: {steps} hendelser lagret nå.")
H_EXTRA = QT_TRANSLATE_NOOP(
    "Cli", "ekstraordinært møte: mayor (ordføreren fant det nødvendig) eller third (minst 1/3 av medlemmene krevde det)"
)
H_PLACE = QT_TRANSLATE_NOOP("Cli", "møtested, f.eks. «Bystyresalen, Oslo rådhus»")
H_TITLE = QT_TRANSLATE_NOOP("Cli", "møtets tittel (standard: «Bystyrets møte» og datoen)")
H_START = QT_TRANSLATE_NOOP("Cli", "planlagt start, TT:MM")
H_TERM = QT_TRANSLATE_NOOP("Cli", "bystyreperioden (standard: den nyeste i databasen)")
H_REMOTE = QT_TRANSLATE_NOOP("Cli", "møtet holdes som fjernmøte (R-3.9a)")
M_IMPORTED_COUNCIL = QT_TRANSLATE_NOOP(
    "Cli",
    "Importert {file}: {members} medlemmer i {groups} grupper, {subs} varamedlemmer, {gov} byrådsmedlemmer, "
    "{committees} utvalg. Møter som alt er opprettet beholder bystyret de ble opprettet med.",
)
M_IMPORTED_AGENDA = QT_TRANSLATE_NOOP("Cli", "Importert {file}: {items} saker til møte {meeting}.")
M_CREATED = QT_TRANSLATE_NOOP("Cli", "Opprettet møte {meeting}: {title}.")
H_MINUTES = QT_TRANSLATE_NOOP("Cli", "lag møteboken som PDF (utkast til møtet er hevet)")
H_OUT = QT_TRANSLATE_NOOP("Cli", "filen som skal skrives")
H_PUBLIC = QT_TRANSLATE_NOOP("Cli", "offentlig utgave: uten innholdet i lukkede saker og uten forfallsgrunner")
H_DRAFT = QT_TRANSLATE_NOOP("Cli", "merk som UTKAST selv om møtet er hevet")
H_ARCHIVE = QT_TRANSLATE_NOOP("Cli", "arkivkopi: PDF/A-2b for langtidsarkivet")
H_EXPORT = QT_TRANSLATE_NOOP("Cli", "eksporter møtet: hele loggen (json) eller voteringer og innlegg (csv)")
H_FORMAT = QT_TRANSLATE_NOOP("Cli", "json eller csv")
H_ATTENDANCE = QT_TRANSLATE_NOOP(
    "Cli", "oppmøterapport for godtgjøring: én rad per person per møtedag for alle møter i perioden (.csv eller .xlsx)"
)
H_FROM = QT_TRANSLATE_NOOP("Cli", "første dato, ÅÅÅÅ-MM-DD")
H_TO = QT_TRANSLATE_NOOP("Cli", "siste dato, ÅÅÅÅ-MM-DD")
H_REPORT_OUT = QT_TRANSLATE_NOOP("Cli", "filen som skal skrives: .csv (semikolon, for Excel) eller .xlsx")
H_REASONS = QT_TRANSLATE_NOOP("Cli", "ta med forfallsgrunnene (helseopplysninger; trengs ikke for godtgjøring)")
H_CHAPTERS = QT_TRANSLATE_NOOP(
    "Cli", "kapitler for opptaket: hver sak og hvert innlegg (WebVTT eller JSON); lukkede deler bare som «Lukket møte»"
)
H_CHAPTERS_OUT = QT_TRANSLATE_NOOP("Cli", "filen som skal skrives: .vtt eller .json")
H_STREAM_START = QT_TRANSLATE_NOOP(
    "Cli", "klokkeslett da strømmingen startet, TT:MM:SS (standard: da møtet ble satt)"
)
H_OUTPUT_UNVERIFIED = QT_TRANSLATE_NOOP(
    "Cli", "lag likevel filen når en møtelogg ikke består kontrollen; det står i filen (standard: avvis)"
)
M_REPORT_WROTE = QT_TRANSLATE_NOOP("Cli", "Skrev {path}: {rows} rader fra {meetings} møter.")
M_WROTE = QT_TRANSLATE_NOOP("Cli", "Skrev {path}.")
M_NO_MEETING = QT_TRANSLATE_NOOP("Cli", "Databasen har ingen møter. Opprett et med new-meeting.")
H_HEAD = QT_TRANSLATE_NOOP(
    "Cli", "kontroller at en hash trykt i en møtebok eller eksport (8 tegn eller flere) er en hendelse i loggen, "
    "og vis hva som er registrert etter den",
)
H_UNVERIFIED = QT_TRANSLATE_NOOP(
    "Cli", "lag likevel en kopi når loggen ikke består kontrollen; den merkes slik på hver side (standard: avvis)"
)
M_HEAD_FOUND = QT_TRANSLATE_NOOP(
    "Cli", "{short} er hendelse {seq} i møte {meeting} «{title}», registrert {when}. Etter den: {after}."
)
M_HEAD_LAST = QT_TRANSLATE_NOOP("Cli", "ingenting – dette er loggens siste hendelse")
M_HEAD_AFTER = QT_TRANSLATE_NOOP("Cli", "{count} hendelser, den siste registrert {when}")
M_HEAD_NOT_FOUND = QT_TRANSLATE_NOOP("Cli", "FEIL: {short} er ikke en hendelse i loggen i {path}.")
M_HEAD_SHORT = QT_TRANSLATE_NOOP("Cli", "Oppgi minst 8 heksadesimale tegn av hashen (0–9, a–f).")
M_NO_SUCH_MEETING = QT_TRANSLATE_NOOP("Cli", "Møte {meeting} finnes ikke i {path}. Møtene der er: {meetings}.")
M_EMPTY_DB = QT_TRANSLATE_NOOP("Cli", "FEIL i {path}: filen er tom, ikke en database for Chair Console.")
M_TRAINING_DB = QT_TRANSLATE_NOOP("Cli", "Øvingsdatabase (demo og simulering, egen fil): {path}")
H_SEED = QT_TRANSLATE_NOOP("Cli", "frø for tilfeldighetene: samme frø gir samme møte (standard: %(default)s)")
H_ITEMS = QT_TRANSLATE_NOOP("Cli", "antall saker (standard: %(default)s)")
H_SPEECHES = QT_TRANSLATE_NOOP("Cli", "antall innlegg (standard: %(default)s)")
H_VOTES = QT_TRANSLATE_NOOP("Cli", "antall voteringer (standard: %(default)s)")
H_HOURS = QT_TRANSLATE_NOOP("Cli", "møtets lengde i timer, simulert tid (standard: %(default)s)")
H_SIM_DB = QT_TRANSLATE_NOOP(
    "Cli", "databasefil (standard: {default}, en egen fil; en fil med et ekte bystyre eller møte avvises)"
)

# Exit codes (docs/IT.md): 0 done · 1 the log failed verification · 2 refused: arguments, a file, or a database
# that cannot be used · 3 nothing could be written (read-only, disk full, busy) · 4 no screen · 70 a bug.
EXIT_VERIFY, EXIT_REFUSED, EXIT_UNWRITABLE, EXIT_NO_DISPLAY, EXIT_BUG = 1, 2, 3, 4, 70
UNWRITABLE = frozenset({
    "db.read_only", "db.read_only_needs_upgrade", "db.cannot_create", "db.disk_full", "db.busy", "db.io_error",
    "db.cannot_open", "db.no_memory", "db.unwritable", "store.write_failed", "store.concurrent_writer",
    "file.unwritable", "minutes.write_failed", "store.unreachable", "store.forbidden", "store.read_only_role",
    "store.public_only",
})


# the commands that read or write data without a window (no settings file is opened for them)
DATA_COMMANDS = frozenset(
    {"verify", "import", "new-meeting", "minutes", "export", "simulate", "attendance", "chapters"}
)


def exit_code(code: str) -> int:
    return EXIT_UNWRITABLE if code in UNWRITABLE else EXIT_REFUSED


def _language_from_argv(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def db_target(text: str) -> Path | str:
    """`--db`: a PostgreSQL URL (postgresql+psycopg://…) as it is, anything else a file's path."""
    from chair_console.store.database import is_database_url

    return text if is_database_url(text) else Path(text)


def configured_database(settings_file: Path) -> Path | str | None:
    """The database IT chose for this station in the settings file (`[database]` `url=`: a PostgreSQL URL or a
    file's path, docs/IT.md), used when no `--db` is given; None when the file or the key is missing. Read only:
    a data command never creates the settings file."""
    if not settings_file.is_file():
        return None
    from PySide6.QtCore import QSettings

    value = QSettings(str(settings_file), QSettings.Format.IniFormat).value("database/url")
    if isinstance(value, (list, tuple)):  # an unquoted comma splits an ini value into a list: join it back
        value = ",".join(str(v) for v in value)
    text = str(value).strip() if value is not None else ""
    return db_target(text) if text else None


def build_parser(t: Translations, default_db: Path, training_db: Path | None = None,
                 commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; without `commands`, only the window's options (the plain start, parse_command_line)."""

    def tr(text: str) -> str:
        return t.text("Cli", text)

    parser_cls = parser_class(tr)

    def options(suppress: bool) -> argparse.ArgumentParser:
        # On subcommands the defaults are suppressed, so `--db X verify` and `verify --db X` both work.
        extra = {"default": argparse.SUPPRESS} if suppress else {}
        p = parser_cls(add_help=False)
        p.add_argument("--db", type=db_target, metavar="PATH", help=tr(H_DB).format(default=default_db), **extra)
        p.add_argument("--lang", choices=sorted(LANGUAGES), help=tr(H_LANG), **extra)
        return p

    common = options(suppress=True)
    parser = parser_cls(prog="chair-console", description=tr(H_DESCRIPTION), parents=[options(False)])
    parser.add_argument("--version", action="version", version=f"chair-console {__version__}", help=tr(H_VERSION))
    parser.add_argument("--demo", action="store_true", help=tr(H_DEMO))
    parser.add_argument("--role", choices=["chair", "secretary", "display", "overlay"], help=tr(H_ROLE))
    parser.add_argument("--quit-after", type=int, metavar="MS", help=tr(H_QUIT))
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help=tr(H_SHOT))
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command")
    ver = sub.add_parser("verify", parents=[common], help=tr(H_VERIFY), description=tr(H_VERIFY))
    ver.add_argument("--head", metavar="HASH", help=tr(H_HEAD))
    imp = sub.add_parser("import", parents=[common], help=tr(H_IMPORT), description=tr(H_IMPORT))
    what = imp.add_subparsers(dest="what", required=True)
    council = what.add_parser("council", parents=[common], help=tr(H_IMPORT_COUNCIL), description=tr(H_IMPORT_COUNCIL))
    council.add_argument("file", type=Path, help=tr(H_FILE))
    agenda = what.add_parser("agenda", parents=[common], help=tr(H_IMPORT_AGENDA), description=tr(H_IMPORT_AGENDA))
    agenda.add_argument("file", type=Path, help=tr(H_FILE))
    agenda.add_argument("--meeting", type=int, metavar="N", help=tr(H_MEETING))
    minutes = sub.add_parser("minutes", parents=[common], help=tr(H_MINUTES), description=tr(H_MINUTES))
    minutes.add_argument("--meeting", type=int, metavar="N", help=tr(H_MEETING))
    minutes.add_argument("--out", type=Path, required=True, help=tr(H_OUT))
    minutes.add_argument("--public", action="store_true", help=tr(H_PUBLIC))
    minutes.add_argument("--draft", action="store_true", help=tr(H_DRAFT))
    minutes.add_argument("--archive", action="store_true", help=tr(H_ARCHIVE))
    minutes.add_argument("--unverified", action="store_true", help=tr(H_UNVERIFIED))
    export = sub.add_parser("export", parents=[common], help=tr(H_EXPORT), description=tr(H_EXPORT))
    export.add_argument("--meeting", type=int, metavar="N", help=tr(H_MEETING))
    export.add_argument("--format", choices=["json", "csv"], required=True, help=tr(H_FORMAT))
    export.add_argument("--out", type=Path, required=True, help=tr(H_OUT))
    export.add_argument("--unverified", action="store_true", help=tr(H_UNVERIFIED))
    att = sub.add_parser("attendance", parents=[common], help=tr(H_ATTENDANCE), description=tr(H_ATTENDANCE))
    att.add_argument("--from", dest="date_from", required=True, metavar="DATE", help=tr(H_FROM))
    att.add_argument("--to", dest="date_to", required=True, metavar="DATE", help=tr(H_TO))
    att.add_argument("--out", type=Path, required=True, help=tr(H_REPORT_OUT))
    att.add_argument("--with-reasons", action="store_true", help=tr(H_REASONS))
    att.add_argument("--unverified", action="store_true", help=tr(H_OUTPUT_UNVERIFIED))
    chap = sub.add_parser("chapters", parents=[common], help=tr(H_CHAPTERS), description=tr(H_CHAPTERS))
    chap.add_argument("--meeting", type=int, metavar="N", help=tr(H_MEETING))
    chap.add_argument("--out", type=Path, required=True, help=tr(H_CHAPTERS_OUT))
    chap.add_argument("--stream-start", metavar="HH:MM:SS", help=tr(H_STREAM_START))
    chap.add_argument("--unverified", action="store_true", help=tr(H_OUTPUT_UNVERIFIED))
    sim = sub.add_parser("simulate", help=tr(H_SIMULATE), description=tr(H_SIMULATE))
    sim.add_argument("--db", type=db_target, metavar="PATH", default=argparse.SUPPRESS,
                     help=tr(H_SIM_DB).format(default=training_db or default_db))
    sim.add_argument("--lang", choices=sorted(LANGUAGES), default=argparse.SUPPRESS, help=tr(H_LANG))
    sim.add_argument("--seed", type=int, default=1, metavar="N", help=tr(H_SEED))
    sim.add_argument("--items", type=int, default=60, metavar="N", help=tr(H_ITEMS))
    sim.add_argument("--speeches", type=int, default=500, metavar="N", help=tr(H_SPEECHES))
    sim.add_argument("--votes", type=int, default=150, metavar="N", help=tr(H_VOTES))
    sim.add_argument("--hours", type=float, default=10.0, metavar="H", help=tr(H_HOURS))
    sim.add_argument("--report", action="store_true", help=tr(H_REPORT))
    sim.add_argument("--pace", type=float, default=0.0, metavar="SECONDS", help=tr(H_PACE))
    sim.add_argument("--stop-after", type=int, metavar="N", help=tr(H_STOP))
    new = sub.add_parser("new-meeting", parents=[common], help=tr(H_NEW_MEETING), description=tr(H_NEW_MEETING))
    new.add_argument("--date", help=tr(H_DATE))
    new.add_argument("--extraordinary", choices=["mayor", "third"], help=tr(H_EXTRA))
    new.add_argument("--place", required=True, help=tr(H_PLACE))
    new.add_argument("--title", help=tr(H_TITLE))
    new.add_argument("--start", default="", help=tr(H_START))
    new.add_argument("--term", help=tr(H_TERM))
    new.add_argument("--remote", action="store_true", help=tr(H_REMOTE))
    return parser


class _NotPlain(Exception):
    """The command line is not a plain start of the window: parse it with the whole parser."""


def parse_command_line(argv: list[str], t: Translations, default_db: Path, training_db: Path) -> argparse.Namespace:
    """The arguments, parsed by the window's options alone when the command line is a plain start (issue 17: the
    subcommands' parsers are not built on every start of the window); by the whole parser when it names a command,
    asks for help or is anything the window's options do not take, so that help, errors and usage are the same."""
    if not (DATA_COMMANDS | {"-h", "--help"}) & set(argv):  # DATA_COMMANDS: every subcommand
        plain = build_parser(t, default_db, training_db, commands=False)

        def not_plain(message: str) -> NoReturn:
            raise _NotPlain(message)

        plain.error = not_plain  # type: ignore[method-assign]
        try:
            args, rest = plain.parse_known_args(argv)
        except _NotPlain:
            rest = ["?"]
        if not rest:
            args.command = None
            return args
    return build_parser(t, default_db, training_db).parse_args(argv)


def data_command(args: argparse.Namespace, db_path: Path | str, t: Translations) -> int:
    """import council | import agenda | new-meeting | simulate | minutes | export: one transaction each for those
    that write; errors told in plain words with a documented exit code, nothing changed."""
    from chair_console.clock import SystemClock
    from chair_console.minutes import MinutesError
    from chair_console.procedure.errors import CodedError
    from chair_console.services import imports, meetings
    from chair_console.services.records import LogNotVerified
    from chair_console.store.database import open_database

    def tr(text: str) -> str:
        return t.text("Cli", text)

    def fail(exc: CodedError | MinutesError) -> int:
        print(describe(exc.code, exc.params, tr=t.text), file=sys.stderr)
        return exit_code(exc.code)

    reading = args.command in ("minutes", "export", "attendance", "chapters")
    db = None
    try:
        db = open_database(db_path, create=not reading, write=not reading)
        clock = SystemClock()
        if args.command == "simulate":
            from chair_console.services.simulation import simulate
            from chair_console.simulator import Params

            params = Params(items=args.items, speeches=args.speeches, votes=args.votes, hours=args.hours)
            report = (lambda seq: print("committed", seq, flush=True)) if args.report else None
            meeting, steps = simulate(db, args.seed, params, report, stop_after=args.stop_after, pace=args.pace)
            print(tr(M_SIMULATED).format(meeting=meeting, steps=steps))
            print(tr(M_TRAINING_DB).format(path=db.path))
        elif reading:
            from chair_console.services import records

            if args.command == "attendance":  # every meeting in the range: no one meeting to choose
                from chair_console.services.attendance_report import write_report

                report = write_report(db, args.date_from, args.date_to, args.out, with_reasons=args.with_reasons,
                                      unverified=args.unverified)
                print(tr(M_REPORT_WROTE).format(path=report.path, rows=report.rows, meetings=report.meetings))
                return 0
            meeting = meetings.chosen_meeting(db, args.meeting)
            if args.command == "chapters":
                from chair_console.services.chapters import write_chapters

                out = write_chapters(db, meeting, args.out, args.stream_start, unverified=args.unverified)
            elif args.command == "minutes":
                out = records.minutes(db, meeting, args.out, public=args.public, draft=True if args.draft else None,
                                      unverified=args.unverified, archive=args.archive)
            elif args.format == "json":
                out = records.export_json(db, meeting, args.out, unverified=args.unverified)
            else:
                out = records.export_csv(db, meeting, args.out, unverified=args.unverified)
            print(tr(M_WROTE).format(path=out))
        elif args.command == "new-meeting":
            meeting, title = meetings.new_meeting(
                db, clock, date=args.date, place=args.place, title=args.title, start=args.start, term=args.term,
                remote=args.remote, extraordinary=args.extraordinary,
            )
            print(tr(M_CREATED).format(meeting=meeting, title=title))
        elif args.what == "council":
            c = imports.import_council(db, args.file)
            print(tr(M_IMPORTED_COUNCIL).format(
                file=args.file.name, members=len(c.members), groups=len(c.groups), subs=len(c.substitutes),
                gov=len(c.government), committees=len(c.committees),
            ))
        else:
            meeting = meetings.chosen_meeting(db, args.meeting)
            items = imports.import_agenda(db, meeting, args.file, clock)
            print(tr(M_IMPORTED_AGENDA).format(file=args.file.name, items=len(items), meeting=meeting))
    except meetings.NoMeeting as exc:
        if exc.code == "meeting.none":
            print(tr(M_NO_MEETING), file=sys.stderr)
        else:
            ids = ", ".join(str(i) for i in exc.params["meetings"])
            where = db.where if db is not None else db_path
            print(tr(M_NO_SUCH_MEETING).format(meeting=exc.params["meeting"], path=where, meetings=ids), file=sys.stderr)
        return EXIT_REFUSED
    except LogNotVerified as exc:
        p = exc.problem
        print(describe_problem(exc.path, p.meeting_id, p.seq, p.code, p.detail, tr=t.text), file=sys.stderr)
        if reading:
            print(describe("log.failed_output", tr=t.text), file=sys.stderr)
        return EXIT_VERIFY
    except (CodedError, MinutesError) as exc:
        return fail(exc)
    except OSError as exc:
        print(describe("file.unwritable", {"path": str(getattr(args, "out", "")), "detail": exc.strerror or str(exc)},
                       tr=t.text), file=sys.stderr)
        return EXIT_UNWRITABLE
    finally:
        if db is not None:
            db.close()
    return 0


def verify(target: Path | str, t: Translations, head: str | None = None) -> int:
    """Exit 0 when the file (or PostgreSQL database) and every chain verify (and `head` names one of its events),
    1 naming the first problem (or a head that is not in the log), 2 when the database cannot be used at all
    (3 when a PostgreSQL server cannot be reached). Read-only: nothing is migrated or written."""
    from chair_console.services.verification import find_printed_head, is_printed_head, verify_database
    from chair_console.store.database import DatabaseError, shown

    def tr(text: str) -> str:
        return t.text("Cli", text)

    db = target if isinstance(target, Path) else None
    if db is not None and not db.exists():
        print(tr(M_NO_DB).format(path=db), file=sys.stderr)
        return EXIT_REFUSED
    if head is not None and not is_printed_head(head):
        print(tr(M_HEAD_SHORT), file=sys.stderr)
        return EXIT_REFUSED
    opened = None
    try:
        if db is None:  # a PostgreSQL server: opened as it is, never migrated by verify
            from chair_console.store.postgres import open_postgres

            opened = open_postgres(str(target), create=False, upgrade=False)
        result = verify_database(opened or db)
        if result.empty or result.problems or head is None:
            matches = []
        else:
            matches = find_printed_head(opened or db, head)
    except DatabaseError as exc:
        print(describe(exc.code, exc.params, tr=t.text), file=sys.stderr)
        return exit_code(exc.code) if exc.code.startswith("store.") else EXIT_REFUSED
    finally:
        if opened is not None:
            opened.close()
    db = shown(target)
    if result.empty:  # empty, or SQLite without our tables
        print(tr(M_EMPTY_DB).format(path=db), file=sys.stderr)
        return EXIT_REFUSED
    if result.problems:
        p = result.problems[0]
        print(describe_problem(db, p.meeting_id, p.seq, p.code, p.detail, tr=t.text), file=sys.stderr)
        return EXIT_VERIFY
    print(tr(M_VERIFY_OK).format(path=db, meetings=result.meetings, events=result.events))
    if head is None:
        return 0
    if not matches:
        print(tr(M_HEAD_NOT_FOUND).format(short=head.strip().lower(), path=db), file=sys.stderr)
        return EXIT_VERIFY
    for m in matches:
        e = m.event
        after = (tr(M_HEAD_AFTER).format(count=len(m.after), when=_when(m.after[-1].wall_us)) if m.after
                 else tr(M_HEAD_LAST))
        print(tr(M_HEAD_FOUND).format(short=e.hash[:16], seq=e.seq, meeting=e.meeting_id, title=e.title,
                                      when=_when(e.wall_us), after=after))
        for a in m.after:
            print(f"  {a.seq:>5}  {_when(a.wall_us)}  {a.kind}")
    return 0


def _when(wall_us: int) -> str:
    from datetime import datetime

    return datetime.fromtimestamp(wall_us / 1_000_000).strftime("%Y-%m-%d %H:%M:%S")


def main(argv: list[str] | None = None) -> int:
    # Start-up (issue 17): no cyclic garbage collection while the modules are imported and the window is built
    # (some 60 collections, ~9 ms, before the first frame); on again right after the window's first frame
    # (app.run_gui), at once for the other commands, and in any case when this returns.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv, collecting)
    except Exception:  # never a traceback in the user's face: the log has it, the user gets plain words
        import logging

        from chair_console.logs import configure_logging

        paths = app_paths()
        configure_logging(paths.log_file)
        logging.getLogger(__name__).critical("unexpected error", exc_info=True)
        print(f"Chair Console: uventet feil. Detaljer står i loggfilen {paths.log_file}", file=sys.stderr)
        return EXIT_BUG
    finally:
        if collecting:
            gc.enable()


def _main(argv: list[str] | None = None, collecting: bool = False) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    paths = app_paths()
    translations = Translations(resources_dir() / "translations")

    language = _language_from_argv(argv)
    settings = None
    if language is None and not DATA_COMMANDS & set(argv):
        from chair_console.app import open_settings

        settings = open_settings(paths)
        language = str(settings.value("language", DEFAULT_LANGUAGE))
    translations.load(language or os.environ.get("CHAIR_CONSOLE_LANG", DEFAULT_LANGUAGE))

    args = parse_command_line(argv, translations, paths.default_db, paths.simulation_db)
    db = getattr(args, "db", None)
    if db is None:  # demo and simulation never use the real database unless told to (and then check it)
        if args.command == "simulate":
            db = paths.simulation_db
        elif args.demo:
            db = paths.demo_db
        else:  # the station's database as IT set it in the settings file, else the file in the data folder
            db = configured_database(paths.settings_file) or paths.default_db
    if args.command is not None and collecting:  # a command's run is not a start-up: collect as usual
        gc.enable()
    if args.command == "verify":
        return verify(db, translations, args.head)
    if args.command in DATA_COMMANDS - {"verify"}:
        return data_command(args, db, translations)

    from chair_console.app import GuiOptions, display_problem, open_settings, run_gui

    problem = display_problem()
    if problem is not None:  # Qt would abort the process (exit 134) with a message about plugins
        print(describe(problem, tr=translations.text), file=sys.stderr)
        return EXIT_NO_DISPLAY
    if settings is None:
        settings = open_settings(paths)
    if args.lang:
        settings.setValue("language", translations.language)
    quit_after = args.quit_after
    if quit_after is None and os.environ.get("CHAIR_CONSOLE_QUIT_AFTER_MS", "").isdigit():
        quit_after = int(os.environ["CHAIR_CONSOLE_QUIT_AFTER_MS"])  # headless smoke runs (CI)
    options = GuiOptions(db=db, demo=args.demo, role=args.role, quit_after_ms=quit_after, screenshot=args.screenshot,
                         collect_after_start=collecting)
    return run_gui(options, paths, translations, settings)
