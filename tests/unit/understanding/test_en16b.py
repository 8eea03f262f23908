"""English of the sixteenth session for small homes (issue 12), each mechanism on a home of
its own: a kind said with a floor's word narrowed by the word said ("the mezzanine lamp"), a
heater that is off turned to heating when a room is felt cold, "all the lights" where two
lights are called just "Light", brands' model names said short ("the second lifx bulb"),
conditions fixed by a device wherever it is (heat tape, a pond's bubbler, a boot dryer, a
water heater, a tank's pump, a bathroom's own fan), a room's lock by the room's name, mopping
as the robot's work, and a one-word room said with "room" after it ("the games room")."""

from __future__ import annotations

from typing import Any

from app.core.home import Home
from app.core.plan import ErrorCode
from app.understanding import Planner
from tests.helpers.small_homes import device, steps_of


def _planner(
    entities: list[dict[str, Any]],
    areas: list[dict[str, Any]],
    floors: list[dict[str, Any]] | None = None,
) -> Planner:
    home = Home.from_dict({"floors": floors or [], "areas": areas, "entities": entities})
    return Planner(home, "en")


def _targets(planner: Planner, said: str) -> list[str]:
    plan = planner.plan(said)
    assert plan.error is None, (said, plan.error)
    return sorted(t for s in plan.steps for t in s.targets)


# --- a kind said with a floor's word ---------------------------------------------------------

_FLOORS = [
    {"id": "ground", "name": "Ground Floor", "level": 0},
    {"id": "mezz", "name": "Mezzanine", "level": 1},
]
_MEZZ_ROOMS = [
    {"id": "lounge", "name": "Lounge", "floor": "ground"},
    {"id": "den", "name": "Mezzanine Den", "floor": "mezz"},
]
_MEZZ = [
    device("light.den_lamp", "Lamp", "off", "den"),
    device("light.den_rope", "Rope Lights", "off", "den"),
    device("light.lounge_lamp", "Lamp", "off", "lounge"),
]


def test_a_floor_word_with_a_narrower_word_picks_the_light_called_so() -> None:
    planner = _planner(_MEZZ, _MEZZ_ROOMS, _FLOORS)
    assert _targets(planner, "mezzanine lamp on") == ["light.den_lamp"]


def test_a_name_that_only_holds_the_word_said_does_not_narrow_the_floor() -> None:
    """ "The lamp on the first floor" where one light there is "Living Room Lamp": every light
    of the floor, as Home Assistant reads it; only a light called just "Lamp" narrows."""
    floors = [{"id": "first", "name": "First Floor", "level": 1}]
    rooms = [
        {"id": "living", "name": "Living Room", "floor": "first"},
        {"id": "kitchen", "name": "Kitchen", "floor": "first"},
    ]
    lights = [
        device("light.living_lamp", "Living Room Lamp", "on", "living"),
        device("light.kitchen_ceiling", "Kitchen Ceiling", "on", "kitchen"),
        device("light.kitchen_counter", "Kitchen Countertop", "on", "kitchen"),
    ]
    planner = _planner(lights, rooms, floors)
    for said in ("turn off the lamp in the first floor", "turn off the lamp on the first floor"):
        assert _targets(planner, said) == [
            "light.kitchen_ceiling",
            "light.kitchen_counter",
            "light.living_lamp",
        ]


def test_a_floor_word_with_the_plain_plural_keeps_every_light_there() -> None:
    planner = _planner(_MEZZ, _MEZZ_ROOMS, _FLOORS)
    assert _targets(planner, "turn on the mezzanine lights") == [
        "light.den_lamp",
        "light.den_rope",
    ]


# --- a heater that is off, felt cold ---------------------------------------------------------

_STUDIO_ROOMS = [{"id": "studio", "name": "Studio"}, {"id": "office", "name": "Office"}]


def _heater(state: str) -> Any:
    return device(
        "climate.studio_heater",
        "Studio Heater",
        state,
        "studio",
        hvac_modes=["off", "heat"],
        temperature=17,
        current_temperature=9,
        min_temp=5,
        max_temp=30,
    )


