"""HomeAssistantAdapter against a real Home Assistant 2024.3 server (no mocks).

The session server (``ha_server``) is shared; tests that change a state put it back or use an
entity no other test reads. The stop/restart test runs its own server.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.home import Home, StateChange
from integrations.base import (
    AuthError,
    ConnectionLostError,
    DeviceAdapter,
    NotFoundError,
    RejectedError,
)
from integrations.homeassistant import HomeAssistantAdapter, snapshot
from tests.helpers.ha_server import HomeAssistantServer

pytestmark = [pytest.mark.integration, pytest.mark.anyio]


async def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> float:
    """Poll *condition* until it holds; the seconds it took."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise AssertionError(f"{what} did not happen within {timeout:g} s")
        await asyncio.sleep(0.05)
    return time.monotonic() - started


async def test_is_a_device_adapter_and_hides_the_token(
    ha_adapter: HomeAssistantAdapter, ha_server: HomeAssistantServer
) -> None:
    assert isinstance(ha_adapter, DeviceAdapter)
    assert ha_adapter.name == "homeassistant"
    assert ha_server.token not in repr(ha_adapter)
    assert await ha_adapter.check() == "2024.3.3"


async def test_load_home_has_demo_entities_areas_aliases_and_exposure(
    ha_adapter: HomeAssistantAdapter, tmp_path: Path, ha_server: HomeAssistantServer
) -> None:
    home = await ha_adapter.load_home()
    assert home.name == "Hearth Test Home"
    assert len(home.entities) > 80
    for entity_id in ("light.bed_light", "lock.front_door", "cover.kitchen_window", "climate.hvac"):
        assert entity_id in home.entities
    assert {"living_room", "kitchen", "bedroom"} <= set(home.areas)
    assert home.areas["bedroom"].aliases == ["sleeping room"]
    # 2024.3 has a floor registry (empty by default) but no floors on areas yet.
    assert home.floors["ground_floor"].name == "Ground Floor"
    assert home.floors["ground_floor"].level == 0

    bed = home.entities["light.bed_light"]
    assert bed.name == "Bed Light"
    assert bed.area == "bedroom"  # from its device
    kitchen = home.entities["light.kitchen_lights"]
    assert kitchen.area == "kitchen" and kitchen.aliases == ["counter lights"]  # its own
    assert home.entities["cover.kitchen_window"].area == "kitchen"
    assert home.entities["lock.front_door"].area is None  # no unique id: not in the registry
    assert {e.entity_id for e in home.entities_in_area("kitchen")} >= {
        "light.kitchen_lights",
        "cover.kitchen_window",
    }
    # Exposure follows Home Assistant's Assist settings.
    assert bed.exposed and home.entities["lock.front_door"].exposed
    assert not home.entities["media_player.living_room"].exposed
    assert not home.entities["sensor.sun_next_dawn"].exposed  # diagnostic entity
    assert home.entities["todo.groceries"].exposed

    path = tmp_path / "home.yaml"
    written = await snapshot(ha_server.url, ha_server.token, str(path))
    again = Home.load(path)
    assert set(again.entities) == set(written.entities)
    assert again.entities["light.kitchen_lights"].aliases == ["counter lights"]
    assert ha_server.token not in path.read_text()


async def test_brightness_is_set_and_read_back(
    ha_adapter: HomeAssistantAdapter, record_property: Callable[[str, object], None]
) -> None:
    await ha_adapter.call_service("light", "turn_off", ["light.bed_light"], {})
    latencies = []
    for pct in (30, 55, 100, 1, 42):  # each differs from the last: every call changes the state
        started = time.perf_counter()
        result = await ha_adapter.call_service(
            "light", "turn_on", ["light.bed_light"], {"brightness_pct": pct}
        )
        latencies.append((time.perf_counter() - started) * 1000)
        expected = round(pct * 255 / 100)
        (changed,) = [s for s in result.changed if s.entity_id == "light.bed_light"]
        assert changed.state == "on" and abs(changed.attributes["brightness"] - expected) <= 1
        assert result.context_id and changed.context_id == result.context_id
        state = await ha_adapter.get_state("light.bed_light")
        assert state is not None and state.state == "on"
        assert abs(state.attributes["brightness"] - expected) <= 1
    await ha_adapter.call_service("light", "turn_off", ["light.bed_light"], {})
    record_property("light_turn_on_median_ms", round(statistics.median(latencies), 2))


