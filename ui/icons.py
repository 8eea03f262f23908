"""Hearth's SVG icons from resources/icons (sharp at any scale)."""

from __future__ import annotations

import functools
from importlib import resources

from PySide6.QtGui import QIcon


@functools.cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon when there is none)."""
    path = resources.files("resources") / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
