"""Build the packaged executable with PyInstaller (the one command IT runs).

    python build/build_package.py [--onefile]

Output: build/dist/chair-console/ (onedir, the default) or build/dist/onefile/chair-console[.exe].
PyInstaller's work files go to build/work/. Both folders are git-ignored.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="one self-extracting file instead of a folder")
    parser.add_argument("--distpath", type=Path, help="default: build/dist (onedir), build/dist/onefile (onefile)")
    parser.add_argument("--workpath", type=Path, default=ROOT / "build" / "work")
    args = parser.parse_args()
    if args.distpath is None:
        args.distpath = ROOT / "build" / "dist" / ("onefile" if args.onefile else "")
    env = dict(os.environ, CHAIR_CONSOLE_ONEFILE="1" if args.onefile else "0")
    # Cold start (issue 17): the Python modules stored, not deflated, in the program's archive: every start inflated
    # the ~210 modules of the first frame again (~5 ms of a 0.18 s start, bench/frozen_startup.py), for ~19 MB more
    # on disk. The one-file build keeps PyInstaller's default: it unpacks itself at every start anyway.
    if not args.onefile:
        env.setdefault("PYINSTALLER_ZLIB_COMPRESSION_LEVEL", "0")
    cmd = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(args.distpath), "--workpath", str(args.workpath),
        str(ROOT / "build" / "chair_console.spec"),
    ]
    result = subprocess.run(cmd, cwd=ROOT, env=env)
    if result.returncode == 0:
        target = args.distpath / ("chair-console" + (".exe" if sys.platform == "win32" else ""))
        print(f"built {target if args.onefile else args.distpath / 'chair-console'}")
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
