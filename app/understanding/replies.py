"""Replies in the request's language, from Home Assistant's own response templates.

Home Assistant's sentence data (``home_assistant_intents``) carries, per language, what Assist
says: ``responses.errors`` (nothing understood, no such area, several devices...) and
``responses.intents`` (the answers to questions, per intent and per the sentence's response
key: "one_yesno", "which", "how_many"...). They are Jinja templates over the same values
Home Assistant's default conversation agent gives them:

- an error template gets its arguments by name (``area``, ``floor``, ``entity``, ``domain``);
- an answer gets ``slots`` (each slot of the sentence, as said), ``state`` (the first matched
  state, else the first unmatched one) and ``query.matched`` / ``query.unmatched`` (the
  states that are / are not in the state asked about; all of them when none was asked).

English keeps Hearth's own replies (tuned and tested); another language gets Home
Assistant's text where a template fits the case, else Hearth's English reply. A language's
own ``responses:`` in ``resources/sentences/<lang>/replies.yaml`` (the same keys, Jinja over
the same values) comes before Home Assistant's template it replaces (Korean says a count as
"2 개입니다", not "2개의 기기가 그렇습니다", "two devices are so"). A template
is rendered in a sandbox, never built from the home's names (a device called
``{{ 7*7 }}`` is said as written), and a rendering error only falls back to English.
"""

from __future__ import annotations

import enum
import functools
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import home_assistant_intents
from hassil import RecognizeResult
from jinja2 import StrictUndefined, Template
from jinja2.sandbox import ImmutableSandboxedEnvironment

from app.core.home import Entity, Home
from app.core.plan import ErrorCode
from app.understanding.answers import _matches as in_state
from app.understanding.answers import number
from app.understanding.own_data import own_data
from app.understanding.resolve import Resolution, Resolved
from app.understanding.sentences import resolve_language
from app.understanding.unknown import NotFound, UnknownName
from app.understanding.vocabulary import REFERENCE, TYPE_PREFIX, normalize

_LOGGER = logging.getLogger(__name__)


class ReplyKind(enum.StrEnum):
    """What a reply says; an error's value is Home Assistant's error key."""

    NOT_UNDERSTOOD = "no_intent"
    NO_AREA = "no_area"
    NO_FLOOR = "no_floor"
    NO_ENTITY = "no_entity"
    NO_ENTITY_IN_AREA = "no_entity_in_area"
    NO_DOMAIN_IN_AREA = "no_domain_in_area"
    AMBIGUOUS = "duplicate_entities"
    """Several devices of one name (``entity``); the candidates follow the text."""
    AMBIGUOUS_TARGETS = "duplicate_targets"
    """Several devices of different names; the candidates follow the text."""
    STATE = "HassGetState"
    """An answer to a question about states ("is the door open?", "which lights are on?")."""
    TEMPERATURE = "HassClimateGetTemperature"
    TIME = "HassGetCurrentTime"
    DATE = "HassGetCurrentDate"


#: Most candidates a question back names (as Hearth's English one does).
MAX_CHOICES = 5
#: Kinds answered from ``responses.intents`` (the rest are ``responses.errors``).
_ANSWERS = frozenset({ReplyKind.STATE, ReplyKind.TEMPERATURE, ReplyKind.TIME, ReplyKind.DATE})


@dataclass(frozen=True, slots=True)
class Reply:
    """A reply as data, to be said in any language."""

    kind: ReplyKind
    values: Mapping[str, Any] = field(default_factory=dict)
    """An error's template arguments (``area``, ``entity``...). An answer's ``response``
    (the sentence's response key), ``slots`` and the ``matched`` and ``unmatched``
    entities."""
    choices: tuple[str, ...] = ()
    """The candidates of a question back, said after the template's text."""


def is_english(language: str) -> bool:
    return language.split("-", 1)[0].lower() == "en"


