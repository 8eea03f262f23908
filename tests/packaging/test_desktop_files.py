"""The desktop files Hearth ships (resources/desktop): valid for the freedesktop tools that
read them, and the icons rendered from the current SVG in every hicolor size."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from app import __version__
from app.config.desktop_entry import APP_ID, DESKTOP_ID, ICON_SIZES

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / "desktop"
HICOLOR = DESKTOP / "icons" / "hicolor"


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: bash packaging/bootstrap.sh test installs it"
    return path


@pytest.mark.parametrize("name", [f"{DESKTOP_ID}.desktop", "hearth-autostart.desktop"])
def test_desktop_entries_validate(name: str) -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP / name)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_autostart_entry_starts_in_the_tray() -> None:
    lines = (DESKTOP / "hearth-autostart.desktop").read_text().splitlines()
    assert "Exec=hearth --minimized" in lines
    assert f"Icon={APP_ID}" in lines


def test_metainfo_validates_and_matches_the_app() -> None:
    path = DESKTOP / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(path).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{DESKTOP_ID}.desktop"
    # The newest release is the version Hearth reports.
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    # The project's addresses are the package's (pyproject.toml's [project.urls]).
    urls = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["urls"]
    listed = {url.get("type"): url.text for url in root.findall("url")}
    assert listed == {
        "homepage": urls["Homepage"],
        "bugtracker": urls["Issues"],
        "help": urls["Documentation"],
        "vcs-browser": urls["Source"],
    }
    # Every screenshot is one of the committed ones, the default first, as the main branch of
    # the project's repository serves it.
    raw = urls["Source"].replace("https://github.com/", "https://raw.githubusercontent.com/")
    shots = root.findall("screenshots/screenshot")
    assert len(shots) >= 3 and shots[0].get("type") == "default"
    for shot in shots:
        url = shot.findtext("image") or ""
        match = re.search(r"/(docs/screenshots/[\w-]+\.png)$", url)
        assert match and (ROOT / match.group(1)).is_file(), url
        assert url == f"{raw}/main/{match.group(1)}", url
        assert shot.findtext("caption")


def test_the_window_and_its_notifications_name_this_entry() -> None:
    # Wayland compositors and notification servers find the entry (and its icon) by this name.
    assert f'setDesktopFileName("{DESKTOP_ID}")' in (ROOT / "ui" / "app.py").read_text()
    hint = f'"desktop-entry": ("s", "{DESKTOP_ID}")'
    assert hint in (ROOT / "ui" / "notifications.py").read_text()


def _render_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT / "packaging" / "render_icons.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_icons_are_rendered_from_the_current_svg_in_every_size() -> None:
    from PySide6.QtGui import QImage

    render = _render_icons()
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "hearth.svg").read_bytes()
    for size in ICON_SIZES:
        shipped = QImage(str(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        fresh = render.render(size)
        assert (shipped.width(), shipped.height()) == (size, size)
        assert shipped.hasAlphaChannel()
        # The same picture (a few levels of anti-aliasing apart between Qt versions).
        step = max(1, size // 16)
        worst = 0
        for y in range(0, size, step):
            for x in range(0, size, step):
                a, b = shipped.pixelColor(x, y), fresh.pixelColor(x, y)
                channels = (a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue())
                worst = max(worst, abs(a.alpha() - b.alpha()), *map(abs, channels))
        assert worst <= 24, f"{size}px icon is out of date: run packaging/render_icons.py"
