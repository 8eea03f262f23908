"""Questions about the home: answered read-only from its state, never turned into an action.

A sentence that starts like a question ("is", "did", "how many", "what's", "any"; the words
are data in ``resources/sentences/<lang>/questions.yaml``) is a question whatever else it
says: "did I leave the coffee maker on" must never turn the coffee maker on, "is the
irrigation running?" must never open a valve. The planner asks :func:`is_question` before it
reads any action, answers what :func:`answer` can, and drops every state-changing step a
question would otherwise have produced.

:func:`answer` reads the question's shape (a count, "which", "any", "all", one device, a
measure, what is playing, the weather, a to-do list) and the home's words in it (names, kinds
of device, areas, floors), and answers in words from the state. It returns None for what it
does not read, so that Home Assistant's and Hearth's sentence rules still get their turn.
"""

from __future__ import annotations

import functools
import weakref
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import app.understanding.answers as answers  # noqa: PLR0402  the module, not the package (no cycle)
from app.core.context import RequestContext
from app.core.files import load_own_yaml
from app.core.home import Entity, Home
from app.core.plan import ErrorCode, Plan
from app.understanding.actions import query_step
from app.understanding.frames import FrameData
from app.understanding.resolve import IntentMatch, Resolved, Resolver, Slots, Unresolved
from app.understanding.vocabulary import REFERENCE, TYPE_PREFIX, normalize

Phrase = tuple[str, ...]
_PRONOUNS = frozenset({"it", "them", "that", "those", "they", "this", "these"})


@dataclass(slots=True)
class UnknownInQuestion(Unresolved):
    """A name the question used that the home does not have ("the attic")."""

    place: bool = False
    """It was said as a place ("in the attic")."""


@dataclass(frozen=True, slots=True)
class CountedKind:
    """A kind of device a question counts or lists ("windows"): domains and device classes."""

    key: str
    one: str
    many: str
    match: tuple[tuple[str, str | None], ...]
    state: str = "on"
    """The state asked about when the question names none ("which windows?": open ones)."""

    def has(self, entity: Entity) -> bool:
        return any(
            entity.domain == domain
            and (device_class is None or entity.device_class == device_class)
            for domain, device_class in self.match
        )


@dataclass(frozen=True, slots=True)
class QuestionData:
    openers: tuple[Phrase, ...]
    commands: tuple[Phrase, ...]
    lead_ins: tuple[Phrase, ...]
    tags: dict[str, frozenset[str]]
    """Phrase -> what it says in a question ("count", "which", "filler", "media"...)."""
    states: dict[str, str]
    kinds: dict[str, CountedKind]
    """Word -> the kind of device it names."""
    verbs: dict[str, str]
    """Verbs after "I" -> the state they leave ("did I lock the door": locked)."""
    command_verbs: frozenset[str]
    """First words of a command, with or without a question mark ("turn the lights off?")."""
    switchable: frozenset[str]
    longest: int = 1


def _phrases(raw: Any) -> tuple[Phrase, ...]:
    found = {tuple(normalize(str(p)).split()) for p in raw or ()}
    return tuple(sorted((p for p in found if p), key=len, reverse=True))


_TAGGED = (
    "fillers",
    "everything",
    "count",
    "which",
    "all",
    "any",
    "media_words",
    "weather_words",
    "rain_words",
    "todo_words",
    "time_words",
    "future_words",
    "here_words",
    "same_words",
    "wind_words",
)


