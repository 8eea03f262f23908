"""Small homes for planner tests, written as a dict the way a Home Assistant snapshot reads:
an entity with its name, state, room and attributes, and a home of named rooms; the core
:class:`Entity` such a row stands for (a device added to a home already loaded, or handed to
the policy alone); an English planner on such a home, and a plan's steps as tuples to
compare."""

from __future__ import annotations

from typing import Any

from app.core.home import Entity, Home
from app.core.plan import Plan
from app.understanding.planner import Planner


def entity(
    entity_id: str,
    name: str,
    /,
    area: str | None,
    state: str = "off",
    **attributes: Any,
) -> Any:
    """One entity of a snapshot: *area* None leaves it in no room; ``aliases=[...]`` gives it
    other names (not an attribute); a group's ``entity_id=[...]`` is an attribute."""
    out: dict[str, Any] = {"entity_id": entity_id, "name": name, "state": state}
    if area is not None:
        out["area"] = area
    aliases = attributes.pop("aliases", None)
    if aliases:
        out["aliases"] = aliases
    if attributes:
        out["attributes"] = attributes
    return out


def core_entity(
    entity_id: str,
    name: str,
    /,
    area: str | None = None,
    state: str = "unknown",
    **attributes: Any,
) -> Entity:
    """The :class:`Entity` the row :func:`entity` makes stands for, built as it is (no
    snapshot check, no room guessed from its name); ``aliases=[...]`` gives it other names."""
    row = entity(entity_id, name, area, state, **attributes)
    return Entity(
        entity_id=row["entity_id"],
        name=row["name"],
        state=row["state"],
        attributes=row.get("attributes", {}),
        area=row.get("area"),
        aliases=row.get("aliases", []),
    )


def home(areas: dict[str, str], entities: list[dict[str, Any]]) -> Home:
    """A home of *areas* (id: name) holding *entities*."""
    return Home.from_dict(
        {"areas": [{"id": a, "name": n} for a, n in areas.items()], "entities": entities}
    )


def device(eid: str, name: str, state: str = "off", area: str | None = None, **attrs: Any) -> Any:
    """One entity of a snapshot, its state before its room (``device("fan.attic", "Attic
    Fan", area="attic")``): the order the corpora's mechanism tests write them in."""
    row: dict[str, Any] = {"entity_id": eid, "name": name, "state": state, "attributes": attrs}
    if area is not None:
        row["area"] = area
    return row


def english_planner(
    entities: list[dict[str, Any]],
    areas: list[dict[str, Any]] | None = None,
    floors: list[dict[str, Any]] | None = None,
) -> Planner:
    """An English planner on a home of *entities*, *areas* and *floors* (snapshot rows)."""
    home = Home.from_dict({"floors": floors or [], "areas": areas or [], "entities": entities})
    return Planner(home, "en")


def acts(plan: Plan) -> list[tuple[str, list[str]]]:
    """What *plan* does, unasked: (action, sorted targets) per step."""
    assert plan.error is None, plan.error
    assert not plan.needs_confirmation
    return [(step.action, sorted(step.targets)) for step in plan.steps]


def confirmed(plan: Plan) -> list[tuple[str, list[str]]]:
    """What *plan* does once the person says yes (unlocking, opening a garage: asked first)."""
    assert plan.error is None, plan.error
    assert plan.needs_confirmation
    return [(step.action, sorted(step.targets)) for step in plan.steps]


def reads(plan: Plan) -> list[str]:
    """The entities a read-only *plan* reads."""
    assert plan.error is None, plan.error
    assert plan.steps and all(step.action == "state.get" for step in plan.steps)
    return sorted(t for step in plan.steps for t in step.targets)


def steps_of(plan: Plan) -> list[tuple[str, list[str], dict[str, Any]]]:
    """*plan*'s steps as (action, targets, service data)."""
    return [(s.action, s.targets, s.params) for s in plan.steps]
