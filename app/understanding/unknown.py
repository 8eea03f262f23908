"""Words said where a name stands that the home does not know ("the attic light"), said back.

When nothing is understood, or the loose reading found a kind of device but dropped a word it
could not place ("turn on the attic light": every light of the home), the person is told what
was not found, the way Home Assistant's Assist does ("I don't know a room called 'attic'."),
never asked among every light, never offered an unrelated device, and nothing runs.

The unknown words are those left when every word the language's sentence data knows (Home
Assistant's sentence templates and lists, Hearth's files in ``resources/sentences/<lang>/``,
skip words), every word of the home's names, aliases, areas, floors and kinds, and numbers
are taken out. They only count where a name stands:

* the sentence (or one part of a compound) is one of Home Assistant's or Hearth's sentence
  templates once the unknown words are replaced by a stand-in that the ``{name}``, ``{area}``
  and ``{floor}`` slots accept: the slot the stand-in fills says whether a device or a room
  was not found. This works in every language Home Assistant ships;
* or, in a language with loose-reading cues (``frames.yaml``), the words come right before a
  kind of device in a sentence that carries a cue ("… and the attic fan").

A word close to a real name was already corrected by the planner's fuzzy correction before
this is asked; a name is suggested only when it is that close (the same rapidfuzz cutoff).
"""

from __future__ import annotations

import difflib
import functools
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any, TypeVar

import jellyfish
from hassil import recognize_all
from hassil.expression import Expression, Group, ListReference, RuleReference, TextChunk
from hassil.intents import Intent, IntentData, Intents, SlotList, TextSlotList, TextSlotValue
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

import app.understanding.not_found as not_found  # noqa: PLR0402  the module (no cycle)
from app.core.files import load_own_yaml
from app.core.plan import ErrorCode
from app.understanding import keyed_replies
from app.understanding.frames import FrameData, read_frame
from app.understanding.question_data import load_questions
from app.understanding.resolve import Unresolved
from app.understanding.sentences import LanguageData, load_language
from app.understanding.vocabulary import TYPE_PREFIX, Vocabulary, normalize

#: Stands in for the unknown words: a word no language's sentence data holds.
STAND_IN = "zqxunknownzqx"
#: Slots a stand-in may fill to be a name the home does not know.
_PLACES = ("area", "floor")
_NAMED = ("name", *_PLACES)
_WORD = re.compile(r"[^\W\d_][\w'-]*")
#: At most this many parts of a compound are tried (each one recognition).
_MAX_PARTS = 4
#: A known word with an ending of up to this many letters is known ("turning" for "turn")...
_ENDING = 3
#: ...when the known word has at least this many.
_STEM = 4
#: Answers of :func:`find` kept (one plan's readings of its text).
_RECENT = 4


class _Unseen:
    """What :func:`find` has not answered yet (None is an answer)."""


_UNSEEN = _Unseen()
_LOCK = threading.Lock()
_K = TypeVar("_K")
_V = TypeVar("_V")
#: What stands in for unknown words in the loose reading (it reads pronouns as a device)...
_PRONOUN = "it"
#: ...of one of these kinds, each tried in turn (the reading needs one kind to pick a verb).
_LOOSE_DOMAINS = ("light", "switch", "fan", "cover", "lock", "media_player", "climate", "vacuum")