@functools.lru_cache(maxsize=8)
def load_questions(language: str) -> QuestionData | None:
    """The question words of *language* (None: it has none, and questions are only read by
    the sentence rules)."""
    base = language.split("-", 1)[0]
    path = resources.files("resources") / "sentences" / base / "questions.yaml"
    if not path.is_file():
        return None
    raw: dict[str, Any] = load_own_yaml(path.read_text(encoding="utf-8")) or {}
    tags: dict[str, set[str]] = {}
    for key in _TAGGED:
        for phrase in raw.get(key) or ():
            tags.setdefault(normalize(str(phrase)), set()).add(key.removesuffix("_words"))
    kinds: dict[str, CountedKind] = {}
    for key, spec in (raw.get("kinds") or {}).items():
        match = []
        for item in spec.get("match") or ():
            domain, _, device_class = str(item).partition(":")
            match.append((domain, device_class or None))
        kind = CountedKind(
            str(key),
            str(spec.get("one", key)),
            str(spec.get("many", key)),
            tuple(match),
            str(spec.get("state", "on")),
        )
        for word in spec.get("words") or ():
            kinds.setdefault(normalize(str(word)), kind)
    states = {normalize(str(k)): str(v) for k, v in (raw.get("states") or {}).items()}
    verbs = {normalize(str(k)): str(v) for k, v in (raw.get("verbs") or {}).items()}
    phrases = [*tags, *kinds, *states, *verbs]
    return QuestionData(
        openers=_phrases(raw.get("openers")),
        commands=_phrases(raw.get("commands")),
        lead_ins=_phrases(raw.get("lead_ins")),
        tags={k: frozenset(v) for k, v in tags.items()},
        states=states,
        kinds=kinds,
        verbs=verbs,
        command_verbs=frozenset(normalize(str(w)) for w in raw.get("command_verbs") or ()),
        switchable=frozenset(str(d) for d in raw.get("switchable") or ()),
        longest=max((len(p.split()) for p in phrases), default=1),
    )


def _strip_lead_ins(words: list[str], data: QuestionData) -> list[str]:
    changed = True
    while changed and words:
        changed = False
        for lead_in in data.lead_ins:
            if tuple(words[: len(lead_in)]) == lead_in and len(words) > len(lead_in):
                words = words[len(lead_in) :]
                changed = True
                break
    return words


def _prefix(words: list[str], phrases: tuple[Phrase, ...]) -> int:
    """Length of the longest of *phrases* that *words* start with (0: none)."""
    for phrase in phrases:  # longest first
        if tuple(words[: len(phrase)]) == phrase:
            return len(phrase)
    return 0


def is_question(text: str, data: QuestionData, frames: FrameData | None = None) -> bool:
    """Whether *text* asks about something rather than asks for something: it starts with a
    question word ("is", "did", "how many", "what's"), and not with a polite command that
    looks like one ("can you turn off…?") unless that is a longer question ("can you tell me
    if…"). With *frames*, a question mark after words with no command cue ("bedroom
    temperature?") asks too; "lights off?" stays a command."""
    words = _strip_lead_ins(normalize(text).split(), data)
    if not words:
        return False
    opener = _prefix(words, data.openers)
    command = _prefix(words, data.commands)
    if opener or command:
        return opener > command
    if frames is None or not text.rstrip().endswith("?") or words[0] in data.command_verbs:
        return False
    padded = f" {' '.join(words)} "
    return not any(f" {cue} " in padded for cue in frames.cues if cue not in data.states)


# -- reading -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Reading:
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

    @property
    def state(self) -> str | None:
        return self.states[0] if self.states else None


