"""Start-up time, package size and peak memory of the packaged console against a bare PySide6 window.

    python bench/frozen_startup.py [--runs 15] [--no-build]

Builds (unless --no-build) the console with build/build_package.py (onedir), a bare "hello window"
(bench/hello_window.py) and the floor window (bench/floor_window.py: a plain main window of the console's shape,
none of its code) with PyInstaller's defaults, all into build/bench/, then starts each one alternately,
offscreen, and times from process start to the window shown (each prints "shown" from the event loop once its
window is up; the console opens the demo meeting). Prints medians, the console's ratio to the bare window
(goal <= 1.5) and the floor's, the first timed run of each, the package sizes (goal: console smaller than the bare
default build) and the console's peak memory (max RSS) with the demo meeting open.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "bench"
EXE = ".exe" if sys.platform == "win32" else ""


def build() -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "build" / "build_package.py"), "--distpath", str(OUT / "dist"),
         "--workpath", str(OUT / "work")],
        check=True,
    )
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN", "--onedir",
         "--distpath", str(OUT / "dist"), "--workpath", str(OUT / "work-hello"), "--specpath", str(OUT),
         str(ROOT / "bench" / "hello_window.py")],
        check=True,
    )
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN", "--onedir",
         "--distpath", str(OUT / "dist"), "--workpath", str(OUT / "work-floor"), "--specpath", str(OUT),
         str(ROOT / "bench" / "floor_window.py")],
        check=True,
    )


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def start(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to "shown", and peak RSS in MB."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    shown = None
    for line in proc.stdout:  # type: ignore[union-attr]
        if line.strip() == "shown":
            shown = time.perf_counter() - t0
            break
    proc.stdout.close()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    if shown is None or status != 0:
        raise SystemExit(f"{cmd[0]} did not show its window (status {status})")
    rss_kb = usage.ru_maxrss / (1024 if sys.platform == "darwin" else 1)
    return shown, rss_kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        build()
    console_dir, hello_dir = OUT / "dist" / "chair-console", OUT / "dist" / "hello_window"
    floor_cmd = [str(OUT / "dist" / "floor_window" / f"floor_window{EXE}")]
    home = Path(tempfile.mkdtemp())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHAIR_CONSOLE_HOME=str(home), CHAIR_CONSOLE_REPORT_SHOWN="1")
    console_cmd = [str(console_dir / f"chair-console{EXE}"), "--demo", "--quit-after", "0"]
    hello_cmd = [str(hello_dir / f"hello_window{EXE}")]

    start(console_cmd, env)  # untimed: creates the demo meeting in a fresh database
    console_times, hello_times, floor_times = [], [], []
    for _ in range(args.runs):
        hello_times.append(start(hello_cmd, env)[0])
        floor_times.append(start(floor_cmd, env)[0])
        console_times.append(start(console_cmd, env)[0])
    # memory: the demo meeting open for 3 s, long enough for the post-start warm-up (SQLAlchemy loaded)
    rss = [start([console_cmd[0], "--demo", "--quit-after", "3000"], env)[1] for _ in range(3)]
    med_c, med_h = statistics.median(console_times), statistics.median(hello_times)
    print(f"runs: {args.runs} each, alternating, QT_QPA_PLATFORM=offscreen; the console reopens the demo meeting")
    print(f"{'':26} {'median s':>9} {'first s':>9} {'min s':>9} {'max s':>9}")
    for name, t in (("bare PySide6 window", hello_times), ("floor: same shape, no code", floor_times),
                    ("Chair Console (demo)", console_times)):
        print(f"{name:26} {statistics.median(t):9.3f} {t[0]:9.3f} {min(t):9.3f} {max(t):9.3f}")
    med_f = statistics.median(floor_times)
    print(f"start-up ratio of medians (console / bare): {med_c / med_h:.2f}   goal <= 1.5")
    print(f"floor window / bare: {med_f / med_h:.2f}; the console's own code: {1000 * (med_c - med_f):.0f} ms "
          f"({(med_c - med_f) / med_h:.2f} of the bare window; the goal leaves it {1.5 - med_f / med_h:.2f})")
    sc, sh = size_mb(console_dir), size_mb(hello_dir)
    print(f"package size onedir: console {sc:.1f} MB, bare default build {sh:.1f} MB "
          f"({sc / sh:.2f} of it)   goal: smaller")
    print(f"peak memory (max RSS), demo meeting open 3 s: median {statistics.median(rss):.1f} MB, max {max(rss):.1f} MB")


if __name__ == "__main__":
    main()
