"""The bridge runs a typed command through the core loop without blocking Qt."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app import pin
from app.executor import StepStatus
from integrations.virtual_home import VirtualHome
from tests.helpers.keyring_session import KeyringSession
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


def _unlock_with(
    qtbot: QtBot, bridge: AssistantBridge, answer: str | None
) -> tuple[Request, list[str]]:
    notices: list[str] = []
    bridge.notice.connect(notices.append)
    bridge.pin_prompt = lambda what: answer
    request = bridge.submit("unlock the front door")
    assert request is not None
    with qtbot.waitSignal(bridge.finished, timeout=10_000):
        bridge.approve(request.key, {0}, {0})  # the card's second confirmation was given
    return request, notices


def test_with_a_pin_set_the_confirmation_alone_does_not_unlock(
    qtbot: QtBot,
    demo_bridge: AssistantBridge,
    virtual_home: VirtualHome,
    secret_service: KeyringSession,
) -> None:
    pin.set_pin("482916")
    _, notices = _unlock_with(qtbot, demo_bridge, "111111")
    assert virtual_home.home.entities["lock.front_door"].state == "locked"
    assert notices and "Wrong PIN" in notices[0]
    _, notices = _unlock_with(qtbot, demo_bridge, None)
    assert virtual_home.home.entities["lock.front_door"].state == "locked"
    _unlock_with(qtbot, demo_bridge, "482916")
    assert virtual_home.home.entities["lock.front_door"].state == "unlocked"


def test_without_a_usable_keyring_security_steps_fail_closed(
    qtbot: QtBot, demo_bridge: AssistantBridge, virtual_home: VirtualHome, no_keyring: object
) -> None:
    _, notices = _unlock_with(qtbot, demo_bridge, "482916")
    assert virtual_home.home.entities["lock.front_door"].state == "locked"
    assert notices and "not run" in notices[0]


def test_guessing_the_pin_locks_out_even_the_right_one(
    qtbot: QtBot,
    demo_bridge: AssistantBridge,
    virtual_home: VirtualHome,
    secret_service: KeyringSession,
) -> None:
    pin.set_pin("482916")
    for guess in range(pin.MAX_FAILURES):
        _, notices = _unlock_with(qtbot, demo_bridge, f"{guess:06d}")
        assert "Wrong PIN" in notices[0]
    _, notices = _unlock_with(qtbot, demo_bridge, "482916")
    assert "too many wrong PINs" in notices[0]
    assert virtual_home.home.entities["lock.front_door"].state == "locked"
    assert not any(call[0] == "lock.unlock" for call in virtual_home.calls)
