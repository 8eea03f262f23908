"""The plan card and the bridge with an alarm panel or lock that keeps its own code: the step
says "needs Home Alarm's code"; once the plan is approved and Hearth's PIN given (the order the
terminal asks in), the bridge asks for the code in a password field on the card; the code goes
to the bridge once and the card keeps none; the bridge sends it with that call only. A panel
without a code format asks nothing more. The window's own PIN dialog and the card's field are
driven as a person would (a disarm needs both; cancelling either runs nothing)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from app.assistant import Outcome
from app.bootstrap import demo_home_source
from app.config import logsafety
from app.core.home import Home
from app.core.results import StepStatus
from app.policy import pin
from app.policy import risk as policy
from app.understanding import Planner
from integrations.virtual_home import VirtualHome
from tests.helpers.device_codes import alone, logged, written, written_anywhere
from tests.helpers.ha_bridge import bridge_on
from tests.helpers.ha_server import HomeAssistantServer
from tests.helpers.keyring_session import KeyringSession, files_containing
from tests.integration.test_device_code_homeassistant import (  # noqa: F401 - the fixture
    PANEL,
    WRONG,
    armed,
    exposed_panel,
)
from tests.ui.test_conversation import show_active
from tests.ui.test_plan_card import shown
from tests.ui.window_parts import close_window
from ui.bridge import AssistantBridge, Request
from ui.conversation import ConversationView
from ui.main_window import MainWindow
from ui.plan_card import PlanCard

ALARM = "alarm_control_panel.home_alarm"
CODE = "615273"
PIN = "482916"
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


def test_the_card_asks_for_the_code_in_a_password_field_once_approved(
    qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path
) -> None:
    home = _coded(Home.load(demo_home_source()))
    card = shown(qtbot, PlanCard(_request(home, "arm the alarm"), home))
    (row,) = card.rows
    assert row.code.isVisible() and row.code.text() == "needs Home Alarm's code"
    with qtbot.waitSignal(card.approve_requested) as approved:
        QTest.keyClick(card, ENTER)
    assert approved.args == [{0}, set()]  # approved first: the code is asked by the bridge
    assert card.state == "running" and not card.code_ask.isVisible()
    asking = asyncio.ensure_future(card.ask_code(0, "Home Alarm"))
    qtbot.waitUntil(card.code_ask.isVisible)
    assert card.state == "code" and card.awaiting_decision
    assert card.code_ask.field.echoMode() is QLineEdit.EchoMode.Password
    assert QApplication.focusWidget() is card.code_ask.field
    assert "needs Home Alarm's own code" in card.code_ask.question.text()
    assert not card.code_ask.use_button.isEnabled()  # nothing typed yet
    card.resize(640, card.sizeHint().height())
    QTest.keyClicks(card.code_ask.field, CODE)
    assert card.grab().save(str(tmp_path / "device-code.png"))
    QTest.keyClick(card.code_ask.field, ENTER)
    qtbot.waitUntil(asking.done)
    assert asking.result() == CODE
    assert card.code_ask.field.text() == "" and not card.code_ask.isVisible()
    assert card.state == "running" and not card.awaiting_decision
    assert CODE not in repr(vars(card))  # the card keeps nothing of it


def test_escape_skips_the_step_that_needs_a_code(qtbot: QtBot, qloop: qasync.QEventLoop) -> None:
    home = _coded(Home.load(demo_home_source()))
    card = shown(qtbot, PlanCard(_request(home, "arm the alarm"), home))
    QTest.keyClick(card, ENTER)
    asking = asyncio.ensure_future(card.ask_code(0, "Home Alarm"))
    qtbot.waitUntil(card.code_ask.isVisible)
    QTest.keyClicks(card.code_ask.field, "12")
    with qtbot.assertNotEmitted(card.cancel_requested):
        QTest.keyClick(card, Qt.Key.Key_Escape)
        qtbot.waitUntil(asking.done)
    assert asking.result() is None and card.state == "running"
    assert card.code_ask.field.text() == "" and not card.code_ask.isVisible()


def test_a_card_that_ends_while_it_asks_gives_no_code(
    qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    home = _coded(Home.load(demo_home_source()))
    card = shown(qtbot, PlanCard(_request(home, "arm the alarm"), home))
    QTest.keyClick(card, ENTER)
    asking = asyncio.ensure_future(card.ask_code(0, "Home Alarm"))
    qtbot.waitUntil(card.code_ask.isVisible)
    QTest.keyClicks(card.code_ask.field, CODE)
    card.set_cancelled()
    qtbot.waitUntil(asking.done)
    assert asking.result() is None and card.state == "cancelled"
    assert card.code_ask.field.text() == "" and not card.code_ask.isVisible()


def test_disarm_is_confirmed_on_the_card_and_asks_no_code_before_the_pin(qtbot: QtBot) -> None:
    home = _coded(Home.load(demo_home_source()), "armed_away")
    card = shown(qtbot, PlanCard(_request(home, "disarm the alarm"), home))
    QTest.keyClick(card, ENTER)
    assert card.state == "confirming" and not card.code_ask.isVisible()
    with qtbot.waitSignal(card.approve_requested) as approved:
        card.confirm.confirm_button.click()
    assert approved.args == [{0}, {0}]  # on to the bridge, which asks the PIN first
    assert card.state == "running" and not card.code_ask.isVisible()


def test_a_panel_without_a_code_to_arm_asks_nothing_more(qtbot: QtBot) -> None:
    home = Home.load(demo_home_source())  # the demo panel: code_arm_required false
    card = shown(qtbot, PlanCard(_request(home, "arm the alarm"), home))
    assert not card.rows[0].code.isVisible()
    with qtbot.waitSignal(card.approve_requested) as approved:
        QTest.keyClick(card, ENTER)
    assert approved.args == [{0}, set()]
    assert not card.code_ask.isVisible()


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


SHORT = "97"
"""A panel's code may be two digits: too short to be hidden by value, hidden by its key."""


