"""The item a sentence names on a to-do list, as the list has it.

"Add a salt lick to the feed store list" adds "salt lick": an article is no part of an item.
"Tick the sprouts off the shopping list" ticks off the list's own item ("Brussels sprouts"),
found by its words: Home Assistant finds an item only by its exact summary, so an item said
in other words would fail at run time after the plan said it would be ticked off. When the
list's items are known and none fits, the person is told so; when several fit, asked which.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from app.core.home import Entity, Home
from app.understanding.answers import open_items
from app.understanding.own_data import own_data
from app.understanding.timeparse import UnsupportedLanguageError, find_times
from app.understanding.vocabulary import normalize


@functools.lru_cache(maxsize=8)
def _articles(language: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """The words before an item that are no part of it ("a", "the", "some"), those after it
    (Norwegian "legg epler til": the "til" of "legge til", to add) and the articles written
    onto the item's first word (Italian "l'acqua": "acqua")."""
    raw = own_data(language, "list_items.yaml")
    if raw is None:
        return frozenset(), frozenset(), ()
    return (
        frozenset(normalize(str(w)) for w in raw.get("articles") or ()),
        frozenset(normalize(str(w)) for w in raw.get("after") or ()),
        tuple(sorted((normalize(str(w)) for w in raw.get("elided") or ()), key=len, reverse=True)),
    )


def said_item(item: str, language: str) -> str:
    """*item* without the articles it was said with ("a salt lick": "salt lick", "l'acqua":
    "acqua"), the words of the sentence said after it, and the quotation marks it was typed
    in ("add 'replace the filter' to the list")."""
    words = _unquoted(item.strip()).split()
    articles, after, elided = _articles(language)
    while len(words) > 1 and normalize(words[0]) in articles:
        words.pop(0)
    while len(words) > 1 and normalize(words[-1]) in after:
        words.pop()
    if words:
        first = words[0].replace("\u2019", "'")
        for prefix in elided:
            if first.casefold().startswith(prefix) and len(first) > len(prefix):
                words[0] = first[len(prefix) :]
                break
    return " ".join(words)


#: Quotation marks a typed item may stand between, opening and closing.
_QUOTES = (
    ("'", "'"),
    ('"', '"'),
    ("\u2018", "\u2019"),
    ("\u201c", "\u201d"),
    ("\u00ab", "\u00bb"),
    ("\u201e", "\u201c"),
)


def _unquoted(item: str) -> str:
    """*item* without one pair of quotation marks around all of it ("'filter'", not
    "'n' sync's")."""
    for opening, closing in _QUOTES:
        if len(item) > 2 and item.startswith(opening) and item.endswith(closing):
            inner = item[len(opening) : -len(closing)]
            if opening not in inner and closing not in inner and inner.strip():
                return inner.strip()
    return item


#: Kinds of time expression that, said at the end of an item, say when rather than what
#: ("ketchup at 8 pm", "milk tomorrow", "bread in 10 minutes"); a span ("for the weekend") or
#: a length of time may be part of an item.
_WHEN_KINDS = frozenset({"clock", "relative", "day", "day_time", "date", "date_time"})


def timed(item: str, now: datetime, tz: ZoneInfo | None, language: str) -> bool:
    """Whether *item* ends with a time said with it ("we're out of ketchup at 8 pm"): the
    person may have meant a reminder or a later add, so the add is asked about first."""
    zone = tz or (now.tzinfo if isinstance(now.tzinfo, ZoneInfo) else None)
    if zone is None:
        return False
    try:
        found = find_times(item, now=now, tz=zone, language=language)
    except UnsupportedLanguageError:
        return False
    return any(m.kind in _WHEN_KINDS and m.start > 0 and m.end >= len(item.rstrip()) for m in found)


