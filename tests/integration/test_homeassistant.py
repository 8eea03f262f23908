"""Hearth's adapter, executor and verifier against a real Home Assistant 2024.3 server."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from app.assistant import Assistant
from app.core.home import StateChange
from app.core.plan import Plan
from app.core.results import Approval, StepStatus
from app.execution.executor import Executor
from app.policy.risk import StepDecision
from app.records.history import History
from integrations.base import AuthError, ConnectionLostError, NotFoundError
from integrations.homeassistant import HomeAssistantAdapter
from tests.helpers.ha_server import HomeAssistantServer

pytestmark = pytest.mark.integration


def run_text(server: HomeAssistantServer, text: str, *, high: bool = False) -> list:  # type: ignore[type-arg]
    async def go() -> list:  # type: ignore[type-arg]
        adapter = HomeAssistantAdapter(server.url, server.token)
        try:
            home = await adapter.load_home()
            assistant = Assistant(home, adapter)

            async def approve(plan: Plan, decisions: list[StepDecision]) -> Approval:
                return Approval.all_of(plan, by="test", confirm_high_risk=high)

            outcome = await assistant.handle(text, approve)
            assert outcome.plan.error is None, outcome.plan.reply
            return outcome.results
        finally:
            await adapter.close()

    return asyncio.run(go())


def test_load_home_has_demo_entities_and_areas(ha_server: HomeAssistantServer) -> None:
    async def go() -> None:
        adapter = HomeAssistantAdapter(ha_server.url, ha_server.token)
        try:
            home = await adapter.load_home()
        finally:
            await adapter.close()
        assert "light.bed_light" in home.entities and "lock.front_door" in home.entities
        assert len(home.entities) > 50
        assert home.areas, "the demo integration creates areas"

    asyncio.run(go())


def test_brightness_is_really_set_and_verified(ha_server: HomeAssistantServer) -> None:
    (result,) = run_text(ha_server, "set the bed light to 30 percent")
    assert result.status is StepStatus.VERIFIED, result.reason
    state = ha_server.api("/api/states/light.bed_light")
    assert state["state"] == "on" and abs(state["attributes"]["brightness"] - 76) <= 1


def test_unlock_needs_confirmation_then_really_unlocks(ha_server: HomeAssistantServer) -> None:
    (skipped,) = run_text(ha_server, "unlock the front door")
    assert skipped.status is StepStatus.SKIPPED
    assert ha_server.api("/api/states/lock.front_door")["state"] == "locked"
    (result,) = run_text(ha_server, "unlock the front door", high=True)
    assert result.status is StepStatus.VERIFIED, result.reason
    assert ha_server.api("/api/states/lock.front_door")["state"] == "unlocked"
    (relock,) = run_text(ha_server, "lock the front door")
    assert relock.status is StepStatus.VERIFIED


def test_cover_position_is_reached(ha_server: HomeAssistantServer) -> None:
    (result,) = run_text(ha_server, "set the living room window to 30 percent")
    assert result.status is StepStatus.VERIFIED, result.reason
    assert (
        ha_server.api("/api/states/cover.living_room_window")["attributes"]["current_position"]
        == 30
    )


def test_live_updates_arrive_over_the_websocket(ha_server: HomeAssistantServer) -> None:
    async def go() -> list[StateChange]:
        adapter = HomeAssistantAdapter(ha_server.url, ha_server.token)
        seen: list[StateChange] = []
        try:
            adapter.subscribe(seen.append)
            await asyncio.sleep(0.5)
            await adapter.call_service("light", "toggle", ["light.ceiling_lights"], {})
            for _ in range(50):
                if any(c.entity_id == "light.ceiling_lights" for c in seen):
                    break
                await asyncio.sleep(0.1)
        finally:
            await adapter.close()
        return seen

    changes = asyncio.run(go())
    assert any(c.entity_id == "light.ceiling_lights" and c.context_id for c in changes)


def test_todo_item_is_added_and_read_back(ha_server: HomeAssistantServer) -> None:
    async def go() -> object:
        adapter = HomeAssistantAdapter(ha_server.url, ha_server.token)
        try:
            await adapter.call_service("todo", "add_item", ["todo.groceries"], {"item": "oat milk"})
            result = await adapter.call_service(
                "todo", "get_items", ["todo.groceries"], {}, return_response=True
            )
        finally:
            await adapter.close()
        return result.response

    response = asyncio.run(go())
    assert "oat milk" in json.dumps(response)


def test_wrong_token_and_unknown_entity(ha_server: HomeAssistantServer) -> None:
    async def go() -> None:
        bad = HomeAssistantAdapter(ha_server.url, "not-a-valid-token")
        try:
            with pytest.raises(AuthError) as info:
                await bad.get_state("light.bed_light")
            assert "not-a-valid-token" not in str(info.value)
            with pytest.raises(AuthError):
                await bad.load_home()
        finally:
            await bad.close()
        good = HomeAssistantAdapter(ha_server.url, ha_server.token)
        try:
            with pytest.raises(NotFoundError):
                await good.call_service("light", "turn_on", ["light.does_not_exist"], {})
        finally:
            await good.close()

    asyncio.run(go())


def test_server_stopped_mid_plan_then_back(tmp_path: Path) -> None:
    server = HomeAssistantServer(tmp_path / "ha")
    server.start()
    history = History(tmp_path / "history.sqlite3")
    try:

        async def go() -> None:
            adapter = HomeAssistantAdapter(server.url, server.token, timeout=3)
            try:
                home = await adapter.load_home()
                assistant = Assistant(home, adapter, history=history)
                assistant.executor = Executor(adapter, attempts=2, backoff=0.1, step_timeout=3)

                async def approve(plan: Plan, decisions: list[StepDecision]) -> Approval:
                    server.stop()  # Home Assistant goes away between approval and execution
                    return Approval.all_of(plan, by="test")

                outcome = await assistant.handle("turn on the bed light", approve)
                (result,) = outcome.results
                assert result.status is StepStatus.FAILED
                assert "cannot reach Home Assistant" in (result.reason or "")
                with pytest.raises(ConnectionLostError):
                    await adapter.get_state("light.bed_light")
                server.start()
                state = await adapter.get_state("light.bed_light")
                assert state is not None
            finally:
                await adapter.close()

        asyncio.run(go())
        (record,) = history.recent()
        assert record.outcome == "failed" and record.steps[0]["status"] == "failed"
    finally:
        server.stop()
