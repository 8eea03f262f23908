"""Hearth's one way to say a reply in the request's language, at its source: a message key,
its slots, and the language's template for the key, with English's template as the fallback.

Every reply Hearth writes itself is said here: answers to questions, asking back ("For how
long?", "Which one do you mean: {choices}?"), what the home lacks, an undo's refusals, "Nothing
to change" (app/execution/preview.py). Home Assistant's own response templates
(app/understanding/replies.py) are library data and come first where they have the case.

Each language keeps its templates under ``replies:`` in ``resources/sentences/<lang>/``
``questions.yaml`` (answers) and ``hearth.yaml`` (the other rules' replies); English's are data
as well. A key is a dotted path into that mapping (``group.count_many``, ``ask.which_one``);
a template's ``{slots}`` are filled with what the code gives (names from the home, numbers as
people write them).

The one fallback rule, for every reply: a language that lacks the template, or one whose
template names a slot the code does not give, or that lacks a word of a :class:`Phrase` in
the slots (a :class:`Word` of Hearth's rules, the joins of a :class:`Listed` list of names),
says the whole reply in English, never half in one language and half in the other. The
home's own names are never looked up or changed.

Besides whole sentences, ``replies:`` holds the words that go into them, looked up with
:func:`word`: state words (``states.open``), what a binary sensor's on and off mean
(``binary.window``, a pair), the names of measures (``measures.temperature``), and the joins
of a list (``and``, ``or``).

The code does not pass the language down through every helper: the planner (and a
question's reader) says which language it answers in with :func:`speaking`, and :func:`said`
uses that language (English where none is set), so an English reply is the very text it was.
"""

from __future__ import annotations

import contextlib
import functools
import re
import string
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar, runtime_checkable

from app.understanding.own_data import own_data

_T = TypeVar("_T")
_SPEAKING: ContextVar[str] = ContextVar("hearth_reply_language", default="en")
_FORMATTER = string.Formatter()
_SLOT_NAME = re.compile(r"^\w+$")


@contextlib.contextmanager
def speaking(language: str) -> Iterator[None]:
    """Within the block, :func:`said` and :func:`word` answer in *language*."""
    token = _SPEAKING.set(language)
    try:
        yield
    finally:
        _SPEAKING.reset(token)


def current() -> str:
    """The language :func:`said` answers in now."""
    return _SPEAKING.get()


def _base(language: str) -> str:
    return language.split("-", 1)[0].lower()


#: The files whose ``replies:`` hold a language's templates: answers to questions, the
#: replies of Hearth's other rules (asking back, not found, undo, nothing to change), the
#: text of a plan's steps and what running them reports (``steps_text.yaml``), and a
#: variant's own words over its base's (``replies.yaml``: "pt-BR" says "não entendi" where
#: "pt" says "não percebi"; its other keys are the base's, read from the base's files).
_FILES = ("questions.yaml", "hearth.yaml", "steps_text.yaml", "replies.yaml")


