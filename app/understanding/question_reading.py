"""Reading a question: its words (lead-in dropped, places said as the home says them) read into
a :class:`Reading` — the names, kinds of device, areas, floors, states, measures and tags said,
and the runs of words nothing names — and the devices a reading is about. Read-only; the
answers are made in app/understanding/questions.py and question_measures.py."""

from __future__ import annotations

import dataclasses
import functools
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import app.understanding.answers as answers  # noqa: PLR0402  the module, not the package (no cycle)
import app.understanding.said_places as said_places  # noqa: PLR0402  the module (no cycle)
from app.core.context import Conversation, RequestContext
from app.core.home import Entity, Home
from app.core.plan import ErrorCode
from app.understanding.actions import query_step
from app.understanding.frames import FrameData
from app.understanding.question_data import CountedKind, Phrase, QuestionData
from app.understanding.resolve import Resolved, Resolver, Slots, Unresolved
from app.understanding.sentences import load_language
from app.understanding.vocabulary import REFERENCE, TYPE_PREFIX, normalize

PRONOUNS = frozenset({"it", "them", "that", "those", "they", "this", "these"})


def split_words(text: str, data: QuestionData) -> list[str]:
    """*text*'s words, elided words apart ("l'aspirateur": "l'", "aspirateur")."""
    words = normalize(text).split()
    if not data.elisions:
        return words
    split: list[str] = []
    for word in words:
        for elided in data.elisions:
            if word.startswith(elided) and len(word) > len(elided):
                split += [elided, word[len(elided) :]]
                break
        else:
            split.append(word)
    return split


def strip_lead_ins(words: list[str], data: QuestionData) -> list[str]:
    changed = True
    while changed and words:
        changed = False
        for lead_in in data.lead_ins:
            if tuple(words[: len(lead_in)]) == lead_in and len(words) > len(lead_in):
                words = words[len(lead_in) :]
                changed = True
                break
    return words


def prefix_length(words: list[str], phrases: tuple[Phrase, ...]) -> int:
    """Length of the longest of *phrases* that *words* start with (0: none)."""
    for phrase in phrases:  # longest first
        if tuple(words[: len(phrase)]) == phrase:
            return len(phrase)
    return 0


def without_follow_up(words: list[str], data: QuestionData) -> list[str]:
    """*words* without the follow-up's opening ("what about upstairs": "upstairs")."""
    opener = prefix_length(words, data.follow_ups)
    return words[opener:] if 0 < opener < len(words) else words


# -- reading -------------------------------------------------------------------------------


@dataclass(slots=True)
class Reading:
    words: list[str]
    names: list[str] = field(default_factory=list)
    """Name (or kind-of-device) phrases of the vocabulary, as ``{name}`` slot values."""
    kinds: list[CountedKind] = field(default_factory=list)
    kind_words: list[str] = field(default_factory=list)
    area: str | None = None
    floor: str | None = None
    states: list[str] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)
    outside: bool = False
    tags: set[str] = field(default_factory=set)
    unknown: list[list[str]] = field(default_factory=list)
    """Runs of words Hearth cannot place ("attic"), with the kind's word after them ("attic
    light")."""
    unknown_places: list[bool] = field(default_factory=list)
    """For each run: said as a place ("in the attic"), so never part of a device's name."""
    places: list[str] = field(default_factory=list)
    """Names that are also an area or a floor ("upstairs" for a floor and a thermostat)."""
    measure_words: dict[str, str] = field(default_factory=dict)
    """The language's measure phrases ("charge": battery), to read sensors' names with."""
    owners: set[str] = field(default_factory=set)
    """Names said as owners ("Tom's" in "how warm is Tom's room"), their "'s" taken off."""
    unread: list[str] = field(default_factory=list)
    """Words nothing read: no name, kind, state, measure or question word."""

    @property
    def state(self) -> str | None:
        return self.states[0] if self.states else None


