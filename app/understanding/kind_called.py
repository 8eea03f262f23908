"""A kind of device asked about by a narrower word of it: "how many lamps are on?" counts
the lights the home calls lamps, not every light, where some are called so and some are not.

The words are the language's own (``named_by`` in ``resources/sentences/<lang>/questions.yaml``):
each narrower word for one device and for several (``[lamp, lamps]``); either said picks the
devices whose name holds either. Where no device, or every device, of the kind is called so,
the kind keeps all its devices.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from app.core.home import Entity
from app.understanding.own_data import own_data
from app.understanding.vocabulary import normalize


@functools.cache
def _named_by(language: str) -> tuple[tuple[str, str], ...]:
    data = own_data(language, "questions.yaml")
    raw = data.get("named_by") if data is not None else None
    if not isinstance(raw, list):
        return ()
    return tuple(
        (normalize(str(pair[0])), normalize(str(pair[1])))
        for pair in raw
        if isinstance(pair, list) and len(pair) == 2  # one and many
    )


def called_as_said(
    language: str, said: Sequence[str], candidates: list[Entity]
) -> tuple[list[Entity], tuple[str, str] | None]:
    """Of *candidates*, those a narrower word in *said* (the words the question said for the
    kind) names, with the words for one and several of them; *candidates* and None where no
    such word was said or it names none or every one of them."""
    words = {normalize(w) for w in said}
    for one, many in _named_by(language):
        if one not in words and many not in words:
            continue
        called = [e for e in candidates if _called(e, frozenset((one, many)))]
        if called and len(called) < len(candidates):
            return called, (one, many)
    return candidates, None


def _called(entity: Entity, words: frozenset[str]) -> bool:
    for name in (entity.name, *entity.aliases):
        if any(w in words for w in normalize(name).split()):
            return True
    return False
