"""Screenshots of the cockpit in every phase of a meeting, for docs/ and for looking at what we build.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python build/screenshots.py [--size 1366x768]
        [--out docs/screenshots] [--role chair|secretary] [--lang nb|en]

Builds the console on a fresh demo meeting (in a temporary folder: no real data is touched), walks it through
the phases of tests/meeting_script.py and saves one PNG per phase: phase-<name>-<size>.png (secretary-… for the
secretary's station)."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--role", default="chair")
    parser.add_argument("--lang", default="nb")
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split("x"))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from chair_console.app import build_console
    from chair_console.clock import SystemClock
    from chair_console.demo import ensure_demo_meeting
    from chair_console.i18n import Translations
    from chair_console.paths import app_paths
    from chair_console.resources import resources_dir
    from chair_console.services.meeting_service import MeetingService
    from chair_console.store.database import open_database
    from tests.meeting_script import walk_phases

    app = QApplication.instance() or QApplication([])
    home = Path(tempfile.mkdtemp(prefix="cc-shots-"))
    db = open_database(home / "demo.sqlite3")
    meeting_id = ensure_demo_meeting(db, SystemClock().now())
    translations = Translations(resources_dir() / "translations")
    translations.load(args.lang)
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    console = build_console(db, meeting_id, SystemClock(), app_paths(), translations, settings, args.role,
                            interactive=False)
    window = console.window
    window.setGeometry(0, 0, width, height)
    window.show()
    window.setGeometry(0, 0, width, height)
    for _ in range(5):
        app.processEvents()
    console.controller.verify_log()
    args.out.mkdir(parents=True, exist_ok=True)
    prefix = "secretary" if args.role == "secretary" else "phase"
    # the meeting is run from the podium (the chair's station, procedure/stations.py); the window follows it
    podium = MeetingService(db.event_log(meeting_id), SystemClock())
    for phase in walk_phases(podium):
        console.controller.catch_up()
        for _ in range(5):
            app.processEvents()
        path = args.out / f"{prefix}-{phase}-{args.size}.png"
        window.grab().save(str(path))
        print(path)
    podium.close()
    console.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
