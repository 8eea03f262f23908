"""A device's name said with a word for its kind after it, apart or glued on: Dutch
"speelhoek ventilator" and "speelhoekventilator" for the fan called "Speelhoek",
"waterkokerschakelaar" for the switch "Waterkoker".

The words are the language's own (``name_kinds`` in the ``joining`` part of
``resources/sentences/<lang>/frames.yaml``), each with the domains it fits. A word is only
left out where the name before it is one of the home's devices of such a domain and the name
with the word is no device's name of its own ("Staande lamp" stays as said).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

#: Fewest letters a glued name keeps before the kind word ("tv" + "schakelaar" is too short
#: to tell from a word of the language).
_MIN_STEM = 3


def kinds_left_out(
    text: str,
    kinds: Mapping[str, frozenset[str]],
    names: Mapping[str, frozenset[str]],
    rooms: Iterable[str] = (),
) -> str:
    """*text* (normalised) with each word for a kind said after a device's name of that kind
    left out. *kinds*: kind word -> the domains it fits; *names*: each device name of the home
    (normalised) -> the domains of the devices so called; *rooms*: the home's room names, which
    may be glued before the name ("keukenwaterkokerschakelaar": "keukenwaterkoker", whose room
    the language's own compound rule then says apart)."""
    if not kinds or not names:
        return text
    glued_rooms = tuple(r for r in rooms if " " not in r)
    words = [_unglued(w, kinds, names, glued_rooms) for w in text.split()]
    kept: list[str] = []
    longest = max(len(n.split()) for n in names)
    for word in words:
        domains = kinds.get(word)
        if domains and kept and _name_before(kept, word, domains, names, longest):
            continue
        kept.append(word)
    return " ".join(kept)


def _name_before(
    kept: list[str],
    word: str,
    domains: frozenset[str],
    names: Mapping[str, frozenset[str]],
    longest: int,
) -> bool:
    """Whether the words before *word* end with a device's name of one of *domains* and that
    name with *word* is no name of its own."""
    for size in range(min(longest, len(kept)), 0, -1):
        name = " ".join(kept[-size:])
        if name in names:
            return bool(names[name] & domains) and f"{name} {word}" not in names
    return False


def _unglued(
    word: str,
    kinds: Mapping[str, frozenset[str]],
    names: Mapping[str, frozenset[str]],
    rooms: tuple[str, ...],
) -> str:
    """*word* without a kind word glued after a device's name of that kind (and perhaps a
    room's name before it); *word* as said otherwise."""
    if word in names:
        return word
    for kind, domains in kinds.items():
        stem = word.removesuffix(kind).rstrip("-")
        if stem == word or len(stem) < _MIN_STEM or f"{stem} {kind}" in names:
            continue
        if names.get(stem, frozenset()) & domains:
            return stem
        for room in rooms:
            rest = stem.removeprefix(room)
            if rest != stem and names.get(rest, frozenset()) & domains:
                return stem
    return word
