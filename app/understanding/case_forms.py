"""Words said with a case ending the home's names do not have: Polish "zapal lampę w kuchni"
for the "Lampa" in the "Kuchnia", "głośność telewizora" for the "Telewizor".

The endings are data per language (``word_endings`` in
``resources/sentences/<lang>/inflection.yaml``): each ending a word may be said with, and
what the word may end in as the home writes it ("ę": "a", "lampę" of "Lampa"). A word is
read as another only where that other is a word of the home's own names (a device, a room, a
floor) and the word as said is none: the home's names are the dictionary, so no ending turns
a word into one the home does not use.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from app.understanding.own_data import own_data
from app.understanding.vocabulary import normalize, typed_plain, unaccented

#: Fewest letters left of a word once its ending is taken off.
_MIN_STEM = 3

Endings = tuple[tuple[str, tuple[str, ...]], ...]


@functools.lru_cache(maxsize=16)
def word_endings(language: str) -> Endings:
    """The endings *language*'s words are said with, each with what the word may end in as
    written in a name, longest ending first; empty where the language lists none."""
    raw = (own_data(language, "inflection.yaml") or {}).get("word_endings") or {}
    out: dict[str, list[str]] = {}
    for ending, bases in raw.items() if isinstance(raw, dict) else ():
        listed = bases if isinstance(bases, list) else [bases]
        said = normalize(str(ending))
        if said:
            out.setdefault(said, []).extend(normalize(str(b or "")) for b in listed)
    return tuple(
        (ending, tuple(dict.fromkeys(bases)))
        for ending, bases in sorted(out.items(), key=lambda p: (-len(p[0]), p[0]))
    )


@functools.lru_cache(maxsize=16)
def forms_rooms(language: str) -> bool:
    """Whether the home's room names are listed said with *language*'s endings too
    (``room_forms`` in its ``inflection.yaml``, true unless it says false): a language that
    reads a room said with an ending by its ``place_endings`` needs no such list, which
    multiplies by every kind's word and would make its planner's build ten times as long."""
    return (own_data(language, "inflection.yaml") or {}).get("room_forms", True) is not False


@functools.lru_cache(maxsize=16)
def names_first(language: str) -> bool:
    """Whether a device's name said with *language*'s endings goes before a rule's reading of
    the same words as a room and a kind (``names_first`` in its ``inflection.yaml``, false
    unless it says true): Hungarian "a nappali lámpát" is the "Nappali lámpa", where "nappali"
    is also the room's adjective."""
    return (own_data(language, "inflection.yaml") or {}).get("names_first") is True


@functools.lru_cache(maxsize=16)
def other_accents(language: str) -> bool:
    """Whether a word of *language* typed with other accents than a known word is read as
    that word (``other_accents`` in its ``inflection.yaml``, false unless it says true):
    Romanian "porneşte" with a cedilla for "pornește"; never where accents alone tell words
    apart."""
    return (own_data(language, "inflection.yaml") or {}).get("other_accents") is True


@functools.lru_cache(maxsize=16)
def parts_of_names(language: str) -> bool:
    """Whether a word of *language* that the home's names have only inside a longer name, said
    without the rest of that name, may be another word of the names said with an ending
    (``parts_of_names`` in its ``inflection.yaml``, false unless it says true): Greek "ρολό
    κουζίνας", the "Κουζίνα"'s blind, where "κουζίνας" is only a word of the "Φώτα
    κουζίνας"."""
    return (own_data(language, "inflection.yaml") or {}).get("parts_of_names") is True


@functools.lru_cache(maxsize=16)
def unaccented_endings(language: str) -> Endings:
    """:func:`word_endings` of *language* written without accents ("ę": "a" as "e": "a"),
    for words compared without theirs; the accented ones are kept too."""
    out: dict[str, list[str]] = {}
    for ending, written in word_endings(language):
        for said in dict.fromkeys((ending, unaccented(ending))):
            out.setdefault(said, []).extend((*written, *map(unaccented, written)))
    return tuple(
        (ending, tuple(dict.fromkeys(bases)))
        for ending, bases in sorted(out.items(), key=lambda p: (-len(p[0]), p[0]))
    )


