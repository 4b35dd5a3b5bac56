"""The public view's speed on a real database (issue 19): what a hall display or overlay station on the public view
reads, against what a writing station reads from the table, on a database holding a whole council term.

    python bench/public_view.py [--db postgresql+psycopg://OWNER@HOST/DB] [--meetings 40] [--starts 15]
                                [--appends 200]

Without `--db` a throwaway local cluster is started (tests/pg_cluster.py, fsync on as a real server) and removed at
the end; with `--db` the database (empty, or holding only simulations: services/simulation.py refuses a real
council's) is filled there, and two login roles are made for the run (IT's owner role must be allowed to make
roles; they are dropped at the end). The database is filled through the service layer with a term of `--meetings`
ordinary meetings (bench/attendance_term.py's meeting, ~350 events each) and, last, a two-day budget meeting of
about 3,000 events (bench/scale.py's `TWO_DAY`): the latest meeting, which a display station opens.

Timed, on pooled connections of the store (store/public.py for the display's login in `chair_console_public`,
store/event_store.py for a login in `chair_console_writer`), interleaved so that both see the same load:
- (a) a display station's start: the latest meeting's whole log read (`EventLog.load`), and the whole start
  (open the database, read and fold: `PublicMeetingService` / `MeetingService`);
- (b) the read after each notification: a writer appends one event, then the display's and a writer's
  `EventLog.tail(head before)` (the head and the one new event: `MeetingService.catch_up`'s read), on the two-day
  meeting and on an ordinary one;
medians and p99 in ms, and the ratio display/writer. Goal (issue 19): a station sees another's event within 250 ms
at p99, in the same ~ms range as the writers' path.

Then EXPLAIN ANALYZE of the display's catch-up read as the public role, and of the old way (the view filtered on
meeting and seq): the rows read from `meeting_event` against the meeting's own, i.e. whether the filter on the
meeting reaches the table (pushed down) or every event of every meeting is computed. Where the catch-up goes
through a function (migration 0006) its inner plan is shown with auto_explain when the owner is a superuser.

These are figures, not tests."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from contextlib import closing
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests"))

VIEW_CATCH_UP = ("SELECT e.seq, e.kind, e.payload, e.actor, e.wall_us, e.mono_ns, e.boot FROM public_meeting_event e "
                 "WHERE e.meeting_id = %s AND e.seq > %s ORDER BY e.seq")  # store/public.py before migration 0006


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def figures(ms: list[float]) -> str:
    return f"median {statistics.median(ms):7.2f} ms  p99 {percentile(ms, 99):7.2f} ms  max {max(ms):7.2f} ms"


def ms_since(t0: float) -> float:
    return (time.perf_counter() - t0) * 1e3


def connect(url: str):  # noqa: ANN201 - a psycopg connection (autocommit) to a SQLAlchemy URL: a socket or a host
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return psycopg.connect(host=u.query.get("host") or u.host, port=u.port, user=u.username, password=u.password,
                           dbname=u.database, autocommit=True)


# -- the database ------------------------------------------------------------------------------------------------


def fill(url: str, meetings: int) -> tuple[int, int, int]:
    """A term of ordinary meetings and, last, a two-day budget meeting, through the service layer; returns (the
    last ordinary meeting's id, the two-day meeting's id, events in the database)."""
    from bench.attendance_term import MEETING
    from bench.scale import TWO_DAY
    from chair_console.services.simulation import simulate
    from chair_console.store.database import open_database

    db = open_database(url)
    try:
        t0 = time.perf_counter()
        ordinary = 0
        for seed in range(1, meetings + 1):
            ordinary, _ = simulate(db, seed, MEETING)
        big, _ = simulate(db, 2027, TWO_DAY)
        with closing(db.read_connection()) as conn:
            total = conn.execute("SELECT count(*) FROM meeting_event").fetchone()[0]
            sizes = dict(conn.execute("SELECT meeting_id, count(*) FROM meeting_event WHERE meeting_id IN (?, ?) "
                                      "GROUP BY meeting_id", (ordinary, big)).fetchall())
        print(f"filled: {meetings} ordinary meetings + a two-day meeting, {total} events in the database "
              f"(two-day meeting {sizes[big]}, an ordinary one {sizes[ordinary]}) in {time.perf_counter() - t0:.0f} s")
        return ordinary, big, total
    finally:
        db.close()


def login_roles(owner_url: str) -> tuple[str, str, list[str]]:
    """A login role in chair_console_public and one in chair_console_writer (as IT makes one per station,
    docs/IT.md); their URLs, and the roles' names (dropped at the end)."""
    import secrets

    from sqlalchemy.engine import make_url

    password = secrets.token_hex(12)
    names, urls = [], []
    with connect(owner_url) as conn:
        for group in ("chair_console_public", "chair_console_writer"):
            name = f"bench_{group.removeprefix('chair_console_')}_{os.getpid()}"
            conn.execute(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}' IN ROLE {group}")
            names.append(name)
            urls.append(make_url(owner_url).set(username=name, password=password)
                        .render_as_string(hide_password=False))
    return urls[0], urls[1], names


