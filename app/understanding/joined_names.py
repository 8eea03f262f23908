"""A device's name said with one of the language's little joining words inside it.

"La lampada da lettura" for a light the home calls "Lampada lettura", "de lamp van de gang"
for "Lamp gang": people join the words of a name the way their language joins nouns, and
the home's name leaves the joining word out. The joining words are data
(``light_name_joiners`` in ``resources/sentences/<lang>/hearth.yaml``). The words are
rewritten to the home's name only where that exact name is a device's and the words as said
are no name at all, so nothing is guessed.
"""

from __future__ import annotations

import functools
from collections.abc import Collection

from app.understanding.own_data import own_data
from app.understanding.vocabulary import normalize

#: The most words of a name on either side of the joining words.
_MOST_WORDS = 3
#: The most joining words in a row ("de la", "van de").
_MOST_JOINERS = 2


def _listed(language: str, key: str) -> frozenset[str]:
    """The words the language's ``hearth.yaml`` lists under *key*, normalised (none where it
    lists none)."""
    data = own_data(language.split("-", 1)[0], "hearth.yaml") or {}
    listed = data.get(key)
    return frozenset(normalize(str(w)) for w in listed) if isinstance(listed, list) else frozenset()


@functools.cache
def joiners(language: str) -> frozenset[str]:
    """The language's joining words (``light_name_joiners``)."""
    return _listed(language, "light_name_joiners")


@functools.cache
def turning_joiners(language: str) -> frozenset[str]:
    """The language's words that join a name's last word said first to the rest said after
    ("the ph of the pool" for "Pool pH"; ``name_turning_joiners``)."""
    return _listed(language, "name_turning_joiners")


def as_named_turned(text: str, joiners: Collection[str], names: Collection[str]) -> str:
    """*text* (normalised) with a name's last words said first, joined to the rest by
    joining words ("ph of the pool"), as the home's name ("pool ph"), where that is one of
    *names* and the words said first are not."""
    if not joiners:
        return text
    words = text.split()
    for index in range(1, len(words) - 1):
        if words[index] not in joiners or words[index - 1] in joiners:
            continue
        after = index
        while after < len(words) and after - index < _MOST_JOINERS and words[after] in joiners:
            after += 1
        for before in range(min(_MOST_WORDS, index), 0, -1):
            last = words[index - before : index]
            if " ".join(last) in names:
                continue
            for size in range(min(_MOST_WORDS, len(words) - after), 0, -1):
                name = " ".join([*words[after : after + size], *last])
                if name in names:
                    return " ".join([*words[: index - before], name, *words[after + size :]])
    return text


def as_named(text: str, joiners: Collection[str], names: Collection[str]) -> str:
    """*text* (normalised) with a name said with joining words inside it ("lampada da
    lettura") as the home's name ("lampada lettura"), where that is one of *names* and the
    words as said are not."""
    if not joiners:
        return text
    words = text.split()
    index = 1
    while index < len(words) - 1:
        found = _named_at(words, index, joiners, names)
        if found is None:
            index += 1
            continue
        start, end, name = found
        words[start:end] = name.split()
        index = start + 1
    return " ".join(words)


def _named_at(
    words: list[str], index: int, joiners: Collection[str], names: Collection[str]
) -> tuple[int, int, str] | None:
    if words[index] not in joiners:
        return None
    after = index
    while after < len(words) and after - index < _MOST_JOINERS and words[after] in joiners:
        after += 1
    for before in range(_MOST_WORDS, 0, -1):
        start = index - before
        if start < 0:
            continue
        for size in range(_MOST_WORDS, 0, -1):
            end = after + size
            if end > len(words):
                continue
            name = " ".join([*words[start:index], *words[after:end]])
            if name in names and " ".join(words[start:end]) not in names:
                return start, end, name
    return None
