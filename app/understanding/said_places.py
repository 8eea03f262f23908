"""Places said in other words than the home's names: "out the back" for the Garden, "our room"
for the Main Bedroom, "the cellar" for the Basement.

The ways to say a place are data per language (``resources/places/<lang>.yaml``): each phrase
means the first area or floor listed after it that the home has, by name or alias. A phrase
the home uses as a name keeps its meaning. Questions read the place as the home's name
(:func:`say_places`, "what's playing out the back": the garden); commands are read again with
the place said as the home says it (:func:`as_home_says`, "turn on the lights out the back":
"turn on the lights in the garden") when they were not understood as said.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

from app.core.files import load_own_yaml
from app.understanding.vocabulary import normalize

Phrase = tuple[str, ...]

#: Words after which a place is said as itself ("in our room", "the cellar lights").
_BEFORE_PLACE = frozenset({"in", "at", "on", "the", "my", "our", "into", "from", "to"})


@functools.lru_cache(maxsize=8)
def place_words(language: str) -> dict[Phrase, tuple[str, ...]]:
    """The ways to say a place of *language*: phrase -> the area or floor names it may mean,
    in order (empty when the language has none)."""
    base = language.split("-", 1)[0]
    path = resources.files("resources") / "places" / f"{base}.yaml"
    if not path.is_file():
        return {}
    raw: Any = load_own_yaml(path.read_text(encoding="utf-8"))
    listed = raw.get("place_words") if isinstance(raw, dict) else None
    return {
        tuple(normalize(str(k)).split()): tuple(normalize(str(v)) for v in values or ())
        for k, values in (listed or {}).items()
    }


def say_places(words: list[str], vocab: Any, places: dict[Phrase, tuple[str, ...]]) -> list[str]:
    """*words* with each way to say a place replaced by the home's name for it ("out the back"
    -> "garden" where the home has a Garden and no device or room called "out the back")."""
    return _replaced(words, vocab, places, placed=False) or words


def as_home_says(text: str, vocab: Any, language: str) -> str:
    """*text* (normalised) with its ways to say a place said as the home says them: "turn on
    the lights out the back" -> "turn on the lights in the garden", "the cellar lights" ->
    "the basement lights". *text* itself when it says no such place."""
    places = place_words(language)
    replaced = _replaced(text.split(), vocab, places, placed=True) if places else None
    return " ".join(replaced) if replaced is not None else text


def _replaced(
    words: list[str], vocab: Any, places: dict[Phrase, tuple[str, ...]], *, placed: bool
) -> list[str] | None:
    """*words* with each way to say a place replaced by the home's name for it, with "in the"
    before it where *placed* and nothing says where already; None when nothing was replaced."""
    changed = False
    for phrase, meanings in places.items():
        n = len(phrase)
        i = 0
        while i + n <= len(words):
            if tuple(words[i : i + n]) != phrase or " ".join(phrase) in vocab.name_index:
                i += 1
                continue
            place = _the_homes(meanings, vocab)
            if place is None:
                break
            said = place.split()
            if placed and (i == 0 or words[i - 1] not in _BEFORE_PLACE):
                said = ["in", "the", *said]  # "the lights out the back": in the garden
            words = [*words[:i], *said, *words[i + n :]]
            i += len(said)
            changed = True
    return words if changed else None


def _the_homes(meanings: tuple[str, ...], vocab: Any) -> str | None:
    """The first of *meanings* the home has as an area or a floor."""
    return next((m for m in meanings if m in vocab.area_index or m in vocab.floor_index), None)
