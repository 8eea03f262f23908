"""Home Assistant's services, per domain, as the virtual home implements them.

``SERVICES[domain][service]`` is a :class:`~.base.Service`: the handler plus what Home
Assistant checks before calling it (accepted data keys, required feature bits, whether it
returns a response). ``homeassistant.turn_on/turn_off/toggle`` are not listed: the adapter
dispatches them to each target's own domain.
"""

from __future__ import annotations

from integrations.virtual_home.services import (
    climate,
    cover,
    fan,
    light,
    media_player,
    misc,
    security,
    switch,
    timer,
    todo,
    vacuum,
    valve,
)
from integrations.virtual_home.services.base import Call, Service

__all__ = ["GENERIC_SERVICES", "SERVICES", "Call", "Service"]

SERVICES: dict[str, dict[str, Service]] = {
    "light": light.SERVICES,
    "switch": switch.SWITCH,
    "input_boolean": switch.INPUT_BOOLEAN,
    "siren": switch.SIREN,
    "fan": fan.SERVICES,
    "cover": cover.SERVICES,
    "valve": valve.SERVICES,
    "lock": security.LOCK,
    "alarm_control_panel": security.ALARM_CONTROL_PANEL,
    "climate": climate.SERVICES,
    "media_player": media_player.SERVICES,
    "vacuum": vacuum.SERVICES,
    "todo": todo.SERVICES,
    "timer": timer.SERVICES,
    **misc.DOMAINS,
}

#: The ``homeassistant`` domain's services that fan out to each entity's own domain.
GENERIC_SERVICES = frozenset({"turn_on", "turn_off", "toggle"})
