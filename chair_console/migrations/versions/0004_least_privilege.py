"""least privilege on PostgreSQL: a public view of the meeting, and group roles for writing and for showing

Two NOLOGIN group roles, made if missing (IT grants them to the stations' login roles, docs/IT.md):

- `chair_console_writer` (chair and secretary stations): SELECT and INSERT on the tables, USAGE on the sequences,
  and UPDATE of only the meeting row's chain head (`head_seq`, `head_hash`, `last_used_wall_us`), which every
  append moves and migration 0002's trigger lets move only one step onto the event just written. Never UPDATE,
  DELETE or TRUNCATE of an event, never DDL; council imports and migrations are IT's owner role's work.
- `chair_console_public` (hall display and stream overlay): SELECT on the public view only —
  `public_meeting_event` and `public_meeting` — and on `alembic_version` (the schema's revision, for opening).
  Not the tables: nothing of a closed item's content (R-3.7a, Reglement § 3.7) ever reaches such a station.

The public view is computed by the database from the one log (a view, not a second table written by the
writing stations): nothing a station forgets to write can leak, there is no second copy to drift from the log,
and a closed item found late (a decision to close the doors, `agenda.closed_decided`) withholds also what was
written before. What it withholds, conservatively (when in doubt, withheld):

- every event whose payload names a closed item (`item` of an item closed in the agenda, an urgent matter added
  closed, or any item the council voted on closing, carried or not, undone or not): speakers, speeches, proposals,
  votes, decision texts, settings, disqualifications;
- every event without an item of its own while a closed item is under way: from the taking up of a closed item
  until an open item is taken up (a taking up that was undone does not end it), but for the adjournment and the
  resumption of the meeting, which carry no content;
- each withheld event is replaced by a marker of the same sequence number and time: kind `public.withheld`,
  payload `{"item": <the closed item's id>}` — the stations see that something happened in the closed part, not
  what;
- in the agenda (`meeting.created`, `agenda.set`, `agenda.urgent_matter_added`) a closed item keeps its id,
  number, kind, legal basis and plan; its title becomes its public title (given, or «Unntatt offentlighet, jf.
  <legal basis>»), and its recommendation, summary, committee, proposer, interpellant and answerer are left out;
- absence reasons (`attendance.absent` `reason`: health data) are left out everywhere;
- no hashes: a hash over a withheld event with its time would let one test guesses of its content. The public
  meeting row has no head hash either, for the same reason. The chain is verified by the writing stations.

The views are `security_barrier` views: a function of the reading role's own in a WHERE clause is applied to
what the view returns, never pushed down to the rows it reads.

On SQLite this revision changes nothing (one laptop, one file: no roles), and a file at 0002 or 0003 is as current
as one at 0004 (store/schema.py `SQLITE_CURRENT`).

Revision ID: 0004
Revises: 0003
Create Date: 2027-01-12 12:00:00
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0004"
down_revision: Union[str, Sequence[str], None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

WRITER = "chair_console_writer"
PUBLIC = "chair_console_public"
WITHHELD = "public.withheld"  # the marker's kind
TABLES = ("council_term", "council_group", "council_member", "council_substitute", "city_government_member",
          "committee", "meeting", "meeting_event")
HEAD_COLUMNS = "head_seq, head_hash, last_used_wall_us"  # what an append moves (store/writer.py _MOVE_HEAD)
SHOWN_IN_CLOSED_PART = ("meeting.adjourned", "meeting.resumed")  # no item, no content

# The fields of a closed agenda item that the public view keeps; its title becomes the public title.
_KEPT = ("id", "number", "kind", "closed_basis", "public_title", "planned_minutes", "planned_start",
         "group_minutes", "extended_minutes", "independent_minutes", "replies", "election_item")
_KEEP_PAIRS = ", ".join(f"'{k}', i->'{k}'" for k in _KEPT)

# One agenda item `i` (jsonb) as the public may see it.
_PUBLIC_ITEM = (
    "CASE WHEN coalesce(i->>'closed_basis', '') = '' THEN i ELSE jsonb_strip_nulls(jsonb_build_object("
    f"{_KEEP_PAIRS})) || jsonb_build_object('title', coalesce(nullif(i->>'public_title', ''), "
    "'Unntatt offentlighet, jf. ' || (i->>'closed_basis'))) END"
)

ROLES = f"""
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{WRITER}') THEN
    BEGIN
      CREATE ROLE {WRITER} NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;  -- another database made it meanwhile
    END;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PUBLIC}') THEN
    BEGIN
      CREATE ROLE {PUBLIC} NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END IF;
