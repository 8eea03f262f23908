"""HomeModel and HistoryModel: structure (Qt's model tester), live updates, history rows; the
columns every model answers the header from."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.bootstrap import demo_home_source
from app.core.home import Area, Entity, Floor, Home, StateChange
from app.records.history import RequestRecord
from ui.agenda_model import AgendaModel
from ui.bridge import AssistantBridge
from ui.models import (
    OTHER_NAME,
    HistoryModel,
    HistoryRole,
    HomeModel,
    HomeRole,
    format_time,
    state_words,
    steps_text,
)

DEMO = demo_home_source()


def names(model: HomeModel, parent: QModelIndex) -> list[str]:
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def child(model: HomeModel, parent: QModelIndex, name: str) -> QModelIndex:
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data() == name:
            return index
    raise AssertionError(f"{name} not under {parent.data()}: {names(model, parent)}")


def test_demo_home_is_floors_areas_entities(qtmodeltester: ModelTester) -> None:
    home = Home.load(DEMO)
    model = HomeModel()
    model.set_home(home)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    root = QModelIndex()
    # Floors by level, then areas on no floor, then the devices in no area.
    assert names(model, root) == ["Downstairs", "Upstairs", "Garden", OTHER_NAME]
    downstairs = child(model, root, "Downstairs")
    assert names(model, downstairs) == [
        "Dining Room",
        "Garage",
        "Hallway",
        "Kitchen",
        "Living Room",
    ]
    office = child(model, child(model, root, "Upstairs"), "Office")
    assert names(model, office) == ["Desk Lamp", "Office Fan"]
    assert office.siblingAtColumn(HomeModel.STATE).data() == "2 devices"
    lamp = model.index_of("light.desk_lamp")
    assert lamp.parent() == office
    assert lamp.siblingAtColumn(HomeModel.STATE).data() == "off"
    assert lamp.data(HomeRole.PLACE) == "Office, Upstairs"
    assert lamp.data(HomeRole.KIND) == "entity" and office.data(HomeRole.KIND) == "area"
    assert isinstance(lamp.data(HomeRole.ENTITY), Entity)
    other = child(model, root, OTHER_NAME)
    assert "Guest Mode" in names(model, other) and "Weather" in names(model, other)
    assert model.entity_count() == len(home.entities)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "State"


def test_a_state_change_updates_one_row(qtbot: QtBot) -> None:
    home = Home.load(DEMO)
    model = HomeModel()
    model.set_home(home)
    lamp = model.index_of("light.sofa_lamp")
    assert lamp.siblingAtColumn(1).data() == "on at 60%"
    changed: list[tuple[int, int, int]] = []
    model.dataChanged.connect(
        lambda a, b, _roles: changed.append((a.row(), a.column(), b.column()))
    )
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.apply(StateChange("light.sofa_lamp", "on", {"brightness": 51}))
    assert changed == [(lamp.row(), 0, 1)]
    assert lamp.siblingAtColumn(1).data() == "on at 20%"
    assert home.entities["light.sofa_lamp"].attributes["brightness"] == 153  # a copy changed
    with qtbot.assertNotEmitted(model.dataChanged):
        model.apply(StateChange("light.not_here", "on", {}))


def test_bridge_fills_and_updates_the_model(
    qtbot: QtBot, demo_bridge: AssistantBridge, qtmodeltester: ModelTester
) -> None:
    model = HomeModel(demo_bridge)  # built after ready: fills from bridge.home at once
    assert model.entity_count() == len(Home.load(DEMO).entities)
    demo_bridge.state_changed.emit(StateChange("lock.front_door", "unlocked", {}))
    assert model.index_of("lock.front_door").siblingAtColumn(1).data() == "unlocked"
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_hidden_entities_and_odd_areas() -> None:
    home = Home(
        [Floor("up", "Up")],
        [Area("loft", "Loft", floor="up"), Area("shed", "Shed"), Area("empty", "Empty")],
        [
            Entity("light.a", "A", area="loft"),
            Entity("light.b", "B", area="shed"),
            Entity("light.secret", "Secret", area="loft", exposed=False),
            Entity("button.bell", "Bell", state="unknown"),
            Entity("light.gone", "Gone", state="unavailable", area="loft"),
        ],
    )
    model = HomeModel()
    model.set_home(home)
    root = QModelIndex()
    assert names(model, root) == ["Up", "Empty", "Shed", OTHER_NAME]
    up = child(model, root, "Up")
    assert names(model, up) == ["Loft"]
    assert names(model, model.index(0, 0, up)) == ["A", "Gone"]
    assert model.index_of("light.secret").isValid() is False
    assert child(model, root, "Empty").siblingAtColumn(1).data() == "0 devices"
    bell = model.index_of("button.bell")
    assert bell.siblingAtColumn(1).data() == "—"
    gone = model.index_of("light.gone").siblingAtColumn(1)
    assert gone.data() == "unavailable" and gone.data(Qt.ItemDataRole.ForegroundRole) is not None


def test_event_entities_say_when_they_were_used() -> None:
    when = dt.datetime.now(dt.UTC).replace(microsecond=0)
    scene = Entity("scene.x", "X", state=when.isoformat())
    local = when.astimezone()
    words = state_words(scene)
    assert words.startswith("last used ") and words.endswith(f"{local:%H:%M}")
    assert state_words(Entity("light.x", "X", state="on", attributes={"brightness": 255})) == (
        "on at 100%"
    )


def record(id_: int, outcome: str, steps: int = 1) -> RequestRecord:
    return RequestRecord(
        id=id_,
        created_at="2025-03-03T13:03:00.000+00:00",
        text=f"request {id_}",
        source="gui",
        planner="local",
        outcome=outcome,
        reply=None,
        error_code=None,
        steps=[
            {
                "step_index": i,
                "action": "light.turn_on",
                "targets_json": '["light.a"]',
                "status": "verified",
            }
            for i in range(steps)
        ],
        planned=[
            {"action": "light.turn_on", "targets": ["light.a"], "params": {}, "summary": "On"}
            for _ in range(steps)
        ],
    )


def test_history_model_rows(qtmodeltester: ModelTester) -> None:
    model = HistoryModel()
    model.set_records([record(2, "succeeded", 3), record(1, "not_understood", 0)])
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    assert model.rowCount() == 2 and model.columnCount() == 5
    first = model.index(0, HistoryModel.REQUEST)
    assert first.data() == "request 2"
    assert model.index(0, HistoryModel.OUTCOME).data() == "Succeeded"
    assert model.index(1, HistoryModel.OUTCOME).data() == "Not understood"
    assert model.index(1, HistoryModel.OUTCOME).data(HistoryRole.OUTCOME) == "not_understood"
    assert model.index(0, HistoryModel.STEPS).data() == (
        "Turn on light.a ✓ Verified, Turn on light.a ✓ Verified (+1 more)"
    )
    assert model.index(1, HistoryModel.STEPS).data() == "—"
    assert model.index(0, HistoryModel.WHEN).data(HistoryRole.SORT) == 2
    assert model.index(0, 0).data(HistoryRole.RECORD).id == 2
    assert model.row_of(1) == 1 and model.row_of(99) == -1
    named = Home.from_dict({"entities": [{"entity_id": "light.a", "name": "Lamp A"}]})
    assert steps_text(record(3, "failed", 1), named) == "Turn on Lamp A ✓ Verified"


def test_a_request_whose_every_step_was_skipped_ran_nothing(qtbot: QtBot) -> None:
    """Found by hand: "unlock the front door" with the PIN not given showed "Partly done" (and
    a warning) in History while its card said "Nothing ran."."""
    skipped = record(1, "partial")
    skipped.steps[0]["status"] = "skipped"
    half = record(2, "partial", 2)
    half.steps[1]["status"] = "skipped"
    model = HistoryModel()
    model.set_records([skipped, half])
    assert model.index(0, HistoryModel.OUTCOME).data() == "Not run"
    assert model.index(1, HistoryModel.OUTCOME).data() == "Partly done"
    assert model.index(0, HistoryModel.OUTCOME).data(HistoryRole.OUTCOME) == "partial"


def test_times_read_like_a_person_would_say_them() -> None:
    now = dt.datetime(2025, 3, 3, 18, 0).astimezone()
    assert format_time(now.replace(hour=14, minute=3), now) == "Today 14:03"
    assert format_time(now - dt.timedelta(days=1), now) == "Yesterday 18:00"
    assert format_time(now - dt.timedelta(days=30), now) == "1 Feb 18:00"
    assert format_time(now - dt.timedelta(days=400), now) == "28 Jan 2024 18:00"


def test_the_models_answer_the_header_and_flags_from_their_columns() -> None:
    for model, titles in (
        (HomeModel(), ["Name", "State"]),
        (HistoryModel(), ["When", "Request", "Outcome", "Steps", "Source"]),
        (AgendaModel(), ["When", "What", "Calendar", "Details"]),
    ):
        shown = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(len(titles))]
        assert shown == titles and model.columnCount() == len(titles)
        assert model.headerData(len(titles), Qt.Orientation.Horizontal) is None
        assert model.headerData(0, Qt.Orientation.Vertical) is None
        assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
        assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
        assert model.parent() is None  # QObject.parent(): no owner given
    history = HistoryModel()
    history.set_records([record(1, "succeeded", 1)])
    flags = history.flags(history.index(0, 0))
    assert flags & Qt.ItemFlag.ItemIsSelectable and flags & Qt.ItemFlag.ItemNeverHasChildren
    assert history.index(0, 5) == QModelIndex() and history.index(1, 0) == QModelIndex()
