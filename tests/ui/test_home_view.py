"""The home view on the demo home: tree, live updates, controls through plans, filter, speed."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QWidget
from pytestqt.qtbot import QtBot

from app.assistant import Assistant
from app.bootstrap import demo_home_source
from app.config.settings import Settings
from app.core.home import Area, Entity, Floor, Home, StateChange
from app.core.plan import Risk
from app.core.results import StepStatus
from app.policy.risk import Decision
from app.records.history import History
from integrations.homeassistant import HomeAssistantAdapter
from integrations.virtual_home import VirtualHome
from tests.helpers.ha_server import HomeAssistantServer
from ui.bridge import AssistantBridge, Request
from ui.conversation import ConversationView
from ui.home_view import SOURCE, HomeView
from ui.models import HomeModel, HomeRole

DEMO = demo_home_source()
LOADED = 30_000
"""How long a test waits for a condition that comes within a second on an idle machine (ms):
long enough for a CI worker sharing its cores, and only ever spent when the test would fail."""


@pytest.fixture
def view(qtbot: QtBot, demo_bridge: AssistantBridge) -> Iterator[HomeView]:
    widget = HomeView(demo_bridge)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def shown(view: HomeView, parent: QModelIndex | None = None) -> list[QModelIndex]:
    """Every row the tree shows (through the filter), depth first."""
    parent = parent or QModelIndex()
    rows = []
    for row in range(view.proxy.rowCount(parent)):
        index = view.proxy.index(row, 0, parent)
        rows.append(index)
        rows.extend(shown(view, index))
    return rows


def shown_entities(view: HomeView) -> list[str]:
    return [i.data(HomeRole.ENTITY_ID) for i in shown(view) if i.data(HomeRole.ENTITY_ID)]


def state_text(view: HomeView, entity_id: str) -> str:
    return str(view.model.index_of(entity_id, HomeModel.STATE).data())


def select(view: HomeView, entity_id: str) -> None:
    assert view.select_entity(entity_id), entity_id
    assert view.panel.entity_id == entity_id


def test_tree_shows_every_area_and_entity(view: HomeView, demo_bridge: AssistantBridge) -> None:
    home = demo_bridge.home
    assert home is not None
    rows = shown(view)
    areas = {i.data() for i in rows if i.data(HomeRole.KIND) == "area"}
    assert areas == {a.name for a in home.areas.values()} | {"Other"}
    assert sorted(shown_entities(view)) == sorted(home.entities)
    assert view.count.text() == f"{len(home.entities)} devices"
    assert all(view.tree.isExpanded(i) for i in rows if view.proxy.hasChildren(i))


def test_a_live_update_changes_only_that_row_and_keeps_the_selection(
    qtbot: QtBot, view: HomeView, virtual_home: VirtualHome
) -> None:
    select(view, "light.desk_lamp")
    assert view.controls is not None and view.controls.power_button is not None
    assert view.controls.power_button.text() == "Turn on"
    with qtbot.assertNotEmitted(view.model.modelReset):
        task = asyncio.ensure_future(
            virtual_home.call_service(
                "light", "turn_on", ["light.desk_lamp"], {"brightness_pct": 50}
            )
        )
        qtbot.waitUntil(lambda: state_text(view, "light.desk_lamp") == "on at 50%")
    assert task.done() and task.exception() is None
    assert view.tree.currentIndex().data(HomeRole.ENTITY_ID) == "light.desk_lamp"
    assert view.panel.state.text() == "On at 50%"
    assert view.controls.power_button.text() == "Turn off"
    assert view.controls.brightness is not None
    assert view.controls.brightness.slider.value() == 50


def test_a_state_change_signal_updates_the_row(
    view: HomeView, demo_bridge: AssistantBridge
) -> None:
    demo_bridge.state_changed.emit(StateChange("cover.garage_door", "open", {}))
    assert state_text(view, "cover.garage_door") == "open"


def row_texts(view: HomeView, entity_id: str) -> list[str]:
    """Every text the row's state column shows from now on, in order: a word beside the state
    (" · done") leaves after ROW_STATUS_MS, which a slow machine may spend before a check."""
    seen = [state_text(view, entity_id)]

    def changed() -> None:
        text = state_text(view, entity_id)
        if text != seen[-1]:
            seen.append(text)

    view.model.dataChanged.connect(changed)
    return seen


def test_the_desk_lamp_toggle_acts_at_once_and_undo_puts_it_back(
    qtbot: QtBot, view: HomeView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    assert not demo_bridge.settings.auto_run_low_risk  # the click is the approval
    select(view, "light.desk_lamp")
    controls = view.controls
    assert controls is not None and controls.power_button is not None
    row = row_texts(view, "light.desk_lamp")
    with qtbot.waitSignal(demo_bridge.planned, timeout=LOADED) as planned:
        QTest.mouseClick(controls.power_button, Qt.MouseButton.LeftButton)
    request: Request = planned.args[0]
    assert request.source == SOURCE
    (step,) = request.plan.steps
    assert (step.action, step.targets, step.risk) == (
        "light.turn_on",
        ["light.desk_lamp"],
        Risk.LOW,
    )
    assert request.running and request.approved_by == "home view"
    assert view.model.activity("light.desk_lamp") == "running…"
    assert view.panel.feedback.text() == "Running: Turn on Desk Lamp…"
    assert not view.panel.undo_button.isVisibleTo(view)

    qtbot.waitUntil(lambda: request.done, timeout=LOADED)
    assert virtual_home.calls == [("light.turn_on", ["light.desk_lamp"], {})]
    assert [r.status for r in request.outcome.results] == [StepStatus.VERIFIED]
    assert virtual_home.home.entities["light.desk_lamp"].state == "on"
    # Inline on the row, once the new state is shown (the word leaves after a while).
    qtbot.waitUntil(lambda: any(text.endswith(" · done") for text in row), timeout=LOADED)
    on = next(text for text in row if text.endswith(" · done"))
    assert on.startswith("on")
    assert view.panel.state.text().startswith("On")  # the panel keeps the state alone
    assert controls.power_button.text() == "Turn off"
    assert view.panel.feedback.text() == "Done: Turn on Desk Lamp."
    assert view.panel.undo_button.isVisibleTo(view)

    # The same records as an approved plan: history and the audit trail.
    assistant = demo_bridge.assistant
    assert assistant is not None and assistant.history is not None and assistant.audit
    history = assistant.history
    qtbot.waitUntil(lambda: history.recent(1)[0].outcome != "planned", timeout=LOADED)
    record = history.recent(1)[0]
    assert (record.text, record.source, record.outcome) == (
        "Turn on Desk Lamp",
        SOURCE,
        "succeeded",
    )
    assert record.steps[0]["status"] == "verified"
    approved_by = assistant.history.connection.execute(
        "SELECT approved_by FROM decisions WHERE request_id = ?", (record.id,)
    ).fetchall()
    assert [row[0] for row in approved_by] == ["home view"]
    kinds = [r.kind for r in assistant.audit.records(request.outcome.request_id)]
    assert kinds == ["utterance", "plan", "decision", "intent", "execution", "outcome"]
    (decision,) = [
        r.payload
        for r in assistant.audit.records(request.outcome.request_id)
        if r.kind == "decision"
    ]
    assert decision["by"] == "home view"

    # Undo: the bridge's undo, a low-risk plan of its own that runs on the click.
    with qtbot.waitSignal(demo_bridge.planned, timeout=LOADED) as planned_undo:
        QTest.mouseClick(view.panel.undo_button, Qt.MouseButton.LeftButton)
    undo: Request = planned_undo.args[0]
    assert undo.undo_of == request.key and undo.source == "undo"
    assert not view.panel.undo_button.isVisibleTo(view)
    assert view.model.activity("light.desk_lamp") == "putting back…"
    qtbot.waitUntil(lambda: undo.done, timeout=LOADED)
    assert virtual_home.calls[-1] == ("light.turn_off", ["light.desk_lamp"], {})
    assert virtual_home.home.entities["light.desk_lamp"].state == "off"
    qtbot.waitUntil(lambda: "off · put back" in row, timeout=LOADED)
    assert row.index("off · put back") > row.index(on)
    assert view.panel.feedback.text() == "Put back what “Turn on Desk Lamp” changed."
    assert not view.panel.undo_button.isVisibleTo(view)  # an undo is not undone from here
    qtbot.waitUntil(lambda: history.recent(1)[0].source == "undo", timeout=LOADED)
    undo_record = history.recent(1)[0]
    assert undo_record.source == "undo" and undo_record.outcome == "succeeded"

    # The word leaves the row after a while (ROW_STATUS_MS); the state stays.
    qtbot.waitUntil(lambda: state_text(view, "light.desk_lamp") == "off", timeout=LOADED)
    assert row[-2:] == ["off · put back", "off"]


def test_ctrl_z_undoes_the_last_change(
    qtbot: QtBot, view: HomeView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    select(view, "fan.office_fan")
    assert view.controls is not None and view.controls.power_button is not None
    before = virtual_home.home.entities["fan.office_fan"].state
    view.controls.power_button.click()
    qtbot.waitUntil(lambda: view.undo_key is not None, timeout=LOADED)
    assert virtual_home.home.entities["fan.office_fan"].state != before
    view.tree.setFocus()
    with qtbot.waitSignal(demo_bridge.finished, timeout=LOADED):
        QTest.keyClick(view.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert virtual_home.home.entities["fan.office_fan"].state == before


def test_an_undo_from_the_assistant_takes_the_views_undo_away(
    qtbot: QtBot, view: HomeView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    select(view, "media_player.kitchen_speaker")
    assert view.controls is not None and view.controls.volume is not None
    view.controls.volume.slider.setValue(20)
    qtbot.waitUntil(lambda: view.undo_key is not None, timeout=LOADED)
    assert virtual_home.calls[-1][0] == "media_player.volume_set"
    assert view.panel.undo_button.isVisibleTo(view) and view.undo_key is not None
    with qtbot.waitSignal(demo_bridge.finished, timeout=LOADED):
        demo_bridge.undo(view.undo_key)  # as the plan card's Undo does
    assert view.undo_key is None and not view.panel.undo_button.isVisibleTo(view)


def test_unlock_is_high_risk_and_never_runs_without_confirmation(
    qtbot: QtBot, view: HomeView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    demo_bridge.settings.auto_run_low_risk = True  # even so
    select(view, "lock.front_door")
    controls = view.controls
    assert controls is not None and controls.unlock_button is not None
    assert controls.lock_button is not None and not controls.lock_button.isEnabled()  # locked
    with qtbot.waitSignal(demo_bridge.planned) as planned:
        QTest.mouseClick(controls.unlock_button, Qt.MouseButton.LeftButton)
    request: Request = planned.args[0]
    assert request.plan.steps[0].action == "lock.unlock"
    assert request.plan.highest_risk is Risk.HIGH and request.plan.needs_confirmation
    assert request.decisions[0].decision is Decision.PIN
    qtbot.wait(100)
    assert not request.running and virtual_home.calls == []
    assert "confirmation in the Assistant" in view.panel.feedback.text()
    assert state_text(view, "lock.front_door") == "locked · to approve"

    # Approved but not confirmed: the executor still refuses the high-risk step.
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        demo_bridge.approve(request.key, {0}, set())
    assert virtual_home.calls == []
    assert virtual_home.home.entities["lock.front_door"].state == "locked"
    assert view.panel.feedback.text().startswith("Not done: Unlock Front Door (")
    assert state_text(view, "lock.front_door") == "locked · failed"
    assert not view.panel.undo_button.isVisibleTo(view)


def test_a_lock_waits_on_the_assistant_page_even_to_lock(
    qtbot: QtBot, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    """Locking is low risk, but a security device never acts from the list: the plan waits
    on the Assistant page as the card to decide on, and runs once approved there."""
    demo_bridge.settings.auto_run_low_risk = True  # even so
    assistant_page = ConversationView(demo_bridge)
    qtbot.addWidget(assistant_page)
    view = HomeView(demo_bridge)
    qtbot.addWidget(view)
    view.resize(1000, 640)
    view.show()
    unlocking = asyncio.ensure_future(
        virtual_home.call_service("lock", "unlock", ["lock.back_door"], {})
    )
    qtbot.waitUntil(lambda: state_text(view, "lock.back_door") == "unlocked")
    assert unlocking.done() and unlocking.exception() is None
    virtual_home.calls.clear()
    select(view, "lock.back_door")
    assert view.controls is not None and view.controls.lock_button is not None
    with qtbot.waitSignal(demo_bridge.planned) as planned:
        QTest.mouseClick(view.controls.lock_button, Qt.MouseButton.LeftButton)
    request: Request = planned.args[0]
    assert request.plan.steps[0].action == "lock.lock"
    assert request.decisions[0].decision is Decision.RUN  # low risk, yet
    qtbot.wait(100)
    assert request.open and virtual_home.calls == []
    card = assistant_page.pending
    assert card is not None and card.key == request.key  # the Assistant page's waiting plan
    assert "waiting for your approval in the Assistant" in view.panel.feedback.text()

    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        demo_bridge.approve(request.key, {0}, set())
    assert virtual_home.home.entities["lock.back_door"].state == "locked"
    assert view.panel.feedback.text() == "Done: Lock Back Door."


def test_a_garage_door_and_a_scene_wait_too(
    qtbot: QtBot, view: HomeView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    for entity_id, button in (
        ("cover.garage_door", "close_button"),
        ("scene.movie_night", "activate_button"),
    ):
        if entity_id == "cover.garage_door":  # open it first, as someone else might
            opening = asyncio.ensure_future(
                virtual_home.call_service("cover", "open_cover", [entity_id], {})
            )
            qtbot.waitUntil(lambda: state_text(view, "cover.garage_door") == "open")
            assert opening.done() and opening.exception() is None
            virtual_home.calls.clear()
        select(view, entity_id)
        assert view.controls is not None
        widget = getattr(view.controls, button)
        assert isinstance(widget, QAbstractButton) and widget.isEnabled(), entity_id
        with qtbot.waitSignal(demo_bridge.planned) as planned:
            widget.click()
        request: Request = planned.args[0]
        qtbot.wait(100)
        assert request.open, entity_id
        assert view.model.activity(entity_id) == "to approve"
    assert virtual_home.calls == []


def test_low_risk_controls_run_at_once_whatever_the_auto_run_setting(
    qtbot: QtBot, view: HomeView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    for auto_run, entity_id in (
        (True, "switch.coffee_machine"),
        (False, "switch.christmas_lights"),
    ):
        demo_bridge.settings.auto_run_low_risk = auto_run
        select(view, entity_id)
        assert view.controls is not None and view.controls.power_button is not None
        with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
            view.controls.power_button.click()
        assert virtual_home.calls[-1] == ("switch.turn_on", [entity_id], {})
        qtbot.waitUntil(lambda e=entity_id: state_text(view, e) == "on · done")  # type: ignore[misc]
        assert view.panel.feedback.text().startswith("Done: Turn on ")


def test_sliders_and_boxes_make_one_plan_when_they_settle(
    qtbot: QtBot, view: HomeView, demo_bridge: AssistantBridge
) -> None:
    requests: list[Request] = []
    demo_bridge.planned.connect(requests.append)
    select(view, "light.sofa_lamp")
    controls = view.controls
    assert controls is not None and controls.brightness is not None
    slider = controls.brightness.slider
    assert slider.value() == 60
    slider.setFocus()
    for _ in range(3):
        QTest.keyClick(slider, Qt.Key.Key_Left)  # 55, 50, 45: one plan at the end
    assert controls.brightness.value_label.text() == "45%"
    qtbot.waitUntil(lambda: len(requests) == 1)
    qtbot.wait(500)
    assert len(requests) == 1
    assert requests[0].plan.steps[0].params == {"brightness_pct": 45}
    assert requests[0].plan.text == "Set Sofa Lamp to 45%"

    select(view, "climate.living_room")
    controls = view.controls
    assert controls is not None and controls.temperature_box is not None
    assert controls.temperature_box.value() == 21.0
    controls.temperature_box.setValue(22.5)
    QTest.keyClick(controls.temperature_box, Qt.Key.Key_Return)
    assert requests[-1].plan.steps[0].action == "climate.set_temperature"
    assert requests[-1].plan.steps[0].params == {"temperature": 22.5}

    select(view, "cover.living_room_blinds")
    controls = view.controls
    assert controls is not None and controls.close_button is not None
    assert controls.open_button is not None and not controls.open_button.isEnabled()  # 100%
    controls.close_button.click()
    assert requests[-1].plan.steps[0].action == "cover.close_cover"


def test_filter_by_name_alias_or_area(qtbot: QtBot, view: HomeView) -> None:
    view.filter.setText("kitchen")
    view.apply_filter()
    entities = shown_entities(view)
    assert "lock.back_door" in entities  # in the Kitchen area
    assert "media_player.kitchen_speaker" in entities  # by its name
    assert "light.desk_lamp" not in entities
    assert view.count.text() == f"{len(entities)} of 48 devices"
    view.filter.setText("work lamp")  # an alias
    qtbot.waitUntil(lambda: shown_entities(view) == ["light.desk_lamp"])
    names = [i.data() for i in shown(view)]
    assert names == ["Upstairs", "Office", "Desk Lamp"]
    view.filter.setFocus()
    QTest.keyClick(view.filter, Qt.Key.Key_Escape)
    assert view.filter.text() == "" and len(shown_entities(view)) == 48


def test_a_floor_keeps_all_its_devices(view: HomeView) -> None:
    view.filter.setText("upper floor")  # the alias of Upstairs
    view.apply_filter()
    entities = shown_entities(view)
    assert "light.desk_lamp" in entities and "cover.bedroom_curtains" in entities
    assert "light.kitchen_ceiling" not in entities


def test_a_new_home_keeps_the_selected_device(view: HomeView, demo_bridge: AssistantBridge) -> None:
    select(view, "light.desk_lamp")
    reloaded = Home.load(DEMO)
    reloaded.entities["light.desk_lamp"].state = "on"
    demo_bridge.ready.emit(reloaded)  # a reconnect sends the whole home again
    assert view.tree.currentIndex().data(HomeRole.ENTITY_ID) == "light.desk_lamp"
    assert view.panel.entity_id == "light.desk_lamp"
    assert state_text(view, "light.desk_lamp") == "on"


def test_keyboard_reaches_filter_tree_and_controls(qtbot: QtBot, view: HomeView) -> None:
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.tree.setFocus()
    QTest.keyClick(view.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.filter.hasFocus()
    QTest.keyClicks(view.filter, "desk")
    QTest.keyClick(view.filter, Qt.Key.Key_Return)  # on to the first matching device
    assert view.tree.hasFocus()
    assert view.panel.entity_id == "light.desk_lamp"
    QTest.keyClick(view.tree, Qt.Key.Key_Return)  # on to its first control
    assert view.controls is not None
    assert view.controls.power_button is not None and view.controls.power_button.hasFocus()
    QTest.keyClick(view.controls.power_button, Qt.Key.Key_Tab)
    assert view.controls.brightness is not None
    assert view.controls.brightness.slider.hasFocus()


def test_every_control_has_an_accessible_name(view: HomeView, demo_bridge: AssistantBridge) -> None:
    assert demo_bridge.home is not None
    seen = 0
    for entity_id in demo_bridge.home.entities:
        select(view, entity_id)
        for widget in view.findChildren(QWidget):
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(view):
                continue
            if isinstance(widget.parent(), QAbstractSpinBox):
                continue  # the spin box's own line edit: the box is named
            name = widget.accessibleName()
            if not name and isinstance(widget, QAbstractButton):
                name = widget.text()
            assert name, f"{type(widget).__name__} for {entity_id} has no accessible name"
            seen += 1
    assert seen > 100


def big_home(n: int) -> Home:
    floors = [Floor(f"f{i}", f"Floor {i}", level=i) for i in range(5)]
    areas = [Area(f"a{i}", f"Area {i:02d}", floor=f"f{i % 5}") for i in range(50)]
    entities = [
        Entity(
            f"light.l{i:04d}",
            f"Light {i:04d}",
            state="on" if i % 2 else "off",
            attributes={"brightness": 128, "supported_color_modes": ["brightness"]},
            area=f"a{i % 50}" if i % 97 else None,
        )
        for i in range(n)
    ]
    return Home(floors, areas, entities)


def test_five_thousand_entities_are_shown_updated_and_filtered(
    qtbot: QtBot, qapp: object, view: HomeView, demo_bridge: AssistantBridge
) -> None:
    """A big home works the same (its speed is measured by benchmarks/home_view.py)."""
    demo_bridge.ready.emit(big_home(5000))
    view.repaint()
    assert view.model.entity_count() == 5000
    assert view.count.text() == "5000 devices"

    select(view, "light.l0042")
    for i in range(200):
        demo_bridge.state_changed.emit(StateChange(f"light.l{i:04d}", "off", {}))
    assert view.tree.currentIndex().data(HomeRole.ENTITY_ID) == "light.l0042"
    assert view.panel.state.text() == "Off"

    view.filter.setText("light 012")
    view.apply_filter()
    assert len(shown_entities(view)) == 10


@pytest.mark.integration
def test_a_live_update_from_home_assistant_reaches_the_row(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    ha_server: HomeAssistantServer,
) -> None:
    # Name lookups run in the loop's default executor; qasync's own is made of QThreads that
    # would still run when the loop is dropped (Qt aborts then), so use one that is shut down.
    executor = ThreadPoolExecutor(max_workers=2)
    qloop.set_default_executor(executor)
    adapters: list[HomeAssistantAdapter] = []

    async def connect() -> Assistant:
        adapter = HomeAssistantAdapter(ha_server.url, ha_server.token, timeout=10)
        adapters.append(adapter)
        return Assistant(await adapter.load_home(), adapter, history=None)

    bridge = AssistantBridge(Settings(), connect)
    view = HomeView(bridge)
    qtbot.addWidget(view)
    with qtbot.waitSignal(bridge.ready, timeout=30_000):
        bridge.start()
    try:
        assert view.select_entity("light.ceiling_lights")
        assert view.panel.place.text().startswith("Living Room")
        qtbot.waitUntil(lambda: adapters[0].live, timeout=15_000)  # the event stream is up
        before = ha_server.state("light.ceiling_lights")["state"]
        wanted = "off" if before == "on" else "on"
        with qtbot.assertNotEmitted(view.model.modelReset):
            # A change made by someone else (not through Hearth) arrives over the websocket.
            ha_server.api(
                f"/api/services/light/turn_{wanted}", {"entity_id": "light.ceiling_lights"}
            )
            qtbot.waitUntil(
                lambda: state_text(view, "light.ceiling_lights").startswith(wanted), timeout=10_000
            )
        assert view.tree.currentIndex().data(HomeRole.ENTITY_ID) == "light.ceiling_lights"
        assert view.panel.state.text().lower().startswith(wanted)
        assert view.controls is not None and view.controls.power_button is not None
        assert view.controls.power_button.text() == ("Turn off" if wanted == "on" else "Turn on")
    finally:
        ha_server.api("/api/services/light/turn_on", {"entity_id": "light.ceiling_lights"})
        stopping = asyncio.ensure_future(bridge.stop())
        qtbot.waitUntil(stopping.done, timeout=10_000)
        executor.shutdown(wait=True)


@pytest.mark.integration
def test_a_light_switched_in_the_view_changes_home_assistant_and_undo_puts_it_back(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    ha_server: HomeAssistantServer,
    tmp_path: Path,
) -> None:
    executor = ThreadPoolExecutor(max_workers=2)  # see the live update test above
    qloop.set_default_executor(executor)
    history = History(tmp_path / "history.sqlite3")

    async def connect() -> Assistant:
        adapter = HomeAssistantAdapter(ha_server.url, ha_server.token, timeout=10)
        return Assistant(await adapter.load_home(), adapter, history=history)

    bridge = AssistantBridge(Settings(), connect)
    view = HomeView(bridge)
    qtbot.addWidget(view)
    with qtbot.waitSignal(bridge.ready, timeout=30_000):
        bridge.start()
    before = ha_server.state("light.ceiling_lights")["state"]
    wanted = "off" if before == "on" else "on"
    try:
        assert view.select_entity("light.ceiling_lights")
        assert view.controls is not None and view.controls.power_button is not None
        with qtbot.waitSignal(bridge.finished, timeout=15_000) as finished:
            view.controls.power_button.click()
        request: Request = finished.args[0]
        assert request.approved_by == "home view" and request.outcome.ok
        assert ha_server.state("light.ceiling_lights")["state"] == wanted
        assert view.panel.undo_button.isVisibleTo(view)
        with qtbot.waitSignal(bridge.finished, timeout=15_000) as undone:
            view.panel.undo_button.click()
        assert undone.args[0].undo_of == request.key and undone.args[0].outcome.ok
        assert ha_server.state("light.ceiling_lights")["state"] == before
        qtbot.waitUntil(lambda: history.recent(1)[0].source == "undo", timeout=5_000)
        sources = [r.source for r in history.recent(2)]
        assert sources == ["undo", SOURCE]
    finally:
        ha_server.api("/api/services/light/turn_on", {"entity_id": "light.ceiling_lights"})
        stopping = asyncio.ensure_future(bridge.stop())
        qtbot.waitUntil(stopping.done, timeout=10_000)
        executor.shutdown(wait=True)
        history.close()