def read(words: list[str], resolver: Resolver, data: QuestionData, frames: FrameData) -> Reading:
    vocab = resolver.vocab
    said = words
    words = [possessive(w, vocab, said[i + 1 :]) for i, w in enumerate(said)]
    reading = Reading(words, measure_words=frames.measures)
    # "how warm is Tom's room", "Sam's phone battery": a name said as an owner is no question
    # about its owner (a person's name asks where that person is only when said on its own)
    reading.owners = {w for w, s in zip(words, said, strict=True) if w != s}
    longest = max(vocab.longest, data.longest, frames.longest)
    # "How many blinds…", "which lamps…": a kind's word counts every device of the kind, even
    # where some devices are called just that.
    grouped = (
        "which" in words
        or not data.which_first.isdisjoint(words)
        or any(
            data.tags.get(" ".join(words[i : i + n]), frozenset()) & (GROUP_TAGS - {"which"})
            and not measure_from(words, i, frames)  # "hoeveel procent batterij": how much
            for i in range(len(words))
            for n in (1, 2)
        )
    )
    i = 0
    gap: list[str] = []
    about_devices: bool | None = None  # read when a calendar's name is met

    def close_gap() -> None:
        if gap:
            # Only where a name would stand ("the attic", "in the conservatory", "attic
            # lights"): other words are just words ("how long until…").
            start = i - len(gap)
            before = words[start - 1] if start >= 1 else ""
            after = words[i] if i < len(words) else ""
            last = i == len(words) and bool(reading.kinds or reading.states)  # "open upstairs"
            named = before in NAME_BEFORE or (  # "de Roborock", not "la vitesse"
                before in data.articles and not set(gap) & asking_words(data)
            )
            if named or after in data.kinds or last:
                reading.unknown.append([*gap, after] if after in data.kinds else list(gap))
                before_the = words[start - 2] if before == "the" and start >= 2 else before
                reading.unknown_places.append(before_the in PLACE_BEFORE or last)
            gap.clear()

    while i < len(words):
        taken = 0
        if (words[i] in ARTICLES or words[i] in data.articles) and i + 1 < len(words):
            close_gap()
            i += 1  # "the water sensor": a phrase starts after its article
            continue
        for length in range(min(longest, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + length])
            if phrase.endswith("'s") and phrase[:-2] in vocab.name_index:
                phrase = phrase[:-2]  # "the heat pump co2 sensor's level"
            real = phrase in vocab.words  # a name, alias, area or floor the home really has
            kind = data.kinds.get(phrase)
            if (
                i + length == len(words)
                and phrase in data.states
                and (phrase in vocab.area_index or phrase in vocab.floor_index)
                and reading.kinds
                and not reading.states
            ):
                # "Wie viele Rollläden sind unten?" where "unten" is also a floor: said last of
                # a kind with no state yet, it is the state asked about.
                reading.states.append(data.states[phrase])
            elif i and words[i - 1] in SUBJECTS and phrase in data.verbs:
                reading.states.append(data.verbs[phrase])  # "did I lock the front door"
            elif kind is not None and (not real or (grouped and phrase == normalize(kind.many))):
                reading.kinds.append(kind)
                reading.kind_words.append(phrase)
                if phrase in vocab.name_index and not grouped:
                    reading.names.append(phrase)  # also a kind of device ("the door")
            elif phrase in vocab.name_index and not _weather_verb(phrase, words, i, resolver, data):
                if calendar_only(phrase, vocab):
                    if about_devices is None:
                        about_devices = is_about_devices(words, data, frames, resolver.language)
                    if about_devices:
                        continue  # "is the kids fan on": a Kids calendar is no fan
                if phrase not in vocab.entities_by_name and any(
                    " ".join(words[i : i + n]) in vocab.entities_by_name for n in range(1, length)
                ):
                    continue  # a real name wins over a kind ("front door" + "lock")
                if phrase in vocab.area_index or phrase in vocab.floor_index:
                    reading.places.append(phrase)  # "upstairs": a floor, and a thermostat
                    place = vocab.area_index.get(phrase) or vocab.floor_index[phrase]
                    if phrase in vocab.area_index:
                        reading.area = str(place[0].value_out)
                    else:
                        reading.floor = str(place[0].value_out)
                if phrase not in vocab.entities_by_name:
                    kind_here = kind_in_area(phrase, resolver, data, grouped)
                    if kind_here is not None:  # "the kitchen lights": lights, in the kitchen
                        reading.kinds.append(kind_here[0])
                        reading.kind_words.append(kind_here[1])
                        reading.area = kind_here[2]
                        taken = length
                        break
                    phrase = partial_name(phrase, resolver.home) or phrase
                reading.names.append(phrase)
                if all(i.startswith("weather.") for i in vocab.entities_by_name.get(phrase, ["-"])):
                    # "what's the forecast" with a "Forecast Home": still the weather's word
                    reading.tags |= data.tags.get(phrase, frozenset()) & WEATHER_TAGS
            elif phrase in vocab.area_index:
                reading.area = str(vocab.area_index[phrase][0].value_out)
            elif phrase in vocab.floor_index:
                reading.floor = str(vocab.floor_index[phrase][0].value_out)
            elif kind is not None:
                reading.kinds.append(kind)
                reading.kind_words.append(phrase)
            elif (
                phrase in data.states
                and not (phrase in data.preposition_states and before_target(words, i, vocab, data))
                and words[i + length : i + length + 1] != ["to"]  # "set to": a setting
            ):
                reading.states.append(data.states[phrase])
                reading.tags |= data.tags.get(phrase, frozenset())
            elif phrase in frames.measures:
                reading.measures.append(frames.measures[phrase])
            elif phrase in frames.outside:
                reading.outside = True
            elif phrase in data.tags:
                reading.tags |= data.tags[phrase]
            else:
                continue
            taken = length
            break
        if taken:
            close_gap()
            i += taken
            continue
        word = words[i]
        known = word in data.tags or word in frames.function_words or word in frames.questions
        compound = compound_kind(word, data) if not known else None
        if compound is not None:  # "Deckenventilator": a fan
            close_gap()
            reading.kinds.append(compound[0])
            reading.kind_words.append(compound[1])
        elif known or word.rstrip("%").replace(".", "", 1).isdigit():
            close_gap()
        else:
            gap.append(word)
            if word not in asking_words(data):  # "schnell" of "wie schnell": read
                reading.unread.append(word)
        i += 1
    close_gap()
    return reading


