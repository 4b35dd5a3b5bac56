"""Several stations on one meeting, as separate processes on one PostgreSQL server (issue 19, step 2).

    python bench/stations.py [--db postgresql+psycopg://…] [--rounds 60] [--pace-ms 5] [--appends 500]

Without `--db` a throwaway local cluster is started with fsync and synchronous commit on, as a real server
(tests/pg_cluster.py), and removed at the end. Four processes: the chair, two secretaries and a hall display.
The writers record a scripted meeting at once: the secretaries the roll call (each half the council, then the
other half too, so that they race on the same members) and speakers for the debate, the chair the city
government, setting the meeting, taking up the item and giving the floor; every action goes through
`MeetingService.record` (catch up, rules, append with the expected head, once more on a conflict). The display
only follows, through LISTEN/NOTIFY (`PgListener`) and `catch_up`, as the window does.

Printed:
- propagation latency p50 / p99 / max: from a writer's commit (wall clock stamped by the writer right after its
  append returned) to the display's `catch_up` done with that event (stamped by the display); goal p99 < 250 ms;
- events per second over the run, conflicts (appends refused with store.concurrent_writer, then checked
  again) and refusals by the rules after such a check (e.g. the same member marked present twice);
- every station's log and state the same at the end, and `verify`;
- the append latency (EventLog.append: one committed transaction) on this PostgreSQL against a SQLite file
  in a temporary folder on this machine, median and p99, and the ratio of the medians.

These are figures, not tests."""

from __future__ import annotations

import argparse
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def say(*fields: object) -> None:
    print(*fields, flush=True)


# -- the stations (child processes) ------------------------------------------------------------------------------


def station(role: str, url: str, meeting_id: int, rounds: int, pace_ms: float, seed: int) -> None:
    import random

    from chair_console.clock import SystemClock
    from chair_console.procedure import events as ev
    from chair_console.procedure.errors import RuleViolation
    from chair_console.services.meeting_service import MeetingService
    from chair_console.store.database import open_database
    from chair_console.store.postgres import PgListener
    from chair_console.store.port import StoreError

    db = open_database(url)
    actor = "chair" if role == "chair" else "secretary"
    service = MeetingService(db.event_log(meeting_id), SystemClock(), actor=actor)
    heard: queue.Queue = queue.Queue()
    listener = PgListener(url, lambda m, s: heard.put((m, s))).start()
    listener.listening.wait(30)
    service.catch_up()
    say("ready", role)

    if role == "display":
        import threading

        target: list[int] = []

        def read_target() -> None:  # the parent says which seq is the last, once the writers are done
            target.append(int(sys.stdin.readline()))
            heard.put((None, None))

        threading.Thread(target=read_target, daemon=True).start()
        while not target or service.state.last_seq < target[0]:
            m, s = heard.get()
            if m is not None and (m != meeting_id or s <= service.state.last_seq):
                continue
            came = service.catch_up()
            done = time.time_ns()
            for e in came:
                say("seen", e.seq, done)
        say("final", service.state.last_seq, service.head_hash)
        listener.stop()
        return

    sys.stdin.readline()  # go
    rng = random.Random(seed)
    council = service.state.council
    members = [m.id for m in council.members]
    half = len(members) // 2
    conflicts_refused = refused_total = 0

    def act(kind: str, payload: dict) -> bool:
        nonlocal conflicts_refused, refused_total
        before = service.conflicts
        try:
            event = service.record(kind, payload)
        except RuleViolation:
            refused_total += 1
            if service.conflicts > before:
                conflicts_refused += 1
            return False
        except StoreError as exc:  # a second refusal in a row: told, nothing written
            say("store_error", exc.code)
            return False
        say("commit", event.seq, time.time_ns())
        if pace_ms:
            time.sleep(rng.uniform(0, 2 * pace_ms) / 1000)
        return True

    def wait_until(condition) -> None:  # noqa: ANN001 - another station's step, heard through NOTIFY
        while not condition():
            try:
                heard.get(timeout=5)
            except queue.Empty:
                pass
            service.catch_up()

    if role == "chair":
        for person in council.government:
            act(ev.GOVERNMENT_PRESENT, {"person": person.id})
        wait_until(lambda: len(service.state.attendance) >= len(members))
        act(ev.MEETING_OPENED, {})
        act(ev.ITEM_OPENED, {"item": "s304"})
        for _ in range(rounds):
            wait_until(lambda: bool(service.state.queues.get("s304")))
            act(ev.SPEECH_NEXT, {"item": "s304"})
        if service.state.speech is not None:
            act(ev.SPEECH_ENDED, {})
    else:
        mine = members[:half] if role == "secretary1" else members[half:]
        others = members[half:] if role == "secretary1" else members[:half]
        for member in mine + others:  # the other half too: the two secretaries race on the same members
            if member not in service.state.attendance:
                act(ev.MEMBER_PRESENT, {"member": member})
        wait_until(lambda: service.state.current_item == "s304")
        for _ in range(rounds):
            act(ev.SPEAKER_ADDED, {"item": "s304", "person": rng.choice(mine), "kind": "main"})
    say("conflicts", service.conflicts, conflicts_refused, refused_total)
    say("done")
    last = int(sys.stdin.readline())  # the last seq, once every writer is done: catch up to it
    wait_until(lambda: service.state.last_seq >= last)
    say("final", service.state.last_seq, service.head_hash)
    listener.stop()


