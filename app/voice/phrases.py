"""The phrase list that biases recognition towards the home's own commands.

Vosk models with a lookahead graph take a list of phrases at run time and turn it into a
bigram language model: the recogniser then hears mostly what the list makes likely, and the
shorter and more to the point the list, the better it hears it. Hearth's list is the commands
this home can be given:

* the home's words alone: entity names and aliases, the kinds of device it has, area and floor
  names and aliases;
* the current language's command phrasing (every sentence template of home-assistant-intents
  and of Hearth's own rules for the domains this home has), each template in the few shortest
  ways to say it (hassil's sampler expands them), its ``{name}``, ``{area}`` and ``{floor}``
  filled with the home's words for its domains, its numbers with number words.

Speech outside the list (a reminder's message, a shopping item) is the free-form pass's job
(:mod:`app.voice.engine`). The list only holds words the model knows: a word it does not know
is split into words it does ("꺼줘" → "꺼 줘") and :meth:`PhraseList.restore` joins them again
in the transcript; a word that cannot be split is left out, and the home's names among them
are reported (:attr:`PhraseList.unknown`: what the model cannot hear).
"""

from __future__ import annotations

import functools
import itertools
import json
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from hassil.expression import Sentence
from hassil.intents import RangeSlotList, SlotList, TextSlotList, WildcardSlotList
from hassil.numbers import get_rbnf_engine
from hassil.sample import sample_expression

from app.core.home import Home
from app.understanding.sentences import LanguageData, load_language, resolve_language
from app.understanding.vocabulary import normalize
from app.voice.errors import VoiceError

_LOGGER = logging.getLogger(__name__)

#: Ways to say one sentence template that go into the list: its shortest.
SHORTEST_EXPANSIONS = 3
#: Expansions of one template looked at to find its shortest.
SAMPLED_EXPANSIONS = 400
#: Sentences made from one phrasing with the home's words (each of the home's words for the
#: phrasing's placeholder at least once, as far as this allows).
MAX_FILLINGS = 12
#: The words most often before and after a placeholder that each of the home's words is
#: paired with (so that every name can follow "the" and precede "on", say).
CONTEXT_WORDS = 4
#: Longest phrase list handed to the recogniser (the grammar is compiled when listening starts).
MAX_PHRASES = 20_000
#: Numbers a command may say (percentages, degrees, minutes).
NUMBERS = range(0, 101)
#: Most pieces an unknown word is split into.
MAX_PIECES = 4

_KINDS = ("name", "area", "floor", "number", "wild")
_MARK = "zqx"
_MARKER = re.compile(rf"{_MARK}({'|'.join(_KINDS)}){_MARK}")

KnownWord = Callable[[str], bool]
"""Whether the speech model has a word in its vocabulary."""


def _marker(kind: str) -> str:
    return f"{_MARK}{kind}{_MARK}"


@dataclass(slots=True)
class PhraseList:
    """What the recogniser is told to expect, and how to read its words back."""

    language: str
    phrases: list[str]
    """Phrases of words the model knows, the home's own words first."""
    joins: dict[str, str] = field(default_factory=dict)
    """The model's words for a word it does not know, space-separated -> the word
    ("꺼 줘" -> "꺼줘", "twenty one" -> "twenty-one")."""
    unknown: list[str] = field(default_factory=list)
    """Words of the home's names the model can neither hear nor spell from words it knows."""
    home_words: frozenset[str] = frozenset()
    """The words of the home's names (normalised)."""
    unknown_token: str | None = None
    """The model's word for speech outside the list ("[unk]"), when it has one."""

    def to_grammar(self) -> str:
        """The JSON list vosk's recogniser takes (never empty: an empty list crashes it)."""
        phrases = list(self.phrases)
        if self.unknown_token:
            phrases.append(self.unknown_token)
        if not phrases:
            raise VoiceError("the phrase list is empty")
        return json.dumps(phrases, ensure_ascii=False)

    def restore(self, text: str) -> str:
        """*text* with split words joined again ("거실 조명 꺼 줘" → "거실 조명 꺼줘")."""
        if not self.joins or not text:
            return text
        pattern = _join_pattern(tuple(sorted(self.joins, key=len, reverse=True)))
        return pattern.sub(lambda m: self.joins[m.group(1)], text)


@functools.lru_cache(maxsize=16)
def _join_pattern(pieces: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in pieces)
    return re.compile(rf"(?<!\S)({alternatives})(?!\S)")


