"""Locks and alarm panels: the security-sensitive domains.

Locks (``homeassistant.components.lock``): lock -> "locked", unlock -> "unlocked", and
open (unlatch the door) -> "open", the state Home Assistant 2024.6+ reports, only for
locks whose supported_features has OPEN. A lock with a ``code_format`` (a regular
expression) refuses a code that does not match it, or a missing code, as Home Assistant
does.

Alarm panels: alarm_arm_* -> "armed_*" (the virtual panel has no exit delay, so it skips
"arming"), alarm_disarm -> "disarmed", alarm_trigger -> "triggered". A snapshot holds no
secret, so the virtual home cannot check a code's value: it accepts any code that fits
``code_format`` ("number": digits only), and it refuses to arm without a code only when
the panel says ``code_arm_required: true``. Disarming without a code is accepted; Hearth's
own policy asks for a PIN before a disarm step ever runs.
"""

from __future__ import annotations

import re

from integrations.virtual_home.services.base import Call, Service, service, string

LOCK_OPEN = 1

ARM_HOME = 1
ARM_AWAY = 2
ARM_NIGHT = 4
TRIGGER = 8
ARM_CUSTOM_BYPASS = 16
ARM_VACATION = 32


def _lock_code(call: Call) -> None:
    pattern = call.attrs.get("code_format")
    if not isinstance(pattern, str) or not pattern:
        return
    code = str(call.data.get("code") or "")
    if not re.match(pattern, code):
        raise call.fail(f"the code doesn't match pattern {pattern}")


def _lock_to(state: str) -> Service:
    def handle(call: Call) -> None:
        _lock_code(call)
        call.entity.state = state

    features = (LOCK_OPEN,) if state == "open" else ()
    return service(handle, ("code",), features)


def _alarm_code(call: Call, arming: bool) -> None:
    code = call.data.get("code")
    if code is not None:
        code = string(call.data, "code")
        if call.attrs.get("code_format") == "number" and not code.isdigit():
            raise call.fail("the alarm code must be a number")
    elif arming and call.attrs.get("code_arm_required") is True:
        raise call.fail("arming requires a code but none was given")


def _alarm_to(state: str, feature: int | None) -> Service:
    def handle(call: Call) -> None:
        _alarm_code(call, arming=state.startswith("armed_"))
        call.entity.state = state

    return service(handle, ("code",), (feature,) if feature else ())


LOCK: dict[str, Service] = {
    "lock": _lock_to("locked"),
    "unlock": _lock_to("unlocked"),
    "open": _lock_to("open"),
}

ALARM_CONTROL_PANEL: dict[str, Service] = {
    "alarm_arm_home": _alarm_to("armed_home", ARM_HOME),
    "alarm_arm_away": _alarm_to("armed_away", ARM_AWAY),
    "alarm_arm_night": _alarm_to("armed_night", ARM_NIGHT),
    "alarm_arm_vacation": _alarm_to("armed_vacation", ARM_VACATION),
    "alarm_arm_custom_bypass": _alarm_to("armed_custom_bypass", ARM_CUSTOM_BYPASS),
    "alarm_trigger": _alarm_to("triggered", TRIGGER),
    "alarm_disarm": _alarm_to("disarmed", None),
}