@dataclass(frozen=True, slots=True)
class UnknownName:
    """Words that name nothing in the home, and what they were said as."""

    phrases: tuple[str, ...]
    """Each run of unknown words, as said ("attic", "wine cellar")."""
    room: bool
    """Said as a room (the ``{area}`` or ``{floor}`` slot, or before a kind of device)."""
    kind: bool
    """A kind of device was said with it ("the attic light"): only the room is unknown."""
    suggestion: str | None = None
    """A real name spelt almost like it, when there is one."""
    templated: bool = False
    """Placed by a sentence template (not only by the loose reading's cues)."""
    floor: bool = False
    """Said as a floor (the ``{floor}`` slot only)."""
    thing: str | None = None
    """The kind of device said, as the reply names it, when the words are the language's
    word for a kind the home has none of ("the kettle", "the printer"): known words, no
    name the home lacks."""
    plural: bool = False
    """The kind was said in the plural ("the fans")."""
    area: str | None = None
    """The home's room said with the kind ("the kitchen kettle"), as the home spells it."""
    language: str = "en"

    @property
    def quoted(self) -> str:
        quoted = [f"'{p}'" for p in self.phrases]
        return ", ".join(quoted[:-1]) + " or " + quoted[-1] if len(quoted) > 1 else quoted[0]

    @property
    def message(self) -> str:
        if self.thing is not None:
            return f"no {self.thing} in {self.area}" if self.area else f"no {self.thing} here"
        what = "floor" if self.floor else "room" if self.room else "device or room"
        return f"no {what} called {self.quoted}"

    @property
    def reply(self) -> str:
        said = not_found.texts(self.language)
        one = self.phrases[0] if len(self.phrases) == 1 else None
        if self.thing is not None:
            plural = "s" if self.plural else ""
            if self.area:
                reply = said.say(f"no_kind{plural}_in_area", kind=self.thing, area=self.area)
            else:
                reply = said.say(f"no_kind{plural}", kind=self.thing)
            return reply or keyed_replies.said("ask.not_understood")
        if (self.kind or self.room) and one is not None:
            key, slot = (not_found.NO_FLOOR, "floor") if self.floor else (not_found.NO_AREA, "area")
            reply = said.say(key, **{slot: one}) or self._english()
        else:
            reply = self._english()
        if self.suggestion:
            reply += " " + keyed_replies.said("ask.suggestion", choices=self.suggestion)
        return reply

    def _english(self) -> str:
        """The reply where the language's not-found texts have none: a keyed reply."""
        quoted = keyed_replies.Listed(tuple(f"'{p}'" for p in self.phrases))
        if self.kind:
            return keyed_replies.said("missing.room", name=quoted)
        if self.room and len(self.phrases) == 1:
            return keyed_replies.said("missing.kind_in_home", kind=self.phrases[0])
        return keyed_replies.said("missing.device_or_room", name=quoted)

    def unresolved(self) -> NotFound:
        """What the resolver would say: nothing in this home is called so."""
        return NotFound(ErrorCode.NO_TARGET, self.message, self.reply)


@dataclass(slots=True)
class NotFound(Unresolved):
    """A reading that named something the home does not have (see :func:`may_correct`)."""


def may_correct(
    outcomes: Iterable[object], text: str, fixed: str, lexicon: Lexicon, parts: Sequence[str]
) -> bool:
    """Whether the corrected *fixed* may stand for *text* when a reading (*outcomes*) named
    something the home does not have, or nothing was read and *text* (or one of its *parts*)
    has words the home does not know where a sentence template has a name: only when the
    words changed are a misspelling of what they become ("pork light": the Porch Light).
    Otherwise correcting would swap a room the home lacks for another device ("attic light"
    for the "Patio Light", close by ratio only because both end in "light")."""
    outcomes = list(outcomes)
    if not any(isinstance(o, NotFound) for o in outcomes):
        if outcomes:
            return True
        found = find(text, lexicon, parts=parts)
        if found is None or not found.templated:
            return True  # the loose reading's cues alone are no sure sign of a name
    said, meant = text.split(), fixed.split()
    matcher = difflib.SequenceMatcher(a=said, b=meant, autojunk=False)
    for tag, start, end, first, last in matcher.get_opcodes():
        if tag == "equal" or not any(lexicon.unknown(w) for w in said[start:end]):
            continue
        # The words as said against what they became ("sky light": the Skylight).
        if not misspelt(" ".join(said[start:end]), " ".join(meant[first:last]), lexicon):
            return False
    return True


