"""Hearth's files on the desktop: its menu entry, icons and AppStream data in the user's XDG
folders, and the autostart entry that starts it at login. Qt-free and without the command
line: ``hearth install-desktop`` / ``uninstall-desktop`` / ``autostart`` (:mod:`app.cli.desktop`)
and the Settings page's "Start Hearth when I log in" both call these functions.

The files come from ``resources/desktop`` inside the installed package, so this works the
same from a wheel (pip, pipx), from the PyInstaller bundle and from a checkout. The menu and
autostart entries name the program that is running now by its full path, as a desktop
session's PATH often lacks ``~/.local/bin`` where pipx puts ``hearth``.

Every function here does file I/O (a few kilobytes): call it off the GUI thread.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import sys
import tempfile
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path

from app.core.errors import HearthError

APP_ID = "io.github.hearth.Hearth"
"""The reverse-DNS id of the app: its AppStream id and its icon's name."""

DESKTOP_ID = "hearth"
"""The desktop entry's name (``hearth.desktop``): the name the window gives Qt
(``setDesktopFileName`` in ui/app.py) and reminders give the notification server, so the
desktop ties both to this entry and its icon."""

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
"""The hicolor sizes Hearth's icon is rendered in (packaging/render_icons.py)."""


#: Characters that make an Exec argument need quotes (Desktop Entry spec, "The Exec key").
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
#: Characters that must be escaped with a backslash inside a quoted Exec argument.
_ESCAPED_IN_QUOTES = frozenset('"`$\\')


class DesktopError(HearthError):
    """A desktop file could not be written or removed, or the program's path cannot be
    written in an Exec line."""


@dataclasses.dataclass(frozen=True)
class XdgDirs:
    """The user's XDG base folders the desktop files go into."""

    data_home: Path
    """``$XDG_DATA_HOME`` (``~/.local/share``): applications/, icons/, metainfo/."""
    config_home: Path
    """``$XDG_CONFIG_HOME`` (``~/.config``): autostart/."""

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> XdgDirs:
        """The folders the XDG Base Directory spec names; a relative path in the variable is
        invalid there and is ignored, as the spec says."""
        env = os.environ if environ is None else environ
        home = Path(env.get("HOME") or Path.home())

        def pick(name: str, default: Path) -> Path:
            value = env.get(name, "")
            return Path(value) if value and os.path.isabs(value) else default

        return cls(
            data_home=pick("XDG_DATA_HOME", home / ".local" / "share"),
            config_home=pick("XDG_CONFIG_HOME", home / ".config"),
        )

    @property
    def desktop_entry(self) -> Path:
        return self.data_home / "applications" / f"{DESKTOP_ID}.desktop"

    @property
    def metainfo(self) -> Path:
        return self.data_home / "metainfo" / f"{APP_ID}.metainfo.xml"

    @property
    def hicolor(self) -> Path:
        return self.data_home / "icons" / "hicolor"

    def icons(self) -> list[Path]:
        """Every icon file :func:`install_desktop` writes, the scalable one last."""
        pngs = [self.hicolor / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in ICON_SIZES]
        return [*pngs, self.hicolor / "scalable" / "apps" / f"{APP_ID}.svg"]

    @property
    def autostart_entry(self) -> Path:
        return self.config_home / "autostart" / f"{DESKTOP_ID}.desktop"


def _packaged(*parts: str) -> bytes:
    """A file of ``resources/desktop`` as shipped in the package."""
    node = resources.files("resources") / "desktop"
    for part in parts:  # one at a time: a frozen or namespace package's path takes one
        node = node / part
    return node.read_bytes()