def _weather_verb(
    phrase: str, words: list[str], i: int, resolver: Resolver, data: QuestionData
) -> bool:
    """Whether *phrase* is a word of the weather said as what it does ("will it rain
    tomorrow", "is it going to snow") though it is also a word of a device's name (the "Rain
    Tank"): only part of a name, the name's other words unsaid ("how much rain is in the
    tank"), and not where a name would stand ("the rain", "in rain")."""
    vocab = resolver.vocab
    if phrase in vocab.words or not data.tags.get(phrase, frozenset()) & WEATHER_TAGS:
        return False
    if i and (words[i - 1] in NAME_BEFORE or words[i - 1] in data.articles):
        return False
    said = set(words) - set(phrase.split())
    entities = (resolver.home.get(e) for e in vocab.entities_by_name.get(phrase, ()))
    return not any(
        said & set(normalize(name).split())
        for entity in entities
        if entity is not None
        for name in (entity.name, *entity.aliases)
    )


#: What a question about the weather says.
WEATHER_TAGS = frozenset({"weather", "rain", "snow", "wind", "high", "low", "weather_reading"})
GROUP_TAGS = frozenset({"count", "which", "all", "any"})
ARTICLES = frozenset({"the", "a", "an", "my", "our", "your"})
#: Words after which a name stands ("the attic", "in the conservatory").
NAME_BEFORE = frozenset(
    {"the", "my", "our", "in", "on", "at", "a", "an", "your", "for", "from", "about"}
)
#: Words before a place ("in the attic", "at the cabin").
PLACE_BEFORE = frozenset({"in", "at", "on"})
#: Who did something, in "did I lock the front door", "have we closed the gate".
SUBJECTS = frozenset({"i", "we", "you", "someone", "somebody", "anyone", "anybody"})


