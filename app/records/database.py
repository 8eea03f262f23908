"""Hearth's SQLite files: opened one way, checked one way, upgraded by one migration runner.

Every database Hearth keeps (the history with its audit trail, the reminders) is described by
a :class:`Schema` (its name in messages, its SQLite application id, the tables every version
has and the ordered list of migrations) and opened as a :class:`Database`:

- the folder is made private and the file 0600 before anything is written (its WAL files
  take its mode);
- a schema newer than this Hearth knows, or a file of another program found at Hearth's
  path, is refused before anything is written, and left exactly as it was;
- WAL mode, a 10 s busy timeout, ``synchronous=FULL`` (a commit is on disk before Hearth acts
  on it) and foreign keys;
- ``PRAGMA user_version`` is the schema version: migration *n* takes a file from version *n*
  to *n + 1*, each in its own ``BEGIN IMMEDIATE`` transaction that also sets the version, so a
  failing migration leaves the file at the version before it, and two processes opening the
  same file at once (the window and the CLI) upgrade it once.

A migration is a tuple of SQL statements, one statement each (a trigger keeps the semicolons
of its body: no statement splitter is needed), or a function given the connection inside the
migration's transaction (for changes SQL alone cannot express).

What goes wrong is raised as this module's typed errors (:class:`DatabaseError` and its
subclasses), the message in words: each store translates them into its own
:class:`~app.core.errors.StorageError` at its boundary with :func:`errors_as`, keeping the
SQLite error as the innermost cause (what "the disk is full" is read from).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.core import filemodes
from app.core.errors import HearthError, StorageError
from app.records.storage import describe

_LOGGER = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 10.0
"""How long a statement waits for another connection's lock before SQLite gives up."""

Migration = tuple[str, ...] | Callable[[sqlite3.Connection], None]
"""One step up: its SQL statements, one each, or a function run in the step's transaction."""


@dataclass(frozen=True, slots=True)
class Schema:
    """What Hearth keeps in one kind of database file."""

    name: str
    """What the file is called in messages: "history" gives "the history database"."""
    application_id: int
    """``PRAGMA application_id`` set on a new file (an older Hearth left 0: also accepted)."""
    tables: frozenset[str]
    """Tables every version from 1 on has: a file with a version but not these is foreign."""
    migrations: tuple[Migration, ...]
    """Migration *n* (from 0) takes the file from version *n* to *n + 1*."""

    @property
    def version(self) -> int:
        """The newest schema version this Hearth knows."""
        return len(self.migrations)

    @property
    def title(self) -> str:
        return f"the {self.name} database"


