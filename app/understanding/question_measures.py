"""Questions about a measure ("what's the temperature in the bedroom?", "how much power is the
washer using?", "how humid is it downstairs?"): the sensor or device that reads it, found by
place, by name or by the words of its name, answered from its state; that nothing there
measures it when nothing does."""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import app.understanding.answers as answers  # noqa: PLR0402  the module, not the package (no cycle)
import app.understanding.case_forms as case_forms  # noqa: PLR0402  the module (no cycle)
import app.understanding.keyed_replies as keyed_replies  # noqa: PLR0402  the module (no cycle)
from app.core.context import RequestContext
from app.core.home import Entity, Home
from app.core.plan import ErrorCode
from app.understanding.actions import read_measure_text, read_text
from app.understanding.question_data import QuestionData, question_frames
from app.understanding.question_reading import (
    Reading,
    found_phrases,
    place_entities,
    question_targets,
    resolved,
    singular,
)
from app.understanding.resolve import IntentMatch, Resolved, Resolver, Slots, Unresolved
from app.understanding.vocabulary import normalize


@dataclass(slots=True)
class NothingThere(Unresolved):
    """The question was read whole, and nothing in the place it names answers it ("the
    humidity in the garage"): said so, never another device's answer by the sentence rules."""


def _sensor_words(home: Home) -> list[tuple[Entity, tuple[str, ...]]]:
    """The home's sensors with the words of their names, kept per revision."""
    cached = _SENSOR_NAMES.get(home)
    if cached is None or cached[0] != home.revision:
        table = [
            (e, tuple(normalize(e.name).split())) for e in home.exposed() if e.domain == "sensor"
        ]
        cached = _SENSOR_NAMES[home] = (home.revision, table)
    return cached[1]


_SENSOR_NAMES: weakref.WeakKeyDictionary[Home, tuple[int, list[tuple[Entity, tuple[str, ...]]]]] = (
    weakref.WeakKeyDictionary()
)