async def test_lock_unlocks_and_locks_again(ha_adapter: HomeAssistantAdapter) -> None:
    started = time.monotonic()
    result = await ha_adapter.call_service("lock", "unlock", ["lock.front_door"], {})
    assert [s.state for s in result.changed] == ["unlocking", "unlocked"]  # the demo takes ~2 s
    assert time.monotonic() - started < 5
    state = await ha_adapter.get_state("lock.front_door")
    assert state is not None and state.state == "unlocked"
    result = await ha_adapter.call_service("lock", "lock", ["lock.front_door"], {})
    assert result.changed[-1].state == "locked"


async def test_cover_position_is_reached(ha_adapter: HomeAssistantAdapter) -> None:
    # The demo's kitchen window only opens and closes (supported_features 11): Home Assistant
    # answers 500 "does not support this service"; the adapter says so.
    with pytest.raises(RejectedError, match="does not support"):
        await ha_adapter.call_service(
            "cover", "set_cover_position", ["cover.kitchen_window"], {"position": 30}
        )
    # The living room window takes positions and moves 10 % a second.
    seen: list[StateChange] = []
    ha_adapter.subscribe(seen.append)
    start = await ha_adapter.get_state("cover.living_room_window")
    assert start is not None
    target = 40 if start.attributes["current_position"] >= 60 else 80
    await ha_adapter.call_service(
        "cover", "set_cover_position", ["cover.living_room_window"], {"position": target}
    )
    await wait_until(
        lambda: any(
            c.entity_id == "cover.living_room_window"
            and c.attributes.get("current_position") == target
            for c in seen
        ),
        15,
        f"cover.living_room_window reaching {target}",
    )
    state = await ha_adapter.get_state("cover.living_room_window")
    assert state is not None and state.attributes["current_position"] == target


async def test_climate_temperature(ha_adapter: HomeAssistantAdapter) -> None:
    result = await ha_adapter.call_service(
        "climate", "set_temperature", ["climate.hvac"], {"temperature": 23.5}
    )
    assert any(s.attributes.get("temperature") == 23.5 for s in result.changed)
    state = await ha_adapter.get_state("climate.hvac")
    assert state is not None and state.attributes["temperature"] == 23.5


async def test_todo_item_added_and_read_back(ha_adapter: HomeAssistantAdapter) -> None:
    item = f"oat milk {time.time_ns()}"
    await ha_adapter.call_service("todo", "add_item", ["todo.groceries"], {"item": item})
    result = await ha_adapter.call_service(
        "todo", "get_items", ["todo.groceries"], {}, return_response=True
    )
    assert result.context_id
    items = result.response["todo.groceries"]["items"]
    assert item in [i["summary"] for i in items]
    # A service that only returns data works without return_response too (HA 2024.3 would
    # answer 500 over REST; the adapter uses the websocket).
    implicit = await ha_adapter.call_service("todo", "get_items", ["todo.groceries"], {})
    assert item in json.dumps(implicit.response)
    calendar = await ha_adapter.call_service(
        "calendar",
        "get_events",
        ["calendar.family"],
        {"start_date_time": "2026-01-01T00:00:00+00:00", "duration": {"days": 1}},
        return_response=True,
    )
    assert calendar.response == {"calendar.family": {"events": []}}


async def test_state_changed_listener_receives_the_change(ha_adapter: HomeAssistantAdapter) -> None:
    seen: list[StateChange] = []
    unsubscribe = ha_adapter.subscribe(seen.append)
    await wait_until(lambda: ha_adapter.live, 10, "the event stream")
    result = await ha_adapter.call_service("light", "toggle", ["light.ceiling_lights"], {})
    await wait_until(
        lambda: any(c.context_id == result.context_id for c in seen), 5, "the state_changed event"
    )
    (change,) = [c for c in seen if c.context_id == result.context_id]
    assert change.entity_id == "light.ceiling_lights"
    assert change.state == result.changed[0].state
    assert change.attributes["friendly_name"] == "Ceiling Lights"
    unsubscribe()
    count = len(seen)
    await ha_adapter.call_service("light", "toggle", ["light.ceiling_lights"], {})
    await asyncio.sleep(0.3)
    assert len(seen) == count


