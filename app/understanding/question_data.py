"""What a language's question rules hold (``resources/sentences/<lang>/questions.yaml``, read by
:func:`app.understanding.questions.load_questions`): the words that start a question, the kinds of
device it counts, the attributes it asks about, the measures, states and follow-ups."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.home import Entity

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
    attributes: tuple[AskedAttribute, ...] = ()
    """What a question may ask of one device ("how fast", "volume"), in order of precedence."""
    low_battery: tuple[Phrase, ...] = ()
    low_battery_level: float = 20.0
    people: tuple[Phrase, ...] = ()
    home_words: tuple[Phrase, ...] = ()
    away_words: tuple[Phrase, ...] = ()
    places: dict[Phrase, tuple[str, ...]] = field(default_factory=dict)
    """Ways to say a place ("out the back") -> the area words they may mean ("garden")."""
    total_words: tuple[Phrase, ...] = ()
    totals: dict[str, str] = field(default_factory=dict)
    """A measure said with a total's words ("today") -> the measure of the total (power:
    energy)."""
    state_kinds: dict[str, CountedKind] = field(default_factory=dict)
    """State words that name a kind of device when none is said ("wet": water sensors)."""
    occupancy_classes: tuple[str, ...] = ()
    occupancy: tuple[Phrase, ...] = ()
    """Asking whether anyone is in a place ("is anyone", "is somebody")."""
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
    shopping_words: tuple[Phrase, ...] = ()
    """Words that ask about the shopping list whatever the home calls it ("einkaufsliste",
    "acheter"); ``shopping_names``: what such a list's name holds ("einkauf")."""
    shopping_names: tuple[str, ...] = ()
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
