"""Starting the window: it takes commands before the home has loaded, and what start does not
need stays unloaded.

The laziness tests each start a fresh Python process that builds the window as `hearth --demo`
does (the composition root, the demo home, the planner warmed up) and list the modules loaded
once the home is ready: a module Hearth imports at start again fails them.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.assistant import Assistant
from app.config.settings import Settings
from app.records.history import History
from integrations.virtual_home import VirtualHome
from tests.helpers.processes import ROOT
from tests.helpers.start_probe import probe_script
from tests.ui.test_conversation import show_active
from ui.bridge import AssistantBridge
from ui.conversation import HELD_FAILED, HELD_NOTE, ConversationView
from ui.main_window import PAGE_NAMES, MainWindow

STARTED_APP = """
import json, sys
from ui.app import run

status = run(["--demo", "--screenshot", sys.argv[1]])
print(json.dumps(sorted(sys.modules)))
sys.exit(status)
"""


def modules_after_start(tmp_path: Path) -> set[str]:
    """The modules `hearth --demo` has loaded by the time its window, home loaded, is
    rendered to a PNG (--screenshot: the whole start, tray, notifications and push-to-talk
    included, then a quit)."""
    shot = tmp_path / "window.png"
    modules = probe_script(STARTED_APP, str(shot), folder=tmp_path)
    assert shot.stat().st_size > 0
    return set(modules)


def test_start_leaves_out_what_only_some_homes_and_pages_use(tmp_path: Path) -> None:
    loaded = modules_after_start(tmp_path)
    # The home was loaded and planned on: the planner and the window are there.
    assert {"app.understanding.planner", "ui.main_window", "ui.tray"} <= loaded
    unused = {
        # A CalDAV account's client and its HTTP stack: only with an account in Settings.
        "caldav",
        "integrations.calendar.dav",
        "niquests",
        # Home Assistant's client: only for a home on Home Assistant (not the demo's), and
        # never for the About box's question of which version it is.
        "homeassistant_api",
        "integrations.homeassistant.adapter",
        # The microphone and the sound cues: only once push-to-talk is used.
        "PySide6.QtMultimedia",
        # The language model's client: only once it plans.
        "openai",
        # The pages nobody opened, and what only they use: made when first shown.
        "ui.settings_view",
        "ui.llm_settings",
        "ui.safety_settings",
        "ui.voice_settings",
        "ui.history_view",
        "ui.agenda_view",
        "ui.agenda_model",
        # The first-run wizard: only on a first start.
        "ui.first_run",
        # iCalendar: only once the local calendar file is read or written.
        "icalendar",
        "recurring_ical_events",
    }
    assert not unused & loaded, sorted(unused & loaded)


def test_hearths_own_data_files_are_read_with_libyaml() -> None:
    import yaml

    from app.core import files

    assert yaml.__with_libyaml__  # the venv and the bundle have PyYAML's C parser
    assert files.load_own_yaml("a: [1, {b: c}]\n") == {"a": [1, {"b": "c"}]}
    assert files._OWN_DATA_LOADER is yaml.CSafeLoader
    # A home's YAML too: libyaml scans and parses, Python composes (counting the depth).
    assert files._CParser is not None and files._CParser in files._BoundedLoader.__mro__
    home = (ROOT / "resources" / "homes" / "demo.yaml").read_text(encoding="utf-8")
    assert files.parse_yaml(home) == yaml.safe_load(home)
    for deep in ("a: " + "[" * 70 + "]" * 70, "a: " + "[" * 5000 + "]" * 5000):
        try:
            files.parse_yaml(deep)
        except yaml.composer.ComposerError as err:
            assert err.problem == f"nested deeper than {files.MAX_DEPTH} levels"
        else:
            raise AssertionError("a document nested too deep was read")
    # Still the safe subset: no Python objects from a file.
    try:
        files.load_own_yaml("!!python/object/apply:os.getcwd []")
    except yaml.constructor.ConstructorError:
        pass
    else:
        raise AssertionError("a Python tag was constructed")


def _gated_bridge(
    settings: Settings, virtual_home: VirtualHome, tmp_path: Path, gate: asyncio.Event
) -> AssistantBridge:
    """A bridge whose home loads only once *gate* is set (as a slow first start would)."""

    async def connect() -> Assistant:
        await gate.wait()
        home = await virtual_home.load_home()
        return Assistant(
            home, virtual_home, area=settings.area, history=History(tmp_path / "h.sqlite3")
        )

    return AssistantBridge(settings, connect)


def test_a_command_typed_while_the_home_loads_runs_once_it_is_ready(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    virtual_home: VirtualHome,
    settings: Settings,
    tmp_path: Path,
) -> None:
    gate = asyncio.Event()
    bridge = _gated_bridge(settings, virtual_home, tmp_path, gate)
    view = ConversationView(bridge)
    qtbot.addWidget(view)
    view.show()
    bridge.start()
    qtbot.wait(50)
    assert bridge.assistant is None
    view.command_box.setFocus()
    QTest.keyClicks(view.command_box, "turn on the desk lamp")
    QTest.keyClick(view.command_box, Qt.Key.Key_Return)
    assert [m.text for m in view.messages()] == ["turn on the desk lamp", HELD_NOTE]
    assert view.cards == {} and view.command_box.text() == ""

    with qtbot.waitSignal(bridge.ready, timeout=10_000):
        gate.set()
    qtbot.waitUntil(lambda: len(view.cards) == 1)
    (card,) = view.cards.values()
    assert card.request.plan.text == "turn on the desk lamp"
    # The card takes the note's place: the text once, no promise left behind.
    assert [m.text for m in view.messages()] == ["turn on the desk lamp"]
    assert view.held == []
    assert virtual_home.calls == []  # planned and shown, never run unasked
    assert bridge.assistant is not None
    bridge.assistant.close()


def test_a_command_held_while_the_home_fails_to_load_says_it_was_not_done(
    qtbot: QtBot, qloop: qasync.QEventLoop, settings: Settings
) -> None:
    gate = asyncio.Event()

    async def connect() -> Assistant:
        await gate.wait()
        raise OSError("no such home file")

    bridge = AssistantBridge(settings, connect)
    view = ConversationView(bridge)
    qtbot.addWidget(view)
    bridge.start()
    qtbot.wait(50)
    view.command_box.setText("turn on the desk lamp")
    view.command_box.submit()
    assert [m.text for m in view.messages()] == ["turn on the desk lamp", HELD_NOTE]
    with qtbot.waitSignal(bridge.connection_failed, timeout=10_000):
        gate.set()
    assert [m.text for m in view.messages()] == ["turn on the desk lamp", HELD_FAILED]
    assert view.held == [] and view.cards == {}


def test_pages_are_made_when_first_shown_and_then_kept(
    qtbot: QtBot, demo_bridge: AssistantBridge, tmp_path: Path
) -> None:
    window = MainWindow(demo_bridge, state_path=tmp_path / "window.json")
    qtbot.addWidget(window)
    made: list[QWidget] = []
    window.when_built("settings", made.append)
    show_active(qtbot, window)
    assert [name for name in PAGE_NAMES if window.is_built(name)] == ["chat", "home"]
    assert made == []

    box = window.conversation.command_box
    QTest.keyClick(box, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # Settings
    assert window.is_built("settings")
    page = window.settings_page
    assert made == [page]
    assert window.pages.currentWidget() is page
    assert window.pages.indexOf(page) == PAGE_NAMES.index("settings") == window.nav.currentRow()
    assert window.pages.count() == len(PAGE_NAMES)
    # Made after the home loaded: its areas are the home's all the same.
    assert page.area.count() > 1
    window.show_page(0)
    QTest.keyClick(box, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.settings_page is page and made == [page]  # kept, not made again
    assert window.pages.currentWidget() is page
    window.show_page(0)
    later: list[QWidget] = []
    window.when_built("settings", later.append)
    assert later == [page]

    # Asked for by name (the tray's "Agenda…"), a page is made in its place in the stack.
    agenda = window.agenda_view
    assert window.pages.indexOf(agenda) == PAGE_NAMES.index("agenda")
    assert window.pages.currentWidget() is window.conversation
    assert not window.is_built("history")
