"""The history view over a real history file: rows, search, outcome filter, run again, export."""

from __future__ import annotations

import csv
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

import app.session.history
from app.assistant import Assistant
from app.bootstrap import demo_home_source
from app.config.settings import Settings
from app.core.home import Home
from app.records.history import RequestRecord
from integrations.virtual_home import VirtualHome
from ui.bridge import AssistantBridge, Request
from ui.conversation import ConversationView
from ui.history_view import HistoryView
from ui.home_view import HomeView

DEMO = demo_home_source()


@pytest.fixture
def view(qtbot: QtBot, demo_bridge: AssistantBridge) -> Iterator[HistoryView]:
    widget = HistoryView(demo_bridge)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: "No requests yet" in widget.status.text())
    yield widget


def texts(view: HistoryView) -> list[str]:
    return [r.text for r in view.shown_records()]


def run(qtbot: QtBot, bridge: AssistantBridge, text: str, *, approve: bool = True) -> Request:
    """Submit *text*; approve (or cancel) it unless it ran by itself; wait until it is done."""
    request = bridge.submit(text)
    assert request is not None
    if request.plan.error is None and not request.done and not request.running:
        if approve:
            with qtbot.waitSignal(bridge.finished, timeout=10_000):
                bridge.approve(request.key, set(range(len(request.plan.steps))), set())
        else:
            bridge.cancel(request.key)
    qtbot.waitUntil(lambda: request.done or request.plan.error is not None, timeout=10_000)
    return request


@pytest.fixture
def filled(qtbot: QtBot, view: HistoryView, demo_bridge: AssistantBridge) -> HistoryView:
    run(qtbot, demo_bridge, "turn on the desk lamp")
    run(qtbot, demo_bridge, "make me a sandwich")
    run(qtbot, demo_bridge, "unlock the front door", approve=False)
    run(qtbot, demo_bridge, "is the garage door open?")
    run(qtbot, demo_bridge, "dim the sofa lamp to 30 percent")
    qtbot.waitUntil(lambda: len(view.shown_records()) == 5 and not view._refresh_timer.isActive())
    qtbot.waitUntil(lambda: view.shown_records()[0].outcome == "succeeded")
    return view


def test_rows_show_requests_newest_first_with_outcome(filled: HistoryView) -> None:
    view = filled
    assert texts(view) == [
        "dim the sofa lamp to 30 percent",
        "is the garage door open?",
        "unlock the front door",
        "make me a sandwich",
        "turn on the desk lamp",
    ]
    outcomes = [view.proxy.index(r, 2).data() for r in range(5)]
    assert outcomes == ["Succeeded", "Succeeded", "Cancelled", "Not understood", "Succeeded"]
    assert view.proxy.index(4, 3).data() == "Turn on Desk Lamp ✓ Verified"
    assert view.proxy.index(0, 3).data() == "Set Sofa Lamp to 30% ✓ Verified"
    assert view.proxy.index(0, 0).data().startswith("Today ")
    assert view.status.text() == "5 requests"


def test_search_and_outcome_filter(qtbot: QtBot, filled: HistoryView) -> None:
    view = filled
    with qtbot.waitSignal(view.loaded):
        view.search.setText("lamp")
    assert texts(view) == ["dim the sofa lamp to 30 percent", "turn on the desk lamp"]
    with qtbot.waitSignal(view.loaded):
        view.search.setText("100%_")  # LIKE wildcards are searched for as they are
    assert texts(view) == []
    assert view.status.text() == "Nothing matches the search."
    with qtbot.waitSignal(view.loaded):
        view.search.clear()
    view.outcome.setCurrentText("Not understood")
    assert texts(view) == ["make me a sandwich"]
    assert view.status.text() == "1 of 5 requests match the outcome filter"
    view.outcome.setCurrentText("Cancelled")
    assert texts(view) == ["unlock the front door"]
    view.outcome.setCurrentText("Succeeded")
    assert len(texts(view)) == 3
    view.outcome.setCurrentText("Failed")
    assert texts(view) == [] and not view.export_button.isEnabled()
    view.outcome.setCurrentText("All outcomes")
    assert len(texts(view)) == 5


