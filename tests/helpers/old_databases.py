"""SQLite files as an earlier Hearth left them, for the tests that open them with today's.

Each store's test keeps its old migration scripts as literal SQL; these build a file with
them the way that Hearth did (WAL, its application id, the scripts up to a version, then the
version) and read a file back with a plain connection that is not Hearth's.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection in autocommit mode (not Hearth's), closed afterwards."""
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        yield db


def old_database(
    path: Path, version: int, *, application_id: int, migrations: Sequence[str]
) -> None:
    """A file at schema *version* built by *migrations* (the old ones, one script each) and
    marked with *application_id*, as the previous Hearth left it (no rows)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with raw(path) as db:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute(f"PRAGMA application_id = {application_id}")
        for script in migrations[:version]:
            db.executescript(script)
        db.execute(f"PRAGMA user_version = {version}")


def schema_of(path: Path) -> list[tuple[str, str, str]]:
    """Every table, index and trigger of the file: (type, name, SQL with spaces collapsed)."""
    with raw(path) as db:
        rows = db.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
        ).fetchall()
    return [(kind, name, " ".join(sql.split())) for kind, name, sql in rows]
