"""A device said with its owner the way the language says it, where the home names it with
the owner's name as a plain word.

"Der Rollladen bei Lena", "Annas Nachttischlampe", "le volet de Léo", "la persiana de Lucía":
the home calls them "Rollladen Lena", "Nachttischlampe Anna", "Volet Léo", "Persiana Lucía".
The owner's forms are data (``owner_forms`` in ``resources/sentences/<lang>/frames.yaml``,
"{}" for the owner: "bei {}", "{}s", "d'{}"); the words are rewritten to the home's own name
only when that exact name is a device's, so nothing is guessed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

#: The most words of the device's kind said beside its owner ("ventilateur de plafond").
_MOST_WORDS = 3
#: The longest article elided and glued to the kind ("l'", "dell'").
_MOST_ELIDED = 4


@dataclass(frozen=True, slots=True)
class OwnerForm:
    """One way to say an owner: the words before it and what is glued before or after it."""

    before: tuple[str, ...]
    """Whole words said before the owner ("bei", "de")."""
    prefix: str = ""
    """Glued before the owner ("d'")."""
    suffix: str = ""
    """Glued after the owner ("s" of "Annas")."""

    @classmethod
    def parse(cls, form: str) -> OwnerForm:
        words = form.split()
        last = words[-1]
        prefix, _, suffix = last.partition("{}")
        return cls(before=tuple(words[:-1]), prefix=prefix, suffix=suffix)

    def owner_at(self, words: list[str], index: int) -> str | None:
        """The owner said by the words from *index* on in this form, if they are."""
        end = index + len(self.before)
        if end >= len(words) or tuple(words[index:end]) != self.before:
            return None
        word = words[end]
        if not word.startswith(self.prefix) or not word.endswith(self.suffix):
            return None
        owner = word[len(self.prefix) : len(word) - len(self.suffix)]
        return owner if len(owner) >= 2 else None


def owner_forms(raw: Iterable[object]) -> tuple[OwnerForm, ...]:
    return tuple(OwnerForm.parse(str(form)) for form in raw if "{}" in str(form))


def said_owners(text: str, forms: Iterable[OwnerForm], known: Collection[str]) -> set[str]:
    """The owners *text* says in one of *forms*, among the words *known* (the home's)."""
    words = text.split()
    return {
        owner
        for index in range(len(words))
        for form in forms
        if (owner := form.owner_at(words, index)) is not None and owner in known
    }


def as_named(
    text: str,
    forms: Iterable[OwnerForm],
    names: Collection[str],
    rooms: Mapping[str, str] | None = None,
    in_room: str = "",
) -> str:
    """*text* with a device said with its owner ("volet de léo") as the home names it
    ("volet léo"), when that is one of *names* (normalised device names); else, when the
    owner's name is a word of one room's name only (*rooms*: word -> the room's name),
    the owner said as that room (*in_room*, "im {}": "bei lena" -> "im zimmer von lena")."""
    words = text.split()
    index = 0
    while index < len(words):
        found = _named_at(words, index, forms, names)
        if found is None and rooms and in_room:
            found = _room_at(words, index, forms, rooms, in_room)
        if found is None:
            index += 1
            continue
        start, end, name = found
        words[start:end] = name.split()
        index = start + len(name.split())
    return " ".join(words)


def _room_at(
    words: list[str],
    index: int,
    forms: Iterable[OwnerForm],
    rooms: Mapping[str, str],
    in_room: str,
) -> tuple[int, int, str] | None:
    for form in forms:
        owner = form.owner_at(words, index)
        if owner is not None and owner in rooms:
            return index, index + len(form.before) + 1, in_room.format(rooms[owner])
    return None


def _named_at(
    words: list[str], index: int, forms: Iterable[OwnerForm], names: Collection[str]
) -> tuple[int, int, str] | None:
    for form in forms:
        owner = form.owner_at(words, index)
        if owner is None:
            continue
        end = index + len(form.before) + 1
        for size in range(_MOST_WORDS, 0, -1):
            # The kind said before the owner ("volet de léo") or after it ("annas lampe").
            spans = []
            if index - size >= 0:
                spans.append((index - size, end, words[index - size : index]))
            if end + size <= len(words):
                spans.append((index, end + size, words[end : end + size]))
            for start, stop, kind in spans:
                for name in (" ".join([*kind, owner]), " ".join([owner, *kind])):
                    if name in names:
                        return start, stop, name
                # "l'altaveu de l'Aina": the kind with its elided article glued to it, kept
                # before the home's name ("l'altaveu aina" for the "Altaveu Aina")
                elided, mark, first = kind[0].partition("'")
                name = " ".join([first, *kind[1:], owner])
                if mark and first and len(elided) <= _MOST_ELIDED and name in names:
                    return start, stop, f"{elided}'{name}"
    return None