def say(language: str, reply: Reply | None, english: str) -> str:
    """*reply* in *language* from Home Assistant's template for it; *english* (Hearth's own
    reply) for English, when there is no template for the case, or when it does not render."""
    if reply is None or is_english(language):
        return english
    template = _template(language, reply.kind, str(reply.values.get("response") or ""))
    if template is None:
        return english
    try:
        text = _render(template, reply)
    except Exception as err:  # a template that does not fit is never shown to the person
        _LOGGER.debug("No %s reply in %s: %s", reply.kind, language, err)
        return english
    if reply.choices:
        text = f"{text}: {', '.join(reply.choices)}"
    return text


# -- what to say --------------------------------------------------------------------------


def not_understood(found: UnknownName | None, text: str) -> Reply:
    """Nothing was understood; *found* holds the words where a name stood that the home
    does not know (app/understanding/unknown.py), said back as written in *text*."""
    if found is None or len(found.phrases) != 1:
        return Reply(ReplyKind.NOT_UNDERSTOOD)
    said = as_written(found.phrases[0], text)
    if found.room or found.kind:
        return Reply(ReplyKind.NO_AREA, {"area": said})
    return Reply(ReplyKind.NO_ENTITY, {"entity": said})


def about(
    outcome: Resolution,
    reading: RecognizeResult | None,
    home: Home,
    text: str,
    found: UnknownName | None = None,
    now: datetime | None = None,
) -> Reply | None:
    """What *outcome* (of the sentence *text*, read as *reading* at *now*) says, as data;
    None when it is nothing a template of Home Assistant's says (Hearth's reply stays)."""
    if isinstance(outcome, Resolved):
        if reading is None:
            return None
        intent = reading.intent.name
        if intent in (ReplyKind.TIME, ReplyKind.DATE) and now is not None and not outcome.steps:
            # Home Assistant gives its clock's time (or date) as the slot its template reads.
            slots = {"time": now.time()} if intent == ReplyKind.TIME else {"date": now.date()}
            return Reply(ReplyKind(intent), {"slots": slots})
        return _answer(outcome, reading, home)
    if isinstance(outcome, NotFound):
        return not_understood(found, text) if found is not None else None
    if reading is None:
        return None
    if outcome.code is ErrorCode.AMBIGUOUS:
        return _ambiguous(reading, home)
    if outcome.code is ErrorCode.NO_TARGET:
        return _missing(reading, home)
    return None


def _answer(outcome: Resolved, reading: RecognizeResult, home: Home) -> Reply | None:
    intent = reading.intent.name
    if intent not in (ReplyKind.STATE, ReplyKind.TEMPERATURE) or len(outcome.steps) != 1:
        return None
    if outcome.steps[0].action != "state.get" or "measure" in reading.entities:
        return None  # a device's battery or humidity: Hearth's reply of the measure stays
    found = [e for e in (home.get(i) for i in outcome.targets) if e is not None]
    if not found:
        return None
    entity = reading.entities.get("state")
    wanted = None if entity is None else entity.value
    unmatched: list[Entity] = []
    if intent == ReplyKind.TEMPERATURE:
        found = [e for e in found if e.domain == "climate"] or [_as_reading(found[0])]
        if not all(_is_number(e.attributes.get("current_temperature")) for e in found):
            return None  # "heat grader": Hearth's reply says the reading is missing
        matched = found
    elif wanted is None:
        matched = found
    else:
        matched = [e for e in found if in_state(e, str(wanted))]
        unmatched = [e for e in found if e not in matched]
    values = {
        "response": reading.response or "default",
        "slots": _slots(reading, found, home),
        "matched": matched,
        "unmatched": unmatched,
    }
    return Reply(ReplyKind(intent), values)


def _as_reading(entity: Entity) -> Entity:
    """A sensor as a thermostat's template reads it: its state is the current temperature."""
    attributes = {**entity.attributes, "current_temperature": entity.state}
    return Entity(entity.entity_id, entity.name, entity.state, attributes, entity.area)


def _is_number(value: Any) -> bool:
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return not isinstance(value, bool)


