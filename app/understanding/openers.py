"""A door opened by a device of its own: "open the front door" where the home has a Front
Door lock and a Front Door Opener (a buzzer, a door strike, a motor) works the opener, since
unlocking leaves the door shut. The words of openers and the verbs that open are data per
language (``resources/sentences/<lang>/openers.yaml``).

An opener is a switch, button, cover or lock whose name (or an alias) holds every word of
the lock's name and one of the opener words; only one such device is ever worked, and a
door opened this way is always asked about first (the policy judges a switch or button
named as opening a way in as high risk).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from app.core.home import Entity, Home
from app.understanding.own_data import own_data
from app.understanding.vocabulary import normalize

#: The kinds of device that may open a door, and the service that does it.
_OPENS = {
    "switch": "switch.turn_on",
    "input_boolean": "input_boolean.turn_on",
    "button": "button.press",
    "input_button": "input_button.press",
    "cover": "cover.open_cover",
    "lock": "lock.open",
}


@dataclass(frozen=True, slots=True)
class Openers:
    verbs: frozenset[str]
    words: tuple[str, ...]
    lock_words: frozenset[str] = frozenset()
    """Words of a lock's name that say it is a lock, not which door it locks."""


@functools.lru_cache(maxsize=16)
def load_openers(language: str) -> Openers | None:
    raw = own_data(language, "openers.yaml")
    if not raw:
        return None
    return Openers(
        verbs=frozenset(normalize(str(v)) for v in raw.get("verbs") or ()),
        words=tuple(normalize(str(w)) for w in raw.get("words") or ()),
        lock_words=frozenset(
            word for w in raw.get("lock_words") or () for word in normalize(str(w)).split()
        ),
    )


def _names(entity: Entity) -> list[str]:
    return [normalize(n).replace("_", " ") for n in (entity.name, *entity.aliases) if n]


def opener(home: Home, lock: Entity, text: str, language: str) -> tuple[str, Entity] | None:
    """The service and device that open the door *lock* locks, when *text* says to open it
    (not to unlock it) and one device of the home is made to open it; else None."""
    data = load_openers(language)
    if data is None:
        return None
    said = normalize(text).split()
    if not said or said[0] not in data.verbs:
        return None
    # "Front Door Lock": the front door, which a Front Door Opener opens
    lock_words = [set(n.split()) - data.lock_words or set(n.split()) for n in _names(lock)]
    found: list[Entity] = []
    for entity in home.exposed():
        if entity.entity_id == lock.entity_id or entity.domain not in _OPENS:
            continue
        for name in _names(entity):
            padded = f" {name} "
            words = set(name.split())
            if any(f" {w} " in padded for w in data.words) and any(
                lw and lw < words for lw in lock_words
            ):
                found.append(entity)
                break
    if len(found) != 1:
        return None
    return _OPENS[found[0].domain], found[0]
