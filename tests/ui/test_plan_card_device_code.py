"""The plan card and the bridge with an alarm panel or lock that keeps its own code: the step
says "needs Home Alarm's code", approving asks for it in a password field on the card (after
the high-risk confirmation), the code goes to the bridge once and the card keeps none; the
bridge sends it with that call only. A panel without a code format asks nothing more."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.assistant import Outcome
from app.bootstrap import demo_home_source
from app.core.home import Home
from app.core.results import StepStatus
from app.policy import risk as policy
from app.understanding import Planner
from integrations.virtual_home import VirtualHome
from tests.helpers.keyring_session import files_containing
from tests.ui.test_plan_card import shown
from ui.bridge import AssistantBridge, Request
from ui.plan_card import PlanCard

ALARM = "alarm_control_panel.home_alarm"
CODE = "615273"
ENTER = Qt.Key.Key_Return


def _coded(home: Home, state: str = "disarmed") -> Home:
    """*home* with its alarm panel needing its number code to arm too."""
    panel = home.entities[ALARM]
    panel.attributes["code_arm_required"] = True
    panel.state = state
    return home


def _request(home: Home, text: str) -> Request:
    plan = Planner(home).plan(text, area="living_room")
    assert plan.steps, plan.reply
    before = {t: {"state": home.entities[t].state, "attributes": {}} for t in plan.steps[0].targets}
    return Request(1, Outcome(plan, None), policy.plan_decisions(plan, home=home), "gui", before)


def test_arming_asks_for_the_code_in_a_password_field(qtbot: QtBot, tmp_path: Path) -> None:
    home = _coded(Home.load(demo_home_source()))
    card = shown(qtbot, PlanCard(_request(home, "arm the alarm"), home))
    (row,) = card.rows
    assert row.code.isVisible() and row.code.text() == "needs Home Alarm's code"
    with qtbot.assertNotEmitted(card.approve_requested):
        QTest.keyClick(card, ENTER)
    assert card.state == "code" and card.code_ask.isVisible()
    assert card.code_ask.field.echoMode() is QLineEdit.EchoMode.Password
    assert QApplication.focusWidget() is card.code_ask.field
    assert "needs Home Alarm's own code" in card.code_ask.question.text()
    assert not card.code_ask.use_button.isEnabled()  # nothing typed yet
    card.resize(640, card.sizeHint().height())
    QTest.keyClicks(card.code_ask.field, CODE)
    assert card.grab().save(str(tmp_path / "device-code.png"))
    with qtbot.waitSignal(card.approve_requested) as approved:
        QTest.keyClick(card.code_ask.field, ENTER)
    assert approved.args == [{0}, set()]
    assert card.take_codes() == {0: CODE}
    assert card.take_codes() == {}  # handed on once: the card keeps none
    assert card.code_ask.field.text() == "" and not card.code_ask.isVisible()
    assert card.state == "running"


def test_escape_skips_the_step_that_needs_a_code(qtbot: QtBot) -> None:
    home = _coded(Home.load(demo_home_source()))
    card = shown(qtbot, PlanCard(_request(home, "arm the alarm"), home))
    QTest.keyClick(card, ENTER)
    QTest.keyClicks(card.code_ask.field, "12")
    with (
        qtbot.waitSignal(card.cancel_requested),
        qtbot.assertNotEmitted(card.approve_requested),
    ):
        QTest.keyClick(card, Qt.Key.Key_Escape)
    assert card.state == "cancelled" and card.take_codes() == {}
    assert card.code_ask.field.text() == ""


def test_disarm_is_confirmed_first_then_asks_for_the_code(qtbot: QtBot) -> None:
    home = _coded(Home.load(demo_home_source()), "armed_away")
    card = shown(qtbot, PlanCard(_request(home, "disarm the alarm"), home))
    QTest.keyClick(card, ENTER)
    assert card.state == "confirming" and not card.code_ask.isVisible()
    card.confirm.confirm_button.click()
    assert card.state == "code" and card.code_ask.isVisible()
    QTest.keyClicks(card.code_ask.field, CODE)
    with qtbot.waitSignal(card.approve_requested) as approved:
        card.code_ask.use_button.click()
    assert approved.args == [{0}, {0}]
    assert card.take_codes() == {0: CODE}


def test_a_panel_without_a_code_to_arm_asks_nothing_more(qtbot: QtBot) -> None:
    home = Home.load(demo_home_source())  # the demo panel: code_arm_required false
    card = shown(qtbot, PlanCard(_request(home, "arm the alarm"), home))
    assert not card.rows[0].code.isVisible()
    with qtbot.waitSignal(card.approve_requested) as approved:
        QTest.keyClick(card, ENTER)
    assert approved.args == [{0}, set()] and card.take_codes() == {}


@pytest.fixture
def coded_bridge(demo_bridge: AssistantBridge, virtual_home: VirtualHome) -> AssistantBridge:
    assert demo_bridge.assistant is not None
    _coded(virtual_home.home)
    _coded(demo_bridge.assistant.home)
    return demo_bridge


def test_the_bridge_sends_the_code_with_the_call_only(
    qtbot: QtBot,
    coded_bridge: AssistantBridge,
    virtual_home: VirtualHome,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with qtbot.waitSignal(coded_bridge.planned) as planned:
        coded_bridge.submit("arm the alarm")
    request: Request = planned.args[0]
    assert request.decisions[0].code_for == ALARM and not request.running  # it waits
    with qtbot.waitSignal(coded_bridge.finished, timeout=10_000):
        coded_bridge.approve(request.key, {0}, set())  # approved without the code
    assert [r.status for r in request.outcome.results] == [StepStatus.SKIPPED]
    assert virtual_home.calls == []

    with qtbot.waitSignal(coded_bridge.planned) as planned:
        coded_bridge.submit("arm the alarm")
    request = planned.args[0]
    with qtbot.waitSignal(coded_bridge.finished, timeout=10_000):
        coded_bridge.approve(request.key, {0}, set(), codes={0: CODE})
    assert request.outcome.results[0].ok, request.outcome.results[0].reason
    assert virtual_home.home.entities[ALARM].state.startswith("armed_")
    assert [data for _, _, data in virtual_home.calls] == [{"code": CODE}]
    assert CODE not in repr(request.plan) and CODE not in repr(request.outcome.results)
    assert files_containing(CODE, tmp_path) == []
    assert not [r for r in caplog.records if CODE in r.getMessage()]
