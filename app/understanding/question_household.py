"""Questions about the household and its devices' own words: who is home and which rooms are
occupied, which batteries are low, an attribute a device reports ("what input is the TV on?"),
and how long an appliance or a timer of the home has left. Answered from the state, read-only."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import app.understanding.answers as answers  # noqa: PLR0402  the module, not the package (no cycle)
import app.understanding.timers as timers  # noqa: PLR0402  the module (no cycle)
from app.core.context import RequestContext
from app.core.durations import duration_words, parse_hms
from app.core.home import Entity
from app.understanding.actions import read_about_text, read_text
from app.understanding.keyed_replies import said
from app.understanding.keyed_replies import word as own_word
from app.understanding.question_data import AskedAttribute, QuestionData
from app.understanding.question_reading import (
    ARTICLES,
    PRONOUNS,
    Reading,
    found_phrases,
    partial_name,
    place_entities,
    question_targets,
    resolved,
    where_said,
)
from app.understanding.resolve import Resolved, Resolver
from app.understanding.vocabulary import REFERENCE, normalize


def people_at_home(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | None:
    """ "Who's home?", "is anyone in?", "is Sarah home?", "where's Mike?": the people of the
    home (person entities, else tracked phones) and whether they are home."""
    home = resolver.home
    words = reading.words
    group = found_phrases(words, data.people)
    if not (group or reading.names or reading.kinds or reading.measures or reading.area):
        # "ist irgendwer daheim?": a word of the people's forms with a word of being home
        forms: list[tuple[str, ...]] = [
            (w,) for w in words if any(w in said for said in data.people_forms.values())
        ]
        if forms and found_phrases(words, (*data.home_words, *data.away_words)):
            group = forms
    if not (group or reading.names or found_phrases(words, data.occupancy)):
        return None
    people = [e for e in home.exposed() if e.domain == "person"] or [
        e for e in home.exposed() if e.domain == "device_tracker"
    ]
    by_name = resolver.vocab.entities_by_name
    alone = [n for n in reading.names if n not in reading.owners]
    named = [e for e in people if any(e.entity_id in by_name.get(n, ()) for n in alone)]
    if named:
        # "is Geoff home?" beside the weather called Home: a word of being home is no name
        being = {" ".join(phrase) for phrase in (*data.home_words, *data.away_words)}
        others = [
            n
            for n in reading.names
            if n not in reading.places and n not in being and not _names_person(n, named, by_name)
        ]
        presence = (
            group or found_phrases(words, data.away_words) or found_phrases(words, data.home_words)
        )
        if others or (
            not presence and (reading.kinds or reading.measures or "time" in reading.tags)
        ):
            # "has Ines shut the annex door", "how much screen time has Oscar got left", "is
            # Hannah free on Tuesday": the person says who, the question is about something else
            reading.names = [n for n in reading.names if not _names_person(n, named, by_name)]
            return None
    if reading.owners:
        # "when's Jake's birthday": a person said as an owner is none of the names asked about
        reading.names = [n for n in reading.names if not _names_person(n, people, by_name)]
    place = reading.area or reading.floor
    if not named and place and (group or found_phrases(words, data.occupancy)):
        return _occupied(reading, ctx, resolver, data)  # "is anyone in the living room?"
    if not people or not (group or named):
        return None
    if not named and (reading.kinds or reading.measures):
        return None
    away = found_phrases(words, data.away_words)
    at_home = found_phrases(words, data.home_words)
    asked = "away" if away else ("home" if at_home or group else None)
    if named:
        reply = answers.people_answer(named, asked, "one")
        return resolved(named, reply, read_text(named))
    said_words = {w for phrase in group for w in phrase}
    form = "who"
    if "count" in reading.tags:
        form = "count"  # "how many people are home?"
    else:
        # "is nobody home?", "is anyone home?", "is everyone home?": the language's words
        form = next((f for f, w in data.people_forms.items() if said_words & w), "who")
    reply = answers.people_answer(people, asked, form)
    return resolved(people, reply, read_about_text("people"))


def _names_person(name: str, people: list[Entity], by_name: Any) -> bool:
    """Whether *name* names one of *people*."""
    return any(e.entity_id in by_name.get(name, ()) for e in people)


def _occupied(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | None:
    """ "Is anyone in the living room?": what the place's motion and presence sensors say."""
    sensors = [
        e
        for e in place_entities(reading, ctx, resolver.home)
        if e.domain == "binary_sensor" and e.device_class in data.occupancy_classes
    ]
    own_word("occupancy.yes", "")  # a language without these replies answers in English
    if not sensors:
        where = where_said(reading, ctx, resolver.home)
        unseen = said("occupancy.unseen", where=where) if where else said("occupancy.unseen_here")
        return Resolved(steps=[], reply=unseen)
    busy = [e for e in sensors if e.state == "on"]
    listed = answers.listing([answers.one_answer(e, None)[:-1] for e in busy or sensors])
    reply = said("occupancy.yes" if busy else "occupancy.no", listed=listed)
    return resolved(busy or sensors, reply, read_text(sensors))


