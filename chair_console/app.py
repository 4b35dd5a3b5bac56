"""The composition root: the one place where the object graph is built and the window shown."""

from __future__ import annotations

import gc
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from chair_console import __version__
from chair_console.clock import SystemClock
from chair_console.demo import ensure_demo_meeting
from chair_console.i18n import Translations
from chair_console.logs import configure_logging
from chair_console.messages import describe
from chair_console.paths import AppPaths
from chair_console.procedure.errors import CodedError
from chair_console.resources import resources_dir
from chair_console.services.meeting_service import MeetingService
from chair_console.store import reader
from chair_console.store.database import Database, DatabaseError, open_database, shown

if TYPE_CHECKING:
    from chair_console.services.station_copy import StationCopy
    from chair_console.ui.controller import MeetingController
    from chair_console.ui.errors import ErrorReporter
    from chair_console.ui.live import LiveFollower
    from chair_console.ui.main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass
class GuiOptions:
    """What the command line asks of the window: database, demo, role, smoke-run options."""

    db: Path | str  # a SQLite file, or a PostgreSQL URL (postgresql+psycopg://…)
    demo: bool = False
    role: str | None = None
    quit_after_ms: int | None = None  # headless smoke runs: close the window by itself
    screenshot: Path | None = None  # save a picture of the window once shown
    # cli.main holds off cyclic garbage collection while starting (issue 17): on again after the first frame
    collect_after_start: bool = False


def open_settings(paths: AppPaths) -> QSettings:
    """The settings file; if its folder cannot be made (a locked-down profile), the console still runs and
    simply does not remember settings (QSettings then fails to save, quietly)."""
    try:
        paths.config_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        log.warning("settings folder %s cannot be made: %s", paths.config_dir, exc)
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