def test_a_request_that_changes_nothing_is_not_shown_as_cancelled(
    qtbot: QtBot, view: HistoryView, demo_bridge: AssistantBridge
) -> None:
    # Typed in the Assistant page, which puts such a plan aside without asking.
    conversation = ConversationView(demo_bridge)
    qtbot.addWidget(conversation)
    with qtbot.waitSignal(demo_bridge.planned) as planned:
        QTest.keyClicks(conversation.command_box, "turn on the sofa lamp")  # it is on
        QTest.keyClick(conversation.command_box, Qt.Key.Key_Return)
    request: Request = planned.args[0]
    qtbot.waitUntil(lambda: request.cancelled, timeout=10_000)
    assert request.outcome.unchanged is not None and not request.outcome.approved
    run(qtbot, demo_bridge, "unlock the front door", approve=False)
    qtbot.waitUntil(lambda: len(view.shown_records()) == 2 and not view._refresh_timer.isActive())
    qtbot.waitUntil(lambda: view.proxy.index(1, 2).data() == "Nothing to change")
    assert view.proxy.index(0, 2).data() == "Cancelled"
    assert not view.proxy.index(1, 2).data(Qt.ItemDataRole.DecorationRole).isNull()
    view.outcome.setCurrentText("Nothing to change")
    assert texts(view) == ["turn on the sofa lamp"]
    view.select_row(0)
    assert "“turn on the sofa lamp” — nothing to change, from window" in view.details.text()
    view.outcome.setCurrentText("Cancelled")
    assert texts(view) == ["unlock the front door"]


def test_run_again_submits_the_same_text(
    qtbot: QtBot, filled: HistoryView, demo_bridge: AssistantBridge
) -> None:
    view = filled
    assert not view.run_again_button.isEnabled()
    view.select_row(4)
    assert view.selected_record() is not None
    assert view.run_again_button.isEnabled()
    assert "turn on the desk lamp" in view.details.text()
    with qtbot.waitSignal(demo_bridge.planned) as planned:
        QTest.mouseClick(view.run_again_button, Qt.MouseButton.LeftButton)
    request: Request = planned.args[0]
    assert request.plan.text == "turn on the desk lamp" and request.source == "history"

    # A double click on a row does the same; the new request then shows up on top.
    qtbot.waitUntil(lambda: len(view.shown_records()) == 6 and not view._refresh_timer.isActive())
    row = texts(view).index("make me a sandwich")
    where = view.table.visualRect(view.proxy.index(row, 1)).center()
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    with qtbot.waitSignal(demo_bridge.planned) as planned:
        QTest.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert planned.args[0].plan.text == "make me a sandwich"
    qtbot.waitUntil(lambda: len(view.shown_records()) == 7)
    assert texts(view)[:2] == ["make me a sandwich", "turn on the desk lamp"]


def test_selection_survives_a_refresh(
    qtbot: QtBot, filled: HistoryView, demo_bridge: AssistantBridge
) -> None:
    view = filled
    view.select_row(2)
    chosen = view.selected_record()
    assert chosen is not None and chosen.text == "unlock the front door"
    with qtbot.waitSignal(view.loaded):
        demo_bridge.submit("turn off the desk lamp")
    selected = view.selected_record()
    assert selected is not None and selected.id == chosen.id


