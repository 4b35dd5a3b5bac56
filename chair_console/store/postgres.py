"""The PostgreSQL implementation of the storage port: one server for the stations of the hall.

`--db postgresql+psycopg://USER[:PASSWORD]@HOST/DB` (or `…@/DB?host=/socket/dir`) opens a database on a server
through SQLAlchemy and psycopg 3. Alembic makes and migrates the same schema as in a SQLite file, with the same
guards as plpgsql triggers (migrations 0001 and 0002): an event is never changed or deleted, a new event follows
the head of its chain, the head moves one step onto the event just written, a meeting is never deleted. The hash
chain and `verify` are the same code as for a file (store/event_store.py).

What only a file has is left out: the file's header, quick and integrity checks (PostgreSQL checks its own
pages), the copy before a migration (IT backs the server up with pg_dump, docs/IT.md), the PRAGMAs and the lock
file beside it (the server serialises writers; a station that wrote second is refused with
`store.concurrent_writer`). A role that may not insert events opens the database read-only, as a read-only file
does. Errors are classified by SQLSTATE and exception class (store/db_errors.py)."""

from __future__ import annotations

import logging
from functools import cached_property
from typing import TYPE_CHECKING, Any

from chair_console.store import db_errors, reader
from chair_console.store.database import Database, DatabaseError, alembic_config, shown
from chair_console.store.event_store import EventStore
from chair_console.store.port import Head
from chair_console.store.schema import KNOWN_REVISIONS, SCHEMA_HEAD

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from chair_console.procedure.events import Event

log = logging.getLogger(__name__)

MIGRATION_LOCK = 19_2026_01  # pg_advisory_xact_lock key: two stations starting at once migrate one after the other
CONNECT_TIMEOUT_S = 5


class PostgresDatabase(Database):
    """An opened, current PostgreSQL database (the storage port's `Storage`). `path` holds the URL without its
    password, for messages; `url` the whole URL."""

    dialect = "postgresql"

    def __init__(self, url: str, read_only: bool = False) -> None:
        self.url = url
        self.path = shown(url)  # type: ignore[assignment]
        self.backup = None
        self.read_only = read_only

    @property
    def where(self) -> str:
        return str(self.path)

    @cached_property
    def engine(self) -> "Engine":
        from sqlalchemy import create_engine

        return create_engine(
            self.url,
            pool_pre_ping=True,  # a connection left from before a server restart is replaced, not used
            pool_size=2,
            max_overflow=4,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "chair-console"},
        )

    def classify_error(self, exc: BaseException, default: str = "db.unwritable") -> str | None:
        return db_errors.classify(exc, default=default)

    def error_detail(self, exc: BaseException) -> str:
        return db_errors.detail(exc)

    def event_log(self, meeting_id: int) -> "PostgresEventStore":
        return PostgresEventStore(self, meeting_id)

    def read_connection(self) -> "ReadConnection":
        """A pooled connection for store/reader.py's queries (psycopg's own errors, unwrapped)."""
        from sqlalchemy.exc import DBAPIError

        try:
            return ReadConnection(self.engine.raw_connection())
        except DBAPIError as exc:
            raise (exc.orig or exc) from None


class ReadConnection:
    """The part of sqlite3.Connection that store/reader.py uses, on a psycopg connection: `execute` with `?`
    placeholders (our own constant SQL, which has no other `?` or `%`), rows as tuples; `close` gives the
    connection back to the pool (rolled back: reads only)."""

    def __init__(self, raw: Any) -> None:  # noqa: ANN401 - SQLAlchemy's pooled DB-API connection
        self._raw = raw

    def execute(self, sql: str, params: tuple = ()) -> Any:  # noqa: ANN401 - a psycopg cursor
        cursor = self._raw.cursor()
        cursor.execute(sql.replace("?", "%s"), params)
        return cursor

    def close(self) -> None:
        self._raw.close()


class PostgresEventStore(EventStore):
    """One meeting's log on PostgreSQL. As the SQLite log, and: when the connection drops around COMMIT, the
    outcome is unknown to the client; the head is then read again on a fresh connection, and an event that did
    land is taken as written (never written twice, never reported lost)."""

    def _landed_anyway(self, code: str, event: "Event", expected: Head) -> str | None:
        if code != "store.unreachable":
            return None
        from chair_console.store.writer import digest_of

        try:
            head = reader.meeting_head(self._db, self.meeting_id)
        except Exception as exc:  # still unreachable: the event was not confirmed, and is not taken as written
            if not reader.is_read_error(exc):
                raise
            return None
        digest = digest_of(self.uid, expected.hash, event)
        if head is not None and head.head_seq == event.seq and head.head_hash == digest:
            log.warning("event %s of meeting %s was committed before the connection dropped", event.seq,
                        self.meeting_id)
            return digest
        return None


def open_postgres(url: str, *, create: bool = True, write: bool = False, upgrade: bool = True) -> PostgresDatabase:
    """Open the database at `url` and migrate it to the current schema (creating the tables in an empty one,
    unless `create=False`). Refused with a DatabaseError, nothing changed: a server that cannot be reached
    (`store.unreachable`), a role without access (`store.forbidden`), a database holding other tables
    (`store.foreign`) or made by a newer version (`db.newer_version`). A role that may not insert events opens
    it read-only (`write=True` refuses that instead). `upgrade=False` (verify) opens an older schema as it is,
    read-only."""
    db = PostgresDatabase(url)
    try:
        with db.engine.connect() as conn:
            tables = _tables(conn)
            revision = _revision(conn) if "alembic_version" in tables else None
            can_write = _may_insert(conn) if "meeting_event" in tables else True
    except Exception as exc:
        code = db.classify_error(exc, default="store.unreachable")
        db.close()
        if code is None:
            raise
        raise DatabaseError(code, path=db.where, detail=db.error_detail(exc)) from None
    if revision is None:
        if tables - {"alembic_version"}:
            db.close()
            raise DatabaseError("store.foreign", path=db.where)
        if not create:
            db.close()
            raise DatabaseError("store.empty", path=db.where)
    elif revision not in KNOWN_REVISIONS:
        db.close()
        raise DatabaseError("db.newer_version", path=db.where, revision=revision)
    if not can_write:
        if write or (revision != SCHEMA_HEAD and upgrade):
            db.close()
            raise DatabaseError("store.read_only_role", path=db.where)
        log.info("database %s: this role may only read; opened for viewing", db.where)
        db.read_only = True
        return db
    if revision != SCHEMA_HEAD and not upgrade:
        db.read_only = True
        return db
    if revision != SCHEMA_HEAD:
        try:
            with db.writing():
                _migrate(db.engine)
        except Exception:
            db.close()
            raise
    return db


def _tables(conn: "Connection") -> set[str]:
    from sqlalchemy import inspect

    return set(inspect(conn).get_table_names())


def _revision(conn: "Connection") -> str | None:
    from sqlalchemy import text

    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _may_insert(conn: "Connection") -> bool:
    from sqlalchemy import text

    return bool(conn.execute(text("SELECT has_table_privilege('meeting_event', 'INSERT')")).scalar())


def _migrate(engine: "Engine") -> None:
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import text

    with engine.begin() as conn:  # PostgreSQL's DDL is transactional: all of it, or none of it
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        current = MigrationContext.configure(conn).get_current_revision()
        if current != SCHEMA_HEAD:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            log.info("migrated %s from %s to %s", engine.url.render_as_string(hide_password=True), current,
                     SCHEMA_HEAD)
