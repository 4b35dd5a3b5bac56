"""The attendance report for pay over a term: 40 simulated meetings, one every week or two across a year.

    python bench/attendance_term.py [--meetings 40]

Prints: the time to write the whole term's report as xlsx and as CSV (every meeting's log checked, read and folded
to attendance; one row per person per sitting), the rows, and the same without the hash-chain check.
Goal: under 1 s for a term of 40 meetings.
"""

from __future__ import annotations

import argparse
import sys
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from chair_console.services import attendance_report
from chair_console.simulator import Params
from chair_console.store import reader
from chair_console.store.database import open_database

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.services.term import simulate_on  # noqa: E402 - the same meeting as the tests simulate

MEETING = Params(items=14, speeches=90, votes=20, hours=5)  # an ordinary Wednesday meeting


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=40)
    args = parser.parse_args()
    first = date(2026, 1, 7)  # a Wednesday
    days = [first + timedelta(days=7 * (n + n // 2)) for n in range(args.meetings)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "term.sqlite3"
        db = open_database(path)
        t0 = time.perf_counter()
        for seed, day in enumerate(days, start=1):
            simulate_on(db, seed, day, MEETING)
        built = time.perf_counter() - t0
        print(f"built a term of {args.meetings} meetings ({days[0]} – {days[-1]}) in {built:.1f} s; "
              f"{sum(len(reader.load_events(path, m)) for m in reader.meeting_ids(path))} events")
        frm, to = days[0].isoformat(), days[-1].isoformat()
        for suffix in ("xlsx", "csv"):
            times = []
            for _ in range(5):
                t0 = time.perf_counter()
                report = attendance_report.write_report(db, frm, to, Path(tmp) / f"term.{suffix}")
                times.append(time.perf_counter() - t0)
            print(f"attendance report, {suffix}: {report.rows} rows from {report.meetings} meetings, "
                  f"median {statistics.median(times) * 1000:.0f} ms (min {min(times) * 1000:.0f})   goal < 1000 ms")
        start, end = attendance_report.parse_range(frm, to)
        t0 = time.perf_counter()
        import chair_console.services.attendance_report as ar

        checked = ar.checked
        ar.checked = lambda *_a, **_k: True  # the same without the hash-chain check, to see its share
        try:
            rows, _n = ar.collect(db, start, end)
        finally:
            ar.checked = checked
        alone = (time.perf_counter() - t0) * 1000
        print(f"  of which reading and folding alone (no chain check, no file): {alone:.0f} ms")
        db.close()


if __name__ == "__main__":
    main()