def measure_from(words: list[str], index: int, frames: FrameData) -> bool:
    """Whether a measure's phrase of more than one word starts at *index* ("hoeveel procent
    batterij"): its first word asks how much, not how many."""
    return any(
        " ".join(words[index : index + n]) in frames.measures
        for n in range(2, min(frames.longest, len(words) - index) + 1)
    )


def compound_kind(word: str, data: QuestionData) -> tuple[CountedKind, str] | None:
    """In a language that writes compounds as one word, the kind of device *word* ends with
    ("Deckenventilator": a fan) and that kind's word; None elsewhere."""
    if not data.compounds:
        return None
    for size in range(len(word) - 3, 3, -1):  # the longest kind word first
        kind = data.kinds.get(word[-size:])
        if kind is not None:
            return kind, word[-size:]
    return None


def calendar_only(phrase: str, vocab: Any) -> bool:
    """Whether *phrase* names only calendars ("kids" of a Kids calendar)."""
    ids = vocab.entities_by_name.get(phrase)
    if not ids or phrase in vocab.area_index or phrase in vocab.floor_index:
        return False
    return all(i.startswith("calendar.") for i in ids)


def is_about_devices(
    words: list[str], data: QuestionData, frames: FrameData, language: str
) -> bool:
    """Whether a question names a kind of device or a measure ("is the kids fan on", "how
    warm is the kids room"): then a calendar's name in it is no name of what it asks about
    (questions about events are read first, by app/understanding/temporal.py)."""
    grams = phrase_grams(tuple(words))
    return (
        any(phrase in grams for phrase in device_words(language))
        or any(tuple(k.split()) in grams for k in data.kinds)
        or any(tuple(m.split()) in grams for m in frames.measures)
    )


@functools.lru_cache(maxsize=8)
def device_words(language: str) -> frozenset[Phrase]:
    """The language's words for kinds of device ("heater", "garage door", "lights")."""
    found = load_language(language)
    said = {normalize(w) for kind in found.device_types for w in kind.words}
    said |= {normalize(w) for w in found.plural_words}
    return frozenset(tuple(w.split()) for w in said if w)


def possessive(word: str, vocab: Any, after: list[str]) -> str:
    """ "roomba's" -> "roomba" when the home knows a "roomba" ("how's the roomba's battery"),
    unless the words *after* it make a name that says it ("Tom's room", "Ines's lamp")."""
    if not (word.endswith("'s") and word[:-2] in vocab.name_index) or word in vocab.name_index:
        return word
    for n in range(1, min(len(after), vocab.longest) + 1):
        phrase = " ".join([word, *after[:n]])
        if phrase in vocab.name_index or phrase in vocab.area_index:
            return word
    return word[:-2]


def kind_in_area(
    phrase: str, resolver: Resolver, data: QuestionData, grouped: bool
) -> tuple[CountedKind, str, str] | None:
    """A kind of device said with an area ("kitchen lights"): the kind, its word and the area,
    when the kind's word is plural or the question is about several devices."""
    vocab = resolver.vocab
    for value in vocab.name_index.get(phrase, []):
        found = vocab.types_by_value.get(str(value.value_out))
        if found is None or found[1] is None:
            continue
        last = phrase.rsplit(maxsplit=1)[-1]
        kind = data.kinds.get(last)
        if kind is not None and (grouped or last == normalize(kind.many)):
            return kind, last, found[1]
    return None


def before_target(words: list[str], index: int, vocab: Any, data: QuestionData) -> bool:
    """ "What's playing on the kitchen speaker": "on" before a device is a preposition."""
    index += 1
    while index < len(words) and (
        words[index] in ("the", "my", "our", "a") or words[index] in data.articles
    ):
        index += 1
    rest = words[index:]
    for n in range(1, min(len(rest), 6) + 1):
        phrase = " ".join(rest[:n])
        if phrase in vocab.name_index and not (
            phrase in vocab.area_index or phrase in vocab.floor_index
        ):
            return True
    return False


