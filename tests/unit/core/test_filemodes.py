"""Hearth's folders are 0700 and its files 0600, whatever the umask, and loose modes left by
an older Hearth are repaired at start (app.core.filemodes). Real files, real `hearth`
processes."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.config.settings import Settings, config_dir, data_dir
from app.core import filemodes
from app.core.home import Home
from app.core.plan import Plan, PlannerName
from app.records import data_folder, export
from app.records.history import History
from integrations.reminders import ReminderStore
from tests.helpers.processes import run_hearth

ROOT = Path(__file__).resolve().parents[3]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@contextmanager
def umask(value: int) -> Iterator[None]:
    old = os.umask(value)
    try:
        yield
    finally:
        os.umask(old)


def hearth(*args: str, process_umask: int = 0) -> str:
    """`hearth ARGS` in its own process, started with *process_umask* (0: every file would be
    world-writable if Hearth relied on the umask)."""
    with umask(process_umask):  # the child inherits it
        result = run_hearth(*args, env={"HEARTH_NO_LLM": "1", "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_the_command_line_makes_every_file_private_even_with_umask_0(tmp_path: Path) -> None:
    hearth("do", "--demo", "--yes", "turn on the sofa lamp")
    hearth("do", "--demo", "--yes", "remind me tomorrow at 8 to take out the trash")
    hearth("do", "--demo", "--yes", "add dentist to my calendar tomorrow at 10")
    hearth("audit", "export", "-o", str(tmp_path / "audit.json"))

    data = data_dir()
    assert mode(data) == 0o700
    made = sorted(path.name for path in data.iterdir())
    assert {"history.sqlite3", "reminders.sqlite3", "calendar.ics", "demo-home.yaml"} <= set(made)
    assert {name: mode(data / name) for name in made} == dict.fromkeys(made, 0o600)
    assert mode(tmp_path / "audit.json") == 0o600


def test_settings_databases_and_exports_are_private_with_a_loose_umask(tmp_path: Path) -> None:
    with umask(0):
        Settings().save()
        history = History(data_dir() / "history.sqlite3")
        store = ReminderStore(data_dir() / "reminders.sqlite3")
        try:
            plan = Plan(text="turn on the sofa lamp", planner=PlannerName.LOCAL, steps=[])
            history.record_plan(plan, source="cli")
            wal = [data_dir() / f"history.sqlite3-{side}" for side in ("wal", "shm")]
            assert all(path.exists() for path in wal)  # open, in WAL mode: the side files exist
            side_modes = {path.name: mode(path) for path in wal}
            written = export.write_records(history.recent(), tmp_path / "history.csv")
        finally:
            history.close()
            store.close()
        Home.load(ROOT / "resources" / "homes" / "demo.yaml").save(tmp_path / "home.yaml")

    assert mode(config_dir()) == 0o700 and mode(config_dir() / "settings.toml") == 0o600
    assert mode(data_dir()) == 0o700
    assert mode(data_dir() / "history.sqlite3") == 0o600
    assert mode(data_dir() / "reminders.sqlite3") == 0o600
    assert side_modes == {"history.sqlite3-wal": 0o600, "history.sqlite3-shm": 0o600}
    assert written == 1 and mode(tmp_path / "history.csv") == 0o600
    assert mode(tmp_path / "home.yaml") == 0o600


def test_an_existing_file_written_again_is_narrowed(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    filemodes.write_private_text(target, "new")
    assert mode(target) == 0o600 and target.read_text(encoding="utf-8") == "new"


def _loose_old_install(data: Path, config: Path) -> list[Path]:
    """Folders and files as an older Hearth left them: 0755 and 0644. Returns Hearth's files."""
    History(data / "history.sqlite3").close()  # a real one (made private: loosened below)
    for folder in (data, config, data / "models"):
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o755)
    names = ["history.sqlite3", "history.sqlite3-wal", "history.sqlite3-shm", "calendar.ics"]
    names += ["calendar.ics.lock", "demo-home.yaml", "pin-attempts.json", "reminders.sqlite3"]
    files = [data / name for name in names] + [config / "settings.toml"]
    for path in files:
        if not path.exists():
            path.write_bytes(b"")
    for path in [*files, data / "notes.txt", data / "models" / "model.bin"]:
        path.touch()
        path.chmod(0o644)
    assert mode(data) == 0o755 and mode(data / "history.sqlite3") == 0o644
    return files


def test_loose_modes_are_repaired_when_the_data_folder_is_adopted() -> None:
    """What both entry points call first thing at start."""
    files = _loose_old_install(data_dir(), config_dir())
    data_folder.adopt(Settings())
    assert mode(data_dir()) == 0o700 and mode(config_dir()) == 0o700
    assert {path.name: mode(path) for path in files} == {path.name: 0o600 for path in files}
    # The data folder is one the person chose: what is not Hearth's is left as it was.
    assert mode(data_dir() / "notes.txt") == 0o644
    assert mode(data_dir() / "models") == 0o755
    assert mode(data_dir() / "models" / "model.bin") == 0o644


