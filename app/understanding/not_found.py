"""What is said when a sentence names what this home does not have, per language, from data.

``resources/sentences/<lang>/hearth.yaml`` holds, under ``not_found``, the texts said when a
kind of device is named that the home has none of ("There's no kettle in this home."), none
of in the room said ("There's no fan in the Kitchen."), or a room or floor the home lacks
("I don't know an area called 'attic'."), and the ``things``: words for devices a home may
not have that no kind of device of ``device_types.yaml`` names ("printer", "dishwasher").
A language without these texts keeps the reply it had (Home Assistant's own where it has
one, else the generic one): :func:`say` answers None there.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from app.understanding.own_data import own_data
from app.understanding.vocabulary import normalize

#: The texts' keys.
NO_KIND = "no_kind"
NO_KINDS = "no_kinds"
NO_KIND_IN_AREA = "no_kind_in_area"
NO_KINDS_IN_AREA = "no_kinds_in_area"
NO_AREA = "no_area"
NO_FLOOR = "no_floor"


@dataclass(frozen=True, slots=True)
class NotFoundTexts:
    """One language's not-found replies and things."""

    replies: dict[str, str] = field(default_factory=dict)
    things: tuple[str, ...] = ()
    """Normalised phrases, the longest first ("washing machine" before "washer")."""
    capitalised: bool = False
    """The language writes nouns with a capital (German): a kind said is ("Wasserkocher")."""

    def say(self, key: str, **values: str) -> str | None:
        """The reply *key* with *values* in its slots; None when the language has none (or
        the text names a slot not given)."""
        text = self.replies.get(key)
        if text is None:
            return None
        kind = values.get("kind")
        if self.capitalised and kind:
            values = {**values, "kind": kind[:1].upper() + kind[1:]}
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            return None


@functools.lru_cache(maxsize=16)
def texts(language: str) -> NotFoundTexts:
    """The not-found texts of *language* (a package code: "en", "pt-BR"); empty where the
    language's ``hearth.yaml`` has none."""
    raw = own_data(language, "hearth.yaml") or {}
    section = raw.get("not_found")
    if not isinstance(section, dict):
        return NotFoundTexts()
    own = raw.get("replies")
    capitalised = isinstance(own, dict) and own.get("nouns") == "capitalised"
    replies = section.get("replies") or {}
    things = {normalize(str(t)) for t in section.get("things") or ()}
    return NotFoundTexts(
        replies={str(k): str(v) for k, v in replies.items()},
        things=tuple(sorted(things - {""}, key=lambda t: (-len(t.split()), t))),
        capitalised=capitalised,
    )


def say(language: str, key: str, english: str, **values: str) -> str:
    """The reply *key* in *language* with *values*, else *english* (the reply as it was)."""
    return texts(language).say(key, **values) or english