class DatabaseError(StorageError):
    """A Hearth database cannot be opened, read or written. Stores raise their own error
    class for it (:func:`errors_as`); one that escapes is still a storage error (exit 6)."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class NewerSchemaError(DatabaseError):
    """The file was written by a newer Hearth: its schema is past what this one knows."""

    def __init__(self, schema: Schema, path: Path, version: int) -> None:
        super().__init__(
            f"{schema.title} {path} was written by a newer Hearth (schema {version}; this "
            f"Hearth knows up to {schema.version}): upgrade Hearth to open it",
            path,
        )
        self.version = version


class ForeignDatabaseError(DatabaseError):
    """The file at Hearth's path is another program's database."""


class ClosedDatabaseError(DatabaseError):
    """The database was closed and then used."""


@contextlib.contextmanager
def errors_as(error: Callable[[str], HearthError]) -> Iterator[None]:
    """Raise *error* (a store's own error class) for a :class:`DatabaseError` in the block,
    with the same message and the database error as its cause."""
    try:
        yield
    except DatabaseError as err:
        raise error(str(err)) from err


class Database:
    """The SQLite file *path* holding *schema*, opened (created with its folder when
    missing), checked and upgraded to the newest version.

    One connection serves every thread (``check_same_thread=False``); :meth:`transaction` and
    :meth:`read` take turns on it under one lock. Opening blocks (file I/O, a busy wait for
    another process' lock, migrations): never on the GUI thread.
    """

    def __init__(self, path: Path, schema: Schema) -> None:
        self.path = path
        self.schema = schema
        self._lock = threading.RLock()
        self._depth = 0
        """How deep the thread holding the lock is in :meth:`transaction` (0: none open)."""
        try:
            filemodes.private_folder(path.parent)
            db = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            filemodes.narrow_database(path)  # before the first write: its WAL files follow
        except (OSError, sqlite3.Error) as err:
            raise self._cannot("open", err) from err
        try:
            db.row_factory = sqlite3.Row
            # A newer schema or another program's file is refused before anything is
            # written (switching to WAL writes).
            self._refuse_newer(db)
            foreign = foreign_reason(db, schema.application_id, schema.tables)
            if foreign is not None:
                raise ForeignDatabaseError(f"cannot use {schema.title} {path}: {foreign}", path)
            self._enable_wal(db)
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA synchronous=FULL")
            self._upgrade(db)
        except sqlite3.Error as err:
            db.close()
            raise self._cannot("open", err) from err
        except BaseException:
            db.close()
            raise
        self._db: sqlite3.Connection | None = db

    def __repr__(self) -> str:
        return f"Database({str(self.path)!r}, {self.schema.name!r})"

    # -- opening -----------------------------------------------------------------------------

    def _cannot(self, what: str, err: BaseException) -> DatabaseError:
        return DatabaseError(
            f"cannot {what} {self.schema.title} {self.path}: {describe(err, self.path)}",
            self.path,
        )

    def _refuse_newer(self, db: sqlite3.Connection) -> int:
        version = user_version(db)
        if version > self.schema.version:
            raise NewerSchemaError(self.schema, self.path, version)
        return version

    def _enable_wal(self, db: sqlite3.Connection) -> None:
        """WAL mode; switching needs a moment alone with the file, so wait for others."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                mode = str(db.execute("PRAGMA journal_mode=WAL").fetchone()[0])
                break
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)
        if mode.lower() != "wal":  # a file system without shared memory
            _LOGGER.warning("%s %s: journal mode %s, not WAL", self.schema.title, self.path, mode)

    def _upgrade(self, db: sqlite3.Connection) -> None:
        if user_version(db) == self.schema.version:
            return
        while True:
            # The version is read again inside the write transaction: another process
            # (the window and the CLI starting together) may be upgrading the same file.
            db.execute("BEGIN IMMEDIATE")
            try:
                version = self._refuse_newer(db)
                if version == self.schema.version:
                    db.execute("COMMIT")
                    return
                if version == 0:  # a new file: mark it Hearth's
                    db.execute(f"PRAGMA application_id = {int(self.schema.application_id)}")
                run_migration(db, self.schema.migrations[version])
                db.execute(f"PRAGMA user_version = {version + 1}")
                db.execute("COMMIT")
            except BaseException:
                _roll_back(db)
                raise
            _LOGGER.info("%s %s: schema version %d", self.schema.title, self.path, version + 1)

    # -- using -------------------------------------------------------------------------------

    @property
    def connection(self) -> sqlite3.Connection:
        """The open connection, for reads that need no lock (one thread's own reads)."""
        if self._db is None:
            raise ClosedDatabaseError(f"{self.schema.title} {self.path} is closed", self.path)
        return self._db

    @property
    def version(self) -> int:
        """The file's schema version (``PRAGMA user_version``)."""
        with self.read() as db:
            return user_version(db)

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """The connection, no write transaction between the block's reads; a SQLite error
        in the block is a :class:`DatabaseError`."""
        with self._lock:
            db = self.connection
            try:
                yield db
            except sqlite3.Error as err:
                raise self._cannot("read", err) from err

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``): the block's writes are committed, on
        disk, when it exits, or rolled back when it raises. Nested in one this thread already
        has open, it is part of that one (committed together or not at all). A SQLite error
        (a full disk, a read-only file, a lock held too long) is a :class:`DatabaseError`."""
        with self._lock:
            db = self.connection
            if self._depth:
                yield db
                return
            self._depth += 1
            try:
                with _committed(db):
                    yield db
            except sqlite3.Error as err:
                raise self._cannot("write", err) from err
            finally:
                self._depth -= 1

    def close(self) -> None:
        """Close the connection; later use raises :class:`ClosedDatabaseError`. Idempotent."""
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


@contextlib.contextmanager
def _committed(db: sqlite3.Connection) -> Iterator[None]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        _roll_back(db)
        raise
    try:
        db.execute("COMMIT")
    except BaseException:
        # A COMMIT that fails (a full disk) can leave the transaction open: close it, or every
        # later write would fail with "cannot start a transaction within a transaction".
        _roll_back(db)
        raise


def _roll_back(db: sqlite3.Connection) -> None:
    """End the transaction left open by a statement that failed, quietly: the error to raise
    is the one that got here, not the rollback's."""
    if db.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection of its own that only reads the database *path* (a missing file is not
    made): for a worker thread reading what another connection writes. The caller closes it."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)


def run_migration(db: sqlite3.Connection, migration: Migration) -> None:
    """Apply one migration on *db* (in the caller's transaction)."""
    if isinstance(migration, tuple):
        for statement in migration:
            db.execute(statement)  # one statement each: sqlite3 refuses two
    else:
        migration(db)


def user_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def foreign_reason(
    db: sqlite3.Connection, application_id: int, tables: frozenset[str]
) -> str | None:
    """Why the open database *db* is not one of Hearth's (None: it is, or it is new and
    empty). Hearth's databases carry *application_id* (older ones 0) and, once their schema
    version (``user_version``) is set, all of *tables*; a file of another program has its own
    id, or tables but not Hearth's. Reads only."""
    # One read transaction for all three reads: another process setting the file up at the
    # same moment (the window and the CLI on the first start) is seen before or after, never
    # half (its id and version without its tables).
    own = not db.in_transaction
    if own:
        db.execute("BEGIN")
    try:
        return _foreign(db, application_id, tables)
    finally:
        if own:
            db.execute("COMMIT")


def _foreign(db: sqlite3.Connection, application_id: int, tables: frozenset[str]) -> str | None:
    found_id = int(db.execute("PRAGMA application_id").fetchone()[0])
    if found_id not in (0, application_id):
        return f"it belongs to another program (SQLite application id {found_id:#010x})"
    names = {
        str(row[0])
        for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    }
    version = user_version(db)
    if version == 0 and found_id == 0 and not names:
        return None  # new (or empty): Hearth's to set up
    missing = tables - names
    if missing:
        shown = ", ".join(sorted(names)[:5]) or "none"
        return (
            "it is another program's database, not Hearth's (its tables: "
            f"{shown}); Hearth adds nothing to it: move it away or point HEARTH_DATA_DIR "
            "elsewhere"
        )
    return None
