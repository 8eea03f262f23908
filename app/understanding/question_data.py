"""What a language's question rules hold (``resources/sentences/<lang>/questions.yaml``, read by
:func:`load_questions`): the words that start a question, the kinds of device it counts, the
attributes it asks about, the measures, states and follow-ups; and the frames a question is read
with (:func:`question_frames`)."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from typing import Any

import app.understanding.said_places as said_places  # noqa: PLR0402  the module (no cycle)
from app.core.home import Entity
from app.understanding.frames import FrameData, load_frames
from app.understanding.own_data import own_data
from app.understanding.vocabulary import normalize

Phrase = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CountedKind:
    """A kind of device a question counts or lists ("windows"): domains and device classes."""

    key: str
    one: str
    many: str
    match: tuple[tuple[str, str | None], ...]
    state: str = "on"
    """The state asked about when the question names none ("which windows?": open ones)."""
    names: tuple[str, ...] = ()
    """Words one of which a device's name or alias must hold to be of the kind, where the
    domain says too little ("pumps": switches named "Pool pump", never the water heater)."""

    def has(self, entity: Entity) -> bool:
        if self.names and not any(
            f" {word} " in f" {normalize(name)} "
            for name in (entity.name, *entity.aliases)
            for word in self.names
        ):
            return False
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
    attributes: tuple[AskedAttribute, ...] = ()
    """What a question may ask of one device ("how fast", "volume"), in order of precedence."""
    low_battery: tuple[Phrase, ...] = ()
    low_battery_level: float = 20.0
    people: tuple[Phrase, ...] = ()
    home_words: tuple[Phrase, ...] = ()
    away_words: tuple[Phrase, ...] = ()
    spot_words: tuple[Phrase, ...] = ()
    """Spots in a room ("the sink", "the floor"): said with a kind of device and naming nothing
    the home has, they are where the device is, no name the home lacks."""
    timer_words: frozenset[str] = frozenset()
    """Words that name a timer helper ("timer"): said, a question about a device called like
    its timer is about the timer."""
    people_forms: dict[str, frozenset[str]] = field(default_factory=dict)
    """What a question about the people asks ("none", "any", "every") -> its words, in that
    order of precedence ("is nobody home": none; "is anyone home": any)."""
    places: dict[Phrase, tuple[str, ...]] = field(default_factory=dict)
    """Ways to say a place ("out the back") -> the area words they may mean ("garden")."""
    total_words: tuple[Phrase, ...] = ()
    totals: dict[str, str] = field(default_factory=dict)
    """A measure said with a total's words ("today") -> the measure of the total (power:
    energy)."""
    amount_asks: tuple[Phrase, ...] = ()
    """Words that ask for an amount ("how much"): with them, the words of ``amount_measures``
    say a measure ("how much is the heat pump using": power), and a total's words with a
    sensor's words ask for that total ("how much solar have we had today": Solar Today)."""
    amount_measures: dict[Phrase, str] = field(default_factory=dict)
    """Words that say a measure only in a question asking for an amount ("using": power;
    "is anyone using the laundry" asks about no power)."""
    amount_openers: tuple[Phrase, ...] = ()
    """Words that open a question asking for an amount when a word of ``amount_measures``
    ends it ("what's the airer using": its power)."""
    state_kinds: dict[str, CountedKind] = field(default_factory=dict)
    """State words that name a kind of device when none is said ("wet": water sensors)."""
    occupancy_classes: tuple[str, ...] = ()
    occupancy: tuple[Phrase, ...] = ()
    """Asking whether anyone is in a place ("is anyone", "is somebody")."""
    level_endings: dict[Phrase, tuple[str, ...]] = field(default_factory=dict)
    """A question's last words that ask a device with no level of its own for one -> words
    of the reading named after it that answers ("what's the sauna at": Sauna Temperature)."""
    measure_families: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """A measure several device classes answer ("air_quality": aqi, pm25, carbon_dioxide)."""
    forecast_days: dict[Phrase, int] = field(default_factory=dict)
    """A day said -> days from today ("tomorrow": 1)."""
    weekdays: tuple[str, ...] = ()
    forecast_spans: dict[Phrase, int | str] = field(default_factory=dict)
    """Days ahead said together ("this week": 7, "this weekend": "weekend")."""
    weather_readings: dict[str, tuple[tuple[Phrase, ...], str, str]] = field(default_factory=dict)
    """A weather attribute -> (the words that ask for it, its unit or unit attribute, the
    reply)."""
    follow_ups: tuple[Phrase, ...] = ()
    """How a follow-up starts ("and", "what about"): after a question, a question too."""
    item_need: tuple[Phrase, ...] = ()
    """Asking whether a thing is on a to-do list, with or without the list ("do we need")."""
    item_on: tuple[Phrase, ...] = ()
    """The same, only with a list said after the thing ("is milk on the list")."""
    item_fillers: frozenset[str] = frozenset()
    time_left_words: frozenset[str] = frozenset()
    """Words of the name of a sensor of the time an appliance has left ("remaining")."""
    clock_words: tuple[Phrase, ...] = ()
    """Asking for a clock time ("when", "what time"): a timer's answer says when it ends."""
    watchers: frozenset[str] = frozenset()
    """Who may be said to watch or listen ("the kids"): no name the home lacks."""
    also_called: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """A thing as people say it ("the car", "from the grid") -> words the home's devices may
    be named with instead ("polestar", "ev"; "grid import"), in order, longest said first."""
    elisions: tuple[str, ...] = ()
    """Elided words written onto the next one ("l'", "d'"): read as words of their own."""
    preposition_states: frozenset[str] = frozenset({"on"})
    """State words that are a preposition before a device's name ("playing on the kitchen
    speaker", "was läuft auf dem Sonos")."""
    articles: frozenset[str] = frozenset()
    """The language's articles besides English's, skipped before a name."""
    closers: tuple[Phrase, ...] = ()
    """Words a question may end with instead of starting with a question word ("le radiateur
    est réglé sur combien")."""
    question_tags: tuple[Phrase, ...] = ()
    """Question tags: words after a statement that make it a question ("the door's locked,
    right", "the fan's not on, is it"), unless the sentence starts as a command ("turn off
    the bedside right")."""
    shopping_words: tuple[Phrase, ...] = ()
    """Words that ask about the shopping list whatever the home calls it ("einkaufsliste",
    "acheter"); ``shopping_names``: what such a list's name holds ("einkauf")."""
    shopping_names: tuple[str, ...] = ()
    day_weather_words: tuple[Phrase, ...] = ()
    """Words that, with a day and nothing named, ask that day's forecast ("what's it doing
    sunday", "what's tomorrow looking like")."""
    task_words: tuple[Phrase, ...] = ()
    """Words that ask what is left to do ("left to do", "needs doing"): the home's one list
    whose name says none of ``shopping_names``."""
    which_first: frozenset[str] = frozenset()
    """Words besides English's that ask which ones when said first ("welche", "quelles")."""
    yes_no_first: frozenset[str] = frozenset()
    """Words besides English's that ask yes or no when said first ("ist", "está")."""
    compounds: bool = False
    """The language writes a kind of device's word at the end of one word with others
    ("Deckenventilator", "Dachfenster"): such a word names that kind."""
    partial: bool = False
    """These rules read only some questions of the language: what they leave is read by the
    other readers of questions (app/understanding/asked_by_name.py) too."""
    mark_asks: bool = True
    """A question mark after words with no command cue asks ("bedroom temperature?"); not in
    a language whose commands end so ("alle lampen uit in de keuken?")."""


