"""A language's time words (``resources/time/<lang>.yaml``) and the tokenizer.

The data file holds every word; this module turns it into a phrase table that the grammar
(:mod:`app.understanding.timeparse.grammar`) queries by category ("weekday", "unit", "meridiem",
...). Loading is cached per language, so patterns are compiled once.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from app.core.files import load_own_yaml
from app.understanding.timeparse.values import UnsupportedLanguageError

__all__ = ["Language", "Token", "load_language", "normalize_language", "tokenize"]

_TOKEN = re.compile(r"(\d+)|([^\W\d_]+(?:['’][^\W\d_]+)*)|([^\w\s])")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


@dataclass(frozen=True, slots=True)
class Token:
    norm: str
    """Lower-cased text of the token."""
    start: int
    end: int
    number: int | None
    """Its value when the token is all digits."""
    digits: int = 0
    """How many digits (``"07"`` has 2), 0 for a word."""


def tokenize(text: str) -> list[Token]:
    """Digits, words (with inner apostrophes) and single punctuation marks, with offsets."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        digits, _word, _punct = match.groups()
        raw = match.group(0)
        if digits is not None:
            tokens.append(Token(raw, match.start(), match.end(), int(raw), len(raw)))
        else:
            # "дев’ять", "девʼять" and "дев'ять" are one word: the data writes the apostrophe '
            norm = raw.casefold().translate(_APOSTROPHES)
            tokens.append(Token(norm, match.start(), match.end(), None))
    return tokens


@dataclass(frozen=True, slots=True)
class PartOfDay:
    name: str
    start: tuple[int, int]
    end: tuple[int, int]
    """(24, 0) is midnight at the end of the day."""
    meridiem: str | None


@dataclass(slots=True)
class Language:
    """One language's time words, indexed for the grammar."""

    code: str
    phrases: dict[tuple[str, ...], dict[str, Any]] = field(default_factory=dict)
    """Token sequence -> {category: value}."""
    longest: int = 1
    first_words: frozenset[str] = frozenset()
    """Every token a phrase can start with (to skip uninteresting tokens fast)."""
    parts: dict[str, PartOfDay] = field(default_factory=dict)
    afternoon_hours: frozenset[int] = frozenset()
    oclock_minutes: bool = False
    """Minutes may follow the word for o'clock ("8 Uhr 30", "20h30")."""
    oclock_minute_unit: bool = False
    """Those minutes may be said with their unit ("в 8 часов 30 минут")."""
    minutes_into_hour: bool = False
    """Minutes and then the hour being entered as an hour word are a clock: Russian
    "четверть девятого" (8:15)."""
    into_hour_joined: bool = False
    """Those minutes and the hour are joined by a word (into_hour): Ukrainian "чверть на
    дев'яту" (8:15)."""
    half_hour_alone: bool = False
    """A half_hour word and an hour make a clock without a word for "at" ("imorgon halv
    åtta")."""
    text: dict[str, Any] = field(default_factory=dict)
    """Display words and templates for questions and descriptions."""

    def add(self, phrase: str, category: str, value: Any = True) -> None:
        key = tuple(token.norm for token in tokenize(phrase))
        if not key:
            return
        self.phrases.setdefault(key, {})[category] = value
        self.longest = max(self.longest, len(key))

    def template(self, key: str, **values: object) -> str:
        """A text template from the data file, filled in."""
        return str(self.text[key]).format(**values)

    def question(self, key: str, **values: object) -> str:
        return str(self.text["questions"][key]).format(**values)


def normalize_language(language: str) -> str:
    """ "en-US", "en_GB", "EN" -> "en"."""
    return language.strip().replace("_", "-").split("-")[0].lower()


def load_language(language: str) -> Language:
    """The time words of *language* ("en", "en-US", ...), loaded once per language; raises
    :class:`UnsupportedLanguageError` when there are none."""
    return _load(normalize_language(language))


