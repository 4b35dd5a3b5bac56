"""The reliability harness at length: kill the simulator with SIGKILL at random points of the meeting, reopen,
verify, continue; at the end the meeting must equal an uninterrupted run of the same seed.

    python bench/kill_harness.py [--kills 200] [--seed 5] [--per-meeting 12]

The kill points are events of the meeting, drawn from the seed (one in each stretch of the meeting, a fresh
meeting every --per-meeting kills): the harness reads the simulator's `committed N` reports and kills it as
soon as it reports its kill point, so where the kills land does not depend on the machine's speed or load;
only the wall-clock figures do.

Prints the number of kills, how many hit the middle of the meeting, the check results and the time taken.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from chair_console.procedure.events import Event
from chair_console.procedure.reducer import replay
from chair_console.services.simulation import simulate, title_for
from chair_console.simulator import Params
from chair_console.store import reader
from chair_console.store.database import open_database
from chair_console.store.event_store import verify_file

PARAMS = Params(items=30, speeches=240, votes=50, hours=5)
ARGS = ["--items", "30", "--speeches", "240", "--votes", "50", "--hours", "5"]
HANG_S = 300  # only catches a hang


def final_events(path: Path, seed: int) -> list[Event]:
    db = open_database(path)
    try:
        meeting, _ = simulate(db, seed, PARAMS)
        return reader.load_events(path, meeting)
    finally:
        db.close()


def kill_points(rng: random.Random, last: int, kills: int) -> list[int]:
    """One kill point in each of `kills` equal stretches of the events 2 … last-1: early, mid and late."""
    lo, hi = 2, last - 1
    bounds = [lo + (hi - lo + 1) * i // kills for i in range(kills + 1)]
    return [rng.randrange(bounds[i], bounds[i + 1]) for i in range(kills)]


def kill_at(db: Path, seed: int, target: int, pace: float) -> tuple[int, int]:
    """Run (or continue) the meeting in a child; SIGKILL it as soon as it reports event `target` committed
    (or let it end by itself). Returns (the last event it reported committed, its exit status)."""
    proc = subprocess.Popen([sys.executable, "-m", "chair_console", "simulate", "--db", str(db), "--seed", str(seed),
                             "--report", "--pace", str(pace), *ARGS], stdout=subprocess.PIPE, text=True)
    watchdog = threading.Timer(HANG_S, proc.kill)
    watchdog.daemon = True
    watchdog.start()
    reported, killed = 0, False
    try:
        for line in proc.stdout:  # type: ignore[union-attr]
            if line.startswith("committed ") and line.endswith("\n"):  # a line cut off by the kill is no report
                reported = int(line.split()[1])
                if reported >= target and not killed:
                    os.kill(proc.pid, signal.SIGKILL)  # not reaped before wait(): the pid is still the child's
                    killed = True
        proc.wait()
    finally:
        watchdog.cancel()
    return reported, proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--per-meeting", type=int, default=12, help="kills per meeting before a fresh one")
    parser.add_argument("--pace", type=float, default=0.0, help="the simulator's --pace (seconds between steps)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        expected = final_events(Path(tmp) / "ref.sqlite3", args.seed)
        reference = replay(expected)
        last = len(expected)
        meetings = 0
        db, head, targets = Path(tmp), last, []
        middle = lost = short = failed = 0
        overshoot: list[int] = []
        lifetimes: list[float] = []
        for n in range(args.kills):
            if head == last or not targets:  # a fresh meeting now and then, so kills keep hitting every part
                meetings += 1
                db, head = Path(tmp) / f"killed-{meetings}.sqlite3", 0
                targets = kill_points(rng, last, min(args.per_meeting, args.kills - n))
            want = max(targets.pop(0), head + 1)
            started = time.perf_counter()
            reported, status = kill_at(db, args.seed, want, args.pace)
            lifetimes.append(time.perf_counter() - started)
            failed += status not in (0, -signal.SIGKILL)
            short += reported < want
            overshoot.append(max(0, reported - want))
            assert verify_file(db) == [], f"kill {n}: verify failed"
            events = reader.load_events(db, reader.meeting_by_title(db, title_for(args.seed)))
            lost += max(0, reported - len(events))
            assert len(events) <= reported + 1, f"kill {n}: {len(events)} events, only {reported} reported"
            assert events == expected[: len(events)], f"kill {n}: the log differs from an uninterrupted run"
            replay(events)
            head = len(events)
            middle += head < last
        same = replay(final_events(db, args.seed)) == reference
    elapsed = time.perf_counter() - t0
    print(f"{args.kills} kills in {meetings} meetings, {middle} in the middle of the meeting; committed events lost: "
          f"{lost}; children that failed: {failed}, killed short of their kill point: {short}; verify passed every "
          f"time; continued to the end equal to an uninterrupted run: {same}")
    print(f"events reported past the kill point before the kill took effect: max {max(overshoot)}, "
          f"mean {sum(overshoot) / len(overshoot):.1f}; wall clock: {elapsed:.0f} s in all, "
          f"{sum(lifetimes) / len(lifetimes):.2f} s per child (mostly its start-up)")


if __name__ == "__main__":
    main()