@functools.lru_cache(maxsize=16)
def _templates(language: str) -> Mapping[str, Any]:
    """The ``replies`` of *language*'s data files (:data:`_FILES`), keys flattened with dots."""
    flat: dict[str, Any] = {}

    def walk(prefix: str, node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(f"{prefix}{key}" if not prefix else f"{prefix}.{key}", value)
        elif isinstance(node, list):
            flat[prefix] = tuple(str(v) for v in node)
        elif node is not None:
            flat[prefix] = str(node)

    for name in _FILES:
        raw = (own_data(language, name) or {}).get("replies")
        walk("", raw if isinstance(raw, dict) else {})
    return flat


@functools.lru_cache(maxsize=512)
def _slots_of(template: str) -> frozenset[str] | None:
    """The slot names *template* uses, or None when it is no valid template."""
    try:
        parsed = list(_FORMATTER.parse(template))
    except ValueError:
        return None
    names = frozenset(field for _, field, _, _ in parsed if field is not None)
    if any(not _SLOT_NAME.match(name) for name in names):
        return None  # "{0}", "{a.b}", "{a[0]}": no slot of ours
    return names


def template(language: str, key: str) -> str | None:
    """The template of *key* in *language*, else English's; None where neither has it."""
    for lang in dict.fromkeys((language, _base(language), "en")):
        found = _templates(lang).get(key)
        if isinstance(found, str):
            return found
    return None


def own(language: str, key: str) -> str | None:
    """The template *key* of *language* itself (or of its base language): never English's
    unless *language* is English. None where the language lacks it."""
    for lang in dict.fromkeys((language, _base(language))):
        found = _templates(lang).get(key)
        if isinstance(found, str):
            return found
    return None


@runtime_checkable
class Phrase(Protocol):
    """A slot's value that is said in the reply's language too: a word of Hearth's rules, a
    list of names with its joins. :meth:`said_in` answers None where the language lacks a
    part of it, and the whole reply is then said in English."""

    def said_in(self, language: str) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Word:
    """A word of Hearth's rules in a reply ("thermostat", "media player"), said from the
    language's ``words.<english word>``."""

    english: str

    def said_in(self, language: str) -> str | None:
        if _base(language) == "en":
            return self.english
        return own(language, f"words.{self.english.casefold()}")


@dataclass(frozen=True, slots=True)
class Keyed:
    """A part of a reply said by its own key ("“milk” on Shopping List": ``list.on_list``);
    its slots may be phrases too. With a whole-number ``count`` slot the key may hold a form
    per plural category (``<key>.few``, as :class:`Counted`)."""

    key: str
    slots: tuple[tuple[str, object], ...]

    @classmethod
    def of(cls, key: str, /, **slots: object) -> Keyed:
        return cls(key, tuple(slots.items()))

    def said_in(self, language: str) -> str | None:
        given = dict(self.slots)
        found = own(language, self.key)
        count = given.get("count")
        if found is None and isinstance(count, int) and not isinstance(count, bool):
            # a form per plural category ("3 przypomnienia", "5 przypomnień"), as Counted
            found = own(language, f"{self.key}.{plural(language, count)}") or own(
                language, f"{self.key}.other"
            )
        wanted = None if found is None else _slots_of(found)
        if found is None or wanted is None or not wanted <= given.keys():
            return None
        values: dict[str, object] = {}
        for name in wanted:
            value = given[name]
            values[name] = value.said_in(language) if isinstance(value, Phrase) else value
            if values[name] is None:
                return None
        return found.format(**values)


@dataclass(frozen=True, slots=True)
class English:
    """Words said in English only (a date or time app/understanding/timeparse said in English,
    for a language without time words): a reply holding them is said wholly in English."""

    text: str

    def said_in(self, language: str) -> str | None:
        return self.text if _base(language) == "en" else None


def plural(language: str, count: int) -> str:
    """The plural category of *count* in *language*, as CLDR names them: ``one``, ``few``
    (Polish 2–4, 22–24 …), ``many`` (Polish 5–21, 25 …) or ``other``."""
    base = _base(language)
    if base == "pl":
        if count == 1:
            return "one"
        if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
            return "few"
        return "many"
    if base in ("ru", "uk"):  # 1, 21 "минута", "хвилина"; 2–4, 22–24 "минуты"; 5–20 "минут"
        if count % 10 == 1 and count % 100 != 11:
            return "one"
        if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
            return "few"
        return "many"
    if base == "fr":
        return "one" if count in (0, 1) else "other"
    return "one" if count == 1 else "other"


@dataclass(frozen=True, slots=True)
class Counted:
    """A number of things in the form the number takes ("5 lights", "5 Lichter", "5 świateł",
    "22 światła"): the template ``<key>.<category>`` (:func:`plural`), else ``<key>.other``,
    ``{count}`` the number."""

    key: str
    count: int

    def said_in(self, language: str) -> str | None:
        found = own(language, f"{self.key}.{plural(language, self.count)}") or own(
            language, f"{self.key}.other"
        )
        return None if found is None else found.format(count=self.count)


@dataclass(frozen=True, slots=True)
class Number:
    """A number as the language writes it: *text* as English writes it ("21.5"), with the
    language's decimal sign (``decimal``, a point where the language has none)."""

    text: str

    def said_in(self, language: str) -> str | None:
        if _base(language) == "en":
            return self.text
        return self.text.replace(".", own(language, "decimal") or ".")


@dataclass(frozen=True, slots=True)
class LengthOfTime:
    """A length of time in the language's words ("1 hour 5 minutes", "9 Minuten 12
    Sekunden"), from ``duration.<unit>`` and ``duration.<unit>s`` (one and many, ``{count}``
    the number; either may hold a form per plural category, :func:`plural`: "5 minut", "2
    minuty"); *attributive*: the form that names a timer in English ("10 minute"), the
    ``duration.<unit>_of`` templates (the plain form where a language has none)."""

    seconds: float
    attributive: bool = False

    def said_in(self, language: str) -> str | None:
        total = max(0, round(self.seconds))
        parts = ((total // 3600, "hour"), (total % 3600 // 60, "minute"), (total % 60, "second"))
        words: list[str] = []
        for count, unit in [p for p in parts if p[0]] or [(0, "second")]:
            key = f"duration.{unit}" if count == 1 else f"duration.{unit}s"
            keys = [key]
            if self.attributive:
                keys[:0] = [f"duration.{unit}_of"]
            # A form per plural category where the number takes several ("2 minuty", "5 minut")
            category = plural(language, count)
            found = next(
                (
                    t
                    for k in keys
                    for t in (own(language, f"{k}.{category}"), own(language, k))
                    if t
                ),
                None,
            )
            if found is None:
                return None
            words.append(found.format(count=count))
        return " ".join(words)


@dataclass(frozen=True, slots=True)
class Listed:
    """Names in a reply, joined the language's way ("Lamp in the Office, Lamp in the Hall or
    one of 3 more"). A name with its room is said by ``list.in_area``, the joins are
    ``or`` and ``and`` (*join* None: commas only; *commas* False: the join between every
    two, "“milk” or “oat milk” or “soy milk”"), the rest ``list.more``."""

    names: tuple[str | tuple[str, str] | Keyed, ...]
    join: str | None = "or"
    more: int = 0
    commas: bool = True

    def said_in(self, language: str) -> str | None:
        items: list[str] = []
        for name in self.names:
            if isinstance(name, Keyed):
                said = name.said_in(language)
                if said is None:
                    return None
                items.append(said)
            elif isinstance(name, tuple):
                in_area = own(language, "list.in_area")
                if in_area is None:
                    return None
                items.append(in_area.format(name=name[0], area=name[1]))
            else:
                items.append(name)
        if self.more:
            more = own(language, "list.more")
            if more is None:
                return None
            items.append(more.format(count=self.more))
        if len(items) < 2 or self.join is None:
            return ", ".join(items)
        joined = own(language, self.join)
        if joined is None:
            return None
        if not self.commas:
            return f" {joined} ".join(items)
        return ", ".join(items[:-1]) + f" {joined} " + items[-1]


def say(language: str, key: str, /, **slots: Any) -> str:
    """The reply *key* in *language*, its slots filled. The one fallback of every reply: a
    language that lacks the template, or a word of a :class:`Phrase` in its slots, says the
    whole reply in English (never half in one language, half in the other). A key English
    lacks is a mistake of the code: KeyError."""
    found = say_whole(language, key, **slots)
    if found is None:
        raise KeyError(f"no reply template {key!r}")
    return found


def say_whole(language: str, key: str, /, **slots: Any) -> str | None:
    """:func:`say`, or None where not even English can say the reply whole (a
    :class:`Phrase` in the slots that only the request's language has a word for: the
    caller then keeps a reply of its own)."""
    for lang in dict.fromkeys((language, _base(language), "en")):
        found = _templates(lang).get(key)
        if not isinstance(found, str):
            continue
        wanted = _slots_of(found)
        if wanted is None or not wanted <= slots.keys():
            continue  # a template that needs what the code does not give: the next one
        # A variant's ("pt-BR") template may be its base's: the words in it are the variant's.
        speaker = language if _base(lang) == _base(language) else lang
        values: dict[str, Any] = {}
        for name in wanted:
            value = slots[name]
            values[name] = value.said_in(speaker) if isinstance(value, Phrase) else value
        if any(value is None for value in values.values()):
            continue  # a word the language lacks: the whole reply in the next one
        return found.format(**values)
    return None


def said(key: str, /, **slots: Any) -> str:
    """:func:`say` in the language being spoken (:func:`speaking`)."""
    return say(_SPEAKING.get(), key, **slots)


#: The words :func:`word` and :func:`pair` did not find in the language being spoken, while
#: :func:`whole` listens (None: nobody listens).
_MISSED: ContextVar[set[str] | None] = ContextVar("hearth_reply_missed", default=None)


def _missed(key: str) -> None:
    missed = _MISSED.get()
    if missed is not None:
        missed.add(key)


def whole(language: str, make: Callable[[], _T]) -> _T:
    """What *make* answers, said in *language*; where it used a word (:func:`word`,
    :func:`pair`) the language lacks, *make* again in English: the one fallback of every
    reply (the whole answer in English, never "Die Tür ist locked")."""
    missed: set[str] = set()
    token = _MISSED.set(missed)
    try:
        with speaking(language):
            made = make()
    finally:
        _MISSED.reset(token)
    if not missed:
        return made
    with speaking("en"):
        return make()


def word(key: str, default: str) -> str:
    """A word of the language being spoken (``states.open``), else *default* (English's):
    a word it lacks is noted, and :func:`whole` then says the whole answer in English."""
    language = _SPEAKING.get()
    if _base(language) == "en":
        return default
    for lang in dict.fromkeys((language, _base(language))):
        found = _templates(lang).get(key)
        if isinstance(found, str):
            return found
    _missed(key)
    return default


def pair(key: str, default: tuple[str, str]) -> tuple[str, str]:
    """Two words of the language being spoken (a binary sensor's on and off), else
    *default*, noted as :func:`word` notes a word the language lacks."""
    language = _SPEAKING.get()
    if _base(language) == "en":
        return default
    for lang in dict.fromkeys((language, _base(language))):
        found = _templates(lang).get(key)
        if isinstance(found, tuple) and len(found) == 2:
            return found[0], found[1]
    _missed(key)
    return default