def _records(tmp_path: Path) -> list[Path]:
    """Where the bridge's history and audit trail, the settings and the data are written."""
    return [tmp_path / "history.sqlite3", tmp_path / "config", tmp_path / "data"]


def _assert_recorded_without(qtbot: QtBot, code: str, tmp_path: Path) -> None:
    """The request and its step are in the history and the audit trail, the code nowhere."""
    history = tmp_path / "history.sqlite3"
    qtbot.waitUntil(
        lambda: "alarm_control_panel.alarm_disarm" in written(history).get(history.name, ""),
        timeout=10_000,
    )
    assert 'INSERT INTO "audit_records"' in written(history)[history.name], "no audit record"
    assert written_anywhere(code, *_records(tmp_path)) == []


@pytest.fixture
def armed_bridge(
    coded_bridge: AssistantBridge,
    virtual_home: VirtualHome,
    secret_service: KeyringSession,
    caplog: pytest.LogCaptureFixture,
) -> AssistantBridge:
    """The demo bridge with its alarm panel armed (its code needed to disarm), a PIN set and
    every log line captured at DEBUG through the redaction every entry point installs."""
    assert coded_bridge.assistant is not None
    for home in (virtual_home.home, coded_bridge.assistant.home):
        home.entities[ALARM].state = "armed_away"
    pin.set_pin(PIN)
    caplog.set_level(logging.DEBUG)
    caplog.handler.addFilter(logsafety.RedactingFilter())
    return coded_bridge


