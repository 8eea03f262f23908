"""Names heard by their sound: "flaw lamp" for the Floor Lamp, "patty oh" for the Patio.

Speech recognition writes a name it does not know as ordinary words that sound like it, often
with no spelling kinship at all ("shanda leer", "copy maker"). The planner's spelling
correction cannot find those, so this is its last resort (English only: the key is a model of
English sounds).

:func:`sound_key` keeps what a listener hears in a word: its consonants, grouped by where the
mouth makes them (p/b/f/v, t/d/th, k/g/hard c, s/z/soft c), with no vowels, no silent letters
and no "r" after a vowel (most accents of English drop it: "floor" sounds like "flaw"). Names
of the home are indexed by that key; a run of words that are not all the home's or the
language's, said where a name stands, is read as the one name whose key it shares. When two
names share it, nothing is guessed. A plan read this way is marked corrected, so it is always
shown and confirmed before it runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

#: Letters for sounds made in the same place, one code each.
_CLASSES = {
    "b": "P",
    "p": "P",
    "f": "P",
    "v": "P",
    "d": "T",
    "t": "T",
    "g": "K",
    "k": "K",
    "q": "K",
    "s": "S",
    "z": "S",
    "j": "X",
    "l": "L",
    "m": "M",
    "n": "N",
    "r": "R",
}
_VOWELS = frozenset("aeiouy")
#: Letter pairs that are one sound (applied before single letters).
_PAIRS = (
    ("tch", "X"),
    ("sch", "SK"),
    ("ch", "X"),
    ("sh", "X"),
    ("ph", "P"),
    ("th", "T"),
    ("ck", "K"),
    ("gh", ""),
    ("wh", "w"),
    ("qu", "Kw"),
    ("x", "KS"),
)
#: Fewest codes a key must have to be matched: one sound alone names too many things.
MIN_KEY = 2
#: Fewest letters of a name heard by its sound: short ones are abbreviations ("TV" is no "tub").
MIN_LETTERS = 4
#: Most words a misheard name may have been heard as ("chanda lear", "patty oh").
MAX_SPAN = 3


def sound_key(text: str) -> str:
    """The sounds of *text* (letters only; spaces and case do not matter): "chandelier" and
    "shanda leer" are both ``XNTL``, "coffee maker" and "copy maker" both ``KPMK``."""
    word = "".join(ch for ch in text.lower() if "a" <= ch <= "z")
    word = re.sub(r"(.)\1+", r"\1", word)  # a doubled letter is one sound ("mirror")
    if word.startswith(("kn", "wr", "gn")):
        word = word[1:]
    for pair, sound in _PAIRS:
        word = word.replace(pair, sound)
    codes: list[str] = []
    previous = ""
    for index, ch in enumerate(word):
        following = word[index + 1] if index + 1 < len(word) else ""
        if ch in _VOWELS and not (ch == "y" and index == 0):
            previous = ch
            continue
        if ch == "c":
            code = "S" if following in ("e", "i", "y") else "K"
        elif ch in ("w", "h", "y"):
            # A glide only counts before a vowel ("hallway"), never after one ("flaw").
            code = ch.upper() if following in _VOWELS else ""
        elif ch == "r" and previous in _VOWELS:
            code = ""  # "floor", "mirror": most English says no r after a vowel
        else:
            code = _CLASSES.get(ch, ch)
        previous = ch
        if code and not (codes and codes[-1] == code):
            codes.append(code)
    return "".join(codes)


#: How a word may begin, one code each for sounds a listener does not confuse there: the
#: lips' stops apart from their fricatives ("pool" is never heard as "floor").
_ONSETS = (
    ("tch", "X"),
    ("sch", "S"),
    ("ch", "X"),
    ("sh", "X"),
    ("ph", "F"),
    ("th", "T"),
    ("wh", "W"),
    ("kn", "N"),
    ("wr", "R"),
    ("gn", "N"),
    ("ce", "S"),
    ("ci", "S"),
    ("cy", "S"),
)
_FIRST = {"b": "P", "p": "P", "v": "F", "d": "T", "g": "K", "c": "K", "q": "K", "z": "S", "j": "X"}


def onset(text: str) -> str:
    """The consonants *text* starts with, before its first vowel: "" for a vowel, else a
    code each by :data:`_ONSETS` or :data:`_FIRST` ("flaw" and "floor" both ``FL``, "pool"
    ``P``, "spa" ``SP`` but "zapper" ``S``)."""
    word = "".join(ch for ch in text.lower() if "a" <= ch <= "z")
    codes = ""
    for pair, sound in _ONSETS:
        if word.startswith(pair):
            codes, word = sound, word[len(pair) :]
            break
    for letter in word:
        if letter in _VOWELS:
            break
        codes += _FIRST.get(letter, letter.upper())
    return codes


@dataclass(frozen=True, slots=True)
class Heard:
    """Text with words read as the names they sound like."""

    text: str
    swaps: tuple[tuple[str, str], ...]
    """Each run of words as said and the name it was read as ("flaw lamp", "floor lamp")."""


@dataclass(slots=True)
class SoundIndex:
    """The home's phrases by their sound."""

    by_key: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, phrases: Iterable[str]) -> SoundIndex:
        """Index *phrases* (the home's names, aliases and rooms, normalised) and each of their
        words by :func:`sound_key`."""
        index = cls()
        for phrase in phrases:
            for said in {phrase, *phrase.split()}:
                key = sound_key(said)
                if len(key) >= MIN_KEY and len(said.replace(" ", "")) >= MIN_LETTERS:
                    index.by_key.setdefault(key, set()).add(said)
        return index

    def hear(
        self, text: str, unknown: Callable[[str], bool], homely: Callable[[str], bool]
    ) -> Heard | None:
        """*text* with each run of words around an *unknown* one replaced by the one phrase of
        the home that sounds the same, the longest run first; None when no run sounds like
        exactly one phrase. A run starts with an unknown or a *homely* word (one of the home's
        names): "the flaw" is never heard as "table"."""
        words = text.split()
        out: list[str] = []
        swaps: list[tuple[str, str]] = []
        i = 0
        while i < len(words):
            found = self._at(words, i, unknown, homely) if unknown(words[i]) else None
            if found is None:
                out.append(words[i])
                i += 1
                continue
            start, end, phrase = found
            del out[len(out) - (i - start) :]
            out.append(phrase)
            swaps.append((" ".join(words[start:end]), phrase))
            i = end
        return Heard(" ".join(out), tuple(swaps)) if swaps else None

    def _at(
        self,
        words: list[str],
        i: int,
        unknown: Callable[[str], bool],
        homely: Callable[[str], bool],
    ) -> tuple[int, int, str] | None:
        """The longest run of words holding word *i* that sounds like one phrase."""
        runs = [
            (start, end)
            for start in range(max(0, i - MAX_SPAN + 1), i + 1)
            if start == i or unknown(words[start]) or homely(words[start])
            for end in range(i + 1, min(len(words), start + MAX_SPAN) + 1)
        ]
        runs.sort(key=lambda run: (run[0] - run[1], run[0]))
        for start, end in runs:
            said = " ".join(words[start:end])
            heard = {
                phrase
                for phrase in self.by_key.get(sound_key(said), set()) - {said}
                if onset(phrase) == onset(said)
            }
            if len(heard) == 1:
                return start, end, next(iter(heard))
            if heard:
                return None  # two names sound alike: nothing is guessed
        return None
