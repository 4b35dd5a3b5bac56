"""Opening the meeting database: checks, pragmas, backups and migrations.

One SQLite file (WAL, synchronous=FULL, foreign keys on). Before anything is written
the file is checked read-only: a file that is not SQLite, is damaged, or was made by
a newer version of the console is refused with a clear reason and left untouched.
Before a migration the file is copied aside.

`open_database` also takes a PostgreSQL URL (`postgresql+psycopg://…`, store/postgres.py): the same `Database`
interface (the storage port's `Storage`, store/port.py), without what only a file has (the file checks, the
copy before a migration, the PRAGMAs, the lock file beside it).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from contextlib import closing, contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from chair_console.procedure.errors import CodedError
from chair_console.resources import migrations_dir
from chair_console.store import reader
from chair_console.store.schema import KNOWN_REVISIONS, SCHEMA_HEAD, SQLITE_CURRENT, SQLITE_VIEWABLE
from chair_console.store.sqlite_errors import NOT_DAMAGED, classify, detail, sqlite_error

if TYPE_CHECKING:  # SQLAlchemy and Alembic load only when first needed: the window shows sooner
    from alembic.config import Config
    from sqlalchemy import Engine

    from chair_console.store.event_store import EventStore
    from chair_console.store.port import MeetingRef, Problem

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)


class DatabaseError(CodedError):
    """The database cannot be used; `code` names the reason (see ui/messages.py)."""


URL_SCHEMES = ("postgresql+psycopg://", "postgresql://", "postgres://")


def is_database_url(target: object) -> bool:
    """Whether `--db` names a PostgreSQL server (a URL) rather than a SQLite file (a path)."""
    return isinstance(target, str) and target.startswith(URL_SCHEMES)


def shown(target: object) -> str:
    """`--db` as it may be shown or logged: a PostgreSQL URL without its password."""
    if not is_database_url(target):
        return str(target)
    from urllib.parse import unquote

    from sqlalchemy.engine import make_url

    try:
        return unquote(make_url(str(target)).render_as_string(hide_password=True))
    except Exception:  # noqa: BLE001 - a malformed URL: shown without anything after the scheme's user part
        return str(target).split("@", 1)[-1]


class Database:
    """An opened, checked and current database file. The SQLAlchemy engine is made on first use.

    `read_only` is set when the file or its folder cannot be written (a read-only disk, share or file):
    the meeting can still be shown, printed, exported and verified; every write is refused with the reason."""

    dialect = "sqlite"

    def __init__(self, path: Path, backup: Path | None = None, read_only: bool = False) -> None:
        self.path = path
        self.backup = backup  # the copy made before a migration, if one ran
        self.read_only = read_only

    @property
    def where(self) -> str:
        """Where the database is, for messages."""
        return str(self.path)

    def classify_error(self, exc: BaseException, default: str = "db.unwritable") -> str | None:
        """Our code for a failure of this database (by SQLite's result code), or None when `exc` is not one."""
        if sqlite_error(exc) is None and not isinstance(exc, OSError):
            return None
        return classify(exc, default=default)

    def error_detail(self, exc: BaseException) -> str:
        return detail(exc)

    def event_log(self, meeting_id: int) -> "EventStore":
        """One meeting's log (the storage port's EventLog)."""
        from chair_console.store.event_store import EventStore

        return EventStore(self, meeting_id)

    def meetings(self) -> list["MeetingRef"]:
        from chair_console.store.port import Head, MeetingRef

        return [MeetingRef(i, uid, title, date, origin, Head(seq, digest))
                for i, uid, title, date, origin, seq, digest in reader.meetings(self)]

    def verify(self, meeting_id: int | None = None) -> list["Problem"]:
        """Every meeting's chain (and SQLite's integrity check), or one meeting's chain; read-only."""
        from chair_console.store.event_store import verify_file, verify_meeting

        return verify_file(self) if meeting_id is None else verify_meeting(self, meeting_id)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Around a write: refused at once on a read-only database; any database failure becomes a
        DatabaseError whose code says what happened (read only, disk full, busy …). Nothing is written then."""
        if self.read_only:
            raise DatabaseError("db.read_only", path=str(self.path))
        try:
            yield
        except CodedError:
            raise
        except Exception as exc:
            code = self.classify_error(exc)
            if code is None:
                raise
            raise DatabaseError(code, path=self.where, detail=self.error_detail(exc)) from exc

    @cached_property
    def engine(self) -> "Engine":
        return make_engine(self.path)

    def close(self) -> None:
        if "engine" in self.__dict__:
            self.engine.dispose()
            del self.__dict__["engine"]


def alembic_config() -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    """The newest revision in the migration scripts (tests check it equals SCHEMA_HEAD)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def make_engine(path: Path) -> "Engine":
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (below)
        cur = dbapi_connection.cursor()
        for pragma in PRAGMAS:
            cur.execute(pragma)
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        # Take the write lock at the start: one writer, no surprises half-way.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def inspect_file(path: Path, *, quick_check: bool = True) -> str | None:
    """Check an existing file without changing it. Returns its schema revision (None if new).

    `quick_check=False` leaves out SQLite's whole-file check (PRAGMA quick_check reads every page, so it
    grows with the file): the window opens on the header and schema alone and `check_file` runs right after
    the first frame, with actions held until it passes."""
    if path.exists() and not path.is_file():
        raise DatabaseError("db.not_a_file", path=str(path))
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError("db.unreadable", path=str(path), detail=exc.strerror or str(exc)) from None
    if header != SQLITE_HEADER:
        raise DatabaseError("db.not_sqlite", path=str(path))
    try:
        conn = reader.connect(path)
        try:
            if quick_check:
                _quick_check(conn, path)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise DatabaseError("db.foreign", path=str(path))
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        code = classify(exc, default="db.damaged")
        if code not in NOT_DAMAGED:  # only a file whose content SQLite rejects is called damaged
            code = "db.damaged"
        raise DatabaseError(code, path=str(path), detail=detail(exc)) from None


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    result = conn.execute("PRAGMA quick_check").fetchone()
    if not result or result[0] != "ok":
        raise DatabaseError("db.damaged", path=str(path), detail=str(result[0] if result else ""))


def check_file(path: "Path | Database") -> None:
    """SQLite's quick whole-file check, read-only (every page, so it takes longer as the file grows).
    Raises DatabaseError (`db.damaged`, or why the file cannot be read) when it fails. Nothing to do for a
    PostgreSQL database (the server checks its own pages)."""
    if isinstance(path, Database):
        if path.dialect != "sqlite":
            return
        path = path.path
    try:
        with closing(reader.connect(path)) as conn:
            _quick_check(conn, path)
    except sqlite3.DatabaseError as exc:
        code = classify(exc, default="db.damaged")
        if code not in NOT_DAMAGED:
            code = "db.damaged"
        raise DatabaseError(code, path=str(path), detail=detail(exc)) from None


def writable(path: Path) -> bool:
    """Whether the file (or, for a new file, the nearest existing folder) can be written. SQLite in WAL mode
    also writes beside the file (-wal, -shm), so its folder must be writable too."""
    if path.exists():
        return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return os.access(folder, os.W_OK)


def backup_copy(path: Path, revision: str) -> Path:
    """A consistent copy of the file (SQLite's online backup), next to it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-{revision}-{stamp}.bak")
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def open_database(path: "Path | str", *, create: bool = True, write: bool = False,
                  quick_check: bool = True, public: bool = False) -> Database:
    """Open (creating if needed) and migrate the database at `path`, a file, or a PostgreSQL URL
    (`postgresql+psycopg://…`, store/postgres.py: `create=False` refuses a database without the console's
    tables, and nothing of the file's checks applies).

    A file already at the current schema is only checked, read-only, with sqlite3: SQLAlchemy and
    Alembic are not loaded until the first write, so the console's window shows sooner. A file that
    cannot be written is opened read-only (`Database.read_only`), unless `write` asks for writing;
    `create=False` refuses a file that does not exist instead of making an empty one. `quick_check=False`
    (the window's start) leaves SQLite's whole-file check to `check_file` after the first frame, except
    before a migration, which never runs on a file that has not passed it. `public=True` (the hall display's and
    the overlay's stations) lets a PostgreSQL role that may read only the public view open it through that view
    (store/public.py); a file is always the whole log."""
    if is_database_url(path):
        from chair_console.store.postgres import open_postgres

        return open_postgres(str(path), create=create, write=write, public=public)
    path = Path(path).expanduser()
    if not create and not path.exists():
        raise DatabaseError("db.missing", path=str(path))
    revision = inspect_file(path, quick_check=quick_check)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseError("db.newer_version", path=str(path), revision=revision)
    if not quick_check and revision not in SQLITE_CURRENT and path.exists() and path.stat().st_size > 0:
        check_file(path)  # about to be migrated (or made): only a file that passed the whole check
    if not writable(path):
        if revision is None:
            raise DatabaseError("db.cannot_create", path=str(path))
        if write:
            raise DatabaseError("db.read_only", path=str(path))
        if revision not in SQLITE_VIEWABLE:  # 0002–0004 are viewed as they are (store/schema.py)
            raise DatabaseError("db.read_only_needs_upgrade", path=str(path))
        log.info("database %s is read-only: opened for viewing", path)
        return Database(path, read_only=True)
    if revision in SQLITE_CURRENT:  # else migrated, copied aside first (0002–0004: 0005 adds `uid`, store/schema.py)
        return Database(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(classify(exc), path=str(path), detail=detail(exc)) from None
    backup = None
    if revision is not None:
        try:
            backup = backup_copy(path, revision)
        except (sqlite3.Error, OSError) as exc:
            raise DatabaseError(classify(exc), path=str(path), detail=detail(exc)) from None
        log.info("backup before migrating %s from %s: %s", path, revision, backup)
    existed = path.exists() and path.stat().st_size > 0
    db = Database(path, backup)
    try:
        with db.writing():
            migrate(db.engine)
    except Exception:
        db.close()
        if not existed:  # never leave a half-made database behind (a full disk at creation)
            for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
                leftover.unlink(missing_ok=True)
        raise
    return db


def migrate(engine: "Engine", lock: int | None = None) -> None:
    """Bring the schema to SCHEMA_HEAD in one transaction. `lock`: a PostgreSQL advisory lock key, so that two
    stations starting at once migrate one after the other (PostgreSQL's DDL is transactional: all of it, or none)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import text

    with engine.begin() as conn:
        if lock is not None:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock})
        current = MigrationContext.configure(conn).get_current_revision()
        if current != SCHEMA_HEAD:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            log.info("migrated %s from %s to %s", engine.url.render_as_string(hide_password=True), current,
                     SCHEMA_HEAD)
