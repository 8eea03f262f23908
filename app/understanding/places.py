"""Exceptions: "all the lights but the hall", "every light off except the landing".

The sentences (``resources/sentences/<lang>/places.yaml``) give the kind of device (lights, or
everything that switches), the place it is about (an area or floor, else the whole home) and
up to two things to leave out, each an area or a device's name. What is left out is every
device in that area and every device with that name (an area and a light are often both
called "Porch"). When the exception names nothing in the home that the sentence switches,
it was not understood and Hearth says so rather than switching everything; one that names
something outside the place ("upstairs, except the kitchen") leaves the place whole.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

from app.core.context import RequestContext
from app.core.files import load_own_yaml
from app.core.home import Area, Entity, Home
from app.core.plan import ErrorCode
from app.understanding import keyed_replies
from app.understanding.resolve import (
    Handler,
    IntentMatch,
    Resolution,
    Resolved,
    Resolver,
    Slots,
    Unresolved,
    group_steps,
)
from app.understanding.vocabulary import normalize

_ARTICLES = frozenset({"the", "my", "our", "a", "an"})
#: What "everything" switches: never locks, covers, valves or alarms.
SWITCHABLE = ("light", "switch", "fan", "media_player", "input_boolean")


def _left_out(r: Resolver, slots: Slots, text: str) -> tuple[set[str], list[str]]:
    """The entity ids the sentence (*text*) leaves out, and how it called them."""
    ids: set[str] = set()
    said: list[str] = []
    for key in ("except_area", "except_area_2"):
        area_id = slots.get(key)
        if area_id is None:
            continue
        area = r.home.areas.get(str(area_id))
        said.append(area.name if area else str(area_id))
        ids.update(e.entity_id for e in r.home.entities_in_area(str(area_id)))
        if area is not None:  # a light named after its room ("Porch" in the Porch)
            for word in (area.name, *area.aliases):
                ids.update(r.vocab.entities_by_name.get(normalize(word), ()))
    for key in ("except_name", "except_name_2"):
        name = slots.get(key)
        if not isinstance(name, str):
            continue
        ids.update(r.vocab.entities_by_name.get(name, ()))
        if name not in r.vocab.types_by_value:
            said.append(name)
        else:
            device_type, area_id = r.vocab.types_by_value[name]
            padded = f" {normalize(text)} "
            said.append(next((w for w in device_type.words if f" {w} " in padded), name))
            for entity in r.home.exposed():
                if entity.domain != device_type.domain:
                    continue
                if device_type.device_classes and (
                    entity.device_class not in device_type.device_classes
                ):
                    continue
                if area_id is None or entity.area == area_id:
                    ids.add(entity.entity_id)
    text = slots.get("except_text")
    if isinstance(text, str) and not said:
        phrase = _strip_articles(normalize(text))
        said.append(phrase)
        ids.update(_named_like(r, phrase))
    return ids, said


def _strip_articles(phrase: str) -> str:
    words = phrase.split()
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def _named_like(r: Resolver, phrase: str) -> set[str]:
    """Devices *phrase* names without its kind word ("porch" for "Porch Light"), or every
    device in the area it names."""
    ids: set[str] = set()
    area_id = r.vocab.area_by_word.get(phrase)
    if area_id is not None:
        ids.update(e.entity_id for e in r.home.entities_in_area(area_id))
    ids.update(r.vocab.entities_by_name.get(phrase, ()))
    for name, entity_ids in r.vocab.entities_by_name.items():
        rest = name.removeprefix(phrase + " ")
        if rest != name and rest in r.vocab.kinds_by_word:
            ids.update(entity_ids)
    if len(phrase.split()) == 1:
        # "except grandma's": an owner's word said alone leaves out the room it starts the
        # name of (Grandma's Suite) and every device whose name it starts.
        for area in r.home.areas.values():
            if any(normalize(n).startswith(f"{phrase} ") for n in (area.name, *area.aliases)):
                ids.update(e.entity_id for e in r.home.entities_in_area(area.id))
        for name, entity_ids in r.vocab.entities_by_name.items():
            if name.startswith(f"{phrase} "):
                ids.update(entity_ids)
    return ids


@functools.lru_cache(maxsize=8)
def _outdoor_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words (and phrases) of *language* that say an area is outdoors, and those that
    say it is roofed even so (``resources/places/<lang>.yaml``)."""
    path = resources.files("resources") / "places" / f"{language.split('-', 1)[0]}.yaml"
    raw: Any = load_own_yaml(path.read_text(encoding="utf-8")) if path.is_file() else None
    raw = raw if isinstance(raw, dict) else {}

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize(str(w)) for w in raw.get(key) or ())

    return words("outdoor_places"), words("roofed_places")


