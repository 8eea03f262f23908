"""Plain on/off entities: switch, input_boolean, siren.

They have no service data worth modelling (a siren's tone, volume and duration are
accepted and have no lasting effect), so one set of handlers serves all three.
"""

from __future__ import annotations

from integrations.virtual_home.services.base import Call, Service, service


def turn_on(call: Call) -> None:
    call.entity.state = "on"


def turn_off(call: Call) -> None:
    call.entity.state = "off"


def toggle(call: Call) -> None:
    call.entity.state = "off" if call.entity.state == "on" else "on"


def on_off_services(on_fields: tuple[str, ...] = ()) -> dict[str, Service]:
    return {
        "turn_on": service(turn_on, on_fields),
        "turn_off": service(turn_off),
        "toggle": service(toggle),
    }


SWITCH: dict[str, Service] = on_off_services()
INPUT_BOOLEAN: dict[str, Service] = on_off_services()
SIREN: dict[str, Service] = on_off_services(("tone", "volume_level", "duration"))
