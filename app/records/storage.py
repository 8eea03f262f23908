"""Hearth's files in the data folder: is the folder usable, and what went wrong, in words,
when SQLite or the disk says no.

Whether a database file is Hearth's own is checked where every database is opened
(:mod:`app.records.database`).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.core.errors import StorageError
from app.core.files import DISK_FULL_ERRNOS, os_error_words

#: What SQLite's primary result codes mean to the person (``sqlite3.Error.sqlite_errorcode``
#: & 0xFF; https://sqlite.org/rescode.html).
_SQLITE_REASONS = {
    5: "it is locked by another program (Hearth waited 10 s): close that program and try again",
    6: "it is locked by another program: close that program and try again",
    8: "it is read-only (a read-only file, folder or disk)",
    10: "the disk reported an error while reading or writing it",
    11: "it is damaged: move it away and Hearth starts a new one",
    13: "the disk is full",
    14: "it cannot be opened (a missing or read-only folder, or not a file)",
    26: "it is not a SQLite database (damaged, or another kind of file): move it away and "
    "Hearth starts a new one",
}


def describe(err: BaseException, path: Path | None = None) -> str:
    """What *err* (a SQLite error or an OSError) means, for a message about the file *path*.
    SQLite reports a full disk as a plain I/O error when the shared-memory file cannot grow:
    with *path*, its disk's free space tells the two apart."""
    if isinstance(err, sqlite3.Error):
        code = getattr(err, "sqlite_errorcode", None)
        if code is not None and code & 0xFF == 10 and path is not None and _no_room(path):
            return "the disk is full"
        if isinstance(code, int) and code & 0xFF in _SQLITE_REASONS:
            return _SQLITE_REASONS[code & 0xFF]
    if isinstance(err, OSError):
        return os_error_words(err)
    return str(err)


def _no_room(path: Path) -> bool:
    try:
        info = os.statvfs(path.parent)
    except OSError:
        return False
    return info.f_bavail == 0 or info.f_favail == 0


def disk_full(err: BaseException) -> bool:
    """Whether *err* says the disk (or the person's quota) is full."""
    if isinstance(err, OSError):
        return err.errno in DISK_FULL_ERRNOS
    return isinstance(err, sqlite3.Error) and getattr(err, "sqlite_errorcode", 0) & 0xFF == 13


def usable_folder(folder: Path) -> Path:
    """*folder* as the data folder: created when missing, refused when it is a file or cannot
    be written (a read-only disk; for root too, which file modes do not stop)."""
    if folder.exists() and not folder.is_dir():
        raise StorageError(
            f"the data folder {folder} is a file, not a folder: point HEARTH_DATA_DIR (or the "
            "data folder setting) at a folder"
        )
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as err:
        raise StorageError(f"cannot make the data folder {folder}: {describe(err)}") from err
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(
            f"the data folder {folder} cannot be written (a read-only disk or no permission): "
            "point HEARTH_DATA_DIR (or the data folder setting) at a folder Hearth can write"
        )
    return folder
