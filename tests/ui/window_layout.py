"""What a small or scaled window must still show, as a list of problems found (empty: fine).

Used by test_main_window.py in its own process at 1× and, through ``python -m
tests.ui.window_layout``, in a process of its own at scale 2 on a screen of 1280×960 pixels
(640×480 logical), since Qt's scale factor is fixed when the application starts:

    QT_QPA_PLATFORM=offscreen:configfile=SCREENS.json QT_SCALE_FACTOR=2 \\
        python -m tests.ui.window_layout

prints one JSON line: the window's size, the screen's free area and the problems.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from ui.main_window import MainWindow

REQUEST = "turn off the kitchen light"
"""The request the layout run makes (History must show it whole)."""


def window_problems(window: MainWindow) -> list[str]:
    problems: list[str] = []
    screen = window.screen()
    area = screen.availableGeometry()
    if not area.contains(window.frameGeometry()):
        problems.append(f"the window {window.frameGeometry()} is not within the screen {area}")
    return problems


def clipped(page: QWidget, window: MainWindow) -> list[str]:
    """Buttons, boxes and labels of *page* that are cut off on the right or squeezed below
    the width they need."""
    problems: list[str] = []
    central = window.centralWidget()
    assert central is not None
    right_edge = central.width()
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(
            widget, QAbstractButton | QComboBox | QLineEdit | QLabel
        ):
            continue
        name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or repr(widget)
        right = widget.mapTo(central, QPoint(widget.width(), 0)).x()
        if right > right_edge + 1:
            problems.append(f"{name!r} ends at x={right}, past the window's {right_edge}")
        scroll = _scroll_area_of(widget)
        if scroll is not None:
            viewport = scroll.viewport()
            end = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
            if end > viewport.width() + 1:
                problems.append(f"{name!r} ends at x={end}, past its page's {viewport.width()}")
        if (
            isinstance(widget, QAbstractButton)
            and not isinstance(widget.parentWidget(), QLineEdit)  # Qt's own clear button
            and widget.width() < widget.minimumSizeHint().width()
        ):
            problems.append(f"button {name!r} is squeezed to {widget.width()} px")
    return problems


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def home_problems(window: MainWindow) -> list[str]:
    tree = window.home_view.tree
    header = tree.header()
    visible = tree.viewport().width()
    problems = []
    state_end = header.sectionViewportPosition(1) + header.sectionSize(1)
    if header.isSectionHidden(1) or state_end > visible + 1:
        problems.append(f"Home: the State column ends at {state_end}, past {visible}")
    enough = tree.fontMetrics().horizontalAdvance("on at 100%")
    if header.sectionSize(1) < enough:
        problems.append(f"Home: the State column is {header.sectionSize(1)} px (< {enough})")
    if header.sectionSize(0) < 2 * enough:
        problems.append(f"Home: the Name column is {header.sectionSize(0)} px")
    return problems


def history_problems(window: MainWindow) -> list[str]:
    table = window.history_view.table
    header = table.horizontalHeader()
    visible = table.viewport().width()
    problems = []
    total = sum(header.sectionSize(c) for c in range(header.count()))
    if total > visible + 1:
        problems.append(f"History: the columns take {total} px of {visible}")
    request = window.history_view.model.REQUEST
    needed = table.fontMetrics().horizontalAdvance(REQUEST) + 12
    if header.sectionSize(request) < needed:
        problems.append(
            f"History: the Request column is {header.sectionSize(request)} px (< {needed})"
        )
    return problems


def voice_problems(page: QScrollArea, name: str = "Voice") -> list[str]:
    problems = []
    body = page.widget()
    if body is not None and body.width() > page.viewport().width() + 1:
        problems.append(f"{name}: the page is {body.width()} px in {page.viewport().width()}")
    if page.horizontalScrollBar().isVisible():
        problems.append(f"{name}: the page scrolls sideways")
    return problems


async def all_problems(
    window: MainWindow, voice_page: QScrollArea, *, on_screen: bool = True
) -> list[str]:
    """Each page in turn: what is cut off or out of sight (and whether the window lies
    within its screen; *on_screen* False: a size the test chose, which may not)."""
    problems = window_problems(window) if on_screen else []
    for index in range(window.pages.count()):
        window.show_page(index)
        await asyncio.sleep(0.15)
        page = window.pages.currentWidget()
        assert page is not None
        problems += clipped(page, window)
    window.show_page(window.pages.indexOf(window.home_view))
    window.home_view.select_entity("light.sofa_lamp")
    await asyncio.sleep(0.15)
    problems += home_problems(window) + clipped(window.home_view, window)
    window.show_page(window.pages.indexOf(window.history_view))
    await asyncio.sleep(0.15)
    problems += history_problems(window)
    window.show_page(window.pages.indexOf(window.settings_page))
    settings = window.settings_page
    for key in settings.SECTIONS:  # every section, not only the first (Behaviour scrolled)
        settings.show_section(key)
        await asyncio.sleep(0.15)
        section = settings.stack.currentWidget()
        if key != "voice" and isinstance(section, QScrollArea):
            problems += voice_problems(section, f"Settings › {section.accessibleName()}")
            problems += clipped(section, window)
    settings.show_section("voice")
    await asyncio.sleep(0.15)
    problems += voice_problems(voice_page) + clipped(voice_page, window)
    return problems


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="hearth-layout-"))
    os.environ["HEARTH_CONFIG_DIR"] = str(scratch / "config")
    os.environ["HEARTH_DATA_DIR"] = str(scratch / "data")
    import qasync

    from app.assistant import Assistant
    from app.bootstrap import demo_home_source
    from app.config.settings import Settings
    from app.core.home import Home
    from app.records.history import History
    from integrations.virtual_home import VirtualHome
    from ui.bridge import AssistantBridge
    from ui.voice import PushToTalk
    from ui.voice_settings import VoiceSettingsPage

    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    virtual = VirtualHome(Home.load(demo_home_source()))

    async def connect() -> Assistant:
        home = await virtual.load_home()
        return Assistant(home, virtual, area="living_room", history=History(scratch / "h.db"))

    async def measure() -> dict[str, object]:
        bridge = AssistantBridge(Settings(area="living_room"), connect)
        window = MainWindow(bridge)
        voice = PushToTalk(bridge, parent=window)
        voice_page = VoiceSettingsPage(voice)
        window.settings_page.set_section("voice", voice_page)
        window.show()
        ready = asyncio.Event()
        bridge.ready.connect(lambda *_: ready.set())
        bridge.start()
        await asyncio.wait_for(ready.wait(), 30)
        finished = asyncio.Event()
        bridge.finished.connect(lambda *_: finished.set())
        request = bridge.submit(REQUEST)
        assert request is not None
        await asyncio.sleep(0.3)
        problems = await all_problems(window, voice_page)
        area = window.screen().availableGeometry()
        result: dict[str, object] = {
            "size": [window.width(), window.height()],
            "frame": [window.frameGeometry().width(), window.frameGeometry().height()],
            "screen": [area.width(), area.height()],
            "scale": window.devicePixelRatio(),
            "problems": problems,
        }
        await voice.close()
        await bridge.stop()
        return result

    with loop:
        print(json.dumps(loop.run_until_complete(measure())), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
