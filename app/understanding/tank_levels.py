"""A tank's level asked by what it holds: "diesel level?", "how much oil is left", "how much
water is in the tank", "is the cassette nearly full".

People ask about a tank by its contents, not by the sensor's name, and the word they say is
often shared with a device that burns or pumps it ("Diesel Heater", "Tank Fill"). When the
question says a level word (``resources/sentences/<lang>/tank_levels.yaml``) and the rest of
its words are all words of one level sensor's name (a sensor in %, not a battery or a
humidity), that sensor is read. Anything else (two such sensors, none, a word no tank's name
holds) is left to the other question rules."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import app.understanding.answers as answers  # noqa: PLR0402  the module, not the package (no cycle)
from app.core.home import Entity, Home
from app.understanding.actions import read_text
from app.understanding.own_data import own_data
from app.understanding.question_reading import resolved, singular
from app.understanding.resolve import Resolved
from app.understanding.vocabulary import normalize

#: Sensors in % that measure something other than a tank's contents.
_NOT_LEVELS = frozenset({"battery", "humidity", "moisture", "power_factor", "aqi"})


@dataclass(frozen=True)
class LevelWords:
    asks: tuple[str, ...]
    """Phrases that ask for a level ("level", "left", "how full")."""
    ignored: frozenset[str]
    """Words of such a question that name nothing ("how", "much", "nearly")."""


@functools.lru_cache(maxsize=16)
def _words(language: str) -> LevelWords | None:
    raw = own_data(language, "tank_levels.yaml") or {}
    asks = tuple(normalize(str(w)) for w in raw.get("asks") or ())
    if not asks:
        return None
    ignored = frozenset(normalize(str(w)) for w in raw.get("ignored") or ())
    return LevelWords(asks=asks, ignored=ignored)


def _level_sensor(entity: Entity) -> bool:
    return (
        entity.domain == "sensor"
        and entity.attributes.get("unit_of_measurement") == "%"
        and (entity.device_class or "") not in _NOT_LEVELS
    )


def _name_words(entity: Entity) -> list[set[str]]:
    return [{singular(w) for w in normalize(n).split()} for n in (entity.name, *entity.aliases)]


def tank_level(text: str, home: Home, language: str) -> Resolved | None:
    """The reading of the one level sensor *text* asks about by its contents, or None."""
    words = _words(language)
    if words is None:
        return None
    clean = normalize(text)
    padded = f" {clean} "
    if not any(f" {phrase} " in padded for phrase in words.asks):
        return None
    asked = {singular(w) for w in clean.split() if w not in words.ignored}
    asked -= {singular(w) for phrase in words.asks for w in phrase.split()}
    if not asked:
        return None
    found = [
        e
        for e in home.exposed()
        if _level_sensor(e) and any(asked <= name for name in _name_words(e))
    ]
    if len(found) != 1:
        return None
    return resolved(found, answers.one_answer(found[0], None), read_text(found))
