"""Append-and-commit latency of one meeting event: the app's own path against raw sqlite3.

    python bench/append_latency.py [--events 2000] [--db postgresql+psycopg://…] [--pg]

With `--db URL` (or `--pg`: a throwaway local PostgreSQL cluster with fsync on, tests/pg_cluster.py) the app's
path is also run on PostgreSQL, and the ratio of its median to SQLite's is printed.

The app's path is MeetingService.record: reducer check, hash chain, one SQLAlchemy transaction
(INSERT of the event + UPDATE of the chain head) committed with WAL and synchronous=FULL.
The baseline is a raw sqlite3 INSERT + COMMIT of a row of the same shape with the same pragmas.
Goals (issue 2): p99 under 16 ms (one frame at 60 Hz); ratio of medians at most 3.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import statistics
import tempfile
import time
from pathlib import Path

from chair_console.clock import SystemClock
from chair_console.demo import ensure_demo_meeting
from chair_console.procedure import events as ev
from chair_console.procedure.chain import canonical_json
from chair_console.services.meeting_service import MeetingService
from chair_console.store.database import PRAGMAS, open_database


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def app_path(target: "Path | str", n: int) -> list[float]:
    clock = SystemClock()
    db = open_database(target)
    meeting_id = ensure_demo_meeting(db, clock.now())
    service = MeetingService(db.event_log(meeting_id), clock)
    members = [m.id for m in service.state.council.members]
    times = []
    for i in range(n):
        member = members[i % len(members)]
        a = service.state.attendance.get(member)
        kind, payload = (
            (ev.MEMBER_ABSENT, {"member": member, "reason": "sykdom"})
            if a is not None and a.present
            else (ev.MEMBER_PRESENT, {"member": member})
        )
        t0 = time.perf_counter()
        service.record(kind, payload)
        times.append(time.perf_counter() - t0)
    db.close()
    return times


def raw_sqlite(folder: Path, n: int) -> list[float]:
    conn = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    conn.execute(
        "CREATE TABLE meeting_event (id INTEGER PRIMARY KEY, meeting_id INTEGER, seq INTEGER, kind TEXT, payload TEXT,"
        " actor TEXT, wall_us INTEGER, mono_ns INTEGER, boot TEXT, prev_hash TEXT, hash TEXT, UNIQUE(meeting_id, seq))"
    )
    payload = canonical_json({"member": "h-01"})
    times = []
    for i in range(n):
        t0 = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO meeting_event (meeting_id, seq, kind, payload, actor, wall_us, mono_ns, boot, prev_hash, hash)"
            " VALUES (1, ?, 'attendance.present', ?, 'chair', ?, ?, 'b', ?, ?)",
            (i + 1, payload, time.time_ns() // 1000, time.monotonic_ns(), "0" * 64, "f" * 64),
        )
        conn.execute("COMMIT")
        times.append(time.perf_counter() - t0)
    conn.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--db", metavar="URL", help="also run the app's path on this (empty) PostgreSQL database")
    parser.add_argument("--pg", action="store_true", help="also run it on a throwaway local PostgreSQL cluster")
    args = parser.parse_args()
    cluster = None
    if args.pg and not args.db:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from pg_cluster import start_cluster

        cluster = start_cluster(durable=True)
        if cluster is None:
            raise SystemExit("no PostgreSQL server binaries found (Debian: apt-get install postgresql)")
        args.db = cluster.new_database("bench")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            raw = raw_sqlite(folder, args.events)
            app = app_path(folder / "app.sqlite3", args.events)
            pg = app_path(args.db, args.events) if args.db else None
    finally:
        if cluster is not None:
            cluster.stop()
    rows = []
    runs = [("raw sqlite3 INSERT+COMMIT", raw), ("app MeetingService.record", app)]
    if pg is not None:
        runs.append(("app on PostgreSQL", pg))
    for name, values in runs:
        ms = [v * 1000 for v in values]
        rows.append((name, statistics.median(ms), percentile(ms, 99), max(ms)))
    print(f"events per run: {args.events}   (WAL, synchronous=FULL, same disk)")
    print(f"{'path':28} {'median ms':>10} {'p99 ms':>10} {'max ms':>10}")
    for name, med, p99, mx in rows:
        print(f"{name:28} {med:10.3f} {p99:10.3f} {mx:10.3f}")
    ratio = rows[1][1] / rows[0][1]
    print(f"ratio of medians (app / raw): {ratio:.2f}   goal <= 3")
    print(f"app p99: {rows[1][2]:.3f} ms   goal < 16 ms   {'OK' if rows[1][2] < 16 else 'MISSED'}")
    if pg is not None:
        print(f"PostgreSQL / SQLite, ratio of the app path's medians: {rows[2][1] / rows[1][1]:.2f}   "
              f"(PostgreSQL p99 {rows[2][2]:.3f} ms)")


if __name__ == "__main__":
    main()
