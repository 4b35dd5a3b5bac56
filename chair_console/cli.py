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

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, metavar="PATH", help=tr(H_DB).format(default=default_db))
    common.add_argument("--lang", choices=sorted(LANGUAGES), help=tr(H_LANG))
    parser = argparse.ArgumentParser(prog="chair-console", description=tr(H_DESCRIPTION), parents=[common])
    parser.add_argument("--version", action="version", version=f"chair-console {__version__}", help=tr(H_VERSION))
    parser.add_argument("--demo", action="store_true", help=tr(H_DEMO))
    parser.add_argument("--role", choices=["chair", "secretary"], help=tr(H_ROLE))
    parser.add_argument("--quit-after", type=int, metavar="MS", help=tr(H_QUIT))
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help=tr(H_SHOT))
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("verify", parents=[common], help=tr(H_VERIFY), description=tr(H_VERIFY))
    return parser


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
    argv = list(sys.argv[1:] if argv is None else argv)
    paths = app_paths()
    translations = Translations(resources_dir() / "translations")

    language = _language_from_argv(argv)
    settings = None
    if language is None and "verify" not in argv:
        from chair_console.app import open_settings

        settings = open_settings(paths)
        language = str(settings.value("language", DEFAULT_LANGUAGE))
    translations.load(language or os.environ.get("CHAIR_CONSOLE_LANG", DEFAULT_LANGUAGE))

    args = build_parser(translations, paths.default_db).parse_args(argv)
    db = args.db or paths.default_db
    if args.command == "verify":
        return verify(db, translations)

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
