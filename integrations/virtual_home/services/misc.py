"""Scenes, scripts, buttons and the helper-like domains (number, select and their input_*).

* scene.turn_on: the scene's state becomes the activation time (as in Home Assistant) and
  each member listed in the scene's ``entities`` attribute (Hearth's snapshot convention:
  ``{entity_id: {state, attributes}}``) is brought to that state through the member
  domain's own services, the way Home Assistant reproduces a scene's states. Members that
  do not exist or cannot take the state are skipped, as Home Assistant skips them.
* script.turn_on: the script "runs" instantly: ``last_triggered`` is set and the state
  stays "off".
* button.press / input_button.press: the state becomes the time of the press.
* number / input_number set_value: within ``min``..``max``; the state is the float as
  text ("21.0"). select / input_select select_option: one of ``options``.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.core.reproduce import reproduce
from integrations.base import RejectedError
from integrations.virtual_home.services.base import (
    Call,
    Service,
    ServiceHandler,
    boolean,
    iso_now,
    number,
    service,
    string,
)


def _stamp(call: Call) -> None:
    call.entity.state = iso_now(call)


# -- scene -----------------------------------------------------------------------------------


def scene_turn_on(call: Call) -> None:
    if "transition" in call.data:
        number(call.data, "transition", low=0, high=6553, clamp=True)
    _stamp(call)
    members = call.attrs.get("entities")
    if not isinstance(members, Mapping):
        return
    for entity_id, wanted in members.items():
        if not isinstance(entity_id, str) or not isinstance(wanted, Mapping):
            continue
        for service_name, data in reproduce(entity_id.split(".", 1)[0], wanted):
            call.cascade.append((entity_id, service_name, data))


# -- number / select -------------------------------------------------------------------------


def set_value(call: Call) -> None:
    attrs = call.attrs
    value = number(call.data, "value")
    low, high = attrs.get("min"), attrs.get("max")
    if (isinstance(low, (int, float)) and value < low) or (
        isinstance(high, (int, float)) and value > high
    ):
        raise call.fail(f"value {value:g} is outside the range {low} - {high}")
    call.entity.state = str(value)


def _step(direction: int) -> ServiceHandler:
    def handle(call: Call) -> None:
        step = call.attrs.get("step")
        step = float(step) if isinstance(step, (int, float)) and step > 0 else 1.0
        try:
            current = float(call.entity.state)
        except ValueError:
            raise call.fail(f"has no numeric value ({call.entity.state!r})") from None
        low, high = call.attrs.get("min"), call.attrs.get("max")
        value = current + direction * step
        if isinstance(low, (int, float)):
            value = max(float(low), value)
        if isinstance(high, (int, float)):
            value = min(float(high), value)
        call.entity.state = str(value)

    return handle


def _options(call: Call) -> list[str]:
    options = call.attrs.get("options")
    if not isinstance(options, list) or not options:
        raise call.fail("has no options")
    return [str(o) for o in options]


def select_option(call: Call) -> None:
    option = string(call.data, "option")
    options = _options(call)
    if option not in options:
        raise call.fail(f"{option!r} is not a valid option (valid: {', '.join(options)})")
    call.entity.state = option


def _select_relative(offset: int) -> ServiceHandler:
    def handle(call: Call) -> None:
        options = _options(call)
        cycle = boolean(call.data, "cycle") if "cycle" in call.data else True
        index = options.index(call.entity.state) if call.entity.state in options else -1
        new = index + offset
        if index < 0:
            new = 0 if offset > 0 else len(options) - 1
        elif cycle:
            new %= len(options)
        else:
            new = max(0, min(len(options) - 1, new))
        call.entity.state = options[new]

    return handle


def _select_end(last: bool) -> ServiceHandler:
    def handle(call: Call) -> None:
        options = _options(call)
        call.entity.state = options[-1 if last else 0]

    return handle


def script_turn_on(call: Call) -> None:
    variables = call.data.get("variables")
    if variables is not None and not isinstance(variables, Mapping):
        raise RejectedError("variables must be a mapping")
    call.attrs["last_triggered"] = iso_now(call)


def script_turn_off(call: Call) -> None:
    call.entity.state = "off"


SELECT: dict[str, Service] = {
    "select_option": service(select_option, ("option",)),
    "select_next": service(_select_relative(1), ("cycle",)),
    "select_previous": service(_select_relative(-1), ("cycle",)),
    "select_first": service(_select_end(False)),
    "select_last": service(_select_end(True)),
}

DOMAINS: dict[str, dict[str, Service]] = {
    "scene": {"turn_on": service(scene_turn_on, ("transition",))},
    "script": {
        "turn_on": service(script_turn_on, ("variables",)),
        "turn_off": service(script_turn_off),
        "toggle": service(script_turn_on, ("variables",)),
    },
    "button": {"press": service(_stamp)},
    "input_button": {"press": service(_stamp)},
    "number": {"set_value": service(set_value, ("value",))},
    "input_number": {
        "set_value": service(set_value, ("value",)),
        "increment": service(_step(1)),
        "decrement": service(_step(-1)),
    },
    "select": SELECT,
    "input_select": SELECT,
}
