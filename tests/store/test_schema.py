"""The revisions known without Alembic (fast start) must match the migration scripts."""

from alembic.script import ScriptDirectory

from chair_console.store.database import alembic_config, head_revision
from chair_console.store.schema import KNOWN_REVISIONS, SCHEMA_HEAD


def test_schema_head_matches_the_migration_scripts():
    assert head_revision() == SCHEMA_HEAD


def test_known_revisions_match_the_migration_scripts():
    script = ScriptDirectory.from_config(alembic_config())
    assert {rev.revision for rev in script.walk_revisions()} == set(KNOWN_REVISIONS)


def test_opening_a_current_database_loads_no_sqlalchemy(tmp_path):
    import subprocess
    import sys

    from chair_console.store.database import open_database

    path = tmp_path / "x.sqlite3"
    open_database(path).close()
    code = (
        "import sys; from pathlib import Path;"
        "from chair_console.store.database import open_database;"
        "from chair_console.store import reader;"
        f"db = open_database(Path({str(path)!r})); reader.last_used_meeting(db.path);"
        "print(any(m.startswith(('sqlalchemy', 'alembic')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_0001_database_is_backed_up_and_migrated_with_its_meetings_kinds_and_chains(tmp_path):
    """A database made by the first release: the demo and a simulated meeting get their origin, the log
    still verifies, and the new guards hold."""
    import sqlite3

    import pytest
    from alembic import command

    from chair_console.procedure.chain import GENESIS, event_hash
    from chair_console.store import reader
    from chair_console.store.database import make_engine, open_database
    from chair_console.store.event_store import verify_file

    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO council_term VALUES ('t', 'T', '2023', '2027', 59)")
    for mid, title, demo in ((1, "Bystyrets møte", 1), (2, "Simulert bystyremøte (frø 3)", 0), (3, "Ekte møte", 0)):
        uid = f"uid-{mid}"
        digest = event_hash(meeting_uid=uid, seq=1, kind="meeting.created", payload_json="{}", actor="secretary",
                            wall_us=1, mono_ns=1, boot="b", prev_hash=GENESIS)
        conn.execute("INSERT INTO meeting (id, uid, term_id, title, date, place, is_demo, created_wall_us, "
                     "last_used_wall_us, head_seq, head_hash) VALUES (?, ?, 't', ?, '2026-12-02', 'x', ?, 1, 1, 1, ?)",
                     (mid, uid, title, demo, digest))
        conn.execute("INSERT INTO meeting_event (meeting_id, seq, kind, payload, actor, wall_us, mono_ns, boot, "
                     "prev_hash, hash) VALUES (?, 1, 'meeting.created', '{}', 'secretary', 1, 1, 'b', ?, ?)",
                     (mid, GENESIS, digest))
    conn.commit()
    conn.close()

    db = open_database(path)
    db.close()
    assert db.backup is not None and db.backup.exists()
    assert verify_file(path) == []
    assert reader.demo_meeting(path) == 1 and reader.real_meetings(path) == ["Ekte møte"]
    assert reader.meeting_origin(path, 2) == "simulation"
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("UPDATE meeting SET head_seq = 0 WHERE id = 3")
    finally:
        conn.close()