def misspelt(said: str, meant: str, lexicon: Lexicon) -> bool:
    """Whether *said* is *meant* written or heard a little wrong: a few letters wrong (one in
    a word of three letters, two up to seven, three in a longer one; two letters swapped
    are one mistake), or, the spaces left out, as close by rapidfuzz ratio as the planner's
    cutoff asks, or in English the same sounds ("hole way" for "hallway", metaphone, as the
    planner's own correction hears them). "Attic" is none of these for "patio"."""
    length = len(said)
    allowed = 0 if length <= 2 else 1 if length <= 3 else 2 if length <= 7 else 3
    if OSA.distance(said, meant) <= allowed:
        return True
    said, meant = said.replace(" ", ""), meant.replace(" ", "")
    if fuzz.ratio(said, meant) >= lexicon.cutoff:
        return True
    if lexicon.data.language.split("-")[0] != "en" or not (said.isalpha() and meant.isalpha()):
        return False
    sound = jellyfish.metaphone(said)
    return bool(sound) and sound == jellyfish.metaphone(meant)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """What a planner knows: the words of its language and of its home."""

    data: LanguageData
    vocab: Vocabulary
    frames: FrameData | None
    known: frozenset[str]
    home: frozenset[str]
    """Words of the home's names, aliases, areas and floors (a slot may hold them)."""
    kinds: frozenset[str]
    """Words for a kind of device ("light", "fans")."""
    display: Callable[[str], str] = str
    """A phrase of the vocabulary as the home spells it ("sofa lamp": "Sofa Lamp")."""
    missing: tuple[tuple[str, str, bool, str], ...] = ()
    """(phrase, the kind as a reply names it, plural, its domain) for each of the language's
    words for a kind of device the home has none of ("kettle", "printer"), the longest
    first."""
    cutoff: float = 100.0
    """The lowest rapidfuzz ratio at which a real name is suggested (the planner's own)."""
    recent: dict[tuple[str, tuple[str, ...]], UnknownName | None] = field(
        default_factory=dict, compare=False
    )
    """The last few answers of :func:`find`: one plan reads the same text more than once."""

    def unknown(self, word: str) -> bool:
        """Whether *word* is neither the language's, the home's, nor a number."""
        if word in self.known or not _WORD.fullmatch(word):
            return False
        # An ending on a known word ("turning", "leo's", "garages") is the word's own.
        return not any(
            word[:-cut] in self.known for cut in range(1, _ENDING + 1) if len(word) - cut >= _STEM
        )


#: One lexicon per vocabulary (a planner's home revision); a few planners live at a time.
_LEXICONS: dict[int, Lexicon] = {}
_MAX_LEXICONS = 8


def lexicon(
    data: LanguageData,
    vocab: Vocabulary,
    frames: FrameData | None,
    home_words: Iterable[str],
    display: Callable[[str], str] = str,
    cutoff: float = 100.0,
) -> Lexicon:
    """The lexicon for a planner's language and vocabulary (built once per vocabulary).
    *home_words*: the words the planner already knows (its home's and its templates')."""
    found = _LEXICONS.get(id(vocab))
    if found is not None and found.vocab is vocab and found.data is data:
        return found
    kinds = {
        word
        for device_type in data.device_types
        for phrase in (*device_type.words, *device_type.names)
        for word in normalize(phrase).split()
    }
    kinds.update(w for phrase in vocab.kinds_by_word for w in normalize(phrase).split())
    asked = load_questions(data.language)
    if asked is not None:  # the plural words questions count ("lights", "windows")
        kinds.update(w for phrase in asked.kinds for w in phrase.split())
    known = set(home_words) | _language_words(data.language) | kinds
    known.update(w for phrase in data.skip_words for w in normalize(phrase).split())
    home = {w for phrase in vocab.words for w in phrase.split()}
    known.update(home)
    made = Lexicon(
        data,
        vocab,
        frames,
        frozenset(known),
        frozenset(home),
        frozenset(kinds),
        display,
        _missing(data, vocab, home),
        cutoff,
    )
    _keep(_LEXICONS, id(vocab), made, _MAX_LEXICONS)
    return made


def _missing(
    data: LanguageData, vocab: Vocabulary, home: set[str]
) -> tuple[tuple[str, str, bool, str], ...]:
    """The words for kinds of device (``device_types.yaml``, a kind named by its first
    word) and the things (``not_found``) this home has none of: no word of the home's
    vocabulary for a kind, and no name of the home holding all of the words."""
    out: dict[str, tuple[str, bool, str]] = {}
    for kind in data.device_types:
        for word in kind.words:
            phrase = normalize(word)
            if word in vocab.kinds_by_word or all(w in home for w in phrase.split()):
                continue  # the home has one, or names one with the words ("Immersion Heater")
            if phrase:
                out.setdefault(phrase, (normalize(kind.words[0]), kind.plural, kind.domain))
    for thing in not_found.texts(data.language).things:
        if not all(w in home for w in thing.split()):
            out.setdefault(thing, (thing, False, "switch"))
    ordered = sorted(out.items(), key=lambda kv: (-len(kv[0].split()), kv[0]))
    return tuple((phrase, *rest) for phrase, rest in ordered)


