"""An agenda file imported the real way (`chair-console import agenda FILE`, services.imports.import_agenda) carries
every field the debate's rules read, in CSV and in JSON: the working group's leader first with 5:00 (R-5.3b,
R-5.4b), the interpellant and the answerer with 5:00 (R-7a, R-7b), the private proposal's proposer first (R-5.3d),
the oral statement's presenter (R-3.5a) and a closed item's public title (R-3.7a)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chair_console.cli import main
from chair_console.clock import SystemClock
from chair_console.procedure import events as ev
from chair_console.procedure.errors import RuleViolation
from chair_console.procedure.speaker_rules import allowed_seconds
from chair_console.services import imports
from chair_console.services.meeting_service import MeetingService
from chair_console.store.database import open_database
from chair_console.store.event_store import EventStore

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"
DEMO = ROOT / "resources" / "demo"
PUBLIC = "Unntatt offentlighet – eiendomssak"


def csv_agenda(tmp_path: Path) -> Path:
    """The example agenda CSV, with a public title for the closed item (the last column)."""
    text = (EXAMPLES / "saksliste.csv").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    n = next(i for i, line in enumerate(lines) if line.startswith("s308,"))
    assert lines[n].rstrip("\r\n").endswith(",nei,,,,,")
    lines[n] = lines[n].rstrip("\r\n") + PUBLIC + "\n"
    path = tmp_path / "saksliste.csv"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def json_agenda(tmp_path: Path) -> Path:
    data = json.loads((DEMO / "demo-meeting.json").read_text(encoding="utf-8"))
    next(i for i in data["agenda"] if i["id"] == "s308")["public_title"] = PUBLIC
    path = tmp_path / "saksliste.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(params=["csv", "json"])
def imported(request, tmp_path: Path):
    """A meeting on the example council with the agenda file imported: the CSV by the command line, the JSON by
    the service the File menu uses. Everyone present, the meeting set."""
    db_path = tmp_path / "m.sqlite3"
    assert main(["import", "council", "--db", str(db_path), str(EXAMPLES / "bystyre.csv")]) == 0
    assert main(["new-meeting", "--db", str(db_path), "--date", "2027-01-20", "--place", "Bystyresalen"]) == 0
    if request.param == "csv":
        assert main(["import", "agenda", "--db", str(db_path), str(csv_agenda(tmp_path))]) == 0
        db = open_database(db_path)
    else:
        db = open_database(db_path)
        imports.import_agenda(db, 1, json_agenda(tmp_path), SystemClock())
    svc = MeetingService(EventStore(db, 1), SystemClock())
    for m in svc.state.council.members:
        svc.record(ev.MEMBER_PRESENT, {"member": m.id})
    for p in ("byr-1", "byr-4", "byr-8"):
        svc.record(ev.GOVERNMENT_PRESENT, {"person": p})
    svc.record(ev.MEETING_OPENED)
    yield svc
    svc.close()
    db.close()


def speakers(svc: MeetingService, item: str, *people: tuple[str, str]) -> list[tuple[str, str, float | None]]:
    """Take up the item, put the people on the list in this order: the list as proposed, with each one's time."""
    svc.record(ev.ITEM_OPENED, {"item": item})
    for person, kind in people:
        svc.record(ev.SPEAKER_ADDED, {"item": item, "person": person, "kind": kind})
    now = svc.now()
    return [(e.person, e.kind, allowed_seconds(svc.state, e, now)) for e in svc.state.queues[item]]


def test_R_5_3b_R_5_4b_an_imported_working_group_case_puts_its_leader_first_with_5_minutes(imported):
    assert imported.state.rules >= 2 and imported.state.item("s305").working_group_leader == "h-07"
    assert speakers(imported, "s305", ("a-01", "main"), ("h-07", "main")) == [
        ("h-07", "main", 300.0), ("a-01", "main", 180.0)]


def test_R_7a_R_7b_an_imported_interpellant_and_answerer_open_with_5_minutes(imported):
    item = imported.state.item("s301")
    assert (item.interpellant, item.answerer) == ("sv-04", "byr-8")
    assert speakers(imported, "s301", ("h-10", "main"), ("byr-8", "government"), ("sv-04", "main")) == [
        ("sv-04", "main", 300), ("byr-8", "government", 300), ("h-10", "main", 180)]


def test_R_5_3d_an_imported_private_proposal_puts_its_proposer_first(imported):
    assert imported.state.item("s303").proposer == "sv-03"
    queue = speakers(imported, "s303", ("h-10", "main"), ("sv-03", "main"))
    assert [(p, k) for p, k, _ in queue] == [("sv-03", "main"), ("h-10", "main")]


def test_R_3_5a_the_imported_presenter_of_an_oral_statement_alone_speaks_for_the_city_government(imported):
    assert imported.state.item("s302").presenter == "byr-4"
    speakers(imported, "s302", ("byr-4", "government"))
    with pytest.raises(RuleViolation, match="speaker.oral_statement_presenter"):
        imported.record(ev.SPEAKER_ADDED, {"item": "s302", "person": "byr-1", "kind": "government"})


def test_R_3_7a_an_imported_closed_item_keeps_its_public_title(imported):
    item = imported.state.item("s308")
    assert item.closed and item.title == "Kjøp av eiendom i Fiktivgata 12" and item.public_title == PUBLIC


def test_an_oral_statement_given_by_someone_outside_the_city_government_is_refused_at_import(tmp_path: Path):
    from chair_console.importing import ImportDataError, read_agenda
    from chair_console.procedure.council import Council

    council = Council.from_dict(json.loads((DEMO / "oslo-bystyre-2023-2027.json").read_text(encoding="utf-8")))
    text = (EXAMPLES / "saksliste.csv").read_text(encoding="utf-8").replace(",nei,,,,byr-4,", ",nei,,,,h-01,", 1)
    path = tmp_path / "saksliste.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportDataError) as exc:
        read_agenda(path, council)
    assert exc.value.params["field"] == "answerer" and exc.value.params["line"] == 4