@functools.lru_cache(maxsize=8)
def _joining(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words that join two items ("and") and the items known to be one though they hold
    such a word ("mac and cheese"), from the language's ``list_items.yaml``."""
    raw = own_data(language, "list_items.yaml") or {}
    return (
        frozenset(normalize(str(w)) for w in raw.get("joiners") or ()),
        tuple(normalize(str(w)) for w in raw.get("whole") or ()),
    )


#: The longest item (in words) that one of several items said together may be: "eggs and
#: bread" is two items, a long phrase with "and" in it is more likely one thing.
MAX_PART_WORDS = 3
#: The longest item between commas: a comma says where an item ends, so a longer one is
#: taken ("a tin of red paint, brushes and glue").
MAX_COMMA_PART_WORDS = 6


def items_said(entity: Entity, item: str, language: str) -> tuple[str, ...]:
    """The items *item* names for adding to the list *entity*: "eggs and bread" is two
    ("eggs", "bread"), "eggs, milk and bread" (or "eggs, milk, and bread") three where the
    commas reached the item. It stays one item when the list already has it under that name
    (any status), and a part that the language knows as one item ("mac and cheese", "fish
    and chips") or the list has stays whole; when a part would be empty or longer than
    :data:`MAX_PART_WORDS` words (:data:`MAX_COMMA_PART_WORDS` between commas), the whole is
    kept as said."""
    joiners, whole = _joining(language)
    if not joiners:
        return (item,)
    listed = entity.attributes.get("items")
    names = (
        {normalize(str(each.get("summary", ""))) for each in listed if isinstance(each, dict)}
        if isinstance(listed, list)
        else set()
    )

    def one(part: str) -> bool:
        wanted = normalize(part)
        padded = f" {wanted} "
        return wanted in names or any(f" {known} " in padded for known in whole if known)

    if normalize(item) in names:
        return (item,)
    chunks = [c.split() for c in item.split(",")]
    if any(not c for c in chunks[:-1]) or not chunks[-1]:
        return (item,)
    commas = len(chunks) > 1
    found: list[str] = []
    for chunk in chunks:
        joined = commas and found and normalize(chunk[0]) in joiners
        said = " ".join(chunk[1:] if joined else chunk)  # "eggs, milk, and bread"
        if one(said):
            found.append(said_item(said, language))
            continue
        parts: list[list[str]] = [[]]
        for token in said.split():
            if normalize(token) in joiners:
                parts.append([])
            else:
                parts[-1].append(token)
        longest = MAX_PART_WORDS if len(parts) > 1 else MAX_COMMA_PART_WORDS
        for words in parts:
            part = said_item(" ".join(words), language)
            if not part or len(part.split()) > longest:
                return (item,)
            found.append(part)
    return tuple(found) if len(found) > 1 else (item,)


def with_commas(item: str, raw: str) -> str:
    """*item* as *raw* (the sentence as typed) wrote it, with the commas between its words
    that reading the sentence took out ("eggs milk and bread" of "add eggs, milk and bread
    to the list": "eggs, milk and bread"); *item* itself where *raw* does not hold it so."""
    words = item.split()
    if len(words) < 2 or "," not in raw:
        return item
    pattern = r"(?<!\w)" + r"\s*,?\s+".join(re.escape(w) for w in words) + r"(?!\w)"
    found = re.search(pattern, raw, re.IGNORECASE)
    return found.group(0) if found is not None else item


@dataclass(frozen=True, slots=True)
class Found:
    """The items of a list that fit what was said: ``known`` is False when the snapshot
    does not list the items (then the item is taken as said)."""

    items: tuple[str, ...]
    known: bool


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def open_item(entity: Entity, item: str) -> Found:
    """The open items of the list *entity* that *item* names: the one with that summary
    (case aside), else those holding every word said ("sprouts": "Brussels sprouts"), else
    those whose every word was said ("the oat milk please": "Oat milk")."""
    listed = entity.attributes.get("items")
    if not isinstance(listed, list):
        return Found((item,), False)
    items = open_items(listed)
    wanted = normalize(item)
    same = [i for i in items if normalize(i) == wanted]
    if same:
        return Found((same[0],), True)
    said = {_stem(w) for w in wanted.split()}
    if not said:
        return Found((), True)
    holding = [i for i in items if said <= {_stem(w) for w in normalize(i).split()}]
    if holding:
        return Found(tuple(holding), True)
    within = [
        i
        for i in items
        if normalize(i).split() and {_stem(w) for w in normalize(i).split()} <= said
    ]
    return Found(tuple(within), True)


def listed(home: Home, targets: list[str], item: str) -> bool:
    """Whether *item* is, word for word, an open item of one of the lists *targets*."""
    for target in targets:
        entity = home.get(target)
        items = entity.attributes.get("items") if entity is not None else None
        if isinstance(items, list) and item in open_items(items):
            return True
    return False
