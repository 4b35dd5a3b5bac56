"""The budget meeting's votes: 400 proposals and 250 votes recorded through the service layer (MeetingService.record:
the rules, then one committed SQLite transaction on a real file), and the minutes of it.

    python bench/budget_votes.py [--proposals 400] [--votes 250] [--dir DIR]

The database file is made in a temporary folder under DIR (default: the system's temporary folder; give a folder
on the disk the console will use, as /tmp may be in memory).

The votes are the budget meeting's (R-3.3e): each group's alternative budget against the city government's
(the recommendation) in turn, then every group's proposals in the order the council decided — some blocks voted on
together («forslag nr. 1–11 fra A»), the rest one by one — counted as the votes pane fills them in (only the
proposers for; the same groups against as the last vote; tacit approval).

Prints the time per recorded vote (median, p99, max) and the time and pages of the final minutes.
Goals: a vote recorded in under 50 ms (p99) — the secretary never waits — and the minutes in under 5 s.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

from chair_console.clock import SystemClock
from chair_console.demo import demo_council
from chair_console.minutes import Options, write_minutes
from chair_console.procedure import events as ev
from chair_console.procedure import voting
from chair_console.procedure.agenda import AgendaItem, MeetingInfo
from chair_console.services.meeting_service import MeetingService
from chair_console.store.database import open_database
from chair_console.store.event_store import EventStore

ITEM = "budsjett"
BUDGETS = ("A", "SV", "MDG", "R", "FrP")  # the groups with an alternative budget
# each group's other proposals, numbered per group; the three city government groups table theirs together
SHARES = (("A", 0.23), ("SV", 0.20), ("MDG", 0.18), ("R", 0.18), ("FrP", 0.11), ("PS", 0.05), ("H+V+KrF", 0.05))
BLOCK = 11  # proposals in a block voted on together


def create(path: Path) -> tuple[object, int]:
    from chair_console.store.council_store import save_council
    from chair_console.store.meetings import create_meeting

    db = open_database(path)
    council = demo_council()
    info = MeetingInfo("Bystyrets budsjettmøte 2026", "2026-12-09", "10:00", "Bystyresalen, Oslo rådhus", council.term.id)
    item = AgendaItem(ITEM, "Sak 400/26", "Budsjett 2027 og økonomiplan 2027–2030", "committee_case", "FIN",
                      recommendation="Byrådets forslag til budsjett 2027 og økonomiplan 2027–2030 vedtas.", dissent=True)
    with db.writing():
        save_council(db.engine, council)
        meeting_id = create_meeting(db.engine, council, info, (item,), SystemClock().now())
    return db, meeting_id


def blocks_and_singles(by_group: dict[str, list[str]], votes: int) -> list[list[str]]:
    """The proposals in voting order cut into votes: blocks of BLOCK (from each group in turn) until the rest,
    one by one, make up the number of votes."""
    total = sum(len(x) for x in by_group.values())
    wanted = max(0, -(-(total - votes) // (BLOCK - 1)))  # blocks needed so that blocks + singles = votes
    blocks: dict[str, int] = {g: 0 for g in by_group}
    groups = [g for g in by_group if len(by_group[g]) >= BLOCK]
    made, turn = 0, 0
    while made < wanted and groups:
        g = groups[turn % len(groups)]
        if (blocks[g] + 1) * BLOCK <= len(by_group[g]):
            blocks[g] += 1
            made += 1
        turn += 1
        if turn > 10 * wanted + 100:
            break
    out: list[list[str]] = []
    for g, ids in by_group.items():
        cut = blocks[g] * BLOCK
        out += [ids[i:i + BLOCK] for i in range(0, cut, BLOCK)]
        out += [[x] for x in ids[cut:]]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--proposals", type=int, default=400)
    parser.add_argument("--votes", type=int, default=250)
    parser.add_argument("--dir", default=None, help="folder for the database file (default: the temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        db, meeting_id = create(Path(tmp) / "budget.sqlite3")
        svc = MeetingService(EventStore(db, meeting_id), SystemClock(), actor="secretary")
        council = svc.state.council
        for m in council.members:
            svc.record(ev.MEMBER_PRESENT, {"member": m.id})
        svc.actor = "chair"  # the podium sets the meeting and takes up the item (procedure/stations.py)
        svc.record(ev.MEETING_OPENED)
        svc.record(ev.ITEM_OPENED, {"item": ITEM})
        svc.actor = "secretary"
        others = args.proposals - len(BUDGETS)
        counts = [round(others * share) for _, share in SHARES]
        counts[0] += others - sum(counts)
        by_group: dict[str, list[str]] = {}
        for (group, _), count in zip(SHARES, counts):
            for n in range(1, count + 1):
                svc.record(ev.PROPOSAL_TABLED, {"item": ITEM, "text": f"Bystyret ber byrådet om tiltak {n} ({group}).",
                                                "groups": group.split("+"), "number": n})
                by_group.setdefault(group, []).append(svc.state.proposals[ITEM][-1].id)
        budgets = []
        for group in BUDGETS:
            svc.record(ev.PROPOSAL_TABLED, {"item": ITEM, "groups": [group],
                                            "text": f"Budsjett 2027 vedtas som i {group}s alternative budsjett."})
            budgets.append(svc.state.proposals[ITEM][-1].id)
        svc.actor = "chair"
        svc.record(ev.DEBATE_CLOSED, {"item": ITEM})
        svc.actor = "secretary"
        order = [*budgets, *(x for ids in by_group.values() for x in ids), "recommendation"]
        svc.record(ev.VOTING_ORDER_SET, {"item": ITEM, "order": order, "method": "tacit"})  # R-3.3e, decided tacitly

        plan = blocks_and_singles(by_group, args.votes - len(BUDGETS))
        times: list[float] = []

        def record(payload: dict) -> None:
            t0 = time.perf_counter()
            svc.record(ev.VOTE_RECORDED, {"item": ITEM, **payload})
            times.append(time.perf_counter() - t0)

        state = svc.state
        for budget in budgets:  # each alternative budget against the city government's, only its group for it
            ours = voting.proposers_voting(state, ITEM, [budget])
            record({"subjects": ["recommendation", budget], "method": "alternative",
                    "alternatives": [voting.only_proposers_for(state, ITEM, [budget]), ours]})
            state = svc.state
        for n, subjects in enumerate(plan):
            if len(subjects) > 1:
                payload = {"subjects": subjects, "method": "hands", "together": True,
                           "against": voting.only_proposers_for(state, ITEM, subjects)}
            elif n % 7 == 3:
                payload = {"subjects": subjects, "method": "tacit"}
            elif n % 3 == 1:
                same = voting.same_against_as(state, ITEM, voting.last_vote(state, ITEM))
                payload = {"subjects": subjects, "method": "hands",
                           **({"against_count": same} if isinstance(same, int) else {"against": same})}
            else:
                payload = {"subjects": subjects, "method": "hands",
                           "against": voting.only_proposers_for(state, ITEM, subjects)}
            record(payload)
            state = svc.state
        svc.record(ev.DECISION_TEXT_SET, {"item": ITEM, "text": state.item(ITEM).recommendation})
        svc.actor = "chair"
        svc.record(ev.ITEM_DECIDED, {"item": ITEM})
        svc.record(ev.MEETING_ADJOURNED)
        state = svc.state
        svc.close()
        db.close()

        votes = state.votes[ITEM]
        together = sum(1 for v in votes if v.together)
        print(f"budget meeting: {len(state.proposals[ITEM])} proposals, {len(votes)} votes "
              f"({len(BUDGETS)} alternative budgets, {together} blocks voted on together), {state.last_seq} events")
        ms = sorted(t * 1000 for t in times)
        p99 = ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))]
        print(f"recording a vote (rules + SQLite commit): median {statistics.median(ms):.1f} ms, "
              f"p99 {p99:.1f} ms, max {ms[-1]:.1f} ms   goal p99 < 50 ms")
        t0 = time.perf_counter()
        pdf = write_minutes(state, Path(tmp) / "budsjett.pdf", Options(public=False, draft=False))
        minutes_s = time.perf_counter() - t0
        pages = len(PdfReader(str(pdf)).pages)
        print(f"minutes: {pages} pages in {minutes_s:.2f} s   goal < 5 s")


if __name__ == "__main__":
    main()
