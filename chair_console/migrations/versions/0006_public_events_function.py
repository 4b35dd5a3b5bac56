"""the public view computed per meeting: `public_meeting_events(meeting, since)` (PostgreSQL only; issue 19)

Migration 0004's view `public_meeting_event` computed its MATERIALIZED CTEs over every event of every meeting in
the database, and, being a security barrier, a station's filter on the meeting could not reach the table: every
read after a notification judged the whole database's log (a council term and a two-day meeting, ~17,000 events:
about 1 s per read, growing with every meeting; bench/public_view.py). This revision computes the same thing for one
meeting (a few ms per read, whatever else the database holds):

- `public_meeting_events(meeting bigint, since bigint)`, a set-returning SQL function, SECURITY DEFINER (it runs as
  its owner, IT's owner role, which may read the table) with `search_path` pinned, EXECUTE revoked from PUBLIC and
  granted to `chair_console_public` and `chair_console_writer` (whose roles may read the public view already). It
  returns the meeting's public events after `since`, in order, with exactly 0004's columns and withholding: the
  rules that need the whole log (the closed items, a closed item found late withholding what came before too, the
  undone takings up) are computed from the meeting's whole log, but only from the few kinds that decide them
  (agenda, urgent matters, decisions to close the doors, takings up, undos); only the events after `since` are
  judged and reduced. Nothing of another meeting is read. A function of the caller's in a WHERE clause sees only
  what the function returns (a SECURITY DEFINER function is never inlined into the caller's query).
- `public_meeting_event` stays, for IT's ad-hoc reads, as the meetings joined to that function: one definition of
  what is withheld, and a filter on `meeting_id` reads that meeting only. Still a security_barrier view.

The public station (store/public.py) reads through the function where the schema has it, and through the view on a
database not yet at this revision.

On SQLite this revision changes nothing (no roles, no views), and a file at 0005 is as current as one at 0006
(store/schema.py `SQLITE_CURRENT`).

Revision ID: 0006
Revises: 0005
Create Date: 2027-01-20 12:00:00
"""
import importlib.util
from pathlib import Path
from typing import Sequence, Union

from alembic import op

revision: str = "0006"
down_revision: Union[str, Sequence[str], None] = "0005"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

FUNCTION = "public_meeting_events"
SIGNATURE = f"{FUNCTION}(bigint, bigint)"
# the kinds whose payloads decide what is withheld in the whole meeting (0004: closed_item, undone, opening)
_DECIDING = ("meeting.created", "agenda.set", "agenda.urgent_matter_added", "agenda.closed_decided", "log.undone",
             "agenda.item_opened")