@dataclass(frozen=True, slots=True)
class AskedAttribute:
    """One thing a device reports that a question may ask about by name ("how fast": a fan's
    percentage)."""

    key: str
    words: tuple[Phrase, ...]
    read: dict[str, str]
    """Domain -> the attribute that holds the answer."""
    say: str
    """The reply, with {name} and {value}."""
    unit: str = ""
    scale: float = 1.0
    duration: bool = False
    """The value is a length of time ("0:45:00")."""
    implies: str = ""
    """The kind of device asked about when the question names none (a thermostat for "welche
    Temperatur ist im Bad eingestellt"): the key of one of ``kinds``."""


# -- reading a language's question rules -----------------------------------------------------


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
    "anywhere_words",
    "album_words",
    "done_words",
    "high_words",
    "low_words",
    "snow_words",
    "watch_words",
    "shopping_words",
    "exist_words",
)


@functools.lru_cache(maxsize=8)
def load_questions(language: str) -> QuestionData | None:
    """The question words of *language* (None: it has none, and questions are only read by
    the sentence rules). The language's own file ("sr-Latn"), else its base's ("pt" for
    "pt-BR")."""
    raw = own_data(language, "questions.yaml")
    if raw is None:
        return None
    tags: dict[str, set[str]] = {}
    for key in _TAGGED:
        for phrase in raw.get(key) or ():
            tags.setdefault(normalize(str(phrase)), set()).add(key.removesuffix("_words"))
            if key == "anywhere_words":  # "is there a leak anywhere?": any, in the whole home
                tags[normalize(str(phrase))].add("any")
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
            tuple(normalize(str(w)) for w in spec.get("names") or ()),
        )
        for word in spec.get("words") or ():
            kinds.setdefault(normalize(str(word)), kind)
    for spec in (raw.get("weather_readings") or {}).values():
        for phrase in spec.get("words") or ():  # "the uv index" names no device
            tags.setdefault(normalize(str(phrase)), set()).add("weather_reading")
    states = {normalize(str(k)): str(v) for k, v in (raw.get("states") or {}).items()}
    by_key = {kind.key: kind for kind in kinds.values()}
    verbs = {normalize(str(k)): str(v) for k, v in (raw.get("verbs") or {}).items()}
    phrases = [*tags, *kinds, *states, *verbs]
    asked = tuple(
        AskedAttribute(
            key=str(key),
            words=_phrases(spec.get("words")),
            read={str(d): str(a) for d, a in (spec.get("read") or {}).items()},
            say=str(spec.get("say", "{name}: {value}.")),
            unit=str(spec.get("unit", "")),
            scale=float(spec.get("scale", 1.0)),
            duration=bool(spec.get("duration", False)),
            implies=str(spec.get("implies", "")),
        )
        for key, spec in (raw.get("attributes") or {}).items()
    )
    places = said_places.place_words(language.split("-", 1)[0])
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
        attributes=asked,
        low_battery=_phrases(raw.get("low_battery_words")),
        clock_words=_phrases(raw.get("clock_words")),
        time_left_words=frozenset(normalize(str(w)) for w in raw.get("time_left_words") or ()),
        low_battery_level=float(raw.get("low_battery_level", 20)),
        people=_phrases(raw.get("people_words")),
        home_words=_phrases(raw.get("home_words")),
        away_words=_phrases(raw.get("away_words")),
        spot_words=_phrases(raw.get("spot_words")),
        timer_words=frozenset(normalize(str(w)) for w in raw.get("timer_words") or ()),
        people_forms={
            str(form): frozenset(normalize(str(w)) for w in words or ())
            for form, words in (raw.get("people_forms") or {}).items()
        },
        places=places,
        total_words=_phrases(raw.get("total_words")),
        totals={str(k): str(v) for k, v in (raw.get("totals") or {}).items()},
        amount_asks=_phrases(raw.get("amount_asks")),
        amount_openers=_phrases(raw.get("amount_openers")),
        level_endings={
            tuple(normalize(str(k)).split()): tuple(normalize(str(w)) for w in v or ())
            for k, v in (raw.get("level_endings") or {}).items()
        },
        amount_measures={
            tuple(normalize(str(k)).split()): str(v)
            for k, v in (raw.get("amount_measures") or {}).items()
        },
        state_kinds={
            normalize(str(word)): by_key[str(key)]
            for word, key in (raw.get("state_kinds") or {}).items()
            if str(key) in by_key
        },
        occupancy_classes=tuple(str(c) for c in raw.get("occupancy_classes") or ()),
        occupancy=_phrases(raw.get("occupancy_words")),
        forecast_days={
            tuple(normalize(str(k)).split()): int(v)
            for k, v in (raw.get("forecast_days") or {}).items()
        },
        weekdays=tuple(normalize(str(d)) for d in raw.get("weekdays") or ()),
        forecast_spans={
            tuple(normalize(str(k)).split()): (v if isinstance(v, int) else str(v))
            for k, v in (raw.get("forecast_spans") or {}).items()
        },
        weather_readings={
            str(key): (
                _phrases(spec.get("words")),
                str(spec.get("unit", "")),
                str(spec.get("say", "{value}")),
            )
            for key, spec in (raw.get("weather_readings") or {}).items()
        },
        measure_families={
            str(k): tuple(str(c) for c in v or ())
            for k, v in (raw.get("measure_families") or {}).items()
        },
        follow_ups=_phrases(raw.get("follow_ups")),
        item_need=_phrases(raw.get("item_need_words")),
        item_on=_phrases(raw.get("item_on_words")),
        item_fillers=frozenset(normalize(str(w)) for w in raw.get("item_fillers") or ()),
        watchers=frozenset(normalize(str(w)) for w in raw.get("watchers") or ()),
        also_called=tuple(
            sorted(
                (
                    (normalize(str(k)), tuple(normalize(str(w)) for w in v or ()))
                    for k, v in (raw.get("also_called") or {}).items()
                ),
                key=lambda kv: -len(kv[0]),
            )
        ),
        elisions=tuple(str(e) for e in raw.get("elisions") or ()),
        preposition_states=frozenset(
            normalize(str(w)) for w in raw.get("preposition_states", ["on"]) or ()
        ),
        articles=frozenset(normalize(str(w)) for w in raw.get("articles") or ()),
        closers=_phrases(raw.get("closers")),
        question_tags=_phrases(raw.get("question_tags")),
        shopping_words=_phrases(raw.get("shopping_words")),
        shopping_names=tuple(normalize(str(w)) for w in raw.get("shopping_names") or ()),
        task_words=_phrases(raw.get("task_words")),
        day_weather_words=_phrases(raw.get("day_weather_words")),
        which_first=frozenset(normalize(str(w)) for w in raw.get("which_first") or ()),
        yes_no_first=frozenset(normalize(str(w)) for w in raw.get("yes_no_first") or ()),
        compounds=bool(raw.get("compounds", False)),
        partial=bool(raw.get("partial", False)),
        mark_asks=bool(raw.get("question_mark_asks", True)),
    )