def measure_answer(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | Unresolved | None:
    """A measure of one named device ("bedroom temperature?", "how much battery does the door
    lock have?": a battery sensor named after the device), of a place ("how humid is it down
    in the basement?") or of the whole home by the words of a sensor's name ("how much solar
    have we generated today?"). Outside and the whole home's temperature are left to the
    sentence rules (HearthGetMeasure)."""
    if not reading.measures:
        return None
    measure = asked_measure(reading, ctx, resolver, data)
    names = [n for n in reading.names if n not in reading.places]
    if not names and data.partial and not (reading.area or reading.floor or reading.outside):
        # The whole home's is the sentence rules' (every thermostat); a sensor whose name's
        # words are said is that one ("hvor meget batteri er der på røgalarmen": the Batteri
        # røgalarm).
        return measured_by_words(reading, resolver, measure, data, whole=False)
    if not names and data.partial and reading.outside:
        # A language without Hearth's measure sentences: "wie kalt ist es draußen?", read
        # here as they read it (HearthGetMeasure).
        slots = Slots({"measure": measure, "outside": "outside" if reading.outside else ""}, True)
        asked = IntentMatch("HearthGetMeasure", slots, " ".join(reading.words))
        outcome = resolver.resolve(asked, ctx)
        return outcome if isinstance(outcome, Resolved) else None
    if not names:
        in_place = _measure_in_place(reading, ctx, resolver, measure)
        if in_place is None and reading.places and not reading.outside:
            in_place = _measure_of_room(reading.places, ctx, resolver, measure)  # a floor
        if reading.outside or (in_place is not None and not isinstance(in_place, Unresolved)):
            return in_place
        whole = not (reading.area or reading.floor or "here" in reading.tags)
        by_words = measured_by_words(reading, resolver, measure, data, whole=whole)
        return by_words or in_place
    home = resolver.home
    named = [
        e
        for name in names
        for e in map(home.get, resolver.vocab.entities_by_name.get(name, ()))
        if e is not None and e.domain == "sensor" and e.device_class == measure
    ]
    if len(named) == 1 and len(names) == 1 and reading.area in (None, named[0].area):
        # Several sensors called alike, one per measure ("Pump" for its NO2, SO2 and ozone):
        # the one that reads what is asked.
        return measured(named[0], named[0], measure, reading, data)
    targets = question_targets(reading, ctx, resolver)
    if isinstance(targets, list) and len(targets) == 1:
        entity = targets[0]
        value = answers.measure_of(entity, measure)[0]
        if entity.domain == "sensor" and _reads(entity, measure):
            return measured(entity, entity, measure, reading, data)
        if (
            entity.domain in ("climate", "weather", "vacuum", "device_tracker")
            and value is not None
        ):
            return measured(entity, entity, measure, reading, data)
    device = targets[0] if isinstance(targets, list) and len(targets) == 1 else None
    by_words = measured_by_words(reading, resolver, measure, data, whole=False, device=device)
    if by_words is not None:  # "the battery on the front door lock": Front Door Lock Battery
        return by_words
    if not isinstance(targets, list) or len(targets) != 1:
        return None
    entity = targets[0]
    companion = _companion(entity, measure, reading, home)
    if companion is None:
        # "the humidity in the basement" where the thermostat is called "Basement": the room
        # of that name is what is asked about.
        return _measure_of_room(names, ctx, resolver, measure)
    return measured(entity, companion, measure, reading, data)


def measured(
    entity: Entity, source: Entity, measure: str, reading: Reading, data: QuestionData
) -> Resolved | None:
    """The reply for *entity*'s *measure*, read from *source* (itself, or the sensor named
    after it); "is the door lock's battery low?" answers yes or no."""
    value, unit = answers.measure_of(source, measure)
    if value is None or value in ("unknown", "unavailable"):
        return None
    shown = f"{answers.number(value)}{unit}"
    word = answers.measure_word(measure)
    value_said = {
        "value": answers.number(value),
        "unit": unit,
        "word": word,
        "word_cap": word[:1].upper() + word[1:],
    }
    if source is entity and entity.domain == "sensor":
        reply = keyed_replies.said("measure.whole", name=entity.name, **value_said)
    elif measure in _UNITS and entity.domain == "sensor":
        # "Oil Remaining is 612 L.", asked of the tank
        reply = keyed_replies.said("measure.whole", name=source.name, **value_said)
    else:
        reply = keyed_replies.said("measure.of_device", name=entity.name, **value_said)
    level = answers.battery_level(source) if measure == "battery" else None
    if level is not None and found_phrases(reading.words, data.low_battery):
        low = level <= data.low_battery_level  # "is the door lock's battery low?"
        reply = f"{'Yes' if low else 'No'}, {source.name} is at {shown}."
    if source is entity and entity.domain == "sensor":
        return resolved([source], reply, read_text([source]))
    return resolved([source], reply, read_measure_text(measure, of=[entity]))


#: Words of a sensor's name that say nothing about which one it is.
_SENSOR_WORDS = frozenset({"sensor", "level", "reading", "meter", "monitor", "the"})


def measured_by_words(
    reading: Reading,
    resolver: Resolver,
    measure: str,
    data: QuestionData,
    *,
    whole: bool,
    device: Entity | None = None,
) -> Resolved | None:
    """The sensor of *measure* whose name the question says ("Front Door Lock Battery" for
    "the battery on the front door lock", "Solar Today" for "how much solar have we generated
    today"): every word of its name but its measure's, else the one that shares the most (two
    at least: "the smoke detector battery" for "Hallway Smoke Detector Battery"); with *whole*
    (no place was named) also the home's only such sensor ("how much energy have we used
    today?"). The reply names *device*, the one device the question named, when given."""
    home = resolver.home
    named = [(e, words) for e, words in _sensor_words(home) if e.device_class == measure]
    sensors = [e for e, _ in named]
    if not sensors:
        return None
    skip = (
        _SENSOR_WORDS
        | {measure}
        | {w for phrase, m in reading.measure_words.items() if m == measure for w in phrase.split()}
    )
    frames = question_frames(resolver.language)
    if frames is not None:  # "Ilmalämpöpumpun teho": "teho" is a word for power
        skip = skip | {w for p, m in frames.measures.items() if m == measure for w in p.split()}
    said = {singular(w) for w in reading.words}
    if endings := case_forms.word_endings(resolver.language):
        # "batteri på røgalarmen": the "Batteri røgalarm" said with the word's ending
        said |= {base for w in reading.words for base in case_forms.bases(w, endings)}
    scored: list[tuple[bool, int, Entity]] = []
    for entity, words in named:
        own = {singular(w) for w in words if w not in skip}
        # a word of the name written with an ending said without it ("Ilmalämpöpumpun teho"
        # for "paljonko ilmalämpöpumppu kuluttaa")
        matched = {
            w
            for w in own
            if w in said or (endings and any(b in said for b in case_forms.bases(w, endings)))
        }
        shared = len(matched)
        if own and shared:
            scored.append((matched == own, shared, entity))
    best: list[Entity] = []
    if scored:
        top = max((full, shared) for full, shared, _ in scored)
        if top[0] or top[1] >= 2:
            best = [e for full, shared, e in scored if (full, shared) == top]
    if not best and whole and len(sensors) == 1 and measure not in _ROOM_MEASURES:
        best = [] if _thermostat_first(sensors[0], home, measure) else sensors
    if len(best) != 1 or answers.reading_of(best[0], measure) is None:
        return None
    entity = best[0]
    return measured(device or entity, entity, measure, reading, data)


def _thermostat_first(sensor: Entity, home: Home, measure: str) -> bool:
    """Whether the whole home's *measure* is a thermostat's rather than the one *sensor*'s
    that reads it: the sensor is one room's and a thermostat reads the measure too ("what's
    the humidity in the house?" of a thermostat and a bedroom's sensor)."""
    if sensor.area is None:
        return False
    return any(
        e.domain == "climate" and answers.measure_of(e, measure)[0] is not None
        for e in home.exposed()
    )


def asked_measure(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> str:
    """The device class the question's measure is read from: a total's where it asks for one
    ("how much electricity have we used today?": energy), the place's kind of a family ("air
    quality")."""
    measure = reading.measures[0]
    if measure in data.totals and found_phrases(reading.words, data.total_words):
        measure = data.totals[measure]
    if measure in data.measure_families:
        measure = _in_family(data.measure_families[measure], reading, ctx, resolver)
    return measure


def _in_family(
    classes: tuple[str, ...], reading: Reading, ctx: RequestContext, resolver: Resolver
) -> str:
    """The first of *classes* a sensor in the place reads ("air quality": the AQI, else PM2.5,
    else CO2)."""
    place = place_entities(reading, ctx, resolver.home)
    for pool in (place, list(resolver.home.exposed())):
        present = {e.device_class for e in pool if e.domain == "sensor"}
        for device_class in classes:
            if device_class in present:
                return device_class
    return classes[0] if classes else ""


def sensor_by_words(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | None:
    """A sensor the question names by its words but the measure's, with no measure said:
    "how much solar are we making right now?" (Solar Power), "what's the solar doing?"; of
    a power and an energy sensor alike named, the energy one when a total's words are said
    ("today")."""
    if reading.names or reading.kinds or reading.measures or reading.area or reading.floor:
        return None
    said = {singular(w) for w in reading.words if w not in data.tags}
    if not said:
        return None
    scored: list[tuple[int, Entity]] = []
    for entity, words in _sensor_words(resolver.home):
        device_class = entity.device_class
        if (
            device_class in (None, "timestamp", "date", "enum")
            or answers.reading_of(entity, device_class or "") is None
        ):
            continue  # a reading of a measure, not "Time" for "what time is it?"
        skip = _SENSOR_WORDS | {
            w
            for phrase, m in reading.measure_words.items()
            if m == entity.device_class
            for w in phrase.split()
        }
        own = {singular(w) for w in words if w not in skip}
        if own and own <= said:
            scored.append((len(own), entity))
    if not scored:
        return None
    top = max(n for n, _ in scored)
    best = [e for n, e in scored if n == top]
    if len(best) > 1:
        total = bool(found_phrases(reading.words, data.total_words))
        wanted = set(data.totals.values()) if total else set(data.totals)
        best = [e for e in best if e.device_class in wanted] or best
    if len(best) != 1:
        return None
    entity = best[0]
    return measured(entity, entity, entity.device_class or "", reading, data)


def total_by_words(reading: Reading, resolver: Resolver, data: QuestionData) -> Resolved | None:
    """ "How much solar have we had today?": with a total's words ("today") and no measure
    said, the one sensor of a total (energy) whose name's words are all said, but for its
    measure's and the totals' words ("Solar Energy Today", "Solar Today"), never the power
    sensor a name of the question may also name ("Solar")."""
    if reading.measures or reading.kinds or not data.totals:
        return None
    if not found_phrases(reading.words, data.total_words):
        return None
    classes = set(data.totals.values())
    said = {singular(w) for w in reading.words}
    totals = {w for phrase in data.total_words for w in phrase}
    scored: list[tuple[int, Entity]] = []
    for entity, words in _sensor_words(resolver.home):
        if entity.device_class not in classes:
            continue
        skip = (
            _SENSOR_WORDS
            | totals
            | {entity.device_class or ""}
            | {
                w
                for phrase, m in reading.measure_words.items()
                if m == entity.device_class
                for w in phrase.split()
            }
        )
        own = {singular(w) for w in words if w not in skip}
        if own and own <= said and answers.reading_of(entity, entity.device_class or ""):
            scored.append((len(own), entity))
    if not scored:
        return None
    top = max(n for n, _ in scored)
    best = [e for n, e in scored if n == top]
    if len(best) != 1:
        return None
    return measured(best[0], best[0], best[0].device_class or "", reading, data)


#: Measures the sentence rules read for the whole home (a thermostat first).
_ROOM_MEASURES = frozenset({"temperature"})


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
            if area is not None:
                where = answers.in_place(home.areas[area].name if area in home.areas else area)
            else:
                where = answers.on_floor(home.floors[floor].name if floor in home.floors else name)
            return resolved(found, reply, read_measure_text(measure, where))
    return None


def _measure_in_place(
    reading: Reading, ctx: RequestContext, resolver: Resolver, measure: str
) -> Resolved | Unresolved | None:
    """ "What's the temperature in the bedroom?", "how humid is it in here?"."""
    area = reading.area
    if area is None and "here" in reading.tags:
        area = ctx.area
    home = resolver.home
    if area is None and reading.floor and not reading.outside:
        return _measure_on_floor(reading.floor, resolver, measure)
    if area is None or reading.outside:
        return None  # the sentence rules read "outside" and the whole home (HearthGetMeasure)
    by_name = resolver.vocab.entities_by_name
    found = answers.measure_sources(home, measure, area, None, ctx.area, False, by_name)
    if not found:
        where = home.areas[area].name if area in home.areas else area
        return _nothing_measures(measure, f"in {where}", answers.in_place(where))
    reply = answers.measure_answer(found, home, measure, False)
    where = answers.in_place(home.areas[area].name if area in home.areas else area)
    return resolved(found, reply, read_measure_text(measure, where))


def _measure_on_floor(floor: str, resolver: Resolver, measure: str) -> Resolved | Unresolved:
    """ "How humid is it down in the basement?": the readings of the floor's rooms (sensors
    first, thermostats where no sensor reads it); that nothing there measures it, never a
    reading from another floor."""
    home = resolver.home
    by_name = resolver.vocab.entities_by_name
    found: list[Entity] = []
    for area in home.areas:
        if home.floor_of_area(area) != floor:
            continue
        here = answers.measure_sources(home, measure, area, None, None, False, by_name)
        found += [e for e in here if answers.reading_of(e, measure) is not None]
    sensors = [e for e in found if e.domain == "sensor"]
    found = (sensors or found)[: answers.MAX_READINGS]
    name = home.floors[floor].name if floor in home.floors else floor
    if not found:
        return _nothing_measures(measure, f"on {name}", answers.on_floor(name))
    reply = answers.measure_answer(found, home, measure, False, where=f" {answers.on_floor(name)}")
    return resolved(found, reply, read_measure_text(measure, answers.on_floor(name)))


def _nothing_measures(measure: str, place: str, said_place: str) -> NothingThere:
    """That nothing measures *measure* in the place a question named (*place*: "in Garage",
    *said_place*: the same in the reply's words)."""
    return NothingThere(
        ErrorCode.NO_TARGET,
        f"nothing measures {measure} {place}",
        keyed_replies.said(
            "measure.nothing_there", word=answers.measure_word(measure), where=said_place
        ),
    )


#: Units a sensor with no device class reads a measure in ("L" for what a tank holds).
_UNITS = {"volume_storage": frozenset({"L", "l", "gal", "m³", "mL"})}


def _reads(entity: Entity, measure: str) -> bool:
    """Whether the sensor *entity* reads *measure*: its device class, else its unit."""
    if entity.device_class == measure:
        return True
    unit = entity.attributes.get("unit_of_measurement")
    return entity.device_class is None and unit in _UNITS.get(measure, ())


def _companion(entity: Entity, measure: str, reading: Reading, home: Home) -> Entity | None:
    """The sensor that measures *measure* for *entity*: one of that device class whose name
    holds the device's name, an alias or the words said ("Door Lock Battery" for "the door
    lock"); else the one such sensor in the device's room whose name shares a word of the
    device's own ("Oil Remaining" beside the "Oil Tank Level")."""
    keys = [normalize(n) for n in (entity.name, *entity.aliases)] + reading.names
    readers = [e for e in home.exposed() if e.domain == "sensor" and _reads(e, measure)]
    sensors = [e for e in readers if any(k and k in normalize(e.name) for k in keys)]
    if not sensors and entity.area:
        own = {w for k in keys for w in k.split() if w not in _SENSOR_WORDS}
        sensors = [
            e for e in readers if e.area == entity.area and own & set(normalize(e.name).split())
        ]
    return sensors[0] if len(sensors) == 1 else None
