"""Hearth's folders and files are readable by their user only: folders 0700, files 0600.

The history says what was said at home and when; the databases, the settings, the calendar,
the exports and the PIN attempts are nobody else's business on a shared computer. The modes
do not depend on the process umask: files are created with ``os.open(..., 0o600)`` and then
``fchmod``-ed (an existing file keeps its old mode through ``O_CREAT``), folders are
``chmod``-ed after ``mkdir``. SQLite gives a database's ``-wal``, ``-shm`` and ``-journal``
files the mode of the database itself, so a database made private before its first write
stays private with them.

Files an older Hearth made with 0755/0644 are repaired at every start (:func:`repair`, called
when the data folder is adopted). Modes are only ever narrowed (group and other bits
removed): a folder someone made read-only stays read-only. A mode that cannot be changed (a
file of another user, a file system without modes) is logged, never fatal.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any, Literal

_LOGGER = logging.getLogger(__name__)

FOLDER_MODE = 0o700
FILE_MODE = 0o600
_OTHERS = 0o077
"""The group and other bits: what :func:`narrow` removes."""

SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
PRIVATE_SUFFIXES = (
    ".sqlite3",
    *(f".sqlite3{side}" for side in SQLITE_SIDE_FILES),
    ".ics",
    ".lock",
    ".yaml",
    ".json",
    ".toml",
)
"""The files in the data and config folders that :func:`repair` narrows: Hearth's kinds of
file only, as the data folder is one the person chose and may hold files of their own."""


def narrow(path: Path) -> None:
    """Take the group and other bits off *path*. A missing path, a link, a path of another
    user and a shared folder (sticky bit, like ``/tmp``) are left alone: even where Hearth
    could change them (run as root), they are not its own."""
    try:
        info = path.lstat()
        mode = stat.S_IMODE(info.st_mode)
        if stat.S_ISLNK(info.st_mode) or not mode & _OTHERS:
            return  # a link's own mode means nothing; its target is not ours to judge
        if _not_ours(info):
            _LOGGER.warning(
                "%s is not Hearth's own (shared or another user's): left as it is", path
            )
            return
        path.chmod(mode & ~_OTHERS)
    except FileNotFoundError:
        return
    except OSError as err:
        _LOGGER.warning("Cannot make %s readable by its user only: %s", path, err)


def _not_ours(info: os.stat_result) -> bool:
    if stat.S_ISDIR(info.st_mode) and info.st_mode & stat.S_ISVTX:
        return True
    geteuid = getattr(os, "geteuid", None)  # POSIX only
    return geteuid is not None and info.st_uid != geteuid()


def private_folder(path: Path) -> Path:
    """*path* as a folder, made with its missing parents, each 0700. A folder that existed is
    left as it is: it may be shared (``/tmp``, a home folder a file was put in); Hearth's own
    folders are narrowed at start (:func:`repair`)."""
    missing: list[Path] = []
    folder = path
    while not folder.is_dir() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    # One by one: mkdir(parents=True) would make the parents with the umask's mode.
    for folder in reversed(missing):
        folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
        narrow(folder)
    return path


OpenMode = Literal["w", "wb", "a+b"]
_FLAGS: dict[str, int] = {
    "w": os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
    "wb": os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
    "a+b": os.O_RDWR | os.O_CREAT | os.O_APPEND,
}


def open_private(
    path: Path, mode: OpenMode = "w", *, encoding: str | None = None, newline: str | None = None
) -> IO[Any]:
    """Open *path* for writing as ``open`` would, the file mode 0600 before anything is
    written to it (created so, or narrowed when it existed). Only a regular file of this
    user is narrowed: a device or a pipe written through (``-o /dev/stdout``, ``/dev/null``
    as root) or another user's file keeps its mode, as :func:`narrow` leaves them."""
    fd = os.open(path, _FLAGS[mode] | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
    try:
        info = os.fstat(fd)
        current = stat.S_IMODE(info.st_mode)
        if current & _OTHERS and stat.S_ISREG(info.st_mode) and not _not_ours(info):
            os.fchmod(fd, current & ~_OTHERS)
        return os.fdopen(fd, mode, encoding=encoding, newline=newline)
    except BaseException:
        os.close(fd)
        raise


def write_private_text(path: Path, text: str) -> None:
    """``path.write_text(text, encoding="utf-8")``, the file mode 0600."""
    with open_private(path, "w", encoding="utf-8") as file:
        file.write(text)


def narrow_database(path: Path) -> None:
    """Make the SQLite database *path* and its side files private: call right after
    ``sqlite3.connect`` (which creates the file) and before the first write."""
    for candidate in (path, *(path.with_name(path.name + side) for side in SQLITE_SIDE_FILES)):
        narrow(candidate)


def repair(folders: Iterable[Path]) -> None:
    """At start: each existing folder in *folders* 0700, Hearth's files directly in it 0600
    (see :data:`PRIVATE_SUFFIXES`). Nothing is created and nothing below is walked."""
    for folder in folders:
        if not folder.is_dir() or folder.is_symlink():
            continue
        narrow(folder)
        try:
            entries = list(os.scandir(folder))
        except OSError as err:
            _LOGGER.warning("Cannot list %s to make its files private: %s", folder, err)
            continue
        for entry in entries:
            if entry.name.endswith(PRIVATE_SUFFIXES) and entry.is_file(follow_symlinks=False):
                narrow(Path(entry.path))
