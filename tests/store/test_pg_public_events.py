"""The public view computed per meeting (issue 19; migration 0006): `public_meeting_events(meeting, since)` gives, for
any meeting and any `since`, exactly what migration 0004's view gave of that meeting after `since` — on logs made to
try every rule of withholding (a closed item found late, undone takings up, a closed urgent matter, the adjournment
in a closed part, another meeting's closed items) — and a public role's own function in a WHERE clause never sees a
withheld row's content. The public station reads through the function, and through the view on a database not yet
at 0006."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import replace
from pathlib import Path

import pytest
from public_view import SECRETS, login_role, public_view
from store_backend import pg_connect

from chair_console.clock import SystemClock
from chair_console.demo import COUNCIL_FILE, MEETING_FILE, ensure_demo_meeting, read_json
from chair_console.procedure import events as ev
from chair_console.procedure.agenda import meeting_from_dict
from chair_console.procedure.council import Council
from chair_console.procedure.events import Event
from chair_console.resources import resources_dir
from chair_console.store import db_errors
from chair_console.store.database import open_database

pytestmark = pytest.mark.postgres

VERSIONS = Path(__file__).resolve().parents[2] / "chair_console" / "migrations" / "versions"
URGENT = {"id": "hast1", "number": 99, "kind": "case", "title": "Hastesak om Fiktivgata 12",
          "recommendation": SECRETS[1], "closed_basis": "offentleglova § 13", "public_title": ""}
LATE = "s306"  # an open item in the agenda, found closed at the end of the log (its decision to close the doors)


def _migration_0004():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("migration_0004_for_tests", VERSIONS / "0004_least_privilege.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _second_meeting(db) -> int:  # noqa: ANN001
    """Another meeting of the demo council in the same database (its own log, its own closed decisions)."""
    from chair_console.store.meetings import create_meeting

    folder = resources_dir() / "demo"
    council = Council.from_dict(read_json(folder / COUNCIL_FILE))
    info, agenda = meeting_from_dict(read_json(folder / MEETING_FILE))
    with db.writing():
        return create_meeting(db.engine, council, replace(info, title="Bystyrets andre møte"), agenda,
                              SystemClock().now(), origin="simulation")


def _append(db, meeting: int, steps: list[tuple[str, dict]]) -> None:  # noqa: ANN001
    """Events appended as they are (the log's own rules are not the point here: what the view makes of them is)."""
    log = db.event_log(meeting)
    clock = SystemClock()
    for kind, payload in steps:
        log.append(Event(log.head().seq + 1, kind, payload, "secretary", clock.now()))
    log.close()


# Every rule of migration 0004's withholding, and what it must not confuse: open items, a closed item taken up and
# left, a taking up undone (an open one: no longer ends a closed part; a closed one: still begins one), the
# adjournment and resumption in a closed part, a closed urgent matter, an absence reason, a target that is not a
# number, and a closed item found late (withholding what came before it too).
TRICKY = [
    (ev.MEMBER_ABSENT, {"member": "h-01", "reason": "sykdom"}),
    (ev.MEETING_OPENED, {}),
    (ev.ITEM_OPENED, {"item": "s304"}),
    (ev.SPEAKER_ADDED, {"item": "s304", "person": "a-05", "kind": "main"}),
    (ev.SPEECH_ENDED, {}),
    (ev.CLOSED_DECIDED, {"item": "s308", "basis": "kommuneloven § 11-5", "method": "tacit"}),
    (ev.ITEM_OPENED, {"item": "s308", "closed_confirmed": True}),
    (ev.SPEAKER_ADDED, {"item": "s308", "person": "frp-03", "kind": "main"}),
    (ev.MEETING_PAUSED, {"kind": "pause", "note": SECRETS[4]}),
    (ev.MEETING_ADJOURNED, {}),
    (ev.MEETING_RESUMED, {}),
    (ev.ITEM_OPENED, {"item": "s309"}),  # taken up, then undone: the closed part goes on
    (ev.UNDONE, {"target": 13}),
    (ev.PROPOSAL_TABLED, {"text": SECRETS[2], "groups": ["FrP"]}),  # no item: judged by the closed part
    (ev.ITEM_OPENED, {"item": "s305"}),
    (ev.URGENT_MATTER_ADDED, {"item": URGENT}),  # in an open part: shown, reduced
    (ev.ITEM_OPENED, {"item": "s308", "closed_confirmed": True}),  # a closed item taken up, undone: still closed
    (ev.UNDONE, {"target": 18}),
    (ev.SPEECH_PAUSED, {}),
    (ev.UNDONE, {"target": "18"}),  # not a number: no undo at all
    (ev.SPEECH_ENDED, {}),
    (ev.ITEM_OPENED, {"item": "hast1"}),
    (ev.DECISION_TEXT_SET, {"item": "hast1", "text": SECRETS[3]}),
    (ev.SPEECH_RESUMED, {}),
    (ev.ITEM_OPENED, {"item": LATE}),
    (ev.SPEAKER_ADDED, {"item": LATE, "person": "a-05", "kind": "main"}),
    (ev.SPEECH_ENDED, {}),
    (ev.ITEM_OPENED, {"item": "s304"}),
    (ev.SPEECH_ENDED, {}),
    (ev.CLOSED_DECIDED, {"item": LATE, "basis": "offentleglova § 13", "method": "tacit"}),  # found late
]
# The other meeting closes an item the first keeps open (and undoes its first taking up, the first's seq numbers)
OTHER = [
    (ev.CLOSED_DECIDED, {"item": "s304", "basis": "kommuneloven § 11-5", "method": "tacit"}),
    (ev.ITEM_OPENED, {"item": "s304", "closed_confirmed": True}),
    (ev.SPEECH_ENDED, {}),
    (ev.UNDONE, {"target": 5}),
    (ev.ITEM_OPENED, {"item": "s305"}),
    (ev.SPEECH_ENDED, {}),
]


@pytest.fixture
def logs(pg_cluster, pg_url: str):  # noqa: ANN001, ANN201
    """Two meetings in one database, written by IT's owner role; beside the real view, migration 0004's own view
    (`view_0004`) as it was. Yields (owner db, [meeting ids], public login URL, writer login URL)."""
    db = open_database(pg_url)
    first = ensure_demo_meeting(db, SystemClock().now())
    second = _second_meeting(db)
    _append(db, first, TRICKY)
    _append(db, second, OTHER)
    with pg_connect(pg_url) as conn:
        conn.execute(_migration_0004().PUBLIC_EVENT_VIEW.replace("VIEW public_meeting_event", "VIEW view_0004"))
    yield db, [first, second], login_role(pg_cluster, pg_url, "chair_console_public"), login_role(
        pg_cluster, pg_url, "chair_console_writer")
    db.close()


def test_R_3_7a_the_function_gives_exactly_what_0004s_view_gave_for_any_meeting_and_any_seq(
        logs, pg_url: str) -> None:  # noqa: ANN001
    db, meetings, public_url, _writer_url = logs
    shown = {}
    with pg_connect(pg_url) as owner, pg_connect(public_url) as public:
        for meeting in meetings:
            old = owner.execute("SELECT seq, kind, payload, actor, wall_us, mono_ns, boot FROM view_0004 "
                                "WHERE meeting_id = %s ORDER BY seq", (meeting,)).fetchall()
            assert [r[0] for r in old] == list(range(1, len(old) + 1))
            for since in range(len(old) + 1):
                new = public.execute("SELECT seq, kind, payload, actor, wall_us, mono_ns, boot "
                                     "FROM public_meeting_events(%s, %s)", (meeting, since)).fetchall()
                assert new == old[since:], (meeting, since)
            view = public.execute("SELECT seq, kind, payload, actor, wall_us, mono_ns, boot FROM public_meeting_event "
                                  "WHERE meeting_id = %s ORDER BY seq", (meeting,)).fetchall()
            assert view == old
            # and the Python copy the fold's tests rest on (tests/public_view.py) agrees on these logs too
            python = public_view(db.event_log(meeting).load())
            assert [(e.seq, e.kind, e.payload) for e in python] == [(r[0], r[1], json.loads(r[2])) for r in old]
            shown[meeting] = {r[0]: (r[1], json.loads(r[2])) for r in old}
    first, second = shown[meetings[0]], shown[meetings[1]]
    withheld = "public.withheld"
    assert first[2] == (ev.MEMBER_ABSENT, {"member": "h-01"})  # no reason
    assert first[5] == (ev.SPEAKER_ADDED, {"item": "s304", "person": "a-05", "kind": "main"})  # open: shown
    assert [first[s] for s in (9, 10, 14, 15)] == [(withheld, {"item": "s308"})] * 4  # the closed part
    assert first[11][0] == ev.MEETING_ADJOURNED and first[12][0] == ev.MEETING_RESUMED  # no content: shown
    urgent = first[17][1]["item"]  # after an open item: shown, the closed urgent matter reduced
    assert urgent["title"] == "Unntatt offentlighet, jf. offentleglova § 13" and "recommendation" not in urgent
    assert first[20] == first[22] == (withheld, {"item": "s308"})  # a closed taking up undone: still closed
    assert first[24] == first[25] == (withheld, {"item": "hast1"})
    assert [first[s] for s in (26, 27, 28)] == [(withheld, {"item": LATE})] * 3  # withheld before it was found
    assert first[30][0] == ev.SPEECH_ENDED
    assert [k for k, _p in second.values()].count(withheld) == 4  # s304 closed there, not in the first


def test_R_3_7a_a_leaky_function_of_the_public_role_sees_no_withheld_content(logs):  # noqa: ANN001
    """A security barrier: the public role's own function, cheap enough to be tried first, in a WHERE clause on the
    view, on the function and on the station's catch-up query, is given only what the public may see."""
    _db, meetings, public_url, _writer_url = logs
    seen: list[str] = []
    with pg_connect(public_url) as conn:
        conn.add_notice_handler(lambda diag: seen.append(diag.message_primary or ""))
        conn.execute("CREATE FUNCTION pg_temp.leak(VARIADIC t text[]) RETURNS boolean LANGUAGE plpgsql COST 0.0000001 "
                     "AS $$ BEGIN RAISE NOTICE 'leak %', t; RETURN true; END $$")
        queries = (
            "SELECT * FROM public_meeting_event WHERE pg_temp.leak(kind, payload)",
            "SELECT * FROM public_meeting_event e WHERE e.meeting_id = %(m)s AND pg_temp.leak(e.kind, e.payload)",
            "SELECT * FROM public_meeting_events(%(m)s, 0) e WHERE pg_temp.leak(e.kind, e.payload)",
            "SELECT m.uid, e.* FROM public_meeting m LEFT JOIN LATERAL public_meeting_events(m.id, 0) e ON true "
            "WHERE m.id = %(m)s AND pg_temp.leak(e.kind, e.payload, m.title)",
        )
        for sql in queries:
            conn.execute(sql, {"m": meetings[0]}).fetchall()
    assert len(seen) > 2 * len(TRICKY)  # the function did run, on rows
    text = "\n".join(seen)
    for secret in (*SECRETS, "sykdom", URGENT["title"]):
        assert secret not in text and json.dumps(secret)[1:-1] not in text, secret  # as stored, or escaped


def test_only_the_two_groups_may_call_the_function_and_the_writers_read_the_view(
        logs, pg_cluster, pg_url: str) -> None:  # noqa: ANN001
    _db, meetings, _public_url, writer_url = logs
    with pg_connect(writer_url) as conn:  # the view calls the function as the reader: the writers may too
        assert conn.execute("SELECT count(*) FROM public_meeting_event WHERE meeting_id = %s",
                            (meetings[0],)).fetchone()[0] == len(TRICKY) + 1
    from sqlalchemy.engine import make_url

    name = f"nobody_{make_url(pg_url).database}"
    pg_cluster.admin(f'CREATE ROLE "{name}" LOGIN')
    with pg_connect(pg_cluster.url(make_url(pg_url).database, user=name)) as conn:
        try:
            conn.execute("SELECT * FROM public_meeting_events(%s, 0)", (meetings[0],))
        except Exception as exc:  # noqa: BLE001 - the refusal is the point
            assert db_errors.classify(exc) == "store.forbidden"
        else:
            pytest.fail("a role in neither group called the function")
        acl = conn.execute("SELECT proacl::text[] FROM pg_proc WHERE proname = 'public_meeting_events'").fetchone()[0]
    grantees = {entry.split("=")[0] for entry in acl}
    # no EXECUTE for PUBLIC (every role: an entry with no name), which a function gets by default
    assert "" not in grantees and {"chair_console_public", "chair_console_writer"} <= grantees


def test_the_public_station_reads_through_the_function_and_through_the_view_before_0006(logs, pg_url):  # noqa: ANN001
    from alembic import command
    from sqlalchemy import create_engine

    from chair_console.store.database import alembic_config
    from chair_console.store.public import LOAD_SQL, PublicDatabase

    db, meetings, public_url, _writer_url = logs

    def station_reads() -> tuple:
        pub = open_database(public_url, public=True)
        try:
            assert isinstance(pub, PublicDatabase)
            log = pub.event_log(meetings[0])
            tail = log.tail(20)
            return log._load_sql, [(e.seq, e.kind, e.payload) for e in log.load()], [
                (s.event.seq, s.event.kind, s.event.payload) for s in tail.events], tail.head.seq
        finally:
            pub.close()

    now = station_reads()
    assert now[0] == LOAD_SQL and now[3] == len(TRICKY) + 1 and now[2] == now[1][20:]
    engine = create_engine(pg_url)
    with engine.begin() as conn:  # back to 0005 (the view over the whole table), as before this release
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    engine.dispose()
    with pg_connect(pg_url) as conn:
        assert conn.execute("SELECT to_regprocedure('public_meeting_events(bigint, bigint)')").fetchone()[0] is None
    before = station_reads()
    assert before[0] != LOAD_SQL and before[1:] == now[1:]  # the view: the same events
    open_database(pg_url).close()  # the owner's station migrates it again
    assert station_reads() == now
