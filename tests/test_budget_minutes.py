"""The budget meeting's minutes (R-3.3e, R-3.6a): a result sentence per vote, proposals voted on together named as
ranges («forslag nr. 1–37 fra R»), each alternative budget's vote, the voting order with ranges — read back from the
PDF."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from chair_console.clock import SystemClock
from chair_console.demo import ensure_demo_meeting
from chair_console.minutes import Options, write_minutes
from chair_console.procedure import events as ev
from chair_console.procedure import voting
from chair_console.services.meeting_service import MeetingService
from chair_console.store.database import open_database
from chair_console.store.event_store import EventStore

ITEM = "s309"
BUDGETS = ("A", "SV", "MDG", "R", "FrP")


@pytest.fixture(scope="module")
def budget(tmp_path_factory):
    path = tmp_path_factory.mktemp("b") / "budget.sqlite3"
    db = open_database(path)
    svc = MeetingService(EventStore(db, ensure_demo_meeting(db, SystemClock().now())), SystemClock())
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    svc.record(ev.MEETING_OPENED)
    svc.record(ev.ITEM_OPENED, {"item": ITEM})
    for group, count in (("R", 37), ("SV", 20)):
        for n in range(1, count + 1):
            svc.record(ev.PROPOSAL_TABLED, {"item": ITEM, "text": f"{group} ber om tiltak {n}.", "groups": [group],
                                            "number": n})
    for group in BUDGETS:
        svc.record(ev.PROPOSAL_TABLED, {"item": ITEM, "text": f"{group}s alternative budsjett.", "groups": [group]})
    svc.record(ev.DEBATE_CLOSED, {"item": ITEM})
    ids = [p.id for p in svc.state.proposals[ITEM]]
    r, sv, budgets = ids[:37], ids[37:57], ids[57:]
    svc.record(ev.VOTING_ORDER_SET, {"item": ITEM, "order": [*budgets, *r, *sv, "recommendation"], "method": "tacit"})
    for budget in budgets:  # the city government's budget against each group's, only the group for its own
        state = svc.state
        svc.record(ev.VOTE_RECORDED, {"item": ITEM, "subjects": ["recommendation", budget], "method": "alternative",
                                      "alternatives": [voting.only_proposers_for(state, ITEM, [budget]),
                                                       voting.proposers_voting(state, ITEM, [budget])]})
    svc.record(ev.VOTE_RECORDED, {"item": ITEM, "subjects": r, "method": "hands", "together": True,
                                  "against": voting.only_proposers_for(svc.state, ITEM, [*r, *sv])})  # R and SV for
    svc.record(ev.VOTE_RECORDED, {"item": ITEM, "subjects": sv[:19], "method": "hands", "together": True,
                                  "against_count": 47})
    svc.record(ev.VOTE_RECORDED, {"item": ITEM, "subjects": [sv[19]], "method": "tacit"})
    svc.record(ev.DECISION_TEXT_SET, {"item": ITEM, "text": "Budsjettet vedtas som innstilt."})
    svc.record(ev.ITEM_DECIDED, {"item": ITEM})
    svc.record(ev.MEETING_ADJOURNED)
    state = svc.state
    svc.close()
    db.close()
    return state


def test_R_3_6a_budget_minutes_name_ranges_and_give_a_result_sentence_per_vote(budget, tmp_path):
    pdf = write_minutes(budget, tmp_path / "budsjett.pdf", Options(public=False, draft=False))
    text = re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages))
    assert "Forslag nr. 1–37 fra R ble ikke vedtatt med 10 mot 49 stemmer (SV, R for)." in text
    assert "Forslag nr. 1–19 fra SV ble ikke vedtatt med 12 mot 47 stemmer." in text
    assert "Forslag nr. 20 fra SV ble enstemmig vedtatt." in text
    for n, group in enumerate(BUDGETS, start=58):  # each alternative budget's vote, one after the other
        assert f"Ved alternativ votering mellom innstillingen og forslag nr. {n} fra {group} fikk innstillingen" in text
    assert text.count("Innstillingen ble vedtatt.") == len(BUDGETS)
    assert text.count("Votering: ") == len(BUDGETS) + 3  # one sentence per vote
    # the voting order as decided, a group's proposals in a row as one range
    assert "forslag nr. 1–37 fra R, forslag nr. 1–20 fra SV, innstillingen" in text
    assert "Forslag nr. 37 fra R: R ber om tiltak 37." in text  # each proposal with its own number
