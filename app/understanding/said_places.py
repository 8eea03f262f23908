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
from app.understanding import case_forms
from app.understanding.own_data import own_data
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


@functools.lru_cache(maxsize=8)
def placing_words(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words of *language* after which a place is said as itself, and the words put before
    a place said with none of them (``before_place`` and ``put_before`` in
    ``resources/places/<lang>.yaml``; English's "in", "the"... and "in the" where it has none)."""
    base = language.split("-", 1)[0]
    path = resources.files("resources") / "places" / f"{base}.yaml"
    raw: Any = load_own_yaml(path.read_text(encoding="utf-8")) if path.is_file() else None
    raw = raw if isinstance(raw, dict) else {}
    before = raw.get("before_place")
    put = raw.get("put_before")
    return (
        frozenset(normalize(str(w)) for w in before) if before else _BEFORE_PLACE,
        tuple(normalize(str(put)).split()) if put else ("in", "the"),
    )


def say_places(words: list[str], vocab: Any, places: dict[Phrase, tuple[str, ...]]) -> list[str]:
    """*words* with each way to say a place replaced by the home's name for it ("out the back"
    -> "garden" where the home has a Garden and no device or room called "out the back")."""
    return _replaced(words, vocab, places, placed=False) or words


def as_home_says(text: str, vocab: Any, language: str) -> str:
    """*text* (normalised) with its ways to say a place said as the home says them: "turn on
    the lights out the back" -> "turn on the lights in the garden", "the cellar lights" ->
    "the basement lights"; a room's name said with an ending of the language's
    (``place_endings`` in ``resources/sentences/<lang>/inflection.yaml``) as the name alone:
    Norwegian "på soverommet" -> "på soverom". *text* itself when it says no such place."""
    places = place_words(language)
    placing = placing_words(language)
    replaced = (
        _replaced(text.split(), vocab, places, placed=True, placing=placing) if places else None
    )
    words = replaced if replaced is not None else text.split()
    endings = place_endings(language)
    bare = _without_endings(words, vocab, endings) if endings else None
    # Polish "zapal lampę w kuchni": every word of the home's names said with a case ending;
    # Swedish "släck golvlampan i köket" has both a room's ending and a device's.
    home_words = {word for phrase in vocab.words for word in phrase.split()}
    written = case_forms.as_written(bare or words, home_words, language, vocab.words)
    if written is not None:
        return " ".join(written)
    if bare is not None:
        return " ".join(bare)
    return " ".join(replaced) if replaced is not None else text


@functools.lru_cache(maxsize=16)
def place_endings(language: str) -> tuple[tuple[str, str], ...]:
    """The endings *language* adds to a place's name, each with what the name ended in
    before it (Norwegian "et": "", "soverommet"; Finnish "sessä": "nen", "eteisessä" of
    "Eteinen"), longest first; empty where it has none listed. A list in the data is endings
    added to the name as it is."""
    raw = (own_data(language, "inflection.yaml") or {}).get("place_endings") or ()
    pairs = raw.items() if isinstance(raw, dict) else ((e, "") for e in raw)
    endings = {(normalize(str(e)), normalize(str(r or ""))) for e, r in pairs}
    return tuple(sorted((p for p in endings if p[0]), key=lambda p: (-len(p[0]), p)))


#: Fewest letters left of a word once its ending is taken off.
_MIN_STEM = 3


def _without_endings(
    words: list[str], vocab: Any, endings: tuple[tuple[str, str], ...]
) -> list[str] | None:
    """*words* with each word that is the last word of an area's or floor's name plus one of
    *endings* ("soverommet": "soverom" + "et", a consonant doubled before it) said as the name
    alone, where the whole name is then said; a word the home uses as it is stays. None when
    nothing changed."""
    names = [tuple(key.split()) for key in (*vocab.area_index, *vocab.floor_index)]
    lasts = {name[-1] for name in names}
    known = set(vocab.name_index) | set(vocab.area_index) | set(vocab.floor_index)
    out = list(words)
    changed = False
    for i, word in enumerate(words):
        if word in known or word in lasts:
            continue
        for stem in _stems(word, endings):
            if stem in lasts and any(
                name[-1] == stem and (*out[i - len(name) + 1 : i], stem) == name
                for name in names
                if i - len(name) + 1 >= 0
            ):
                out[i] = stem
                changed = True
                break
    return out if changed else None


def _stems(word: str, endings: tuple[tuple[str, str], ...]) -> list[str]:
    """What *word* may be without one of *endings* (its replacement put back): the rest, and
    the rest without a doubled last consonant ("soveromm" -> "soverom"). The stem is counted
    with its replacement: Finnish "tuvassa" is "tu" + "pa" of "Tupa"."""
    out = []
    for ending, replacement in endings:
        if word.endswith(ending) and len(word) - len(ending) + len(replacement) >= _MIN_STEM:
            rest = word[: -len(ending)]
            out.append(rest + replacement)
            doubled = len(rest) > _MIN_STEM and rest[-1] == rest[-2] and rest[-1] not in _VOWELS
            if doubled and not replacement:
                out.append(rest[:-1])
    return out


_VOWELS = frozenset("aeiouyæøåäö")


def _replaced(
    words: list[str],
    vocab: Any,
    places: dict[Phrase, tuple[str, ...]],
    *,
    placed: bool,
    placing: tuple[frozenset[str], tuple[str, ...]] = (_BEFORE_PLACE, ("in", "the")),
) -> list[str] | None:
    """*words* with each way to say a place replaced by the home's name for it, with "in the"
    (the language's :func:`placing_words`) before it where *placed* and nothing says where
    already; None when nothing was replaced. A phrase the home has as a room or floor, or that
    begins a longer one said there ("quarto" of "quarto da Inês"), is left as said."""
    before, put = placing
    changed = False
    for phrase, meanings in places.items():
        n = len(phrase)
        i = 0
        while i + n <= len(words):
            if tuple(words[i : i + n]) != phrase or _the_homes_own(words, i, phrase, vocab):
                i += 1
                continue
            place = _the_homes(meanings, vocab)
            if place is None:
                break
            said = place.split()
            if placed and (i == 0 or words[i - 1] not in before):
                said = [*put, *said]  # "the lights out the back": in the garden
            words = [*words[:i], *said, *words[i + n :]]
            i += len(said)
            changed = True
    return words if changed else None


def _the_homes_own(words: list[str], i: int, phrase: Phrase, vocab: Any) -> bool:
    """Whether *phrase*, said at *i* of *words*, is a name of the home's own there: a
    device's, or a room's or floor's, or the start of a longer room's or floor's name said
    whole ("quarto da inês", where "quarto" alone is said of another room)."""
    said = " ".join(phrase)
    if said in vocab.name_index or said in vocab.area_index or said in vocab.floor_index:
        return True
    rest = " ".join(words[i:])
    for index in (vocab.area_index, vocab.floor_index):
        for name in index:
            if name.startswith(said + " ") and (rest == name or rest.startswith(name + " ")):
                return True
    return False


def _the_homes(meanings: tuple[str, ...], vocab: Any) -> str | None:
    """The first of *meanings* the home has as an area or a floor."""
    return next((m for m in meanings if m in vocab.area_index or m in vocab.floor_index), None)
