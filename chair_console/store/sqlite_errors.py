"""SQLite's errors classified by their result code, not by their text (as qutebrowser does).

Python's sqlite3 exceptions carry `sqlite_errorcode`; SQLAlchemy wraps them in `.orig`. Each class of
fault gets one code of ours, whose sentence in the user's language is in messages.py: a healthy file on a
read-only disk is *read only*, never *damaged*; a full disk is a full disk."""

from __future__ import annotations

import sqlite3

# Primary result codes (https://sqlite.org/rescode.html): the low byte of an extended code.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_CONSTRAINT = 19
SQLITE_NOTADB = 26

_CODES = {
    SQLITE_PERM: "db.read_only",
    SQLITE_READONLY: "db.read_only",
    SQLITE_BUSY: "db.busy",
    SQLITE_LOCKED: "db.busy",
    SQLITE_NOMEM: "db.no_memory",
    SQLITE_IOERR: "db.io_error",
    SQLITE_CORRUPT: "db.damaged",
    SQLITE_NOTADB: "db.damaged",
    SQLITE_FULL: "db.disk_full",
    SQLITE_CANTOPEN: "db.cannot_open",
    SQLITE_CONSTRAINT: "db.constraint",
}

# Codes that mean the file itself is fine and nothing was changed: the disk or its permissions are at fault.
NOT_DAMAGED = frozenset({"db.read_only", "db.busy", "db.disk_full", "db.cannot_open", "db.io_error", "db.no_memory"})


def sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error inside `exc` (itself, or what SQLAlchemy wrapped), if any."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, sqlite3.Error):
            return exc
        exc = getattr(exc, "orig", None) or exc.__cause__  # type: ignore[assignment]
        seen += 1
    return None


def primary_code(exc: BaseException) -> int | None:
    err = sqlite_error(exc)
    code = getattr(err, "sqlite_errorcode", None) if err is not None else None
    return None if code is None else code & 0xFF


def classify(exc: BaseException, default: str = "db.unwritable") -> str:
    """Our code for a database failure: db.read_only, db.disk_full, db.busy, db.damaged …"""
    code = primary_code(exc)
    if code is None:
        if isinstance(exc, OSError):
            import errno

            if exc.errno == errno.ENOSPC:
                return "db.disk_full"
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                return "db.read_only"
        return default
    return _CODES.get(code, default)


def detail(exc: BaseException) -> str:
    """A short technical detail for the message and the log (SQLite's own words, never a web link)."""
    err = sqlite_error(exc)
    if err is not None:
        name = getattr(err, "sqlite_errorname", "") or ""
        text = str(err.args[0]) if err.args else str(err)
        return f"{text} [{name}]" if name else text
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc).split("\n", 1)[0]
