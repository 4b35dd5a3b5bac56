"""Least privilege in the database (issue 19; migration 0004): a display or overlay station connects as a login
role in `chair_console_public` and can read only the public view of the meeting — nothing of a closed item's
content (R-3.7a: title, text, speaker, proposal) anywhere it can read, and not the events table; a chair or
secretary station connects as a role in `chair_console_writer` and can insert events and read, never change or
delete one (store/db_errors.py: `store.forbidden`, the guards' `store.append_only`)."""

from __future__ import annotations

import json

import pytest
from meeting_script import speak, take_up
from store_backend import demo_meeting, pg_connect, station

from chair_console.procedure import events as ev
from chair_console.services.meeting_service import MeetingService
from chair_console.store import db_errors
from chair_console.store.database import open_database

pytestmark = pytest.mark.postgres

CLOSED = "s308"
SECRETS = (
    "Kjøp av eiendom i Fiktivgata 12",  # the closed item's own title (resources/demo/demo-meeting.json)
    "Fiktivgata 12",
    "fullmakt til å kjøpe eiendommen",  # its recommendation
    "Saksdokumentene er unntatt offentlighet",  # its summary
    "Forslag om kjøp for inntil 40 millioner",  # a proposal tabled in it
    "Byrådet kjøper eiendommen for 38 millioner",  # its decision text
    "Pause for å hente takstrapporten",  # a note while it was under way
    "sykdom",  # an absence reason (health data, R-4a)
)
CLOSED_SPEAKER = "frp-03"  # speaks only in the closed item
OPEN_SPEAKER = "a-05"  # speaks in an open item


def _login_role(pg_cluster, pg_url: str, group: str) -> str:  # noqa: ANN001
    """A login role (as IT makes one per station, docs/IT.md) in `group`; its URL on the same database."""
    from sqlalchemy.engine import make_url

    dbname = make_url(pg_url).database
    name = f"{group.removeprefix('chair_console_')}_{dbname}"
    pg_cluster.admin(f'CREATE ROLE "{name}" LOGIN IN ROLE {group}')
    return pg_cluster.url(dbname, user=name)


def _classified(conn, sql: str) -> str | None:  # noqa: ANN001
    import psycopg

    try:
        conn.execute(sql)
    except psycopg.Error as exc:
        return db_errors.classify(exc)
    return None


def _closed_meeting(svc: MeetingService) -> None:
    """An open item with a speaker, a closed item with a speaker, a proposal, a pause and a decision text, then an
    open item again; one member absent with a reason."""
    members = [m.id for m in svc.state.council.members]
    for m in members[1:]:
        svc.record(ev.MEMBER_PRESENT, {"member": m})
    svc.record(ev.MEMBER_ABSENT, {"member": members[0], "reason": "sykdom"})
    svc.record(ev.MEETING_OPENED)
    take_up(svc, "s304")
    speak(svc, "s304", OPEN_SPEAKER)
    svc.record(ev.SPEECH_ENDED)
    take_up(svc, CLOSED)  # the council's decision to close the doors first (R-3.7a)
    speak(svc, CLOSED, CLOSED_SPEAKER)
    svc.record(ev.SPEECH_ENDED)
    svc.record(ev.MEETING_PAUSED, {"kind": "pause", "note": SECRETS[6]})
    svc.record(ev.MEETING_RESUMED)
    svc.record(ev.PROPOSAL_TABLED, {"item": CLOSED, "text": SECRETS[4], "groups": ["FrP"]})
    svc.record(ev.DEBATE_CLOSED, {"item": CLOSED})
    svc.record(ev.DECISION_TEXT_SET, {"item": CLOSED, "text": SECRETS[5]})
    take_up(svc, "s309")
    svc.record(ev.SPEAKER_ADDED, {"item": "s309", "person": OPEN_SPEAKER, "kind": "main"})


@pytest.fixture
def hall(pg_cluster, pg_url: str):  # noqa: ANN001, ANN201
    """The demo meeting set up by IT's owner role; the meeting recorded by a writing station's login role.
    Yields (meeting id, the writer's URL, the public station's URL)."""
    owner, meeting_id = demo_meeting(pg_url)  # the owner migrates (0004: the views and the group roles)
    owner.close()
    writer_url = _login_role(pg_cluster, pg_url, "chair_console_writer")
    public_url = _login_role(pg_cluster, pg_url, "chair_console_public")
    db = open_database(writer_url)
    assert not db.read_only  # the writer's role may insert events: a writing station
    svc = station(db, meeting_id)
    _closed_meeting(svc)
    svc.close()
    db.close()
    return meeting_id, writer_url, public_url


def _readable(conn) -> dict[str, list[str]]:  # noqa: ANN001
    """Every relation of the schema this role may SELECT, each row as text."""
    names = [r[0] for r in conn.execute(
        "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace "
        "AND c.relkind IN ('r', 'v', 'm', 'p', 'f') AND has_table_privilege(c.oid, 'SELECT') ORDER BY 1")]
    return {name: [r[0] for r in conn.execute(f'SELECT t::text FROM "{name}" AS t')] for name in names}


