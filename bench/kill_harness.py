"""The reliability harness at length: kill the simulator with SIGKILL at random moments, reopen, verify,
continue; at the end the meeting must equal an uninterrupted run of the same seed.

    python bench/kill_harness.py [--kills 200] [--seed 5]

Prints the number of kills, how many hit the middle of the meeting, and the check results.
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

from chair_console.procedure.reducer import replay
from chair_console.services.simulation import simulate, title_for
from chair_console.simulator import Params
from chair_console.store import reader
from chair_console.store.database import inspect_file, open_database
from chair_console.store.event_store import verify_file

PARAMS = Params(items=30, speeches=240, votes=50, hours=5)
ARGS = ["--items", "30", "--speeches", "240", "--votes", "50", "--hours", "5"]


def final_state(path: Path, seed: int):  # noqa: ANN201
    db = open_database(path)
    try:
        meeting, _ = simulate(db, seed, PARAMS)
        return replay(reader.load_events(path, meeting))
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        reference = final_state(Path(tmp) / "ref.sqlite3", args.seed)
        db = Path(tmp) / "killed.sqlite3"
        middle = lost = 0
        for n in range(args.kills):
            if n % 12 == 0 and db.exists():  # start a fresh meeting now and then, so kills keep hitting the middle
                for f in Path(tmp).glob("killed.sqlite3*"):
                    f.unlink()
            proc = subprocess.Popen([sys.executable, "-m", "chair_console", "simulate", "--db", str(db), "--seed",
                                     str(args.seed), "--report", "--pace", "0.002", *ARGS], stdout=subprocess.PIPE,
                                    text=True)
            last = [0]

            def read(p=proc, box=last) -> None:  # noqa: ANN001
                for line in p.stdout:
                    if line.endswith("\n") and line.startswith("committed "):
                        box[0] = int(line.split()[1])

            t = threading.Thread(target=read, daemon=True)
            t.start()
            time.sleep(rng.uniform(0.3, 1.0))
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
            t.join(10)
            if inspect_file(db) is None:
                continue
            assert verify_file(db) == [], f"kill {n}: verify failed"
            meeting = reader.meeting_by_title(db, title_for(args.seed))
            if meeting is None:
                continue
            events = reader.load_events(db, meeting)
            lost += max(0, last[0] - len(events))
            replay(events)
            if events[-1].kind != "meeting.adjourned":
                middle += 1
        same = final_state(db, args.seed) == reference
    print(f"{args.kills} kills, {middle} in the middle of the meeting; committed events lost: {lost}; "
          f"verify passed every time; continued to the end equal to an uninterrupted run: {same}")


if __name__ == "__main__":
    main()
