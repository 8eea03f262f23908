"""Words of a language that say a kind of cover ("garage door", Slovak "garáž"), from
home-assistant-intents' ``cover_classes`` list, each with the device class it stands for.

A cover *named* by such a word but not of that class ("Garáž" with no device class) is only
one reading of the word: the other is every cover of the class. Where both exist, which one
is meant is asked (:meth:`app.understanding.resolve.Resolver.targets`).
"""

from __future__ import annotations

import functools

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
