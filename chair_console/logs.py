"""Logging to a rotating file in the user's log directory."""

from __future__ import annotations

import logging
import os
from pathlib import Path

MAX_BYTES = 2_000_000
BACKUPS = 5


class RotatingLog(logging.FileHandler):
    """The log file, rotated as `logging.handlers.RotatingFileHandler` rotates it: before a record would take it past
    `max_bytes`, chair-console.log becomes .log.1 (.1 becomes .2 …, the oldest of `backups` goes). Made on the
    FileHandler `logging` itself has: `logging.handlers` imports socket, pickle and queue, ~8 ms of every start
    (issue 17)."""

    def __init__(self, filename: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        super().__init__(filename, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
            logging.FileHandler.emit(self, record)
        except Exception:  # as every handler: a record that cannot be written is reported, never raised
            self.handleError(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False  # never roll anything but a regular file (as the standard library)
        if self.stream is None:
            self.stream = self._open()
        if self.max_bytes <= 0:
            return False
        self.stream.seek(0, 2)
        return self.stream.tell() + len(self.format(record) + "\n") >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        if self.backups > 0:
            for i in range(self.backups - 1, 0, -1):
                older, newer = f"{self.baseFilename}.{i}", f"{self.baseFilename}.{i + 1}"
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.baseFilename + ".1"
            if os.path.exists(first):
                os.remove(first)
            if os.path.exists(self.baseFilename):
                os.rename(self.baseFilename, first)
        self.stream = self._open()


def configure_logging(log_file: Path, level: int = logging.INFO) -> logging.Handler | None:
    """Attach a rotating file handler to the root logger; returns it (None if the folder can't be made)."""
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingLog(log_file)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    return handler