def _says(names: list[str], words: frozenset[str]) -> bool:
    """Whether one of *names* holds one of *words* (a word or phrase) as whole words."""
    return any(f" {word} " in f" {normalize(name)} " for name in names for word in words if word)


def _outdoors(names: list[str], language: str) -> bool:
    outdoor, roofed = _outdoor_words(language)
    return _says(names, outdoor) and not _says(names, roofed)


def _is_outdoor_area(area: Area, language: str) -> bool:
    return _outdoors([area.name, *area.aliases], language)


def place_group(home: Home, group: str, language: str) -> list[Entity]:
    """The exposed devices of a place made of several areas: ``outside`` is every area that
    is outdoors (a garden, the patio, the pool; not a pool house) and every device with no
    area whose name says it is outdoors ("Balcony Lantern"). ("Inside" is no such place: a
    barn or a workshop is neither the house nor outside.)"""
    if group != "outside":
        return []
    outdoor = {a.id for a in home.areas.values() if _is_outdoor_area(a, language)}
    found = []
    for entity in home.exposed():
        if entity.area is not None and entity.area in home.areas:
            if entity.area in outdoor:
                found.append(entity)
        elif _outdoors([entity.name, *entity.aliases], language):
            found.append(entity)
    return found


def _all_except(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    turn_on = slots.get("state") == "on"
    domains = slots.list("domain") or list(SWITCHABLE)
    area_id = slots.get("area") if not slots.area_from_context else None
    floor_id = slots.get("floor")
    group = slots.get("place_group")
    if isinstance(group, str):
        pool = place_group(r.home, group, r.language)
    elif area_id:
        pool = r.home.entities_in_area(str(area_id))
    elif floor_id:
        pool = r.home.entities_on_floor(str(floor_id))
    else:
        pool = list(r.home.exposed())
    pool = [e for e in pool if e.exposed and e.domain in domains]
    left_out, said = _left_out(r, slots, m.text)
    kept = [e for e in pool if e.entity_id not in left_out]
    what = "light" if domains == ["light"] else "device"
    kind = keyed_replies.Word(what)
    switchable = {e.entity_id for e in r.home.exposed() if e.domain in domains}
    excepted = any(slots.get(k) is not None for k in _EXCEPT_SLOTS)
    if isinstance(group, str) and not kept:
        return Unresolved(
            ErrorCode.NO_TARGET,
            f"no {what} {group}",
            keyed_replies.said("missing.kind_group", kind=kind, group=group),
        )
    if (excepted or not isinstance(group, str)) and not left_out & switchable:
        # "But leave the heat lamp on" read as the heating: nothing the sentence switches.
        listed = " or ".join(said) or "that"
        names = (
            keyed_replies.Listed(tuple(said), commas=False) if said else keyed_replies.Word(listed)
        )
        return Unresolved(
            ErrorCode.NO_TARGET,
            f"nothing to leave out called {listed}",
            keyed_replies.said("missing.leave_out", kind=kind, names=names),
        )
    if not kept:
        return Unresolved(
            ErrorCode.NO_TARGET,
            "nothing left once the exception is left out",
            keyed_replies.said("missing.leaves_none", kind=kind),
        )
    actions: list[tuple[str, dict[str, Any], Entity]] = []
    for entity in kept:
        action = _switch(entity, turn_on)
        if action is not None:
            actions.append((action, {}, entity))
    if not actions:
        return Unresolved(ErrorCode.UNSUPPORTED, "nothing there can be switched")
    return Resolved(steps=group_steps(actions), targets=[e.entity_id for _, _, e in actions])


#: The slots that say what is left out.
_EXCEPT_SLOTS = ("except_area", "except_area_2", "except_name", "except_name_2", "except_text")


def _switch(entity: Entity, turn_on: bool) -> str | None:
    if entity.domain in SWITCHABLE:
        return f"{entity.domain}.{'turn_on' if turn_on else 'turn_off'}"
    return None


HANDLERS: dict[str, Handler] = {"HearthAllExcept": _all_except}
