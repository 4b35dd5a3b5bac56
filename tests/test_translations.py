"""English is a full translation: every string the sources mark for translation has a finished English text
(Qt's lupdate, run on a copy of the .ts file, finds none unfinished or missing)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))

from compile_translations import qt_tool  # noqa: E402


def test_every_source_string_has_a_finished_english_translation(tmp_path: Path):
    ts = tmp_path / "chair_console_en.ts"
    shutil.copy(ROOT / "resources" / "translations" / "chair_console_en.ts", ts)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "chair_console").rglob("*.py"))
    subprocess.run([qt_tool("lupdate"), "-no-obsolete", "-silent", *sources, "-ts", str(ts)], cwd=ROOT, check=True,
                   capture_output=True)
    unfinished = [
        (ctx.findtext("name"), m.findtext("source"))
        for ctx in ET.parse(ts).getroot()
        for m in ctx.findall("message")
        if m.find("translation").get("type") == "unfinished" or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == [], f"{len(unfinished)} strings without English: {unfinished[:10]}"
