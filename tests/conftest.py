"""Shared fixtures. Qt runs offscreen; every test gets its own home for data, logs and settings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from chair_console.clock import SystemClock  # noqa: E402
from chair_console.demo import ensure_demo_meeting  # noqa: E402
from chair_console.services.meeting_service import MeetingService  # noqa: E402
from chair_console.store.database import Database, open_database  # noqa: E402
from chair_console.store.event_store import EventStore  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("CHAIR_CONSOLE_HOME", str(home))
    monkeypatch.delenv("CHAIR_CONSOLE_LANG", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "meeting.sqlite3"


@pytest.fixture
def demo_db(db_path: Path):
    db = open_database(db_path)
    meeting_id = ensure_demo_meeting(db, SystemClock().now())
    yield db, meeting_id
    db.close()


@pytest.fixture
def service(demo_db: tuple[Database, int]) -> MeetingService:
    db, meeting_id = demo_db
    return MeetingService(EventStore(db, meeting_id), SystemClock())
