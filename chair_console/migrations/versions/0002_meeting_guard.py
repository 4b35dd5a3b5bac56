"""meeting origin (real, demo, simulation) and guards on what the hash chain depends on

The event log was already append-only. Now the meeting row is guarded too: it cannot be deleted, its
uid (part of every event hash), term and origin cannot change, and its head can only move one step
forward, onto the event just written after the old head. A new event must follow the head. Together
with the chain this means a change of the log needs the triggers dropped, which the printed head hash
in the minutes then exposes (`verify --head`).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 13:00:00
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

GUARDS = {
    "meeting_no_delete": (
        "BEFORE DELETE ON meeting "
        "BEGIN SELECT RAISE(ABORT, 'meetings cannot be deleted'); END"
    ),
    "meeting_fixed_fields": (
        "BEFORE UPDATE OF id, uid, term_id, origin, created_wall_us ON meeting "
        "WHEN NEW.id IS NOT OLD.id OR NEW.uid IS NOT OLD.uid OR NEW.term_id IS NOT OLD.term_id "
        "OR NEW.origin IS NOT OLD.origin OR NEW.created_wall_us IS NOT OLD.created_wall_us "
        "BEGIN SELECT RAISE(ABORT, 'a meeting''s identity cannot change'); END"
    ),
    "meeting_head_moves_forward": (
        "BEFORE UPDATE OF head_seq, head_hash ON meeting "
        "WHEN NEW.head_seq IS NOT OLD.head_seq OR NEW.head_hash IS NOT OLD.head_hash "
        "BEGIN SELECT RAISE(ABORT, 'the head of the chain only moves to the next event') "
        "WHERE NEW.head_seq IS NOT OLD.head_seq + 1 OR NOT EXISTS ("
        "SELECT 1 FROM meeting_event e WHERE e.meeting_id = NEW.id AND e.seq = NEW.head_seq "
        "AND e.hash = NEW.head_hash AND e.prev_hash = OLD.head_hash); END"
    ),
    "meeting_event_follows_head": (
        "BEFORE INSERT ON meeting_event "
        "BEGIN SELECT RAISE(ABORT, 'an event must follow the head of its chain') "
        "WHERE NOT EXISTS (SELECT 1 FROM meeting m WHERE m.id = NEW.meeting_id "
        "AND m.head_seq + 1 = NEW.seq AND m.head_hash = NEW.prev_hash); END"
    ),
}


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("origin", sa.String(length=20), nullable=False, server_default="meeting"))
    op.execute("UPDATE meeting SET origin = 'demo' WHERE is_demo")
    op.execute("UPDATE meeting SET origin = 'simulation' WHERE title LIKE 'Simulert bystyremøte (frø %'")
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_GUARDS:
            op.execute(statement)
        return
    for name, body in GUARDS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


# PostgreSQL: the same guards as plpgsql functions, each raising a SQLSTATE of its own (store/db_errors.py):
# CC004 a meeting deleted or its identity changed, CC003 the head moved other than one step onto the event just
# written, CC002 an event that does not follow the head.
PG_GUARDS = (
    "CREATE FUNCTION meeting_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "RAISE EXCEPTION 'meetings cannot be deleted' USING ERRCODE = 'CC004'; END $$",
    "CREATE TRIGGER meeting_no_delete BEFORE DELETE ON meeting FOR EACH ROW EXECUTE FUNCTION meeting_no_delete()",
    "CREATE TRIGGER meeting_no_truncate BEFORE TRUNCATE ON meeting FOR EACH STATEMENT "
    "EXECUTE FUNCTION meeting_no_delete()",
    "CREATE FUNCTION meeting_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF NEW.id IS DISTINCT FROM OLD.id OR NEW.uid IS DISTINCT FROM OLD.uid OR NEW.term_id IS DISTINCT FROM "
    "OLD.term_id OR NEW.origin IS DISTINCT FROM OLD.origin OR NEW.created_wall_us IS DISTINCT FROM "
    "OLD.created_wall_us THEN "
    "RAISE EXCEPTION 'a meeting''s identity cannot change' USING ERRCODE = 'CC004'; END IF; "
    "IF (NEW.head_seq IS DISTINCT FROM OLD.head_seq OR NEW.head_hash IS DISTINCT FROM OLD.head_hash) AND "
    "(NEW.head_seq IS DISTINCT FROM OLD.head_seq + 1 OR NOT EXISTS (SELECT 1 FROM meeting_event e "
    "WHERE e.meeting_id = NEW.id AND e.seq = NEW.head_seq AND e.hash = NEW.head_hash "
    "AND e.prev_hash = OLD.head_hash)) THEN "
    "RAISE EXCEPTION 'the head of the chain only moves to the next event' USING ERRCODE = 'CC003'; END IF; "
    "RETURN NEW; END $$",
    "CREATE TRIGGER meeting_guard BEFORE UPDATE ON meeting FOR EACH ROW EXECUTE FUNCTION meeting_guard()",
    "CREATE FUNCTION meeting_event_follows_head() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF NOT EXISTS (SELECT 1 FROM meeting m WHERE m.id = NEW.meeting_id AND m.head_seq + 1 = NEW.seq "
    "AND m.head_hash = NEW.prev_hash) THEN "
    "RAISE EXCEPTION 'an event must follow the head of its chain' USING ERRCODE = 'CC002'; END IF; "
    "RETURN NEW; END $$",
    "CREATE TRIGGER meeting_event_follows_head BEFORE INSERT ON meeting_event FOR EACH ROW "
    "EXECUTE FUNCTION meeting_event_follows_head()",
)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS meeting_event_follows_head ON meeting_event")
        for name in ("meeting_guard", "meeting_no_truncate", "meeting_no_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON meeting")
        for name in ("meeting_event_follows_head", "meeting_guard", "meeting_no_delete"):
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    else:
        for name in GUARDS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("origin")
