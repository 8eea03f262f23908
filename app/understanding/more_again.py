"""A follow-up that asks for more of the change just made: "bit more", "a little further".

After a relative change ("Ollie's lamp is too bright": dimmed a step; "I can hardly hear the
jazz": the volume up), "bit more" asks for the same change once more, in the same direction:
never the other way, as the word "more" read alone ("up") would. The words are data
(``again`` in ``resources/sentences/<lang>/frames.yaml``); what is repeated is the
conversation's last change (app/understanding/undoing.py): a step of its own (a light's
brightness step) is made again, a value set ("volume to 0.55", "21 degrees") moves as far
again from where it is now. A last change that was no step (a light turned on, a blind
opened) has no "more": the sentence is read as usual.
"""

from __future__ import annotations

import functools
from typing import Any

from app.core.context import Conversation
from app.core.home import Entity, Home
from app.core.plan import Plan, PlannerName, Step
from app.understanding.actions import make_step
from app.understanding.numbers import plain_number
from app.understanding.own_data import own_data
from app.understanding.resolve import _not_dimmed_off
from app.understanding.undoing import Change
from app.understanding.vocabulary import normalize

#: Service data that is a step of its own: made again as it is.
_STEPS = ("brightness_step_pct", "brightness_step", "percentage_step")
#: Values set, each with the attribute it is read back from and its bounds.
_VALUES: dict[str, tuple[str, float, float]] = {
    "volume_level": ("volume_level", 0.0, 1.0),
    "temperature": ("temperature", -50.0, 100.0),
    "percentage": ("percentage", 0.0, 100.0),
    "position": ("current_position", 0.0, 100.0),
}


@functools.lru_cache(maxsize=16)
def load_again(language: str) -> frozenset[str]:
    """The language's words for "more of the same" (empty where it has none)."""
    raw = own_data(language, "frames.yaml") or {}
    return frozenset(normalize(str(w)) for w in raw.get("again") or ())


def plan_for(
    text: str, home: Home, conversation: Conversation | None, language: str
) -> Plan | None:
    """The last change made once more, when *text* asks only for more of it; else None."""
    words = load_again(language)
    if not words or conversation is None or normalize(text).strip(" .!") not in words:
        return None
    change = conversation.last_change
    if not isinstance(change, Change) or not change.steps:
        return None
    steps: list[Step] = []
    for step in change.steps:
        again = _again(step, change, home)
        if again is None:
            return None  # (a change that was no step: "more" is read as usual)
        steps.extend(again)
    conversation.turns += 1
    return Plan(text=text, planner=PlannerName.LOCAL, steps=steps)


def _again(step: Step, change: Change, home: Home) -> list[Step] | None:
    """*step* made once more on each of its targets, or None when it was no step."""
    out: list[Step] = []
    for entity_id in step.targets:
        entity = home.get(entity_id)
        if entity is None:
            return None
        params = _params(step.params, change.before.get(entity_id) or {}, entity)
        if params is None:
            return None
        out.append(make_step(step.action, [entity], params))
    return out


def _params(
    params: dict[str, Any], before: dict[str, Any], entity: Entity
) -> dict[str, Any] | None:
    """The service data that moves *entity* as far again as *params* moved it from *before*."""
    if any(key in params for key in _STEPS):
        # (a dim light dimmed again stays at its lowest, never off: "too bright" is no "off")
        return _not_dimmed_off(entity, dict(params))
    for key, (attribute, low, high) in _VALUES.items():
        if key not in params:
            continue
        was = (before.get("attributes") or {}).get(attribute)
        now = entity.attributes.get(attribute)
        set_to = params[key]
        if not all(isinstance(v, (int, float)) for v in (was, now, set_to)) or set_to == was:
            return None
        value = min(high, max(low, now + (set_to - was)))
        if value == now:
            return None  # as far as it goes already
        value = round(value, 2) if high <= 1 else plain_number(value)
        return {**params, key: value}
    return None
