"""Render the desktop app's main views to docs/screenshots/*.png, on the demo home.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py [--dark] [--out DIR]

Nothing is mocked: the real window, the real planner and the virtual demo home. Settings and
history go to a temporary folder, never the user's.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="hearth-shots-"))
    os.environ["HEARTH_CONFIG_DIR"] = str(scratch / "config")
    os.environ["HEARTH_DATA_DIR"] = str(scratch / "data")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    import qasync
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from app.assistant import Assistant
    from app.history import History
    from app.home import Home
    from app.settings import Settings
    from integrations.virtual_home import VirtualHome
    from ui.bridge import AssistantBridge
    from ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(_dark_palette(QPalette, QColor, Qt))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if args.dark else ""
    virtual = VirtualHome(Home.load(ROOT / "resources" / "homes" / "demo.yaml"))
    settings = Settings(area="living_room")

    async def connect() -> Assistant:
        home = await virtual.load_home()
        return Assistant(home, virtual, area="living_room", history=History(scratch / "h.db"))

    async def shoot() -> None:
        bridge = AssistantBridge(settings, connect)
        window = MainWindow(bridge)
        window.resize(1100, 760)
        window.show()
        ready = asyncio.Event()
        bridge.ready.connect(lambda *_: ready.set())
        bridge.start()
        await ready.wait()
        # A finished request, a question and a plan waiting for approval.
        finished = asyncio.Event()
        bridge.finished.connect(lambda *_: finished.set())
        for text in ("turn off the kitchen light", "is the garage door open?"):
            finished.clear()
            request = bridge.submit(text)
            if request is not None and not request.done:
                bridge.approve(request.key, set(range(len(request.plan.steps))), set())
            await asyncio.wait_for(finished.wait(), 10)
        bridge.submit("dim the sofa lamp to 30 percent and unlock the front door")
        await asyncio.sleep(0.3)
        pages = ("assistant", "home", "history", "settings")
        for index, name in enumerate(pages):
            window.show_page(index)
            if name == "home":
                window.home_view.select_entity("light.sofa_lamp")
            await asyncio.sleep(0.4)
            path = out / f"{name}{suffix}.png"
            window.grab().save(str(path))
            print(path)
        window.settings_page.show_section("safety")
        await asyncio.sleep(0.4)
        path = out / f"safety{suffix}.png"
        window.grab().save(str(path))
        print(path)
        await bridge.stop()

    with loop:
        loop.run_until_complete(shoot())
    return 0


def _dark_palette(palette_cls, color_cls, qt):  # type: ignore[no-untyped-def]
    palette = palette_cls()
    role = palette_cls.ColorRole
    for name, value in {
        role.Window: "#1f2227",
        role.WindowText: "#e6e6e6",
        role.Base: "#16181c",
        role.AlternateBase: "#23262c",
        role.Text: "#e6e6e6",
        role.Button: "#2a2e35",
        role.ButtonText: "#e6e6e6",
        role.Highlight: "#3d7bd9",
        role.HighlightedText: "#ffffff",
        role.ToolTipBase: "#2a2e35",
        role.ToolTipText: "#e6e6e6",
        role.PlaceholderText: "#8a8f98",
        role.Mid: "#3a3f47",
        role.Light: "#3a3f47",
        role.Dark: "#101215",
    }.items():
        palette.setColor(name, color_cls(value))
    del qt
    return palette


if __name__ == "__main__":
    sys.exit(main())
