"""History's Steps column says each step as its plan card did ("Set Desk Lamp to 30%"), with
the card's status words, in the window's language (again at once after a switch); what the
request itself worded (a question's reading) stays as it was planned."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from app.core.home import Home
from app.records.history import RequestRecord
from tests.helpers.small_homes import entity, home
from ui.models import HistoryModel, status_words, step_words, steps_tooltip
from ui.retranslate import switch_language

HOME = home(
    {"office": "Office"},
    [
        entity("light.desk", "Desk Lamp", "office", "off", brightness=None),
        entity("cover.blinds", "Office Blinds", "office", "open", current_position=100),
    ],
)


Planned = tuple[str, list[str], dict[str, Any], str, str]


def _record(*steps: Planned) -> RequestRecord:
    """A request whose steps are (action, targets, params, planned summary, status)."""
    return RequestRecord(
        id=1,
        created_at="2026-12-06T10:00:00.000+00:00",
        text="…",
        source="gui",
        planner="local",
        outcome="succeeded",
        reply=None,
        error_code=None,
        steps=[
            {
                "step_index": i,
                "action": action,
                "targets_json": f'["{targets[0]}"]' if targets else "[]",
                "status": status,
                "reason": None,
            }
            for i, (action, targets, _p, _s, status) in enumerate(steps)
        ],
        planned=[
            {
                "action": action,
                "targets": targets,
                "params": params,
                "summary": summary,
                "read_only": action == "state.get",
            }
            for action, targets, params, summary, _status in steps
        ],
    )


DIM: Planned = (
    "light.turn_on",
    ["light.desk"],
    {"brightness_pct": 30},
    "Set Desk Lamp to 30%",
    "verified",
)
BLINDS: Planned = (
    "cover.set_cover_position",
    ["cover.blinds"],
    {"position": 40},
    "…",
    "unconfirmed",
)
READ: Planned = ("state.get", ["light.desk"], {}, "Read Desk Lamp", "answered")


def test_steps_are_said_as_the_plan_card_says_them(qtbot: QtBot) -> None:
    record = _record(DIM, BLINDS)
    assert step_words(record, record.steps[0], HOME) == "Set Desk Lamp to 30%"
    assert step_words(record, record.steps[1], HOME) == "Set Office Blinds to 40% open"
    model = HistoryModel()
    model.set_records([record, _record(READ)], HOME)
    assert model.index(0, HistoryModel.STEPS).data() == (
        "Set Desk Lamp to 30% ✓ Verified, Set Office Blinds to 40% open ? Unconfirmed"
    )
    assert model.index(1, HistoryModel.STEPS).data() == "Read Desk Lamp ✓ Answered"
    assert "light.turn_on" not in steps_tooltip(record, HOME)
    assert status_words("unknown") == "? not recorded"


def test_the_steps_follow_a_language_switch(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    model = HistoryModel()
    model.set_records([_record(DIM), _record(READ)], HOME)
    table = QTableView()  # a shown model is said again by the switch
    table.setModel(model)
    qtbot.addWidget(table)
    switch_language(app, "de")
    try:
        assert model.index(0, HistoryModel.STEPS).data() == "Desk Lamp auf 30 % stellen ✓ Bestätigt"
        # the question's own reading, as it was planned; its status in German
        read = model.index(1, HistoryModel.STEPS).data()
        assert read.startswith("Read Desk Lamp ✓ ") and read != "Read Desk Lamp ✓ Answered"
    finally:
        switch_language(app, "en")
    assert model.index(0, HistoryModel.STEPS).data() == "Set Desk Lamp to 30% ✓ Verified"


def test_a_step_without_its_plan_is_said_by_its_action() -> None:
    record = _record(DIM)
    record.planned = []
    assert step_words(record, record.steps[0], HOME) == "light.turn_on"
    record.planned = [{"action": "light.turn_off", "targets": ["light.desk"]}]  # not this step
    assert step_words(record, record.steps[0], Home()) == "light.turn_on"
