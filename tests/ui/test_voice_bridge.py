"""The bridge's rule for spoken commands: one Hearth is not sure it heard right never runs a
state-changing plan unseen, whatever the auto-run setting (and the tray does not run it
either); a question is answered anyway."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.bridge import AssistantBridge
from ui.tray import runs_without_asking

UNSURE = "heard with 42% confidence"


def test_a_sure_spoken_command_auto_runs_like_a_typed_one(
    qtbot: QtBot, demo_bridge: AssistantBridge
) -> None:
    demo_bridge.settings.auto_run_low_risk = True
    with qtbot.waitSignal(demo_bridge.finished, timeout=5_000):
        request = demo_bridge.submit("turn on the sofa lamp", source="voice")
    assert request is not None
    assert request.approved_by == "auto"
    assert not request.plan.corrected
    assert request.notes == []


def test_an_unsure_spoken_command_waits_for_the_person(
    qtbot: QtBot, demo_bridge: AssistantBridge
) -> None:
    demo_bridge.settings.auto_run_low_risk = True
    assert demo_bridge.home is not None
    before = demo_bridge.home.entities["light.sofa_lamp"].state
    request = demo_bridge.submit("turn on the sofa lamp", source="voice", unsure=UNSURE)
    assert request is not None
    qtbot.wait(200)
    assert not request.running and not request.done and request.approved_by is None
    assert request.plan.corrected and request.plan.needs_confirmation
    assert request.notes == [f"I may have misheard you ({UNSURE}): check this before approving."]
    assert not runs_without_asking(request)  # the tray's Listen does not run it either
    assert demo_bridge.home.entities["light.sofa_lamp"].state == before
    # The person approves it: then it runs.
    with qtbot.waitSignal(demo_bridge.finished, timeout=5_000):
        demo_bridge.approve(request.key, {0}, set(), by="gui")
    assert demo_bridge.home.entities["light.sofa_lamp"].state == "on"


def test_an_unsure_question_is_still_answered(qtbot: QtBot, demo_bridge: AssistantBridge) -> None:
    with qtbot.waitSignal(demo_bridge.finished, timeout=5_000):
        request = demo_bridge.submit("is the garage door open", source="voice", unsure=UNSURE)
    assert request is not None
    assert request.plan.read_only and not request.plan.corrected
    assert request.approved_by == "auto"
    assert request.notes == []
