"""Demo, training and simulation never change a council or meeting they did not create: by default they
use databases of their own, and they refuse a database that holds real data, leaving it untouched."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from chair_console.cli import main
from chair_console.paths import app_paths
from chair_console.store import reader

ROOT = Path(__file__).resolve().parent.parent
DEMO_COUNCIL = ROOT / "resources" / "demo" / "oslo-bystyre-2023-2027.json"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def real_db(tmp_path: Path) -> Path:
    """The default database after IT imported the real council (same term id as the demo's) and a meeting."""
    data = json.loads(DEMO_COUNCIL.read_text(encoding="utf-8"))
    data["members"][0]["name"] = "Ekte Ordførersen"  # member h-01's real name
    real = tmp_path / "real.json"
    real.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    db = app_paths().default_db
    assert main(["import", "council", str(real)]) == 0
    assert main(["new-meeting", "--date", "2027-01-20", "--place", "Bystyresalen"]) == 0
    return db


def test_simulate_without_db_uses_its_own_database_and_leaves_the_real_one_alone(real_db: Path, capsys):
    before = _digest(real_db)
    assert main(["simulate", "--seed", "1", "--stop-after", "5"]) == 0
    out = capsys.readouterr().out
    assert str(app_paths().simulation_db) in out
    assert _digest(real_db) == before
    assert reader.meeting_ids(app_paths().simulation_db) == [1]


def test_simulate_refuses_a_database_with_a_real_council(real_db: Path, capsys):
    before = _digest(real_db)
    assert main(["simulate", "--db", str(real_db), "--seed", "1", "--stop-after", "5"]) == 2
    err = capsys.readouterr().err
    assert "ekte bystyre eller møte" in err and "Traceback" not in err
    assert _digest(real_db) == before


def test_the_demo_refuses_a_database_with_a_real_council_and_meeting(real_db: Path, capsys):
    before = _digest(real_db)
    assert main(["--demo", "--db", str(real_db), "--quit-after", "100"]) == 2
    assert "ekte bystyre eller møte" in capsys.readouterr().err
    assert _digest(real_db) == before


def test_the_demo_refuses_a_real_council_even_without_meetings(tmp_path: Path, capsys):
    data = json.loads(DEMO_COUNCIL.read_text(encoding="utf-8"))
    data["members"][0]["name"] = "Ekte Ordførersen"
    real = tmp_path / "real.json"
    real.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "council-only.sqlite3"
    assert main(["import", "council", "--db", str(db), str(real)]) == 0
    before = _digest(db)
    assert main(["--demo", "--db", str(db), "--quit-after", "100"]) == 2
    assert main(["simulate", "--db", str(db), "--stop-after", "3"]) == 2
    assert _digest(db) == before
    capsys.readouterr()


def test_demo_and_simulation_may_share_a_training_database(tmp_path: Path, capsys):
    db = tmp_path / "training.sqlite3"
    assert main(["simulate", "--db", str(db), "--seed", "2", "--stop-after", "4"]) == 0
    assert main(["--demo", "--db", str(db), "--quit-after", "100"]) == 0
    assert main(["simulate", "--db", str(db), "--seed", "2", "--stop-after", "2"]) == 0  # continues, same meeting
    assert len(reader.meeting_ids(db)) == 2
    capsys.readouterr()