# -- the language's phrasing -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Phrasing:
    """One way to say a command, with placeholders."""

    words: tuple[str, ...]
    domains: frozenset[str]
    """The domains the command applies to (empty: any)."""


def _placeholder_lists(lists: dict[str, SlotList]) -> dict[str, SlotList]:
    """Slot lists with numbers, free text and the home's lists as placeholders (other lists,
    such as colours and states, keep their words)."""
    out: dict[str, SlotList] = {}
    for name, slot_list in lists.items():
        if isinstance(slot_list, RangeSlotList):
            out[name] = _single(_marker("number"))
        elif isinstance(slot_list, WildcardSlotList):
            out[name] = _single(_marker("wild"))
        else:
            out[name] = slot_list
    for kind in ("name", "area", "floor"):
        out[kind] = _single(_marker(kind))
    return out


def _single(text: str) -> TextSlotList:
    return TextSlotList.from_strings([text], allow_template=False)


def _shortest(
    sentence: Sentence, lists: dict[str, SlotList], rules: dict[str, Sentence], code: str
) -> list[str]:
    """The shortest ways to say *sentence* (what people say to a home assistant), and the
    first expansion with its optional words ("turn on *the* lamp": the little words people
    say too)."""
    try:
        expansions = list(
            itertools.islice(
                sample_expression(sentence.expression, lists, rules, code), SAMPLED_EXPANSIONS
            )
        )
    except Exception as err:  # a template hassil's sampler cannot expand
        _LOGGER.debug("Cannot expand %r: %s", sentence.text, err)
        return []
    if not expansions:
        return []
    shortest = sorted(set(expansions), key=lambda t: (len(t.split()), len(t), t))
    return list(dict.fromkeys([*shortest[:SHORTEST_EXPANSIONS], expansions[0]]))


@functools.lru_cache(maxsize=8)
def template_phrases(code: str) -> tuple[Phrasing, ...]:
    """The language's command phrasing as word sequences with placeholders (each once), in
    the order of the sentence data. Cached per language: it does not depend on the home."""
    intents = load_language(code).intents
    base = _placeholder_lists(dict(intents.slot_lists))
    seen: set[Phrasing] = set()
    out: list[Phrasing] = []
    for intent in intents.intents.values():
        for block in intent.data:
            lists = {**base, **_placeholder_lists(dict(block.slot_lists))}
            rules = {**intents.expansion_rules, **block.expansion_rules}
            domains = frozenset(block.domains)
            for sentence in block.sentences:
                for text in _shortest(sentence, lists, rules, code):
                    # Free text (a reminder's message) is not in a phrase list: the words on
                    # each side of it are phrases of their own.
                    for part in text.split(_marker("wild")):
                        phrasing = Phrasing(tuple(_words(part)), domains)
                        if phrasing.words and phrasing not in seen:
                            seen.add(phrasing)
                            out.append(phrasing)
    _LOGGER.debug("%d phrasings for %s", len(out), code)
    return tuple(out)


def _words(text: str) -> list[str]:
    """Normalised words; a placeholder keeps the text glued to it ("zqxareazqx에")."""
    return [w for w in normalize(text).replace("%", " ").split()]


# -- the home's words ------------------------------------------------------------------------


@dataclass(slots=True)
class HomeWords:
    """The home's words for each placeholder, normalised and without repeats."""

    names: dict[str, set[str]]
    """Entity name, alias or kind of device -> the domains it names."""
    areas: list[str]
    floors: list[str]

    @property
    def domains(self) -> set[str]:
        return {d for domains in self.names.values() for d in domains}

    def values(self, kind: str, domains: frozenset[str] = frozenset()) -> list[str]:
        """The words for placeholder *kind* in a command for *domains* (empty: any)."""
        if kind == "name":
            return [n for n, d in self.names.items() if not domains or d & domains]
        if kind == "area":
            return self.areas
        if kind == "floor":
            return self.floors
        return []

    @property
    def words(self) -> frozenset[str]:
        phrases = (*self.names, *self.areas, *self.floors)
        return frozenset(word for phrase in phrases for word in phrase.split())