@pytest.mark.parametrize(
    ("pin_typed", "code_typed", "asked", "disarmed"),
    [
        (PIN, SHORT, ["pin", "code for Home Alarm"], True),
        (None, SHORT, ["pin"], False),  # the PIN dialog cancelled: no code is asked
        (PIN, None, ["pin", "code for Home Alarm"], False),  # the code skipped
    ],
    ids=["both", "pin-cancelled", "code-skipped"],
)
def test_the_bridge_asks_the_pin_then_the_code_and_keeps_neither(
    qtbot: QtBot,
    armed_bridge: AssistantBridge,
    virtual_home: VirtualHome,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    pin_typed: str | None,
    code_typed: str | None,
    asked: list[str],
    disarmed: bool,
) -> None:
    order: list[str] = []

    async def pin_prompt(what: str) -> str | None:
        order.append("pin")
        return pin_typed

    async def code_prompt(key: int, index: int, device: str) -> str | None:
        order.append(f"code for {device}")
        assert (key, index) == (request.key, 0)
        return code_typed

    armed_bridge.pin_prompt = pin_prompt
    armed_bridge.code_prompt = code_prompt
    with qtbot.waitSignal(armed_bridge.planned) as planned:
        armed_bridge.submit("disarm the alarm")
    request: Request = planned.args[0]
    (decision,) = request.decisions
    assert decision.decision is policy.Decision.PIN and decision.code_for == ALARM
    with qtbot.waitSignal(armed_bridge.finished, timeout=10_000):
        armed_bridge.approve(request.key, {0}, {0})  # the card's second confirmation given
    assert order == asked
    (result,) = request.outcome.results
    if disarmed:
        assert result.status is StepStatus.VERIFIED, result.reason
        assert virtual_home.home.entities[ALARM].state == "disarmed"
        assert virtual_home.calls == [
            ("alarm_control_panel.alarm_disarm", [ALARM], {"code": SHORT})
        ]
    else:
        assert result.status is StepStatus.SKIPPED and result.reason
        assert virtual_home.home.entities[ALARM].state == "armed_away"
        assert virtual_home.calls == []
    assert not alone(SHORT).search(repr(request.plan) + repr(request.outcome.results))
    _assert_recorded_without(qtbot, SHORT, tmp_path)
    assert logged(SHORT, caplog.records) == []


@pytest.fixture
def armed_window(qtbot: QtBot, armed_bridge: AssistantBridge) -> Iterator[MainWindow]:
    window = MainWindow(armed_bridge)
    window.resize(900, 700)
    show_active(qtbot, window)
    yield window
    close_window(window)


def _pin_dialog(qtbot: QtBot) -> QInputDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QInputDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QInputDialog)
    return dialog


@pytest.mark.parametrize("cancel", [None, "pin", "code"])
def test_the_window_asks_hearths_pin_first_then_the_devices_code(
    qtbot: QtBot,
    armed_window: MainWindow,
    armed_bridge: AssistantBridge,
    virtual_home: VirtualHome,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    cancel: str | None,
) -> None:
    """A disarm needs both: the card's second confirmation, then the window's PIN dialog,
    then the card's password field; cancelling either runs nothing."""
    view = armed_window.conversation
    view.command_box.setFocus()
    QTest.keyClicks(view.command_box, "disarm the alarm")
    QTest.keyClick(view.command_box, ENTER)
    qtbot.waitUntil(lambda: len(view.cards) == 1)
    card = next(iter(view.cards.values()))
    qtbot.waitUntil(lambda: card.state == "deciding")
    assert card.rows[0].code.text() == "needs Home Alarm's code"
    QTest.keyClick(card, ENTER)
    assert card.state == "confirming"
    card.confirm.confirm_button.click()
    dialog = _pin_dialog(qtbot)
    assert not card.code_ask.isVisible()  # Hearth's PIN first
    assert dialog.textEchoMode() is QLineEdit.EchoMode.Password
    with qtbot.waitSignal(armed_bridge.finished, timeout=15_000):
        if cancel == "pin":
            dialog.reject()
        else:
            dialog.setTextValue(PIN)
            dialog.accept()
            qtbot.waitUntil(card.code_ask.isVisible)
            assert card.state == "code"
            # The window manager gives the window back its activation when the dialog goes
            # (the offscreen platform does not): the field the card focused has the keys.
            show_active(qtbot, armed_window)
            qtbot.waitUntil(lambda: QApplication.focusWidget() is card.code_ask.field)
            assert "needs Home Alarm's own code" in card.code_ask.question.text()
            if cancel == "code":
                QTest.keyClicks(card.code_ask.field, SHORT)
                QTest.keyClick(card.code_ask.field, Qt.Key.Key_Escape)
            else:
                QTest.keyClicks(card.code_ask.field, SHORT)
                QTest.keyClick(card.code_ask.field, ENTER)
    assert not card.code_ask.isVisible() and card.code_ask.field.text() == ""
    if cancel is None:
        assert card.rows[0].status_text == "✓ Verified"
        assert virtual_home.home.entities[ALARM].state == "disarmed"
        assert virtual_home.calls == [
            ("alarm_control_panel.alarm_disarm", [ALARM], {"code": SHORT})
        ]
    else:
        assert virtual_home.home.entities[ALARM].state == "armed_away"
        assert virtual_home.calls == []
    _assert_recorded_without(qtbot, SHORT, tmp_path)
    assert logged(SHORT, caplog.records) == []


