"""A number said right after a name Home Assistant numbers: part of the name, never a level.

Home Assistant calls a second device of a kind by its first one's name and a number ("Living
Room Light", "Living Room Light 2", "Living Room Light 3"). People say those numbers as part
of the name, so "turn on living room light 5" in such a home asks for a fifth light, not for
5 % of the first: when no device carries that number (one digit; "30" is still a level), the
person is told the name is not known and nothing runs (the loose reading would otherwise take
the number for a level).
"""

from __future__ import annotations

from app.core.plan import ErrorCode
from app.understanding import not_found
from app.understanding.resolve import Unresolved
from app.understanding.vocabulary import Vocabulary

#: Most words of a name read before its number.
_MOST_WORDS = 5


def unknown_numbered(text: str, vocab: Vocabulary, language: str) -> Unresolved | None:
    """What to say for *text* (normalised) when a number follows a name of the home whose
    family is numbered ("Smart Plug" beside "Smart Plug 2") and no device carries that
    number; None when every such number names a device (or none is said)."""
    words = text.split()
    names = vocab.entities_by_name
    for index, word in enumerate(words):
        if not word.isdigit() or len(word) > 1 or index == 0:
            continue
        for size in range(min(index, _MOST_WORDS), 0, -1):
            base = " ".join(words[index - size : index])
            if base not in names or f"{base} {word}" in names:
                continue
            if any(f"{base} {n}" in names for n in range(2, 10)):
                said = f"{base} {word}"
                return Unresolved(
                    ErrorCode.NO_TARGET,
                    f"no device called {said!r}",
                    not_found.say(
                        language,
                        not_found.NO_NAME,
                        f"I don't know a device or room called '{said}'.",
                        name=said,
                    ),
                )
            break
    return None
