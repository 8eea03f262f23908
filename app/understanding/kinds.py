"""Commands that name a kind of device by what it does: "water the garden", "vacuum the hall".

The kinds themselves ("sprinkler": a switch or valve named sprinkler, irrigation, zone...) are
data in ``resources/sentences/<lang>/device_types.yaml`` and the sentences that use them in
``kinds.yaml``; this module turns such a command into steps.

- ``HearthKindOn`` / ``HearthKindOff`` (a ``kind`` slot fixed by the sentence, plus an area, a
  floor or a free ``place``): the devices of that kind in the place. "Water the garden" turns on
  the sprinklers in the Garden; where no room is called so, the ones whose name holds the words
  ("Garden Drip"); never every sprinkler of the home when the place matches none (then the
  reply says which there are).
- Robot vacuums: "vacuum the hall" cleans the Hall (a vacuum that maps the home's rooms to its
  segments cleans just that segment, others start a full clean and say so); "pause the
  robot", "stop vacuuming", "send the vacuum home". The vacuum is the one named, else the
  only one, else the one that is doing what the command stops (cleaning) or starts (docked),
  else the one in this computer's room; otherwise Hearth asks which. The room in "vacuum the
  hall" is where to clean, never a filter on where the robot docks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import app.understanding.not_found as not_found  # noqa: PLR0402  the module (no cycle)
from app.core.context import RequestContext
from app.core.home import Entity
from app.core.plan import ErrorCode
from app.understanding import keyed_replies
from app.understanding.modes import listed_option
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
from app.understanding.sentences import DeviceType, load_language
from app.understanding.vocabulary import normalize

_VACUUM = "vacuum"
#: Home Assistant's vacuum feature bits.
_PAUSE = 4
_STOP = 8
_SEND_COMMAND = 256
#: Attributes under which a vacuum integration lists the home's rooms as segments.
_SEGMENT_ATTRIBUTES = ("rooms", "segments", "regions")
#: Words of a place phrase that say nothing about which one ("the", "my").
_FILLER = frozenset({"the", "my", "our", "a", "an", "some", "all", "of", "in", "please"})


def _kind(r: Resolver, key: str) -> DeviceType | None:
    return next((k for k in r.vocab.kinds_by_word.values() if k.key == key), None)


def _place_name(r: Resolver, area_id: str) -> str:
    area = r.home.areas.get(area_id)
    return area.name if area else area_id


def kind_targets(r: Resolver, slots: Slots, ctx: RequestContext) -> list[Entity] | Unresolved:
    """The devices of the sentence's kind in the place it names (see the module docstring)."""
    kind = _kind(r, str(slots.get("kind") or ""))
    word = str(slots.get("kind") or "device")
    if kind is None:
        # Said back in another language's own word for the kind where it has one.
        own = next((k for k in load_language(r.language).device_types if k.key == word), None)
        english = keyed_replies.said("missing.kind", kind=keyed_replies.Word(word))
        if own is not None and own.words and r.language.split("-", 1)[0] != "en":
            english = not_found.say(r.language, not_found.NO_KIND, english, kind=own.words[0])
        return Unresolved(ErrorCode.NO_TARGET, f"this home has no {word}", english)
    word = kind.words[0]
    every = [e for e in r.home.exposed() if kind.fits(e)]
    if not every:
        return Unresolved(
            ErrorCode.NO_TARGET,
            f"this home has no {word}",
            keyed_replies.said("missing.kind", kind=word),
        )
    area_id = slots.get("area") if not slots.area_from_context else None
    place = " ".join(w for w in normalize(str(slots.get("place") or "")).split() if w)
    if place and place in r.vocab.area_by_word:
        area_id = r.vocab.area_by_word[place]
    floor_id = slots.get("floor")
    if area_id:
        found = [e for e in every if e.area == area_id]
        where = _place_name(r, str(area_id))
    elif floor_id:
        found = [e for e in every if r.home.floor_of_area(e.area or "") == floor_id]
        floor = r.home.floors.get(str(floor_id))
        where = floor.name if floor else str(floor_id)
    elif place:
        found = _by_words(every, place)
        where = place
    else:
        here = [e for e in every if ctx.area and e.area == ctx.area]
        found = here or (every if len(every) == 1 else [])
        if not found:
            return r._ambiguous(every)
        return found
    if not found:
        listed = keyed_replies.Listed(tuple(e.name for e in every[:5]), join=None)
        return Unresolved(
            ErrorCode.NO_TARGET,
            f"no {word} for {where}",
            keyed_replies.said("missing.kind_for_area", kind=word, area=where, choices=listed),
        )
    return found