def drop_roles(owner_url: str, names: list[str]) -> None:
    with connect(owner_url) as conn:
        for name in names:
            conn.execute(f'DROP OWNED BY "{name}"')
            conn.execute(f'DROP ROLE "{name}"')


# -- (a) a display station's start ---------------------------------------------------------------------------------


def starts(public_url: str, writer_url: str, meeting: int, runs: int) -> None:
    from chair_console.clock import SystemClock
    from chair_console.services.meeting_service import MeetingService
    from chair_console.services.public_station import PublicMeetingService
    from chair_console.store.database import open_database

    pdb, wdb = open_database(public_url, public=True), open_database(writer_url)
    plog, wlog = pdb.event_log(meeting), wdb.event_log(meeting)
    read_p, read_w, start_p, start_w = [], [], [], []
    n = 0
    try:
        for i in range(runs + 1):  # the first of each is a warm-up, not counted
            for public in ((True, False) if i % 2 else (False, True)):
                t0 = time.perf_counter()
                n = len((plog if public else wlog).load())
                (read_p if public else read_w).append(ms_since(t0))
                t0 = time.perf_counter()
                db = open_database(public_url, public=True) if public else open_database(writer_url)
                service = (PublicMeetingService if public else MeetingService)(
                    db.event_log(meeting), SystemClock(), actor="display")
                (start_p if public else start_w).append(ms_since(t0))
                service.close()
                db.close()
    finally:
        pdb.close()
        wdb.close()
    del read_p[0], read_w[0], start_p[0], start_w[0]
    print(f"(a) display station's start on the latest meeting ({n} events), {runs} runs each:")
    print(f"    read the log   public  {figures(read_p)}")
    print(f"                   writer  {figures(read_w)}   ratio of medians "
          f"{statistics.median(read_p) / statistics.median(read_w):.1f}")
    print(f"    whole start    public  {figures(start_p)}   (open, read, fold)")
    print(f"                   writer  {figures(start_w)}   ratio of medians "
          f"{statistics.median(start_p) / statistics.median(start_w):.1f}")


# -- (b) the read after each notification -------------------------------------------------------------------------


