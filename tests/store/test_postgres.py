"""PostgreSQL as the store (store/postgres.py): errors classified by SQLSTATE and exception class, never by text;
the server stopped mid-meeting and started again; a commit whose acknowledgement was lost; a role that may only
read; databases that are not the console's. The log's own behaviour on both databases is in test_persistence,
test_tamper and test_crash (parametrised)."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors as pg

from chair_console.cli import main
from chair_console.clock import SystemClock
from chair_console.demo import ensure_demo_meeting
from chair_console.procedure import events as ev
from chair_console.services.meeting_service import MeetingService
from chair_console.store import db_errors
from chair_console.store.database import DatabaseError, is_database_url, open_database, shown
from chair_console.store.event_store import StoreError


# -- classification, without a server ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (pg.UniqueViolation, "store.concurrent_writer"),
        (pg.InsufficientPrivilege, "store.forbidden"),
        (pg.InvalidPassword, "store.forbidden"),
        (pg.AdminShutdown, "store.unreachable"),
        (pg.CannotConnectNow, "store.unreachable"),
        (pg.ConnectionFailure, "store.unreachable"),
        (pg.DiskFull, "db.disk_full"),
        (pg.ReadOnlySqlTransaction, "db.read_only"),
        (pg.DeadlockDetected, "db.busy"),
        (pg.TooManyConnections, "db.busy"),
        (pg.DataCorrupted, "db.damaged"),
        (pg.ForeignKeyViolation, "db.constraint"),
    ],
)
def test_postgres_errors_are_classified_by_type_not_text(error: type, code: str):
    exc = error("words that say something else entirely")
    assert db_errors.classify(exc) == code
    from sqlalchemy.exc import DBAPIError

    wrapped = DBAPIError.instance("INSERT …", {}, exc, psycopg.Error)  # as SQLAlchemy hands it over
    assert db_errors.classify(wrapped) == code


def test_a_lost_connection_without_sqlstate_is_unreachable_and_other_errors_are_not_ours():
    assert db_errors.classify(psycopg.OperationalError("connection refused")) == "store.unreachable"
    assert db_errors.classify(ValueError("not a database error")) is None


def test_urls_select_postgres_and_are_shown_without_password(tmp_path):
    assert is_database_url("postgresql+psycopg://u:secret@db.oslo.kommune.no/bystyret")
    assert not is_database_url(str(tmp_path / "m.sqlite3")) and not is_database_url(tmp_path)
    assert "secret" not in shown("postgresql+psycopg://u:secret@db.oslo.kommune.no/bystyret")


# -- on a server ----------------------------------------------------------------------------------------------


def _dbname(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).database


@pytest.fixture
def pg_demo(pg_url: str):
    db = open_database(pg_url)
    meeting_id = ensure_demo_meeting(db, SystemClock().now())
    yield db, meeting_id
    db.close()


@pytest.mark.postgres
def test_the_schema_is_made_by_alembic_with_the_same_revision_and_guards(pg_demo, pg_url: str):
    from chair_console.store.schema import SCHEMA_HEAD
    from store_backend import Backend

    b = Backend("postgresql", pg_url)
    assert b.query("SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]
    triggers = {r[0] for r in b.query("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}
    assert {"meeting_event_no_update", "meeting_event_no_delete", "meeting_event_follows_head", "meeting_guard",
            "meeting_no_delete"} <= triggers
    again = open_database(pg_url)  # a second station opening a current database changes nothing
    again.close()


@pytest.mark.postgres
def test_a_commit_whose_acknowledgement_was_lost_is_not_written_twice(pg_demo, monkeypatch):
    """The connection drops right after the server committed: the station cannot know; it reads the head again
    and, finding its own event there, takes it as written (never doubled, never reported lost)."""
    import chair_console.store.writer as writer

    db, meeting_id = pg_demo
    service = MeetingService(db.event_log(meeting_id), SystemClock())
    real = writer.write_event

    def committed_then_lost(conn, *args):  # noqa: ANN001, ANN002
        with db.engine.begin() as other:
            real(other, *args)
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(writer, "write_event", committed_then_lost)
    event = service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    monkeypatch.undo()
    service.record(ev.MEMBER_PRESENT, {"member": "h-02"})
    log = db.event_log(meeting_id)
    assert [e.seq for e in log.load()] == [1, 2, 3] and log.load(1)[0].at == event.at
    assert db.verify() == []
    service.close()
    log.close()


@pytest.mark.postgres
def test_a_failed_write_that_did_not_land_is_refused_and_nothing_is_written(pg_demo, monkeypatch):
    import chair_console.store.writer as writer

    db, meeting_id = pg_demo
    service = MeetingService(db.event_log(meeting_id), SystemClock())

    def lost(*_a):  # noqa: ANN002
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(writer, "write_event", lost)
    with pytest.raises(StoreError) as exc:
        service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    assert exc.value.code == "store.unreachable"
    monkeypatch.undo()
    assert service.state.last_seq == 1
    service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    assert [e.seq for e in db.event_log(meeting_id).load()] == [1, 2]
    service.close()


@pytest.mark.postgres
def test_server_stopped_mid_meeting_refuses_with_a_message_and_resumes_when_it_is_back(capsys):
    """A cluster of this test's own is stopped and started again: the append while it is down is refused with
    store.unreachable (nothing queued, nothing written); after the restart the same station writes on, the log
    has every committed event once, and verify passes."""
    from pg_cluster import start_cluster

    cluster = start_cluster()
    assert cluster is not None
    try:
        url = cluster.new_database()
        db = open_database(url)
        meeting_id = ensure_demo_meeting(db, SystemClock().now())
        service = MeetingService(db.event_log(meeting_id), SystemClock())
        service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
        cluster.down("fast")
        with pytest.raises(StoreError) as exc:
            service.record(ev.MEMBER_PRESENT, {"member": "h-02"})
        assert exc.value.code == "store.unreachable"
        assert service.state.last_seq == 2
        assert main(["verify", "--db", url]) == 3  # the command line says so too, with its exit code
        assert "kontakt med databasetjeneren" in capsys.readouterr().err
        cluster.up()
        service.record(ev.MEMBER_PRESENT, {"member": "h-02"})
        assert [e.seq for e in db.event_log(meeting_id).load()] == [1, 2, 3] and db.verify() == []
        service.close()
        db.close()
    finally:
        cluster.stop()


@pytest.mark.postgres
def test_a_role_that_may_only_read_opens_for_viewing(pg_demo, pg_url: str, pg_cluster):
    db, meeting_id = pg_demo
    db.close()
    name = _dbname(pg_url)
    viewer = f"viewer_{name}"
    pg_cluster.admin(f"CREATE ROLE {viewer} LOGIN", dbname=name)
    pg_cluster.admin(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {viewer}", dbname=name)
    url = pg_cluster.url(name, user=viewer)
    view = open_database(url)
    try:
        assert view.read_only
        log = view.event_log(meeting_id)
        assert len(log.load()) == 1 and view.verify() == []
        with pytest.raises(StoreError) as exc:
            MeetingService(log, SystemClock()).record(ev.MEMBER_PRESENT, {"member": "h-01"})
        assert exc.value.code == "store.read_only_role"
        with pytest.raises(DatabaseError) as refused:
            open_database(url, write=True)
        assert refused.value.code == "store.read_only_role"
        with view.engine.connect() as conn:  # the server itself refuses, and that is told as forbidden
            with pytest.raises(Exception) as denied:
                conn.exec_driver_sql("DELETE FROM council_term")
        assert db_errors.classify(denied.value) == "store.forbidden"
    finally:
        view.close()


@pytest.mark.postgres
def test_databases_that_are_not_the_consoles_are_refused_untouched(pg_cluster, pg_url: str, capsys):
    name = _dbname(pg_url)
    with pytest.raises(DatabaseError) as exc:
        open_database(pg_url, create=False)  # empty: nothing to read, nothing made
    assert exc.value.code == "store.empty"
    assert main(["minutes", "--db", pg_url, "--out", "/nonexistent/m.pdf"]) == 2
    pg_cluster.admin("CREATE TABLE invoices (id int)", dbname=name)
    with pytest.raises(DatabaseError) as exc:
        open_database(pg_url)
    assert exc.value.code == "store.foreign"
    assert main(["verify", "--db", pg_url]) == 2
    assert "annet program" in capsys.readouterr().err


@pytest.mark.postgres
def test_a_database_made_by_a_newer_version_is_refused(pg_demo, pg_url: str, pg_cluster):
    db, _ = pg_demo
    db.close()
    name = _dbname(pg_url)
    pg_cluster.admin("UPDATE alembic_version SET version_num = '9999'", dbname=name)
    with pytest.raises(DatabaseError) as exc:
        open_database(pg_url)
    assert exc.value.code == "db.newer_version"


@pytest.mark.postgres
def test_a_server_that_cannot_be_reached_is_told_so_with_exit_3(tmp_path, capsys):
    url = f"postgresql+psycopg://nobody:secret@/none?host={tmp_path}"
    with pytest.raises(DatabaseError) as exc:
        open_database(url)
    assert exc.value.code == "store.unreachable"
    assert main(["new-meeting", "--db", url, "--place", "Rådhuset"]) == 3
    err = capsys.readouterr().err
    assert "kontakt med databasetjeneren" in err and "secret" not in err and "Traceback" not in err


@pytest.mark.postgres
def test_the_command_line_runs_a_meeting_on_postgres(pg_url: str, tmp_path, capsys):
    assert main(["import", "council", "--db", pg_url, "resources/demo/oslo-bystyre-2023-2027.json"]) == 0
    assert main(["new-meeting", "--db", pg_url, "--date", "2027-01-13", "--place", "Bystyresalen"]) == 0
    assert main(["import", "agenda", "--db", pg_url, "resources/examples/saksliste.csv"]) == 0
    assert main(["verify", "--db", pg_url]) == 0
    assert main(["export", "--db", pg_url, "--format", "json", "--out", str(tmp_path / "log.json")]) == 0
    assert (tmp_path / "log.json").stat().st_size > 0


@pytest.mark.postgres
def test_the_window_opens_a_meeting_on_postgres_and_records_into_it(pg_url: str, qapp):  # noqa: ANN001
    from chair_console.app import build_console
    from chair_console.i18n import Translations
    from chair_console.paths import app_paths
    from chair_console.resources import resources_dir
    from PySide6.QtCore import QSettings

    paths = app_paths()
    db = open_database(pg_url, quick_check=False)
    meeting_id = ensure_demo_meeting(db, SystemClock().now())
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    console = build_console(db, meeting_id, SystemClock(), paths, Translations(resources_dir() / "translations"),
                            settings, interactive=False)
    try:
        console.controller.verify_log()  # the chain, and no file check to run on a server
        assert console.service.held is None
        console.warm_up(SystemClock())
        console.service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
        assert [e.seq for e in db.event_log(meeting_id).load()] == [1, 2]
    finally:
        console.window.close()
        console.close()


@pytest.mark.postgres
def test_a_pg_dump_restored_into_another_database_verifies_and_records_on(pg_demo, pg_url: str, pg_cluster,
                                                                          tmp_path, capsys):
    """docs/IT.md's backup and restore, as written there: pg_dump --format=custom, pg_restore --no-owner into a
    new database owned by the console's role; the guards come back after the data (post-data), the log
    verifies, and the console writes on."""
    import subprocess

    db, meeting_id = pg_demo
    service = MeetingService(db.event_log(meeting_id), SystemClock())
    service.record(ev.MEMBER_PRESENT, {"member": "h-01"})
    printed = service.head_hash[:16]
    service.close()
    db.close()
    dump = tmp_path / "bystyret.dump"
    host = ["-h", str(pg_cluster.socket_dir), "-U", "chair"]
    subprocess.run([str(pg_cluster.bin_dir / "pg_dump"), "--format=custom", f"--file={dump}", *host,
                    _dbname(pg_url)], check=True, capture_output=True)
    owner, target = f"owner_{_dbname(pg_url)}", f"restored_{_dbname(pg_url)}"
    pg_cluster.admin(f"CREATE ROLE {owner} LOGIN")
    pg_cluster.admin(f"CREATE DATABASE {target} OWNER {owner}")
    subprocess.run([str(pg_cluster.bin_dir / "pg_restore"), f"--dbname={target}", "--no-owner", f"--role={owner}",
                    *host, str(dump)], check=True, capture_output=True)
    url = pg_cluster.url(target, user=owner)
    assert main(["verify", "--db", url, "--head", printed]) == 0
    restored = open_database(url)
    try:
        service = MeetingService(restored.event_log(meeting_id), SystemClock())
        service.record(ev.MEMBER_PRESENT, {"member": "h-02"})
        service.close()
        assert restored.verify() == []
        from store_backend import Backend

        with pytest.raises(psycopg.Error):  # the guards are back
            Backend("postgresql", url).execute("DELETE FROM meeting_event")
    finally:
        restored.close()


@pytest.mark.postgres
def test_a_0001_database_on_postgres_is_migrated_to_the_head_with_its_guards(pg_url: str):
    from alembic import command
    from sqlalchemy import create_engine

    from chair_console.store.database import alembic_config
    from chair_console.store.schema import SCHEMA_HEAD
    from store_backend import Backend

    engine = create_engine(pg_url)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    b = Backend("postgresql", pg_url)
    assert b.query("SELECT version_num FROM alembic_version") == [("0001",)]
    db = open_database(pg_url)  # 0001 -> head, in one transaction, no copy (pg_dump is IT's backup)
    try:
        assert db.backup is None
        assert b.query("SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]
        meeting_id = ensure_demo_meeting(db, SystemClock().now())
        with pytest.raises(psycopg.Error) as exc:
            b.execute("DELETE FROM meeting")
        assert db_errors.classify(exc.value) == "store.append_only"
        assert db.verify(meeting_id) == []
    finally:
        db.close()
