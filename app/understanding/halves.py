"""Numbers said in words that are not what they seem. A number said with "and a half"
("twenty one and a half", "19 and a half") is written as the number it is ("21.5"), so that a
temperature, a level or a position said that way is read by the same sentence rules as "21.5";
a length of time ("two and a half hours") is left to the timer rules, which read halves of
their own units. And "one" after "that", "the other" ("that one too") stands for a device, never
for the number 1.

The number words are the language's (``numbers`` in ``resources/sentences/<lang>/frames.yaml``);
the words for "and a half", units of time and "that one" are in its ``here.yaml``, as is what
half of a unit of time is in the next smaller one, for languages whose timer sentences do not
read "2 minuti e mezzo" themselves.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from app.understanding.own_data import own_data

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)?$")


@functools.cache
def _words(language: str) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """The language's words for "and a half" and its units of time (None: it has none)."""
    data = own_data(language, "here.yaml") or {}
    half = data.get("and_a_half")
    if not isinstance(half, str) or not half.strip():
        return None
    units = data.get("time_units") or []
    return tuple(half.lower().split()), frozenset(str(u).lower() for u in units)


@functools.cache
def _unit_halves(language: str) -> tuple[tuple[tuple[str, ...], dict[str, str]], ...]:
    """Per way of saying "and a half" after a unit of time ("2 minuti e mezzo", "un'ora e
    mezza"), its words and, per unit, what the half is said as in the next smaller unit ("e 30
    secondi"), from ``unit_halves`` in the language's ``here.yaml``."""
    data = own_data(language, "here.yaml") or {}
    found = []
    for entry in data.get("unit_halves") or ():
        if not isinstance(entry, dict) or not isinstance(entry.get("said"), str):
            continue
        halves = {str(k).lower(): str(v) for k, v in (entry.get("units") or {}).items()}
        found.append((tuple(entry["said"].lower().split()), halves))
    return tuple(found)


def _with_unit_halves(words: list[str], language: str) -> list[str]:
    """*words* with each "and a half" said after a unit of time written as the half in the
    next smaller unit ("2 minuti e mezzo" -> "2 minuti e 30 secondi"), so the timer rules read
    one length, never a second timer of "a half"."""
    for said, halves in _unit_halves(language):
        n = len(said)
        i = 1
        while i + n <= len(words):
            unit = words[i - 1].lower()
            if [w.lower().strip(".,!?") for w in words[i : i + n]] == list(said) and unit in halves:
                words = [*words[:i], *halves[unit].split(), *words[i + n :]]
            i += 1
    return words


@functools.cache
def _said_between(language: str) -> frozenset[str]:
    """Words said between a number and its "and a half" ("22 gradi e mezzo"), which then
    follow the whole number ("22.5 gradi")."""
    data = own_data(language, "here.yaml") or {}
    return frozenset(str(w).lower() for w in data.get("half_after") or ())


@functools.cache
def _ones(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's words for "one" and the words after which "one" is a pronoun."""
    data = own_data(language, "here.yaml") or {}
    return (
        frozenset(str(w).lower() for w in data.get("one_words") or ()),
        frozenset(str(w).lower() for w in data.get("one_after") or ()),
    )


def pronoun_one(said: str, text: str, language: str) -> bool:
    """Whether the number word *said* in *text* is "one" standing for a device ("that one",
    "the other one"), not a number."""
    ones, after = _ones(language)
    said = said.strip().lower()
    if said not in ones:
        return False
    words = text.lower().split()
    return any(w == said and i > 0 and words[i - 1] in after for i, w in enumerate(words))


def before_pronoun_one(text: str, language: str) -> str | None:
    """The words before a last "one" that stands for a device ("mudroom" of "mudroom one",
    "the mudroom one too" said after another room's light); None when *text* ends otherwise
    or says nothing before it."""
    ones, _after = _ones(language)
    head, _, last = text.strip().rpartition(" ")
    return head if head and last.lower() in ones else None


def around_pronoun_one(text: str, language: str) -> tuple[str, str] | None:
    """The words before and after a "one" that stands for a device and has more said after
    it ("saloon" and "to ten percent" of "saloon one to ten percent"); None when *text* says
    no such "one" with words on both sides."""
    ones, _after = _ones(language)
    words = text.split()
    for i, word in enumerate(words[1:-1], start=1):
        if word.lower() in ones:
            return " ".join(words[:i]), " ".join(words[i + 1 :])
    return None


def without_pronoun_one(text: str, language: str) -> str:
    """*text* without the "one" of "that one", "the other one" (a loose reading would take it
    for the number 1); *text* itself when it says none."""
    ones, after = _ones(language)
    words = text.split()
    kept = [
        w
        for i, w in enumerate(words)
        if not (w.lower() in ones and i > 0 and words[i - 1].lower() in after)
    ]
    return " ".join(kept) if len(kept) < len(words) else text


def with_halves(text: str, numbers: Mapping[str, float], language: str) -> str:
    """*text* with each number followed by "and a half" written as one number ("twenty one and
    a half" -> "21.5") and half a unit of time said in the next smaller unit ("2 minuti e
    mezzo" -> "2 minuti e 30 secondi"); *text* itself when it says neither."""
    said = text.split()
    words = _with_unit_halves(said, language)
    changed = words != said
    words_of = _words(language)
    if words_of is None:
        return " ".join(words) if changed else text
    half, units = words_of
    n = len(half)
    i = 0
    while i + n <= len(words):
        if [w.lower() for w in words[i : i + n]] != list(half) or i == 0:
            i += 1
            continue
        between = words[i - 1].lower() in _said_between(language) and i > 1
        start, value = _number_before(words, i - 1 if between else i, numbers)
        after = words[i + n].lower().strip(".,!?") if i + n < len(words) else ""
        if value is None or after in units:
            i += 1
            continue
        said = [f"{value + 0.5:g}", *([words[i - 1]] if between else [])]  # "22.5 gradi"
        words = [*words[:start], *said, *words[i + n :]]
        i = start + 1
        changed = True
    return " ".join(words) if changed else text


def _number_before(
    words: list[str], end: int, numbers: Mapping[str, float]
) -> tuple[int, float | None]:
    """Where the number that ends before *end* starts, and its value ("twenty one": 21)."""
    last = words[end - 1].lower()
    if _DIGITS.match(last):
        return end - 1, float(last.replace(",", "."))
    if last not in numbers or last in ("a", "an") or numbers[last] != int(numbers[last]):
        return end, None
    value = numbers[last]
    start = end - 1
    before = words[start - 1].lower() if start > 0 else ""
    if (
        value < 10
        and before in numbers
        and numbers[before] >= 20
        and numbers[before] % 10 == 0
        and numbers[before] < 100
    ):
        value += numbers[before]
        start -= 1
    return start, value