def home_words(home: Home, data: LanguageData) -> HomeWords:
    names: dict[str, set[str]] = {}
    for entity in home.exposed():
        for raw in (entity.name, *entity.aliases):
            if key := normalize(raw):
                names.setdefault(key, set()).add(entity.domain)
    present = {d for domains in names.values() for d in domains}
    for device_type in data.device_types:
        if device_type.domain in present:
            for word in device_type.words:
                names.setdefault(normalize(word), set()).add(device_type.domain)
    areas = {
        key: None
        for area in home.areas.values()
        for key in (normalize(raw) for raw in (area.name, *area.aliases))
        if key
    }
    floors = {
        key: None
        for floor in home.floors.values()
        for key in (normalize(raw) for raw in (floor.name, *floor.aliases))
        if key
    }
    return HomeWords(names, list(areas), list(floors))


@functools.lru_cache(maxsize=8)
def number_words(code: str) -> tuple[str, ...]:
    """How the numbers of :data:`NUMBERS` are spoken in the language (every form hassil's
    number speller knows: "twenty-one"; "이십일" and "스물하나"), and as digits."""
    words: dict[str, None] = {}
    try:
        engine = get_rbnf_engine(code.split("-", maxsplit=1)[0])
    except Exception as err:
        _LOGGER.debug("No number words for %s: %s", code, err)
        engine = None
    for number in NUMBERS:
        if engine is not None:
            texts: list[str] = []
            try:
                texts = list(engine.format_number(number).text_by_ruleset.values())
            except Exception:  # a number the speller has no rule for
                _LOGGER.debug("No words for %d in %s", number, code)
            for text in texts:
                if key := normalize(text):
                    words[key] = None
        words[str(number)] = None
    return tuple(words)


# -- building the list -----------------------------------------------------------------------


class _ModelWords:
    """Maps written words to the model's words (splitting unknown ones), remembering how."""

    def __init__(self, known: KnownWord | None) -> None:
        self._known = known
        self._cache: dict[str, tuple[str, ...] | None] = {}
        self.joins: dict[str, str] = {}
        self.unknown: dict[str, None] = {}

    def is_known(self, word: str) -> bool:
        return self._known is None or self._known(word)

    def spell(self, word: str) -> tuple[str, ...] | None:
        """The model's words for *word*: itself, or the fewest known pieces; None if neither."""
        if word in self._cache:
            return self._cache[word]
        pieces: tuple[str, ...] | None
        if self.is_known(word):
            pieces = (word,)
        else:
            pieces = self._split(word)
            if pieces is not None:
                self.joins[" ".join(pieces)] = word
        self._cache[word] = pieces
        return pieces

    def _split(self, word: str) -> tuple[str, ...] | None:
        if "-" in word:  # "twenty-one", "wi-fi"
            parts = [self.spell(part) for part in word.split("-") if part]
            if parts and all(p is not None for p in parts):
                return tuple(piece for part in parts if part for piece in part)
        if len(word) > 40:
            return None
        # A Latin-script piece of one letter is rarely what was meant ("a", "i").
        shortest = 2 if word.isascii() else 1
        best: list[tuple[str, ...] | None] = [None] * (len(word) + 1)
        """best[i]: the fewest known pieces that spell word[:i]."""
        best[0] = ()
        for end in range(1, len(word) + 1):
            for start in range(max(0, end - 20), end - shortest + 1):
                head = best[start]
                if head is None or len(head) >= MAX_PIECES:
                    continue
                piece = word[start:end]
                if not self.is_known(piece):
                    continue
                candidate = (*head, piece)
                current = best[end]
                if current is None or _better(candidate, current):
                    best[end] = candidate
        found = best[len(word)]
        return found if found and len(found) > 1 else None

    def phrase(self, words: Iterable[str]) -> str:
        out: list[str] = []
        for word in words:
            pieces = self.spell(word)
            if pieces is None:
                self.unknown[word] = None
                continue
            out.extend(pieces)
        return " ".join(out)


def _better(candidate: tuple[str, ...], current: tuple[str, ...]) -> bool:
    """Fewer pieces; among as many, the longer first pieces ("취소 해" over "취 소해")."""
    return (len(candidate), [-len(p) for p in candidate]) < (
        len(current),
        [-len(p) for p in current],
    )


def _filling(
    phrasing: Phrasing, values: dict[str, list[str]], step: int, offset: int
) -> list[str] | None:
    """The *step*-th filling of *phrasing*'s placeholders (None when there are no more: each
    value of its longest list was used once), starting *offset* into each list."""
    kinds = [m.group(1) for word in phrasing.words for m in _MARKER.finditer(word)]
    if not kinds:
        return list(phrasing.words) if step == 0 else None
    lists = [values.get(kind, []) for kind in kinds]
    if not all(lists) or step >= max(len(v) for v in lists):
        return None  # a floor in a home without floors; or every value was used
    chosen = iter([v[(step + offset) % len(v)] for v in lists])
    return [_fill_word(word, chosen) for word in phrasing.words]


