"""Which steps need the device's own code: an alarm panel's or a lock's, not Hearth's PIN.

Home Assistant's alarm panels and locks may keep a code of their own. A panel with a
``code_format`` ("number" or "text") refuses to be disarmed or triggered without it, and to
be armed too unless it says ``code_arm_required: false`` (Home Assistant's default is true).
A lock with a ``code_format`` (a regular expression the code must match) refuses to lock,
unlock or open without one. Hearth never keeps such a code: the person types it when
approving the step, and it goes into that step's service call only
(:mod:`app.execution.executor`).

A pure rule over the step and the home: :func:`needs_device_code` answers which target's code
is needed; the policy (:func:`app.policy.risk.decide`) makes such a step at least a
confirmation, never one that runs unasked.
"""

from __future__ import annotations

from app.config import logsafety
from app.core.home import Entity, Home
from app.core.plan import Step
from app.core.results import Approval

#: The alarm panel's services that arm it: a code only when the panel requires one to arm.
ARM_SERVICES = frozenset(
    {
        "alarm_arm_home",
        "alarm_arm_away",
        "alarm_arm_night",
        "alarm_arm_vacation",
        "alarm_arm_custom_bypass",
    }
)
#: The alarm panel's services that need its code whenever it has a code format.
_ALARM_CODE_SERVICES = frozenset({"alarm_disarm", "alarm_trigger"})
#: The lock's services that need its code whenever it has a code format.
_LOCK_SERVICES = frozenset({"lock", "unlock", "open"})


def _has_format(entity: Entity) -> bool:
    value = entity.attributes.get("code_format")
    return isinstance(value, str) and bool(value.strip())


def _needs(domain: str, service: str, entity: Entity) -> bool:
    if entity.domain != domain or not _has_format(entity):
        return False
    if domain == "lock":
        return service in _LOCK_SERVICES
    if service in _ALARM_CODE_SERVICES:
        return True
    # Home Assistant's default is that arming needs the code: only an explicit false says not.
    return service in ARM_SERVICES and entity.attributes.get("code_arm_required") is not False


def needs_device_code(step: Step, home: Home | None) -> str | None:
    """The entity id of the target whose own code *step* needs (the first, when several do:
    one service call carries one code), or None when none does or the home is unknown."""
    if home is None or not isinstance(step.action, str):
        return None
    domain, _, service = step.action.partition(".")
    if domain not in ("alarm_control_panel", "lock"):
        return None
    for target in step.targets:
        entity = home.get(target) if isinstance(target, str) else None
        if entity is not None and _needs(domain, service, entity):
            return entity.entity_id
    return None


def device_name(entity_id: str, home: Home | None) -> str:
    """How the person knows the device whose code is asked for: its name, else its id."""
    entity = home.get(entity_id) if home is not None else None
    return entity.name if entity is not None and entity.name else entity_id


def give_code(approval: Approval, index: int, code: str) -> bool:
    """Keep *code*, typed for step *index*, with *approval* for the run (in memory only) and
    hide it in every log line from now on. An empty code gives nothing (False)."""
    code = code.strip()
    if not code:
        return False
    logsafety.remember(code)
    approval.device_codes[index] = code
    return True
