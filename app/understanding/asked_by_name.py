"""A sensor or a person named in a sentence nothing else understood: a question about it.
And what binary sensors sense, said in such a sentence: a question about those sensors.

Home Assistant's sentences ask about a sensor with the words of its kind ("is the Smoke
Detector detecting smoke", "what is the pressure of Car Tyre Pressure"), and a language's
sentences for every kind are many and change between releases. A sensor, a binary sensor or
a person cannot be switched or set, so a sentence that names one of them, and no other
device, asks about it whatever its other words: its state is read, nothing changes. Only for
languages without Hearth's own question rules (``questions.yaml``), which read such questions
word by word; a sentence that names two things, or something else beside the sensor, is left
as not understood.

The same holds for what a binary sensor senses ("is er ergens rook", "есть ли протечка на
кухне"): the language's words for it, as stems, are in ``sensor_kinds.yaml``; the sensors of
that kind (in the room said) are read. Only kinds no command is about are listed there (no
doors, windows or lights). What a sensor measures ("batterinivå"), in the file's ``sensor``
part, picks that sensor of the several a name is shared by ("Telefon"); so do the kinds of
its ``of_a_name`` part ("låst": the lock sensor of the cat flap's), which alone ask nothing.
"""

from __future__ import annotations

import functools
import re

from hassil import TextSlotList

from app.core.home import Home
from app.understanding.own_data import own_data
from app.understanding.vocabulary import (
    REFERENCE,
    TYPE_PREFIX,
    Vocabulary,
    is_spaceless,
    normalize,
)

#: Domains whose entities are only ever read.
READ_ONLY = frozenset({"sensor", "binary_sensor", "person", "device_tracker"})


#: Domains whose entities a temperature question may name.
MEASURING = frozenset({"climate", "sensor", "water_heater"})


def asked(
    text: str, language: str, vocab: Vocabulary, home: Home
) -> tuple[str, dict[str, str]] | None:
    """The question *text* asks, as an intent and its slots, or None: the temperature of the
    thermostat or sensor named, or in the room said, when a temperature word is said (said
    of no place, whose temperature is meant is left open); else the state of the one
    read-only entity named; else the binary sensors of the kind said."""
    found: tuple[str, str | None, str | None] | None
    if _says_temperature(text, language):
        found = named_read_only(text, vocab, home, MEASURING)
        if found is not None:
            return "HassClimateGetTemperature", _slots(found)
        lists = vocab.slot_lists(text)
        names, areas = lists["name"], lists["area"]
        if isinstance(names, TextSlotList) and isinstance(areas, TextSlotList):
            rooms = {str(value.value_out) for value in areas.values}
            if not names.values and len(rooms) == 1:
                return "HassClimateGetTemperature", {"area": rooms.pop()}
        return None
    measured = _said_kind(text, language, "sensor")
    if measured is not None:  # "batterinivå på telefon": of the phone's sensors, its battery's
        found = named_read_only(text, vocab, home, kind=measured, kind_domain="sensor")
        if found is not None and found[2] is not None:
            return "HassGetState", {**_slots(found), "domain": "sensor"}
    kind = _said_kind(text, language)
    # "er katteluken låst": a kind that only tells apart the sensors one name is shared by
    named = kind or _said_kind(text, language, "of_a_name")
    found = named_read_only(text, vocab, home, kind=named)
    # A sensor called by the very word of a kind ("Baterie", "CO") is not what "is some
    # battery low" asks about: the binary sensors of that kind are, where the home has them.
    generic = (
        found is not None
        and kind is not None
        and (
            _names_kind(found[0], language, kind)
            or _senses_otherwise(found[0], language, kind, vocab, home)
        )
    )
    if found is not None and not generic:
        return "HassGetState", _slots(found)
    sensed = sensed_kind(text, language, vocab, home, besides=found[0] if found else None)
    if sensed is None and found is not None:
        return "HassGetState", _slots(found)
    if sensed is not None:
        slots = {"domain": "binary_sensor", "device_class": sensed[0]}
        if sensed[1] is not None:
            slots["area"] = sensed[1]
        return "HassGetState", slots
    return None


def _slots(found: tuple[str, str | None, str | None]) -> dict[str, str]:
    name, area, device_class = found
    slots = {"name": name}
    if area is not None:
        slots["area"] = area
    if device_class is not None:
        slots["device_class"] = device_class
    return slots


