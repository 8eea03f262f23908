"""A reading whose intent the sentence never said.

Some languages' sentences read a command both ways where only one is meant: Swiss German
"Mach Liecht im Wohnzimmer" (make light: on) is read by Home Assistant's "de-CH" sentences
as turning the lights on and, with its "us" left out, as turning them off. Where a language
lists the words one of which a sentence must hold for an intent (``needs_words`` in
``resources/sentences/<lang>/said_words.yaml``: "HassTurnOff: [us, uus, ab, lösch, ...]"),
a reading of that intent in a sentence without any of them is no reading of it.
"""

from __future__ import annotations

import functools

from hassil import RecognizeResult

from app.understanding.own_data import own_data
from app.understanding.vocabulary import normalize


@functools.lru_cache(maxsize=16)
def needed_words(language: str) -> dict[str, frozenset[str]]:
    """Intent -> the words one of which a sentence of *language* says it with; empty where
    the language lists none."""
    raw = (own_data(language, "said_words.yaml") or {}).get("needs_words") or {}
    if not isinstance(raw, dict):
        return {}
    needed: dict[str, frozenset[str]] = {}
    for intent, words in raw.items():
        if isinstance(words, list):
            needed[str(intent)] = frozenset(normalize(str(w)) for w in words if str(w).strip())
    return needed


def unsaid_intent(result: RecognizeResult, text: str, language: str) -> bool:
    """Whether *result* reads *text* as an intent none of whose needed words *text* holds."""
    words = needed_words(language).get(result.intent.name)
    if not words:
        return False
    padded = f" {normalize(text)} "
    return not any(f" {word} " in padded for word in words)
