"""The free area a window is placed in never reaches past its screen (issue 13, defect 5).

Found by hand at QT_SCALE_FACTOR=2 under Xvfb with openbox and trayer's 32-pixel panel on
1280×800 pixels: Qt's X11 platform gave the free area as (0, 32, 640, 384) on a screen of
(0, 0, 640, 400), the panel's offset left unscaled, and the window was placed to fill it: its
status bar ended below the bottom of the screen at every start.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from pytestqt.qtbot import QtBot

from ui import window_state
from ui.main_window import SMALLEST, MainWindow

SCREEN = QRect(0, 0, 640, 400)
FROM_QT_AT_SCALE_2 = QRect(0, 32, 640, 384)


def test_a_free_area_past_the_screen_is_cut_to_it() -> None:
    area = window_state.fits_within(FROM_QT_AT_SCALE_2, SCREEN)
    assert area == QRect(0, 32, 640, 368)
    window = window_state.placed(QRect(1, 42, 638, 371), area, SMALLEST.boundedTo(area.size()))
    assert SCREEN.contains(window)


def test_a_free_area_within_the_screen_is_kept() -> None:
    assert window_state.fits_within(QRect(0, 16, 640, 384), SCREEN) == QRect(0, 16, 640, 384)
    assert window_state.fits_within(QRect(2000, 0, 10, 10), SCREEN) == SCREEN  # nothing shared


def test_the_window_places_itself_within_its_screen(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.screen()
    area = window._available()
    assert screen.geometry().contains(area)
    assert area.size().boundedTo(QSize(1, 1)) == QSize(1, 1)