# -- the run (parent) ------------------------------------------------------------------------------------------


def run(url: str, rounds: int, pace_ms: float) -> dict:
    from chair_console.clock import SystemClock
    from chair_console.demo import ensure_demo_meeting
    from chair_console.store.database import open_database

    db = open_database(url)
    meeting_id = ensure_demo_meeting(db, SystemClock().now())
    roles = ("display", "chair", "secretary1", "secretary2")
    procs = {role: subprocess.Popen(
        [sys.executable, __file__, "--station", role, "--db", url, "--meeting", str(meeting_id),
         "--rounds", str(rounds), "--pace-ms", str(pace_ms), "--seed", str(i)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for i, role in enumerate(roles)}
    for role, p in procs.items():
        line = p.stdout.readline()
        assert line.startswith("ready"), (role, line)
    for role in roles[1:]:
        procs[role].stdin.write("go\n")
        procs[role].stdin.flush()
    outputs = {}
    for role in roles[1:]:
        lines = []
        for line in procs[role].stdout:
            lines.append(line)
            if line.startswith("done"):
                break
        outputs[role] = "".join(lines)
    head = db.event_log(meeting_id).refresh_head()
    for role in roles:
        procs[role].stdin.write(f"{head.seq}\n")
        procs[role].stdin.flush()
    for role in roles:
        outputs[role] = outputs.get(role, "") + procs[role].communicate(timeout=120)[0]

    commits: dict[int, int] = {}
    conflicts = refused = refused_all = store_errors = 0
    finals = {}
    for role, out in outputs.items():
        for line in out.splitlines():
            f = line.split()
            if f[0] == "commit":
                commits[int(f[1])] = int(f[2])
            elif f[0] == "conflicts":
                conflicts += int(f[1])
                refused += int(f[2])
                refused_all += int(f[3])
            elif f[0] == "store_error":
                store_errors += 1
            elif f[0] == "final":
                finals[role] = (int(f[1]), f[2])
    seen = {int(f[1]): int(f[2]) for f in (line.split() for line in outputs["display"].splitlines())
            if f and f[0] == "seen"}
    lat = [(seen[s] - t) / 1e6 for s, t in commits.items() if s in seen]
    span = (max(commits.values()) - min(commits.values())) / 1e9 if len(commits) > 1 else float("nan")
    problems = db.verify(meeting_id)
    db.close()
    return {"events": len(commits), "latencies": lat, "span": span, "conflicts": conflicts, "refused": refused, "refused_all": refused_all,
            "store_errors": store_errors, "finals": finals, "head": (head.seq, head.hash), "verify": problems,
            "missing": sorted(set(commits) - set(seen))}


def append_latency(target: "Path | str", n: int) -> list[float]:
    """EventLog.append of `n` events (one committed transaction each), in ms."""
    from chair_console.clock import SystemClock
    from chair_console.demo import ensure_demo_meeting
    from chair_console.procedure import events as ev
    from chair_console.procedure.events import Event
    from chair_console.store.database import open_database

    clock = SystemClock()
    db = open_database(target)
    meeting_id = ensure_demo_meeting(db, clock.now())
    log = db.event_log(meeting_id)
    log.prepare()
    seq = log.head().seq
    times = []
    for i in range(n):
        seq += 1
        event = Event(seq, ev.SPEAKER_ADDED, {"item": "s304", "person": f"h-{i % 10 + 1:02d}", "kind": "main"},
                      "secretary", clock.now())
        t = time.perf_counter()
        log.append(event)
        times.append((time.perf_counter() - t) * 1e3)
    log.close()
    db.close()
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="a PostgreSQL URL (default: a throwaway local cluster, fsync on)")
    ap.add_argument("--rounds", type=int, default=60, help="speakers per secretary, and speeches the chair gives")
    ap.add_argument("--pace-ms", type=float, default=5.0, help="mean pause between a writer's actions (0: flat out)")
    ap.add_argument("--appends", type=int, default=500)
    ap.add_argument("--station", help=argparse.SUPPRESS)
    ap.add_argument("--meeting", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.station:
        station(args.station, args.db, args.meeting, args.rounds, args.pace_ms, args.seed)
        return 0

    cluster = None
    url = args.db
    if url is None:
        sys.path.insert(0, str(HERE.parent / "tests"))
        from pg_cluster import ENABLE_HINT, start_cluster

        cluster = start_cluster(durable=True)
        if cluster is None:
            print(ENABLE_HINT, file=sys.stderr)
            return 2
    try:
        run_url = url or cluster.new_database("stations")
        r = run(run_url, args.rounds, args.pace_ms)
        lat = r["latencies"]
        print(f"stations: chair + 2 secretaries + display, {os.cpu_count()} cores, pace {args.pace_ms} ms")
        print(f"events committed by the writers: {r['events']} in {r['span']:.2f} s "
              f"= {r['events'] / r['span']:.0f} events/s")
        if lat:
            print(f"propagation commit -> display caught up: p50 {statistics.median(lat):.2f} ms, "
                  f"p99 {percentile(lat, 99):.2f} ms, max {max(lat):.2f} ms (goal p99 < 250 ms); "
                  f"not seen: {len(r['missing'])}")
        print(f"conflicts (store.concurrent_writer, checked again): {r['conflicts']}, of which refused by the "
              f"rules on the new state: {r['refused']}; refused a second time by the database (told, nothing written): "
              f"{r['store_errors']}; all refusals by the rules: {r['refused_all']}")
        same = set(r["finals"].values())
        print(f"all {len(r['finals'])} stations at the same head: {len(same) == 1 and same == {r['head']}} "
              f"(seq {r['head'][0]}); verify: {'ok' if not r['verify'] else r['verify'][:1]}")

        pg_url = url or cluster.new_database("append")
        with tempfile.TemporaryDirectory() as tmp:
            sqlite_t = append_latency(Path(tmp) / "append.sqlite3", args.appends)
        pg_t = append_latency(pg_url, args.appends)
        ms, mp = statistics.median(sqlite_t), statistics.median(pg_t)
        print(f"append latency ({args.appends} events, one committed transaction each): "
              f"SQLite median {ms:.3f} ms p99 {percentile(sqlite_t, 99):.3f} ms; "
              f"PostgreSQL median {mp:.3f} ms p99 {percentile(pg_t, 99):.3f} ms; ratio PG/SQLite {mp / ms:.2f}")
        print(f"(SQLite file in {tempfile.gettempdir()}; PostgreSQL "
              f"{'on a local Unix socket, fsync on' if cluster else 'at ' + json.dumps(url)})")
    finally:
        if cluster is not None:
            cluster.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
