"""Scale: a simulated ten-hour budget meeting (60 items, 500 speeches, 150 votes), a two-day budget meeting of
about 3,000 events, and a term of 40 meetings.

    python bench/scale.py [--meetings 40]

Prints: time to reopen the budget meeting (what the window does before its first frame: the file's header and
schema, the meeting's log read and replayed to the live state), peak memory of that, time and pages of its
minutes, the database size; the same reopen for the two-day meeting; and the time to open the latest meeting
in a database holding a whole term against a fresh database with one meeting (ratio). Each also shows the
checks that run right after the first frame, with actions held until they pass (the meeting's hash chain
and SQLite's whole-file quick check: services/verification.py::check_opened_meeting).
Goals: reopen < 100 ms (two-day meeting < 150 ms); minutes < 2 s; a full term no slower to open than a fresh
database (ratio <= 1).
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
from chair_console.services.verification import check_opened_meeting
from chair_console.simulator import Params
from chair_console.store import reader
from chair_console.store.database import open_database

BUDGET = Params(items=60, speeches=500, votes=150, hours=10)
SMALL = Params(items=12, speeches=60, votes=15, hours=3)
TWO_DAY = Params(items=110, speeches=900, votes=300, hours=20)  # about 3,000 events


def reopen(path: Path) -> tuple[float, object]:
    """What opening the console does before the window (app.py): the file's header and schema, find the
    meeting, read and replay its log. The whole-file check waits until after the first frame."""
    t0 = time.perf_counter()
    db = open_database(path, quick_check=False)
    meeting = reader.last_used_meeting(db.path)
    state = replay(reader.load_events(db.path, meeting))
    elapsed = time.perf_counter() - t0
    db.close()
    return elapsed, state


def checks(path: Path) -> float:
    """What runs right after the first frame, actions held: the meeting's chain, then the file's quick check."""
    meeting = reader.last_used_meeting(path)
    t0 = time.perf_counter()
    assert check_opened_meeting(path, meeting) is None
    return time.perf_counter() - t0


def median_reopen(path: Path, runs: int = 9) -> float:
    return statistics.median(reopen(path)[0] for _ in range(runs))


def median_checks(path: Path, runs: int = 5) -> float:
    return statistics.median(checks(path) for _ in range(runs))


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
        print(f"reopen (header + read log + replay, before the first frame): median {t_reopen * 1000:.0f} ms   "
              f"goal < 100 ms; then the checks (chain + file) {median_checks(budget) * 1000:.0f} ms, actions held")
        print(f"peak Python memory while reopening: {peak / 1e6:.1f} MB")
        print(f"minutes: {pages} pages in {minutes_s:.2f} s   goal < 2 s")
        print(f"database size: {size / 1e6:.2f} MB")

        two_day = Path(tmp) / "two-day.sqlite3"
        db = open_database(two_day)
        _, steps = simulate(db, 2027, TWO_DAY)
        db.close()
        print(f"two-day budget meeting: {steps} events; reopen median {median_reopen(two_day) * 1000:.0f} ms   "
              f"goal < 150 ms; then the checks (chain + file) {median_checks(two_day) * 1000:.0f} ms, actions held")

        fresh = Path(tmp) / "fresh.sqlite3"
        db = open_database(fresh)
        simulate(db, 1, SMALL)
        db.close()
        term = Path(tmp) / "term.sqlite3"
        db = open_database(term)
        for seed in range(1, args.meetings + 1):
            simulate(db, seed, SMALL)
        db.close()
        runs = [(reopen(fresh)[0], reopen(term)[0]) for _ in range(15)]  # interleaved: the same load for both
        t_fresh, t_term = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        print(f"open the latest meeting: fresh database {t_fresh * 1000:.1f} ms, a term of {args.meetings} meetings "
              f"{t_term * 1000:.1f} ms, ratio {t_term / t_fresh:.2f}   goal <= 1")
        c_fresh, c_term = median_checks(fresh), median_checks(term)
        print(f"  then the checks after the first frame (chain + file): fresh {c_fresh * 1000:.1f} ms, "
              f"term {c_term * 1000:.1f} ms")


if __name__ == "__main__":
    main()
