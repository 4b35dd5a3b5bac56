"""Compile the console's dataclass methods once, for the packaged program (chair_console/dataclass_code.py).

    python build/compile_dataclasses.py FILE

Run by build/chair_console.spec with the Python being packaged; writes FILE, which the package carries and
build/entry.py installs before the console is imported. Kept out of the package: the package would otherwise
carry pkgutil and PyInstaller's start-up hook for it (issue 17).
"""

from __future__ import annotations

import pkgutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chair_console import dataclass_code  # noqa: E402


def console_modules() -> list[str]:
    """Every module of the console's package but the database migrations (Alembic loads them as files), the
    package's `__main__` (it would start the console) and the store's own module."""
    import chair_console

    return sorted(
        info.name
        for info in pkgutil.walk_packages(chair_console.__path__, "chair_console.")
        if not info.name.startswith("chair_console.migrations")
        and info.name not in ("chair_console.__main__", "chair_console.dataclass_code")
    )


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    codes = dataclass_code.record(console_modules())
    dataclass_code.write(argv[0], codes)
    print(f"{len(codes)} dataclass methods compiled into {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
