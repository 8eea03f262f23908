"""Words of a language that say a kind of cover ("garage door", Slovak "garáž"), from
home-assistant-intents' ``cover_classes`` list, each with the device class it stands for.

A cover *named* by such a word but not of that class ("Garáž" with no device class) is only
one reading of the word: the other is every cover of the class. Where both exist, which one
is meant is asked (:meth:`app.understanding.resolve.Resolver.targets`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import home_assistant_intents
from hassil import parse_sentence
from hassil.sample import sample_expression
from hassil.util import is_template

from app.understanding.vocabulary import normalize

#: Most phrases one list value's template may stand for (a bound on odd data).
_MAX_FORMS = 200


@functools.cache
def cover_class_words(language: str) -> dict[str, str]:
    """Every phrase of the language's ``cover_classes`` list (normalised) -> its class."""
    try:
        data = home_assistant_intents.get_intents(language) or {}
    except Exception:  # no data for the language: no class words
        return {}
    values = ((data.get("lists") or {}).get("cover_classes") or {}).get("values") or []
    words: dict[str, str] = {}
    for value in values:
        if not isinstance(value, dict) or not value.get("in") or not value.get("out"):
            continue
        template, device_class = str(value["in"]), str(value["out"])
        for form in _forms(template):
            words.setdefault(form, device_class)
    return words


def _forms(template: str) -> list[str]:
    if not is_template(template):
        return [normalize(template)]
    forms: list[str] = []
    for sample in sample_expression(parse_sentence(template).expression):
        form = normalize(sample)
        if form and form not in forms:
            forms.append(form)
        if len(forms) >= _MAX_FORMS:
            break
    return forms


def cover_class_of(language: str, name: str) -> str | None:
    """The cover class the whole of *name* says in *language* ("garáž": garage), else None."""
    return cover_class_words(language).get(normalize(name))


#: Fewest letters two forms of one word share at their start ("garážov", "brán").
_SHARED_STEM = 3
#: Most letters a form of a word may differ in at its end ("-ú" for "-á", "-u" for "-a").
_ENDING = 2


def named_class_of(language: str, said: str, names: Iterable[str]) -> str | None:
    """The cover class *said* says in *language*; where it says none as said, the class one
    of *names* (the names of the cover it called) says when *said* is that name with other
    word endings (Slovak "garážovú bránu" for the cover "garážová brána"): a case form of a
    class word is the class word still. None when neither says one."""
    found = cover_class_of(language, said)
    if found is not None:
        return found
    for name in names:
        if _other_endings(normalize(said), normalize(name)):
            found = cover_class_of(language, name)
            if found is not None:
                return found
    return None


def _other_endings(said: str, name: str) -> bool:
    """Whether *said* is *name* with at most :data:`_ENDING` other letters at each word's end
    (and at least :data:`_SHARED_STEM` alike before them)."""
    words, named = said.split(), name.split()
    if not words or len(words) != len(named):
        return False
    for one, other in zip(words, named, strict=True):
        stem = next(
            (i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b),
            min(len(one), len(other)),
        )
        if stem < _SHARED_STEM or max(len(one), len(other)) - stem > _ENDING:
            return False
    return True
