"""Render the desktop app's main views to docs/screenshots/*.png, on the demo home.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py [--dark] [--out DIR]
        [--size WxH]

The smallest window Hearth is laid out for, and the same at scale 2 (a 1280x960 screen):

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py --size 640x480 --out DIR
    QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py \
        --size 640x480 --out DIR

Offscreen, a run renders into a screen of the window's size at its scale (1280x960 for
640x480 at scale 2, 1100x760 for the default window at scale 1): Qt's own offscreen screen is
800x800, narrower than the default window and only 400x400 logical pixels at scale 2.
``--screen WxH`` names the screen's size in device pixels instead.

Nothing is mocked: the real window, the real planner and the virtual demo home. Settings and
history go to a temporary folder, never the user's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


#: The commands each screenshot run sends: two that finish, one that waits for approval.
COMMANDS = {
    "en": (
        "turn off the kitchen light",
        "is the garage door open?",
        "dim the sofa lamp to 30 percent and unlock the front door",
    ),
    "de": (
        "schalte das Küchenlicht aus",
        "ist das Garagentor offen?",
        "dimme die Stehlampe auf 30 Prozent und entriegle die Haustür",
    ),
    "fr": (
        "éteins la lumière de la cuisine",
        "la porte du garage est-elle ouverte ?",
        "baisse la lampe du canapé à 30 pour cent et déverrouille la porte d'entrée",
    ),
    # The demo home is named in the window's language (resources/homes/demo_names/).
    "es": (
        "apaga la luz de la cocina",
        "¿está abierta la puerta del garaje?",
        "baja la lámpara del sofá al 30 por ciento y abre la puerta principal",
    ),
    "it": (
        "spegni la luce della cucina",
        "la porta del garage è aperta?",
        "abbassa la lampada del divano al 30 per cento e sblocca la porta d'ingresso",
    ),
    "nl": (
        "doe de keukenlamp uit",
        "staat de garagedeur open?",
        "dim de banklamp naar 30 procent en ontgrendel de voordeur",
    ),
    "pt": (
        "desliga a luz da cozinha",
        "o portão da garagem está aberto?",
        "põe o candeeiro do sofá a 30 por cento e destranca a porta da frente",
    ),
    "pt-BR": (
        "desligue a luz da cozinha",
        "o portão da garagem está aberto?",
        "coloque o abajur do sofá em 30 por cento e destranque a porta da frente",
    ),
    "pl": (
        "wyłącz światło w kuchni",
        "czy brama garażowa jest otwarta?",
        "ustaw lampę stojącą na 30 procent i odblokuj drzwi wejściowe",
    ),
}


def offscreen_screen(asked: str, width: int, height: int, scale: str | None) -> dict[str, Any]:
    """The offscreen screen to render into (device pixels, as Qt's offscreen ``configfile``
    takes it): *asked* ("WxH"), else the window's *width* × *height* at the scale *scale*
    (``QT_SCALE_FACTOR``, 1 when unset)."""
    if asked:
        wide, high = (int(part) for part in asked.lower().split("x"))
    else:
        factor = float(scale) if scale else 1.0
        wide, high = round(width * factor), round(height * factor)
    return {"name": "shots", "x": 0, "y": 0, "width": wide, "height": high, "logicalDpi": 96}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    parser.add_argument(
        "--size", default="1100x760", help="the window's size in logical pixels (WxH)"
    )
    parser.add_argument(
        "--screen",
        default="",
        help="offscreen: the screen's size in device pixels (WxH); by default the window's "
        "size at QT_SCALE_FACTOR",
    )
    parser.add_argument(
        "--lang",
        default="en",
        help="the window's and the commands' language (en, de, fr, es, it, nl, pt, pt-BR, pl)",
    )
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.lower().split("x"))
    scratch = Path(tempfile.mkdtemp(prefix="hearth-shots-"))
    os.environ["HEARTH_CONFIG_DIR"] = str(scratch / "config")
    os.environ["HEARTH_DATA_DIR"] = str(scratch / "data")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    screen = offscreen_screen(args.screen, width, height, os.environ.get("QT_SCALE_FACTOR"))
    if os.environ["QT_QPA_PLATFORM"] == "offscreen":
        config = scratch / "screens.json"
        config.write_text(json.dumps({"screens": [screen]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        print(f"offscreen screen: {screen['width']}x{screen['height']}")

    import qasync
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from app.assistant import Assistant
    from app.bootstrap import build_services, name_demo
    from app.config.settings import Settings
    from app.core.clock import zone
    from app.core.home import Home
    from app.records.history import History
    from app.voice.engine import EngineCache
    from integrations.virtual_home import VirtualHome
    from ui.bridge import AssistantBridge
    from ui.main_window import MainWindow
    from ui.notifications import ReminderNotifier
    from ui.voice import PushToTalk
    from ui.voice_settings import VoiceSettingsPage

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from ui.translations import TRANSLATION

    TRANSLATION.install(app, args.lang)
    if args.dark:
        app.setPalette(_dark_palette(QPalette, QColor, Qt))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = ("-dark" if args.dark else "") + ("" if args.lang == "en" else f"-{args.lang}")
    # The demo home as the app loads it: named in the window's language.
    demo = Home.load(ROOT / "resources" / "homes" / "demo.yaml")
    virtual = VirtualHome(name_demo(demo, args.lang))
    settings = Settings(area="living_room", language=args.lang)
    commands = COMMANDS.get(args.lang, COMMANDS["en"])
    tz = zone(None)
    bridges: list[AssistantBridge] = []

    async def connect() -> Assistant:
        # Devices, reminders and the local calendar, as the app builds them.
        router = build_services(settings, virtual, tz, on_reminder=bridges[0].deliver_reminder)
        await _fill_agenda(router, tz)
        home = await router.load_home()
        history = History(scratch / "h.db")
        return Assistant(
            home, router, area="living_room", history=history, tz=tz, language=args.lang
        )

    async def shoot() -> None:
        bridge = AssistantBridge(settings, connect)
        bridges.append(bridge)
        notifier = ReminderNotifier(bridge)  # Hearth's own reminder window
        window = MainWindow(bridge)
        # Settings › Voice as the app makes it (no speech model in the scratch folder).
        voice = PushToTalk(bridge, engines=EngineCache())
        window.settings_page.make_later("voice", lambda: VoiceSettingsPage(voice))
        window.resize(width, height)
        window.show()
        ready = asyncio.Event()
        bridge.ready.connect(lambda *_: ready.set())
        bridge.start()
        await ready.wait()
        # A finished request, a question and a plan waiting for approval.
        finished = asyncio.Event()
        bridge.finished.connect(lambda *_: finished.set())
        for text in commands[:2]:
            finished.clear()
            request = bridge.submit(text)
            if request is not None and not request.done:
                bridge.approve(request.key, set(range(len(request.plan.steps))), set())
            await asyncio.wait_for(finished.wait(), 10)
        bridge.submit(commands[2])
        await asyncio.sleep(0.3)
        pages = ("assistant", "home", "history", "agenda", "settings")
        for index, name in enumerate(pages):
            window.show_page(index)
            if name == "home":
                window.home_view.select_entity("light.sofa_lamp")
            if name == "agenda":
                window.agenda_view.set_span("week")
            await asyncio.sleep(0.4)
            path = out / f"{name}{suffix}.png"
            window.grab().save(str(path))
            print(path)
        for section in ("safety", "voice"):
            window.settings_page.show_section(section)
            await asyncio.sleep(0.4)
            path = out / f"{section}{suffix}.png"
            window.grab().save(str(path))
            print(path)
        # The reminder that came due at start, as Hearth's own reminder window.
        for popup in notifier.popups.values():
            path = out / f"reminder{suffix}.png"
            popup.grab().save(str(path))
            print(path)
        await notifier.stop()
        await bridge.stop()

    with loop:
        loop.run_until_complete(shoot())
    return 0


async def _fill_agenda(router: Any, tz: Any) -> None:
    """A few events in the local calendar and reminders, one of them due now (delivered, and
    waiting for an answer, when the window starts)."""
    import datetime as dt

    now = dt.datetime.now(tz).replace(second=0, microsecond=0)
    today = now.date()

    def at(days: int, hour: int, minute: int = 0) -> str:
        day = today + dt.timedelta(days=days)
        return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=tz).isoformat()

    calendar = router.calendar
    for summary, start, end, extra in (
        ("Bin day", None, None, {"start_date": today.isoformat()}),
        ("Team call", at(0, 10, 30), at(0, 11, 15), {"location": "Kitchen table"}),
        ("Piano lesson", at(0, 17, 0), at(0, 17, 45), {}),
        ("Dentist", at(1, 15, 0), at(1, 16, 0), {}),
        ("Book club", at(3, 19, 30), at(3, 21, 0), {"location": "Library"}),
    ):
        params = dict(extra, summary=summary)
        if start is not None and end is not None:
            params.update(start_date_time=start, end_date_time=end)
        await calendar.call("create_event", [], params)
    add = router.reminders.store.add
    plants = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(7, 0), tzinfo=tz)
    for message, due, rule in (
        ("Call the plumber about the boiler", now - dt.timedelta(seconds=20), None),
        ("Check the oven", now + dt.timedelta(minutes=20), None),
        ("Water the plants", plants, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
    ):
        await asyncio.to_thread(add, message, due, rrule=rule, tz_name=tz.key)


def _dark_palette(palette_cls: Any, color_cls: Any, qt: Any) -> Any:
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
