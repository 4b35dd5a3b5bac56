"""Tests that run on both stores: a SQLite file or a PostgreSQL database (tests/conftest.py `backend`)."""

from __future__ import annotations

from pathlib import Path

from chair_console.store.database import Database, open_database


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
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(self.target)
        return psycopg.connect(host=url.query["host"], user=url.username, dbname=url.database)

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
