"""the station's own id of each event (`uid`), unique per meeting: a retry after a lost acknowledgement never
doubles an action

Each station makes an id for every event it records (uuid4 hex, services/meeting_service.py) before it appends
it. The column is nullable: events written before this revision have none. A UNIQUE index on (meeting_id, uid)
lets the database itself refuse a second copy of the same event (NULLs are distinct, so old rows are left
alone); an append refused by a constraint looks its uid up and, when the same event is already stored, takes it
as written (store/event_store.py `EventStore.append`).

The uid is kept outside the hash chain (procedure/chain.py): no existing hash changes, and `verify` checks the
same content as before. Both dialects add the column and the index (SQLite: ALTER TABLE ADD COLUMN, which keeps
the guard triggers; the file is copied aside first, store/database.py). A SQLite file at 0002–0004 still opens
for viewing where it cannot be written (store/schema.py `SQLITE_VIEWABLE`: the readers never ask for `uid`).

Revision ID: 0005
Revises: 0004
Create Date: 2027-01-14 12:00:00
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: Union[str, Sequence[str], None] = "0004"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

INDEX = "uq_meeting_event_uid"


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if "uid" not in {c["name"] for c in inspector.get_columns("meeting_event")}:
        op.add_column("meeting_event", sa.Column("uid", sa.String(length=32), nullable=True))
    if INDEX not in {i["name"] for i in inspector.get_indexes("meeting_event")}:
        op.create_index(INDEX, "meeting_event", ["meeting_id", "uid"], unique=True)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="meeting_event")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_column("meeting_event", "uid")
        return
    # SQLite: DROP COLUMN (3.35+) keeps the table and its triggers
    op.execute("ALTER TABLE meeting_event DROP COLUMN uid")