async def test_wrong_token_is_an_auth_error_without_the_token(
    ha_server: HomeAssistantServer,
) -> None:
    token = "wrong-" + ha_server.token[::-1][:40]
    async with HomeAssistantAdapter(ha_server.url, token, timeout=5) as adapter:
        assert token not in repr(adapter)
        calls = [
            adapter.check(),
            adapter.get_state("light.bed_light"),
            adapter.load_home(),
            adapter.call_service("light", "turn_on", ["light.bed_light"], {}),
            adapter.call_service("todo", "get_items", ["todo.groceries"], {}, return_response=True),
        ]
        for call in calls:
            with pytest.raises(AuthError) as info:
                await call
            assert token not in str(info.value) and "refused the access token" in str(info.value)


async def test_unknown_entity_service_and_bad_data(ha_adapter: HomeAssistantAdapter) -> None:
    # HA 2024.3 answers 200 with no changes to a call on a missing entity: the adapter checks.
    assert await ha_adapter.get_state("light.does_not_exist") is None
    with pytest.raises(NotFoundError, match=r"no entity light\.does_not_exist"):
        await ha_adapter.call_service("light", "turn_on", ["light.does_not_exist"], {})
    # HA answers a bare 400 to an unknown service; the adapter looks it up.
    with pytest.raises(NotFoundError, match=r"no service light\.explode"):
        await ha_adapter.call_service("light", "explode", ["light.bed_light"], {})
    with pytest.raises(NotFoundError, match=r"no service nodomain\.turn_on"):
        await ha_adapter.call_service("nodomain", "turn_on", [], {})
    with pytest.raises(NotFoundError):
        await ha_adapter.call_service("todo", "nope", ["todo.groceries"], {}, return_response=True)
    # ... and a bare 400 to invalid service data.
    with pytest.raises(RejectedError, match=r"unknown field.*sparkle") as info:
        await ha_adapter.call_service("light", "turn_on", ["light.bed_light"], {"sparkle": 1})
    assert not isinstance(info.value, NotFoundError)
    with pytest.raises(RejectedError, match="invalid service data"):
        await ha_adapter.call_service(
            "light", "turn_on", ["light.bed_light"], {"brightness_pct": "bright"}
        )
    # A cover service on a lock answers 200 and does nothing in HA: rejected up front.
    with pytest.raises(RejectedError, match="acts on cover entities only"):
        await ha_adapter.call_service(
            "cover", "set_cover_position", ["lock.front_door"], {"position": 3}
        )
    with pytest.raises(RejectedError, match="not an entity id"):
        await ha_adapter.call_service("light", "turn_on", ["../../api/config"], {})
    state = await ha_adapter.get_state("lock.front_door")
    assert state is not None and state.state == "locked"


async def test_server_stopped_then_restarted(
    ha_server_factory: Callable[[], HomeAssistantServer],
    record_property: Callable[[str, object], None],
) -> None:
    server = ha_server_factory()
    record_property("ha_start_to_ready_s", round(server.ready_seconds, 2))
    timeout = 3.0
    async with HomeAssistantAdapter(server.url, server.token, timeout=timeout) as adapter:
        home = await adapter.load_home()
        seen: list[StateChange] = []
        adapter.subscribe(seen.append)
        await wait_until(lambda: adapter.live, 10, "the event stream")
        await adapter.call_service("light", "turn_on", ["light.bed_light"], {})
        await wait_until(
            lambda: any(c.entity_id == "light.bed_light" and c.state == "on" for c in seen),
            5,
            "the turn_on event",
        )
        assert home.entities["light.bed_light"].state == "off"

        server.stop()
        await wait_until(lambda: not adapter.live, 5, "noticing the stop")
        for call in (
            adapter.get_state("light.bed_light"),
            adapter.call_service("light", "turn_off", ["light.bed_light"], {}),
            adapter.load_home(),
        ):
            started = time.monotonic()
            with pytest.raises(ConnectionLostError, match="cannot reach Home Assistant"):
                await call
            assert time.monotonic() - started < timeout

        seen.clear()
        server.start()  # same port, folder and token; the demo starts with the light off
        state = await adapter.get_state("light.bed_light")
        assert state is not None and state.state == "off"
        reconnect = await wait_until(lambda: adapter.live, 20, "the event stream coming back")
        record_property("events_reconnect_s", round(reconnect, 2))
        # The change made by the restart (on -> off) is delivered on reconnection.
        await wait_until(
            lambda: any(c.entity_id == "light.bed_light" and c.state == "off" for c in seen),
            5,
            "the catch-up of light.bed_light",
        )
        result = await adapter.call_service("light", "turn_on", ["light.bed_light"], {})
        await wait_until(
            lambda: any(c.context_id == result.context_id for c in seen),
            5,
            "a live update after the restart",
        )
        assert adapter.reconnects == 2
