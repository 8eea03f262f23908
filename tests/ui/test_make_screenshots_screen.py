"""docs/make_screenshots.py renders a scaled run into a screen that holds the window: the
640×480 window at scale 2 on a 1280×960 screen, as the main window's test lays it out (Qt's own
offscreen screen is 800×800 device pixels, 400×400 logical at scale 2)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from tests.ui.test_main_window import HIDPI_SCREEN

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_screenshots", ROOT / "docs" / "make_screenshots.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_scale_2_renders_into_a_1280_by_960_screen() -> None:
    screen = _script().offscreen_screen("", 640, 480, "2")
    assert (screen["width"], screen["height"]) == (HIDPI_SCREEN["width"], HIDPI_SCREEN["height"])
    assert screen["logicalDpi"] == HIDPI_SCREEN["logicalDpi"]


def test_a_named_screen_wins_and_at_scale_1_the_screen_holds_the_default_window() -> None:
    """Qt's 800×800 offscreen screen cut the 1100×760 default window to 800 pixels wide."""
    script = _script()
    named = script.offscreen_screen("1920x1080", 640, 480, "2")
    assert (named["width"], named["height"]) == (1920, 1080)
    for scale in (None, "1"):
        plain = script.offscreen_screen("", 1100, 760, scale)
        assert (plain["width"], plain["height"]) == (1100, 760)
    half = script.offscreen_screen("", 800, 600, "1.5")
    assert (half["width"], half["height"]) == (1200, 900)
