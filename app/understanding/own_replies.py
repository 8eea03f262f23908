"""Hearth's own replies in the request's language, from data, with English as the fallback.

Hearth's rules answer in English ("For how long?", "Sorry, I can't do that yet.", "I
couldn't find a thermostat in the Kitchen."). Where Home Assistant has no template for the
case (app/understanding/replies.py), ``resources/sentences/<lang>/hearth.yaml`` says each of
them in the language, under ``replies``:

- ``say``: each English reply as a pattern, its ``{slots}`` standing for what varies (a
  device's or room's name, a list of them), and what the language says instead with the same
  slots. A reply of several sentences is said sentence by sentence, the longest patterns
  tried first; a sentence no pattern fits stays as it was.
- ``words``: English words a slot may hold that come from Hearth's rules, not from the home
  ("thermostat", "media player"), said in the language; a slot's value is looked up whole.
- ``values``: English joins inside a list of names (the slots ``{choices}`` and
  ``{names}``: "Lamp in the Office or Lamp in the Bedroom"), as (regular expression,
  replacement) pairs applied in order.
- ``nouns: capitalised``: the language writes its nouns with a capital (German), so a
  word of ``words`` is said with one even when the data spells it lower case.

The home's own names are never looked up or changed: only the words around them are.

Answers to questions are not made here: they are said in the language at their source, from
a message key and its slots (app/understanding/keyed_replies.py), so no pattern of this file
has to read them back out of English. What is left here are the replies of rules that still
write English.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from app.understanding.own_data import own_data

_SLOT = re.compile(r"\{(\w+)\}")
#: The slots that hold a list of names, whose joins are English ("A, B or C").
_LISTS = frozenset({"choices", "names"})
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z“'\"])")


@dataclass(frozen=True, slots=True)
class _Pattern:
    english: re.Pattern[str]
    said: str
    slots: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OwnReplies:
    """One language's own replies."""

    patterns: tuple[_Pattern, ...] = ()
    words: tuple[tuple[str, str], ...] = ()
    values: tuple[tuple[re.Pattern[str], str], ...] = ()
    capitalised: bool = False

    def say(self, english: str) -> str | None:
        """*english* (one reply, maybe of several sentences) in the language; None when no
        sentence of it is known."""
        whole = self._one(english)
        if whole is not None:
            return whole
        parts = _SENTENCE_END.split(english)
        if len(parts) < 2:
            return None
        said = [self._one(part) for part in parts]
        if all(s is None for s in said):
            return None
        return " ".join(s if s is not None else p for s, p in zip(said, parts, strict=True))

    def _one(self, sentence: str) -> str | None:
        for pattern in self.patterns:
            found = pattern.english.fullmatch(sentence)
            if found is None:
                continue
            values = {slot: self._value(slot, found.group(slot)) for slot in pattern.slots}
            return pattern.said.format(**values)
        return None

    def _value(self, slot: str, value: str) -> str:
        for english, own in self.words:
            if value.casefold() == english:
                return own
        if slot not in _LISTS:
            return value  # a name of the home's, said as written
        for pattern, replacement in self.values:
            value = pattern.sub(replacement, value)
        return value


def _compile(english: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    slots: list[str] = []
    parts: list[str] = []
    last = 0
    for found in _SLOT.finditer(english):
        parts.append(re.escape(english[last : found.start()]))
        slot = found.group(1)
        if slot in slots:
            parts.append(f"(?P={slot})")
        else:
            slots.append(slot)
            parts.append(f"(?P<{slot}>.+?)")
        last = found.end()
    parts.append(re.escape(english[last:]))
    try:
        return re.compile("".join(parts), re.DOTALL), tuple(slots)
    except re.error:
        return None


@functools.lru_cache(maxsize=16)
def replies(language: str) -> OwnReplies:
    """The own replies of *language* (empty where its ``hearth.yaml`` has none, and for
    English, whose replies are the patterns themselves)."""
    if language.split("-", 1)[0].lower() == "en":
        return OwnReplies()
    section = (own_data(language, "hearth.yaml") or {}).get("replies")
    if not isinstance(section, dict):
        return OwnReplies()
    capitalised = str(section.get("nouns", "")) == "capitalised"
    patterns: list[tuple[int, _Pattern]] = []
    for english, said in (section.get("say") or {}).items():
        compiled = _compile(str(english))
        if compiled is None:
            continue
        pattern, slots = compiled
        if set(_SLOT.findall(str(said))) <= set(slots):
            patterns.append((len(_SLOT.sub("", str(english))), _Pattern(pattern, str(said), slots)))
    # The longest English text first: "I couldn't find a {kind} in the {area}." before
    # "I couldn't find a {kind}."
    patterns.sort(key=lambda p: -p[0])
    words = []
    for english, own in (section.get("words") or {}).items():
        text = str(own)
        if capitalised and text[:1].islower():
            text = text[:1].upper() + text[1:]
        words.append((str(english).casefold(), text))
    values = []
    for pair in section.get("values") or ():
        if isinstance(pair, list) and len(pair) == 2:
            try:
                values.append((re.compile(str(pair[0])), str(pair[1])))
            except re.error:
                continue
    return OwnReplies(tuple(p for _, p in patterns), tuple(words), tuple(values), capitalised)


def say(language: str, english: str | None) -> str | None:
    """*english*, a reply of Hearth's own rules, in *language* where its data says it; else
    as it was."""
    if not english:
        return english
    return replies(language).say(english) or english
