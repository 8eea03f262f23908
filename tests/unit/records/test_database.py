"""The one SQLite layer (app/records/database.py) on real files: the migration runner, the
checks before anything is written, transactions and the typed errors stores translate."""

from __future__ import annotations

import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from app.core.errors import StorageError
from app.records.database import (
    ClosedDatabaseError,
    Database,
    DatabaseError,
    ForeignDatabaseError,
    Migration,
    NewerSchemaError,
    Schema,
    connect_read_only,
    errors_as,
)

NOTES_ID = 0x4E4F5445
NOTES_V1: Migration = (
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)",
    # A trigger's body keeps its own semicolon: one statement, no splitter.
    """CREATE TRIGGER notes_no_delete BEFORE DELETE ON notes
    BEGIN SELECT RAISE(ABORT, 'notes are kept'); END""",
)
NOTES_V2: Migration = ("ALTER TABLE notes ADD COLUMN shouted TEXT",)


def shout(db: sqlite3.Connection) -> None:
    """A migration SQL alone does not express: fill the new column in Python."""
    for note_id, text in db.execute("SELECT id, text FROM notes").fetchall():
        db.execute("UPDATE notes SET shouted = ? WHERE id = ?", (str(text).upper(), note_id))


def notes(*migrations: Migration) -> Schema:
    return Schema("notes", NOTES_ID, frozenset({"notes"}), migrations)


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        yield db


def version_of(path: Path) -> int:
    with raw(path) as db:
        return int(db.execute("PRAGMA user_version").fetchone()[0])


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "notes.sqlite3"


def test_a_new_file_is_private_marked_in_wal_mode_and_at_the_newest_version(path: Path) -> None:
    database = Database(path, notes(NOTES_V1, NOTES_V2, shout))
    try:
        assert database.version == 3
        db = database.connection
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA application_id").fetchone()[0] == NOTES_ID
    finally:
        database.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_an_older_file_is_upgraded_step_by_step_with_its_rows(path: Path) -> None:
    Database(path, notes(NOTES_V1)).close()
    with raw(path) as db:
        db.execute("INSERT INTO notes (text) VALUES ('milk')")
    database = Database(path, notes(NOTES_V1, NOTES_V2, shout))
    try:
        assert database.version == 3
        rows = database.connection.execute("SELECT id, text, shouted FROM notes").fetchall()
        assert [tuple(row) for row in rows] == [(1, "milk", "MILK")]
        with pytest.raises(sqlite3.IntegrityError, match="notes are kept"):
            database.connection.execute("DELETE FROM notes")
    finally:
        database.close()


def test_a_failing_step_leaves_the_file_at_the_version_before_it(path: Path) -> None:
    def half_done(db: sqlite3.Connection) -> None:
        db.execute("INSERT INTO notes (text) VALUES ('written by the failing step')")
        raise sqlite3.OperationalError("no such function: missing")

    with pytest.raises(DatabaseError, match=r"cannot open the notes database .*no such function"):
        Database(path, notes(NOTES_V1, NOTES_V2, half_done))
    assert version_of(path) == 2  # steps 1 and 2 are kept, each in its own transaction
    with raw(path) as db:
        assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
        assert [row[1] for row in db.execute("PRAGMA table_info(notes)")] == [
            "id",
            "text",
            "shouted",
        ]
    Database(path, notes(NOTES_V1, NOTES_V2, shout)).close()  # a fixed Hearth goes on
    assert version_of(path) == 3


def test_two_statements_in_one_entry_are_refused_not_half_run(path: Path) -> None:
    joined: Migration = ("CREATE TABLE notes (id INTEGER PRIMARY KEY); CREATE TABLE more (x)",)
    with pytest.raises(DatabaseError, match="one statement at a time") as refused:
        Database(path, notes(joined))
    assert isinstance(refused.value.__cause__, sqlite3.ProgrammingError)
    assert version_of(path) == 0
    with raw(path) as db:
        assert db.execute("SELECT name FROM sqlite_master").fetchall() == []