def _slots(reading: RecognizeResult, found: Sequence[Entity], home: Home) -> dict[str, Any]:
    """Each slot as Home Assistant gives it (the words said, else the value), with the
    home's own spelling of a device's and a place's name ("Küchenlicht", not the lower case
    the sentence was read in)."""
    slots: dict[str, Any] = {}
    for key, entity in reading.entities.items():
        value = entity.value
        slots[key] = (entity.text or "").strip() or value
        if key == "name" and len(found) == 1 and value != REFERENCE:
            slots[key] = found[0].name
        elif key == "area" and value in home.areas:
            slots[key] = home.areas[value].name
        elif key == "floor" and value in home.floors:
            slots[key] = home.floors[value].name
    return slots


def _ambiguous(reading: RecognizeResult, home: Home) -> Reply | None:
    """A name several devices carry, asked back with the devices so called (in the room
    said, when one was)."""
    name = _name(reading)
    said = reading.entities.get("area")
    found = [
        e
        for e in home.exposed()
        if name is not None and _called(e, name) and (said is None or e.area == said.value)
    ]
    if len(found) < 2:
        return None
    choices = []
    for entity in found[:MAX_CHOICES]:
        area = home.area_of(entity)
        choices.append(f"{entity.name} ({area.name})" if area else entity.name)
    if len(found) > MAX_CHOICES:
        choices.append("…")
    names = {e.name for e in found}
    if len(names) == 1:
        return Reply(ReplyKind.AMBIGUOUS, {"entity": names.pop()}, tuple(choices))
    return Reply(ReplyKind.AMBIGUOUS_TARGETS, {}, tuple(choices))


def _missing(reading: RecognizeResult, home: Home) -> Reply | None:
    """A device said with a room it is not in ("Vipu in the kitchen"), or a kind of device
    a room does not have: said only when the home shows it is so."""
    values = {key: entity.value for key, entity in reading.entities.items()}
    area_id = values.get("area")
    area = home.areas.get(str(area_id)) if area_id is not None else None
    name = _name(reading)
    if area is None:
        return None
    if name is not None:
        named = [e for e in home.exposed() if _called(e, name)]
        if not named or any(e.area == area.id for e in named):
            return None
        return Reply(ReplyKind.NO_ENTITY_IN_AREA, {"entity": named[0].name, "area": area.name})
    domain = values.get("domain")
    if "name" not in values and isinstance(domain, str):
        if any(e.domain == domain and e.area == area.id for e in home.exposed()):
            return None
        return Reply(ReplyKind.NO_DOMAIN_IN_AREA, {"domain": domain, "area": area.name})
    return None


def _name(reading: RecognizeResult) -> str | None:
    """The device name the sentence said, when it said one (not "it", not a kind)."""
    entity = reading.entities.get("name")
    if entity is None or entity.is_wildcard or not isinstance(entity.value, str):
        return None
    value = entity.value
    return None if value == REFERENCE or value.startswith(TYPE_PREFIX) else value


def _called(entity: Entity, phrase: str) -> bool:
    return phrase in (normalize(entity.name), *(normalize(a) for a in entity.aliases))


def as_written(phrase: str, text: str) -> str:
    """*phrase* (read in lower case) with the capitals it was written with in *text*."""
    folded = text.casefold()
    start = folded.find(phrase)
    if start < 0 or len(folded) != len(text):
        return phrase
    return text[start : start + len(phrase)]


# -- rendering ----------------------------------------------------------------------------


@functools.cache
def _environment() -> ImmutableSandboxedEnvironment:
    # StrictUndefined: a template asking for a value Hearth does not have is no reply with
    # a hole in it ("ist an"); it falls back to Hearth's own reply instead. A reading that
    # is not there (a thermostat without one) is said as nothing, never as "None".
    return ImmutableSandboxedEnvironment(
        autoescape=False, undefined=StrictUndefined, finalize=_nothing_for_none
    )


def _nothing_for_none(value: Any) -> Any:
    return "" if value is None else value


@functools.cache
def _responses(language: str) -> Mapping[str, Any]:
    # "zh-cn" is the package's "zh-CN"
    data = home_assistant_intents.get_intents(resolve_language(language) or language) or {}
    responses = data.get("responses")
    return responses if isinstance(responses, dict) else {}


