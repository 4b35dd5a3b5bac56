"""PostgreSQL's errors classified by their SQLSTATE and exception class (psycopg 3), never by their text.

The counterpart of sqlite_errors.py: each class of fault gets one code of ours, whose sentence is in
messages.py. The guards on the event log (migrations 0001/0002, plpgsql triggers) raise SQLSTATEs of their own,
in the class `CC` that PostgreSQL leaves free, so that a refused change is told for what it is."""

from __future__ import annotations

import psycopg
from psycopg import errors as pg

# The guards' SQLSTATEs (raised by the trigger functions of migrations 0001 and 0002 on PostgreSQL).
APPEND_ONLY = "CC001"  # an event was to be changed or deleted
NOT_AFTER_HEAD = "CC002"  # a new event does not follow the head of its chain
HEAD_JUMP = "CC003"  # the head was to move other than one step onto the event just written
MEETING_FIXED = "CC004"  # a meeting was to be deleted, or what the chain depends on changed

_GUARDS = {
    APPEND_ONLY: "store.append_only",
    MEETING_FIXED: "store.append_only",
    NOT_AFTER_HEAD: "store.concurrent_writer",  # another station wrote first: the head moved
    HEAD_JUMP: "store.concurrent_writer",
}

# SQLSTATE classes and codes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_STATES = {
    "23505": "store.concurrent_writer",  # unique_violation: the same (meeting, seq) written by another station
    "42501": "store.forbidden",  # insufficient_privilege
    "28000": "store.forbidden",  # invalid_authorization_specification
    "28P01": "store.forbidden",  # invalid_password
    "25006": "db.read_only",  # read_only_sql_transaction (a standby, or default_transaction_read_only)
    "53100": "db.disk_full",
    "53200": "db.no_memory",
    "58030": "db.io_error",
    "40001": "db.busy",  # serialization_failure
    "40P01": "db.busy",  # deadlock_detected
    "55P03": "db.busy",  # lock_not_available
    "57014": "db.busy",  # query_canceled (statement_timeout)
    "XX001": "db.damaged",  # data_corrupted
    "XX002": "db.damaged",  # index_corrupted
}
_CLASSES = {
    "08": "store.unreachable",  # connection exception
    "57": "store.unreachable",  # operator intervention: admin shutdown, crash shutdown, cannot connect now
    "53": "db.busy",  # insufficient resources (too many connections …)
    "23": "db.constraint",  # integrity constraint violation
}


def pg_error(exc: BaseException | None) -> psycopg.Error | None:
    """The psycopg error inside `exc` (itself, or what SQLAlchemy wrapped), if any."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, psycopg.Error):
            return exc
        exc = getattr(exc, "orig", None) or exc.__cause__
        seen += 1
    return None


def is_disconnect(exc: BaseException) -> bool:
    """Whether SQLAlchemy saw the connection itself fail (the server went away)."""
    return bool(getattr(exc, "connection_invalidated", False))


def classify(exc: BaseException, default: str = "db.unwritable") -> str | None:
    """Our code for a PostgreSQL failure, or None when `exc` is not one."""
    err = pg_error(exc)
    if err is None:
        return "store.unreachable" if is_disconnect(exc) else None
    state = err.sqlstate or ""
    if state in _GUARDS:
        return _GUARDS[state]
    if state in _STATES:
        return _STATES[state]
    if isinstance(err, pg.InsufficientPrivilege):
        return "store.forbidden"
    if state[:2] in _CLASSES:
        return _CLASSES[state[:2]]
    if isinstance(err, psycopg.OperationalError) and not state:
        return "store.unreachable"  # libpq could not connect, or lost the connection: no SQLSTATE then
    if isinstance(err, psycopg.InterfaceError) or is_disconnect(exc):
        return "store.unreachable"
    return default


def detail(exc: BaseException) -> str:
    """A short technical detail: the server's primary message and its SQLSTATE (for the log and IT)."""
    err = pg_error(exc)
    if err is None:
        return str(exc).split("\n", 1)[0]
    diag = getattr(err, "diag", None)
    primary = getattr(diag, "message_primary", None) or (str(err).strip().split("\n", 1)[0])
    return f"{primary} [{err.sqlstate}]" if err.sqlstate else primary