@dataclass(slots=True)
class _Context:
    lefts: list[str]
    """The words most often right before a placeholder of this kind."""
    rights: list[str]


def _usage(phrasings: list[Phrasing]) -> dict[str, _Context]:
    """For each kind of placeholder, the words that stand most often right before and right
    after it (what the home's words must follow and precede in a bigram model)."""
    counts: dict[str, tuple[Counter[str], Counter[str]]] = {}
    for phrasing in phrasings:
        words = phrasing.words
        for index, word in enumerate(words):
            match = _MARKER.fullmatch(word)
            if match is None:
                continue
            lefts, rights = counts.setdefault(match.group(1), (Counter(), Counter()))
            if index > 0 and not _MARKER.search(words[index - 1]):
                lefts[words[index - 1]] += 1
            if index + 1 < len(words) and not _MARKER.search(words[index + 1]):
                rights[words[index + 1]] += 1
    return {
        kind: _Context(
            [w for w, _ in lefts.most_common(CONTEXT_WORDS)],
            [w for w, _ in rights.most_common(CONTEXT_WORDS)],
        )
        for kind, (lefts, rights) in counts.items()
    }


def _fill_word(word: str, values: Iterator[str]) -> str:
    """*word* with each placeholder in it replaced by the next of *values*."""
    return _MARKER.sub(lambda _match: next(values), word)


def build_phrases(
    home: Home,
    language: str,
    *,
    known: KnownWord | None = None,
    unknown_token: str | None = None,
    max_phrases: int = MAX_PHRASES,
) -> PhraseList:
    """The phrase list for *home* in *language* (home-assistant-intents' code). *known* tells
    whether the model has a word (None: every word counts as known)."""
    code = resolve_language(language)
    if code is None:
        raise VoiceError(f"no sentence data for language {language!r}")
    words = home_words(home, load_language(code))
    numbers = list(number_words(code))
    present = words.domains
    model = _ModelWords(known)
    phrases: dict[str, None] = {}

    def add(text_words: Iterable[str]) -> None:
        text = model.phrase(text_words)
        if text and len(phrases) < max_phrases:
            phrases.setdefault(text, None)

    for value in (*words.names, *words.areas, *words.floors):
        add(value.split())
    phrasings = [
        p for p in template_phrases(code) if not p.domains or p.domains & present
    ]  # no cover in this home: no "open the blinds"
    values = {"area": words.areas, "floor": words.floors, "number": numbers}
    names = {p.domains: words.values("name", p.domains) for p in phrasings}
    # Round by round, so that a big home fills the list with every phrasing once before it
    # gives any a second filling: each phrasing takes other names (and numbers) each round.
    for step in range(MAX_FILLINGS):
        filled_any = False
        for index, phrasing in enumerate(phrasings):
            filled = _filling(phrasing, {**values, "name": names[phrasing.domains]}, step, index)
            if filled is not None:
                add(filled)
                filled_any = True
        if step == 0:
            for kind, usage in _usage(phrasings).items():
                if kind == "name":
                    continue  # a name's neighbours come from its own domains' phrasings, below
                for value in values.get(kind, []):
                    for left in usage.lefts:
                        add([left, value])
                    for right in usage.rights:
                        add([value, right])
            # "선풍기 키워" is no phrase: "키워" (louder) follows only a media player's name.
            by_domains: dict[frozenset[str], _Context | None] = {}
            for name, name_domains in words.names.items():
                key = frozenset(name_domains)
                if key not in by_domains:
                    fitting = [p for p in phrasings if not p.domains or p.domains & key]
                    by_domains[key] = _usage(fitting).get("name")
                context = by_domains[key]
                for left in context.lefts if context else ():
                    add([left, name])
                for right in context.rights if context else ():
                    add([name, right])
        if not filled_any or len(phrases) >= max_phrases:
            break
    home_vocabulary = words.words
    unknown = [w for w in model.unknown if w in home_vocabulary]
    if unknown:
        _LOGGER.info("%d words of the home's names are not in the speech model", len(unknown))
    return PhraseList(
        language=code,
        phrases=list(phrases),
        joins=dict(model.joins),
        unknown=unknown,
        home_words=home_vocabulary,
        unknown_token=unknown_token,
    )
