"""Small homes for planner tests, written as a dict the way a Home Assistant snapshot reads:
an entity with its name, state, room and attributes, and a home of named rooms."""

from __future__ import annotations

from typing import Any

from app.core.home import Home


def entity(entity_id: str, name: str, area: str | None, state: str, **attributes: Any) -> Any:
    """One entity of a snapshot: *area* None leaves it in no room."""
    out: dict[str, Any] = {"entity_id": entity_id, "name": name, "state": state}
    if area is not None:
        out["area"] = area
    if attributes:
        out["attributes"] = attributes
    return out


def home(areas: dict[str, str], entities: list[dict[str, Any]]) -> Home:
    """A home of *areas* (id: name) holding *entities*."""
    return Home.from_dict(
        {"areas": [{"id": a, "name": n} for a, n in areas.items()], "entities": entities}
    )
