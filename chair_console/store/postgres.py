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
import select
import socket
import threading
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable

from chair_console.store import db_errors, reader
from chair_console.store.database import Database, DatabaseError, migrate, shown
from chair_console.store.event_store import EventStore
from chair_console.store.port import Head
from chair_console.store.schema import KNOWN_REVISIONS, SCHEMA_HEAD

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from chair_console.procedure.events import Event

log = logging.getLogger(__name__)

NOTIFY_CHANNEL = "chair_console_events"  # migration 0003: pg_notify(channel, '<meeting id>:<seq>') per event
MIGRATION_LOCK = 19_2026_01  # pg_advisory_xact_lock key: two stations starting at once migrate one after the other
CONNECT_TIMEOUT_S = 5
RETRY_FIRST_S = 0.1  # the listener's first pause before it connects again; doubled each time, up to:
RETRY_MAX_S = 2.0
KEEPALIVE_S = 10  # TCP keepalives (libpq): a silently dropped network is noticed within about this many seconds
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 4, "keepalives_interval": 2, "keepalives_count": 3}


def station_name(kind: str) -> str:
    """The `application_name` a station's connections carry: what it is and its process id, so that IT (and the
    fault tests) can tell the stations apart in pg_stat_activity."""
    import os

    return f"{kind} {os.getpid()}"


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
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": station_name("chair-console"),
                          **KEEPALIVES},
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
    land is taken as written (never written twice, never reported lost). An append whose connection was lost
    (the server restarted, or dropped this station's connection) and did not land is tried once more on a fresh
    connection, with the same event and the same expected head: the head guard refuses it should anything have
    been written meanwhile, so it can never be doubled. Only when the server still cannot be reached is the
    action refused (`store.unreachable`)."""

    def append(self, event: "Event", expected: Head | None = None) -> str:
        from chair_console.store.port import StoreError

        expected = expected or self.head()
        try:
            return super().append(event, expected)
        except StoreError as exc:
            if exc.code != "store.unreachable":
                raise
            log.warning("append of event %s: connection lost (%s); once more on a fresh connection", event.seq,
                        exc.params.get("detail"))
        return super().append(event, expected)

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


def open_postgres(url: str, *, create: bool = True, write: bool = False, upgrade: bool = True,
                  public: bool = False) -> PostgresDatabase:
    """Open the database at `url` and migrate it to the current schema (creating the tables in an empty one,
    unless `create=False`). Refused with a DatabaseError, nothing changed: a server that cannot be reached
    (`store.unreachable`), a role without access (`store.forbidden`), a database holding other tables
    (`store.foreign`) or made by a newer version (`db.newer_version`). A role that may not insert events opens
    it read-only (`write=True` refuses that instead). `upgrade=False` (verify) opens an older schema as it is,
    read-only.

    A role that may read only the public view (`chair_console_public`, migration 0004: the hall display's and the
    overlay's stations) opens it, with `public=True`, as a read-only `PublicDatabase` (store/public.py: the log from
    `public_meeting_event`, no hashes); without `public=True` (a chair's or secretary's station, or a command that
    needs the whole log) it is refused with `store.public_only`."""
    db = PostgresDatabase(url)
    try:
        with db.engine.connect() as conn:
            tables = _tables(conn)
            revision = _revision(conn) if "alembic_version" in tables else None
            can_write = _may_insert(conn) if "meeting_event" in tables else True
            can_read = _may_read(conn) if "meeting_event" in tables else True
            public_view = not can_read and _may_read_public(conn)
    except Exception as exc:
        code = db.classify_error(exc, default="store.unreachable")
        db.close()
        if code is None:
            raise
        raise DatabaseError(code, path=db.where, detail=db.error_detail(exc)) from None
    if not can_read:  # a display or overlay role (chair_console_public, migration 0004): the public view only
        db.close()
        if not public_view:
            raise DatabaseError("store.forbidden", path=db.where, detail="no SELECT on meeting_event")
        if not public or write:
            raise DatabaseError("store.public_only", path=db.where)
        if revision not in KNOWN_REVISIONS:
            raise DatabaseError("db.newer_version", path=db.where, revision=revision)
        from chair_console.store.public import PublicDatabase

        log.info("database %s: this role may read only the public view; opened for the hall display", db.where)
        return PublicDatabase(url)
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
                migrate(db.engine, lock=MIGRATION_LOCK)
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


def _may_read(conn: "Connection") -> bool:
    from sqlalchemy import text

    return bool(conn.execute(text("SELECT has_table_privilege('meeting_event', 'SELECT')")).scalar())


def _may_read_public(conn: "Connection") -> bool:
    """Whether the role may read the public view of the log (migration 0004; none before it)."""
    from sqlalchemy import text

    return bool(conn.execute(text(
        "SELECT to_regclass('public_meeting_event') IS NOT NULL AND to_regclass('public_meeting') IS NOT NULL "
        "AND has_table_privilege(to_regclass('public_meeting_event'), 'SELECT') "
        "AND has_table_privilege(to_regclass('public_meeting'), 'SELECT')")).scalar())


# -- following the meeting live: LISTEN / NOTIFY ----------------------------------------------------------------

Notified = Callable[["int | None", "int | None"], None]


def parse_notification(payload: str) -> tuple[int, int] | None:
    """(meeting id, seq) from a notification's payload '<meeting id>:<seq>' (migration 0003); None if malformed."""
    meeting, _, seq = payload.partition(":")
    try:
        return int(meeting), int(seq)
    except ValueError:
        return None


def listen_conninfo(url: str) -> str:
    """The libpq connection string for psycopg of a SQLAlchemy URL (`postgresql+psycopg://…`)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class PgListener:
    """A dedicated connection in autocommit that does `LISTEN chair_console_events` and calls back, from its own
    thread, with (meeting id, seq) for each event committed by any station (migration 0003's trigger). The
    thread sleeps in `select` on the connection's socket and on a wake-up socket of its own (for `stop`):
    nothing is polled, a notification is handed on as soon as the server sends it.

    After it connects, and after every reconnect (the server restarted, the network dropped), it calls back
    with (None, None): whatever was committed while it was not listening must be caught up. A lost connection
    is retried with a growing pause (0.1 s, doubled, at most `RETRY_MAX_S`) until `stop`: a server that restarts
    is heard again within about two seconds of taking connections. TCP keepalives tell a network that dropped
    without a word (a cable, a switch) within about `KEEPALIVE_S` seconds. `on_connection(bool)` is told when it is
    listening and when it lost the server. The callbacks run on the listener's thread: a UI hands them to its
    own thread (ui/live.py)."""

    def __init__(self, url: str, notified: Notified, on_connection: Callable[[bool], None] | None = None) -> None:
        self._conninfo = listen_conninfo(url)
        self._notified = notified
        self._on_connection = on_connection
        self._stopping = threading.Event()
        self.listening = threading.Event()  # set while LISTEN is in effect (tests wait for it)
        self._wake_r, self._wake_w = socket.socketpair()
        self._thread: threading.Thread | None = None

    def start(self) -> "PgListener":
        self._thread = threading.Thread(target=self._run, name="chair-console-listen", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        try:
            self._wake_w.send(b"x")
        except OSError:
            pass
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        for sock in (self._wake_r, self._wake_w):
            sock.close()

    def _run(self) -> None:
        import psycopg

        pause = RETRY_FIRST_S
        while not self._stopping.is_set():
            try:
                conn = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                                       application_name=station_name("chair-console-listen"), **KEEPALIVES)
            except psycopg.Error as exc:
                log.warning("listening for events: cannot connect (%s); again in %.1f s", db_errors.detail(exc), pause)
                self._stopping.wait(pause)
                pause = min(pause * 2, RETRY_MAX_S)
                continue
            try:
                conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                pause = RETRY_FIRST_S
                self.listening.set()
                self._tell_connection(True)
                self._notified(None, None)  # catch up on what was committed before LISTEN took effect
                self._listen(conn)
            except psycopg.Error as exc:
                if not self._stopping.is_set():
                    log.warning("listening for events: connection lost (%s)", db_errors.detail(exc))
            finally:
                was = self.listening.is_set()
                self.listening.clear()
                conn.close()
                if was and not self._stopping.is_set():
                    self._tell_connection(False)

    def _listen(self, conn: Any) -> None:  # noqa: ANN401 - a psycopg connection
        fd = conn.fileno()
        while not self._stopping.is_set():
            ready, _, _ = select.select([fd, self._wake_r], [], [])
            if self._wake_r in ready:
                return
            for notify in conn.notifies(timeout=0):
                parsed = parse_notification(notify.payload)
                if parsed is not None:
                    self._notified(*parsed)
            if conn.closed or conn.broken:
                raise _lost()

    def _tell_connection(self, up: bool) -> None:
        if self._on_connection is not None:
            self._on_connection(up)


def _lost() -> Exception:
    import psycopg

    return psycopg.OperationalError("the listening connection was closed")
