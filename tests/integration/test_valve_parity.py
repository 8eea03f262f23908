"""The virtual home's valves against a real Home Assistant 2024.3 server's, call by call.

Home Assistant 2024.3's ``demo`` has no valve, so the test server gets two:

* ``valve.decorative_lights``: the ``switch_as_x`` helper turning ``switch.decorative_lights``
  into a valve (OPEN | CLOSE, no position), a real integration;
* ``valve.main_valve``: a water valve that reports its position (OPEN | CLOSE | SET_POSITION |
  STOP), from a few lines of custom integration written here. It goes to the position it is
  sent, reporting "opening" or "closing" on the way as a real valve does; what the services
  do (open and close becoming positions 100 and 0, toggle and the direction it remembers,
  the schema of ``position``, refusing what the features do not allow) is Home Assistant's
  own ValveEntity.

The virtual home starts from the real server's snapshot, then each call runs on both and the
valve's state and position must agree after every one. The server is this test's own (the
switch_as_x helper hides a demo switch that other tests use).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from integrations.base import RejectedError
from integrations.homeassistant import HomeAssistantAdapter
from integrations.virtual_home import VirtualHome
from tests.helpers.ha_server import HomeAssistantServer

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

_MANIFEST = """\
{"domain": "hearth_test_valve", "name": "Hearth test valve", "version": "1.0.0",
 "config_flow": true, "codeowners": [], "documentation": "https://example.invalid",
 "iot_class": "local_push", "requirements": []}
"""

_INIT = """\
from homeassistant.const import Platform


async def async_setup_entry(hass, entry):
    await hass.config_entries.async_forward_entry_setups(entry, [Platform.VALVE])
    return True
"""

_CONFIG_FLOW = """\
import voluptuous as vol
from homeassistant import config_entries


class Flow(config_entries.ConfigFlow, domain="hearth_test_valve"):
    VERSION = 1

    async def async_step_user(self, user_input=None):
        if user_input is None:
            schema = vol.Schema({vol.Optional("name", default="Main Valve"): str})
            return self.async_show_form(step_id="user", data_schema=schema)
        return self.async_create_entry(title=user_input["name"], data=user_input)
"""

_VALVE = """\
from homeassistant.components.valve import (
    ValveDeviceClass, ValveEntity, ValveEntityFeature,
)


async def async_setup_entry(hass, entry, async_add_entities):
    async_add_entities([MainValve(entry.data["name"])])


class MainValve(ValveEntity):
    _attr_should_poll = False
    _attr_reports_position = True
    _attr_device_class = ValveDeviceClass.WATER
    _attr_supported_features = (
        ValveEntityFeature.OPEN | ValveEntityFeature.CLOSE
        | ValveEntityFeature.SET_POSITION | ValveEntityFeature.STOP
    )

    def __init__(self, name):
        self._attr_name = name
        self._attr_current_valve_position = 0

    async def async_set_valve_position(self, position):
        current = self._attr_current_valve_position
        if position != current:  # on its way: Home Assistant notes the direction
            self._attr_is_opening = position > current
            self._attr_is_closing = position < current
            self.async_write_ha_state()
        self._attr_current_valve_position = position
        self._attr_is_opening = self._attr_is_closing = False
        self._attr_is_closed = position == 0
        self.async_write_ha_state()

    async def async_stop_valve(self):
        self.async_write_ha_state()
"""

_STEPS: list[tuple[str, str, dict[str, Any]]] = [
    ("valve.main_valve", "open_valve", {}),
    ("valve.main_valve", "set_valve_position", {"position": 30}),
    ("valve.main_valve", "set_valve_position", {"position": "55"}),
    ("valve.main_valve", "stop_valve", {}),
    ("valve.main_valve", "toggle", {}),
    ("valve.main_valve", "toggle", {}),
    ("valve.main_valve", "set_valve_position", {"position": 30}),
    ("valve.main_valve", "toggle", {}),
    ("valve.main_valve", "close_valve", {}),
    ("valve.main_valve", "toggle", {}),
    ("valve.main_valve", "set_valve_position", {"position": 0}),
    ("valve.decorative_lights", "open_valve", {}),
    ("valve.decorative_lights", "toggle", {}),
    ("valve.decorative_lights", "toggle", {}),
    ("valve.decorative_lights", "close_valve", {}),
]

#: Calls both must refuse: features the valve lacks, a position out of range.
_REFUSED: list[tuple[str, str, dict[str, Any]]] = [
    ("valve.decorative_lights", "set_valve_position", {"position": 50}),
    ("valve.decorative_lights", "stop_valve", {}),
    ("valve.main_valve", "set_valve_position", {"position": 140}),
]


def _install_valve(config_dir: Path) -> None:
    folder = config_dir / "custom_components" / "hearth_test_valve"
    folder.mkdir(parents=True)
    for name, text in (
        ("manifest.json", _MANIFEST),
        ("__init__.py", _INIT),
        ("config_flow.py", _CONFIG_FLOW),
        ("valve.py", _VALVE),
    ):
        (folder / name).write_text(text, encoding="utf-8")


def _seen(state: Any) -> tuple[str, Any, Any, Any]:
    attributes = state.attributes
    return (
        state.state,
        attributes.get("current_position"),
        attributes.get("supported_features"),
        attributes.get("device_class"),
    )


async def test_valves_end_in_the_same_state_as_on_home_assistant(tmp_path: Path) -> None:
    config_dir = tmp_path / "home-assistant"
    _install_valve(config_dir)
    with HomeAssistantServer(config_dir) as server:
        server.create_config_entry("hearth_test_valve", {"name": "Main Valve"})
        server.create_config_entry(
            "switch_as_x",
            {"entity_id": "switch.decorative_lights", "target_domain": "valve", "invert": False},
        )
        async with HomeAssistantAdapter(server.url, server.token, timeout=10) as real:
            real_home = await real.load_home()
            for entity_id in ("valve.main_valve", "valve.decorative_lights"):
                assert entity_id in real_home.entities, entity_id
            virtual = VirtualHome(real_home)

            async def both(entity_id: str) -> tuple[Any, Any]:
                real_state = await real.get_state(entity_id)
                virtual_state = await virtual.get_state(entity_id)
                return _seen(real_state), _seen(virtual_state)

            assert await both("valve.main_valve") == (
                ("closed", 0, 15, "water"),
                ("closed", 0, 15, "water"),
            )
            for entity_id, service, data in _STEPS:
                await real.call_service("valve", service, [entity_id], dict(data))
                await virtual.call_service("valve", service, [entity_id], dict(data))
                seen_real, seen_virtual = await both(entity_id)
                assert seen_virtual == seen_real, (entity_id, service, data)
            for entity_id, service, data in _REFUSED:
                before = await both(entity_id)
                with pytest.raises(RejectedError):
                    await real.call_service("valve", service, [entity_id], dict(data))
                with pytest.raises(RejectedError):
                    await virtual.call_service("valve", service, [entity_id], dict(data))
                assert await both(entity_id) == before, (entity_id, service)
