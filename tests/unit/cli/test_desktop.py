"""`hearth install-desktop`, `uninstall-desktop` and `autostart`: real files in temporary XDG
folders, checked with the freedesktop tools themselves (desktop-file-validate)."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from app.config import desktop_entry as desktop
from app.config.desktop_entry import APP_ID, DESKTOP_ID, ICON_SIZES, DesktopError, XdgDirs

VALIDATE = shutil.which("desktop-file-validate")


@pytest.fixture
def dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> XdgDirs:
    xdg = XdgDirs(data_home=tmp_path / "share", config_home=tmp_path / "config-home")
    monkeypatch.setenv("XDG_DATA_HOME", str(xdg.data_home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(xdg.config_home))
    return xdg


def _validate(path: Path) -> None:
    assert VALIDATE, (
        "desktop-file-validate is missing: bash packaging/bootstrap.sh test installs it"
    )
    result = subprocess.run([VALIDATE, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _exec_lines(path: Path) -> list[str]:
    return [line for line in path.read_text().splitlines() if line.startswith("Exec=")]


def test_install_puts_a_valid_entry_metainfo_and_every_icon_size(dirs: XdgDirs) -> None:
    written = desktop.install_desktop(dirs, ["/opt/hearth/bin/hearth"])

    entry = dirs.data_home / "applications" / f"{DESKTOP_ID}.desktop"
    assert entry in written and entry.is_file()
    _validate(entry)
    assert _exec_lines(entry) == [
        "Exec=/opt/hearth/bin/hearth",
        "Exec=/opt/hearth/bin/hearth --demo",
    ]
    assert f"Icon={APP_ID}" in entry.read_text().splitlines()

    metainfo = dirs.data_home / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert metainfo.read_text().count(f"<id>{APP_ID}</id>") == 1
    for size in ICON_SIZES:
        png = dirs.data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png in written
        assert _png_size(png) == (size, size)
    svg = dirs.data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes().startswith(b"<svg")
    assert len(written) == 2 + len(ICON_SIZES) + 1
    assert all(path.stat().st_mode & 0o777 == 0o644 for path in written)
    assert not dirs.autostart_entry.exists()  # installing never switches on start at login


def test_a_path_with_spaces_and_percent_is_quoted_as_the_spec_asks(dirs: XdgDirs) -> None:
    program = "/home/ann/My Apps/50% off/hearth"
    desktop.install_desktop(dirs, [program])
    _validate(dirs.desktop_entry)
    assert _exec_lines(dirs.desktop_entry)[0] == 'Exec="/home/ann/My Apps/50%% off/hearth"'

    assert desktop.exec_argument('/a "b"/$x') == '"/a \\\\"b\\\\"/\\\\$x"'
    assert desktop.exec_argument("/usr/bin/hearth") == "/usr/bin/hearth"


def test_a_path_with_a_line_break_is_refused_with_a_clear_message(dirs: XdgDirs) -> None:
    with pytest.raises(DesktopError, match="line break"):
        desktop.install_desktop(dirs, ["/tmp/odd\nname/hearth"])
    assert not dirs.desktop_entry.exists()


def test_uninstall_removes_hearths_files_only(dirs: XdgDirs) -> None:
    other = dirs.data_home / "applications" / "org.example.Other.desktop"
    other_icon = dirs.hicolor / "48x48" / "apps" / "org.example.Other.png"
    for path in (other, other_icon):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("not Hearth's")
    installed = desktop.install_desktop(dirs, ["/usr/bin/hearth"])
    desktop.set_start_at_login(True, dirs, ["/usr/bin/hearth"])

    removed = desktop.uninstall_desktop(dirs)

    assert set(removed) == {*installed, dirs.autostart_entry}
    assert not any(path.exists() for path in removed)
    assert other.read_text() == other_icon.read_text() == "not Hearth's"
    assert desktop.uninstall_desktop(dirs) == []  # a second time: nothing left, no error


def test_start_at_login_writes_and_removes_the_autostart_entry(dirs: XdgDirs) -> None:
    assert not desktop.starts_at_login(dirs)
    path = desktop.set_start_at_login(True, dirs, ["/usr/bin/hearth"])
    assert path == dirs.config_home / "autostart" / f"{DESKTOP_ID}.desktop"
    _validate(path)
    assert _exec_lines(path) == ["Exec=/usr/bin/hearth --minimized"]
    assert desktop.starts_at_login(dirs)

    desktop.set_start_at_login(False, dirs)
    assert not path.exists() and not desktop.starts_at_login(dirs)
    desktop.set_start_at_login(False, dirs)  # already off: fine


def test_an_entry_the_desktop_switched_off_counts_as_off(dirs: XdgDirs) -> None:
    path = desktop.set_start_at_login(True, dirs, ["/usr/bin/hearth"])
    path.write_text(path.read_text() + "Hidden=true\n")
    assert not desktop.starts_at_login(dirs)


def test_xdg_folders_follow_the_environment_and_ignore_relative_paths(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "d"), "XDG_CONFIG_HOME": "rel"}
    dirs = XdgDirs.from_environment(env)
    assert dirs.data_home == tmp_path / "d"
    assert dirs.config_home == tmp_path / ".config"
    assert XdgDirs.from_environment({"HOME": str(tmp_path)}).data_home == (
        tmp_path / ".local" / "share"
    )


def test_the_entry_starts_the_program_that_is_running(monkeypatch: pytest.MonkeyPatch) -> None:
    # In this venv the `hearth` script sits beside the interpreter.
    beside = Path(sys.executable).parent / "hearth"
    if beside.is_file():
        assert desktop.launch_command() == [str(beside)]
    # The PyInstaller bundle: the executable itself.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert desktop.launch_command() == [sys.executable]


def test_cli_install_autostart_and_uninstall(
    dirs: XdgDirs, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["install-desktop"]) == 0
    out = capsys.readouterr().out
    assert "applications menu" in out and str(dirs.desktop_entry) in out
    assert dirs.desktop_entry.is_file()

    assert main(["autostart"]) == 0
    assert capsys.readouterr().out.strip() == "Start at login: off"
    assert main(["autostart", "on"]) == 0
    assert "at login" in capsys.readouterr().out
    assert desktop.starts_at_login(dirs)
    assert "--minimized" in dirs.autostart_entry.read_text()
    assert main(["autostart", "off"]) == 0
    assert not dirs.autostart_entry.exists()

    assert main(["uninstall-desktop"]) == 0
    assert "Removed 12" in capsys.readouterr().out
    assert not dirs.desktop_entry.exists()
    assert main(["uninstall-desktop"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_cli_refuses_a_bad_switch(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["autostart", "maybe"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_cli_says_which_file_it_cannot_write(
    dirs: XdgDirs, capsys: pytest.CaptureFixture[str]
) -> None:
    # A file where the folder should be stops root as well as anyone.
    dirs.data_home.mkdir(parents=True)
    (dirs.data_home / "applications").write_text("a file, not a folder")
    assert main(["install-desktop"]) == 6
    err = capsys.readouterr().err
    assert f"cannot write {dirs.desktop_entry}" in err
    assert "Traceback" not in err
