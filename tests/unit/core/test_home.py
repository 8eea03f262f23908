"""The home model: rooms given to entities whose source gave them none."""

from __future__ import annotations

from app.core.home import Home


def test_an_entity_without_an_area_is_in_the_room_its_name_starts_with() -> None:
    home = Home.from_dict(
        {
            "areas": [
                {"id": "kitchen", "name": "Kitchen"},
                {"id": "bunk", "name": "Bunk Room", "aliases": ["Kids Room"]},
                {"id": "room", "name": "Room"},
            ],
            "entities": [
                {"entity_id": "light.pendants", "name": "Kitchen Pendants", "state": "off"},
                {"entity_id": "light.bunk", "name": "Kids Room Light", "state": "off"},
                {"entity_id": "light.kitchen", "name": "Kitchen", "state": "off"},
                {"entity_id": "light.sofa", "name": "Sofa Lamp", "state": "off"},
                {"entity_id": "light.hob", "name": "Kitchen Hob", "area": "room", "state": "off"},
            ],
        }
    )
    placed = {e.entity_id: (e.area, e.area_from_name) for e in home.entities.values()}
    assert placed == {
        "light.pendants": ("kitchen", True),
        "light.bunk": ("bunk", True),  # by the room's alias, the longest that fits
        "light.kitchen": ("kitchen", True),
        "light.sofa": (None, False),
        "light.hob": ("room", False),  # an area given is kept
    }
    # A snapshot keeps what the source said: no area for the ones placed by name.
    saved = {e["entity_id"]: e.get("area") for e in home.to_dict()["entities"]}
    assert saved["light.pendants"] is None and saved["light.hob"] == "room"
    assert [e.entity_id for e in home.entities_in_area("kitchen")] == [
        "light.pendants",
        "light.kitchen",
    ]
