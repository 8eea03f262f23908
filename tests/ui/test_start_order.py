"""The order of a start: the window is painted first, the planner comes after, off the GUI
thread, and a command typed in between waits visibly and is then planned.

The test starts `hearth --demo` as a fresh Python process (the installed command's code,
:func:`ui.launcher.main`; offscreen Qt; --screenshot: the whole start up to the home ready,
then a quit) with two watchers put in before Hearth is
imported: one notes every module imported from then on with the thread that imported it and
whether the main window had been painted yet; the other notes the window's first paint and
types a command into the command box right after it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.helpers.start_probe import probe_script
from ui.conversation import HELD_NOTE

PLANNER_MODULES = (
    "app.assistant",
    "app.understanding.planner",
    "app.understanding.questions",
    "app.understanding.replies",
    "app.understanding.sentences",
    "app.understanding.temporal",
    "app.understanding.timeparse",
    "app.understanding.vocabulary",
    "hassil",
    "home_assistant_intents",
    "jinja2",
    "unicode_rbnf",
)
"""The planner's own modules and the libraries only it uses (the sentence templates' matcher
and data, the replies' templates, the time grammar)."""

COMMAND = "turn off the kitchen light"

WATCHED_START = """
import gc, json, linecache, sys, threading

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

seen = {"painted": False, "window": None, "typed": None, "collector": {}}
imports = []


class Imports:
    def find_spec(self, name, path=None, target=None):
        if name not in sys.modules:
            imports.append([name, threading.current_thread() is threading.main_thread(),
                            seen["painted"]])
        return None


def type_command():
    window = seen["window"]
    view = window.conversation
    box = view.command_box
    QTest.keyClicks(box, sys.argv[2])
    QTest.keyClick(box, Qt.Key.Key_Return)
    window.bridge.ready.connect(
        lambda _home: seen["collector"].update(
            at_ready=[gc.isenabled(), gc.get_freeze_count()], sources=len(linecache.cache)
        )
    )
    seen["typed"] = {
        "focused": box.hasFocus(),
        "home_ready": window.bridge.assistant is not None,
        "messages": [m.text for m in view.messages()],
    }


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if (
            not seen["painted"]
            and event.type() == QEvent.Type.Paint
            and type(watched).__name__ == "MainWindow"
        ):
            seen["painted"] = True
            seen["window"] = watched
            seen["collector"]["at_paint"] = [gc.isenabled(), gc.get_freeze_count()]
            QTimer.singleShot(0, type_command)
        return False


sys.meta_path.insert(0, Imports())
app = QApplication(sys.argv[:1])
first_paint = FirstPaint()
app.installEventFilter(first_paint)

from ui.launcher import main

status = main(["--demo", "--screenshot", sys.argv[1]])
view = seen["window"].conversation
print(json.dumps({
    "imports": imports,
    "typed": seen["typed"],
    "planned": [card.request.plan.text for card in view.cards.values()],
    "messages": [m.text for m in view.messages()],
    "collector": seen["collector"],
}))
sys.exit(status)
"""


@pytest.fixture(scope="module")
def watched_start(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One watched start, shared by the tests below (each is a few seconds of a 2-core CPU)."""
    tmp_path = tmp_path_factory.mktemp("start")
    shot = tmp_path / "window.png"
    result: dict[str, Any] = probe_script(WATCHED_START, str(shot), COMMAND, folder=tmp_path)
    assert shot.stat().st_size > 0
    return result


def is_planners(name: str) -> bool:
    return any(name == module or name.startswith(module + ".") for module in PLANNER_MODULES)


def test_the_window_is_painted_before_the_planner_loads_off_the_gui_thread(
    watched_start: dict[str, Any],
) -> None:
    imports = watched_start["imports"]
    planners = [(name, on_gui, painted) for name, on_gui, painted in imports if is_planners(name)]
    # The home was loaded and a command planned: every one of the planner's modules came in.
    assert {name for name, _, _ in planners} >= {
        "app.assistant",
        "app.understanding.planner",
        "app.understanding.timeparse",
        "hassil",
        "jinja2",
    }
    on_the_gui_thread = [name for name, on_gui, _ in planners if on_gui]
    assert on_the_gui_thread == []
    before_the_window = [name for name, _, painted in planners if not painted]
    assert before_the_window == []
    # The window's own modules came first, on the GUI thread, before it was painted.
    assert ["ui.main_window", True, False] in imports


def test_the_garbage_collector_waits_for_the_window_and_then_skips_what_lives_on(
    watched_start: dict[str, Any],
) -> None:
    collector = watched_start["collector"]
    # Held until the window was painted (nothing frozen yet) ...
    assert collector["at_paint"] == [False, 0]
    # ... and running once the home is ready, with what start made out of its sight.
    enabled, frozen = collector["at_ready"]
    assert enabled is True
    assert frozen > 100_000
    # The modules' sources Qt for Python read while they were imported are let go.
    assert collector["sources"] < 20


def test_a_command_typed_as_the_window_appears_waits_visibly_and_is_then_planned(
    watched_start: dict[str, Any],
) -> None:
    typed = watched_start["typed"]
    # The keyboard is in the command box at once, and the home is not ready yet.
    assert typed["focused"] is True
    assert typed["home_ready"] is False
    assert typed["messages"] == [COMMAND, HELD_NOTE]
    assert HELD_NOTE.startswith("Getting ready…")
    # Once the home was ready the command was planned (shown as a card, not run unasked),
    # and the note gave way to the card.
    assert watched_start["planned"] == [COMMAND]
    assert watched_start["messages"] == [COMMAND]


WATCHED_FIRST_RUN = """
import json, sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWizard

seen = {"painted": False, "modules": []}


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if not seen["painted"] and event.type() == QEvent.Type.Paint and isinstance(
            watched, QWizard
        ):
            seen["painted"] = True
            seen["modules"] = sorted(sys.modules)
            seen["page"] = watched.currentPage().title()
            QTimer.singleShot(0, watched.reject)
        return False


app = QApplication(sys.argv[:1])
first_paint = FirstPaint()
app.installEventFilter(first_paint)

from ui.launcher import main

status = main([])
print(json.dumps(seen))
sys.exit(status)
"""

ONLY_ONCE_CHOSEN = (
    "app.bootstrap",
    "integrations.calendar",
    "integrations.reminders",
    "integrations.virtual_home",
)
"""What the wizard needs only once the person chose (the demo home's builders)."""


def test_the_first_run_wizard_is_shown_without_the_planner_or_the_homes_builders(
    tmp_path: Path,
) -> None:
    seen = probe_script(WATCHED_FIRST_RUN, folder=tmp_path)  # no settings.toml: a first start
    assert seen["painted"] is True and seen["page"]  # the wizard's first page was drawn
    loaded = set(seen["modules"])
    assert "ui.first_run" in loaded
    # The sentence data's list of languages (its package, without the data) fills the
    # language box; the matcher that reads the sentences stays unloaded.
    listed = {"home_assistant_intents", "home_assistant_intents.languages"}
    chosen_later = [f"{m}." for m in ONLY_ONCE_CHOSEN]
    unwanted = sorted(
        name
        for name in loaded - listed
        if is_planners(name) or name in ONLY_ONCE_CHOSEN or name.startswith(tuple(chosen_later))
    )
    assert unwanted == []
    assert not (tmp_path / "config" / "settings.toml").exists()  # cancelled: nothing saved
