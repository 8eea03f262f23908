"""vacuum.* services for a state vacuum (Home Assistant's StateVacuumEntity).

start and clean_spot -> "cleaning", pause -> "paused", stop -> "idle". return_to_base goes
straight to "docked": the virtual robot has no journey home to simulate, and "docked" is
where a real one ends up (planners accept "returning" or "docked"). locate and
send_command change nothing visible.
"""

from __future__ import annotations

from integrations.virtual_home.services.base import (
    Call,
    Service,
    ServiceHandler,
    choice,
    service,
    string,
)

PAUSE = 4
STOP = 8
RETURN_HOME = 16
FAN_SPEED = 32
SEND_COMMAND = 256
LOCATE = 512
CLEAN_SPOT = 1024
START = 8192


def _to(state: str) -> ServiceHandler:
    def handle(call: Call) -> None:
        call.entity.state = state

    return handle


def set_fan_speed(call: Call) -> None:
    call.attrs["fan_speed"] = choice(call, "fan_speed", "fan_speed_list")


def send_command(call: Call) -> None:
    string(call.data, "command")


def locate(call: Call) -> None:
    """The robot beeps; its state does not change."""


SERVICES: dict[str, Service] = {
    "start": service(_to("cleaning"), (), (START,)),
    "pause": service(_to("paused"), (), (PAUSE,)),
    "stop": service(_to("idle"), (), (STOP,)),
    "return_to_base": service(_to("docked"), (), (RETURN_HOME,)),
    "clean_spot": service(_to("cleaning"), (), (CLEAN_SPOT,)),
    "locate": service(locate, (), (LOCATE,)),
    "set_fan_speed": service(set_fan_speed, ("fan_speed",), (FAN_SPEED,)),
    "send_command": service(send_command, ("command", "params"), (SEND_COMMAND,)),
}