@functools.cache
def _own_responses(language: str) -> Mapping[str, Any]:
    """The templates *language*'s own data says instead of Home Assistant's (``responses:``
    in its ``replies.yaml``), shaped as the package's ``responses``."""
    data = own_data(resolve_language(language) or language, "replies.yaml") or {}
    responses = data.get("responses")
    return responses if isinstance(responses, dict) else {}


def _source(responses: Mapping[str, Any], kind: ReplyKind, response: str) -> Any:
    if kind in _ANSWERS:
        return responses.get("intents", {}).get(str(kind), {}).get(response or "default")
    return responses.get("errors", {}).get(str(kind))


@functools.cache
def _template(language: str, kind: ReplyKind, response: str) -> Template | None:
    """The compiled template for *kind* in *language* (for an answer, the one of the
    sentence's *response* key: a yes/no question is never answered by the template that
    only reads a state out), the language's own before Home Assistant's, or None when the
    language has none."""
    source = _source(_own_responses(language), kind, response)
    if not isinstance(source, str) or not source.strip():
        source = _source(_responses(language), kind, response)
    if not isinstance(source, str) or not source.strip():
        return None
    try:
        return _environment().from_string(source)
    except Exception as err:  # a template this Jinja cannot read: Hearth's reply stays
        _LOGGER.debug("Cannot read the %s template of %s: %s", kind, language, err)
        return None


def _render(template: Template, reply: Reply) -> str:
    """The template's text with its whitespace made single, as Home Assistant does; a
    reading of each thermostat in the room, each named (the template says one, unnamed)."""
    matched = list(reply.values.get("matched", ()))
    if reply.kind is ReplyKind.TEMPERATURE and len(matched) > 1:
        return "; ".join(f"{e.name}: {_render(template, _one(reply, e))}" for e in matched)
    text = " ".join(template.render(_context(reply)).split())
    if not text:
        raise ValueError("the template says nothing")  # never an empty reply
    return text


def _one(reply: Reply, entity: Entity) -> Reply:
    return replace(reply, values={**reply.values, "matched": [entity]})


@dataclass(frozen=True, slots=True)
class _State:
    """An entity's state as Home Assistant's templates read it (its ``TemplateState``)."""

    entity_id: str
    domain: str
    object_id: str
    name: str
    state: str
    state_with_unit: str
    attributes: Mapping[str, Any]


def _state(entity: Entity) -> _State:
    unit = entity.attributes.get("unit_of_measurement")
    with_unit = f"{number(entity.state)} {unit}" if unit else entity.state
    return _State(
        entity.entity_id,
        entity.domain,
        entity.entity_id.split(".", 1)[-1],
        entity.name,
        entity.state,
        with_unit,
        dict(entity.attributes),
    )


def _context(reply: Reply) -> dict[str, Any]:
    if reply.kind not in _ANSWERS:
        return dict(reply.values)
    matched = [_state(e) for e in reply.values.get("matched", ())]
    unmatched = [_state(e) for e in reply.values.get("unmatched", ())]
    states = {s.entity_id: s for s in matched + unmatched}
    first = (matched or unmatched)[0] if matched or unmatched else None
    return {
        "slots": dict(reply.values.get("slots", {})),
        "state": first,
        "query": {"matched": matched, "unmatched": unmatched},
        "state_attr": _lookup(states, lambda s, name: s.attributes.get(name)),
        "states": _lookup(states, lambda s: s.state, "unknown"),
        "is_state": _lookup(states, lambda s, value: s.state == value, False),
    }


def _lookup(
    states: Mapping[str, _State], read: Callable[..., Any], default: Any = None
) -> Callable[..., Any]:
    """Home Assistant's ``state_attr``, ``states`` and ``is_state`` over the reply's states."""

    def function(entity_id: str, *args: Any) -> Any:
        found = states.get(str(entity_id))
        return default if found is None else read(found, *args)

    return function