def named_read_only(
    text: str,
    vocab: Vocabulary,
    home: Home,
    domains: frozenset[str] = READ_ONLY,
    *,
    kind: str | None = None,
    kind_domain: str | None = None,
) -> tuple[str, str | None, str | None] | None:
    """The one entity of *domains* (read-only ones unless given) *text* names: its name, the
    room said for it and the device class said for it, or None. Names inside a longer name
    said ("pc" inside "pc woonkamer") do not count; a name of any other entity does, and then
    nothing is read. A name several entities share is narrowed by a room said with it, or by
    *kind*, the device class of binary sensor the sentence says ("trilt de telefoon": the
    vibration sensor of the phone's sensors), of the domain *kind_domain* where given; only
    one left over is read."""
    lists = vocab.slot_lists(text)
    names, areas = lists["name"], lists["area"]
    if not isinstance(names, TextSlotList) or not isinstance(areas, TextSlotList):
        return None
    said = (value.value_out for value in names.values)
    keys = {
        key
        for key in said
        if isinstance(key, str)
        and key != REFERENCE
        and not key.startswith(TYPE_PREFIX)
        and key in vocab.entities_by_name
        and _begins_a_word(key, text)
    }
    longest = [key for key in keys if not any(_inside(key, other) for other in keys)]
    if len(longest) != 1:
        return None
    entities = [home.entities.get(entity_id) for entity_id in vocab.entities_by_name[longest[0]]]
    if not entities or any(e is None or e.domain not in domains for e in entities):
        return None
    if len(entities) == 1:
        return longest[0], None, None
    rooms = {str(value.value_out) for value in areas.values}
    placed = [e for e in entities if e is not None and e.area in rooms]
    if len(placed) == 1 and placed[0].area is not None:
        return longest[0], placed[0].area, None
    # "trilt de telefoon": of the binary sensors called "Telefoon", the one that senses that.
    sensing = [
        e
        for e in entities
        if e is not None
        and kind
        and e.device_class == kind
        and (kind_domain is None or e.domain == kind_domain)
    ]
    if len(sensing) == 1 and kind is not None:
        return longest[0], None, kind
    return None


def _begins_a_word(key: str, text: str) -> bool:
    """Whether *key* is said at the start of a word of *text* (a name with a case ending,
    "Adalla"), not only inside one ("Ada" in "¿está la cocina inundada?"); a name in a script
    written without spaces is said anywhere."""
    if is_spaceless(key):
        return True
    return re.search(r"(?<!\w)" + re.escape(key), normalize(text)) is not None


def _inside(key: str, other: str) -> bool:
    """Whether *key* is a shorter name within *other* (by words, or by letters in a script
    written without spaces)."""
    if key == other or len(key) >= len(other):
        return False
    if " " in key and other.startswith(key):
        return True  # "hőszivattyú co" in "hőszivattyú co2", "nappali pm 1" in "nappali pm 10"
    return f" {key} " in f" {other} " or (" " not in other and key in other)


@functools.lru_cache(maxsize=16)
def _temperature_words(language: str) -> re.Pattern[str] | None:
    """A pattern of *language*'s stems for asking about warmth ("temperatur", "ciepło")."""
    raw = own_data(language, "sensor_kinds.yaml")
    stems = [normalize(str(stem)) for stem in (raw or {}).get("temperature") or ()]
    stems = [stem for stem in stems if stem]
    if not stems:
        return None
    return re.compile(
        "|".join(("" if is_spaceless(stem) else r"(?<!\w)") + re.escape(stem) for stem in stems)
    )


def _says_temperature(text: str, language: str) -> bool:
    pattern = _temperature_words(language)
    return pattern is not None and pattern.search(normalize(text)) is not None


