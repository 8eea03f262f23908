"""Letters a language may write out in two ("ue" for "ü" in German: "Kueche", "Rolllaeden"),
read back as the letter where that gives a word the planner knows.

The pairs are each language's data (``spelt_letters`` in ``resources/sentences/<lang>/
frames.yaml``). A pair after a vowel or a "q" is left alone: there it is two sounds
("neue", "Feuer", "Quelle", "aktuell" keep their letters). A word is read back only when
it then is a known word ("kueche": "küche") or holds one that has such a letter
("kuechenlicht": "küchenlicht", which holds "küche").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

#: The shortest known word looked for inside a longer one ("küche" in "küchenlicht").
MIN_HELD_CHARS = 4


class SpeltLetters:
    """One language's written-out letters and the known words that have them."""

    def __init__(self, letters: Mapping[str, str], known: Iterable[str]) -> None:
        self._pairs = [
            (re.compile(rf"(?<![aeiouyäöüq]){re.escape(plain)}"), letter)
            for plain, letter in letters.items()
        ]
        written = tuple(letters.values())
        self._known = frozenset(known) if self._pairs else frozenset()
        self._held = tuple(
            sorted(
                {
                    w
                    for w in self._known
                    if len(w) >= MIN_HELD_CHARS and any(c in w for c in written)
                },
                key=len,
                reverse=True,
            )
        )

    def read(self, word: str) -> str | None:
        """*word* with its written-out letters as the letter ("kueche": "küche"), or None
        when it has none or the result is no known word and holds none."""
        if not self._pairs or word in self._known:
            return None
        variant = word
        for pattern, letter in self._pairs:
            variant = pattern.sub(letter, variant)
        if variant == word:
            return None
        if variant in self._known or any(w in variant for w in self._held):
            return variant
        return None
