"""The schema revisions this version knows, without loading Alembic (start-up stays fast).

tests/store/test_schema.py checks these against the migration scripts: add a revision there, add it here."""

SCHEMA_HEAD = "0004"
KNOWN_REVISIONS = frozenset({"0001", "0002", "0003", "0004"})
# A SQLite file at any of these is current as it is: 0003 only adds PostgreSQL's notification trigger, so a file
# at 0002 opens without a migration (no copy, no write: a view-only or read-only console opens it too). 0004 only
# adds PostgreSQL's public view and group roles (least privilege): nothing in a file either.
SQLITE_CURRENT = frozenset({"0002", "0003", "0004"})