def test_a_cold_room_turns_its_heater_that_is_off_to_heating() -> None:
    planner = _planner([_heater("off")], _STUDIO_ROOMS)
    plan = planner.plan("it's nippy in the studio")
    assert [(a, t) for a, t, _ in steps_of(plan)] == [
        ("climate.set_temperature", ["climate.studio_heater"])
    ]
    assert plan.steps[0].params.get("hvac_mode") == "heat"


def test_a_heater_already_heating_only_gets_warmer() -> None:
    planner = _planner([_heater("heat")], _STUDIO_ROOMS)
    plan = planner.plan("it's nippy in the studio")
    assert [s.action for s in plan.steps] == ["climate.set_temperature"]
    assert "hvac_mode" not in plan.steps[0].params
    assert plan.steps[0].params["temperature"] > 17


# --- "all the lights" where lights are called "Light" ----------------------------------------


def test_all_the_lights_reaches_lights_not_called_light() -> None:
    rooms = [{"id": "front", "name": "Front Room"}, {"id": "back", "name": "Back Room"}]
    lights = [
        device("light.front", "Light", "on", "front"),
        device("light.back", "Light", "on", "back"),
        device("light.porch", "Porch Lantern", "on", "front"),
    ]
    planner = _planner(lights, rooms)
    plan = planner.plan("switch off all the lights")
    assert steps_of(plan) == [("light.turn_off", ["light.front", "light.back", "light.porch"], {})]


# --- a brand's model name said short ---------------------------------------------------------

_BULB_ROOMS = [{"id": "den", "name": "Den"}, {"id": "nook", "name": "Nook"}]
_BULBS = [
    device("light.lifx_1", "LIFX Color Bulb 1", "off", "den", supported_color_modes=["hs"]),
    device("light.lifx_2", "LIFX Color Bulb 2", "off", "nook", supported_color_modes=["hs"]),
    device("light.reading", "Reading Lamp", "off", "den"),
]


def test_an_order_word_says_the_number_of_a_model_name() -> None:
    planner = _planner(_BULBS, _BULB_ROOMS)
    assert _targets(planner, "switch on the second lifx bulb") == ["light.lifx_2"]
    assert _targets(planner, "turn on the first lifx bulb") == ["light.lifx_1"]


def test_a_model_name_without_its_model_word_names_the_device() -> None:
    planner = _planner(_BULBS, _BULB_ROOMS)
    assert _targets(planner, "make lifx bulb 1 blue") == ["light.lifx_1"]


def test_a_model_name_without_its_number_asks_which_of_them() -> None:
    planner = _planner(_BULBS, _BULB_ROOMS)
    plan = planner.plan("turn on the lifx bulb")
    assert not plan.steps
    assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS
    assert "LIFX Color Bulb 1" in (plan.reply or "") and "Reading Lamp" not in (plan.reply or "")


def test_a_model_name_without_its_number_in_a_room_said_is_the_one_there() -> None:
    planner = _planner(_BULBS, _BULB_ROOMS)
    assert _targets(planner, "turn on the lifx bulb in the nook") == ["light.lifx_2"]


# --- conditions fixed by a device wherever it is ---------------------------------------------

_FARM_ROOMS = [
    {"id": "cellar", "name": "Cellar"},
    {"id": "jetty", "name": "Jetty"},
    {"id": "porch", "name": "Back Porch"},
    {"id": "washroom", "name": "Washroom"},
    {"id": "scullery", "name": "Scullery"},
]
_FARM = [
    device("switch.pipe_tape", "Pipe Heat Tape", "off", "cellar"),
    device("switch.pond_bubbler", "Pond Bubbler", "off", "jetty"),
    device("switch.glove_dryer", "Glove Dryer", "off", "porch"),
    device("switch.geyser", "Geyser", "off", "washroom"),
    device("switch.borewell", "Borewell Pump", "off", "scullery"),
    device("fan.washroom", "Fan", "off", "washroom"),
    device("light.scullery", "Scullery Light", "off", "scullery"),
]


def test_pipes_that_may_freeze_turn_on_the_heat_tape_wherever_they_are() -> None:
    planner = _planner(_FARM, _FARM_ROOMS)
    for said in (
        "the pipes under the shed might freeze tonight",
        "the pipes in the cellar are freezing",
    ):
        assert steps_of(planner.plan(said)) == [("switch.turn_on", ["switch.pipe_tape"], {})], said