def catch_ups(public_url: str, writer_url: str, meeting: int, appends: int, label: str) -> list[float]:
    """A writer appends one event (a speaker with the item, or a speech ended without one: the view judges both
    ways), then the display's and a writer's tail since the head before it. Returns the display's times."""
    from chair_console.clock import SystemClock
    from chair_console.procedure import events as ev
    from chair_console.procedure.events import Event
    from chair_console.store.database import open_database

    clock = SystemClock()
    pdb, wdb, adb = open_database(public_url, public=True), open_database(writer_url), open_database(writer_url)
    plog, wlog, appender = pdb.event_log(meeting), wdb.event_log(meeting), adb.event_log(meeting)
    item = next(i["id"] for i in appender.load()[0].payload["agenda"] if not i.get("closed_basis"))
    appender.prepare()
    tp, tw = [], []
    try:
        for i in range(appends + 1):
            since = appender.refresh_head().seq
            kind, payload = ((ev.SPEAKER_ADDED, {"item": item, "person": f"h-{i % 10 + 1:02d}", "kind": "main"})
                             if i % 2 else (ev.SPEECH_ENDED, {}))
            appender.append(Event(since + 1, kind, payload, "secretary", clock.now()))
            for public in ((True, False) if i % 2 else (False, True)):
                t0 = time.perf_counter()
                tail = (plog if public else wlog).tail(since)
                (tp if public else tw).append(ms_since(t0))
                assert [s.event.seq for s in tail.events] == [since + 1] and tail.head.seq == since + 1, tail
    finally:
        appender.close()
        for db in (pdb, wdb, adb):
            db.close()
    del tp[0], tw[0]
    print(f"(b) catch-up read of 1 new event, {label}, {appends} appends:")
    print(f"    public  {figures(tp)}   goal p99 < 250 ms")
    print(f"    writer  {figures(tw)}   ratio of medians {statistics.median(tp) / statistics.median(tw):.1f}")
    return tp


# -- EXPLAIN ANALYZE ------------------------------------------------------------------------------------------------


def _nodes(plan: dict):  # noqa: ANN202
    yield plan
    for child in plan.get("Plans", ()):
        yield from _nodes(child)


def _table_reads(plan: dict) -> tuple[int, list[str], bool]:
    """Rows read from meeting_event by the plan (all its scans, every loop), how each scan was bounded, and whether
    every scan was bounded to the meeting (the filter pushed down to the table)."""
    rows, how, bounded = 0, [], True
    for node in _nodes(plan):
        if node.get("Relation Name") == "meeting_event":
            rows += int(node.get("Actual Rows", 0) * node.get("Actual Loops", 1))
            rows += int(node.get("Rows Removed by Filter", 0) * node.get("Actual Loops", 1))
            how.append(f"{node['Node Type']}" + (f" [{node['Index Cond']}]" if "Index Cond" in node else "")
                       + (f" filter {node['Filter']}" if "Filter" in node else ""))
            bounded &= "meeting_id" in node.get("Index Cond", "") + node.get("Filter", "")
    return rows, how, bounded and bool(how)


