"""The command line: `chair-console [--demo] [--db PATH] [--lang en]`, `chair-console verify`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from chair_console import __version__
from chair_console.i18n import DEFAULT_LANGUAGE, LANGUAGES, Translations
from chair_console.messages import describe
from chair_console.paths import app_paths
from chair_console.resources import resources_dir

H_DESCRIPTION = QT_TRANSLATE_NOOP("Cli", "Chair Console: møtelederens konsoll for bystyrets møter.")
H_DB = QT_TRANSLATE_NOOP("Cli", "databasefil (standard: {default})")
H_DEMO = QT_TRANSLATE_NOOP("Cli", "opprett eller åpne demomøtet for Oslo bystyre")
H_LANG = QT_TRANSLATE_NOOP("Cli", "språk for grensesnittet: nb (norsk bokmål) eller en (engelsk)")
H_ROLE = QT_TRANSLATE_NOOP("Cli", "hvem som registrerer: chair (møteleder) eller secretary (sekretær)")
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
H_PACE = QT_TRANSLATE_NOOP("Cli", "sekunder mellom hendelsene (øvelse i sanntid, eller for å treffe midt i)")
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
H_EXPORT = QT_TRANSLATE_NOOP("Cli", "eksporter møtet: hele loggen (json) eller voteringer og innlegg (csv)")
H_FORMAT = QT_TRANSLATE_NOOP("Cli", "json eller csv")
M_WROTE = QT_TRANSLATE_NOOP("Cli", "Skrev {path}.")
M_NO_MEETING = QT_TRANSLATE_NOOP("Cli", "Databasen har ingen møter. Opprett et med new-meeting.")
P_HASH = QT_TRANSLATE_NOOP("Cli", "innholdet stemmer ikke med hashen (endret etter at den ble skrevet)")
P_LINK = QT_TRANSLATE_NOOP("Cli", "lenken til forrige hendelse er brutt")
P_GAP = QT_TRANSLATE_NOOP("Cli", "hendelsen mangler (slettet)")
P_HEAD = QT_TRANSLATE_NOOP("Cli", "loggen slutter før siste registrerte hendelse (slettet)")
P_INTEGRITY = QT_TRANSLATE_NOOP("Cli", "SQLite-integritetskontrollen feilet")
P_UNREADABLE = QT_TRANSLATE_NOOP("Cli", "kan ikke leses")

_PROBLEMS = {
    "chain.hash_mismatch": P_HASH,
    "chain.broken_link": P_LINK,
    "chain.gap": P_GAP,
    "chain.head_mismatch": P_HEAD,
    "db.integrity": P_INTEGRITY,
    "db.unreadable": P_UNREADABLE,
}


def _language_from_argv(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def build_parser(t: Translations, default_db: Path) -> argparse.ArgumentParser:
    def tr(text: str) -> str:
        return t.text("Cli", text)

    def options(suppress: bool) -> argparse.ArgumentParser:
        # On subcommands the defaults are suppressed, so `--db X verify` and `verify --db X` both work.
        extra = {"default": argparse.SUPPRESS} if suppress else {}
        p = argparse.ArgumentParser(add_help=False)
        p.add_argument("--db", type=Path, metavar="PATH", help=tr(H_DB).format(default=default_db), **extra)
        p.add_argument("--lang", choices=sorted(LANGUAGES), help=tr(H_LANG), **extra)
        return p

    common = options(suppress=True)
    parser = argparse.ArgumentParser(prog="chair-console", description=tr(H_DESCRIPTION), parents=[options(False)])
    parser.add_argument("--version", action="version", version=f"chair-console {__version__}", help=tr(H_VERSION))
    parser.add_argument("--demo", action="store_true", help=tr(H_DEMO))
    parser.add_argument("--role", choices=["chair", "secretary"], help=tr(H_ROLE))
    parser.add_argument("--quit-after", type=int, metavar="MS", help=tr(H_QUIT))
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help=tr(H_SHOT))
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("verify", parents=[common], help=tr(H_VERIFY), description=tr(H_VERIFY))
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
    export = sub.add_parser("export", parents=[common], help=tr(H_EXPORT), description=tr(H_EXPORT))
    export.add_argument("--meeting", type=int, metavar="N", help=tr(H_MEETING))
    export.add_argument("--format", choices=["json", "csv"], required=True, help=tr(H_FORMAT))
    export.add_argument("--out", type=Path, required=True, help=tr(H_OUT))
    sim = sub.add_parser("simulate", parents=[common], help=tr(H_SIMULATE), description=tr(H_SIMULATE))
    sim.add_argument("--seed", type=int, default=1)
    sim.add_argument("--items", type=int, default=60)
    sim.add_argument("--speeches", type=int, default=500)
    sim.add_argument("--votes", type=int, default=150)
    sim.add_argument("--hours", type=float, default=10.0)
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


def data_command(args: argparse.Namespace, db_path: Path, t: Translations) -> int:
    """import council | import agenda | new-meeting: one transaction each; errors told, nothing changed."""
    from chair_console.clock import SystemClock
    from chair_console.importing import ImportDataError
    from chair_console.minutes import MinutesError
    from chair_console.procedure.errors import CouncilDataError, RuleViolation
    from chair_console.services import imports
    from chair_console.store import reader
    from chair_console.store.database import DatabaseError, open_database
    from chair_console.store.event_store import StoreError

    def tr(text: str) -> str:
        return t.text("Cli", text)

    def fail(exc: ImportDataError | CouncilDataError | RuleViolation | DatabaseError | StoreError) -> int:
        print(describe(exc.code, exc.params, tr=t.text), file=sys.stderr)
        return 2

    try:
        db = open_database(db_path)
    except DatabaseError as exc:
        return fail(exc)
    clock = SystemClock()
    try:
        if args.command == "simulate":
            from chair_console.services.simulation import simulate
            from chair_console.simulator import Params

            params = Params(items=args.items, speeches=args.speeches, votes=args.votes, hours=args.hours)
            report = (lambda seq: print("committed", seq, flush=True)) if args.report else None
            meeting, steps = simulate(db, args.seed, params, report, stop_after=args.stop_after, pace=args.pace)
            print(tr(M_SIMULATED).format(meeting=meeting, steps=steps))
        elif args.command in ("minutes", "export"):
            from chair_console.services import records

            meeting = args.meeting or reader.last_used_meeting(db.path)
            if meeting is None or reader.meeting_head(db.path, meeting) is None:
                print(tr(M_NO_MEETING), file=sys.stderr)
                return 2
            if args.command == "minutes":
                out = records.minutes(db, meeting, args.out, public=args.public, draft=True if args.draft else None)
            elif args.format == "json":
                out = records.export_json(db, meeting, args.out)
            else:
                out = records.export_csv(db, meeting, args.out)
            print(tr(M_WROTE).format(path=out))
        elif args.command == "new-meeting":
            meeting = imports.new_meeting(
                db, clock, date=args.date, place=args.place, title=args.title, start=args.start, term=args.term,
                remote=args.remote, extraordinary=args.extraordinary,
            )
            print(tr(M_CREATED).format(meeting=meeting, title=args.title or args.date or ""))
        elif args.what == "council":
            c = imports.import_council(db, args.file)
            print(tr(M_IMPORTED_COUNCIL).format(
                file=args.file.name, members=len(c.members), groups=len(c.groups), subs=len(c.substitutes),
                gov=len(c.government), committees=len(c.committees),
            ))
        else:
            meeting = args.meeting or reader.last_used_meeting(db.path)
            if meeting is None:
                print(tr(M_NO_MEETING), file=sys.stderr)
                return 2
            items = imports.import_agenda(db, meeting, args.file, clock)
            print(tr(M_IMPORTED_AGENDA).format(file=args.file.name, items=len(items), meeting=meeting))
    except (ImportDataError, CouncilDataError, RuleViolation, StoreError, MinutesError) as exc:
        return fail(exc)
    except OSError as exc:
        print(describe("file.unwritable", {"path": str(getattr(args, "out", "")), "detail": exc.strerror or str(exc)},
                       tr=t.text), file=sys.stderr)
        return 2
    finally:
        db.close()
    return 0


def verify(db: Path, t: Translations) -> int:
    from chair_console.store.database import DatabaseError, inspect_file
    from chair_console.store.event_store import verify_file

    def tr(text: str) -> str:
        return t.text("Cli", text)

    if not db.exists():
        print(tr(M_NO_DB).format(path=db), file=sys.stderr)
        return 2
    try:
        inspect_file(db)
    except DatabaseError as exc:
        print(describe(exc.code, exc.params, tr=t.text), file=sys.stderr)
        return 2
    problems = verify_file(db)
    if problems:
        p = problems[0]
        problem = tr(_PROBLEMS.get(p.code, p.code)) + (f" ({p.detail})" if p.detail else "")
        if p.seq is None:
            print(tr(M_VERIFY_DB).format(path=db, problem=problem), file=sys.stderr)
        else:
            print(tr(M_VERIFY_BAD).format(path=db, seq=p.seq, meeting=p.meeting_id, problem=problem), file=sys.stderr)
        return 1
    import sqlite3

    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        meetings = conn.execute("SELECT count(*) FROM meeting").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM meeting_event").fetchone()[0]
    finally:
        conn.close()
    print(tr(M_VERIFY_OK).format(path=db, meetings=meetings, events=events))
    return 0


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except Exception:  # never a traceback in the user's face: the log has it, the user gets plain words
        import logging

        from chair_console.logs import configure_logging

        paths = app_paths()
        configure_logging(paths.log_file)
        logging.getLogger(__name__).critical("unexpected error", exc_info=True)
        print(f"Chair Console: uventet feil. Detaljer står i loggfilen {paths.log_file}", file=sys.stderr)
        return 70


def _main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    paths = app_paths()
    translations = Translations(resources_dir() / "translations")

    language = _language_from_argv(argv)
    settings = None
    if language is None and not {"verify", "import", "new-meeting", "minutes", "export", "simulate"} & set(argv):
        from chair_console.app import open_settings

        settings = open_settings(paths)
        language = str(settings.value("language", DEFAULT_LANGUAGE))
    translations.load(language or os.environ.get("CHAIR_CONSOLE_LANG", DEFAULT_LANGUAGE))

    args = build_parser(translations, paths.default_db).parse_args(argv)
    db = getattr(args, "db", None) or paths.default_db
    if args.command == "verify":
        return verify(db, translations)
    if args.command in ("import", "new-meeting", "minutes", "export", "simulate"):
        return data_command(args, db, translations)

    from chair_console.app import GuiOptions, open_settings, run_gui

    if settings is None:
        settings = open_settings(paths)
    if args.lang:
        settings.setValue("language", translations.language)
    quit_after = args.quit_after
    if quit_after is None and os.environ.get("CHAIR_CONSOLE_QUIT_AFTER_MS", "").isdigit():
        quit_after = int(os.environ["CHAIR_CONSOLE_QUIT_AFTER_MS"])  # headless smoke runs (CI)
    options = GuiOptions(db=db, demo=args.demo, role=args.role, quit_after_ms=quit_after, screenshot=args.screenshot)
    return run_gui(options, paths, translations, settings)
