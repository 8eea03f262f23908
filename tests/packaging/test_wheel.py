"""The wheel: built from this tree, installed into a fresh venv, and run from a folder that is
not the checkout, so the sentence data, the demo home, the icons and the desktop files can
only come from inside the installed package.

The fresh venv gets Hearth's dependencies by a .pth line naming this venv's site-packages
(no network, no second copy of PySide6); the checkout itself is never on its path, which the
test checks."""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app import __version__
from app.config.desktop_entry import APP_ID, DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("app", "ui", "integrations", "resources")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built by pip from a copy of the source (the build leaves nothing in the
    checkout) without build isolation: no index is asked for setuptools."""
    source = tmp_path_factory.mktemp("source")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in PACKAGES:
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
    build = subprocess.run(
        [*pip, "-w", str(out), str(source)],
        capture_output=True,
        text=True,
        check=False,
        timeout=240,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    (built,) = out.glob("hearth-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed and this venv's dependencies visible."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q"]
    install = subprocess.run(
        [*pip, "--no-deps", "--no-index", str(wheel)],
        capture_output=True,
        text=True,
        check=False,
        timeout=240,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(purelib) / "hearth-test-dependencies.pth").write_text(
        "\n".join(site.getsitepackages()) + "\n"
    )
    return venv


def _run(venv: Path, cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    return subprocess.run(
        [str(venv / "bin" / "hearth"), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**base, "HOME": str(cwd), "QT_QPA_PLATFORM": "offscreen", **env},
    )


def test_the_wheel_carries_the_data_and_no_tests(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {name.split("/")[0] for name in names}
    assert tops == {*PACKAGES, f"hearth-{__version__}.dist-info"}
    for needed in (
        "resources/homes/demo.yaml",
        "resources/sentences/en/frames.yaml",
        "resources/icons/hearth.svg",
        f"resources/desktop/{DESKTOP_ID}.desktop",
        f"resources/desktop/{APP_ID}.metainfo.xml",
        f"resources/desktop/icons/hicolor/256x256/apps/{APP_ID}.png",
    ):
        assert needed in names, needed
    entry_points = zipfile.ZipFile(wheel).read(f"hearth-{__version__}.dist-info/entry_points.txt")
    assert b"hearth = ui.launcher:main" in entry_points


def test_the_installed_hearth_plans_from_any_folder(venv: Path, tmp_path: Path) -> None:
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import app, resources; print(app.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(venv), where  # the wheel's copy, not the checkout

    done = _run(venv, tmp_path, "plan", "--json", "turn off the kitchen light")
    assert done.returncode == 0, done.stderr
    plan = json.loads(done.stdout)
    assert plan["error"] is None
    (step,) = plan["steps"]
    assert step["action"] == "light.turn_off"
    assert step["targets"] == ["light.kitchen_ceiling"]


def test_the_installed_hearth_puts_itself_in_the_menu(venv: Path, tmp_path: Path) -> None:
    data = tmp_path / "share"
    done = _run(venv, tmp_path, "install-desktop", XDG_DATA_HOME=str(data))
    assert done.returncode == 0, done.stderr
    entry = (data / "applications" / f"{DESKTOP_ID}.desktop").read_text()
    assert f"Exec={venv / 'bin' / 'hearth'}" in entry.splitlines()
    assert (data / "icons" / "hicolor" / "512x512" / "apps" / f"{APP_ID}.png").is_file()


def test_the_installed_window_renders_on_the_demo_home(venv: Path, tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    done = _run(venv, tmp_path, "--demo", "--screenshot", str(shot))
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10_000
