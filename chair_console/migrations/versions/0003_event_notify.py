"""a notification for every event written, for the stations that follow the meeting live (PostgreSQL only)

An AFTER INSERT trigger on meeting_event calls `pg_notify('chair_console_events', '<meeting id>:<seq>')`.
PostgreSQL delivers it at COMMIT, to every session that did `LISTEN chair_console_events` (store/postgres.py
`PgListener`), and never for a transaction that rolled back: a station hears of an event once it is committed,
and catches up (`MeetingService.catch_up`). A notification carries no content, so a role that may read only
the public view learns nothing from it but that something happened.

On SQLite this revision changes nothing: the other console on the same file follows the file itself (a file
watcher, ui/live.py), and a file at 0002 is as current as one at 0003 (store/schema.py `SQLITE_CURRENT`).

Revision ID: 0003
Revises: 0002
Create Date: 2027-01-10 12:00:00
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0003"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

CHANNEL = "chair_console_events"  # store/postgres.py NOTIFY_CHANNEL

PG_NOTIFY = (
    "CREATE FUNCTION meeting_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"PERFORM pg_notify('{CHANNEL}', NEW.meeting_id || ':' || NEW.seq); RETURN NULL; END $$",
    "CREATE TRIGGER meeting_event_notify AFTER INSERT ON meeting_event FOR EACH ROW "
    "EXECUTE FUNCTION meeting_event_notify()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in PG_NOTIFY:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS meeting_event_notify ON meeting_event")
    op.execute("DROP FUNCTION IF EXISTS meeting_event_notify()")