#: Hearth's files of a language whose words are no command words.
_NOT_COMMANDS = frozenset({"conditions.yaml", "steps_text.yaml", "replies.yaml"})


@functools.lru_cache(maxsize=8)
def _language_words(language: str) -> frozenset[str]:
    """Every word of the language's template vocabulary and of Hearth's files for it
    (loose-reading cues, question words, time words, kinds, corrections)."""
    words = {w for phrase in load_language(language).vocabulary for w in normalize(phrase).split()}
    root = resources.files("resources") / "sentences" / language
    if root.is_dir():
        for entry in root.iterdir():
            # The conditions' devices and things ("the pool", "the towels") are no command
            # words: a home without them still hears them said back as unknown.
            # Nor are the words of a plan's step texts (steps_text.yaml), which are replies.
            if entry.name.endswith(".yaml") and entry.name not in _NOT_COMMANDS:
                content = load_own_yaml(entry.read_text(encoding="utf-8"))
                if entry.name == "situations.yaml":
                    # Likewise the words of the names of what a situation runs ("printer",
                    # "coop door"): a home without a printer hears "printer" said back.
                    content = _without_names(content)
                elif entry.name == "hearth.yaml" and isinstance(content, dict):
                    # Nor the things a home may lack (``not_found``): "the pool heater" in a
                    # home with only a Space Heater names a pool the home does not know.
                    content = {k: v for k, v in content.items() if k != "not_found"}
                elif entry.name == "questions.yaml" and isinstance(content, dict):
                    # Nor the spots in a room a question may name ("under the sink", "by the
                    # dishwasher"): "turn on the dishwasher" in a home without one is said back.
                    content = {k: v for k, v in content.items() if k != "spot_words"}
                elif entry.name == "device_types.yaml" and isinstance(content, dict):
                    # Nor the kinds of room said by their first word ("master" of the Master
                    # Bedroom): "the bathroom fan" in a home without one is said back.
                    content = {k: v for k, v in content.items() if k != "placed_by_first_word"}
                elif entry.name == "list_items.yaml" and isinstance(content, dict):
                    # Things bought said whole ("pork and beans") are no command words:
                    # "the pork light" is still heard as a misspelt "porch light".
                    content = {k: v for k, v in content.items() if k != "whole"}
                for text in _strings(content):
                    words.update(_WORD.findall(normalize(text)))
    return frozenset(words)


def _without_names(content: Any) -> Any:
    """*content* (situations.yaml) without its situations' ``names``."""
    if not isinstance(content, dict):
        return content
    situations = content.get("situations")
    if not isinstance(situations, dict):
        return content
    kept = {
        key: {k: v for k, v in spec.items() if k != "names"} if isinstance(spec, dict) else spec
        for key, spec in situations.items()
    }
    return {**content, "situations": kept}


def _strings(content: Any) -> Iterable[str]:
    """Every key and string value in a YAML document."""
    if isinstance(content, str):
        yield content
    elif isinstance(content, dict):
        for key, value in content.items():
            yield str(key)
            yield from _strings(value)
    elif isinstance(content, list):
        for item in content:
            yield from _strings(item)


def _keep(cache: dict[_K, _V], key: _K, value: _V, most: int) -> None:
    """Put *value* in *cache*, the oldest entries out past *most* (planners may plan on
    several threads at once)."""
    with _LOCK:
        while len(cache) >= most:
            cache.pop(next(iter(cache)))
        cache[key] = value


def runs(words: Sequence[str], lexicon: Lexicon) -> list[tuple[int, int]]:
    """(start, end) of each run of unknown words."""
    found: list[tuple[int, int]] = []
    start = None
    for i, word in enumerate([*words, ""]):
        if word and lexicon.unknown(word):
            start = i if start is None else start
        elif start is not None:
            found.append((start, i))
            start = None
    return found


