"""The bridge runs a typed command through the core loop without blocking Qt."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.executor import StepStatus
from integrations.virtual_home import VirtualHome
from ui.bridge import AssistantBridge, Request


def test_command_is_planned_approved_and_verified(
    qtbot: QtBot, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    with qtbot.waitSignal(demo_bridge.planned) as planned:
        demo_bridge.submit("dim the sofa lamp to 30 percent")
    request: Request = planned.args[0]
    assert [s.action for s in request.plan.steps] == ["light.turn_on"]
    assert request.before["light.sofa_lamp"]["attributes"]["brightness"] == 153
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        demo_bridge.approve(request.key, {0}, set())
    assert [r.status for r in request.outcome.results] == [StepStatus.VERIFIED]
    assert virtual_home.home.entities["light.sofa_lamp"].attributes["brightness"] == 76


def test_cancel_runs_nothing(
    qtbot: QtBot, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    request = demo_bridge.submit("turn on the desk lamp")
    assert request is not None
    with qtbot.waitSignal(demo_bridge.cancelled):
        demo_bridge.cancel(request.key)
    demo_bridge.approve(request.key, {0}, set())  # too late: nothing may run now
    qtbot.wait(100)
    assert virtual_home.calls == []
    assert virtual_home.home.entities["light.desk_lamp"].state == "off"


def test_questions_run_at_once(qtbot: QtBot, demo_bridge: AssistantBridge) -> None:
    with qtbot.waitSignal(demo_bridge.finished, timeout=5_000) as finished:
        demo_bridge.submit("is the garage door open?")
    request: Request = finished.args[0]
    assert request.outcome.reply is not None and "closed" in request.outcome.reply