@functools.lru_cache(maxsize=16)
def _load(code: str) -> Language:
    source = resources.files("resources") / "time" / f"{code}.yaml"
    if not code.isalpha() or not source.is_file():
        raise UnsupportedLanguageError(f"no time expressions for language {code!r}")
    data = load_own_yaml(source.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise UnsupportedLanguageError(f"time data for {code!r} is malformed")
    return _build(code, data)


def _clock(value: str) -> tuple[int, int]:
    hour, minute = value.split(":")
    return int(hour), int(minute)


def _build(code: str, data: dict[str, Any]) -> Language:
    lang = Language(code=code, text=dict(data["text"]))
    add = lang.add

    def each_word(groups: dict[str, Any], kind: str) -> None:
        """*groups*: what each list of words stands for (a unit: the words for it)."""
        for value, words in groups.items():
            for word in words:
                add(word, kind, value)

    for key, kind in (
        ("numbers", "number"),
        ("tens", "tens"),
        ("ordinals", "ordinal"),
    ):
        for word, number in data[key].items():
            add(word, kind, int(number))
    for word, number in data["amount_phrases"].items():  # "a couple of", "anderthalb" (1.5)
        add(word, "amount", float(number) if float(number) % 1 else int(number))
    # One word for an amount and its unit ("Viertelstunde": 15 minutes).
    for word, spec in (data.get("unit_words") or {}).items():
        add(word, "unit_word", (str(spec["unit"]), float(spec["count"])))
    for index, words in enumerate(data["weekdays"]):
        for position, word in enumerate(words):
            add(word, "weekday", (index, position == 0 or word in data["weekday_plurals"]))
    for word in data["weekday_plurals"]:
        index = next(i for i, words in enumerate(data["weekdays"]) if word in words)
        add(word, "weekday_plural", index)
    for index, words in enumerate(data["months"], start=1):
        for word in words:
            add(word, "month", index)
    each_word(data["units"], "unit")
    for word, offset in data["relative_days"].items():
        add(word, "relative_day", int(offset))
    # Words for an hour that are no plain number: Polish "ósmej" (at eight), Russian
    # "восьмого" (of the eighth, in "в половине восьмого").
    for word, hour in (data.get("hour_words") or {}).items():
        add(word, "hour_word", int(hour))
    for word, minutes in (data.get("half_hour") or {}).items():
        add(word, "half_hour", int(minutes))
    for word, (month, day) in (data.get("named_days") or {}).items():
        add(word, "named_day", (int(month), int(day)))
    for name, spec in data["parts_of_day"].items():
        lang.parts[name] = PartOfDay(
            name, _clock(spec["start"]), _clock(spec["end"]), spec.get("meridiem")
        )
    each_word(data["part_of_day_words"], "part")
    for word in data["parts_alone"]:
        add(word, "part_alone", True)
    for word, spec in data["day_parts"].items():
        add(word, "day_part", (int(spec["day"]), str(spec["part"])))
    each_word(data["meridiem"], "meridiem")
    for word, clock in data["named_times"].items():
        add(word, "named_time", _clock(clock))
    for word, unit in data["frequency_adverbs"].items():
        add(word, "frequency", unit)
    for name, words in data["periods"].items():
        for word in words:
            add(word, "period", name)
            if name in data["filler_periods"]:
                add(word, "filler_period", name)
    simple = [
        "one_words",
        "vague_amounts",
        "vague_times",
        "half",
        "and_a_half",
        "quarter_of",
        "ordinal_suffixes",
        "oclock",
        "past",
        "to",
        "at",
        "at_weak",
        "zero_minute",
        "on",
        "in",
        "from_now",
        "the",
        "of",
        "date_separators",
        "next",
        "this",
        "last",
        "range_start",
        "range_end",
        "range_and",
        "for",
        "period_fillers",
        "every",
        "every_other",
        "weekday_word",
        "weekend_word",
        "and",
        "fortnight",
        "until",
    ]
    simple += [c for c in ("weekday_adverbs",) if c in data]  # "werktags": every weekday
    for category in simple:
        for word in data[category]:
            add(str(word), category)
    for word in data.get("after_next") or ():  # "the week after next"
        add(str(word), "after_next")
    # Words some languages have and English does not: "8 y media", "9 moins le quart" (the
    # hour first, then what is added or taken away), and "next" or "last" said after the
    # day or period ("vendredi prochain", "la semana que viene").
    for category in (
        "hour_plus",
        "hour_minus",
        "plus_half",
        "plus_quarter",
        "next_after",
        "last_after",
        "this_after",
        "tens_and",
        "to_before",
        "day_of_month",
        "into_hour",
    ):
        for word in data.get(category) or ():
            add(str(word), category)
    lang.oclock_minutes = bool(data.get("oclock_minutes"))
    lang.half_hour_alone = bool(data.get("half_hour_alone"))
    lang.oclock_minute_unit = bool(data.get("oclock_minute_unit"))
    lang.minutes_into_hour = bool(data.get("minutes_into_hour"))
    lang.into_hour_joined = bool(data.get("into_hour"))
    lang.afternoon_hours = frozenset(int(h) for h in data["afternoon_hours"])
    lang.first_words = frozenset(key[0] for key in lang.phrases)
    return lang