def low_batteries(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | None:
    """ "Is anything low on battery?", "does anything need a new battery?", "which batteries
    are low upstairs?": every battery the place reports, the low ones named."""
    if "battery" not in reading.measures or not found_phrases(reading.words, data.low_battery):
        return None
    if [n for n in reading.names if n not in reading.places]:
        return None  # "is the door lock's battery low?": that one (measure_answer)
    home = resolver.home
    batteries = [
        e
        for e in place_entities(reading, ctx, home)
        if e.device_class == "battery" and e.domain in ("sensor", "binary_sensor")
    ]
    if not batteries:
        return None
    which = reading.words[0] in ("which", "what", "what's", "whats", "list")
    which = which or reading.words[0] in data.which_first
    level = data.low_battery_level
    reply = answers.low_battery_answer(batteries, level, home, which)
    low = [
        e
        for e in batteries
        if (e.domain == "binary_sensor" and e.state == "on")
        or ((charge := answers.battery_level(e)) is not None and charge <= level)
    ]
    return resolved(low or batteries, reply, read_about_text("batteries"))


def device_attribute(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | None:
    """One thing a named device reports: "how fast is the nursery fan going?", "what's the
    volume on the kitchen speaker?", "how far are the blinds open?", "how long's left on the
    laundry timer?"."""
    asked = [a for a in data.attributes if found_phrases(reading.words, a.words)]
    if not asked:
        return None
    domains = {domain for a in asked for domain in a.read}
    implied = {a.implies for a in asked if a.implies}
    own = [n for n in reading.names if n not in reading.places]
    if implied and not reading.kinds and not own:
        # "Welche Temperatur ist im Bad eingestellt?": the thermostat there (also where the
        # room's name is a lamp's too: "quelle température est réglée dans la chambre ?")
        kinds = {k.key: k for k in data.kinds.values()}
        implied_kinds = [kinds[k] for k in implied if k in kinds]
        reading = dataclasses.replace(reading, kinds=implied_kinds, names=own)
    found = _attribute_targets(reading, ctx, resolver, domains)
    if not found:
        return None
    parts = []
    clock = found_phrases(
        reading.words, data.clock_words
    )  # "when will the cake be ready": its time
    for entity in found[: answers.MAX_READINGS]:
        attribute = next(a for a in asked if entity.domain in a.read)
        parts.append(_attribute_reply(entity, attribute, ctx, clock=bool(clock)))
    return resolved(found, " ".join(parts), read_text(found))


#: Attributes in which appliances report the time their programme has left.
_LEFT_ATTRIBUTES = (
    "remaining_time",
    "time_remaining",
    "remaining",
    "time_left",
    "minutes_remaining",
    "remaining_minutes",
)
#: Units a sensor of time left may be in, in seconds.
_TIME_UNITS = {"s": 1, "sec": 1, "min": 60, "mins": 60, "minutes": 60, "h": 3600, "hours": 3600}


def time_left(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | None:
    """ "How long's left on the dishwasher?", "when will the dryer be done?": the time an
    appliance's programme has left, from its own attribute or the sensor named after it for
    that ("Dishwasher Time Remaining", "Dryer Finish Time")."""
    remaining = next((a for a in data.attributes if a.key == "remaining"), None)
    if remaining is None or not found_phrases(reading.words, remaining.words) or not reading.names:
        return None
    targets = question_targets(reading, ctx, resolver)
    if not isinstance(targets, list) or len(targets) != 1 or targets[0].domain == "timer":
        return None
    entity = targets[0]
    seconds = None
    for key in _LEFT_ATTRIBUTES:
        seconds = _seconds_left(entity.attributes.get(key), "min", None, ctx)
        if seconds is not None:
            break
    source = entity
    if seconds is None:
        own = normalize(entity.name).split()
        for sensor in resolver.home.exposed():
            words = normalize(sensor.name).split()
            if (
                sensor.domain != "sensor"
                or sensor is entity
                or words[: len(own)] != own
                or not set(words[len(own) :]) & data.time_left_words
            ):
                continue
            unit = str(sensor.attributes.get("unit_of_measurement") or "")
            seconds = _seconds_left(sensor.state, unit, sensor.device_class, ctx)
            if seconds is not None:
                source = sensor
                break
    if seconds is None:
        return None
    reply = f"{duration_words(seconds)} left on {entity.name}."
    if not _is_number(entity.state) and entity.state not in ("unknown", "unavailable"):
        # "has the washing machine finished": its state too ("Washing Machine is running")
        reply = (
            f"{entity.name} is {answers.describe_state(entity)}, {duration_words(seconds)} left."
        )
    if found_phrases(reading.words, data.clock_words) and isinstance(ctx.now, dt.datetime):
        done = ctx.now + dt.timedelta(seconds=seconds)
        reply = reply.removesuffix(".") + f", done at {done.strftime('%H:%M')}."
    return resolved([source], reply, read_text([entity]))


def timer_left(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | None:
    """ "How long left on the spa?" where no device is called just that: the time left on the
    one timer helper named so with its word for a timer ("Spa Timer", beside the Spa Pool and
    the Spa Temperature), never a reading of the others."""
    remaining = next((a for a in data.attributes if a.key == "remaining"), None)
    if remaining is None or not found_phrases(reading.words, remaining.words):
        return None
    timer = _own_timer(reading, resolver)
    if timer is None or not isinstance(ctx.now, dt.datetime):
        return None
    return resolved([timer], timers.helper_left(timer, ctx.now), read_text([timer]))


def _own_timer(reading: Reading, resolver: Resolver) -> Entity | None:
    """The one timer helper the unknown words of *reading* name without their word for a
    timer, when nothing is named whole."""
    if reading.names or len(reading.unknown) != 1:
        return None
    said = [w for w in reading.unknown[0] if w not in ARTICLES]
    words = timers.timer_words(resolver.language)
    found = [
        e
        for e in resolver.home.exposed()
        if e.domain == "timer"
        and said
        and [w for w in normalize(e.name).split() if w not in words] == said
    ]
    return found[0] if len(found) == 1 else None


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def _seconds_left(
    value: Any, unit: str, device_class: str | None, ctx: RequestContext
) -> float | None:
    """Seconds from a reading of time left: a number in *unit*, "H:MM:SS", or a timestamp
    (device class ``timestamp``: the time it ends)."""
    if value is None or value in ("", "unknown", "unavailable"):
        return None
    if device_class == "timestamp":
        try:
            end = dt.datetime.fromisoformat(str(value))
        except ValueError:
            return None
        if end.tzinfo is None or not isinstance(ctx.now, dt.datetime):
            return None
        return max(0.0, (end - ctx.now).total_seconds())
    if isinstance(value, str) and ":" in value:
        return parse_hms(value)
    try:
        amount = float(value)
    except (TypeError, ValueError):
        return None
    scale = _TIME_UNITS.get(unit.strip().lower())
    return amount * scale if scale is not None and amount >= 0 else None


def _attribute_targets(
    reading: Reading, ctx: RequestContext, resolver: Resolver, domains: set[str]
) -> list[Entity]:
    """The devices of *domains* the question names (or means: "it", the one of its kind in
    the place)."""
    home = resolver.home
    names = [n for n in reading.names if n not in reading.places] or reading.names
    conversation = ctx.conversation
    if (
        not names
        and conversation is not None
        and conversation.last_targets
        and any(w in PRONOUNS for w in reading.words)
    ):
        names = [REFERENCE]
    if names:
        targets = question_targets(reading, ctx, resolver)
        found = [e for e in targets if e.domain in domains] if isinstance(targets, list) else []
        if found:
            return found
        # "the laundry timer" where the Laundry Room also has a Laundry Light: the one of the
        # domains asked about.
        by_name = resolver.vocab.entities_by_name
        ids = {
            i for n in names for i in by_name.get(partial_name(n, home) or n, by_name.get(n, []))
        }
        found = [e for e in (home.get(i) for i in sorted(ids)) if e and e.domain in domains]
        if reading.area:
            found = [e for e in found if e.area == reading.area] or found
        return found if len(found) == 1 else []
    if not reading.kinds:
        # "How bright is it in the office?": the room's light level, not a lamp's; "how long
        # is left on it?": Hearth's own timer.
        return []
    # "How fast is the fan going?" said in the nursery: the one there.
    place = place_entities(reading, ctx, home)
    if not (reading.area or reading.floor) and ctx.area:
        place = [e for e in place if e.area == ctx.area] or place
    found = [
        e
        for e in place
        if e.domain in domains and (not reading.kinds or any(k.has(e) for k in reading.kinds))
    ]
    playing = [e for e in found if e.domain == "media_player" and e.state == "playing"]
    found = playing or found
    return found if len(found) == 1 else []


def _attribute_reply(
    entity: Entity, attribute: AskedAttribute, ctx: RequestContext, *, clock: bool = False
) -> str:
    if attribute.duration:
        if attribute.key == "remaining":
            seconds = answers.timer_left(entity, ctx.now)
        else:
            seconds = parse_hms(entity.attributes.get(attribute.read[entity.domain]))
        if seconds is None:
            return f"{entity.name} is {answers.describe_state(entity)}."
        reply = attribute.say.format(name=entity.name, value=duration_words(seconds))
        if entity.state == "paused" and attribute.key == "remaining":
            reply = reply.removesuffix(".") + " (paused)."
        elif clock and attribute.key == "remaining" and isinstance(ctx.now, dt.datetime):
            done = ctx.now + dt.timedelta(seconds=seconds)  # asked when: the time it ends
            reply = reply.removesuffix(".") + f", done at {done.strftime('%H:%M')}."
        return reply
    raw = entity.attributes.get(attribute.read[entity.domain])
    if entity.state in ("off", "unavailable", "unknown") or raw is None:
        return answers.one_answer(entity, None)
    value = answers.attribute_value(raw, attribute.unit, attribute.scale)
    return attribute.say.format(name=entity.name, value=value)
