"""What a step's ``expect`` means: whether a device's state shows the expected effect, and
what differs when it does not (the plan contract's ``expect``, docs/plan-format.md).

Used where a plan is checked against states: verifying after running, the dry-run preview,
"nothing to change", and undo.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol


class ObservedState(Protocol):
    """A device's state as an adapter reports it (integrations.base.EntityState)."""

    @property
    def state(self) -> str: ...

    @property
    def attributes(self) -> Mapping[str, Any]: ...


#: How far a reported number may be from the expected one and still count (device rounding).
_TOLERANCE = {
    "brightness": 3.0,
    "current_position": 1.0,
    "percentage": 1.0,
    "temperature": 0.05,
    "volume_level": 0.011,
}


def value_matches(key: str, want: Any, got: Any) -> bool:
    if isinstance(want, bool) or isinstance(got, bool):
        return bool(want == got)
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return abs(float(want) - float(got)) <= _TOLERANCE.get(key, 1e-6)
    return bool(want == got)


def matches(expect: Mapping[str, Any], state: ObservedState) -> bool:
    """Whether *state* shows the expected effect ("state" may list acceptable states)."""
    wanted_state = expect.get("state")
    if wanted_state is not None:
        allowed = wanted_state if isinstance(wanted_state, list) else [wanted_state]
        if state.state not in allowed:
            return False
    for key, want in (expect.get("attributes") or {}).items():
        if not value_matches(key, want, state.attributes.get(key)):
            return False
    return True


def mismatch(
    entity_id: str, expect: Mapping[str, Any], state: ObservedState | None
) -> tuple[str, dict[str, Any]]:
    """How *state* differs from what *expect* wanted: the key of the reply that says it
    (``run.<key>`` in resources/sentences/<lang>/steps_text.yaml, said by
    app/execution/verify.py) and its slots (the entity's id, states and values as Home
    Assistant writes them)."""
    if state is None:
        return "gone", {"entity": entity_id}
    if state.state == "unavailable":
        return "unavailable", {"entity": entity_id}
    wanted_state = expect.get("state")
    if wanted_state is not None:
        allowed = wanted_state if isinstance(wanted_state, list) else [wanted_state]
        if state.state not in allowed:
            return "wrong_state", {"entity": entity_id, "state": state.state, "wanted": allowed}
    for key, want in (expect.get("attributes") or {}).items():
        got = state.attributes.get(key)
        if not value_matches(key, want, got):
            return "wrong_value", {"entity": entity_id, "key": key, "got": got, "wanted": want}
    return "unchanged", {"entity": entity_id}
