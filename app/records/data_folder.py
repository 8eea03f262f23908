"""Where Hearth keeps its data (history, reminders, the local calendar, the demo home's state,
speech models), and moving it to another folder the person chose.

A new folder takes effect at the next start, before anything is opened: what the new folder
lacks is copied from the old one (SQLite databases through SQLite's own backup, so a
database in WAL mode is copied whole); nothing is deleted from the old folder. The
``HEARTH_DATA_DIR`` environment variable overrides the setting.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from app.config.settings import APP_NAME, config_dir, data_dir
from app.core import filemodes
from app.core.errors import ConfigError

if TYPE_CHECKING:
    from app.config.settings import Settings

_LOGGER = logging.getLogger(__name__)

_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def default_folder() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME))


def choose(settings: Settings, folder: Path) -> None:
    """Make *folder* the data folder from the next start (remembering the one in use now, to
    copy from then). Raises ConfigError when it cannot be used."""
    folder = folder.expanduser()
    try:
        filemodes.private_folder(folder)
        probe = folder / ".hearth-write-test"
        probe.write_text("ok", encoding="utf-8")
        probe.unlink()
    except OSError as err:
        raise ConfigError(f"cannot use {folder} for Hearth's data: {err.strerror or err}") from err
    settings.data_folder_was = str(data_dir())
    settings.data_folder = str(folder)


def adopt(settings: Settings) -> Path:
    """Use the data folder the settings name (call first thing at start). Copies what it
    lacks from the folder used before; returns the folder in use. Files an older Hearth
    left readable by others are made private (:func:`filemodes.repair`)."""
    folder = _adopt(settings)
    filemodes.repair([folder, config_dir()])
    return folder


def _adopt(settings: Settings) -> Path:
    if os.environ.get("HEARTH_DATA_DIR") or not settings.data_folder:
        return data_dir()
    target = Path(settings.data_folder).expanduser()
    source = Path(settings.data_folder_was).expanduser() if settings.data_folder_was else None
    source = source or default_folder()
    if source.exists() and source.resolve() != target.resolve():
        try:
            copied = copy_missing(source, target)
        except (OSError, sqlite3.Error) as err:
            raise ConfigError(
                f"cannot copy Hearth's data from {source} to the data folder {target}: {err}"
            ) from err
        if copied:
            _LOGGER.info("Copied %d data files to the new data folder", copied)
    os.environ["HEARTH_DATA_DIR"] = str(target)
    return target


def copy_missing(source: Path, target: Path) -> int:
    """Copy every file of *source* that *target* lacks (SQLite databases with the backup API);
    the number of files copied. Files already in *target* are kept as they are."""
    copied = 0
    filemodes.private_folder(target)
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        destination = target / relative
        if path.is_dir():
            filemodes.private_folder(destination)
            continue
        if path.name.endswith(_SQLITE_SIDE_FILES) or path.name.endswith(".lock"):
            continue  # part of a database copied whole below, or a lock
        if destination.exists():
            continue
        filemodes.private_folder(destination.parent)
        if path.suffix == ".sqlite3":
            _copy_database(path, destination)
        else:
            shutil.copy2(path, destination)
            filemodes.narrow(destination)  # copy2 copies the old folder's (loose) mode
        copied += 1
    return copied


def _copy_database(source: Path, destination: Path) -> None:
    partial = destination.with_name(destination.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        filemodes.narrow_database(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(destination)  # a half-copied database is never taken for the real one
