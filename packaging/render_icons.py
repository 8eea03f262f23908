"""Render Hearth's icon into the freedesktop hicolor sizes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

Reads resources/icons/hearth.svg and writes resources/desktop/icons/hicolor/<N>x<N>/apps/
<APP_ID>.png for every size desktops look up, plus the SVG itself as the scalable icon. The
PNGs are committed (the wheel and the bundle carry them), so this runs only when the SVG
changes; tests/packaging/test_desktop_files.py fails when they are out of date.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from app.config.desktop_entry import APP_ID, ICON_SIZES  # noqa: E402

SOURCE = ROOT / "resources" / "icons" / "hearth.svg"
HICOLOR = ROOT / "resources" / "desktop" / "icons" / "hicolor"


def render(size: int) -> QImage:
    """The icon as an image of *size* × *size* pixels, transparent around the rounded square."""
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    for size in ICON_SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target)):
            raise OSError(f"cannot write {target}")
        print(target.relative_to(ROOT))
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    print(scalable.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