def explain(public_url: str, owner_url: str, meeting: int, meeting_events: int, total: int) -> None:
    from chair_console.store import public as public_store

    since = meeting_events - 1
    with connect(public_url) as conn:
        (plan,), = conn.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + VIEW_CATCH_UP, (meeting, since)).fetchone()
        top = plan["Plan"]
        rows, how, pushed = _table_reads(top)
        calls = [n for n in _nodes(top) if n.get("Function Name") == "public_meeting_events"]
        print(f"EXPLAIN ANALYZE, the view filtered on meeting and seq (as the public role), since = {since}: "
              f"{plan['Execution Time']:.1f} ms, {top['Actual Rows']} row(s) returned")
        if calls:  # migration 0006: the view is the meetings joined to the function
            print(f"    through public_meeting_events: called {sum(n['Actual Loops'] for n in calls)} time(s) "
                  f"(once per meeting the filter on meeting_id leaves; the filter on seq is applied to its rows)")
        else:
            print(f"    rows read from meeting_event: {rows} (meeting {meeting_events}, database {total}); "
                  f"scans: {'; '.join(how) or '-'}")
            print(f"    filter on the meeting pushed down to the table: {'yes' if pushed else 'NO'}")
        sql = public_store.TAIL_SQL.replace("?", "%s")
        (plan,), = conn.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql, (since, meeting)).fetchone()
        rows, how, pushed = _table_reads(plan["Plan"])
        functions = sorted({n["Function Name"] for n in _nodes(plan["Plan"]) if "Function Name" in n})
        print(f"EXPLAIN ANALYZE, the station's catch-up read (store/public.py TAIL_SQL): "
              f"{plan['Execution Time']:.1f} ms; rows read from meeting_event in the plan: {rows} "
              f"({'bounded to the meeting' if pushed else 'not bounded to the meeting' if how else 'no scan'}); "
              f"functions: {', '.join(functions) or '-'}")
    if "public_meeting_events" not in functions:
        return
    try:  # the function's own statement, as its owner runs it (SECURITY DEFINER): auto_explain, superuser only
        with connect(owner_url) as conn:
            notices: list[str] = []
            conn.add_notice_handler(lambda d: notices.append(d.message_primary or ""))
            for setting in ("LOAD 'auto_explain'", "SET auto_explain.log_min_duration = 0",
                            "SET auto_explain.log_analyze = on", "SET auto_explain.log_nested_statements = on",
                            "SET auto_explain.log_format = json", "SET auto_explain.log_level = notice"):
                conn.execute(setting)
            conn.execute("SELECT count(*) FROM public_meeting_events(%s, %s)", (meeting, since)).fetchall()
    except Exception as exc:  # noqa: BLE001 - a figure we cannot get here; said so
        print(f"    (the function's inner plan needs a superuser for auto_explain: {type(exc).__name__})")
        return
    for text in notices:
        body = text[text.find("{"):]
        try:
            inner = json.loads(body)
        except ValueError:
            continue
        if inner.get("Query Text", "").startswith("SELECT count(*)"):
            continue  # the outer statement
        rows, how, pushed = _table_reads(inner["Plan"])
        print(f"    inside public_meeting_events (auto_explain): {inner['Plan'].get('Actual Total Time', 0):.1f} ms; "
              f"rows read from meeting_event: {rows} (meeting {meeting_events}, database {total}); "
              f"scans: {'; '.join(how)}")
        if os.environ.get("BENCH_PLAN"):
            print(json.dumps(inner["Plan"], indent=1))
        print(f"    filter on the meeting pushed down to the table: {'yes' if pushed else 'NO'}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="an empty PostgreSQL database, as IT's owner role (default: a throwaway cluster)")
    ap.add_argument("--meetings", type=int, default=40, help="ordinary meetings in the term (default 40)")
    ap.add_argument("--starts", type=int, default=15, help="station starts timed (each way)")
    ap.add_argument("--appends", type=int, default=200, help="appends, each followed by the catch-up reads")
    args = ap.parse_args()

    cluster = None
    url = args.db
    if url is None:
        from pg_cluster import ENABLE_HINT, start_cluster

        cluster = start_cluster(durable=True)
        if cluster is None:
            print(ENABLE_HINT, file=sys.stderr)
            return 2
        url = cluster.new_database("public_view")
    roles: list[str] = []
    try:
        from chair_console.store.schema import SCHEMA_HEAD

        print(f"public view: schema {SCHEMA_HEAD}, {os.cpu_count()} cores, PostgreSQL "
              f"{'throwaway cluster on a Unix socket, fsync on' if cluster else 'at the given URL'}")
        ordinary, big, total = fill(url, args.meetings)
        public_url, writer_url, roles = login_roles(url)
        with connect(url) as conn:
            conn.execute("VACUUM ANALYZE")
            sizes = dict(conn.execute("SELECT meeting_id, count(*) FROM meeting_event GROUP BY meeting_id").fetchall())
        starts(public_url, writer_url, big, args.starts)
        catch_ups(public_url, writer_url, big, args.appends, f"two-day meeting (~{sizes[big]} events)")
        catch_ups(public_url, writer_url, ordinary, max(20, args.appends // 4),
                  f"an ordinary meeting (~{sizes[ordinary]} events)")
        with connect(url) as conn:
            total = conn.execute("SELECT count(*) FROM meeting_event").fetchone()[0]
            big_n = conn.execute("SELECT count(*) FROM meeting_event WHERE meeting_id = %s", (big,)).fetchone()[0]
        explain(public_url, url, big, big_n, total)
    finally:
        if roles:
            drop_roles(url, roles)
        if cluster is not None:
            cluster.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
