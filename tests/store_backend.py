"""Tests that run on both stores: a SQLite file or a PostgreSQL database (tests/conftest.py `backend`); and the
set-up the stations' tests share (issue 19): the demo meeting on a database, a station's service on it, a
PostgreSQL cluster of a test's own, a raw connection to a server's database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from chair_console.store.database import Database, open_database

if TYPE_CHECKING:
    from chair_console.services.meeting_service import MeetingService


def demo_meeting(target: "Path | str") -> tuple[Database, int]:
    """The demo meeting in the database at `target` (a file or a PostgreSQL URL, as `--db` takes it), made when it
    is not there yet: (the open database, the meeting's id). The caller closes the database."""
    from chair_console.clock import SystemClock
    from chair_console.demo import ensure_demo_meeting

    db = open_database(target)
    return db, ensure_demo_meeting(db, SystemClock().now())


def station(db: Database, meeting_id: int, actor: str = "chair") -> "MeetingService":
    """A station's service on the meeting (its own event log on `db`), recording as `actor` (chair, secretary,
    display, overlay) on the system clock. The caller closes it."""
    from chair_console.clock import SystemClock
    from chair_console.services.meeting_service import MeetingService

    return MeetingService(db.event_log(meeting_id), SystemClock(), actor=actor)


@contextmanager
def own_cluster() -> Iterator:
    """A throwaway PostgreSQL cluster of the test's own (tests/pg_cluster.py), which the test may stop and start
    again; stopped at the end. Without PostgreSQL's server binaries the test is skipped saying how to get them."""
    import pytest
    from pg_cluster import ENABLE_HINT, start_cluster

    cluster = start_cluster()
    if cluster is None:
        pytest.skip(ENABLE_HINT)
    try:
        yield cluster
    finally:
        cluster.stop()


def pg_connect(url: str, autocommit: bool = True):  # noqa: ANN201 - a psycopg connection
    """A raw psycopg connection to the PostgreSQL database of a SQLAlchemy URL (Unix socket, as the throwaway
    cluster's URLs give it), for what the console never does: LISTEN by hand, SQL as a given role."""
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return psycopg.connect(host=u.query["host"], user=u.username, dbname=u.database, autocommit=autocommit)


class Backend:
    """One kind of database for tests that run on both: where it is (`target`, as `--db` takes it), opening it,
    and raw SQL for tampering (`execute(..., bypass_guards=True)` is what someone with the file, or the server's
    superuser, can do: drop SQLite's triggers, or PostgreSQL's session_replication_role = replica, under which
    ordinary triggers do not fire)."""

    def __init__(self, kind: str, target: "Path | str") -> None:
        self.kind = kind
        self.target = target

    def open(self, **kwargs) -> Database:  # noqa: ANN003
        return open_database(self.target, **kwargs)

    @property
    def errors(self) -> tuple[type[BaseException], ...]:
        if self.kind == "sqlite":
            import sqlite3

            return (sqlite3.DatabaseError,)
        import psycopg

        return (psycopg.Error,)

    def connect(self):  # noqa: ANN201
        if self.kind == "sqlite":
            import sqlite3

            return sqlite3.connect(self.target)
        return pg_connect(str(self.target), autocommit=False)

    def execute(self, *statements: str, params: tuple = (), bypass_guards: bool = False) -> None:
        conn = self.connect()
        try:
            if bypass_guards and self.kind == "sqlite":
                for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
                    conn.execute(f"DROP TRIGGER {name}")
            elif bypass_guards:
                conn.execute("SET session_replication_role = replica")
            for statement in statements:
                conn.execute(self._sql(statement), params)
            conn.commit()
        finally:
            conn.close()

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        conn = self.connect()
        try:
            return [tuple(r) for r in conn.execute(self._sql(sql), params).fetchall()]
        finally:
            conn.close()

    def _sql(self, sql: str) -> str:
        return sql if self.kind == "sqlite" else sql.replace("?", "%s")