def bases(word: str, endings: Endings) -> list[str]:
    """What *word* may be as written in a name: the word with each of *endings* it ends in
    replaced by what that ending stands for, in the order of the endings (longest first)."""
    out: list[str] = []
    for ending, written in endings:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            rest = word[: -len(ending)]
            out.extend(rest + w for w in written if rest + w != word)
    return out


def same_word(a: str, b: str, endings: Endings) -> bool:
    """Whether *a* and *b* are one word said with different endings ("lampę", "lampa")."""
    if a == b:
        return True
    if not endings:
        return False
    ours, theirs = {a, *bases(a, endings)}, {b, *bases(b, endings)}
    return bool(ours & theirs)


def as_written(
    words: list[str],
    home_words: Iterable[str],
    language: str,
    phrases: Iterable[str] = (),
) -> list[str] | None:
    """*words* with each word that is no word of the home's names, but is one of them said
    with one of the language's endings, written as the home writes it ("zapal lampę w
    kuchni" -> "zapal lampa w kuchnia" for a "Lampa" and a "Kuchnia"); a word typed without
    its accents ("lazience") is read with them where only one of the home's words fits. None
    when nothing changed or the language has no endings listed. Where the language says
    :func:`parts_of_names`, a word that the home's *phrases* have only inside longer ones,
    none of which is said whole, counts as no word of the names."""
    endings = word_endings(language)
    if not endings:
        return None
    known = set(home_words)
    out = list(words)
    changed = False
    if phrases and parts_of_names(language):
        phrases = list(phrases)
        changed = _whole_names_said(out, phrases, endings)
        words = list(out)
        known -= _parts_said_alone(words, phrases)
    by_plain: dict[str, set[str]] = {}
    for word in known:
        by_plain.setdefault(typed_plain(word), set()).add(word)
    for i, word in enumerate(words):
        if word in known or not word.isalpha():
            continue
        found = next((b for b in bases(word, endings) if b in known), None)
        if found is None:
            # Typed without accents ("lazience"), or the home's name is ("Kok" said "köket"):
            # the one home word it is, as said or with an ending.
            typed = bases(word, unaccented_endings(language))  # "lampe" typed for "lampę"
            for candidate in dict.fromkeys((word, *bases(word, endings), *typed)):
                fits = by_plain.get(typed_plain(candidate), set())
                if len(fits) == 1:
                    found = next(iter(fits))
                    break
        if found is not None:
            out[i] = found
            changed = True
    return out if changed else None


def _whole_names_said(out: list[str], phrases: Iterable[str], endings: Endings) -> bool:
    """Writes in *out* each name of several words said with endings on words that are also
    words of their own ("τον θερμοστάτη ισογείου": "θερμοστάτη" is a kind's word too) as the
    home writes it ("θερμοστάτης ισογείου"), where every word of it but one was already as
    written; whether anything changed."""
    changed = False
    for phrase in phrases:
        parts = phrase.split()
        if len(parts) < 2 or not set(parts) & set(out):
            continue
        for start in range(len(out) - len(parts) + 1):
            said = out[start : start + len(parts)]
            if said == parts:
                continue
            differ = [k for k, (a, b) in enumerate(zip(said, parts, strict=True)) if a != b]
            if len(differ) == 1 and same_word(said[differ[0]], parts[differ[0]], endings):
                out[start + differ[0]] = parts[differ[0]]
                changed = True
    return changed


