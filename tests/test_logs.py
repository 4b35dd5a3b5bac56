"""The log file's rotation (logs.py): as logging.handlers.RotatingFileHandler rotates, without importing it."""

from __future__ import annotations

import logging

from chair_console.logs import RotatingLog, configure_logging


def _record(text: str) -> logging.LogRecord:
    return logging.LogRecord("test", logging.INFO, __file__, 1, text, None, None)


def test_rotates_before_a_record_would_pass_the_limit_and_keeps_the_newest_backups(tmp_path):
    path = tmp_path / "chair-console.log"
    handler = RotatingLog(path, max_bytes=100, backups=2)
    try:
        for i in range(12):
            handler.emit(_record(f"line {i:02d} " + "x" * 30))
    finally:
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["chair-console.log", "chair-console.log.1", "chair-console.log.2"]
    assert all(p.stat().st_size < 100 for p in tmp_path.iterdir())
    newest = path.read_text(encoding="utf-8")
    assert "line 11" in newest
    assert "line 00" not in (path.with_name("chair-console.log.2").read_text(encoding="utf-8"))
    # nothing lost between the current file and the first backup
    assert "line 09" in path.with_name("chair-console.log.1").read_text(encoding="utf-8") + newest


def test_configure_logging_writes_without_loading_logging_handlers(tmp_path):
    import subprocess
    import sys

    code = (
        "import logging, sys; from pathlib import Path; from chair_console.logs import configure_logging; "
        f"h = configure_logging(Path({str(tmp_path / 'logs' / 'c.log')!r})); logging.getLogger('x').info('hei'); "
        "h.close(); print('logging.handlers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
    assert "INFO x: hei" in (tmp_path / "logs" / "c.log").read_text(encoding="utf-8")


def test_a_folder_that_cannot_be_made_gives_no_handler(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert configure_logging(blocker / "logs" / "chair-console.log") is None