@pytest.mark.parametrize(
    "entry_point",
    [["history"], ["--demo", "--screenshot", "{tmp}/window.png"]],
    ids=["command line", "window"],
)
def test_loose_modes_are_repaired_at_start(tmp_path: Path, entry_point: list[str]) -> None:
    files = _loose_old_install(data_dir(), config_dir())
    hearth(*(arg.format(tmp=tmp_path) for arg in entry_point), process_umask=0o022)
    assert mode(data_dir()) == 0o700 and mode(config_dir()) == 0o700
    # SQLite deletes an empty -wal/-shm when the database closes: only what is still there.
    kept = [path for path in files if path.exists()]
    assert {path.name: mode(path) for path in kept} == {path.name: 0o600 for path in kept}
    assert len(kept) >= len(files) - 2
    assert mode(data_dir() / "notes.txt") == 0o644


def test_repair_only_narrows(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    (folder / "history.sqlite3").write_bytes(b"")
    (folder / "history.sqlite3").chmod(0o444)
    folder.chmod(0o555)
    try:
        filemodes.repair([folder, tmp_path / "missing"])
        assert mode(folder) == 0o500  # not made writable
        assert mode(folder / "history.sqlite3") == 0o400
    finally:
        folder.chmod(0o700)


def test_a_new_data_folder_gets_private_copies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "old"
    _loose_old_install(old, tmp_path / "old-config")
    settings = Settings()
    settings.data_folder = str(tmp_path / "new")
    settings.data_folder_was = str(old)
    monkeypatch.delenv("HEARTH_DATA_DIR")  # adopt() sets it; the monkeypatch puts it back
    with umask(0o022):
        folder = data_folder.adopt(settings)
    assert folder == tmp_path / "new" and mode(folder) == 0o700
    copied = {path.name: mode(path) for path in folder.iterdir() if path.is_file()}
    assert "history.sqlite3" in copied and "notes.txt" in copied
    assert copied == dict.fromkeys(copied, 0o600)


def test_a_folder_that_existed_is_left_as_it_is(tmp_path: Path) -> None:
    """Files put in a folder that is not Hearth's (like /tmp, or a home folder) do not change
    the folder: only Hearth's own folders are narrowed, when made or at start."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    Settings().save(shared / "settings.toml")
    History(shared / "history.sqlite3").close()
    ReminderStore(shared / "reminders.sqlite3").close()
    assert mode(shared) == 0o1777
    assert {path.name: mode(path) for path in shared.iterdir()} == {
        "settings.toml": 0o600,
        "history.sqlite3": 0o600,
        "reminders.sqlite3": 0o600,
    }


def test_shared_folders_and_other_users_files_are_never_narrowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HEARTH_DATA_DIR=/tmp must not take /tmp from everyone, even when Hearth runs as root;
    a file of another user is not Hearth's to change either."""
    shared = tmp_path / "tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    (shared / "history.sqlite3").write_bytes(b"")
    (shared / "history.sqlite3").chmod(0o644)
    filemodes.repair([shared])
    assert mode(shared) == 0o1777
    assert mode(shared / "history.sqlite3") == 0o600  # Hearth's own file in it still is

    theirs = tmp_path / "theirs.json"
    theirs.write_text("{}", encoding="utf-8")
    theirs.chmod(0o644)
    owner = theirs.stat().st_uid
    monkeypatch.setattr(os, "geteuid", lambda: owner + 1)  # as if another user ran Hearth
    filemodes.narrow(theirs)
    assert mode(theirs) == 0o644


def test_missing_parents_are_made_private_too(tmp_path: Path) -> None:
    """`hearth voice download` as the first command makes data/models: the data folder it
    makes on the way is 0700 as well (mkdir -p would give it the umask's 0777)."""
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o755)
    with umask(0):
        filemodes.private_folder(home / "data" / "models" / "part")
    for folder in ("data", "data/models", "data/models/part"):
        assert mode(home / folder) == 0o700, folder
    assert mode(home) == 0o755  # it existed: not Hearth's to change


def test_an_export_written_to_a_pipe_or_device_leaves_its_mode_alone(tmp_path: Path) -> None:
    # `hearth audit export -o /dev/stdout` (or /dev/null, run as root) writes into what is
    # there: a device or a pipe is not a file Hearth owns, and narrowing /dev/null to 0600
    # would break every other program. A FIFO stands in for the device here.
    fifo = tmp_path / "export.fifo"
    os.mkfifo(fifo, 0o644)
    os.chmod(fifo, 0o644)  # whatever the umask
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    done = run_hearth("audit", "export", "-o", str(fifo))
    reader.join(timeout=30)
    assert done.returncode == 0, done.stderr
    assert b'"format": "hearth-audit/1"' in received[0]
    assert stat.S_IMODE(fifo.stat().st_mode) == 0o644
