"""Each use case lives once, in chair_console/services: the menu (through the controller) and the command line
call the same service function. A spy put in the service function's place sees both."""

from __future__ import annotations

from pathlib import Path

import pytest

from chair_console.cli import main
from chair_console.clock import SystemClock
from chair_console.demo import ensure_demo_meeting
from chair_console.services import imports, meetings, records, verification
from chair_console.store.database import open_database

ROOT = Path(__file__).resolve().parents[2]
DEMO_AGENDA = ROOT / "resources" / "demo" / "demo-meeting.json"
COUNCIL_CSV = ROOT / "resources" / "examples" / "bystyre.csv"


@pytest.fixture
def cli_db(tmp_path: Path) -> Path:
    """A demo database of its own for the command line (the window's is open in the console)."""
    path = tmp_path / "cli.sqlite3"
    db = open_database(path)
    ensure_demo_meeting(db, SystemClock().now())
    db.close()
    return path


def _spy(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[tuple]:
    calls: list[tuple] = []
    original = getattr(module, name)

    def spy(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return calls


def test_import_agenda_from_the_menu_and_the_command_line_is_one_service_function(console, cli_db, monkeypatch,
                                                                                    capsys):
    calls = _spy(monkeypatch, imports, "record_agenda")
    assert main(["import", "agenda", str(DEMO_AGENDA), "--db", str(cli_db)]) == 0
    assert "Importert demo-meeting.json" in capsys.readouterr().out
    assert console.controller.import_agenda(str(DEMO_AGENDA), lambda: "Importer saksliste")
    assert len(calls) == 2
    assert console.controller.undo_stack.count() == 1  # from the menu it is one undoable event


def test_a_bad_agenda_file_from_the_menu_is_refused_and_records_nothing(console, tmp_path):
    bad = tmp_path / "saksliste.json"
    bad.write_text("{not json", encoding="utf-8")
    said: list[str] = []
    console.controller.refused.connect(said.append)
    before = console.controller.state.last_seq
    assert not console.controller.import_agenda(str(bad), lambda: "Importer saksliste")
    assert said and "Traceback" not in said[0]
    assert console.controller.state.last_seq == before and console.controller.undo_stack.count() == 0


def test_import_council_from_the_menu_and_the_command_line_is_one_service_function(console, cli_db, monkeypatch,
                                                                                     capsys):
    calls = _spy(monkeypatch, imports, "import_council")
    assert main(["import", "council", str(COUNCIL_CSV), "--db", str(cli_db)]) == 0
    assert console.controller.import_council(str(COUNCIL_CSV)) is not None
    assert len(calls) == 2
    capsys.readouterr()


def test_minutes_from_the_menu_and_the_command_line_is_one_service_function(console, cli_db, monkeypatch,
                                                                              tmp_path, capsys):
    calls = _spy(monkeypatch, records, "minutes")
    assert main(["minutes", "--db", str(cli_db), "--out", str(tmp_path / "cli.pdf")]) == 0
    assert console.controller.write_minutes(str(tmp_path / "menu.pdf"), public=True)
    assert len(calls) == 2
    assert (tmp_path / "cli.pdf").stat().st_size > 1000 and (tmp_path / "menu.pdf").stat().st_size > 1000
    capsys.readouterr()


def test_new_meeting_from_the_command_line_is_the_meetings_service(cli_db, monkeypatch, capsys):
    calls = _spy(monkeypatch, meetings, "new_meeting")
    assert main(["new-meeting", "--db", str(cli_db), "--date", "2027-01-20", "--place", "Bystyresalen"]) == 0
    assert len(calls) == 1
    assert "Opprettet møte 2" in capsys.readouterr().out


def test_verifying_from_the_window_and_the_command_line_goes_through_the_verification_service(
    console, monkeypatch, capsys
):
    opened = _spy(monkeypatch, verification, "check_opened_meeting")
    whole = _spy(monkeypatch, verification, "verify_database")
    assert console.controller.verify_log()
    assert main(["verify", "--db", str(console.db.path)]) == 0
    assert "OK" in capsys.readouterr().out
    assert len(opened) == 1 and len(whole) == 1
