"""Scale: a simulated ten-hour budget meeting (60 items, 500 speeches, 150 votes) and a term of 40 meetings.

    python bench/scale.py [--meetings 40]

Prints: time to reopen the budget meeting (read the log and replay it to the live state), peak memory of
that, time and pages of its minutes, the database size; and the time to open the latest meeting in a
database holding a whole term against a fresh database with one meeting (ratio).
Goals: reopen < 100 ms; minutes < 2 s; a full term no slower to open than a fresh database.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from pypdf import PdfReader

from chair_console.minutes import Options, write_minutes
from chair_console.procedure.reducer import replay
from chair_console.services.simulation import simulate
from chair_console.simulator import Params
from chair_console.store import reader
from chair_console.store.database import open_database

BUDGET = Params(items=60, speeches=500, votes=150, hours=10)
SMALL = Params(items=12, speeches=60, votes=15, hours=3)


def reopen(path: Path) -> tuple[float, object]:
    """What opening the console does before the window: check the file, find the meeting, replay its log."""
    t0 = time.perf_counter()
    db = open_database(path)
    meeting = reader.last_used_meeting(db.path)
    state = replay(reader.load_events(db.path, meeting))
    elapsed = time.perf_counter() - t0
    db.close()
    return elapsed, state


def median_reopen(path: Path, runs: int = 9) -> float:
    return statistics.median(reopen(path)[0] for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        budget = Path(tmp) / "budget.sqlite3"
        db = open_database(budget)
        t0 = time.perf_counter()
        _, steps = simulate(db, 2026, BUDGET)
        sim_s = time.perf_counter() - t0
        db.close()
        t_reopen = median_reopen(budget)
        tracemalloc.start()
        _, state = reopen(budget)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        t0 = time.perf_counter()
        pdf = write_minutes(state, Path(tmp) / "m.pdf", Options(public=False, draft=False))
        minutes_s = time.perf_counter() - t0
        pages = len(PdfReader(str(pdf)).pages)
        size = sum(p.stat().st_size for p in Path(tmp).glob("budget.sqlite3*"))
        print(f"budget meeting: {steps} events simulated in {sim_s:.1f} s; "
              f"{sum(len(v) for v in state.speeches.values())} speeches, "
              f"{sum(len(v) for v in state.votes.values())} votes, {len(state.item_periods)} items")
        print(f"reopen (check file + read log + replay): median {t_reopen * 1000:.0f} ms   goal < 100 ms")
        print(f"peak Python memory while reopening: {peak / 1e6:.1f} MB")
        print(f"minutes: {pages} pages in {minutes_s:.2f} s   goal < 2 s")
        print(f"database size: {size / 1e6:.2f} MB")

        fresh = Path(tmp) / "fresh.sqlite3"
        db = open_database(fresh)
        simulate(db, 1, SMALL)
        db.close()
        term = Path(tmp) / "term.sqlite3"
        db = open_database(term)
        for seed in range(1, args.meetings + 1):
            simulate(db, seed, SMALL)
        db.close()
        t_fresh, t_term = median_reopen(fresh), median_reopen(term)
        print(f"open the latest meeting: fresh database {t_fresh * 1000:.1f} ms, a term of {args.meetings} meetings "
              f"{t_term * 1000:.1f} ms, ratio {t_term / t_fresh:.2f}   goal <= 1")


if __name__ == "__main__":
    main()