def _revision_0004():  # noqa: ANN202 - migration 0004's module: its roles, the marker, the agenda item's reduction
    path = Path(__file__).with_name("0004_least_privilege.py")
    spec = importlib.util.spec_from_file_location("chair_console_migration_0004", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _function(schema: str) -> str:
    """The function: migration 0004's view for one meeting (the same CASEs, in the same order)."""
    r4 = _revision_0004()
    meeting, since = f"{FUNCTION}.meeting", f"{FUNCTION}.since"
    return f"""
CREATE FUNCTION {FUNCTION}(meeting bigint, since bigint)
RETURNS TABLE (meeting_id integer, seq integer, kind varchar, payload text, actor varchar, wall_us bigint,
               mono_ns bigint, boot varchar)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, {schema}, pg_temp
AS $body$
WITH deciding AS MATERIALIZED (  -- the meeting's whole log, but only the kinds that decide what is withheld
  SELECT e.seq, e.kind, j.p, CASE WHEN jsonb_typeof(j.p -> 'item') = 'string' THEN j.p ->> 'item' END AS item
  FROM meeting_event e CROSS JOIN LATERAL (SELECT e.payload::jsonb AS p) AS j  -- each payload parsed once
  WHERE e.meeting_id = {meeting} AND e.kind IN {_DECIDING!r}
),
closed_item AS MATERIALIZED (
  SELECT a.i ->> 'id' AS item
  FROM deciding d CROSS JOIN LATERAL jsonb_array_elements(
    CASE WHEN d.kind IN ('meeting.created', 'agenda.set') AND jsonb_typeof(d.p -> 'agenda') = 'array'
           THEN d.p -> 'agenda'
         WHEN d.kind = 'agenda.urgent_matter_added' AND jsonb_typeof(d.p -> 'item') = 'object'
           THEN jsonb_build_array(d.p -> 'item')
         ELSE '[]'::jsonb END) AS a(i)
  WHERE coalesce(a.i ->> 'closed_basis', '') <> ''
  UNION
  SELECT d.item FROM deciding d WHERE d.kind = 'agenda.closed_decided' AND d.item IS NOT NULL
),
undone AS MATERIALIZED (
  SELECT DISTINCT (d.p ->> 'target')::bigint AS seq
  FROM deciding d WHERE d.kind = 'log.undone' AND jsonb_typeof(d.p -> 'target') = 'number'
),
opening AS MATERIALIZED (  -- the takings up that begin or end a closed part
  SELECT d.seq, d.item, EXISTS (SELECT 1 FROM closed_item c WHERE c.item = d.item) AS closed
  FROM deciding d
  WHERE d.kind = 'agenda.item_opened'
),
ev AS (  -- the events asked for: only these are judged and reduced
  SELECT e.meeting_id, e.seq, e.kind, j.p, e.actor, e.wall_us, e.mono_ns, e.boot,
         CASE WHEN jsonb_typeof(j.p -> 'item') = 'string' THEN j.p ->> 'item' END AS item
  FROM meeting_event e CROSS JOIN LATERAL (SELECT e.payload::jsonb AS p) AS j
  WHERE e.meeting_id = {meeting} AND e.seq > {since}
),
judged AS MATERIALIZED (  -- each event judged once (its verdict is used three times below)
  SELECT ev.*,
         CASE
           WHEN ev.item IS NOT NULL AND EXISTS (SELECT 1 FROM closed_item c WHERE c.item = ev.item) THEN ev.item
           WHEN ev.item IS NULL AND ev.kind NOT IN {r4.SHOWN_IN_CLOSED_PART!r} THEN (
             SELECT CASE WHEN o.closed THEN o.item END FROM opening o
             WHERE o.seq < ev.seq
               AND (o.closed OR NOT EXISTS (SELECT 1 FROM undone u WHERE u.seq = o.seq))
             ORDER BY o.seq DESC LIMIT 1)
         END AS withheld_item
  FROM ev
)
SELECT j.meeting_id, j.seq,
       CASE WHEN j.withheld_item IS NOT NULL THEN '{r4.WITHHELD}' ELSE j.kind END AS kind,
       (CASE
          WHEN j.withheld_item IS NOT NULL THEN jsonb_build_object('item', j.withheld_item)
          WHEN j.kind IN ('meeting.created', 'agenda.set') AND jsonb_typeof(j.p -> 'agenda') = 'array' THEN
            jsonb_set(j.p, '{{agenda}}', coalesce((
              SELECT jsonb_agg({r4._PUBLIC_ITEM} ORDER BY n) FROM jsonb_array_elements(j.p -> 'agenda')
              WITH ORDINALITY AS a(i, n)), '[]'::jsonb))
          WHEN j.kind = 'agenda.urgent_matter_added' AND jsonb_typeof(j.p -> 'item') = 'object' THEN
            jsonb_set(j.p, '{{item}}', (SELECT {r4._PUBLIC_ITEM} FROM (SELECT j.p -> 'item' AS i) AS one))
          WHEN j.kind = 'attendance.absent' THEN j.p - 'reason'
          ELSE j.p
        END)::text AS payload,
       j.actor, j.wall_us, j.mono_ns, j.boot
FROM judged j
ORDER BY j.seq
$body$
"""


# The view of 0004's columns and types, now one meeting at a time through the function: a filter on `meeting_id`
# reaches `meeting` (leakproof), so only that meeting's log is read.
PUBLIC_EVENT_VIEW = f"""
CREATE VIEW public_meeting_event WITH (security_barrier) AS
SELECT m.id AS meeting_id, f.seq, f.kind, f.payload, f.actor::varchar(20) AS actor, f.wall_us, f.mono_ns,
       f.boot::varchar(64) AS boot
FROM meeting m CROSS JOIN LATERAL {FUNCTION}(m.id, 0) AS f
"""


def _schema() -> str:
    """The schema of the log (where 0001 made it), quoted, for the function's pinned search_path."""
    name = op.get_bind().exec_driver_sql(
        "SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.oid = 'meeting_event'::regclass").scalar()
    return '"' + name.replace('"', '""') + '"'


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    r4 = _revision_0004()
    op.execute(r4.ROLES)  # made by 0004; again, in case IT dropped them since (no error when there)
    op.execute("DROP VIEW public_meeting_event")
    op.execute(_function(_schema()))
    op.execute(f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {SIGNATURE} TO {r4.PUBLIC}, {r4.WRITER}")
    op.execute(PUBLIC_EVENT_VIEW)
    op.execute(f"GRANT SELECT ON public_meeting_event TO {r4.WRITER}, {r4.PUBLIC}")


def downgrade() -> None:
    """Back to 0004's view over the whole table, with its grants."""
    if op.get_bind().dialect.name != "postgresql":
        return
    r4 = _revision_0004()
    op.execute("DROP VIEW IF EXISTS public_meeting_event")
    op.execute(f"DROP FUNCTION IF EXISTS {SIGNATURE}")
    op.execute(r4.PUBLIC_EVENT_VIEW)
    op.execute(f"GRANT SELECT ON public_meeting_event TO {r4.WRITER}, {r4.PUBLIC}")
