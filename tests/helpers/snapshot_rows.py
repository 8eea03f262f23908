"""Rows of a home snapshot for tests that build their own small home with ``Home.from_dict``."""

from __future__ import annotations

from typing import Any


def entity_row(
    entity_id: str, name: str, state: str, area: str | None = None, **attributes: Any
) -> dict[str, Any]:
    """A snapshot's entity: its id, name and state, the area when it has one and the
    attributes when given."""
    row: dict[str, Any] = {"entity_id": entity_id, "name": name, "state": state}
    if area:
        row["area"] = area
    if attributes:
        row["attributes"] = attributes
    return row