@functools.lru_cache(maxsize=32)
def _kind_words(
    language: str, domain: str = "binary_sensor"
) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(device class, pattern of its stems) for *language*'s binary sensors (or, with
    *domain* "sensor", what its sensors measure: "batterinivå"), longest stem first; empty
    where the language has no ``sensor_kinds.yaml``."""
    raw = own_data(language, "sensor_kinds.yaml")
    kinds = (raw or {}).get(domain) or {}
    out: list[tuple[int, str, re.Pattern[str]]] = []
    for device_class, stems in kinds.items():
        for stem in stems or ():
            said = normalize(str(stem))
            if not said:
                continue
            start = "" if is_spaceless(said) else r"(?<!\w)"
            out.append((len(said), str(device_class), re.compile(start + re.escape(said))))
    out.sort(key=lambda item: -item[0])
    return tuple((device_class, pattern) for _, device_class, pattern in out)


def _said_kind(text: str, language: str, domain: str = "binary_sensor") -> str | None:
    """The device class of binary sensor whose stem *text* says, the longest one said; None
    when none is said or two kinds are said as long."""
    clean = normalize(text)
    found: list[tuple[int, str]] = []
    for device_class, pattern in _kind_words(language, domain):
        match = pattern.search(clean)
        if match is not None:
            found.append((len(match.group(0)), device_class))
    if not found:
        return None
    longest = max(length for length, _ in found)
    classes = {device_class for length, device_class in found if length == longest}
    return classes.pop() if len(classes) == 1 else None


def says_sensed(text: str, language: str) -> bool:
    """Whether *text* says something a binary sensor senses in *language*'s words ("senzorji
    gibanja sproženi", "batterier lave"): no place a person can be at."""
    return _said_kind(text, language) is not None


#: What a binary sensor senses -> the device classes of sensors that measure it.
_MEASURED_AS = {
    "light": frozenset({"illuminance"}),
    "sound": frozenset({"sound_pressure"}),
    "heat": frozenset({"temperature"}),
    "cold": frozenset({"temperature"}),
    "moisture": frozenset({"moisture", "humidity"}),
}


def kind_contradicted(
    text: str, language: str, vocab: Vocabulary, home: Home, entity_ids: list[str]
) -> bool:
    """Whether *text* says what a binary sensor senses ("есть ли шум в гараже") and the
    devices *entity_ids* a loose reading took it to ask about are no binary sensor of that
    kind: a sensor of another kind ("сенсор дыма" for "сенсоры ... угарный газ"), or a
    device of the room said where binary sensors of that kind are ("Свет в гараже" for
    "шум в гараже"). Such a reading contradicts the sentence's own words."""
    kind = _said_kind(text, language)
    entities = [e for e in (home.entities.get(i) for i in entity_ids) if e is not None]
    if kind is None or not entities:
        return False
    if any(e.domain == "binary_sensor" and e.device_class == kind for e in entities):
        return False
    measured = _MEASURED_AS.get(kind, frozenset({kind}))
    if any(e.domain == "sensor" and e.device_class in measured for e in entities):
        return False  # "освещённость датчика света": the light sensor measures it
    if all(e.domain in READ_ONLY for e in entities):
        return True
    areas = vocab.slot_lists(text)["area"]
    rooms = (
        {str(value.value_out) for value in areas.values}
        if isinstance(areas, TextSlotList)
        else set()
    )
    placed = {e.area for e in entities}
    return any(
        e.domain == "binary_sensor" and e.device_class == kind and e.area in rooms & placed
        for e in home.exposed()
    )


def kind_among(text: str, language: str, home: Home, entity_ids: list[str]) -> bool:
    """Whether *text* says what a binary sensor senses ("savienots") and the read-only devices
    *entity_ids* a reading took it to ask about are several, some binary sensors of that
    kind and some not (every sensor of a phone called "Telefons"): the sentence asks only
    about the ones of its kind."""
    kind = _said_kind(text, language) or _said_kind(text, language, "of_a_name")
    entities = [e for e in (home.entities.get(i) for i in entity_ids) if e is not None]
    if kind is None or len(entities) < 2 or any(e.domain not in READ_ONLY for e in entities):
        return False
    sensing = [e for e in entities if e.domain == "binary_sensor" and e.device_class == kind]
    return 0 < len(sensing) < len(entities)


def _senses_otherwise(name: str, language: str, kind: str, vocab: Vocabulary, home: Home) -> bool:
    """Whether *name* is one of the language's words for a sensor (``sensor_words`` in
    ``sensor_kinds.yaml``) and every entity so called is a sensor that can tell nothing of
    *kind* (a pressure sensor also called "Senzor" in "kateri senzor je zaznal hladno"): the
    word then says "sensor", and the binary sensors of that kind are asked about."""
    if normalize(name) not in _sensor_words(language):
        return False
    measured = _MEASURED_AS.get(kind, frozenset({kind}))
    entities = [home.entities.get(entity_id) for entity_id in vocab.entities_by_name.get(name, [])]
    return bool(entities) and all(
        e is not None
        and e.domain in ("sensor", "binary_sensor")
        and e.device_class != kind
        and not (e.domain == "sensor" and e.device_class in measured)
        for e in entities
    )