def _read(words: list[str], resolver: Resolver, data: QuestionData, frames: FrameData) -> _Reading:
    vocab = resolver.vocab
    words = [_possessive(w, vocab) for w in words]
    reading = _Reading(words)
    longest = max(vocab.longest, data.longest, frames.longest)
    # "How many blinds…", "which lamps…": a kind's word counts every device of the kind, even
    # where some devices are called just that.
    grouped = "which" in words or any(
        data.tags.get(" ".join(words[i : i + n]), frozenset()) & (_GROUP_TAGS - {"which"})
        for i in range(len(words))
        for n in (1, 2)
    )
    i = 0
    gap: list[str] = []

    def close_gap() -> None:
        if gap:
            # Only where a name would stand ("the attic", "in the conservatory", "attic
            # lights"): other words are just words ("how long until…").
            start = i - len(gap)
            before = words[start - 1] if start >= 1 else ""
            after = words[i] if i < len(words) else ""
            last = i == len(words) and bool(reading.kinds or reading.states)  # "open upstairs"
            if before in _NAME_BEFORE or after in data.kinds or last:
                reading.unknown.append([*gap, after] if after in data.kinds else list(gap))
                before_the = words[start - 2] if before == "the" and start >= 2 else before
                reading.unknown_places.append(before_the in _PLACE_BEFORE or last)
            gap.clear()

    while i < len(words):
        taken = 0
        if words[i] in _ARTICLES and i + 1 < len(words):
            close_gap()
            i += 1  # "the water sensor": a phrase starts after its article
            continue
        for length in range(min(longest, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + length])
            if phrase.endswith("'s") and phrase[:-2] in vocab.name_index:
                phrase = phrase[:-2]  # "the heat pump co2 sensor's level"
            real = phrase in vocab.words  # a name, alias, area or floor the home really has
            kind = data.kinds.get(phrase)
            if i and words[i - 1] in _SUBJECTS and phrase in data.verbs:
                reading.states.append(data.verbs[phrase])  # "did I lock the front door"
            elif kind is not None and (not real or (grouped and phrase == kind.many)):
                reading.kinds.append(kind)
                reading.kind_words.append(phrase)
                if phrase in vocab.name_index and not grouped:
                    reading.names.append(phrase)  # also a kind of device ("the door")
            elif phrase in vocab.name_index:
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
                    kind_here = _kind_in_area(phrase, resolver, data, grouped)
                    if kind_here is not None:  # "the kitchen lights": lights, in the kitchen
                        reading.kinds.append(kind_here[0])
                        reading.kind_words.append(kind_here[1])
                        reading.area = kind_here[2]
                        taken = length
                        break
                    phrase = _partial(phrase, resolver.home) or phrase
                reading.names.append(phrase)
            elif phrase in vocab.area_index:
                reading.area = str(vocab.area_index[phrase][0].value_out)
            elif phrase in vocab.floor_index:
                reading.floor = str(vocab.floor_index[phrase][0].value_out)
            elif kind is not None:
                reading.kinds.append(kind)
                reading.kind_words.append(phrase)
            elif (
                phrase in data.states
                and not (phrase == "on" and _before_target(words, i, vocab))
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
        if known or word.rstrip("%").replace(".", "", 1).isdigit():
            close_gap()
        else:
            gap.append(word)
        i += 1
    close_gap()
    return reading


_GROUP_TAGS = frozenset({"count", "which", "all", "any"})
#: States a question about several devices asks of any of them ("are the windows open?");
#: the others it asks of all of them ("are the doors locked?", "are the lights off?").
_ACTIVE = frozenset({"on", "open", "unlocked", "playing", "cleaning", "armed", "detected"})
_ARTICLES = frozenset({"the", "a", "an", "my", "our", "your"})
#: Words after which a name stands ("the attic", "in the conservatory").
_NAME_BEFORE = frozenset(
    {"the", "my", "our", "in", "on", "at", "a", "an", "your", "for", "from", "about"}
)
#: Words before a place ("in the attic", "at the cabin").
_PLACE_BEFORE = frozenset({"in", "at", "on"})
#: Who did something, in "did I lock the front door", "have we closed the gate".
_SUBJECTS = frozenset({"i", "we", "you", "someone", "somebody", "anyone", "anybody"})


def _possessive(word: str, vocab: Any) -> str:
    """ "roomba's" -> "roomba" when the home knows a "roomba" ("how's the roomba's battery")."""
    if word.endswith("'s") and word[:-2] in vocab.name_index and word not in vocab.name_index:
        return word[:-2]
    return word


def _kind_in_area(
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
        if kind is not None and (grouped or last == kind.many):
            return kind, last, found[1]
    return None


def _before_target(words: list[str], index: int, vocab: Any) -> bool:
    """ "What's playing on the kitchen speaker": "on" before a device is a preposition."""
    index += 1
    while index < len(words) and words[index] in ("the", "my", "our", "a"):
        index += 1
    rest = words[index:]
    for n in range(1, min(len(rest), 6) + 1):
        phrase = " ".join(rest[:n])
        if phrase in vocab.name_index and not (
            phrase in vocab.area_index or phrase in vocab.floor_index
        ):
            return True
    return False


# -- answering -----------------------------------------------------------------------------


def answer(
    text: str,
    ctx: RequestContext,
    resolver: Resolver,
    data: QuestionData,
    frames: FrameData,
) -> Resolved | Unresolved | None:
    """The answer to the question *text*, or an Unresolved that says what was not found or
    asks which device; None when the question's shape is not one this reads."""
    words = _strip_lead_ins(normalize(text).split(), data)
    if not words:
        return None
    reading = _read(words, resolver, data, frames)
    home = resolver.home
    conversation = ctx.conversation
    again = _again(reading, text, ctx, resolver, data, frames)
    if again is not None:
        return again
    if (
        not (reading.names or reading.kinds or reading.area or reading.floor)
        and conversation is not None
        and conversation.last_targets
        and any(w in _PRONOUNS for w in words)
    ):
        reading.names.append(REFERENCE)  # "what's on it now?": what the conversation is about
    if reading.unknown and not _place_unknown(reading, home, resolver):
        phrase = " ".join(reading.unknown[0]).removesuffix("'s")
        if reading.tags & {"weather", "rain"}:
            # "do I need a brolly": words around the question that name nothing
            weather = _weather(reading, ctx, resolver, data)
            if weather is not None:
                return weather
        return UnknownInQuestion(
            ErrorCode.NO_TARGET,
            f"no device or room called {phrase!r}",
            answers.unknown_name(phrase),
            place=reading.unknown_places[0],
        )
    if "time" in reading.tags and not (
        reading.names or reading.kinds or reading.area or reading.tags & {"weather", "rain"}
    ):
        return None  # "what's on tomorrow?": the calendar's (app/understanding/temporal.py)
    for reader in (_weather, _media, _todo, _measure, _group, _named):
        outcome = reader(reading, ctx, resolver, data)
        if outcome is not None:
            return outcome
    return None


def _again(
    reading: _Reading,
    text: str,
    ctx: RequestContext,
    resolver: Resolver,
    data: QuestionData,
    frames: FrameData,
) -> Resolved | Unresolved | None:
    """A question after a question about the same kind of device in another place: "what's
    the bedroom window doing?" - "and the kitchen one?"."""
    conversation = ctx.conversation
    names = [n for n in reading.names if n not in reading.places]
    if conversation is None or not conversation.last_command or names or reading.kinds:
        return None
    first = normalize(text).split()[:1]
    if not (reading.area or reading.floor) or not ("same" in reading.tags or first == ["and"]):
        return None
    previous_words = _strip_lead_ins(conversation.last_command.split(), data)
    previous = _read(previous_words, resolver, data, frames)
    if not previous.names:
        return None
    before = [e for e in (resolver.home.get(i) for i in conversation.last_targets) if e]
    kinds = {(e.domain, e.device_class) for e in before}
    place = _place(reading, ctx, resolver.home)
    found = [e for e in place if (e.domain, e.device_class) in kinds]
    if not found:
        return None
    state = reading.state or previous.state
    if len(found) == 1:
        reply = answers.one_answer(found[0], state)
    else:
        reply = answers.group_answer(
            "all", ("device", "devices"), state or "on", found, resolver.home
        )
    return _resolved(found, reply, "Check " + answers.names(found))


def _place_unknown(reading: _Reading, home: Home, resolver: Resolver) -> bool:
    """Read each unknown run of words as part of one device's name ("the irrigation" for
    "Orchard Irrigation", "work" for the list "Work Tasks"): True when every run was placed."""
    placed = []
    for run, place in zip(reading.unknown, reading.unknown_places, strict=True):
        if place:
            return False  # "in the bedroom" of a home with no bedroom: not the Bedroom Fan
        found = _holding({_singular(w) for w in run}, home)
        if len(found) != 1:
            return False
        placed.append(found[0][0])
    for entity in placed:
        reading.names.append(normalize(entity.name))
    return True


def _partial(phrase: str, home: Home) -> str | None:
    """The name of the one device whose name holds every word of *phrase* ("irrigation" for
    "Orchard Irrigation"): a kind of device said of a home that has one such device by name
    means that device."""
    found = {name for _, name in _holding({_singular(w) for w in phrase.split()}, home)}
    return found.pop() if len(found) == 1 else None


#: Devices by the words of their names, per home and revision (:func:`_holding`).
_NAME_WORDS: weakref.WeakKeyDictionary[
    Home, tuple[int, list[tuple[Entity, str, frozenset[str]]]]
] = weakref.WeakKeyDictionary()


def _holding(wanted: set[str], home: Home) -> list[tuple[Entity, str]]:
    """The devices (not sensors, scenes or scripts) whose names hold every word of *wanted*,
    with their normalised names; the words of the home's names are kept per revision."""
    cached = _NAME_WORDS.get(home)
    if cached is None or cached[0] != home.revision:
        table = [
            (e, name, frozenset(_singular(w) for w in name.split()))
            for e in home.exposed()
            if e.domain not in ("sensor", "binary_sensor", "scene", "script", "automation")
            for name in (normalize(e.name),)
        ]
        cached = _NAME_WORDS[home] = (home.revision, table)
    return [(e, name) for e, name, words in cached[1] if wanted <= words]


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _resolved(found: list[Entity], reply: str, summary: str) -> Resolved:
    steps = [query_step(found, summary)] if found else []
    return Resolved(steps=steps, reply=reply, targets=[e.entity_id for e in found])


def _targets(
    reading: _Reading, ctx: RequestContext, resolver: Resolver
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
        values: dict[str, Any] = {"name": _slot_value(name, resolver)}
        if reading.area and name not in reading.places:
            values["area"] = reading.area
        if reading.floor and name not in reading.places:
            values["floor"] = reading.floor
        result = resolver.targets(Slots(values, False), ctx, whole_home=True)
        if isinstance(result, Unresolved) and result.code is ErrorCode.NO_TARGET:
            other = _partial(name, resolver.home)  # "the gate" for a "Side Gate" of no class
            if other is not None and other != name:
                result = resolver.targets(Slots({"name": other}, False), ctx, whole_home=True)
        if isinstance(result, Unresolved):
            return result
        found.extend(e for e in result if e not in found)
    return found


def _slot_value(name: str, resolver: Resolver) -> str:
    """The ``{name}`` value of a phrase: itself for a name, the kind's value for a kind."""
    if name in resolver.vocab.entities_by_name:
        return name
    for value in resolver.vocab.name_index.get(name, []):
        out = str(value.value_out)
        if out.startswith(TYPE_PREFIX):
            return out
    return name


def _place(reading: _Reading, ctx: RequestContext, home: Home) -> list[Entity]:
    if reading.area:
        return home.entities_in_area(reading.area)
    if reading.floor:
        return home.entities_on_floor(reading.floor)
    if "here" in reading.tags and ctx.area:
        return home.entities_in_area(ctx.area)
    return list(home.exposed())


def _weather(
    reading: _Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | Unresolved | None:
    """ "What's the weather like?", "is it raining?", "do I need a brolly?", "how hot is it
    going to be?"."""
    home = resolver.home
    asks_weather = bool(reading.tags & {"weather", "rain"})
    future_measure = "future" in reading.tags and "temperature" in reading.measures
    if not (asks_weather or future_measure) or reading.names or reading.area or reading.kinds:
        return None
    found = [e for e in home.exposed() if e.domain == "weather"]
    if not found:
        return Unresolved(
            ErrorCode.NO_TARGET, "no weather entity", "I don't know the weather here."
        )
    entity = found[0]
    if future_measure and not asks_weather:
        value = entity.attributes.get("temperature")
        unit = str(entity.attributes.get("temperature_unit", "°"))
        reply = f"It's {answers.number(value)} {unit} outside now, and {_condition(entity)}."
    else:
        reply = answers.weather_conditions(
            entity, "rain" in reading.tags, wind="wind" in reading.tags
        )
    return _resolved([entity], reply, "Check the weather")


def _condition(entity: Entity) -> str:
    return entity.state.replace("partlycloudy", "partly cloudy").replace("-", " ")


def _media(
    reading: _Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | Unresolved | None:
    """ "What's playing in the rec room?", "what song is this?", "who's this?"."""
    if "media" not in reading.tags or reading.measures:
        return None
    if reading.words[0] in ("is", "are", "was", "were", "did", "does", "do") and reading.states:
        return None  # "is the tv playing?": a yes/no question about one device
    if (reading.kinds and reading.tags & _GROUP_TAGS - {"which"}) or reading.words[0] == "which":
        return None  # "how many speakers are playing?": counting
    home = resolver.home
    targets = _targets(reading, ctx, resolver)
    if isinstance(targets, Unresolved):
        return targets
    players = [e for e in targets or [] if e.domain == "media_player"] or [
        e for e in _place(reading, ctx, home) if e.domain == "media_player"
    ]
    if not players:
        return None
    active = [e for e in players if e.state == "playing"] or [
        e for e in players if e.state == "paused" and e.attributes.get("media_title")
    ]
    if not active and not (targets or reading.area or reading.floor):
        here = [e for e in players if ctx.area and e.area == ctx.area]
        active = here
    return _resolved(players, answers.media_answer(active, home), "Check what is playing")


def _todo(
    reading: _Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | Unresolved | None:
    """ "What's on the shopping list?", "how many things are on the shopping list?", "what do
    I still have to do for work?"."""
    home = resolver.home
    lists: list[Entity] = []
    for name in reading.names:
        if name == REFERENCE:
            ids = ctx.conversation.last_targets if ctx.conversation else []
        else:
            ids = resolver.vocab.entities_by_name.get(name, [])
        for entity_id in ids:
            entity = home.get(entity_id)
            if entity is not None and entity.domain == "todo" and entity not in lists:
                lists.append(entity)
    if not lists or len(lists) != len(set(reading.names)):
        return None
    entity = lists[0]
    # The same read as "what's on the shopping list?" (HearthListItems): todo.get_items.
    name = normalize(entity.name)
    slots = Slots({"name": name if name in resolver.vocab.entities_by_name else REFERENCE}, False)
    outcome = resolver.resolve(IntentMatch("HearthListItems", slots, " ".join(reading.words)), ctx)
    if isinstance(outcome, Resolved) and "count" in reading.tags:
        outcome.reply = answers.todo_count(entity.name, entity.attributes.get("items"))
    return outcome


def _measure(
    reading: _Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | Unresolved | None:
    """A measure of one named device: "bedroom temperature?", "how much battery does the door
    lock have?" (a battery sensor named after the device). Measures of areas and outside are
    left to the sentence rules (HearthGetMeasure)."""
    if not reading.measures:
        return None
    measure = reading.measures[0]
    names = [n for n in reading.names if n not in reading.places]
    if not names:
        in_place = _measure_in_place(reading, ctx, resolver, measure)
        if in_place is None and reading.places and not reading.outside:
            return _measure_of_room(reading.places, ctx, resolver, measure)  # a floor
        return in_place
    targets = _targets(reading, ctx, resolver)
    if not isinstance(targets, list) or len(targets) != 1:
        return None
    entity = targets[0]
    home = resolver.home
    value, unit = answers.measure_of(entity, measure)
    source = entity
    if entity.domain != "sensor" or entity.device_class != measure:
        if entity.domain in ("sensor", "climate", "weather", "vacuum") and value is not None:
            pass
        else:
            companion = _companion(entity, measure, reading, home)
            if companion is None:
                # "the humidity in the basement" where the thermostat is called "Basement":
                # the room of that name is what is asked about.
                return _measure_of_room(names, ctx, resolver, measure)
            source = companion
            value, unit = answers.measure_of(companion, measure)
    if value is None:
        return None
    shown = f"{answers.number(value)}{unit}"
    word = "temperature" if measure == "temperature" else measure
    reply = (
        f"{source.name}'s {word} is {shown}."
        if source is entity
        else (f"{entity.name}'s {word} is {shown}.")
    )
    if source is entity and entity.domain == "sensor":
        reply = f"{entity.name} is {shown}."
    return _resolved([source], reply, f"Check the {word}")


def _measure_of_room(
    names: list[str], ctx: RequestContext, resolver: Resolver, measure: str
) -> Resolved | None:
    """The measure in the room or on the floor one of *names* also names, when something
    there reads it."""
    home = resolver.home
    by_name = resolver.vocab.entities_by_name
    for name in names:
        area = resolver.vocab.area_by_word.get(name)
        floor = resolver.vocab.floor_by_word.get(name)
        if area is not None:
            found = answers.measure_sources(home, measure, area, None, ctx.area, False, by_name)
        elif floor is not None:
            found = [
                e
                for e in home.exposed()
                if e.domain == "sensor"
                and e.device_class == measure
                and home.floor_of_area(e.area or "") == floor
            ]
        else:
            continue
        found = [e for e in found if answers.measure_of(e, measure)[0] is not None]
        if found:
            reply = answers.measure_answer(found, home, measure, False)
            return _resolved(found, reply, f"Check the {measure}")
    return None


def _measure_in_place(
    reading: _Reading, ctx: RequestContext, resolver: Resolver, measure: str
) -> Resolved | Unresolved | None:
    """ "What's the temperature in the bedroom?", "how humid is it in here?"."""
    area = reading.area
    if area is None and "here" in reading.tags:
        area = ctx.area
    if area is None or reading.outside:
        return None  # the sentence rules read "outside" and the whole home (HearthGetMeasure)
    home = resolver.home
    by_name = resolver.vocab.entities_by_name
    found = answers.measure_sources(home, measure, area, None, ctx.area, False, by_name)
    if not found:
        where = home.areas[area].name if area in home.areas else area
        return Unresolved(
            ErrorCode.NO_TARGET,
            f"nothing measures {measure} in {where}",
            f"Nothing measures the {measure} in the {where}.",
        )
    reply = answers.measure_answer(found, home, measure, False)
    return _resolved(found, reply, f"Check the {measure}")


def _companion(entity: Entity, measure: str, reading: _Reading, home: Home) -> Entity | None:
    """The sensor that measures *measure* for *entity*: one of that device class whose name
    holds the device's name, an alias or the words said ("Door Lock Battery" for "the door
    lock")."""
    keys = [normalize(n) for n in (entity.name, *entity.aliases)] + reading.names
    sensors = [
        e
        for e in home.exposed()
        if e.domain == "sensor"
        and e.device_class == measure
        and any(k and k in normalize(e.name) for k in keys)
    ]
    return sensors[0] if len(sensors) == 1 else None


def _group(
    reading: _Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | Unresolved | None:
    """Questions about several devices: "how many windows are open?", "which lights are on
    upstairs?", "are the doors locked?", "any doors open?", "what's still on downstairs?",
    "is anything on?"."""
    tags = reading.tags
    first = reading.words[0]
    names = [n for n in reading.names if n not in reading.places]
    everything = "everything" in tags and not names and not reading.kinds
    plural = [k for k, w in zip(reading.kinds, reading.kind_words, strict=True) if w == k.many]
    # A kind said once with a state and no name ("is the water sensor wet?") asks about the
    # devices of that kind too.
    yes_no = not names and bool(reading.states)
    kinds = (
        reading.kinds
        if (plural or tags & {"count", "all", "any"} or first == "which" or yes_no)
        else []
    )
    if names and not plural:
        return None
    if not kinds and not (everything and (reading.states or reading.area or reading.floor)):
        return None
    if everything and first in ("what", "what's", "whats") and not reading.states:
        return None  # "what's in the kitchen?"
    home = resolver.home
    place = _place(reading, ctx, home)
    plain = kinds and not tags & _GROUP_TAGS and first not in ("which", "what", "what's")
    if plain and ctx.area and not (reading.area or reading.floor):
        # "Are the lights on?" said in the study: the study's, when it has any.
        here = [e for e in place if e.area == ctx.area and kinds[0].has(e)]
        place = here or place
    if kinds:
        kind = kinds[0]
        state = reading.state or kind.state
        nouns = (kind.one, kind.many)
        candidates = [e for e in place if kind.has(e)]
    else:
        state = reading.state or "on"
        nouns = ("thing", "things")
        if state in ("on", "off"):
            candidates = [e for e in place if e.domain in data.switchable]
        else:  # "what's open?", "is everything locked?": whatever can be so
            candidates = place
        if state == "on":  # an idle speaker is not "still on"
            candidates = [
                e for e in candidates if e.domain != "media_player" or e.state == "playing"
            ]
    applicable = [e for e in candidates if answers.in_state(e, state) is not None]
    if not applicable and kinds:
        where = _where(reading, ctx, home)
        return Unresolved(
            ErrorCode.NO_TARGET,
            f"no {nouns[1]}{where}",
            f"I couldn't find any {nouns[1]}{where}.",
        )
    if "count" in tags:
        form = "count"
    elif first in ("which", "what", "what's", "whats", "list", "show", "tell"):
        form = "which"
    elif "all" in tags:
        form = "all"
    elif "any" in tags or everything or state in _ACTIVE:
        form = "any"  # "are the windows open?": any of them
    else:
        form = "all"  # "are the doors locked?": every one
    if len(applicable) == 1 and form in ("any", "all") and not tags & {"any", "all"}:
        reply = answers.one_answer(applicable[0], state)
    else:
        reply = answers.group_answer(form, nouns, state, applicable, home)
    matching = [e for e in applicable if answers.in_state(e, state)]
    return _resolved(matching or applicable, reply, f"Check the {nouns[1]}")


def _where(reading: _Reading, ctx: RequestContext, home: Home) -> str:
    if reading.area and reading.area in home.areas:
        return f" in the {home.areas[reading.area].name}"
    if reading.floor and reading.floor in home.floors:
        return f" on the {home.floors[reading.floor].name}"
    return ""


def _named(
    reading: _Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | Unresolved | None:
    """A yes/no or "what's it doing" question about devices named: "is the irrigation
    running?", "did I leave the coffee maker on", "is the kitchen window shut"."""
    if not reading.names or reading.measures:
        return None
    found = _targets(reading, ctx, resolver)
    if isinstance(found, Unresolved) and found.code is ErrorCode.AMBIGUOUS:
        # "Are the sprinklers running?": a kind of device with several members is a question
        # about all of them, not one to ask back.
        found = _every_of_kind(reading, ctx, resolver) or _every_named(reading, resolver) or found
    if found is None or isinstance(found, Unresolved):
        return found
    if any(e.domain in ("todo", "weather", "calendar", "timer") for e in found):
        return None  # their own questions (lists, weather, timers) answer these
    state = reading.state
    home = resolver.home
    if len(found) == 1 and state is not None and answers.in_state(found[0], state) is None:
        # "Is the back door shut?" of a lock: the door's contact sensor knows.
        found = [_state_companion(found[0], state, home) or found[0]]
    if len(found) == 1:
        reply = answers.one_answer(found[0], state)
    elif state is None:
        reply = " ".join(answers.one_answer(e, None) for e in found[:10])
    else:
        applicable = [e for e in found if answers.in_state(e, state) is not None] or found
        form = "any" if "any" in reading.tags or state in _ACTIVE else "all"
        nouns = _nouns(reading, applicable)
        reply = answers.group_answer(form, nouns, state, applicable, home)
    return _resolved(found, reply, "Check " + answers.names(found))


def _state_companion(entity: Entity, state: str, home: Home) -> Entity | None:
    """The one device named after *entity* that *state* applies to ("Back Door Sensor" for
    the lock "Back Door")."""
    keys = [k for k in (normalize(n) for n in (entity.name, *entity.aliases)) if k]
    found = [
        e
        for e in home.exposed()
        if e is not entity
        and answers.in_state(e, state) is not None
        and any(normalize(e.name).startswith(k) for k in keys)
    ]
    return found[0] if len(found) == 1 else None


def _every_named(reading: _Reading, resolver: Resolver) -> list[Entity]:
    """ "Are the blinds down?" where two rooms have "Blinds": a plural name asks about all."""
    if len(reading.names) != 1 or not reading.names[0].endswith("s"):
        return []
    ids = resolver.vocab.entities_by_name.get(reading.names[0], [])
    return [e for e in (resolver.home.get(i) for i in ids) if e is not None]


def _every_of_kind(reading: _Reading, ctx: RequestContext, resolver: Resolver) -> list[Entity]:
    """Every device of the kinds of device the question names, in the place it names."""
    types = resolver.vocab.types_by_value
    kinds = [types[v] for v in (_slot_value(n, resolver) for n in reading.names) if v in types]
    if len(kinds) != len(reading.names):
        return []  # a real name among them: that one is meant
    area = reading.area or next((a for _, a in kinds if a), None)
    found = []
    for entity in resolver.home.exposed():
        if area and entity.area != area:
            continue
        if reading.floor and resolver.home.floor_of_area(entity.area or "") != reading.floor:
            continue
        for device_type, _ in kinds:
            classes = device_type.device_classes
            if entity.domain == device_type.domain and (
                not classes or entity.device_class in classes
            ):
                found.append(entity)
                break
    if not (area or reading.floor) and ctx.area:
        # "Is the light on?" said in the study: the study's, when it has any.
        return [e for e in found if e.area == ctx.area] or found
    return found


def _nouns(reading: _Reading, found: list[Entity]) -> tuple[str, str]:
    if reading.kinds:
        return reading.kinds[0].one, reading.kinds[0].many
    return "device", "devices"


def settle(plan: Plan, answered: Unresolved | None) -> Plan:
    """The plan for a question that :func:`answer` did not answer, from the sentence rules:
    kept when it only reads; never when it would change something ("did I leave the coffee
    maker on" is no command to turn it on); a failure says what was not found when
    :func:`answer` knew."""
    if any(not step.read_only for step in plan.steps):
        reply = (
            answered.reply
            if answered is not None and answered.reply
            else ("Sorry, I didn't understand that question.")
        )
        return Plan.failed(
            plan.text, ErrorCode.NOT_UNDERSTOOD, "a question never changes anything", reply
        )
    # A guess (loose or corrected) is still the better answer, unless the question named a
    # place the home does not have ("the humidity in the bathroom" of a home without one).
    guessed = (
        (plan.loose or plan.corrected)
        and isinstance(answered, UnknownInQuestion)
        and answered.place
    )
    if answered is not None and (plan.error is not None or guessed):
        failed = Plan.failed(plan.text, answered.code, answered.message, answered.reply)
        return failed
    return plan
