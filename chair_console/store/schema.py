"""The schema revisions this version knows, without loading Alembic (start-up stays fast).

tests/store/test_schema.py checks these against the migration scripts: add a revision there, add it here."""

SCHEMA_HEAD = "0002"
KNOWN_REVISIONS = frozenset({"0001", "0002"})