def find(text: str, lexicon: Lexicon, *, parts: Sequence[str] = ()) -> UnknownName | None:
    """The unknown words of the normalised *text* when they stand where a name does (in the
    whole text, or in one of its compound *parts*), else None."""
    key = (text, tuple(parts))
    known = lexicon.recent.get(key, _UNSEEN)
    if not isinstance(known, _Unseen):
        return known
    answer = _find(text, lexicon, parts)
    _keep(lexicon.recent, key, answer, _RECENT)
    return answer


def _find(text: str, lexicon: Lexicon, parts: Sequence[str]) -> UnknownName | None:
    words = text.split()
    spans = runs(words, lexicon)
    language = lexicon.data.language
    found = None
    for candidate in _candidates(text, parts, lexicon) if spans else ():
        found = _by_templates(candidate, lexicon)
        if found is not None:
            break
    if found is None and spans:
        found = _by_loose_reading(words, spans, lexicon) or _before_kind(words, spans, lexicon)
    things = {phrase for phrase, *_ in lexicon.missing}
    if found is None or all(phrase in things for phrase in found.phrases):
        # No unknown word stands for a name; a kind of device the home has none of may
        # (said as that kind: "There's no dishwasher in this home.").
        for candidate in dict.fromkeys([text, *parts[:_MAX_PARTS]]):
            missing = _missing_kind(candidate, lexicon)
            if missing is not None:
                return replace(missing, language=language)
        if found is None:
            return None
    suggestion = _suggestion(words, spans, lexicon)
    if suggestion is not None:
        suggestion = lexicon.display(suggestion)
    return replace(found, suggestion=suggestion, language=language)


def _missing_kind(text: str, lexicon: Lexicon) -> UnknownName | None:
    """The language's word for a kind of device the home has none of ("start the kettle",
    "turn on the printer"), where a sentence template has a device's name: said back as
    the kind, never as an unknown name, and never a device of another kind."""
    words = text.split()
    padded = f" {text} "
    for phrase, shown, plural, domain in lexicon.missing:
        if f" {phrase} " not in padded:
            continue
        size = len(phrase.split())
        for start in range(len(words) - size + 1):
            if " ".join(words[start : start + size]) != phrase:
                continue
            for first, area in _with_area(words, start, lexicon):
                span = [(first, start + size)]
                found = _stood_in(words, span, lexicon, named=True, domain=domain)
                if found is not None:
                    return replace(found, thing=shown, plural=plural, area=found.area or area)
    return None


def _with_area(words: Sequence[str], start: int, lexicon: Lexicon) -> list[tuple[int, str | None]]:
    """Where a kind said from *start* begins: there, and before a room's name said right
    before it ("the kitchen kettle"), with the room as the home spells it."""
    out: list[tuple[int, str | None]] = [(start, None)]
    for size in range(1, min(start, 3) + 1):
        phrase = " ".join(words[start - size : start])
        if phrase in lexicon.vocab.area_by_word:
            out.append((start - size, lexicon.display(phrase)))
    return out


def dropped(text: str, name: object, lexicon: Lexicon) -> Unresolved | None:
    """What to say instead of the loose reading of *text* when it read a device (``{name}``
    value *name*) without words that name nothing in the home where a name or room stands:
    with a kind of device ("the attic light": not every light of the home) or a name that
    is only a kind's word ("the attic thermostat" for the one called "Thermostat"), and
    with any name when said apart from it as a room ("the sofa lamp in the attic"). A word
    right before a longer name ("the cosy sofa lamp") is left to the other readings."""
    words = text.split()
    spans = runs(words, lexicon)
    if name is None or not spans:
        return None
    value = str(name)
    generic = value.startswith(TYPE_PREFIX) or all(w in lexicon.kinds for w in value.split())
    if not generic and _before(spans, words, value.split()):
        return None
    found = find(text, lexicon)
    if found is None or not (generic or found.room):
        return None
    return found.unresolved()


