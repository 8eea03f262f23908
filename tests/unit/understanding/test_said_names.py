"""Names as people say them (issue 12): model names shortened to a run of their words ("the
shelly plug", "the lightstrip"), names with their numbers in words ("hue go one"), without
their apostrophes ("mums light"), with the word for their kind after them ("the vanity
light"), compounds written apart or joined ("the light strip", "the nightlight"); and a
colour asked of a light that cannot show one, which is said and never sent."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.home import Home
from app.core.plan import ErrorCode
from app.understanding import Planner

_COLOUR = {"supported_color_modes": ["hs", "color_temp"], "color_mode": "hs"}
_DIMMABLE = {"supported_color_modes": ["brightness"], "color_mode": "brightness"}


def _light(entity_id: str, name: str, area: str, **attributes: Any) -> dict[str, Any]:
    return {
        "entity_id": entity_id,
        "name": name,
        "area": area,
        "state": "off",
        "attributes": attributes,
    }


HOME = Home.from_dict(
    {
        "areas": [
            {"id": "main", "name": "Main Room"},
            {"id": "kitchenette", "name": "Kitchenette"},
            {"id": "bath", "name": "Bathroom"},
            {"id": "kids", "name": "Kids Bedroom"},
            {"id": "master", "name": "Master Bedroom"},
            {"id": "hall", "name": "Hall"},
        ],
        "entities": [
            _light("light.hue_go_1", "Hue Go 1", "main", **_COLOUR),
            _light("light.hue_go_2", "Hue Go 2", "main", **_COLOUR),
            _light("light.strip", "Hue lightstrip plus 1", "kitchenette", **_COLOUR),
            _light("light.tradfri", "TRADFRI bulb E27 WS opal 1000lm", "main", **_DIMMABLE),
            _light("light.vanity", "Vanity", "bath", **_DIMMABLE),
            _light("light.mum", "Mum's Reading Light", "master", **_DIMMABLE),
            _light("light.kids", "Kids Bedroom", "kids", **_DIMMABLE),
            _light("light.master_lamp", "Lamp", "master", **_DIMMABLE),
            _light("light.night", "Night Light", "hall", **_DIMMABLE),
            {"entity_id": "switch.plug", "name": "Shelly Plug S", "area": "main", "state": "off"},
            {"entity_id": "switch.kettle", "name": "Kettle", "area": "kitchenette", "state": "off"},
        ],
    }
)


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(HOME, "en")


def _steps(planner: Planner, text: str) -> list[tuple[str, list[str], dict[str, Any]]]:
    return [(s.action, s.targets, s.params) for s in planner.plan(text).steps]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("turn on the shelly plug", "switch.plug"),
        ("turn on the lightstrip", "light.strip"),
        ("turn on the light strip", "light.strip"),
        ("turn off the tradfri bulb", "light.tradfri"),
        ("hue go one on", "light.hue_go_1"),
        ("turn on hue go two", "light.hue_go_2"),
        ("mums light on", "light.mum"),
        ("turn on the nightlight", "light.night"),
    ],
)
def test_a_name_as_people_say_it(planner: Planner, text: str, target: str) -> None:
    [(action, targets, _)] = _steps(planner, text)
    assert (action.split(".")[1], targets) == ("turn_on" if " on" in text else "turn_off", [target])


def test_the_word_for_its_kind_after_a_name(planner: Planner) -> None:
    assert _steps(planner, "vanity light 60%") == [
        ("light.turn_on", ["light.vanity"], {"brightness_pct": 60})
    ]


def test_a_run_two_devices_share_names_neither(planner: Planner) -> None:
    """ "Hue go" is in Hue Go 1 and Hue Go 2: it is not read as either one."""
    plan = planner.plan("turn on the hue go")
    assert [t for s in plan.steps for t in s.targets] not in (
        ["light.hue_go_1"],
        ["light.hue_go_2"],
    )


def test_a_run_of_room_words_is_no_device(planner: Planner) -> None:
    """ "Bedroom" is a word of two rooms' names: "the bedroom lamp" is not the light named
    after the kids' bedroom."""
    for step in planner.plan("bedroom lamp on").steps:
        assert step.targets != ["light.kids"]


def test_a_colour_on_a_light_without_colours_is_refused(planner: Planner) -> None:
    plan = planner.plan("make the vanity purple")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code is ErrorCode.UNSUPPORTED
    assert plan.reply == "Vanity can't change colour."


def test_a_colour_for_a_room_goes_to_the_lights_that_show_one(planner: Planner) -> None:
    assert _steps(planner, "set the lights in the main room to blue") == [
        ("light.turn_on", ["light.hue_go_1", "light.hue_go_2"], {"color_name": "blue"})
    ]


def test_a_kind_said_with_a_modifier_is_not_a_device_named_otherwise() -> None:
    """ "The ceiling fan" in a home whose one fan is the Desk Fan is no sure reading of it
    (confirmed or not understood, never run unasked); a fan named after its room may be."""
    desk = Home.from_dict(
        {
            "areas": [{"id": "den", "name": "Den"}],
            "entities": [{"entity_id": "fan.desk", "name": "Desk Fan", "area": "den"}],
        }
    )
    plan = Planner(desk, "en").plan("turn on the ceiling fan")
    assert not plan.steps or plan.needs_confirmation
    room = Home.from_dict(
        {
            "areas": [{"id": "den", "name": "Den"}],
            "entities": [{"entity_id": "fan.den", "name": "Den Fan", "area": "den"}],
        }
    )
    plan = Planner(room, "en").plan("turn on the ceiling fan")
    assert [(s.action, s.targets) for s in plan.steps] == [("fan.turn_on", ["fan.den"])]
    assert not plan.needs_confirmation


def test_a_word_two_rooms_end_in_narrows_to_the_one_with_that_device() -> None:
    """ "The blinds in the bedroom" with a Master Bedroom and a Kids Bedroom, only one with
    blinds: those; with blinds in both, the planner asks."""
    areas = [
        {"id": "master", "name": "Master Bedroom"},
        {"id": "kids", "name": "Kids Bedroom"},
        {"id": "front", "name": "Front Room"},
    ]

    def blinds(*rooms: str) -> Home:
        return Home.from_dict(
            {
                "areas": areas,
                "entities": [
                    {"entity_id": f"cover.{room}", "name": "Blinds", "area": room, "state": "open"}
                    for room in rooms
                ],
            }
        )

    for text in ("close the blinds in the bedroom", "close the bedroom blinds"):
        plan = Planner(blinds("master", "front"), "en").plan(text)
        assert [(s.action, s.targets) for s in plan.steps] == [
            ("cover.close_cover", ["cover.master"])
        ]
        plan = Planner(blinds("master", "kids", "front"), "en").plan(text)
        assert plan.steps == [] and plan.error is not None


def test_a_plural_compound_said_apart() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "lounge", "name": "Lounge"}],
            "entities": [{"entity_id": "light.down", "name": "Downlights", "area": "lounge"}],
        }
    )
    plan = Planner(home, "en").plan("turn on the down lights in the lounge")
    assert [(s.action, s.targets) for s in plan.steps] == [("light.turn_on", ["light.down"])]
