"""Hearth's data that cannot be used gets a message and exit code 6, never a traceback: a data
folder that is a file or read-only, a database that is locked, read-only, garbled or another
program's (left exactly as it was), and a full disk (a real tmpfs). Real files, real SQLite,
the real `hearth` command in a subprocess."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.common import EXIT_OK, EXIT_STORAGE
from app.config.settings import Settings
from app.core.errors import StorageError
from app.core.home import Home
from app.records.history import APPLICATION_ID, History
from integrations.reminders import ReminderStore
from tests.helpers.processes import assert_refused, run_hearth, stop_process
from tests.helpers.small_disk import SmallDisk

LAMP = "turn on the sofa lamp"


def data() -> Path:
    return Path(os.environ["HEARTH_DATA_DIR"])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def foreign_database(path: Path, *, application_id: int = 0) -> str:
    """Another program's SQLite file at *path*; its digest."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA application_id = {application_id}")
    db.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    db.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    db.commit()
    db.close()
    return digest(path)


# -- the data folder -------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["history"], ["do", "--demo", "--yes", LAMP]])
def test_a_data_folder_that_is_a_file_is_refused(args: list[str]) -> None:
    data().parent.mkdir(parents=True, exist_ok=True)
    data().write_text("not a folder", encoding="utf-8")
    done = run_hearth(*args)
    assert_refused(done, EXIT_STORAGE, f"hearth: the data folder {data()} is a file, not a folder")


def test_a_read_only_data_folder_is_refused(small_disk: SmallDisk) -> None:
    assert run_hearth("do", "--demo", "--yes", LAMP).returncode == EXIT_OK
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk.path)], check=True)
    for args in (["history"], ["do", "--demo", "--yes", "turn off the sofa lamp"]):
        done = run_hearth(*args)
        assert_refused(done, EXIT_STORAGE, f"the data folder {small_disk.path} cannot be written")


# -- SQLite databases ------------------------------------------------------------------------


def test_a_garbled_history_is_refused_and_left_alone() -> None:
    path = data() / "history.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(os.urandom(8192))
    before = digest(path)
    for args in (["history"], ["audit", "verify"], ["undo", "--demo", "--yes"]):
        done = run_hearth(*args)
        assert_refused(done, EXIT_STORAGE, f"cannot open the history database {path}: it is not")
        assert "move it away and Hearth starts a new one" in done.stderr
        assert "intact" not in done.stdout
    assert digest(path) == before


@pytest.mark.parametrize("application_id", [0, 0x0F055112])
def test_another_programs_history_database_is_never_written(application_id: int) -> None:
    path = data() / "history.sqlite3"
    before = foreign_database(path, application_id=application_id)
    for args in (["history"], ["do", "--demo", "--yes", LAMP]):
        done = run_hearth(*args)
        assert_refused(done, EXIT_STORAGE, f"cannot use the history database {path}")
    assert digest(path) == before
    db = sqlite3.connect(path)
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    db.close()
    assert tables == {"moz_places"}


def test_another_programs_reminder_database_is_never_written() -> None:
    path = data() / "reminders.sqlite3"
    before = foreign_database(path, application_id=0x5F4D544E)
    done = run_hearth("do", "--demo", "--yes", "remind me tomorrow at 8 to take out the trash")
    assert_refused(done, EXIT_STORAGE, f"cannot use the reminder database {path}: it belongs")
    assert digest(path) == before


def test_hearths_own_databases_are_marked_and_older_ones_still_open(tmp_path: Path) -> None:
    History(tmp_path / "history.sqlite3").close()
    ReminderStore(tmp_path / "reminders.sqlite3").close()
    for name in ("history.sqlite3", "reminders.sqlite3"):
        db = sqlite3.connect(tmp_path / name)
        assert db.execute("PRAGMA application_id").fetchone()[0] != 0
        db.execute("PRAGMA application_id = 0")  # as an older Hearth left it
        db.commit()
        db.close()
    History(tmp_path / "history.sqlite3").close()
    ReminderStore(tmp_path / "reminders.sqlite3").close()
    db = sqlite3.connect(tmp_path / "history.sqlite3")
    assert db.execute("PRAGMA application_id").fetchone()[0] == 0  # read, never rewritten
    db.close()
    assert APPLICATION_ID == 0x48525448