def _before(spans: Sequence[tuple[int, int]], words: Sequence[str], name: Sequence[str]) -> bool:
    """Whether a run of unknown words comes right before the words *name*."""
    size = len(name)
    return any(list(words[end : end + size]) == list(name) for _, end in spans)


def _candidates(text: str, parts: Sequence[str], lexicon: Lexicon) -> list[str]:
    """The whole text, then each part that holds an unknown word (a compound)."""
    out = [text]
    for part in parts[:_MAX_PARTS] if len(parts) > 1 else ():
        if part != text and runs(part.split(), lexicon):
            out.append(part)
    return out


def _by_templates(text: str, lexicon: Lexicon) -> UnknownName | None:
    """The unknown words of *text* as the slot they fill in a sentence template, with a
    stand-in in their place (a name slot reading first, unless a kind of device was said).
    When the words alone fill no slot, the first run with the word before or after it that
    is no word of the home's ("the hot tub": "hot" is a word the sentences know)."""
    words = text.split()
    spans = runs(words, lexicon)
    if not spans:
        return None
    tries = [spans]
    start, end = spans[0]
    if start > 0 and words[start - 1] not in lexicon.home:
        tries.append([(start - 1, end), *spans[1:]])
    if end < len(words) and words[end] not in lexicon.home:
        tries.append([(start, end + 1), *spans[1:]])
    for spans_tried in tries:
        found = _stood_in(words, spans_tried, lexicon)
        if found is not None:
            return found
    return None


def _stood_in(
    words: Sequence[str],
    spans: Sequence[tuple[int, int]],
    lexicon: Lexicon,
    *,
    named: bool = False,
    domain: str | None = None,
) -> UnknownName | None:
    """The unknown words at *spans* as the slot a stand-in for them fills (*named*: only
    a device's name; *domain*: the stand-in is a device of that domain, for the rules that
    require one, "close the blinds")."""
    phrases = tuple(" ".join(words[s:e]) for s, e in spans)
    replaced = list(words)
    for start, end in reversed(spans):
        replaced[start:end] = [STAND_IN]
    stood = " ".join(replaced)
    data = lexicon.data
    # A kind counts only where the sentence says one ("the attic light"), not where a rule
    # fills it in itself ("turn on the attic": the room's lights; the room may be a device).
    padded = f" {' '.join(w for w in replaced if w != STAND_IN)} "
    kind_said = any(f" {phrase} " in padded for phrase in lexicon.vocab.kinds_by_word)
    intents = _fitting(data, [w for w in replaced if w not in lexicon.home])
    if intents is None:
        return None
    best: UnknownName | None = None
    for result in recognize_all(
        stood,
        intents,
        slot_lists=_with_stand_in(lexicon.vocab.slot_lists(stood), domain),
        skip_words=data.skip_words,
        language=data.language,
    ):
        slots = {k for k, e in result.entities.items() if e.value == STAND_IN and k in _NAMED}
        if not slots or (named and "name" not in slots):
            continue
        room = "name" not in slots
        name = result.entities.get("name")
        kind = (
            room
            and kind_said
            and (
                "domain" in result.entities
                or "device_class" in result.entities
                or (name is not None and str(name.value).startswith(TYPE_PREFIX))
            )
        )
        said = result.entities.get("area")
        area = None
        if not room and said is not None and said.value != STAND_IN and said.text:
            area = lexicon.display(normalize(said.text))  # "the kitchen kettle"
        floor = slots == {"floor"}
        reading = UnknownName(phrases, room, kind, templated=True, floor=floor, area=area)
        if kind:
            return reading  # "the attic light": the lights are known, the room is not
        if best is None or (best.room and not room):
            best = reading
    return best


@dataclass(frozen=True, slots=True)
class _Blocks:
    """A language's blocks of sentences that can hold a name, and the words each can say."""

    blocks: tuple[tuple[str, IntentData], ...]
    """(intent name, block): blocks with a ``{name}``, ``{area}`` or ``{floor}`` slot and no
    free-text slot."""
    words: tuple[frozenset[str], ...]
    """Per block, every word its sentences, expansion rules and lists can say."""
    said: frozenset[str]
    """Every word some block can say."""
    pieces: tuple[frozenset[str], ...] = ()
    """Per block, the text at the edges of its chunks, which may be glued to the next chunk
    into one word ("enc[i]end(a|e)" says "enciende" from "enc", "i", "end" and "e")."""

    def says(self, block: int, word: str) -> bool:
        """Whether block *block* can say *word*, whole or glued from its pieces."""
        return word in self.words[block] or _glued(word, self.pieces[block])


