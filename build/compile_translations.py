"""Compile the interface translations: resources/translations/*.ts -> .qm (Qt's lrelease).

    python build/compile_translations.py            compile every .ts to .qm
    python build/compile_translations.py --update   first refresh the .ts files from the
                                                    sources (Qt's lupdate), then compile

Run by the README's setup command and by the packaged build. Exits non-zero on failure.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"


def qt_tool(name: str) -> str:
    """PySide6 ships lupdate/lrelease inside its package; its pyside6-* wrappers sit on PATH."""
    import PySide6

    exe = ".exe" if sys.platform == "win32" else ""
    bundled = Path(PySide6.__file__).parent / f"{name}{exe}"
    if bundled.exists():
        return str(bundled)
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper:
        return wrapper
    raise SystemExit(f"cannot find Qt's {name} (install PySide6)")


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "chair_console").rglob("*.py"))
    for ts in sorted(TS_DIR.glob("*.ts")):
        subprocess.run([qt_tool("lupdate"), "-no-obsolete", *sources, "-ts", str(ts)], cwd=ROOT, check=True)


def compile_all() -> list[Path]:
    out = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts files from the sources first")
    args = parser.parse_args()
    if args.update:
        update()
    compiled = compile_all()
    if not compiled:
        print(f"no .ts files in {TS_DIR}", file=sys.stderr)
        return 1
    for qm in compiled:
        print(f"compiled {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