@functools.lru_cache(maxsize=8)
def question_frames(language: str) -> FrameData | None:
    """The frames a question is read with: the language's (``frames.yaml``), with the
    measures, outside words and question words its ``questions.yaml`` adds (a language whose
    frames are about commands keeps those words with its questions)."""
    frames = load_frames(language)
    raw = own_data(language, "questions.yaml")
    if raw is None or not (raw.get("measures") or raw.get("outside_words")):
        return frames
    measures: dict[str, str] = dict(frames.measures) if frames is not None else {}
    for measure, words in (raw.get("measures") or {}).items():
        for word in words or ():
            measures.setdefault(normalize(str(word)), str(measure))
    outside = frozenset(normalize(str(w)) for w in raw.get("outside_words") or ())
    asking = frozenset(normalize(str(w)) for w in raw.get("question_words") or ())
    fillers = frozenset(normalize(str(w)) for w in raw.get("fillers") or ())
    longest = max((len(p.split()) for p in [*measures, *outside]), default=1)
    if frames is None:
        frames = FrameData(
            questions=frozenset(),
            cues={},
            small=frozenset(),
            couple=frozenset(),
            percent=frozenset(),
            degrees=frozenset(),
            numbers={},
        )
    return dataclasses.replace(
        frames,
        questions=frames.questions | asking,
        measures=measures,
        outside=frames.outside | outside,
        function_words=frames.function_words | fillers,
        longest=max(frames.longest, longest),
    )