@functools.lru_cache(maxsize=8)
def _blocks(language: str) -> _Blocks:
    intents = load_language(language).intents
    rules: dict[str, _Said] = {}
    blocks: list[tuple[str, IntentData]] = []
    words: list[frozenset[str]] = []
    pieces: list[frozenset[str]] = []
    for intent in intents.intents.values():
        for block in intent.data:
            said = _Said(set(), set(), set())
            for sentence in block.sentences:
                _walk(sentence.expression, intents, block, rules, said)
            if said.lists & set(_NAMED) and not said.lists & block.wildcard_list_names:
                blocks.append((intent.name, block))
                words.append(frozenset(said.words))
                pieces.append(frozenset(said.pieces))
    return _Blocks(tuple(blocks), tuple(words), frozenset().union(*words), tuple(pieces))


@dataclass(frozen=True, slots=True)
class _Said:
    """What an expression can say: its words, the lists it names, and the pieces at its
    chunks' edges that may be glued into a word."""

    words: set[str]
    lists: set[str]
    pieces: set[str]

    def update(self, other: _Said) -> None:
        self.words.update(other.words)
        self.lists.update(other.lists)
        self.pieces.update(other.pieces)


def _glued(word: str, pieces: frozenset[str]) -> bool:
    """Whether *word* is a run of *pieces* (at least two: one piece alone is a word)."""
    if not pieces:
        return False
    ends = {0: 0}  # position -> pieces used to reach it
    for start in range(len(word)):
        if start not in ends:
            continue
        for end in range(start + 1, len(word) + 1):
            if word[start:end] in pieces and end not in ends:
                ends[end] = ends[start] + 1
    return ends.get(len(word), 0) >= 2


def _walk(
    expression: Expression,
    intents: Intents,
    block: IntentData,
    rules: dict[str, _Said],
    said: _Said,
) -> None:
    """Gather the words *expression* can say and the lists it names (rules read once)."""
    if isinstance(expression, TextChunk):
        text = expression.text
        chunk = normalize(text).split()
        said.words.update(chunk)
        if chunk and not text[:1].isspace():
            said.pieces.add(chunk[0])  # may end a word begun by the chunk before
        if chunk and not text[-1:].isspace():
            said.pieces.add(chunk[-1])  # may begin a word the next chunk ends
    elif isinstance(expression, Group):
        for item in expression.items:
            _walk(item, intents, block, rules, said)
    elif isinstance(expression, RuleReference):
        name = expression.rule_name
        local = name in block.expansion_rules
        if local or name not in rules:
            rule = block.expansion_rules.get(name) or intents.expansion_rules.get(name)
            rule_said = _Said(set(), set(), set())
            if not local:
                rules[name] = _Said(set(), set(), set())  # a rule that names itself
            if rule is not None:
                _walk(rule.expression, intents, block, rules, rule_said)
            if local:
                said.update(rule_said)
                return
            rules[name] = rule_said
        said.update(rules[name])
    elif isinstance(expression, ListReference):
        said.lists.add(expression.list_name)
        slot_list = block.slot_lists.get(expression.list_name) or intents.slot_lists.get(
            expression.list_name
        )
        if isinstance(slot_list, TextSlotList):
            for value in slot_list.values:
                _walk(value.text_in, intents, block, rules, said)


#: Sub-collections of a language's sentences, by the blocks they hold.
_SUBSETS: dict[tuple[str, tuple[int, ...]], Intents] = {}
_MAX_SUBSETS = 64


