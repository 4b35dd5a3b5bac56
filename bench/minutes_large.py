"""Minutes of a large meeting (a budget meeting: 60 items, 500 speeches, 150 votes) against reportlab
rendering the same number of plain pages, in the same run.

    python bench/minutes_large.py

Goal: under 2 s, and within 2x of the plain rendering.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as pdfcanvas
from pypdf import PdfReader

from chair_console.minutes import FONT, Options, register_fonts, write_minutes
from chair_console.procedure import events as ev
from chair_console.procedure.events import Event
from chair_console.procedure.reducer import advance
from chair_console.procedure.state import MeetingState
from chair_console.procedure.timebase import Instant

ROOT = Path(__file__).resolve().parent.parent


class Builder:
    def __init__(self) -> None:
        self.state, self.log, self.t = MeetingState(), [], 0

    def add(self, kind: str, payload: dict | None = None, seconds: int = 1) -> None:
        self.t += seconds
        at = Instant(1_800_000_000_000_000 + self.t * 1_000_000, self.t * 1_000_000_000, "bench")
        event = Event(self.state.last_seq + 1, kind, payload or {}, "secretary", at)
        self.state = advance(self.state, self.log, event)
        self.log.append(event)


def budget_meeting() -> MeetingState:
    council = json.loads((ROOT / "resources/demo/oslo-bystyre-2023-2027.json").read_text(encoding="utf-8"))
    meeting = json.loads((ROOT / "resources/demo/demo-meeting.json").read_text(encoding="utf-8"))
    agenda = [
        {"id": f"b{n}", "number": f"Sak {400 + n}/26", "title": f"Budsjett 2027: kapittel {n}", "kind": "committee_case",
         "committee": "FIN", "recommendation": f"Kapittel {n} vedtas som foreslått i budsjettproposisjonen.",
         "dissent": n % 3 == 0, "replies": True, "extended_minutes": 10}
        for n in range(1, 61)
    ]
    b = Builder()
    info = {k: meeting[k] for k in ("title", "date", "start", "place", "term")}
    b.add(ev.MEETING_CREATED, {"council": council, "meeting": info, "agenda": agenda})
    members = [m["id"] for m in council["members"]]
    for m in members:
        b.add(ev.MEMBER_PRESENT, {"member": m})
    b.add(ev.MEETING_OPENED)
    speeches = votes = 0
    for n, item in enumerate(agenda):
        b.add(ev.ITEM_OPENED, {"item": item["id"]})
        for k in range(2):
            b.add(ev.PROPOSAL_TABLED, {"item": item["id"], "text": f"Forslag {k + 1} til kapittel {n + 1}.",
                                       "groups": [["A", "SV"], ["FrP"]][k]})
        count = 9 if n < 20 else 8  # 500 in all
        for s in range(count):
            b.add(ev.SPEAKER_ADDED, {"item": item["id"], "person": members[(n * 7 + s * 5) % 59], "kind": "one_minute"})
        for _ in range(count):
            b.add(ev.SPEECH_NEXT, {"item": item["id"]}, seconds=55)
            speeches += 1
        b.add(ev.SPEECH_ENDED, seconds=50)
        b.add(ev.DEBATE_CLOSED, {"item": item["id"]})
        for subject in ([f"{item['id']}-p1", f"{item['id']}-p2", "recommendation"][: 3 if n < 30 else 2]):
            against = members[: 20 + n % 20]
            b.add(ev.VOTE_RECORDED, {"item": item["id"], "subjects": [subject], "method": "hands", "against": against})
            votes += 1
        b.add(ev.DECISION_TEXT_SET, {"item": item["id"], "text": item["recommendation"]})
        b.add(ev.ITEM_DECIDED, {"item": item["id"]})
    b.add(ev.MEETING_ADJOURNED)
    print(f"meeting: {len(agenda)} items, {speeches} speeches, {votes} votes, {len(b.log)} events")
    return b.state


def plain_pages(path: Path, pages: int) -> None:
    register_fonts()
    c = pdfcanvas.Canvas(str(path), pagesize=A4, initialFontName=FONT)
    for page in range(pages):
        c.setFont(FONT, 10)
        for line in range(60):
            c.drawString(60, 780 - line * 12, f"Side {page + 1}, linje {line + 1}: Bystyrets møte, budsjett 2027.")
        c.showPage()
    c.save()


def main() -> None:
    state = budget_meeting()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "moetebok.pdf"
        t0 = time.perf_counter()
        write_minutes(state, out, Options(public=False, draft=False))
        minutes_s = time.perf_counter() - t0
        pages = len(PdfReader(str(out)).pages)
        t0 = time.perf_counter()
        plain_pages(Path(tmp) / "plain.pdf", pages)
        plain_s = time.perf_counter() - t0
    print(f"minutes: {pages} pages in {minutes_s:.2f} s ({pages / minutes_s:.0f} pages/s)   goal < 2 s")
    print(f"plain reportlab, same pages: {plain_s:.2f} s ({pages / plain_s:.0f} pages/s)")
    print(f"ratio minutes / plain: {minutes_s / plain_s:.2f}   goal <= 2")


if __name__ == "__main__":
    main()
