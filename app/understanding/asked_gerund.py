"""A request asked with a verb's -ing form after a polite lead ("would you mind shutting the
saloon blind", "do you mind turning the telly down"): read as the plain command ("shut the
saloon blind"). The leads and the verbs are data (``asked_with_gerund`` in the language's
``hearth.yaml``); a language without them is read as it is."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from app.understanding.own_data import own_data
from app.understanding.vocabulary import normalize


@dataclass(frozen=True, slots=True)
class _Gerunds:
    leads: tuple[str, ...]
    """What is said before the -ing form ("would you mind"), longest first."""
    verbs: dict[str, str]
    """Each -ing form and the verb it is ("shutting": "shut")."""


@functools.lru_cache(maxsize=16)
def _gerunds(language: str) -> _Gerunds | None:
    raw = (own_data(language, "hearth.yaml") or {}).get("asked_with_gerund")
    if not isinstance(raw, dict):
        return None
    leads = sorted((normalize(str(w)) for w in raw.get("leads") or ()), key=len, reverse=True)
    verbs = raw.get("verbs") or {}
    if not leads or not isinstance(verbs, dict):
        return None
    return _Gerunds(tuple(leads), {normalize(str(k)): normalize(str(v)) for k, v in verbs.items()})


def as_imperative(text: str, language: str) -> str:
    """*text* (normalised) with each polite lead and the -ing form after it said as the plain
    verb; *text* itself where it says none."""
    data = _gerunds(language)
    if data is None:
        return text
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        for lead in data.leads:
            size = len(lead.split())
            said = words[i : i + size]
            verb = data.verbs.get(words[i + size]) if i + size < len(words) else None
            if said == lead.split() and verb is not None:
                out.append(verb)
                i += size + 1
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)
