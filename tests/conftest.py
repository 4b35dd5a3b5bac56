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


@pytest.fixture(autouse=True)
def _no_translation_outlives_its_test(monkeypatch: pytest.MonkeyPatch):
    """A test that switches to English (a window, `main(["--lang", "en"])`) must not leave its translator installed
    for the tests after it: when Python collects it is not ours to choose, and a message test would then read
    English. Every translator installed during the test is removed at its end, and Bokmål is the language again."""
    from PySide6.QtCore import QCoreApplication

    installed = []
    original = QCoreApplication.installTranslator

    def install(translator):  # noqa: ANN001, ANN202
        installed.append(translator)
        return original(translator)

    monkeypatch.setattr(QCoreApplication, "installTranslator", staticmethod(install))
    yield
    app = QCoreApplication.instance()
    if app is not None:
        for translator in installed:
            try:
                QCoreApplication.removeTranslator(translator)
            except RuntimeError:  # already deleted with its owner
                pass
        app.setProperty("chairConsoleLanguage", "nb")


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


# -- PostgreSQL: a throwaway cluster of the tests' own (tests/pg_cluster.py) ----------------------------------


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgres: needs PostgreSQL's server binaries (a throwaway cluster)")


def _ci() -> bool:
    return os.environ.get("CI") == "true"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """In CI (CI=true) a PostgreSQL test that skipped, for whatever reason, is a failure: CI installs PostgreSQL."""
    outcome = yield
    report = outcome.get_result()
    if _ci() and report.skipped and item.get_closest_marker("postgres") is not None:
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.longrepr = f"CI=true: a skipped PostgreSQL test is a failure ({reason})"


@pytest.fixture(scope="session")
def pg_cluster():
    """A running throwaway PostgreSQL cluster (Unix socket only), or a skip saying how to get one."""
    from pg_cluster import ENABLE_HINT, start_cluster

    cluster = start_cluster()
    if cluster is None:
        if _ci():
            pytest.fail(f"CI=true and no PostgreSQL found: {ENABLE_HINT}", pytrace=False)
        pytest.skip(ENABLE_HINT)
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster) -> str:
    """A new, empty database on the throwaway cluster (a SQLAlchemy URL)."""
    return pg_cluster.new_database()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest, tmp_path: Path):  # noqa: ANN201 - a store_backend.Backend
    """Each store test that takes this runs on a SQLite file and on a PostgreSQL database."""
    from store_backend import Backend

    if request.param == "sqlite":
        return Backend("sqlite", tmp_path / "meeting.sqlite3")
    return Backend("postgresql", request.getfixturevalue("pg_url"))


@pytest.fixture
def backend_demo(backend: Backend):
    """The demo meeting in the backend's database: (Database, meeting id)."""
    db = backend.open()
    meeting_id = ensure_demo_meeting(db, SystemClock().now())
    yield db, meeting_id
    db.close()


@pytest.fixture
def public_hall(pg_cluster, pg_url: str):  # noqa: ANN001, ANN201
    """The demo meeting made by IT's owner role on the throwaway cluster; (meeting id, a writing station's service,
    the URL of a login that may read only the public view)."""
    from public_view import login_role

    from chair_console.clock import SystemClock
    from chair_console.demo import ensure_demo_meeting
    from chair_console.services.meeting_service import MeetingService
    from chair_console.store.database import open_database

    owner = open_database(pg_url)
    meeting_id = ensure_demo_meeting(owner, SystemClock().now())
    owner.close()
    writer_db = open_database(login_role(pg_cluster, pg_url, "chair_console_writer"))
    writer = MeetingService(writer_db.event_log(meeting_id), SystemClock())
    yield meeting_id, writer, login_role(pg_cluster, pg_url, "chair_console_public")
    writer.close()
    writer_db.close()