def _fitting(data: LanguageData, words: Sequence[str]) -> Intents | None:
    """The blocks of sentences that can say every word of *words* some block can say (the
    others cannot match), as an :class:`Intents` for hassil; None when there are none. A
    search over a handful of blocks instead of every sentence of the language."""
    index = _blocks(data.language)
    wanted = {w for w in words if w in index.said} - set(data.skip_words)
    chosen = tuple(
        i
        for i, said in enumerate(index.words)
        if wanted <= said or all(index.says(i, w) for w in wanted - said)
    )
    if not chosen:
        return None
    key = (data.language, chosen)
    subset = _SUBSETS.get(key)
    if subset is None:
        by_intent: dict[str, list[IntentData]] = {}
        for i in chosen:
            name, block = index.blocks[i]
            by_intent.setdefault(name, []).append(block)
        whole = data.intents
        subset = Intents(
            language=whole.language,
            intents={name: Intent(name=name, data=blocks) for name, blocks in by_intent.items()},
            slot_lists=whole.slot_lists,
            expansion_rules=whole.expansion_rules,
            skip_words=whole.skip_words,
            settings=whole.settings,
        )
        _keep(_SUBSETS, key, subset, _MAX_SUBSETS)
    return subset


def _with_stand_in(lists: dict[str, SlotList], domain: str | None = None) -> dict[str, SlotList]:
    out = dict(lists)
    for key in _NAMED:
        current = lists.get(key)
        values = list(current.values) if isinstance(current, TextSlotList) else []
        context = {"domain": domain} if domain and key == "name" else None
        values.append(TextSlotValue(TextChunk(STAND_IN), STAND_IN, context=context))
        out[key] = TextSlotList(name=key, values=values)
    return out


def _by_loose_reading(
    words: Sequence[str], spans: Sequence[tuple[int, int]], lexicon: Lexicon
) -> UnknownName | None:
    """The unknown words where the loose reading takes a device ("turn the blorp on"): read
    with "it" in their place, said of a device of one of the usual kinds, the sentence has
    a cue that makes a command (English, and any language with ``frames.yaml``)."""
    frames = lexicon.frames
    if frames is None:
        return None
    for start, end in spans:
        stood = " ".join([*words[:start], _PRONOUN, *words[end:]])
        for domain in _LOOSE_DOMAINS:
            reading = read_frame(
                stood,
                lexicon.vocab,
                frames,
                lexicon.data.colors,
                reference_domains=frozenset({domain}),
            )
            if reading is not None:
                phrases = tuple(" ".join(words[s:e]) for s, e in spans)
                return UnknownName(phrases, room=False, kind=False)
    return None


def _before_kind(
    words: Sequence[str], spans: Sequence[tuple[int, int]], lexicon: Lexicon
) -> UnknownName | None:
    """Unknown words right before a kind of device ("the attic fan"), in a sentence with a
    loose-reading cue ("turn off … and the attic fan"): a room the home does not have."""
    frames = lexicon.frames
    if frames is None or not _has_cue(words, frames):
        return None
    phrases = tuple(
        " ".join(words[s:e]) for s, e in spans if e < len(words) and words[e] in lexicon.kinds
    )
    return UnknownName(phrases, room=True, kind=True) if phrases else None


def _has_cue(words: Sequence[str], frames: FrameData) -> bool:
    padded = f" {' '.join(words)} "
    return any(f" {cue} " in padded for cue in frames.cues)


def _suggestion(
    words: Sequence[str], spans: Sequence[tuple[int, int]], lexicon: Lexicon
) -> str | None:
    """The home's phrase spelt almost like an unknown run, alone or with a neighbour ("sofa
    lamb": Sofa Lamp), the unknown words themselves a misspelling of the words they would
    replace: "attic light" is as close to "patio light" by ratio, but "attic" is no "patio"."""
    phrases = list(lexicon.vocab.words)
    best: tuple[float, str] | None = None
    for start, end in spans:
        said = " ".join(words[start:end])
        for first in range(max(0, start - 1), start + 1):
            for last in range(end, min(len(words), end + 1) + 1):
                span = words[first:last]
                hit = process.extractOne(
                    " ".join(span), phrases, scorer=fuzz.ratio, score_cutoff=lexicon.cutoff
                )
                if hit is None or (best is not None and hit[1] <= best[0]):
                    continue
                kept = set(span) - set(words[start:end])
                meant = " ".join(w for w in hit[0].split() if w not in kept)
                if misspelt(said, meant, lexicon):
                    best = (hit[1], hit[0])
    return best[1] if best is not None else None