def as_named(
    text: str, resolver: Resolver, data: QuestionData, conversation: Conversation | None = None
) -> str:
    """*text* with a thing said as people say it ("how much charge is in the car") in the
    words the home names it with ("... in the polestar", where sensors are "Polestar Battery"
    and "Polestar Range"): the first of its other words that a device's name holds, as that
    device's whole name when only one holds it, or only one of the kind the conversation was
    about ("and the car?" after the house battery: the car's battery). Nothing changes where
    a device or a room is called what was said."""
    if not data.also_called:
        return text
    said = f" {normalize(text)} "
    vocab = resolver.vocab
    changed = False
    for phrase, others in data.also_called:
        if f" {phrase} " not in said or phrase in vocab.entities_by_name:
            continue
        if phrase in vocab.area_by_word:
            continue
        for other in others:
            holding = [
                e
                for e in resolver.home.exposed()
                if any(f" {other} " in f" {normalize(n)} " for n in (e.name, *e.aliases))
            ]
            before = {
                e.device_class
                for e in map(resolver.home.get, conversation.last_targets if conversation else ())
                if e is not None and e.device_class
            }
            alike = [e for e in holding if e.device_class in before]
            if len(alike) == 1:
                holding = alike  # "and the car?" after a battery: the car's battery
            if holding:
                name = normalize(holding[0].name) if len(holding) == 1 else other
                said = said.replace(f" {phrase} ", f" {name} ", 1)
                changed = True
                break
    return said.strip() if changed else text


def question_words(
    text: str, resolver: Resolver, data: QuestionData, frames: FrameData
) -> list[str]:
    """The question's words, its lead-in dropped, a measure's contraction apart ("how warm's
    the nursery": "warm is") and places said in other words ("out the back") as the home's."""
    words = strip_lead_ins(split_words(text, data), data)
    vocab = resolver.vocab
    split: list[str] = []
    for word in words:
        stem = word[:-2]
        if (
            word.endswith("'s")
            and stem
            and word not in vocab.name_index
            and word not in data.tags
            and (stem in frames.measures or stem in asking_words(data))
        ):
            split += [stem, "is"]
        else:
            split.append(word)
    return say_places(split, resolver, data)


def asking_words(data: QuestionData) -> frozenset[str]:
    """The single words of the phrases that ask about an attribute ("how", "long", "fast")."""
    return kept_for(
        _ASKING, data, lambda: frozenset(w for a in data.attributes for p in a.words for w in p)
    )


_ASKING: dict[int, tuple[QuestionData, frozenset[str]]] = {}


def kept_for(
    cache: dict[int, tuple[QuestionData, frozenset[str]]],
    data: QuestionData,
    make: Callable[[], frozenset[str]],
) -> frozenset[str]:
    """What *make* gives for *data*, made once. The entry holds *data*, so no other data
    can take its id while it is there (a language's data dropped by load_questions' cache
    and another language's loaded in its place would otherwise get the first one's words)."""
    found = cache.get(id(data))
    if found is None or found[0] is not data:
        found = cache[id(data)] = (data, make())
    return found[1]


def say_places(words: list[str], resolver: Resolver, data: QuestionData) -> list[str]:
    """ "Out the back" -> "garden" where the home has a Garden (app/understanding/
    said_places.py)."""
    return said_places.say_places(words, resolver.vocab, data.places)


def found_phrases(words: list[str], phrases: tuple[Phrase, ...]) -> list[Phrase]:
    """Which of *phrases* *words* hold, each as whole words."""
    grams = phrase_grams(tuple(words))
    return [phrase for phrase in phrases if phrase in grams]


@functools.lru_cache(maxsize=32)
def phrase_grams(words: tuple[str, ...]) -> frozenset[Phrase]:
    """Every run of up to six of *words*."""
    return frozenset(words[i : i + n] for n in range(1, 7) for i in range(len(words) - n + 1))