def launch_command() -> list[str]:
    """The command that starts this Hearth: the bundle's executable, the ``hearth`` script
    beside this Python (a venv, pipx), the one on PATH, or this Python running the launcher."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    beside = Path(sys.executable).parent / "hearth"
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which("hearth")
    if found:
        return [os.path.abspath(found)]
    return [sys.executable, "-m", "ui.launcher"]


def exec_argument(argument: str) -> str:
    """*argument* as it must be written in a desktop entry's Exec value: quoted where the
    spec asks, ``%`` doubled, and backslashes doubled once more for the string type."""
    if "\n" in argument or "\r" in argument or "\0" in argument:
        raise DesktopError(
            f"cannot start {argument!r} from a desktop entry: its path has a line break; "
            "install Hearth into a folder whose path has none"
        )
    if any(char in _RESERVED for char in argument) or not argument:
        inner = "".join(f"\\{c}" if c in _ESCAPED_IN_QUOTES else c for c in argument)
        argument = f'"{inner}"'
    return argument.replace("\\", "\\\\").replace("%", "%%")


def _with_command(template: bytes, command: Sequence[str]) -> bytes:
    """The packaged entry *template* with each ``Exec=hearth ...`` line starting *command*."""
    program = " ".join(exec_argument(arg) for arg in command)
    lines = [
        f"Exec={program}{line.removeprefix('Exec=hearth')}"
        if line.startswith("Exec=hearth")
        else line
        for line in template.decode("utf-8").splitlines()
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def desktop_entry(command: Sequence[str]) -> bytes:
    """The menu entry that starts *command*."""
    return _with_command(_packaged(f"{DESKTOP_ID}.desktop"), command)


def autostart_entry(command: Sequence[str]) -> bytes:
    """The login entry that starts *command* with ``--minimized`` (in the tray)."""
    return _with_command(_packaged("hearth-autostart.desktop"), command)


def _write(path: Path, data: bytes) -> None:
    """Write *path* whole or not at all (a half-written entry would show a broken launcher)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(data)
            os.chmod(temporary, 0o644)  # a desktop entry or icon holds no secret
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as err:
        raise DesktopError(f"cannot write {path}: {err.strerror or err}") from err


def _remove(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as err:
        raise DesktopError(f"cannot remove {path}: {err.strerror or err}") from err
    return True


def _touch(*folders: Path) -> None:
    """Mark *folders* changed: desktops re-read a menu or icon folder whose time is newer than
    their cache of it, so the entry shows up without running any cache tool."""
    for folder in folders:
        with contextlib.suppress(OSError):
            os.utime(folder)


def install_desktop(
    dirs: XdgDirs | None = None, command: Sequence[str] | None = None
) -> list[Path]:
    """Put Hearth's menu entry, icons and AppStream data into the user's XDG data folder
    (replacing older ones); returns the files written."""
    dirs = dirs or XdgDirs.from_environment()
    command = list(command or launch_command())
    files = [(dirs.desktop_entry, desktop_entry(command))]
    files.append((dirs.metainfo, _packaged(f"{APP_ID}.metainfo.xml")))
    for path in dirs.icons():
        size = path.parent.parent.name
        files.append((path, _packaged("icons", "hicolor", size, "apps", path.name)))
    for path, data in files:
        _write(path, data)
    _touch(dirs.desktop_entry.parent, dirs.hicolor)
    return [path for path, _ in files]


def uninstall_desktop(dirs: XdgDirs | None = None) -> list[Path]:
    """Remove every file :func:`install_desktop` and :func:`set_start_at_login` put in the
    user's folders (Hearth's own file names only); returns the ones that were there."""
    dirs = dirs or XdgDirs.from_environment()
    paths = [dirs.desktop_entry, dirs.metainfo, *dirs.icons(), dirs.autostart_entry]
    removed = [path for path in paths if _remove(path)]
    _touch(dirs.desktop_entry.parent, dirs.hicolor)
    return removed


def starts_at_login(dirs: XdgDirs | None = None) -> bool:
    """Whether Hearth's autostart entry is in place (and not switched off with Hidden=true
    by the desktop's own startup-applications tool)."""
    path = (dirs or XdgDirs.from_environment()).autostart_entry
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return not any(line.strip().lower() == "hidden=true" for line in text.splitlines())


def set_start_at_login(
    enabled: bool, dirs: XdgDirs | None = None, command: Sequence[str] | None = None
) -> Path:
    """Start Hearth in the tray at login, or no longer: writes or removes the XDG autostart
    entry (``$XDG_CONFIG_HOME/autostart``). Qt-free; a few hundred bytes of file I/O.
    Returns the entry's path. Raises :class:`DesktopError` when the folder is not writable."""
    dirs = dirs or XdgDirs.from_environment()
    if enabled:
        _write(dirs.autostart_entry, autostart_entry(list(command or launch_command())))
    else:
        _remove(dirs.autostart_entry)
    return dirs.autostart_entry
