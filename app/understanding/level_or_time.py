"""A level said the way a time is said: "the kitchen lights at 7", "dim the lamp at 10".

A number said after a word that also says a time ("at") that is an hour people say on its own
(1 to 12), with no unit of level after it ("%", "percent"), may be the level or the hour.
When a plan sets that very number as a level (a brightness, a fan's speed, a blind's
position), the plan is a guess and is asked about first: run unasked, a light dimmed to 7 %
at dinner time is the wrong thing done. The words are data per language
(``resources/sentences/<lang>/level_or_time.yaml``); a language without them never asks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.plan import Step
from app.understanding.own_data import own_data

#: Step parameters that hold a level in percent.
_LEVELS = ("brightness_pct", "percentage", "position")
_TOKEN = re.compile(r"\d+|%|[^\W\d_][\w'-]*")


@dataclass(frozen=True, slots=True)
class _Words:
    before: frozenset[str]
    hours: tuple[int, int]
    units: tuple[tuple[str, ...], ...]


@functools.lru_cache(maxsize=16)
def _words(language: str) -> _Words | None:
    raw = own_data(language, "level_or_time.yaml")
    if not raw:
        return None
    hours = raw.get("hours") or (1, 12)
    return _Words(
        before=frozenset(str(w).casefold() for w in raw.get("before") or ()),
        hours=(int(hours[0]), int(hours[1])),
        units=tuple(tuple(_TOKEN.findall(str(u).casefold())) for u in raw.get("units") or ()),
    )


def said_like_a_time(text: str, steps: Iterable[Step], language: str) -> bool:
    """Whether a level one of *steps* sets was said in *text* the way an hour is ("at 7")."""
    words = _words(language)
    if words is None or not words.before:
        return False
    levels = {
        round(float(value))
        for step in steps
        if not step.read_only
        for key, value in step.params.items()
        if key in _LEVELS and isinstance(value, int | float) and not isinstance(value, bool)
    }
    if not levels:
        return False
    tokens = _TOKEN.findall(text.casefold())
    low, high = words.hours
    for i, token in enumerate(tokens[:-1]):
        number = tokens[i + 1]
        if token not in words.before or not number.isdigit():
            continue
        after = tuple(tokens[i + 2 :])
        if any(after[: len(unit)] == unit for unit in words.units if unit):
            continue
        if low <= int(number) <= high and int(number) in levels:
            return True
    return False
