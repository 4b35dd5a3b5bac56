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
