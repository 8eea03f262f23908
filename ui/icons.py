"""Hearth's SVG icons from resources/icons: sharp at any scale, in the palette's colours.

The icons draw with ``currentColor``. Qt's own SVG icon engine paints that black whatever the
theme, so :class:`_PaletteSvgEngine` substitutes the palette colour for the icon's mode each time
it paints (text colour; highlighted text when selected; the disabled text colour when
disabled): the icons follow a switch between light and dark without being rebuilt. Pixmaps are
rendered at the screen's device pixel ratio, so they stay sharp on high-DPI screens.
"""

from __future__ import annotations

import functools
from importlib import resources

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer


def icon_path(name: str) -> str | None:
    """The file of ``resources/icons/<name>.svg``, or None when there is no such icon."""
    path = resources.files("resources") / "icons" / f"{name}.svg"
    return str(path) if path.is_file() else None


@functools.cache
def _svg(name: str) -> bytes | None:
    path = icon_path(name)
    if path is None:
        return None
    with open(path, "rb") as file:
        return file.read()


def icon_colour(mode: QIcon.Mode) -> QColor:
    """The colour ``currentColor`` stands for in *mode*, from the application's palette."""
    palette = QGuiApplication.palette()
    if mode is QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode is QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


class _SquareEngine(QIconEngine):
    """An icon drawn by :meth:`paint` into a square, at any size and device pixel ratio."""

    antialiased = True

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        if self.antialiased:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, pixmap.width(), pixmap.height()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)


class _PaletteSvgEngine(_SquareEngine):
    def __init__(self, name: str, svg: bytes) -> None:
        super().__init__()
        self._name = name
        self._svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        colour = icon_colour(mode).name(QColor.NameFormat.HexArgb)
        renderer = self._renderers.get(colour)
        if renderer is None:
            # #AARRGGBB is not SVG; the alpha goes into opacity.
            rgb = "#" + colour[3:]
            alpha = int(colour[1:3], 16) / 255
            data = self._svg.replace(b"currentColor", rgb.encode())
            if alpha < 1:
                data = data.replace(b"<svg ", f'<svg opacity="{alpha:.3f}" '.encode(), 1)
            renderer = QSvgRenderer(QByteArray(data))
            self._renderers[colour] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        square = QRectF(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side
        )
        self._renderer(mode).render(painter, square)

    def iconName(self) -> str:
        return self._name

    def key(self) -> str:
        return "hearth-palette-svg"

    def clone(self) -> QIconEngine:
        return _PaletteSvgEngine(self._name, self._svg)


@functools.cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon when there is none)."""
    svg = _svg(name)
    if svg is None:
        return QIcon()
    return QIcon(_PaletteSvgEngine(name, svg))


BADGE_COLOUR = QColor("#e11d48")
"""The badge's disc: a red apart from the icon's orange, ringed in white so it reads on the
icon and on light and dark panels alike (white figures on it)."""


def badge_text(count: int) -> str:
    """The figures a badge shows: the count, or "9+" when two figures would not fit."""
    return str(count) if count <= 9 else "9+"


class _BadgeEngine(_SquareEngine):
    """*base* with *count* in a red disc at its top right (a tray's reminders waiting)."""

    antialiased = False  # the base icon and the disc set their own hints

    def __init__(self, base: QIcon, count: int) -> None:
        super().__init__()
        self._base = base
        self._count = count

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._base.paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)
        side = min(rect.width(), rect.height())
        diameter = side * 0.62
        ring = max(1.0, side / 24)
        disc = QRectF(rect.right() + 1 - diameter, rect.top(), diameter, diameter)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), ring))
        painter.setBrush(BADGE_COLOUR)
        painter.drawEllipse(disc.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2))
        font = QFont(QGuiApplication.font())
        font.setBold(True)
        text = badge_text(self._count)
        font.setPixelSize(max(1, round(diameter * (0.72 if len(text) == 1 else 0.56))))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def iconName(self) -> str:
        return f"{self._base.name()}-badge-{self._count}"

    def key(self) -> str:
        return "hearth-badge"

    def clone(self) -> QIconEngine:
        return _BadgeEngine(self._base, self._count)


def badged(base: QIcon, count: int) -> QIcon:
    """*base* with a badge showing *count* (none: *base* itself, the plain icon)."""
    if count <= 0:
        return base
    return QIcon(_BadgeEngine(base, count))
