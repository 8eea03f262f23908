"""Which device a sentence means: the room named, else this computer's room, else a question;
kinds of device named by what they do; thermostats by room, in the home's unit.

Every sentence runs through the whole local planner on a small home with the traps real homes
have: two "Lamp"s and three "Ceiling Light"s in different rooms, two "Fan"s that are not the
bathroom's, a light named after its room, a °F thermostat aliased "heat" in the hall beside a
room's own, sprinklers that are switches named "Zone" or "Drip", a water main beside a garden
tap, a robot vacuum docked in the hall.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import ErrorCode, Plan
from app.understanding import Planner
from tests.helpers.small_homes import entity

_F = {"temperature_unit": "°F", "min_temp": 45, "max_temp": 95, "supported_features": 385}


def _home(*more: dict[str, Any], garden_name: str = "Vegetable Garden") -> Home:
    return Home.from_dict(
        {
            "name": "Test ranch",
            "floors": [
                {"id": "main", "name": "Main Floor"},
                {"id": "up", "name": "Upstairs", "aliases": ["upper floor"]},
                {"id": "basement", "name": "Basement"},
            ],
            "areas": [
                {"id": "kitchen", "name": "Kitchen", "floor": "main"},
                {"id": "study", "name": "Study", "floor": "main", "aliases": ["office"]},
                {"id": "hall", "name": "Hall", "floor": "main"},
                {
                    "id": "primary_bedroom",
                    "name": "Primary Bedroom",
                    "floor": "main",
                    "aliases": ["master bedroom"],
                },
                {"id": "kids_room", "name": "Kids' Room", "floor": "up"},
                {"id": "bathroom", "name": "Bathroom", "floor": "up"},
                {"id": "den", "name": "Den", "floor": "up"},
                {"id": "nursery", "name": "Nursery", "floor": "up"},
                {"id": "rec_room", "name": "Rec Room", "floor": "basement"},
                {"id": "utility", "name": "Utility Room", "floor": "basement"},
                {
                    "id": "garden",
                    "name": garden_name,
                    "aliases": ["veggie garden"] if garden_name == "Vegetable Garden" else [],
                },
                {"id": "front_yard", "name": "Front Yard"},
            ],
            "entities": [
                entity("light.study_lamp", "Lamp", "study"),
                entity("light.bedroom_lamp", "Lamp", "primary_bedroom"),
                entity("light.office_light", "Office Light", "study"),
                entity("light.kitchen", "Kitchen", "kitchen", "on"),
                entity("light.bedroom_ceiling", "Ceiling Light", "primary_bedroom"),
                entity("light.hall_ceiling", "Ceiling Light", "hall"),
                entity("light.kids_ceiling", "Ceiling Light", "kids_room"),
                entity("light.bedside_left", "Bedside Lamp Left", "primary_bedroom"),
                entity("light.bedside_right", "Bedside Lamp Right", "primary_bedroom"),
                entity("fan.bathroom", "Extractor Fan", "bathroom", supported_features=49),
                entity("fan.den", "Fan", "den", supported_features=51),
                entity("fan.nursery", "Fan", "nursery", supported_features=51),
                entity("switch.kettle", "Kettle", "kitchen", device_class="outlet"),
                entity("switch.desk_plug", "Desk Plug", "study", device_class="outlet"),
                entity(
                    "switch.space_heater", "Space Heater", "primary_bedroom", device_class="outlet"
                ),
                entity("switch.fireplace", "Electric Fire", "den", aliases=["the fire"]),
                entity("switch.garden_sprinkler", "Garden Sprinkler", "garden"),
                entity("switch.front_lawn", "Front Lawn Zone", "front_yard"),
                entity("switch.fountain", "Bird Bath Fountain", "garden", "on"),
                entity("switch.pond_pump", "Pond Pump", "garden", "on"),
                entity(
                    "valve.main_water",
                    "Main Water Valve",
                    "utility",
                    "open",
                    device_class="water",
                    supported_features=3,
                ),
                entity(
                    "valve.garden_tap",
                    "Outside Tap",
                    "garden",
                    "open",
                    device_class="water",
                    supported_features=3,
                ),
                entity("vacuum.robo", "Robo", "hall", "docked", supported_features=8764),
                entity(
                    "climate.thermostat",
                    "Thermostat",
                    "hall",
                    "heat",
                    aliases=["heat"],
                    temperature=68,
                    hvac_modes=["off", "heat", "cool"],
                    **_F,
                ),
                entity(
                    "climate.rec_room",
                    "Mini Split",
                    "rec_room",
                    "off",
                    temperature=65,
                    hvac_modes=["off", "heat", "cool"],
                    **_F,
                ),
                entity(
                    "climate.den_radiator",
                    "Den Radiator",
                    "den",
                    "heat",
                    temperature=64,
                    hvac_modes=["off", "heat"],
                    **_F,
                ),
                entity(
                    "media_player.kitchen_display",
                    "Kitchen Display",
                    "kitchen",
                    "paused",
                    device_class="speaker",
                ),
                *more,
            ],
        }
    )


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(_home(), "en")


def steps(plan: Plan) -> list[tuple[str, list[str], dict[str, Any]]]:
    return [(s.action, sorted(s.targets), s.params) for s in plan.steps]


def changed(plan: Plan) -> set[str]:
    """Every entity a plan would change."""
    return {t for s in plan.steps if not s.read_only for t in s.targets}


# -- this computer's room decides ------------------------------------------------------------


def test_a_name_in_two_rooms_is_the_one_in_this_computers_room(planner: Planner) -> None:
    plan = planner.plan("turn on the lamp", area="study")
    assert steps(plan) == [("light.turn_on", ["light.study_lamp"], {})]


def test_a_name_in_two_rooms_said_elsewhere_is_asked_back(planner: Planner) -> None:
    # The kitchen's light is no lamp: "the lamp" said there is still one of the two Lamps.
    for area in (None, "kitchen"):
        plan = planner.plan("turn on the lamp", area=area)
        assert plan.steps == []
        assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS
        assert plan.reply is not None and "Study" in plan.reply and "Primary Bedroom" in plan.reply


def test_a_name_said_here_is_the_device_here_whose_name_holds_it(planner: Planner) -> None:
    # The Fans are in the den and the nursery; said in the bathroom: its Extractor Fan.
    assert steps(planner.plan("turn on the fan", area="bathroom")) == [
        ("fan.turn_on", ["fan.bathroom"], {})
    ]
    # A device here called just that still comes first (not the bedside lamps).
    assert steps(planner.plan("turn on the lamp", area="primary_bedroom")) == [
        ("light.turn_on", ["light.bedroom_lamp"], {})
    ]


def test_the_room_named_wins_over_this_computers_room(planner: Planner) -> None:
    plan = planner.plan("turn on the study lamp", area="primary_bedroom")
    assert steps(plan) == [("light.turn_on", ["light.study_lamp"], {})]
    plan = planner.plan("turn on the lamp in the study", area="primary_bedroom")
    assert steps(plan) == [("light.turn_on", ["light.study_lamp"], {})]


def test_a_name_said_with_another_room_never_touches_the_devices_so_called(
    planner: Planner,
) -> None:
    # Only the den and the nursery have a "Fan"; the bathroom's is the Extractor Fan.
    plan = planner.plan("turn on the fan in the bathroom")
    assert steps(plan) == [("fan.turn_on", ["fan.bathroom"], {})]
    # No kettle in the bedroom and "kettle" is no kind: nothing, and the reply says so.
    plan = planner.plan("turn on the kettle in the den")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code is ErrorCode.NO_TARGET
    assert plan.reply == "There's no Kettle in the Den."


def test_a_room_said_by_the_last_word_of_its_name(planner: Planner) -> None:
    # "bedroom" is the Primary Bedroom: no other room's name ends in it.
    assert steps(planner.plan("bedroom ceiling light on")) == [
        ("light.turn_on", ["light.bedroom_ceiling"], {})
    ]
    assert steps(planner.plan("turn off the ceiling light in the bedroom")) == [
        ("light.turn_off", ["light.bedroom_ceiling"], {})
    ]
    # "room" says nothing about which room.
    assert planner.plan("turn on the room ceiling light").steps == []


def test_an_owner_and_a_qualifier_said_first(planner: Planner) -> None:
    for text in ("kids' ceiling light on", "turn on the kids ceiling light", "kids' light on"):
        assert steps(planner.plan(text)) == [("light.turn_on", ["light.kids_ceiling"], {})], text
    assert steps(planner.plan("switch on the left bedside lamp")) == [
        ("light.turn_on", ["light.bedside_left"], {})
    ]


def test_a_device_named_after_its_room(planner: Planner) -> None:
    assert steps(planner.plan("turn off the kitchen light")) == [
        ("light.turn_off", ["light.kitchen"], {})
    ]
    assert steps(planner.plan("turn on the office light")) == [
        ("light.turn_on", ["light.office_light"], {})
    ]


# -- kinds named by what they do -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("water the garden", [("switch.turn_on", ["switch.garden_sprinkler"], {})]),
        ("water the veggie garden", [("switch.turn_on", ["switch.garden_sprinkler"], {})]),
        (
            "sprinkler on in the veggie garden",
            [("switch.turn_on", ["switch.garden_sprinkler"], {})],
        ),
        ("water the front lawn", [("switch.turn_on", ["switch.front_lawn"], {})]),
        ("stop watering the garden", [("switch.turn_off", ["switch.garden_sprinkler"], {})]),
        ("shut off the water", [("valve.close_valve", ["valve.main_water"], {})]),
        ("turn the fountain off", [("switch.turn_off", ["switch.fountain"], {})]),
        ("turn off the pump", [("switch.turn_off", ["switch.pond_pump"], {})]),
        ("plug in the space heater", [("switch.turn_on", ["switch.space_heater"], {})]),
        ("start a fire", [("switch.turn_on", ["switch.fireplace"], {})]),
    ],
)
def test_kinds_by_what_they_do(planner: Planner, text: str, expected: list[Any]) -> None:
    assert steps(planner.plan(text)) == expected


def test_the_plug_here_and_the_plugs_of_a_room(planner: Planner) -> None:
    assert steps(planner.plan("turn off the plug", area="study")) == [
        ("switch.turn_off", ["switch.desk_plug"], {})
    ]
    plan = planner.plan("turn off the plug")  # three plugs, none here: which?
    assert plan.steps == [] and plan.error is not None
    assert plan.error.code is ErrorCode.AMBIGUOUS


def test_water_where_no_sprinkler_is_asks_nothing_of_the_others(planner: Planner) -> None:
    plan = planner.plan("water the roof")
    assert plan.steps == []
    assert plan.reply is not None and "Garden Sprinkler" in plan.reply


def test_water_the_garden_by_name_where_no_room_is_called_garden() -> None:
    drip = entity("switch.garden_drip", "Garden Drip", "front_yard")
    planner = Planner(_home(drip, garden_name="Allotment"), "en")
    plan = planner.plan("water the garden")
    # The sprinklers whose names say "garden"; never the tap, the fountain or the lawn.
    assert steps(plan) == [
        ("switch.turn_on", ["switch.garden_drip", "switch.garden_sprinkler"], {})
    ]
    assert steps(planner.plan("water the allotment")) == [
        ("switch.turn_on", ["switch.garden_sprinkler"], {})
    ]


def test_a_question_about_a_kind_never_acts(planner: Planner) -> None:
    for text in ("is the irrigation running?", "is the water on?", "is the sprinkler on?"):
        assert changed(planner.plan(text)) == set(), text


def test_robot_vacuum(planner: Planner) -> None:
    plan = planner.plan("vacuum the hallway")  # no such room: not a command for the hall
    assert changed(plan) == set()
    plan = planner.plan("vacuum the kitchen")
    assert steps(plan) == [("vacuum.start", ["vacuum.robo"], {})]
    assert plan.reply == "Robo can't clean just the Kitchen, so it cleans everywhere."
    assert steps(planner.plan("hoover the house")) == [("vacuum.start", ["vacuum.robo"], {})]
    for text in ("dock the robot", "send the vacuum home"):
        assert steps(planner.plan(text)) == [("vacuum.return_to_base", ["vacuum.robo"], {})]
    assert steps(planner.plan("pause the vacuum")) == [("vacuum.pause", ["vacuum.robo"], {})]


def test_a_vacuum_that_knows_the_rooms_cleans_just_that_one() -> None:
    mapped = Home.from_dict(
        {
            "areas": [{"id": "hall", "name": "Hall"}, {"id": "kitchen", "name": "Kitchen"}],
            "entities": [
                entity(
                    "vacuum.robo",
                    "Robo",
                    "hall",
                    "docked",
                    supported_features=8764 | 256,
                    rooms={"Kitchen": 17, "Hall": 18},
                )
            ],
        }
    )
    plan = Planner(mapped, "en").plan("vacuum the kitchen")
    assert steps(plan) == [
        ("vacuum.send_command", ["vacuum.robo"], {"command": "app_segment_clean", "params": [17]})
    ]


# -- thermostats by room ---------------------------------------------------------------------


def test_heat_a_room_is_that_rooms_thermostat_in_heat_mode(planner: Planner) -> None:
    plan = planner.plan("heat the rec room to 68")
    # The hall thermostat is aliased "heat": it must not be the one set.
    assert steps(plan) == [
        ("climate.set_temperature", ["climate.rec_room"], {"temperature": 68, "hvac_mode": "heat"})
    ]


def test_temperatures_by_room_and_floor(planner: Planner) -> None:
    cases = {
        "warm the den up to 70": ("climate.den_radiator", {"temperature": 70}),
        "den to 66 degrees": ("climate.den_radiator", {"temperature": 66}),
        "set the basement to 70 degrees": ("climate.rec_room", {"temperature": 70}),
        # The Kitchen has none: the main floor's only one, the house thermostat, heats it.
        "set the kitchen to 70 degrees": ("climate.thermostat", {"temperature": 70}),
    }
    for text, (entity_id, params) in cases.items():
        assert steps(planner.plan(text)) == [("climate.set_temperature", [entity_id], params)], text


def test_a_temperature_in_the_other_unit_is_converted(planner: Planner) -> None:
    plan = planner.plan("19 degrees celsius in the den")
    assert steps(plan) == [
        ("climate.set_temperature", ["climate.den_radiator"], {"temperature": 66})
    ]


def test_a_bare_temperature_is_the_thermostat_here_or_the_main_one(planner: Planner) -> None:
    assert steps(planner.plan("72° please", area="den")) == [
        ("climate.set_temperature", ["climate.den_radiator"], {"temperature": 72})
    ]
    # Said in the kitchen (no thermostat there): the house thermostat, not the radiator.
    assert steps(planner.plan("72 degrees please", area="kitchen")) == [
        ("climate.set_temperature", ["climate.thermostat"], {"temperature": 72})
    ]


def test_a_room_without_a_thermostat_is_never_another_rooms(planner: Planner) -> None:
    # The Kids' Room has none, and the Den's radiator upstairs does not heat it.
    plan = planner.plan("kids' room to 67 degrees")
    assert plan.steps == []
    assert plan.reply == "I couldn't find a thermostat in the Kids' Room."


def test_several_radiators_and_no_main_one_are_asked_back() -> None:
    radiator = {"temperature_unit": "°C", "temperature": 19, "supported_features": 385}
    home = Home.from_dict(
        {
            "areas": [{"id": "a", "name": "Lounge"}, {"id": "b", "name": "Snug"}],
            "entities": [
                entity("climate.a", "Lounge Radiator", "a", "heat", **radiator),
                entity("climate.b", "Snug Radiator", "b", "heat", **radiator),
            ],
        }
    )
    planner = Planner(home, "en")
    plan = planner.plan("set the temperature to 20")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS
    assert planner.plan("21.5° please").steps == []
    assert steps(planner.plan("21.5° please", area="b")) == [
        ("climate.set_temperature", ["climate.b"], {"temperature": 21.5})
    ]


def test_a_follow_up_temperature_is_the_thermostat_talked_about(planner: Planner) -> None:
    conversation = Conversation("c")
    planner.plan("heat the rec room to 68", conversation=conversation)
    assert steps(planner.plan("make it 70 degrees", conversation=conversation)) == [
        ("climate.set_temperature", ["climate.rec_room"], {"temperature": 70})
    ]


def test_feeling_cold_warms_the_thermostat_meant_by_one_degree(planner: Planner) -> None:
    # Said in the den: its radiator; said nowhere: the house thermostat, not the radiator.
    assert steps(planner.plan("I'm cold", area="den")) == [
        ("climate.set_temperature", ["climate.den_radiator"], {"temperature": 65})
    ]
    assert steps(planner.plan("it's boiling in here")) == [
        ("climate.set_temperature", ["climate.thermostat"], {"temperature": 67})
    ]
    # The Kitchen has none: the main floor's thermostat heats it.
    assert steps(planner.plan("it's chilly in here", area="kitchen")) == [
        ("climate.set_temperature", ["climate.thermostat"], {"temperature": 69})
    ]
    # The Kids' Room has none and the den's radiator is not its floor's thermostat: the
    # home's main thermostat, never the den's radiator.
    assert steps(planner.plan("I'm freezing", area="kids_room")) == [
        ("climate.set_temperature", ["climate.thermostat"], {"temperature": 69})
    ]


def test_a_kind_in_a_room_named_is_every_such_device_there() -> None:
    # A device called just "Light" elsewhere never makes "light off in the kitchen" a question.
    home = Home.from_dict(
        {
            "areas": [{"id": "kitchen", "name": "Kitchen"}, {"id": "shed", "name": "Shed"}],
            "entities": [
                entity("light.counter", "Kitchen Counter", "kitchen", "on"),
                entity("light.ceiling", "Kitchen Ceiling", "kitchen", "on"),
                entity("light.shed", "Light", "shed", "on"),
                entity("sensor.pipes", "Pipes", "kitchen", "4", device_class="temperature"),
                entity("valve.gas", "Gas Valve", "kitchen", "open", device_class="gas"),
            ],
        }
    )
    planner = Planner(home, "en")
    for text in ("light off in the kitchen", "turn off the light in the kitchen"):
        assert steps(planner.plan(text)) == [
            ("light.turn_off", ["light.ceiling", "light.counter"], {})
        ], text
    # A gas valve but no water valve: "water" is no kind of device of this home.
    assert "water" not in planner.vocab.kinds_by_word
    assert "I couldn't find" not in (planner.plan("are the water pipes cold?").reply or "")


def test_verbs_for_what_a_device_does() -> None:
    awning = entity("cover.awning", "Awning", "front_yard", "closed", device_class="awning")
    planner = Planner(_home(awning), "en")
    for text in ("put the awning out", "extend the awning"):
        assert steps(planner.plan(text)) == [("cover.open_cover", ["cover.awning"], {})], text
    assert steps(planner.plan("retract the awning")) == [
        ("cover.close_cover", ["cover.awning"], {})
    ]
    assert steps(planner.plan("make me a cup of tea")) == [
        ("switch.turn_on", ["switch.kettle"], {})
    ]
    # No coffee machine: nothing else is switched on for it.
    plan = planner.plan("make me a coffee")
    assert plan.steps == [] and plan.error is not None
    # Stuffy: the fan here; said where there is none, a question, never every fan.
    assert steps(planner.plan("it's stuffy in here", area="bathroom")) == [
        ("fan.turn_on", ["fan.bathroom"], {})
    ]
    plan = planner.plan("it's stuffy in here", area="kitchen")
    assert plan.steps == [] and plan.error is not None
    assert plan.error.code is ErrorCode.AMBIGUOUS
