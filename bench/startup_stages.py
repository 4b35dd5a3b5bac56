"""Where the console's start-up goes before the first frame, stage by stage (unfrozen, offscreen, demo meeting).

    python bench/startup_stages.py [--runs 7]

Starts `chair-console --demo --quit-after 0` in a fresh interpreter per run, alternately as the application does
(only the current phase's panes for the first frame, the others right after it) and with every pane built at
once (what the GUI tests use), and prints the median time from the interpreter's first line to each stage:
imports (PySide6, the command line, the rules, the service, the composition root, the main window), opening the
database, the replay, building the window, show() and the first turn of the event loop («shown» in
bench/frozen_startup.py, which times the packaged program against a bare PySide6 window). Compiled bytecode is
kept in a temporary folder, as a packaged program has it.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

T0 = time.perf_counter()


def child(lazy: bool) -> None:
    # as the packaged program (build/entry.py, then cli.main): no cyclic garbage collection until the first frame
    gc.disable()
    marks: list[tuple[str, float]] = []

    def mark(name: str) -> None:
        marks.append((name, time.perf_counter() - T0))

    import PySide6.QtWidgets  # noqa: F401

    mark("PySide6 imported")
    import chair_console.cli as cli

    mark("command line imported")
    import chair_console.procedure.reducer  # noqa: F401

    mark("rules (procedure.reducer) imported")
    import chair_console.services.meeting_service as ms

    mark("meeting service imported")
    import chair_console.app as app

    mark("composition root (app) imported")
    import chair_console.ui.main_window as mw

    mark("main window imported")

    def wrap(owner, name, before, after, **force):  # noqa: ANN001, ANN202
        original = getattr(owner, name)

        def wrapped(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            kwargs.update(force)
            mark(before)
            result = original(*args, **kwargs)
            mark(after)
            return result

        setattr(owner, name, wrapped)

    wrap(app, "open_database", "QApplication made, logging set up", "database opened")
    wrap(ms.MeetingService, "__init__", "meeting found", "log replayed")
    wrap(mw.MainWindow, "__init__", "controller made", "window built", lazy_panes=lazy)
    original_show = mw.MainWindow.show

    def show(self) -> None:  # noqa: ANN001
        mark("lock, live follower, station copy")  # what runs between the window built and show()
        original_show(self)
        mark("window.show() done")
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: mark("first turn of the event loop"))

    mw.MainWindow.show = show
    sys.argv = ["chair-console", "--demo", "--quit-after", "0"]
    gc.enable()  # cli.main holds it off again until the first frame
    cli.main()
    print(json.dumps(marks))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", choices=("lazy", "whole"))
    args = parser.parse_args()
    if args.child:
        child(args.child == "lazy")
        return
    home, cache = tempfile.mkdtemp(), tempfile.mkdtemp()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHAIR_CONSOLE_HOME=home, PYTHONPYCACHEPREFIX=cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("CHAIR_CONSOLE_REPORT_SHOWN", None)

    def run(mode: str) -> list[tuple[str, float]]:
        out = subprocess.run([sys.executable, __file__, "--child", mode], env=env, capture_output=True, text=True,
                             check=True).stdout
        return json.loads(out.strip().splitlines()[-1])

    run("whole")  # untimed: creates the demo meeting and the bytecode cache
    results: dict[str, list[list[tuple[str, float]]]] = {"lazy": [], "whole": []}
    for _ in range(args.runs):
        for mode in ("lazy", "whole"):
            results[mode].append(run(mode))
    print(f"runs: {args.runs} each, alternating, QT_QPA_PLATFORM=offscreen, unfrozen; median ms since the first line")
    print(f"{'stage':38} {'first frame: its phase':>24} {'every pane at once':>22}")
    names = [name for name, _ in results["lazy"][0]]
    previous = {"lazy": 0.0, "whole": 0.0}
    for i, name in enumerate(names):
        cells = []
        for mode in ("lazy", "whole"):
            median = statistics.median(r[i][1] for r in results[mode]) * 1000
            cells.append(f"{median:8.1f} (+{median - previous[mode]:5.1f})")
            previous[mode] = median
        print(f"{name:38} {cells[0]:>24} {cells[1]:>22}")


if __name__ == "__main__":
    main()
