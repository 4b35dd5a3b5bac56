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


class Disks:
    """Small tmpfs folders: a disk that fills up, or one made read-only (needs root, as CI has; elsewhere
    the tests that use them skip and say so)."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.mounted: list[Path] = []

    def mount(self, size: str = "4m") -> Path:
        import subprocess

        target = self.base / f"disk{len(self.mounted)}"
        target.mkdir()
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "none", str(target)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here (needs root): {result.stderr.strip()}")
        self.mounted.append(target)
        return target

    def read_only(self, target: Path) -> None:
        import subprocess

        subprocess.run(["mount", "-o", "remount,ro", str(target)], check=True)

    def unmount_all(self) -> None:
        import subprocess

        for target in reversed(self.mounted):
            subprocess.run(["umount", "-l", str(target)], capture_output=True)


@pytest.fixture
def disks(tmp_path: Path):
    d = Disks(tmp_path)
    yield d
    d.unmount_all()