def test_exports_contain_the_shown_rows(qtbot: QtBot, filled: HistoryView, tmp_path: Path) -> None:
    view = filled
    path = tmp_path / "history.csv"
    with qtbot.waitSignal(view.exported) as exported:
        view.export_to(path)
    assert exported.args == [str(path)]
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [r["text"] for r in rows] == texts(view)
    assert [r["outcome"] for r in rows][:3] == ["succeeded", "succeeded", "cancelled"]
    assert rows[-1]["steps"] == "light.turn_on light.desk_lamp: verified"
    assert view.status.text() == f"Exported 5 requests to {path}"

    view.outcome.setCurrentText("Succeeded")
    json_path = tmp_path / "succeeded.json"
    with qtbot.waitSignal(view.exported):
        view.export_to(json_path)
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert [d["text"] for d in data] == texts(view) and len(data) == 3
    assert data[-1]["steps"][0]["action"] == "light.turn_on"
    assert data[-1]["steps"][0]["targets"] == ["light.desk_lamp"]

    with qtbot.waitSignal(view.export_failed):
        view.export_to(tmp_path / "no" / "such" / "folder.csv")
    assert view.status.text().startswith("Export failed: cannot write")


def test_reads_run_off_the_gui_thread_and_changes_are_debounced(
    qtbot: QtBot, view: HistoryView, demo_bridge: AssistantBridge, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = app.session.history.read_history

    def spy(path: Path, limit: int, search: str | None) -> list[RequestRecord]:
        threads.append(threading.current_thread())
        return real(path, limit, search)

    monkeypatch.setattr(app.session.history, "read_history", spy)
    with qtbot.waitSignal(view.loaded):
        for _ in range(10):
            demo_bridge.history_changed.emit()
    qtbot.wait(400)
    assert len(threads) == 1
    assert threads[0] is not threading.main_thread()
    assert view.history_path == Path(str(demo_bridge.assistant.history.path))  # type: ignore[union-attr]


def test_control_plans_from_the_home_view_are_in_history(
    qtbot: QtBot, view: HistoryView, demo_bridge: AssistantBridge
) -> None:
    home_view = HomeView(demo_bridge)
    qtbot.addWidget(home_view)
    assert home_view.select_entity("switch.coffee_machine")
    assert home_view.controls is not None and home_view.controls.power_button is not None
    with qtbot.waitSignal(view.loaded, timeout=5_000):
        home_view.controls.power_button.click()
    (record,) = view.shown_records()
    assert (record.text, record.source) == ("Turn on Coffee Machine", "home view")


def test_keyboard_and_accessible_names(qtbot: QtBot, view: HistoryView) -> None:
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    for widget in view.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(view):
            continue
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text()
        assert name, f"{type(widget).__name__} has no accessible name"


def test_without_a_history_file_it_says_so(qtbot: QtBot, qloop: qasync.QEventLoop) -> None:
    virtual_home = VirtualHome(Home.load(DEMO))

    async def connect() -> Assistant:
        return Assistant(await virtual_home.load_home(), virtual_home, history=None)

    bridge = AssistantBridge(Settings(), connect)
    view = HistoryView(bridge)
    qtbot.addWidget(view)
    with qtbot.waitSignal(bridge.ready, timeout=10_000):
        bridge.start()
    qtbot.waitUntil(lambda: view.status.text() == "History is off: nothing is recorded.")
    assert bridge.assistant is not None
    bridge.assistant.close()


def test_export_opens_in_documents_and_then_where_the_last_export_went(
    qtbot: QtBot,
    demo_bridge: AssistantBridge,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)  # where Hearth was started: never the place to offer
    run(qtbot, demo_bridge, "turn on the desk lamp")
    view = HistoryView(demo_bridge)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: len(view.shown_records()) == 1)

    view.choose_export()
    dialog = view.export_dialog
    assert dialog is not None
    assert Path(dialog.directory().absolutePath()) == home / "Documents"
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    with qtbot.waitSignal(view.exported, timeout=5_000):
        dialog.fileSelected.emit(str(elsewhere / "lamp.csv"))
    dialog.reject()
    assert (elsewhere / "lamp.csv").exists()

    view.choose_export()
    again = view.export_dialog
    assert again is not None and again is not dialog
    assert Path(again.directory().absolutePath()) == elsewhere
    again.reject()


def test_without_a_documents_folder_export_opens_at_home(
    qtbot: QtBot, demo_bridge: AssistantBridge, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.chdir(tmp_path)
    view = HistoryView(demo_bridge)
    qtbot.addWidget(view)
    assert view.export_folder == home
