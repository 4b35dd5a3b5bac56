"""The composition root: the one place where the object graph is built and the window shown."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from chair_console import __version__
from chair_console.clock import SystemClock
from chair_console.demo import ensure_demo_meeting
from chair_console.i18n import Translations
from chair_console.logs import configure_logging
from chair_console.messages import describe
from chair_console.paths import AppPaths
from chair_console.procedure.errors import CouncilDataError
from chair_console.resources import resources_dir
from chair_console.services.meeting_service import MeetingService
from chair_console.store import reader
from chair_console.store.database import Database, DatabaseError, open_database
from chair_console.store.event_store import EventStore

if TYPE_CHECKING:
    from chair_console.ui.controller import MeetingController
    from chair_console.ui.errors import ErrorReporter
    from chair_console.ui.main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass
class GuiOptions:
    db: Path
    demo: bool = False
    role: str | None = None
    quit_after_ms: int | None = None  # headless smoke runs: close the window by itself
    screenshot: Path | None = None  # save a picture of the window once shown


def open_settings(paths: AppPaths) -> QSettings:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


def _say(text: str, interactive: bool, title: str) -> None:
    print(text, file=sys.stderr)
    if interactive:
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(title)
        box.setText(text)
        box.addButton(QCoreApplication.translate("App", "Lukk"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()


def _ask_for_demo() -> bool:
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Chair Console")
    box.setText(QCoreApplication.translate("App", "Databasen har ingen møter ennå. Vil du åpne demomøtet?"))
    demo = box.addButton(QCoreApplication.translate("App", "Åpne demomøtet"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("App", "Avslutt"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is demo


@dataclass
class Console:
    """The running console's object graph."""

    db: Database
    service: MeetingService
    controller: "MeetingController"
    window: "MainWindow"
    reporter: "ErrorReporter"

    def warm_up(self, clock: SystemClock) -> None:
        """Once the window is up: load SQLAlchemy, open the writing connection, note the meeting as used."""
        from chair_console.store.meetings import mark_used

        self.service.prepare()
        mark_used(self.db.engine, self.service.meeting_id, clock.now())

    def close(self) -> None:
        self.reporter.uninstall()
        self.service.close()
        self.db.close()


def build_console(
    db: Database,
    meeting_id: int,
    clock: SystemClock,
    paths: AppPaths,
    translations: Translations,
    settings: QSettings,
    role: str = "chair",
    interactive: bool = True,
) -> Console:
    """Build service, controller, window and error reporter for one meeting (needs a QApplication)."""
    from chair_console.ui.controller import MeetingController
    from chair_console.ui.errors import ErrorReporter
    from chair_console.ui.main_window import MainWindow

    actor = role if role in ("chair", "secretary") else "chair"
    service = MeetingService(EventStore(db, meeting_id), clock, actor=actor)
    controller = MeetingController(service, db)
    window = MainWindow(controller, settings, translations, str(paths.log_file))
    reporter = ErrorReporter(paths.log_file, lambda: window, show=interactive)
    reporter.install()
    return Console(db, service, controller, window, reporter)


def run_gui(options: GuiOptions, paths: AppPaths, translations: Translations, settings: QSettings) -> int:
    handler = configure_logging(paths.log_file)
    try:
        return _run_gui(options, paths, translations, settings)
    except Exception:  # an unexpected failure while starting: logged in full, told in plain words
        log.critical("unexpected error at start-up", exc_info=True)
        print(
            QCoreApplication.translate(
                "App", "Chair Console kunne ikke starte på grunn av en uventet feil. Detaljer står i loggfilen: {log}"
            ).format(log=paths.log_file),
            file=sys.stderr,
        )
        return 70
    finally:
        if handler is not None:
            logging.getLogger().removeHandler(handler)
            handler.close()


def _run_gui(options: GuiOptions, paths: AppPaths, translations: Translations, settings: QSettings) -> int:
    log.info("Chair Console %s starting, database %s", __version__, options.db)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Chair Console")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Oslo kommune")
    icon = resources_dir() / "icons" / "chair-console.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    translations.install()
    interactive = options.quit_after_ms is None and QGuiApplication.platformName() != "offscreen"
    error_title = QCoreApplication.translate("App", "Chair Console kan ikke starte")

    try:
        db = open_database(options.db)
    except DatabaseError as exc:
        log.error("cannot open database: %s", exc)
        _say(describe(exc.code, exc.params), interactive, error_title)
        return 2
    clock = SystemClock()
    try:
        meeting_id = ensure_demo_meeting(db, clock.now()) if options.demo else reader.last_used_meeting(db.path)
        if meeting_id is None and interactive and _ask_for_demo():
            meeting_id = ensure_demo_meeting(db, clock.now())
    except CouncilDataError as exc:
        log.error("demo data: %s", exc)
        _say(describe(exc.code, exc.params), interactive, error_title)
        db.close()
        return 2
    if meeting_id is None:
        print(QCoreApplication.translate("App", "Databasen har ingen møter. Start med --demo for demomøtet."), file=sys.stderr)
        db.close()
        return 1
    role = options.role or str(settings.value("role", "chair"))
    console = build_console(db, meeting_id, clock, paths, translations, settings, role, interactive)
    window = console.window
    window.show()
    QTimer.singleShot(100, lambda: console.warm_up(clock))
    if os.environ.get("CHAIR_CONSOLE_REPORT_SHOWN") == "1":  # start-up benchmark (bench/frozen_startup.py)
        QTimer.singleShot(0, lambda: print("shown", flush=True))
    if options.screenshot is not None:
        def _shoot() -> None:
            window.grab().save(str(options.screenshot))
        QTimer.singleShot(max(200, (options.quit_after_ms or 1000) // 2), _shoot)
    if options.quit_after_ms is not None:
        QTimer.singleShot(options.quit_after_ms, window.close)
    try:
        code = app.exec()
    finally:
        console.close()
    log.info("Chair Console closed (%s)", code)
    return code
