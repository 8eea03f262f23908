"""A slow Home Assistant: service calls whose answer (or arrival) is held for 12 s by a real
proxy (tests/helpers/slow_proxy.py) in front of the real Home Assistant 2024.3 test server.

Whatever Hearth's timeout, a call that may have reached the server is sent once, and the
outcome is read from Home Assistant's state, not guessed from the missing answer.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest

from app.config.settings import HomeAssistantSettings, Settings
from app.core.results import Approval, StepResult, StepStatus
from app.execution.executor import Executor
from app.understanding import Planner
from integrations.homeassistant import HomeAssistantAdapter
from tests.helpers.ha_server import HomeAssistantServer
from tests.helpers.processes import run_hearth
from tests.helpers.slow_proxy import SlowProxy

pytestmark = pytest.mark.integration

PAUSE_S = 12.0
STEP_TIMEOUT_S = 3.0


@pytest.fixture
def proxy(ha_server: HomeAssistantServer) -> Iterator[SlowProxy]:
    with SlowProxy(ha_server.port) as proxy:
        yield proxy


def settle(server: HomeAssistantServer, service: str, entity_id: str, state: str) -> None:
    """Put *entity_id* in *state* directly (not through the proxy) and wait for it."""
    server.api(f"/api/services/{service}", {"entity_id": entity_id})
    deadline = time.monotonic() + 10
    while server.state(entity_id)["state"] != state:
        assert time.monotonic() < deadline, f"{entity_id} did not become {state}"
        time.sleep(0.1)


def run_through(
    proxy: SlowProxy, server: HomeAssistantServer, text: str, *, confirm: bool = False
) -> StepResult:
    """Plan *text* against the home and run it through the proxy with a short step timeout."""

    async def go() -> StepResult:
        adapter = HomeAssistantAdapter(proxy.url, server.token, timeout=10)
        try:
            home = await adapter.load_home()
            plan = Planner(home).plan(text)
            assert len(plan.steps) == 1, plan.reply
            executor = Executor(adapter, step_timeout=STEP_TIMEOUT_S, home=home)
            (result,) = await executor.run(
                plan, Approval.all_of(plan, by="test", confirm_high_risk=confirm)
            )
            return result
        finally:
            await adapter.close()

    return asyncio.run(go())


def test_a_slow_answer_is_not_sent_again_and_the_light_is_verified_on(
    proxy: SlowProxy, ha_server: HomeAssistantServer
) -> None:
    settle(ha_server, "light/turn_off", "light.bed_light", "off")
    proxy.pause("POST", "/api/services/", seconds=PAUSE_S)
    started = time.monotonic()
    result = run_through(proxy, ha_server, "turn on the bed light")
    assert result.status is StepStatus.VERIFIED, result.reason
    assert result.attempts == 1
    assert "no answer" in (result.reason or "")
    assert ha_server.state("light.bed_light")["state"] == "on"
    assert result.after["light.bed_light"]["state"] == "on"
    # Told in about the step timeout plus the read-back, not after the server's pause.
    assert time.monotonic() - started < PAUSE_S
    assert proxy.count("POST", "/api/services/light/turn_on") == 1


def test_a_call_held_before_the_server_is_unconfirmed_then_happens_once(
    proxy: SlowProxy, ha_server: HomeAssistantServer
) -> None:
    settle(ha_server, "light/turn_off", "light.kitchen_lights", "off")
    proxy.pause("POST", "/api/services/", seconds=PAUSE_S, hold="request")
    held_at = time.monotonic()
    result = run_through(proxy, ha_server, "turn on the kitchen lights")
    # Home Assistant has not acted yet: neither verified nor "failed", and it says why.
    assert result.status is StepStatus.UNCONFIRMED, result.reason
    assert result.attempts == 1
    assert "may still" in (result.reason or "")
    assert ha_server.state("light.kitchen_lights")["state"] == "off"
    # The one request reaches the server when the pause ends; nothing was sent twice.
    deadline = held_at + PAUSE_S + 10
    while ha_server.state("light.kitchen_lights")["state"] != "on":
        assert time.monotonic() < deadline, "the held call never reached Home Assistant"
        time.sleep(0.2)
    assert proxy.count("POST", "/api/services/light/turn_on") == 1


def test_a_slow_unlock_is_sent_exactly_once_and_reported_honestly(
    proxy: SlowProxy, ha_server: HomeAssistantServer
) -> None:
    settle(ha_server, "lock/lock", "lock.front_door", "locked")
    proxy.pause("POST", "/api/services/", seconds=PAUSE_S)
    try:
        result = run_through(proxy, ha_server, "unlock the front door", confirm=True)
        assert result.attempts == 1
        assert result.status in (StepStatus.VERIFIED, StepStatus.UNCONFIRMED), result.reason
        assert "no answer" in (result.reason or "")
        state = ha_server.state("lock.front_door")["state"]
        if result.status is StepStatus.VERIFIED:
            assert state == "unlocked"
        else:
            assert state in ("unlocking", "unlocked")
        # Even after the server's answer would have come, there was only the one call.
        time.sleep(max(0.0, PAUSE_S - STEP_TIMEOUT_S))
        assert proxy.count("POST", "/api/services/lock/unlock") == 1
    finally:
        proxy.clear_pauses()
        settle(ha_server, "lock/lock", "lock.front_door", "locked")


def test_a_connection_lost_before_the_answer_is_not_sent_again(
    proxy: SlowProxy, ha_server: HomeAssistantServer
) -> None:
    settle(ha_server, "light/turn_off", "light.office_rgbw_lights", "off")
    proxy.pause("POST", "/api/services/", seconds=0.2, hold="drop")
    result = run_through(proxy, ha_server, "turn on the office rgbw lights")
    assert result.status is StepStatus.VERIFIED, result.reason
    assert result.attempts == 1
    assert "lost the connection" in (result.reason or "")
    assert ha_server.state("light.office_rgbw_lights")["state"] == "on"
    assert proxy.count("POST", "/api/services/light/turn_on") == 1


def test_a_refused_connection_is_retried_but_never_for_an_unlock(
    ha_server: HomeAssistantServer,
) -> None:
    settle(ha_server, "lock/lock", "lock.front_door", "locked")
    proxy = SlowProxy(ha_server.port)
    proxy.start()

    async def go() -> tuple[StepResult, StepResult]:
        adapter = HomeAssistantAdapter(proxy.url, ha_server.token, timeout=5)
        try:
            home = await adapter.load_home()
            proxy.stop()  # from now on every connection is refused: nothing can be sent
            executor = Executor(adapter, step_timeout=STEP_TIMEOUT_S, home=home, backoff=0.05)
            results = []
            for text in ("turn on the bed light", "unlock the front door"):
                plan = Planner(home).plan(text)
                approval = Approval.all_of(plan, by="test", confirm_high_risk=True)
                (result,) = await executor.run(plan, approval)
                results.append(result)
            return results[0], results[1]
        finally:
            await adapter.close()

    try:
        light, unlock = asyncio.run(go())
    finally:
        proxy.stop()
    assert light.status is StepStatus.FAILED and light.attempts == 3
    assert "cannot reach Home Assistant" in (light.reason or "")
    assert "gave up after 3 attempts" in (light.reason or "")
    assert unlock.status is StepStatus.FAILED and unlock.attempts == 1
    assert "never sent twice" in (unlock.reason or "")
    assert ha_server.state("lock.front_door")["state"] == "locked"
    assert not any(seen.method == "POST" for seen in proxy.seen)


def test_hearth_do_through_a_slow_server_reports_verified_and_calls_once(
    proxy: SlowProxy, ha_server: HomeAssistantServer
) -> None:
    settle(ha_server, "light/turn_off", "light.ceiling_lights", "off")
    Settings(home_assistant=HomeAssistantSettings(url=proxy.url, timeout=2)).save()
    proxy.pause("POST", "/api/services/", seconds=PAUSE_S)
    done = run_hearth(
        "do",
        "--yes",
        "turn on the ceiling lights",
        env={"HEARTH_HA_TOKEN": ha_server.token, "HEARTH_NO_LLM": "1"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "verified" in done.stdout
    assert "Traceback" not in done.stderr
    assert ha_server.state("light.ceiling_lights")["state"] == "on"
    assert proxy.count("POST", "/api/services/light/turn_on") == 1