def test_R_3_7a_the_public_role_reads_only_the_public_view_and_nothing_of_a_closed_item(hall):  # noqa: ANN001
    meeting_id, _writer_url, public_url = hall
    with pg_connect(public_url) as conn:
        readable = _readable(conn)
        assert set(readable) == {"public_meeting_event", "public_meeting", "alembic_version"}
        everything = "\n".join(row for rows in readable.values() for row in rows)
        for secret in SECRETS:
            assert secret not in everything, secret
        assert _classified(conn, "SELECT * FROM meeting_event") == "store.forbidden"
        assert _classified(conn, "SELECT title FROM meeting") == "store.forbidden"
        assert _classified(conn, "SELECT * FROM council_member") == "store.forbidden"
        rows = conn.execute("SELECT seq, kind, payload FROM public_meeting_event WHERE meeting_id = %s ORDER BY seq",
                            (meeting_id,)).fetchall()
    events = [(seq, kind, json.loads(payload)) for seq, kind, payload in rows]
    assert [seq for seq, _k, _p in events] == list(range(1, len(events) + 1))  # every event, in order: no gaps
    kinds = {kind for _s, kind, _p in events}
    assert "public.withheld" in kinds and ev.PROPOSAL_TABLED not in kinds and ev.DECISION_TEXT_SET not in kinds
    withheld = [p for _s, kind, p in events if kind == "public.withheld"]
    assert withheld and all(p == {"item": CLOSED} for p in withheld)  # a marker naming the item, nothing else
    # the closed item's speaker is named only as a member of the council and present, never with the item
    naming = [kind for _s, kind, p in events if CLOSED_SPEAKER in json.dumps(p)]
    assert set(naming) <= {ev.MEETING_CREATED, ev.MEMBER_PRESENT}
    # the open items are all there
    assert ("speakers.added", {"item": "s304", "person": OPEN_SPEAKER, "kind": "main"}) in [
        (k, p) for _s, k, p in events]
    assert (ev.ITEM_OPENED, {"item": "s309"}) in [(k, p) for _s, k, p in events]
    agenda = {i["id"]: i for i in events[0][2]["agenda"]}
    assert agenda[CLOSED]["title"].startswith("Unntatt offentlighet, jf. kommuneloven § 11-5")
    assert not {"recommendation", "summary", "committee"} & set(agenda[CLOSED])
    assert agenda["s304"]["title"] == "Reguleringsplan for Demokvartalet, Fiktivgata 1–9"  # an open item's own
    absent = next(p for _s, k, p in events if k == ev.MEMBER_ABSENT)
    assert "reason" not in absent  # R-4a reasons are health data: never on a public station


def test_the_public_role_is_refused_the_log_with_a_clear_message_not_a_traceback(hall):  # noqa: ANN001
    from chair_console.store.database import DatabaseError

    _meeting_id, _writer_url, public_url = hall
    with pytest.raises(DatabaseError) as refused:  # it may read the public view only, not the log the console reads
        open_database(public_url)  # (the hall display and the overlay open it with public=True: store/public.py)
    assert refused.value.code == "store.public_only"


def test_the_writers_role_inserts_and_reads_but_never_changes_or_deletes(hall, pg_url: str):  # noqa: ANN001
    meeting_id, writer_url, _public_url = hall
    with pg_connect(writer_url) as conn:
        count = conn.execute("SELECT count(*) FROM meeting_event WHERE meeting_id = %s", (meeting_id,)).fetchone()[0]
        assert count > 20  # the writer recorded the meeting (fixture) and reads it back
        assert _classified(conn, "UPDATE meeting_event SET kind = 'x' WHERE seq = 2") == "store.forbidden"
        assert _classified(conn, "DELETE FROM meeting_event WHERE seq = 2") == "store.forbidden"
        assert _classified(conn, "TRUNCATE meeting_event") == "store.forbidden"
        assert _classified(conn, "UPDATE meeting SET title = 'x'") == "store.forbidden"
        assert _classified(conn, "DELETE FROM meeting") == "store.forbidden"
        assert _classified(conn, "DELETE FROM council_member") == "store.forbidden"
        assert _classified(conn, "CREATE TABLE x (i int)") == "store.forbidden"
        # the head may move only as the guard allows (migration 0002): one step onto the event just written
        assert _classified(conn, "UPDATE meeting SET head_seq = head_seq + 5") == "store.concurrent_writer"
    with pg_connect(pg_url) as conn:  # not even the owner: the guards of migration 0001
        assert _classified(conn, "UPDATE meeting_event SET kind = 'x' WHERE seq = 2") == "store.append_only"
        assert _classified(conn, "DELETE FROM meeting_event WHERE seq = 2") == "store.append_only"
    assert open_database(pg_url).verify() == []


def test_the_migration_is_idempotent_about_its_roles_and_a_second_database_gets_the_same(pg_cluster):  # noqa: ANN001
    first, second = pg_cluster.new_database(), pg_cluster.new_database()
    for url in (first, second):  # the second finds the group roles made: no error
        open_database(url).close()
    with pg_connect(first) as conn:
        roles = {r[0]: r[1] for r in conn.execute(
            "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'chair_console_%'")}
    assert roles == {"chair_console_writer": False, "chair_console_public": False}


def test_on_sqlite_0004_changes_nothing(tmp_path):
    import sqlite3

    path = tmp_path / "m.sqlite3"
    open_database(path).close()
    conn = sqlite3.connect(path)
    try:
        views = conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'").fetchall()
        assert views == []
        conn.execute("UPDATE alembic_version SET version_num = '0003'")  # as the previous release made it
        conn.commit()
    finally:
        conn.close()
    again = open_database(path)
    try:  # 0004 makes nothing in a file; 0005 (the events' uid) does: copied aside, then migrated
        assert again.backup is not None and not again.read_only
    finally:
        again.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'").fetchall() == []
    finally:
        conn.close()