def test_two_processes_opening_a_file_at_once_upgrade_it_once(path: Path) -> None:
    """The window and the CLI starting together: each opens its own connection, the version
    is read again inside each step's write transaction, so no step runs twice."""
    runs: list[str] = []

    def counted(db: sqlite3.Connection) -> None:
        runs.append(threading.current_thread().name)
        db.execute("INSERT INTO notes (text, shouted) VALUES ('upgraded', 'UPGRADED')")

    schema = notes(NOTES_V1, NOTES_V2, counted)
    Database(path, notes(NOTES_V1, NOTES_V2)).close()
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def open_it() -> None:
        start.wait()
        try:
            Database(path, schema).close()
        except BaseException as err:  # reported by the assertion below
            errors.append(err)

    threads = [threading.Thread(target=open_it, name=f"opener {i}") for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(runs) == 1
    with raw(path) as db:
        assert db.execute("SELECT text FROM notes").fetchall() == [("upgraded",)]


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_a_newer_file_is_refused_and_left_as_it_was(path: Path, journal_mode: str) -> None:
    path.parent.mkdir()
    with raw(path) as db:
        db.execute(f"PRAGMA journal_mode = {journal_mode}")
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, future BLOB)")
        db.execute("PRAGMA user_version = 7")
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError) as refused:
        Database(path, notes(NOTES_V1, NOTES_V2))
    assert str(refused.value) == (
        f"the notes database {path} was written by a newer Hearth (schema 7; this Hearth "
        "knows up to 2): upgrade Hearth to open it"
    )
    assert (refused.value.version, refused.value.path) == (7, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["notes.sqlite3"]


@pytest.mark.parametrize("application_id", [0, 0x5F4D544E])
def test_another_programs_file_is_refused_and_left_as_it_was(
    path: Path, application_id: int
) -> None:
    path.parent.mkdir()
    with raw(path) as db:
        db.execute(f"PRAGMA application_id = {application_id}")
        db.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    before = path.read_bytes()
    with pytest.raises(ForeignDatabaseError, match=f"cannot use the notes database {path}: it"):
        Database(path, notes(NOTES_V1))
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_named_in_words(path: Path) -> None:
    path.parent.mkdir()
    path.write_bytes(b"not a database " * 100)
    with pytest.raises(DatabaseError) as refused:
        Database(path, notes(NOTES_V1))
    assert str(refused.value).startswith(
        f"cannot open the notes database {path}: it is not a SQLite database"
    )
    assert isinstance(refused.value.__cause__, sqlite3.DatabaseError)


@pytest.fixture
def database(path: Path) -> Iterator[Database]:
    database = Database(path, notes(NOTES_V1, NOTES_V2))
    yield database
    database.close()


def count(database: Database) -> int:
    with database.read() as db:
        return int(db.execute("SELECT count(*) FROM notes").fetchone()[0])


def test_a_transaction_commits_or_rolls_back_as_a_whole(database: Database) -> None:
    with database.transaction() as db:
        db.execute("INSERT INTO notes (text) VALUES ('kept')")
    with pytest.raises(LookupError), database.transaction() as db:
        db.execute("INSERT INTO notes (text) VALUES ('rolled back')")
        raise LookupError("the caller's own error passes through")
    assert count(database) == 1
    assert not database.connection.in_transaction


def test_a_nested_transaction_is_part_of_the_outer_one(database: Database) -> None:
    with pytest.raises(ValueError), database.transaction() as outer:
        outer.execute("INSERT INTO notes (text) VALUES ('outer')")
        with database.transaction() as inner:
            inner.execute("INSERT INTO notes (text) VALUES ('inner')")
        assert database.connection.in_transaction  # the inner block did not commit
        raise ValueError
    assert count(database) == 0


def test_a_failed_write_is_a_database_error_with_sqlites_error_as_cause(
    database: Database, path: Path
) -> None:
    with pytest.raises(DatabaseError) as failed, database.transaction() as db:
        db.execute("INSERT INTO notes (id, text) VALUES (1, NULL)")
    assert str(failed.value).startswith(f"cannot write the notes database {path}: NOT NULL")
    assert isinstance(failed.value.__cause__, sqlite3.IntegrityError)
    with database.transaction() as db:  # the connection is usable again
        db.execute("INSERT INTO notes (text) VALUES ('after')")
    assert count(database) == 1


def test_a_closed_database_says_so(database: Database, path: Path) -> None:
    database.close()
    database.close()  # idempotent
    assert issubclass(ClosedDatabaseError, StorageError)  # exit 6 should one escape
    with pytest.raises(ClosedDatabaseError, match=f"the notes database {path} is closed"):
        database.transaction().__enter__()
    with pytest.raises(ClosedDatabaseError):
        count(database)


class NotesError(StorageError):
    """A store's own error."""


def test_errors_as_gives_the_stores_own_error_keeping_the_chain(path: Path) -> None:
    path.parent.mkdir()
    path.write_bytes(b"garbage " * 200)
    with pytest.raises(NotesError) as failed, errors_as(NotesError):
        Database(path, notes(NOTES_V1))
    assert str(failed.value).startswith(f"cannot open the notes database {path}")
    assert isinstance(failed.value.__cause__, DatabaseError)
    assert isinstance(failed.value.__cause__.__cause__, sqlite3.DatabaseError)
    with pytest.raises(KeyError), errors_as(NotesError):
        raise KeyError("other errors pass through")


def test_a_read_only_connection_reads_and_never_writes_or_creates(
    database: Database, tmp_path: Path
) -> None:
    with database.transaction() as db:
        db.execute("INSERT INTO notes (text) VALUES ('seen')")
    with closing(connect_read_only(database.path)) as reader:
        assert reader.execute("SELECT text FROM notes").fetchall() == [("seen",)]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.execute("INSERT INTO notes (text) VALUES ('no')")
    missing = tmp_path / "missing.sqlite3"
    with pytest.raises(sqlite3.OperationalError):
        connect_read_only(missing)
    assert not missing.exists()