@pytest.fixture
def ha_coded_bridge(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    ha_server: HomeAssistantServer,
    exposed_panel: str,  # noqa: F811 - the fixture imported above
    tmp_path: Path,
    secret_service: KeyringSession,
) -> Iterator[AssistantBridge]:
    """A bridge on the real Home Assistant test server, its demo panel armed and shown to
    Hearth, with a history (and audit trail) file and a PIN set."""
    armed(ha_server)
    pin.set_pin(PIN)

    with bridge_on(qtbot, qloop, ha_server, tmp_path / "history.sqlite3") as bridge:
        yield bridge


@pytest.mark.integration
def test_home_assistant_refusing_a_wrong_code_is_the_steps_failure_in_words(
    qtbot: QtBot,
    ha_coded_bridge: AssistantBridge,
    ha_server: HomeAssistantServer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="homeassistant_api")  # it echoes what it sends
    caplog.handler.addFilter(logsafety.RedactingFilter())
    asked: list[str] = []

    async def pin_prompt(what: str) -> str:
        asked.append("pin")
        return PIN

    ha_coded_bridge.pin_prompt = pin_prompt
    view = ConversationView(ha_coded_bridge)  # its cards ask for the code
    qtbot.addWidget(view)
    show_active(qtbot, view)
    view.command_box.setFocus()
    QTest.keyClicks(view.command_box, "disarm the alarm")
    QTest.keyClick(view.command_box, ENTER)
    qtbot.waitUntil(lambda: len(view.cards) == 1)
    card = next(iter(view.cards.values()))
    qtbot.waitUntil(lambda: card.state == "deciding")
    assert card.rows[0].code.text() == "needs Security's code"
    QTest.keyClick(card, ENTER)
    with qtbot.waitSignal(ha_coded_bridge.finished, timeout=30_000) as finished:
        card.confirm.confirm_button.click()
        qtbot.waitUntil(card.code_ask.isVisible)
        asked.append("code")
        QTest.keyClicks(card.code_ask.field, WRONG)
        QTest.keyClick(card.code_ask.field, ENTER)
    assert asked == ["pin", "code"]
    request: Request = finished.args[0]
    (result,) = request.outcome.results
    assert result.status is StepStatus.FAILED
    assert result.reason == "calling alarm_control_panel.alarm_disarm: Invalid alarm code provided"
    (row,) = card.rows
    assert row.status_text == "✗ Failed" and row.reason.isVisible()
    assert "Invalid alarm code provided" in row.reason.text()  # Home Assistant's own words
    assert "Traceback" not in row.reason.text() and "500" not in row.reason.text()
    assert ha_server.state(PANEL)["state"] == "armed_away"
    qtbot.waitUntil(
        lambda: "Invalid alarm code" in written(tmp_path / "history.sqlite3")["history.sqlite3"],
        timeout=10_000,
    )
    assert written_anywhere(WRONG, *_records(tmp_path)) == []
    assert logged(WRONG, caplog.records) == []