@functools.lru_cache(maxsize=16)
def _sensor_words(language: str) -> frozenset[str]:
    """*language*'s words for a sensor itself ("senzor", "senzorji"), normalised."""
    raw = own_data(language, "sensor_kinds.yaml")
    return frozenset(normalize(str(w)) for w in (raw or {}).get("sensor_words") or ())


def _names_kind(name: str, language: str, kind: str) -> bool:
    """Whether the name *name* is a word of the kind *kind* and nothing else (a sensor
    called "Baterie"; "Napětí baterie" says more)."""
    return " " not in name and any(c == kind and p.match(name) for c, p in _kind_words(language))


def sensed_kind(
    text: str, language: str, vocab: Vocabulary, home: Home, *, besides: str | None = None
) -> tuple[str, str | None] | None:
    """The device class of binary sensor *text* asks about and the room said with it, or
    None: the longest stem said decides; another kind said as long, a device named (but the
    name *besides*), a room without such a sensor, or a home without one, leaves it unread."""
    device_class = _said_kind(text, language)
    if device_class is None:
        return None
    lists = vocab.slot_lists(text)
    names, areas = lists["name"], lists["area"]
    if not isinstance(names, TextSlotList):
        return None
    # A kind of device's word ("гараж", "батарея") names no one device: "есть ли движение
    # в гараже" is about the garage's motion sensors, "какая-нибудь батарея разряжена" about
    # the battery sensors.
    # A name several binary sensors of other kinds share ("Датчик" for the motion and the
    # presence sensors) is the word for sensor in "какой-либо датчик шума сработал", no device.
    if any(
        value.value_out != besides
        and not str(value.value_out).startswith(TYPE_PREFIX)
        and not _other_kinds_shared(str(value.value_out), device_class, vocab, home)
        and _begins_a_word(str(value.value_out), text)
        for value in names.values
    ):
        return None  # a device is named: the sentence is about it
    rooms = (
        {str(value.value_out) for value in areas.values}
        if isinstance(areas, TextSlotList)
        else set()
    )
    if len(rooms) > 1:
        return None
    room = next(iter(rooms), None)
    sensors = [
        e
        for e in home.exposed()
        if e.domain == "binary_sensor"
        and e.device_class == device_class
        and (room is None or e.area == room)
    ]
    return (device_class, room) if sensors else None


def _other_kinds_shared(key: str, device_class: str, vocab: Vocabulary, home: Home) -> bool:
    """Whether the name *key* is shared by several binary sensors, none of them sensing
    *device_class*."""
    entities = [home.entities.get(entity_id) for entity_id in vocab.entities_by_name.get(key, [])]
    return len(entities) > 1 and all(
        e is not None and e.domain == "binary_sensor" and e.device_class != device_class
        for e in entities
    )


#: Most short words (prepositions, articles: "w", "in de", "на") dropped before a room's name.
_ROOM_LEAD = 2
#: Longest word taken for a preposition or article before a room's name.
_LEAD_CHARS = 3
#: Syllable scripts, where a short word is a whole word ("티비 끄고": "turn off the TV and")
#: and rooms take postpositions, never a word before them.
_SYLLABLES = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")


def without_room(text: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """*text* without the one room it names, and that room's area id, or None: the name and
    up to two short words before it ("zamknij bramę wjazdową w ogrodzie" -> "zamknij bramę
    wjazdową"). A language's sentences may know a device by its name but not by its name
    with its room; the command without the room is only taken when it acts on that room's
    devices alone (the planner checks)."""
    areas = vocab.slot_lists(text)["area"]
    if not isinstance(areas, TextSlotList):
        return None
    said = {str(getattr(value.text_in, "text", "")): str(value.value_out) for value in areas.values}
    if len(set(said.values())) != 1:
        return None
    words = normalize(text).split()
    spans = [
        (start, start + len(phrase.split()))
        for phrase in said
        if phrase
        for start in range(len(words))
        if words[start : start + len(phrase.split())] == phrase.split()
    ]
    if len(spans) != 1:
        return None
    start, end = spans[0]
    lead = start
    while lead > max(0, start - _ROOM_LEAD) and _lead_word(words[lead - 1]):
        lead -= 1
    rest = words[:lead] + words[end:]
    if not rest:
        return None
    return " ".join(rest), next(iter(said.values()))


def _lead_word(word: str) -> bool:
    """Whether *word* may be a preposition or an article before a room's name."""
    return len(word) <= _LEAD_CHARS and not is_spaceless(word) and not _SYLLABLES.search(word)
