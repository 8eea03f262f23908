"""What is said when a sentence names what this home does not have, per language, by key.

The replies are keyed replies (app/understanding/keyed_replies.py): ``not_found.<key>`` under
``replies:`` in ``resources/sentences/<lang>/hearth.yaml`` says that a kind of device is named
that the home has none of ("There's no kettle in this home."), none of in the room said
("There's no fan in the Kitchen."), a room or floor the home lacks ("I don't know an area
called 'attic'."), or a name that is no device, room or timer. ``not_found: things:`` in the
same file lists words for devices a home may not have that no kind of device of
``device_types.yaml`` names ("printer", "dishwasher").

A language that lacks a key hears the caller's reply instead, a keyed reply of its own
("I couldn't find a matching device.", in the language where it has that key, else wholly in
English): never half in one language. The kind in a reply is the word the sentence used, a
word of the request's language only, so it is never put into English's sentence ("There's no
Wasserkocher in this home.").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from app.understanding import keyed_replies
from app.understanding.own_data import own_data
from app.understanding.vocabulary import normalize

#: The replies' keys (``not_found.<key>``).
NO_KIND = "no_kind"
NO_KINDS = "no_kinds"
NO_KIND_IN_AREA = "no_kind_in_area"
NO_KINDS_IN_AREA = "no_kinds_in_area"
NO_AREA = "no_area"
NO_FLOOR = "no_floor"
NO_NAME = "no_name"


@dataclass(frozen=True, slots=True)
class _Said:
    """A word of the request's language in a reply: said in that language only."""

    word: str
    language: str

    def said_in(self, language: str) -> str | None:
        same = language.split("-", 1)[0].lower() == self.language.split("-", 1)[0].lower()
        return self.word if same else None


@dataclass(frozen=True, slots=True)
class NotFoundTexts:
    """One language's things, and its not-found replies by key."""

    language: str = "en"
    things: tuple[str, ...] = ()
    """Normalised phrases, the longest first ("washing machine" before "washer")."""

    def say(self, key: str, **values: str) -> str | None:
        """The reply ``not_found.<key>`` with *values* in its slots; None where this
        language lacks the key (the caller's reply, itself keyed, is then said)."""
        if keyed_replies.own(self.language, f"not_found.{key}") is None:
            return None
        slots: dict[str, object] = dict(values)
        kind = values.get("kind")
        if kind:
            if keyed_replies.own(self.language, "nouns") == "capitalised":
                kind = kind[:1].upper() + kind[1:]  # German: "Wasserkocher"
            slots["kind"] = _Said(kind, self.language)
        return keyed_replies.say_whole(self.language, f"not_found.{key}", **slots)


@functools.lru_cache(maxsize=16)
def texts(language: str) -> NotFoundTexts:
    """The not-found things and replies of *language* (a package code: "en", "pt-BR")."""
    raw = own_data(language, "hearth.yaml") or {}
    section = raw.get("not_found")
    listed = section.get("things") if isinstance(section, dict) else None
    things = {normalize(str(t)) for t in listed or ()}
    return NotFoundTexts(
        language=language,
        things=tuple(sorted(things - {""}, key=lambda t: (-len(t.split()), t))),
    )


def say(language: str, key: str, english: str, **values: str) -> str:
    """The reply ``not_found.<key>`` in *language* with *values* (:meth:`NotFoundTexts.say`),
    else *english*, the caller's whole reply."""
    return texts(language).say(key, **values) or english
