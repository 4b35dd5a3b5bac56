"""The rules and the reducer are plain Python: no Qt, no SQL, no reportlab."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import chair_console.procedure as procedure

FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "reportlab", "sqlite3", "jsonschema")


def test_procedure_sources_import_nothing_forbidden():
    for path in Path(procedure.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"
                if name.startswith("chair_console."):
                    assert name.startswith("chair_console.procedure"), f"{path.name} imports {name}"


def test_importing_the_reducer_loads_no_forbidden_module():
    code = (
        "import sys, chair_console.procedure.reducer, chair_console.procedure.chain;"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}];"
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
