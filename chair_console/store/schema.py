"""The schema revisions this version knows, without loading Alembic (start-up stays fast).

tests/store/test_schema.py checks these against the migration scripts: add a revision there, add it here."""

SCHEMA_HEAD = "0006"
KNOWN_REVISIONS = frozenset({"0001", "0002", "0003", "0004", "0005", "0006"})
# A SQLite file at SQLITE_CURRENT is written as it is. 0003 (PostgreSQL's notification trigger) and 0004 (its
# public view and group roles) change nothing in a file; 0005 adds the event's station-made id (`uid`) and its
# unique index in a file too, so a file at 0002–0004 is migrated (copied aside first) before it is written. Where it
# cannot be written it still opens for viewing as it is (SQLITE_VIEWABLE): no reader asks for `uid`. 0006 (the
# public view computed per meeting, a function) changes nothing in a file: a file at 0005 is as current.
SQLITE_CURRENT = frozenset({"0005", "0006"})
SQLITE_VIEWABLE = frozenset({"0002", "0003", "0004", "0005", "0006"})
