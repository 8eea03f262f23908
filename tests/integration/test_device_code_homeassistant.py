"""The device's own code against a real Home Assistant 2024.3: the demo's manual alarm panel
("Security", code 1234, needed to arm and to disarm) refuses a wrong code, and Hearth reports
that as the step's failure in Home Assistant's own words; the right code disarms it. A
two-digit code, too short to be hidden by value, reaches no file under the data and config
folders and no log line, even with every logger at DEBUG (the Home Assistant client library
echoes each websocket message it sends there)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.assistant import Assistant
from app.config import logsafety
from app.core.plan import Plan
from app.core.results import Approval, StepStatus
from app.policy import device_code
from app.policy.risk import Decision, StepDecision
from app.records.history import History
from integrations.homeassistant import HomeAssistantAdapter
from tests.helpers.device_codes import logged, written, written_anywhere
from tests.helpers.ha_server import HomeAssistantServer
from tests.integration.test_cli_homeassistant import wait_for_state

pytestmark = pytest.mark.integration

PANEL = "alarm_control_panel.security"
RIGHT = "1234"
"""The demo panel's code (Home Assistant's demo integration sets it)."""
WRONG = "97"


@pytest.fixture
def exposed_panel(ha_server: HomeAssistantServer) -> Iterator[str]:
    """The demo panel shown to Hearth (the demo hides it from Assist), hidden again after."""

    def expose(shown: bool) -> None:
        ha_server.ws(
            {
                "type": "homeassistant/expose_entity",
                "assistants": ["conversation"],
                "entity_ids": [PANEL],
                "should_expose": shown,
            }
        )

    expose(True)
    try:
        yield PANEL
    finally:
        expose(False)


def armed(server: HomeAssistantServer) -> None:
    """The demo panel armed away (its arming time is 5 s), with its own code."""
    if server.state(PANEL)["state"] != "armed_away":
        if server.state(PANEL)["state"] != "disarmed":
            server.api(
                "/api/services/alarm_control_panel/alarm_disarm",
                {"entity_id": PANEL, "code": RIGHT},
            )
            wait_for_state(server, PANEL, "disarmed")
        server.api(
            "/api/services/alarm_control_panel/alarm_arm_away", {"entity_id": PANEL, "code": RIGHT}
        )
    deadline_state = "armed_away"
    for _ in range(2):  # arming, then armed: up to twice the helper's 10 s
        try:
            wait_for_state(server, PANEL, deadline_state)
            return
        except AssertionError:
            continue
    wait_for_state(server, PANEL, deadline_state)


def disarm(server: HomeAssistantServer, code: str, data: Path) -> tuple[list, list[str]]:  # type: ignore[type-arg]
    """Say "disarm the alarm" to Hearth on *server*, approving it with the PIN's confirmation
    and *code*: (the step results, what the decision asked for)."""
    asked: list[str] = []

    async def go() -> list:  # type: ignore[type-arg]
        adapter = HomeAssistantAdapter(server.url, server.token, timeout=10)
        history = History(data / "history.sqlite3")
        try:
            home = await adapter.load_home()
            assistant = Assistant(home, adapter, history=history, audit_key=b"k" * 32)

            async def approve(plan: Plan, decisions: list[StepDecision]) -> Approval:
                (decision,) = decisions
                asked.append(f"{decision.decision.value} + code for {decision.code_device}")
                assert decision.decision is Decision.PIN and decision.code_for == PANEL
                approval = Approval({0}, {0}, by="test")
                device_code.give_code(approval, 0, code)
                return approval

            outcome = await assistant.handle("disarm the alarm", approve, source="test")
            assert outcome.plan.error is None, outcome.plan.reply
            await assistant.aclose()
            assistant.close()
            return outcome.results
        finally:
            await adapter.close()
            history.close()

    return asyncio.run(go()), asked


@pytest.fixture
def every_log_line(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every logger at DEBUG, the Home Assistant client library's too, through the redaction
    every entry point puts on its handlers."""
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="homeassistant_api")
    caplog.handler.addFilter(logsafety.RedactingFilter())
    return caplog


def test_a_wrong_short_code_is_the_steps_failure_in_words_and_nowhere_else(
    ha_server: HomeAssistantServer,
    exposed_panel: str,
    tmp_path: Path,
    every_log_line: pytest.LogCaptureFixture,
) -> None:
    armed(ha_server)
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    (result,), asked = disarm(ha_server, WRONG, data)
    assert asked == ["pin + code for Security"]
    assert result.status is StepStatus.FAILED
    assert result.reason == "calling alarm_control_panel.alarm_disarm: Invalid alarm code provided"
    assert ha_server.state(PANEL)["state"] == "armed_away"
    # The code was sent (the client library logged the message, hidden) ...
    sent = [m for m in (r.getMessage() for r in every_log_line.records) if "alarm_disarm" in m]
    assert any(f"'code': '{logsafety.REDACTED}'" in m for m in sent), sent
    # ... and is in no record, file or log line.
    history = written(data / "history.sqlite3")["history.sqlite3"]
    assert "Invalid alarm code provided" in history and 'INSERT INTO "audit_records"' in history
    assert written_anywhere(WRONG, data, tmp_path / "config") == []
    assert logged(WRONG, every_log_line.records) == []


def test_the_right_code_disarms_the_real_panel(
    ha_server: HomeAssistantServer,
    exposed_panel: str,
    tmp_path: Path,
    every_log_line: pytest.LogCaptureFixture,
) -> None:
    armed(ha_server)
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    (result,), _ = disarm(ha_server, RIGHT, data)
    assert result.status is StepStatus.VERIFIED, result.reason
    assert ha_server.state(PANEL)["state"] == "disarmed"
    assert written_anywhere(RIGHT, data, tmp_path / "config") == []
    assert logged(RIGHT, every_log_line.records) == []