def drop_explained(reading: Reading, data: QuestionData) -> None:
    """Forget unknown words that ask about an attribute or a battery ("the volume", "a new
    battery") or say a spot in a room where a kind of device sits ("under the sink"): they
    name nothing and are no name the home lacks."""
    asked = [*(p for a in data.attributes for p in a.words), *data.low_battery]
    explained = {w for phrase in found_phrases(reading.words, tuple(asked)) for w in phrase}
    if reading.tags & MEDIA_TAGS:
        explained |= data.watchers  # "what are the kids watching": no name
    if reading.kinds:  # "any leaks under the sink?": where the water sensors are
        explained |= {w for phrase in found_phrases(reading.words, data.spot_words) for w in phrase}
    if not explained:
        return
    kept = [
        (run, place)
        for run, place in zip(reading.unknown, reading.unknown_places, strict=True)
        if not set(run) <= explained
    ]
    reading.unknown = [run for run, _ in kept]
    reading.unknown_places = [place for _, place in kept]


def previous_reading(
    conversation: Conversation, resolver: Resolver, data: QuestionData, frames: FrameData
) -> Reading:
    """The question *conversation* asked last, as read: the whole question a follow-up stood
    for ("and the lounge?" after "what's the temperature in the kitchen?"), else its words."""
    remembered = conversation.last_question
    if (
        remembered is not None
        and remembered[0] == conversation.last_command
        and isinstance(remembered[1], Reading)
    ):
        return dataclasses.replace(remembered[1])
    assert conversation.last_command is not None
    words = question_words(conversation.last_command, resolver, data, frames)
    return read(without_follow_up(words, data), resolver, data, frames)


def place_unknown(reading: Reading, home: Home, resolver: Resolver) -> bool:
    """Read each unknown run of words as part of one device's name ("the irrigation" for
    "Orchard Irrigation", "work" for the list "Work Tasks"): True when every run was placed."""
    placed = []
    for run, place in zip(reading.unknown, reading.unknown_places, strict=True):
        if place:
            return False  # "in the bedroom" of a home with no bedroom: not the Bedroom Fan
        found = holding_words({singular(w) for w in run}, home)
        if not found:
            found = by_stem(run, home)  # "the washing", "the wash": the Washing Machine
        if len(found) != 1:
            return False
        placed.append(found[0][0])
    for entity in placed:
        reading.names.append(normalize(entity.name))
    return True


def by_stem(run: list[str], home: Home) -> list[tuple[Entity, str]]:
    """The one device (sensors too) one word of four letters or more names by the start of a
    word of its name ("wash" and "washing" for "Washing Machine"), the one whose name starts
    the others' ("Washing Machine" of "Washing Machine Time Left"); else none."""
    if len(run) != 1 or len(run[0]) < 4:
        return []
    said = run[0]
    found = [
        (e, name)
        for e in home.exposed()
        if e.domain not in ("scene", "script", "automation")
        for name in (normalize(e.name),)
        if any(w.startswith(said) or (len(w) >= 4 and said.startswith(w)) for w in name.split())
    ]
    base = [
        (e, name)
        for e, name in found
        if all(other == name or other.startswith(name + " ") for _, other in found)
    ]
    return base if len(base) == 1 else []


def partial_name(phrase: str, home: Home) -> str | None:
    """The name of the one device whose name holds every word of *phrase* ("irrigation" for
    "Orchard Irrigation"): a kind of device said of a home that has one such device by name
    means that device."""
    found = {name for _, name in holding_words({singular(w) for w in phrase.split()}, home)}
    return found.pop() if len(found) == 1 else None


#: Devices by the words of their names, per home and revision (:func:`holding_words`).
_NAME_WORDS: weakref.WeakKeyDictionary[
    Home, tuple[int, list[tuple[Entity, str, frozenset[str]]]]
] = weakref.WeakKeyDictionary()


def holding_words(wanted: set[str], home: Home) -> list[tuple[Entity, str]]:
    """The devices (not sensors, scenes or scripts) whose names hold every word of *wanted*,
    with their normalised names; the words of the home's names are kept per revision."""
    cached = _NAME_WORDS.get(home)
    if cached is None or cached[0] != home.revision:
        table = [
            (e, name, frozenset(singular(w) for w in name.split()))
            for e in home.exposed()
            if e.domain not in ("sensor", "binary_sensor", "scene", "script", "automation")
            for name in (normalize(e.name),)
        ]
        cached = _NAME_WORDS[home] = (home.revision, table)
    return [(e, name) for e, name, words in cached[1] if wanted <= words]


def singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def resolved(found: list[Entity], reply: str, summary: str) -> Resolved:
    steps = [query_step(found, summary)] if found else []
    return Resolved(steps=steps, reply=reply, targets=[e.entity_id for e in found])


def question_targets(
    reading: Reading, ctx: RequestContext, resolver: Resolver
) -> list[Entity] | Unresolved | None:
    """The devices the question names, resolved as a command's would be (area, this
    computer's area, asking which when several remain)."""
    if not reading.names:
        return None
    names = list(dict.fromkeys(reading.names))
    names = [n for n in names if n not in reading.places] or names  # "… in the garage"
    real = [n for n in names if n in resolver.vocab.entities_by_name or n == REFERENCE]
    if real and len(real) < len(names):
        names = real  # "the front door lock": the Front Door, not every lock
    found: list[Entity] = []
    for name in names:
        values: dict[str, Any] = {"name": slot_value(name, resolver)}
        if reading.area and name not in reading.places:
            values["area"] = reading.area
        if reading.floor and name not in reading.places:
            values["floor"] = reading.floor
        result = resolver.targets(Slots(values, False), ctx, whole_home=True)
        if isinstance(result, Unresolved) and result.code is ErrorCode.NO_TARGET:
            other = partial_name(name, resolver.home)  # "the gate" for a "Side Gate" of no class
            if other is not None and other != name:
                result = resolver.targets(Slots({"name": other}, False), ctx, whole_home=True)
        if isinstance(result, Unresolved):
            return result
        found.extend(e for e in result if e not in found)
    return found


def slot_value(name: str, resolver: Resolver) -> str:
    """The ``{name}`` value of a phrase: itself for a name, the kind's value for a kind."""
    if name in resolver.vocab.entities_by_name:
        return name
    for value in resolver.vocab.name_index.get(name, []):
        out = str(value.value_out)
        if out.startswith(TYPE_PREFIX):
            return out
    return name


def place_entities(reading: Reading, ctx: RequestContext, home: Home) -> list[Entity]:
    if reading.area:
        return [e for area in wing_of(reading, home) for e in home.entities_in_area(area)]
    if reading.floor:
        return home.entities_on_floor(reading.floor)
    if "here" in reading.tags and ctx.area:
        return home.entities_in_area(ctx.area)
    return list(home.exposed())


def wing_of(reading: Reading, home: Home) -> list[str]:
    """The area asked about, or every room of the part of the home it names: "the annex",
    the other name of the Annex Living Room, is also the Annex Bedroom and the Annex
    Kitchenette, when their names start with it and the room's own name was not said."""
    assert reading.area is not None
    area = home.areas.get(reading.area)
    said = f" {' '.join(reading.words)} "
    if area is None or f" {normalize(area.name)} " in said:
        return [reading.area]
    name = normalize(area.name)
    for alias in (normalize(a) for a in area.aliases):
        if f" {alias} " not in said or not name.startswith(f"{alias} "):
            continue
        rooms = [a.id for a in home.areas.values() if normalize(a.name).startswith(f"{alias} ")]
        if len(rooms) > 1:
            return rooms
    return [reading.area]


#: Tags of a question about what plays ("what's playing", "what are they watching").
MEDIA_TAGS = frozenset({"media", "watch"})


def where_said(reading: Reading, ctx: RequestContext, home: Home) -> str:
    if reading.area and reading.area in home.areas:
        return f" {answers.in_place(home.areas[reading.area].name)}"
    if reading.floor and reading.floor in home.floors:
        return f" {answers.on_floor(home.floors[reading.floor].name)}"
    return ""


def kind_nouns(reading: Reading, found: list[Entity]) -> tuple[str, str]:
    if reading.kinds:
        return reading.kinds[0].one, reading.kinds[0].many
    return "device", "devices"