_LOCKER = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA locking_mode=EXCLUSIVE")
db.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(120)
"""


@pytest.fixture
def locked_history() -> Iterator[Path]:
    """The history database held under an exclusive lock by another process."""
    assert run_hearth("do", "--demo", "--yes", LAMP).returncode == EXIT_OK
    path = data() / "history.sqlite3"
    locker = subprocess.Popen(
        [sys.executable, "-c", _LOCKER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
        yield path
    finally:
        stop_process(locker)  # type: ignore[arg-type]


@pytest.mark.slow
def test_a_locked_history_is_reported_after_waiting(locked_history: Path) -> None:
    done = run_hearth("history")
    assert_refused(
        done, EXIT_STORAGE, f"cannot open the history database {locked_history}: it is locked"
    )


@pytest.fixture
def immutable(tmp_path: Path) -> Iterator[Path]:
    """A history database nobody may write (``chattr +i``: the way to make a file read-only
    for root, whom file modes do not stop), in rollback-journal mode as a copy from elsewhere
    may be: Hearth's switch to WAL must write to it."""
    path = data() / "history.sqlite3"
    History(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    db.close()
    subprocess.run(["chattr", "+i", str(path)], check=True)
    try:
        yield path
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_read_only_history_is_reported(immutable: Path) -> None:
    before = digest(immutable)
    done = run_hearth("history")
    assert_refused(
        done, EXIT_STORAGE, f"cannot open the history database {immutable}: it is read-only"
    )
    assert digest(immutable) == before


# -- a full disk -----------------------------------------------------------------------------


def test_a_full_disk_before_the_demo_home_is_copied(small_disk: SmallDisk) -> None:
    small_disk.fill(0)
    done = run_hearth("do", "--demo", "--yes", LAMP)
    state = small_disk.path / "demo-home.yaml"
    assert_refused(done, EXIT_STORAGE, f"cannot copy the demo home to {state}: the disk is full")
    assert not state.exists()  # no half copy taken for the demo home next time
    done = run_hearth("history")
    assert_refused(done, EXIT_STORAGE, "the disk is full")


def test_saving_a_home_on_a_full_disk_keeps_the_old_file(
    small_disk: SmallDisk, demo_path: Path
) -> None:
    home = Home.load(demo_path)
    target = small_disk.path / "home.yaml"
    home.save(target)
    before = digest(target)
    home.entities["light.sofa_lamp"].state = "on"
    home.name = "A much longer name " * 1000
    small_disk.fill(0)
    with pytest.raises(StorageError, match=f"cannot write {target}: the disk is full"):
        home.save(target)
    assert digest(target) == before
    assert sorted(p.name for p in small_disk.path.iterdir()) == ["filler", "home.yaml"]


def test_saving_the_settings_on_a_full_disk_keeps_the_old_file(small_disk: SmallDisk) -> None:
    path = small_disk.path / "settings.toml"
    Settings(language="en").save(path)
    before = digest(path)
    small_disk.fill(0)
    with pytest.raises(StorageError, match=f"cannot save the settings to {path}: the disk is"):
        Settings(language="de", quick_commands=["x" * 100_000]).save(path)
    assert digest(path) == before
    assert sorted(p.name for p in small_disk.path.iterdir()) == ["filler", "settings.toml"]


def test_a_disk_that_fills_up_after_the_first_run(small_disk: SmallDisk) -> None:
    assert run_hearth("do", "--demo", "--yes", LAMP).returncode == EXIT_OK
    state = small_disk.path / "demo-home.yaml"
    before = digest(state)
    small_disk.fill(0)
    done = run_hearth("do", "--demo", "--yes", "turn off the sofa lamp")
    assert_refused(done, EXIT_STORAGE, "the disk is full")
    assert "disk reported an error" not in done.stderr
    assert digest(state) == before


@pytest.mark.parametrize("kind", ["fifo", "device-link", "folder"])
def test_saving_a_home_never_replaces_what_is_not_a_regular_file(
    tmp_path: Path, demo_path: Path, kind: str
) -> None:
    target = tmp_path / "home.yaml"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "device-link":
        target.symlink_to("/dev/full")
    else:
        target.mkdir()
    with pytest.raises(StorageError, match="it is not a regular file"):
        Home.load(demo_path).save(target)
    still = {"fifo": target.is_fifo, "device-link": target.is_symlink, "folder": target.is_dir}
    assert still[kind]()
    assert Path("/dev/full").is_char_device()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_saving_a_home_through_a_link_keeps_the_link(tmp_path: Path, demo_path: Path) -> None:
    real = tmp_path / "dotfiles" / "home.yaml"
    real.parent.mkdir()
    real.write_text("name: old\n", encoding="utf-8")
    link = tmp_path / "home.yaml"
    link.symlink_to(real)
    Home.load(demo_path).save(link)
    assert link.is_symlink() and link.resolve() == real
    assert Home.load(real).entities.keys() == Home.load(demo_path).entities.keys()