def _parts_said_alone(words: list[str], phrases: Iterable[str]) -> set[str]:
    """The *words* that are words of the longer *phrases* only (no phrase of one word) and
    are said outside every one of those phrases said whole."""
    alone = {p for p in phrases if " " not in p}
    covered: set[str] = set()
    holders: set[str] = set()
    for phrase in phrases:
        parts = phrase.split()
        if len(parts) < 2 or not set(parts) & set(words):
            continue
        holders.update(parts)
        if _said_whole(parts, words):
            covered.update(parts)
    return {w for w in words if w in holders and w not in alone and w not in covered}


def _said_whole(parts: list[str], words: list[str]) -> bool:
    """Whether *words* say the phrase *parts* in its order, with at most one word between two
    of its words ("το φως του μπάνιου" says the "Φως μπάνιου")."""
    for start, word in enumerate(words):
        if word != parts[0]:
            continue
        at = start
        for part in parts[1:]:
            ahead = words[at + 1 : at + 3]
            if part not in ahead:
                break
            at += 1 + ahead.index(part)
        else:
            return True
    return False


def said_forms(key: str, endings: Endings) -> list[str]:
    """The ways the name *key* (normalised) may be said with the language's endings: its
    first word with each ending, and with its second word too ("łazienka" -> "łazience",
    "pokój dla gości" -> "pokoju dla gości", "pokój gościnny" -> "pokoju gościnnym");
    empty where the language lists no endings."""
    if not endings:
        return []
    words = key.split()
    if not words or not all(w.isalpha() for w in words[:2]):
        return []
    firsts = [words[0], *_forms(words[0], endings)]
    seconds = [words[1], *_forms(words[1], endings)] if len(words) > 1 else [""]
    out: list[str] = []
    for first in firsts:
        for second in seconds:
            form = " ".join(w for w in (first, second, *words[2:]) if w)
            if form != key:
                out.append(form)
    return list(dict.fromkeys(out))


def _forms(word: str, endings: Endings) -> list[str]:
    """*word* (as written in a name) with each ending that may stand for how it ends."""
    out: list[str] = []
    for ending, written in endings:
        for base in written:
            if word.endswith(base) and len(word) - len(base) >= _MIN_STEM:
                form = word[: len(word) - len(base)] + ending
                if form != word:
                    out.append(form)
    return out


@functools.lru_cache(maxsize=16)
def _plural_endings(language: str) -> dict[str, frozenset[str] | None]:
    """Each ending that may say a plural -> the endings of the written word it says a
    plural of (None: of every word it stands for). A list in the data is endings plural for
    every word; a mapping says which ("α": ["ο"], Greek "ρολά" of "Ρολό", where "α" of a
    written "ας" is one "θερμοσίφωνα")."""
    listed = (own_data(language, "inflection.yaml") or {}).get("plural_endings") or ()
    if isinstance(listed, dict):
        return {
            normalize(str(e)): frozenset(normalize(str(w or "")) for w in written or ())
            for e, written in listed.items()
            if str(e)
        }
    return {normalize(str(e)): None for e in listed if str(e)}


def read_as_one(said: list[str], written: list[str], language: str) -> bool:
    """Whether *written* (:func:`as_written` of *said*) reads a word said with an ending that
    may make it plural as one device's name ("zamknij rolety" as the "Roleta"): then the
    reading is a guess, to be asked about before anything runs."""
    plural = _plural_endings(language)
    if not plural or len(said) != len(written):
        return False
    endings = dict(word_endings(language))
    for before, after in zip(said, written, strict=True):
        if before == after:
            continue
        for ending, of in plural.items():
            rest = before[: -len(ending)] if before.endswith(ending) else None
            if rest is not None and any(
                rest + w == after for w in endings.get(ending, ()) if of is None or w in of
            ):
                return True
    return False
    endings = dict(word_endings(language))
    for before, after in zip(said, written, strict=True):
        if before == after:
            continue
        for ending in plural:
            rest = before[: -len(ending)] if before.endswith(ending) else None
            if rest is not None and any(rest + w == after for w in endings.get(ending, ())):
                return True
    return False