END $$
"""

PUBLIC_EVENT_VIEW = f"""
CREATE VIEW public_meeting_event WITH (security_barrier) AS
WITH ev AS MATERIALIZED (
  SELECT e.meeting_id, e.seq, e.kind, e.payload::jsonb AS p, e.actor, e.wall_us, e.mono_ns, e.boot,
         CASE WHEN jsonb_typeof(e.payload::jsonb -> 'item') = 'string' THEN e.payload::jsonb ->> 'item' END AS item
  FROM meeting_event e
),
closed_item AS MATERIALIZED (
  SELECT ev.meeting_id, a.i ->> 'id' AS item
  FROM ev CROSS JOIN LATERAL jsonb_array_elements(
    CASE WHEN ev.kind IN ('meeting.created', 'agenda.set') AND jsonb_typeof(ev.p -> 'agenda') = 'array'
           THEN ev.p -> 'agenda'
         WHEN ev.kind = 'agenda.urgent_matter_added' AND jsonb_typeof(ev.p -> 'item') = 'object'
           THEN jsonb_build_array(ev.p -> 'item')
         ELSE '[]'::jsonb END) AS a(i)
  WHERE coalesce(a.i ->> 'closed_basis', '') <> ''
  UNION
  SELECT ev.meeting_id, ev.item FROM ev WHERE ev.kind = 'agenda.closed_decided' AND ev.item IS NOT NULL
),
undone AS MATERIALIZED (
  SELECT DISTINCT ev.meeting_id, (ev.p ->> 'target')::bigint AS seq
  FROM ev WHERE ev.kind = 'log.undone' AND jsonb_typeof(ev.p -> 'target') = 'number'
),
opening AS MATERIALIZED (  -- the takings up that begin or end a closed part
  SELECT ev.meeting_id, ev.seq, ev.item,
         EXISTS (SELECT 1 FROM closed_item c WHERE c.meeting_id = ev.meeting_id AND c.item = ev.item) AS closed
  FROM ev
  WHERE ev.kind = 'agenda.item_opened'
),
judged AS (
  SELECT ev.*,
         CASE
           WHEN ev.item IS NOT NULL AND EXISTS (
             SELECT 1 FROM closed_item c WHERE c.meeting_id = ev.meeting_id AND c.item = ev.item) THEN ev.item
           WHEN ev.item IS NULL AND ev.kind NOT IN {SHOWN_IN_CLOSED_PART!r} THEN (
             SELECT CASE WHEN o.closed THEN o.item END FROM opening o
             WHERE o.meeting_id = ev.meeting_id AND o.seq < ev.seq
               AND (o.closed OR NOT EXISTS (
                 SELECT 1 FROM undone u WHERE u.meeting_id = o.meeting_id AND u.seq = o.seq))
             ORDER BY o.seq DESC LIMIT 1)
         END AS withheld_item
  FROM ev
)
SELECT j.meeting_id, j.seq,
       CASE WHEN j.withheld_item IS NOT NULL THEN '{WITHHELD}' ELSE j.kind END AS kind,
       (CASE
          WHEN j.withheld_item IS NOT NULL THEN jsonb_build_object('item', j.withheld_item)
          WHEN j.kind IN ('meeting.created', 'agenda.set') AND jsonb_typeof(j.p -> 'agenda') = 'array' THEN
            jsonb_set(j.p, '{{agenda}}', coalesce((
              SELECT jsonb_agg({_PUBLIC_ITEM} ORDER BY n) FROM jsonb_array_elements(j.p -> 'agenda')
              WITH ORDINALITY AS a(i, n)), '[]'::jsonb))
          WHEN j.kind = 'agenda.urgent_matter_added' AND jsonb_typeof(j.p -> 'item') = 'object' THEN
            jsonb_set(j.p, '{{item}}', (SELECT {_PUBLIC_ITEM} FROM (SELECT j.p -> 'item' AS i) AS one))
          WHEN j.kind = 'attendance.absent' THEN j.p - 'reason'
          ELSE j.p
        END)::text AS payload,
       j.actor, j.wall_us, j.mono_ns, j.boot
FROM judged j
"""

PUBLIC_MEETING_VIEW = """
CREATE VIEW public_meeting WITH (security_barrier) AS
SELECT id, uid, term_id, title, date, place, origin, is_demo, created_wall_us, last_used_wall_us, head_seq
FROM meeting
"""


def grants() -> tuple[str, ...]:
    tables = ", ".join(TABLES)
    return (
        f"GRANT USAGE ON SCHEMA public TO {WRITER}, {PUBLIC}",
        f"GRANT SELECT, INSERT ON {tables} TO {WRITER}",
        f"GRANT UPDATE ({HEAD_COLUMNS}) ON meeting TO {WRITER}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {WRITER}",
        f"GRANT SELECT ON alembic_version TO {WRITER}, {PUBLIC}",
        f"GRANT SELECT ON public_meeting_event, public_meeting TO {WRITER}, {PUBLIC}",
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(ROLES)
    op.execute(PUBLIC_EVENT_VIEW)
    op.execute(PUBLIC_MEETING_VIEW)
    for statement in grants():
        op.execute(statement)


def downgrade() -> None:
    """Drops the views and takes back this database's grants; the group roles stay (other databases on the same
    server, and the login roles IT granted them to, may use them: IT drops them, docs/IT.md)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP VIEW IF EXISTS public_meeting_event")
    op.execute("DROP VIEW IF EXISTS public_meeting")
    tables = ", ".join((*TABLES, "alembic_version"))
    for role in (WRITER, PUBLIC):
        op.execute(f"REVOKE ALL ON {tables} FROM {role}")
        op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {role}")
        op.execute(f"REVOKE USAGE ON SCHEMA public FROM {role}")