def _say(text: str, interactive: bool, title: str) -> None:
    print(text, file=sys.stderr)
    if interactive:
        from PySide6.QtWidgets import QMessageBox

        _set_window_icon()
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(title)
        box.setText(text)
        box.addButton(QCoreApplication.translate("App", "Lukk"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()


def _ask_for_demo() -> bool:
    from PySide6.QtWidgets import QMessageBox

    _set_window_icon()
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

    lock: "QLockFile | None" = None
    live: "LiveFollower | None" = None  # follows other stations' events (ui/live.py)
    copy: "StationCopy | None" = None  # the local copy of the log on a server's station (services/station_copy.py)

    def warm_up(self, clock: SystemClock) -> None:
        """Once the window is up: load SQLAlchemy, open the writing connection, note the meeting as used.
        Nothing of this on a database this console may not write (read-only, another console's, failed)."""
        from chair_console.store.meetings import mark_used

        if self.db.read_only or self.service.held is not None:
            return
        try:
            self.service.prepare()
            with self.db.writing():
                mark_used(self.db.engine, self.service.meeting_id, clock.now())
        except CodedError as exc:  # told at the first action; the window stays up
            log.warning("warm-up: %s", exc)

    def close(self) -> None:
        if self.live is not None:
            self.live.stop()
        if self.copy is not None:
            self.copy.stop()
        self.reporter.uninstall()
        self.service.close()
        self.db.close()
        if self.lock is not None:
            self.lock.unlock()


def build_console(
    db: Database,
    meeting_id: int,
    clock: SystemClock,
    paths: AppPaths,
    translations: Translations,
    settings: QSettings,
    role: str = "chair",
    interactive: bool = True,
    lazy_panes: bool = False,
) -> Console:
    """Build service, controller, window and error reporter for one meeting (needs a QApplication). `lazy_panes`:
    the first frame has only the panes of the meeting's phase, the others are built right after it."""
    from chair_console.ui.controller import MeetingController
    from chair_console.ui.errors import ErrorReporter
    from chair_console.ui.main_window import MainWindow

    from chair_console.procedure.stations import STATIONS

    actor = role if role in STATIONS else "chair"  # the station: what it may record (procedure/stations.py)
    if getattr(db, "public", False):  # a display's or overlay's login: the public view, folded tolerantly
        from chair_console.services.public_station import PublicMeetingService

        service: MeetingService = PublicMeetingService(db.event_log(meeting_id), clock, actor=actor)
    else:
        service = MeetingService(db.event_log(meeting_id), clock, actor=actor)
    service.hold("log.verifying")  # until the chain and the file are checked (verify_log, after the first frame)
    if db.read_only:
        code = "db.read_only" if db.dialect == "sqlite" else "store.read_only_role"
        service.hold("store.public_only" if getattr(db, "public", False) else code, path=db.where)
    controller = MeetingController(service, db)
    controller.origin = reader.meeting_origin(db, meeting_id) or "meeting"
    window = MainWindow(controller, settings, translations, str(paths.log_file), lazy_panes=lazy_panes)
    reporter = ErrorReporter(paths.log_file, lambda: window, show=interactive)
    reporter.install()
    return Console(db, service, controller, window, reporter)


def display_problem(env: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why Qt could not show a window here, before it aborts the process trying (Linux/X11): no display at
    all, or the xcb plugin's libxcb-cursor0 missing. None when a window can be shown (or on other systems,
    or when QT_QPA_PLATFORM chooses a platform, such as offscreen for smoke runs)."""
    env = dict(os.environ) if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return "display.none"
    if env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        import ctypes

        try:  # by its usual name first: ctypes.util (find_library asks ldconfig) is slow to import (issue 17)
            ctypes.CDLL("libxcb-cursor.so.0")
        except OSError:
            import ctypes.util

            if ctypes.util.find_library("xcb-cursor") is None:
                return "display.xcb_cursor"
    return None


def _set_window_icon() -> None:
    """The application's icon (every window's, the hall display's too), from resources/icons: set right after the
    first frame (loading the PNG is not for the first frame, issue 17), or before a message at start."""
    from PySide6.QtGui import QIcon

    app = QApplication.instance()
    icon = resources_dir() / "icons" / "chair-console.png"
    if app is not None and app.windowIcon().isNull() and icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


UNWRITABLE_AT_START = frozenset({"db.read_only", "db.cannot_create", "db.disk_full", "db.busy", "db.io_error",
                                 "db.cannot_open", "db.unwritable", "store.unreachable", "store.forbidden",
                                 "store.read_only_role", "store.public_only"})


def _take_lock(db: Database, console: Console) -> QLockFile | None:
    """One console writes to a database at a time (until several stations are supported). A second console
    on the same file opens read-only and says whose it is. A lock left by a console that crashed is stale
    (its process is gone) and is taken over; a read-only folder needs no lock (nothing can be written). A
    PostgreSQL server needs none either: it orders the stations' writes and refuses one that wrote second."""
    if db.read_only or db.dialect != "sqlite":
        return None
    lock = QLockFile(str(db.path) + ".lock")
    lock.setStaleLockTime(0)  # never taken over by age: only when its process is gone
    if lock.tryLock(100):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        info = lock.getLockInfo()  # (pid, host, app); an empty tuple when the file cannot be read
        pid, host = (info[0], info[1]) if isinstance(info, tuple) and len(info) >= 2 else ("?", "?")
        console.controller.hold("db.in_use", pid=pid, host=host)
    else:  # the lock file itself cannot be made: the database's folder refuses writes
        console.controller.hold("db.read_only", path=str(db.path))
    return None


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
    log.info("Chair Console %s starting, database %s", __version__, shown(options.db))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Chair Console")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Oslo kommune")
    translations.install()
    interactive = options.quit_after_ms is None and QGuiApplication.platformName() != "offscreen"
    error_title = QCoreApplication.translate("App", "Chair Console kan ikke starte")

    role = options.role or str(settings.value("role", "chair"))
    try:  # the header and schema only: the whole-file check runs right after the first frame (verify_log)
        # the hall display and the overlay may run on a login that reads only the public view (store/public.py)
        db = open_database(options.db, quick_check=False, public=role in ("display", "overlay"))
    except DatabaseError as exc:
        log.error("cannot open database: %s", exc)
        _say(describe(exc.code, exc.params), interactive, error_title)
        return 3 if exc.code in UNWRITABLE_AT_START else 2
    clock = SystemClock()
    try:
        meeting_id = ensure_demo_meeting(db, clock.now()) if options.demo else reader.last_used_meeting(db)
        if meeting_id is None and interactive and _ask_for_demo():
            db.close()  # the demo never goes into this database: it has one of its own
            db = open_database(paths.demo_db, quick_check=False)
            meeting_id = ensure_demo_meeting(db, clock.now())
    except CodedError as exc:
        log.error("demo: %s", exc)
        _say(describe(exc.code, exc.params), interactive, error_title)
        db.close()
        return 3 if exc.code in UNWRITABLE_AT_START else 2
    if meeting_id is None:
        print(QCoreApplication.translate("App", "Databasen har ingen møter. Start med --demo for demomøtet."), file=sys.stderr)
        db.close()
        return 1
    try:
        console = build_console(db, meeting_id, clock, paths, translations, settings, role, interactive,
                                lazy_panes=True)
    except Exception:
        # A log edited behind the console's back may not even replay: say what verify says, not «a bug».
        from chair_console.messages import describe_problem
        from chair_console.services.verification import meeting_problem

        p = meeting_problem(db, meeting_id)
        if p is None:
            raise
        log.error("the meeting's log failed verification at start-up: %s", p)
        _say(describe_problem(db.path, p.meeting_id, p.seq, p.code, p.detail) + "\n" + describe("log.failed_start"),
             interactive, error_title)
        db.close()
        return 1
    console.lock = _take_lock(db, console)
    from chair_console.ui.live import follow

    console.live = follow(console.controller, db)  # other stations' events, as they are committed
    if db.dialect != "sqlite":  # a file is its own copy; the copy's module loads SQLAlchemy (~250 ms): not for a file
        from chair_console.services.station_copy import keep_station_copy

        console.copy = keep_station_copy(console.service, db, paths.data_dir)  # minutes even if the server is gone
        console.controller.station_copy = console.copy
    window = console.window
    if role == "overlay":  # the broadcast PC: the stream overlay alone, nothing recorded (ui/overlay.py)
        window = console.window.overlay_station()
    elif role == "display":  # the hall's screen: the hall display alone, full screen, nothing recorded
        window = console.window.display_station()
    window.show()
    from chair_console.ui.main_window import after_first_paint

    # the first frame first, then the meeting's chain and the file's check, with actions held until they pass
    # (a zero-time timer would fire before the first paint: wait for the paint, as the lazy panes do)
    def _after_checks() -> None:
        """Once the log's check ran: the warm-up (only a checked log is written to), then, for smoke runs, the
        picture and the closing — counted from here, not from the start, so that on a busy machine the check and
        the warm-up have always run before the window closes (nothing waits on a guess of the machine's speed)."""
        console.warm_up(clock)
        if options.screenshot is not None:
            def _shoot() -> None:
                window.grab().save(str(options.screenshot))
            QTimer.singleShot(max(200, (options.quit_after_ms or 1000) // 2), _shoot)
        if options.quit_after_ms is not None:
            QTimer.singleShot(options.quit_after_ms, window.close)

    def _check_then_warm_up() -> None:
        console.controller.verify_log()
        QTimer.singleShot(100, _after_checks)  # a frame or two later: SQLAlchemy and the writing connection

    after_first_paint(window, _check_then_warm_up)
    after_first_paint(window, _set_window_icon)
    if options.collect_after_start:
        after_first_paint(window, gc.enable)
        QTimer.singleShot(5000, gc.enable)  # should the window never be painted (shown minimised): not for long
    if os.environ.get("CHAIR_CONSOLE_REPORT_SHOWN") == "1":  # start-up benchmark (bench/frozen_startup.py)
        QTimer.singleShot(0, lambda: print("shown", flush=True))
    try:
        code = app.exec()
    finally:
        console.close()
    log.info("Chair Console closed (%s)", code)
    return code
