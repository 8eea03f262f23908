"""The benchmarks apply a plan whose step needs an alarm panel's or lock's own code as a person
would: asked (the plan counts as asking), run with a code that fits the device's
``code_format`` only on a ``confirm`` line, not run on any other; a panel without a code format
is applied as before."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from app.core.home import Home
from benchmarks.accuracy import apply_plan, fitting_code
from integrations.virtual_home import VirtualHome
from tests.helpers.small_homes import core_entity, device, home


def _home() -> Home:
    return home(
        {"hall": "Hall"},
        [
            device(
                "alarm_control_panel.house",
                "House Alarm",
                "disarmed",
                "hall",
                code_format="number",
                code_arm_required=True,
                supported_features=63,
            ),
            device(
                "alarm_control_panel.shed", "Shed Alarm", "disarmed", "hall", supported_features=63
            ),
            device("lock.gate", "Gate Lock", "locked", "hall", code_format=r"^[a-z]{4}$"),
        ],
    )


def _plan(action: str, target: str) -> dict[str, Any]:
    return {
        "steps": [{"action": action, "targets": [target], "params": {}}],
        "needs_confirmation": False,
    }


@pytest.mark.parametrize(
    ("form", "fits"),
    [("number", "4826"), ("text", "4826"), (r"^\d{6}$", "482615"), (r"^[a-z]{4}$", "abcd")],
)
def test_a_code_that_fits_the_format(form: str, fits: str) -> None:
    entity = core_entity("lock.x", "X", code_format=form)
    assert fitting_code(entity) == fits
    assert fitting_code(core_entity("lock.y", "Y", code_format=r"^Z+$")) is None


def test_a_confirmed_line_runs_with_the_code_and_any_other_line_is_asked() -> None:
    virtual = VirtualHome(_home())
    plan = _plan("alarm_control_panel.alarm_arm_away", "alarm_control_panel.house")
    errors, ran = asyncio.run(apply_plan(virtual, plan))
    assert (errors, ran) == ([], False) and plan["needs_confirmation"] is True
    assert virtual.home.entities["alarm_control_panel.house"].state == "disarmed"
    errors, ran = asyncio.run(apply_plan(virtual, plan, confirm=True))
    assert (errors, ran) == ([], True)
    assert virtual.home.entities["alarm_control_panel.house"].state == "armed_away"
    assert virtual.calls[-1][2] == {"code": "4826"}
    lock = _plan("lock.unlock", "lock.gate")
    assert asyncio.run(apply_plan(virtual, lock, confirm=True)) == ([], True)
    assert virtual.home.entities["lock.gate"].state == "unlocked"


def test_a_panel_without_a_code_format_is_applied_as_before() -> None:
    virtual = VirtualHome(_home())
    plan = _plan("alarm_control_panel.alarm_arm_away", "alarm_control_panel.shed")
    assert asyncio.run(apply_plan(virtual, plan)) == ([], True)
    assert plan["needs_confirmation"] is False
    assert virtual.calls[-1][2] == {}