def _by_words(every: list[Entity], place: str) -> list[Entity]:
    """Devices whose name or alias holds every word of *place* ("the front lawn": "Front
    Lawn Sprinklers"), else those that hold its last word ("the garden": "Garden Drip")."""
    words = [w for w in place.split() if w not in _FILLER]
    if not words:
        return []

    def holds(entity: Entity, wanted: list[str]) -> bool:
        for raw in (entity.name, *entity.aliases):
            have = set(normalize(raw).split())
            have |= {w.removesuffix("s") for w in have}
            if all(w in have or w.removesuffix("s") in have for w in wanted):
                return True
        return False

    return [e for e in every if holds(e, words)] or [e for e in every if holds(e, words[-1:])]


def _kind_turn(turn_on: bool) -> Handler:
    def handle(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
        found = kind_targets(r, slots, ctx)
        if isinstance(found, Unresolved):
            return found
        actions: list[tuple[str, dict[str, Any], Entity]] = []
        for entity in found:
            action = _on_off(entity, turn_on)
            if action is not None:
                actions.append((action, {}, entity))
        if not actions:
            names = ", ".join(e.name for e in found)
            return Unresolved(
                ErrorCode.UNSUPPORTED,
                f"{names} cannot do that",
                keyed_replies.said("cannot.do_that", names=names),
            )
        return Resolved(steps=group_steps(actions), targets=[e.entity_id for _, _, e in actions])

    return handle


def _on_off(entity: Entity, turn_on: bool) -> str | None:
    if entity.domain == "valve":
        return "valve.open_valve" if turn_on else "valve.close_valve"
    if entity.domain in ("switch", "light", "fan", "input_boolean", "climate"):
        return f"{entity.domain}.{'turn_on' if turn_on else 'turn_off'}"
    return None


# -- robot vacuums ---------------------------------------------------------------------------


def _supports(entity: Entity, feature: int) -> bool:
    features = entity.attributes.get("supported_features")
    return not isinstance(features, int) or bool(features & feature)


def vacuums(
    r: Resolver, slots: Slots, ctx: RequestContext, busy: Callable[[Entity], bool]
) -> list[Entity] | Unresolved:
    """The robot a vacuum command is about; *busy*: the state the command acts on."""
    if slots.get("name") is not None:
        named = Slots({"name": slots.get("name")}, False)
        return r.targets(named, ctx, domains=[_VACUUM], whole_home=True)
    every = [e for e in r.home.exposed() if e.domain == _VACUUM]
    if not every:
        return Unresolved(
            ErrorCode.NO_TARGET,
            "this home has no robot vacuum",
            keyed_replies.said("missing.kind", kind=keyed_replies.Word("robot vacuum")),
        )
    conversation = ctx.conversation
    recent = [e for e in every if conversation and e.entity_id in conversation.last_targets]
    area = slots.get("area") if not slots.area_from_context else None
    floor = slots.get("floor")
    placed = [
        e
        for e in every
        if (area and e.area == area) or (floor and e.area and r.home.floor_of_area(e.area) == floor)
    ]
    if placed and not recent:
        return placed  # "vacuum the first floor": the robots that live there
    for tier in (
        recent,
        every if len(every) == 1 else [],
        [e for e in every if busy(e)],
        [e for e in every if ctx.area and e.area == ctx.area],
    ):
        if len(tier) == 1 or (tier is recent and tier):
            return tier
    return r._ambiguous(every)


def _segment(entity: Entity, r: Resolver, area_id: str) -> Any:
    """The vacuum's own id for the room, when it maps the home's rooms to segments."""
    if not _supports(entity, _SEND_COMMAND):
        return None
    area = r.home.areas.get(area_id)
    names = {area_id, *(normalize(n) for n in ((area.name, *area.aliases) if area else ()))}
    for attribute in _SEGMENT_ATTRIBUTES:
        rooms = entity.attributes.get(attribute)
        if isinstance(rooms, dict):
            for room, segment in rooms.items():
                if normalize(str(room)) in names or str(room) == area_id:
                    return segment
    return None


def _clean_area(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """ "Vacuum the hallway": that room where the robot can, else a full clean."""
    found = vacuums(r, slots, ctx, lambda e: e.state in ("docked", "idle", "paused"))
    if isinstance(found, Unresolved):
        return found
    area_id = str(slots.get("area") or ctx.area or "")
    actions: list[tuple[str, dict[str, Any], Entity]] = []
    notes = []
    for entity in found:
        segment = _segment(entity, r, area_id) if area_id else None
        if segment is not None:
            params = {"command": "app_segment_clean", "params": [segment]}
            actions.append(("vacuum.send_command", params, entity))
        else:
            actions.append(("vacuum.start", {}, entity))
            if area_id:
                where = _place_name(r, area_id)
                notes.append(
                    f"{entity.name} can't clean just the {where}, so it cleans everywhere."
                )
    return Resolved(
        steps=group_steps(actions),
        reply=" ".join(notes) or None,
        targets=[e.entity_id for e in found],
    )


def _vacuum(service: str) -> Handler:
    cleaning = service != "start"

    def handle(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
        if service == "start" and slots.get("area") is not None and not slots.area_from_context:
            return _clean_area(r, slots, ctx, m)
        found = vacuums(
            r,
            slots,
            ctx,
            (lambda e: e.state == "cleaning")
            if cleaning
            else (lambda e: e.state in ("docked", "idle", "paused")),
        )
        if isinstance(found, Unresolved):
            return found
        actions: list[tuple[str, dict[str, Any], Entity]] = []
        for entity in found:
            action = service
            if service == "pause" and not _supports(entity, _PAUSE):
                action = "stop" if _supports(entity, _STOP) else "return_to_base"
            actions.append((f"vacuum.{action}", {}, entity))
        return Resolved(steps=group_steps(actions), targets=[e.entity_id for e in found])

    return handle


def _start_at(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """ "Get the robot going on turbo": the suction the robot lists, then a clean. A speed
    the robot does not list starts nothing (the reply says so)."""
    found = vacuums(r, slots, ctx, lambda e: e.state in ("docked", "idle", "paused"))
    if isinstance(found, Unresolved):
        return found
    said = " ".join(
        w for w in normalize(str(slots.get("mode") or "")).split() if w not in _SPEED_WORDS
    )
    actions: list[tuple[str, dict[str, Any], Entity]] = []
    for entity in found:
        options = entity.attributes.get("fan_speed_list")
        speed = listed_option(said, options) if isinstance(options, list) and options else None
        if speed is None:
            return Unresolved(
                ErrorCode.UNSUPPORTED,
                f"{entity.name} has no suction {said!r}",
                f"{entity.name} has no {said} setting.",
            )
        actions.append(("vacuum.set_fan_speed", {"fan_speed": speed}, entity))
    actions += [("vacuum.start", {}, entity) for entity in found]
    return Resolved(steps=group_steps(actions), targets=[e.entity_id for e in found])


def _cover_way(up: bool) -> Handler:
    """ "Pull the blind down": a blind, shutter or door that goes up is opened by it; an
    awning rolled up goes in (closed) and let down comes out (open)."""

    def handle(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
        found = r.targets(slots, ctx, domains=["cover"])
        if isinstance(found, Unresolved):
            return found
        actions: list[tuple[str, dict[str, Any], Entity]] = []
        for entity in found:
            opens = up != (entity.device_class == "awning")
            actions.append(("cover.open_cover" if opens else "cover.close_cover", {}, entity))
        return Resolved(steps=group_steps(actions), targets=[e.entity_id for e in found])

    return handle


#: Words around a robot's suction setting that are not its name ("on turbo mode").
_SPEED_WORDS = frozenset({"the", "a", "mode", "setting", "speed", "suction", "power", "please"})


def _mower(service: str) -> Handler:
    """Home Assistant's "mow the lawn" and "send the mower home": the mower named, else the
    home's only one; of several, the question which."""

    def handle(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
        if slots.get("name") is not None:
            named = Slots({"name": slots.get("name")}, False)
            found = r.targets(named, ctx, domains=["lawn_mower"], whole_home=True)
        else:
            found = [e for e in r.home.exposed() if e.domain == "lawn_mower"]
            if not found:
                return Unresolved(
                    ErrorCode.NO_TARGET,
                    "this home has no lawn mower",
                    keyed_replies.said("missing.kind", kind=keyed_replies.Word("lawn mower")),
                )
            if len(found) > 1:
                return r._ambiguous(found)
        if isinstance(found, Unresolved):
            return found
        return Resolved(
            steps=group_steps([(f"lawn_mower.{service}", {}, e) for e in found]),
            targets=[e.entity_id for e in found],
        )

    return handle


HANDLERS: dict[str, Handler] = {
    "HassLawnMowerStartMowing": _mower("start_mowing"),
    "HassLawnMowerDock": _mower("dock"),
    "HearthVacuumStartAt": _start_at,
    "HearthCoverUp": _cover_way(up=True),
    "HearthCoverDown": _cover_way(up=False),
    "HearthKindOn": _kind_turn(True),
    "HearthKindOff": _kind_turn(False),
    "HassVacuumStart": _vacuum("start"),
    "HassVacuumReturnToBase": _vacuum("return_to_base"),
    "HearthVacuumPause": _vacuum("pause"),
    "HassVacuumCleanArea": _clean_area,
}
