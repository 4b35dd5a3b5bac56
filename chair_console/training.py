"""Demo, training and simulation never touch a real council or meeting.

They run in a database of their own (`AppPaths.demo_db`, `AppPaths.simulation_db`) unless told another
file; given another file, they refuse it when it holds a meeting they did not create or a council that is
not the demo's. Checked with plain sqlite3 reads before anything is written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chair_console.procedure.council import Council
from chair_console.store import reader
from chair_console.store.database import DatabaseError

if TYPE_CHECKING:
    from chair_console.store.database import Database


def demo_people(council: Council) -> set[tuple[str, str, str]]:
    return (
        {("council_member", m.id, m.name) for m in council.members}
        | {("council_substitute", x.id, x.name) for x in council.substitutes}
        | {("city_government_member", p.id, p.name) for p in council.government}
    )


def check_training_database(db: "Database", council: Council) -> None:
    """Refuse (DatabaseError db.training_only, nothing written) a database holding real data."""
    if db.dialect == "sqlite" and (not db.path.exists() or db.path.stat().st_size == 0):
        return
    real = reader.real_meetings(db)
    if real:
        raise DatabaseError("db.training_only", path=db.where, what=f"«{real[0]}»")
    expected = demo_people(council)
    for term, people in reader.stored_people(db).items():
        if term != council.term.id or people != expected:
            raise DatabaseError("db.training_only", path=db.where, what=term)