def test_open_water_icing_over_turns_on_the_bubbler() -> None:
    planner = _planner(_FARM, _FARM_ROOMS)
    assert _targets(planner, "the pond is going to ice over by the jetty") == [
        "switch.pond_bubbler"
    ]


def test_feeling_cold_by_the_water_is_no_bubbler() -> None:
    planner = _planner(_FARM, _FARM_ROOMS)
    plan = planner.plan("it's freezing on the jetty")
    assert "switch.pond_bubbler" not in [t for s in plan.steps for t in s.targets]


def test_wet_gloves_turn_on_their_dryer() -> None:
    planner = _planner(_FARM, _FARM_ROOMS)
    assert _targets(planner, "my gloves are wet through") == ["switch.glove_dryer"]


def test_no_hot_water_turns_on_the_water_heater() -> None:
    planner = _planner(_FARM, _FARM_ROOMS)
    for said in ("we've got no hot water", "i need to have a shower, is the water warm"):
        assert _targets(planner, said) == ["switch.geyser"], said


def test_a_tank_running_dry_turns_on_its_pump() -> None:
    planner = _planner(_FARM, _FARM_ROOMS)
    assert _targets(planner, "the water tank is running dry") == ["switch.borewell"]


def test_a_steamy_bathroom_turns_on_its_own_fan() -> None:
    planner = _planner(_FARM, _FARM_ROOMS)
    assert _targets(planner, "the washroom is all steamed up") == ["fan.washroom"]


# --- sentence rules: a room's lock, mopping, a fan swinging in a room --------------------------

_COTTAGE_ROOMS = [
    {"id": "annex", "name": "Annex"},
    {"id": "games", "name": "Games"},
    {"id": "hall", "name": "Hall"},
]
_COTTAGE = [
    device("lock.annex_door", "Annex Door", "unlocked", "annex"),
    device("lock.hall_door", "Hall Door", "unlocked", "hall"),
    device("vacuum.mopbot", "Mopbot", "docked", "hall"),
    device("fan.games_fan", "Fan", "on", "games", oscillating=False, supported_features=2),
    device("fan.hall_fan", "Fan", "on", "hall", oscillating=False, supported_features=2),
]


def test_a_room_said_after_lock_locks_the_lock_in_that_room() -> None:
    planner = _planner(_COTTAGE, _COTTAGE_ROOMS)
    assert steps_of(planner.plan("lock the annex")) == [("lock.lock", ["lock.annex_door"], {})]


def test_mopping_starts_the_robot() -> None:
    planner = _planner(_COTTAGE, _COTTAGE_ROOMS)
    for said in ("start mopping", "mop the floors"):
        assert steps_of(planner.plan(said)) == [("vacuum.start", ["vacuum.mopbot"], {})], said


def test_a_one_word_room_said_with_room_after_it() -> None:
    planner = _planner(_COTTAGE, _COTTAGE_ROOMS)
    plan = planner.plan("make the fan in the games room swing side to side")
    assert steps_of(plan) == [("fan.oscillate", ["fan.games_fan"], {"oscillating": True})]


# --- a long time away, a step said twice -----------------------------------------

_YARD_ROOMS = [{"id": "yard", "name": "Yard"}, {"id": "cellar", "name": "Cellar"}]
_YARD = [
    device("switch.soaker", "Soaker Line", "off", "yard"),
    device("input_boolean.holiday", "Holiday Mode", "off"),
    device("valve.stopcock", "Stopcock", "open", "cellar", device_class="water"),
    device("light.cellar", "Cellar Light", "off", "cellar"),
]


def test_going_away_for_weeks_turns_on_the_holiday_mode() -> None:
    planner = _planner(_YARD, _YARD_ROOMS)
    assert steps_of(planner.plan("we're off for a fortnight")) == [
        ("input_boolean.turn_on", ["input_boolean.holiday"], {})
    ]


def test_a_step_two_clauses_ask_for_is_planned_once() -> None:
    planner = _planner(_YARD, _YARD_ROOMS)
    plan = planner.plan("turn on the cellar light and switch the cellar light on")
    assert steps_of(plan) == [("light.turn_on", ["light.cellar"], {})]
