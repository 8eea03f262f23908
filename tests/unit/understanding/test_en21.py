"""English device commands of the twenty-first session (issue 12), each mechanism on a small
home of its own: a room's lamp said with the room's word is the light whose name holds
"lamp", not the light named after the room; a place warmed or cooled by an amount; a
to-do item typed between quotation marks; a model numbered once said without its number
("the hue go"); a room called by the word before its kind ("the master fan"); a screen got
going; "hey" before a request."""

from __future__ import annotations

from typing import Any

from app.core.context import Conversation
from app.core.plan import ErrorCode
from tests.helpers.small_homes import acts, device, english_planner, entity, steps_of


def dimmable(eid: str, name: str, area: str, state: str = "off") -> Any:
    return device(
        eid,
        name,
        state,
        area,
        brightness=128 if state == "on" else None,
        supported_color_modes=["brightness"],
        color_mode="brightness" if state == "on" else None,
    )


def lounge_planner() -> Any:
    return english_planner(
        [
            dimmable("light.living_room", "Living Room", "living_room"),
            dimmable("light.floor_lamp", "Floor Lamp", "living_room", "on"),
            dimmable("light.kitchen", "Kitchen", "kitchen"),
        ],
        [
            {"id": "living_room", "name": "Living Room", "aliases": ["lounge"]},
            {"id": "kitchen", "name": "Kitchen"},
        ],
    )


def test_the_rooms_lamp_is_the_light_called_lamp_not_the_one_named_after_the_room() -> None:
    planner = lounge_planner()
    assert steps_of(planner.plan("turn the lounge lamp up to eighty percent")) == [
        ("light.turn_on", ["light.floor_lamp"], {"brightness_pct": 80})
    ]
    assert acts(planner.plan("turn off the living room lamp")) == [
        ("light.turn_off", ["light.floor_lamp"])
    ]
    # The kind's own word still names the light called after its room.
    assert acts(planner.plan("turn on the lounge light")) == [
        ("light.turn_on", ["light.living_room"])
    ]
    # Where no other light holds the word, the room's light is still its lamp (asked first,
    # as before: "lamp" is not what it is called).
    assert steps_of(planner.plan("turn on the kitchen lamp")) == [
        ("light.turn_on", ["light.kitchen"], {})
    ]


def heater_planner() -> Any:
    return english_planner(
        [
            device(
                "climate.heater",
                "Diesel Heater",
                "heat",
                "saloon",
                temperature=19,
                current_temperature=17,
                hvac_modes=["off", "heat"],
                min_temp=7,
                max_temp=30,
                target_temp_step=0.5,
                supported_features=1,
            )
        ],
        [{"id": "saloon", "name": "Saloon"}],
    )


def test_a_place_warmed_or_cooled_by_an_amount_moves_by_that_amount() -> None:
    planner = heater_planner()
    assert steps_of(planner.plan("could you warm the boat up by a couple of degrees")) == [
        ("climate.set_temperature", ["climate.heater"], {"temperature": 21})
    ]
    assert steps_of(planner.plan("heat the saloon up by 3 degrees")) == [
        ("climate.set_temperature", ["climate.heater"], {"temperature": 22})
    ]
    assert steps_of(planner.plan("cool the house down 2 degrees")) == [
        ("climate.set_temperature", ["climate.heater"], {"temperature": 17})
    ]


def list_planner() -> Any:
    return english_planner(
        [
            device("todo.practice_tasks", "Practice Tasks", "2"),
            device("todo.grocery_list", "Grocery List", "0"),
        ]
    )


def test_an_item_typed_in_quotation_marks_is_added_without_them() -> None:
    planner = list_planner()
    for text in (
        "add 'replace the suction filter' to the practice tasks",
        'add "replace the suction filter" to the practice tasks',
        "add \u201creplace the suction filter\u201d to the practice tasks",
    ):
        assert steps_of(planner.plan(text)) == [
            ("todo.add_item", ["todo.practice_tasks"], {"item": "replace the suction filter"})
        ], text
    # An apostrophe inside an item is no quotation mark.
    assert steps_of(planner.plan("add dentist's mirrors to the practice tasks")) == [
        ("todo.add_item", ["todo.practice_tasks"], {"item": "dentist's mirrors"})
    ]


def test_hey_before_a_request_changes_nothing() -> None:
    planner = list_planner()
    assert steps_of(planner.plan("hey add ice to the grocery list")) == [
        ("todo.add_item", ["todo.grocery_list"], {"item": "ice"})
    ]


def colour_light(eid: str, name: str, area: str) -> Any:
    return device(
        eid, name, "off", area, supported_color_modes=["hs", "color_temp"], color_mode=None
    )


def test_a_model_numbered_once_is_said_without_its_number() -> None:
    planner = english_planner(
        [
            colour_light("light.hue_go_1", "Hue go 1", "main"),
            colour_light("light.m", "Main", "main"),
        ],
        [{"id": "main", "name": "Main Room"}],
    )
    assert acts(planner.plan("turn on the hue go")) == [("light.turn_on", ["light.hue_go_1"])]
    assert steps_of(planner.plan("make the hue go blue")) == [
        ("light.turn_on", ["light.hue_go_1"], {"color_name": "blue"})
    ]
    # Two numbered alike: which one is asked.
    planner = english_planner(
        [
            colour_light("light.hue_go_1", "Hue go 1", "main"),
            colour_light("light.hue_go_2", "Hue go 2", "main"),
        ],
        [{"id": "main", "name": "Main Room"}],
    )
    plan = planner.plan("turn on the hue go")
    assert not [s for s in plan.steps if not s.read_only] or plan.needs_confirmation


def fans_planner() -> Any:
    fan: dict[str, Any] = {"percentage": 0, "percentage_step": 1, "supported_features": 1}
    return english_planner(
        [
            device("fan.great", "Fan", "off", "great_room", **fan),
            device("fan.master", "Fan", "off", "master_bedroom", **fan),
            device("fan.guest", "Fan", "off", "guest_room", **fan),
            device("cover.master_shades", "Master Shades", "open", "master_bedroom"),
        ],
        [
            {"id": "great_room", "name": "Great Room"},
            {"id": "master_bedroom", "name": "Master Bedroom"},
            {"id": "guest_room", "name": "Guest Room"},
        ],
    )


def test_a_room_is_called_by_the_word_before_its_kind() -> None:
    planner = fans_planner()
    assert steps_of(planner.plan("master fan 50%")) == [
        ("fan.set_percentage", ["fan.master"], {"percentage": 50})
    ]
    assert steps_of(planner.plan("set the master fan to 50")) == [
        ("fan.set_percentage", ["fan.master"], {"percentage": 50})
    ]
    assert acts(planner.plan("turn on the guest fan")) == [("fan.turn_on", ["fan.guest"])]


def test_two_rooms_starting_alike_are_not_called_by_that_word() -> None:
    fan: dict[str, Any] = {"percentage": 0, "percentage_step": 1, "supported_features": 1}
    planner = english_planner(
        [
            device("fan.bed", "Fan", "off", "master_bedroom", **fan),
            device("fan.bath", "Fan", "off", "master_bathroom", **fan),
        ],
        [
            {"id": "master_bedroom", "name": "Master Bedroom"},
            {"id": "master_bathroom", "name": "Master Bathroom"},
        ],
    )
    plan = planner.plan("turn on the master fan")
    assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS


def test_a_screen_got_going_is_switched_on() -> None:
    planner = english_planner(
        [
            device(
                "media_player.waiting_tv",
                "Waiting Room TV",
                "off",
                "waiting",
                supported_features=21437,
                device_class="tv",
            )
        ],
        [{"id": "waiting", "name": "Waiting Room"}],
    )
    assert acts(planner.plan("get the waiting room tv going")) == [
        ("media_player.turn_on", ["media_player.waiting_tv"])
    ]


def test_a_rooms_lamp_among_lights_elsewhere_is_still_asked_about() -> None:
    # "the heater" said where two thermostats are (one called a heater) and a switch is
    # called a heater too: which one is asked, none guessed.
    planner = english_planner(
        [
            device("climate.base", "Baseboard Heat", "off", "great", hvac_modes=["off", "heat"]),
            device("climate.bunk", "Bunk Room Heater", "off", "bunk", hvac_modes=["off", "heat"]),
            device("switch.bath_heater", "Bathroom Heater", "off", "bath"),
        ],
        [
            {"id": "great", "name": "Great Room"},
            {"id": "bunk", "name": "Bunk Room"},
            {"id": "bath", "name": "Bathroom"},
        ],
    )
    plan = planner.plan("turn on the heater")
    assert not plan.steps or plan.needs_confirmation


def ranch_planner() -> Any:
    return english_planner(
        [
            device("cover.garage_door", "Garage Door", "closed", "garage", device_class="garage"),
            device("cover.shop_door", "Shop Roll-Up Door", "closed", "shop", device_class="garage"),
            device("lock.shop_door", "Shop Door", "locked", "shop"),
            device("light.shop", "Shop", "off", "shop"),
            device("lock.back_door", "Back Door", "locked", "kitchen"),
            device("climate.downstairs", "Downstairs", "heat", "great", hvac_modes=["off", "heat"]),
            device("climate.upstairs", "Upstairs", "heat", "game", hvac_modes=["off", "heat"]),
        ],
        [
            {"id": "garage", "name": "Garage"},
            {"id": "shop", "name": "Shop"},
            {"id": "kitchen", "name": "Kitchen", "floor": "main"},
            {"id": "great", "name": "Great Room", "floor": "main"},
            {"id": "game", "name": "Game Room", "floor": "up"},
        ],
        [
            {"id": "main", "name": "Main Floor", "aliases": ["downstairs"], "level": 0},
            {"id": "up", "name": "Upstairs", "level": 1},
        ],
    )


def test_the_garage_is_the_garage_door_of_the_room_so_called() -> None:
    plan = ranch_planner().plan("open the garage")
    assert plan.needs_confirmation  # a garage door opened is always asked first
    assert steps_of(plan) == [("cover.open_cover", ["cover.garage_door"], {})]


def test_a_room_unlocked_by_its_name_unlocks_its_lock_asked_first() -> None:
    plan = ranch_planner().plan("unlock the shop")
    assert plan.needs_confirmation
    assert steps_of(plan) == [("lock.unlock", ["lock.shop_door"], {})]


def test_a_kind_with_its_floor_said_bare_after_it() -> None:
    plan = ranch_planner().plan("turn off the heat downstairs")
    assert steps_of(plan) == [("climate.turn_off", ["climate.downstairs"], {})]
    plan = ranch_planner().plan("turn off the thermostat upstairs")
    assert steps_of(plan) == [("climate.turn_off", ["climate.upstairs"], {})]


def test_a_door_whose_lock_is_named_lock_is_opened_by_its_opener() -> None:
    planner = english_planner(
        [
            device("cover.opener", "Front Door Opener", "closed", "hall", device_class="door"),
            device("lock.front", "Front Door Lock", "locked", "hall"),
        ],
        [{"id": "hall", "name": "Hall"}],
    )
    plan = planner.plan("open the front door")
    assert plan.needs_confirmation
    assert steps_of(plan) == [("cover.open_cover", ["cover.opener"], {})]
    plan = planner.plan("unlock the front door")
    assert plan.needs_confirmation
    assert steps_of(plan) == [("lock.unlock", ["lock.front"], {})]


def test_the_other_rooms_one_is_the_device_so_named_there_with_what_is_said_after() -> None:
    planner = english_planner(
        [
            dimmable("light.saloon_ceiling", "Ceiling", "saloon", "on"),
            dimmable("light.cabin_ceiling", "Ceiling", "cabin"),
            dimmable("light.saloon_lamp", "Reading Light", "saloon"),
        ],
        [{"id": "saloon", "name": "Saloon"}, {"id": "cabin", "name": "Cabin"}],
    )
    talk = Conversation(id="t")
    assert acts(planner.plan("turn on the cabin ceiling light", conversation=talk)) == [
        ("light.turn_on", ["light.cabin_ceiling"])
    ]
    assert steps_of(planner.plan("and the saloon one to ten percent", conversation=talk)) == [
        ("light.turn_on", ["light.saloon_ceiling"], {"brightness_pct": 10})
    ]


def test_a_place_said_after_a_command_said_with_it() -> None:
    planner = english_planner(
        [
            colour_light("light.game", "Game Room", "game"),
            colour_light("light.bunk", "Bunk Room", "bunk"),
        ],
        [{"id": "game", "name": "Game Room"}, {"id": "bunk", "name": "Bunk Room"}],
    )
    talk = Conversation(id="t")
    planner.plan("turn on the game room light", conversation=talk)
    assert steps_of(planner.plan("make it purple", conversation=talk)) == [
        ("light.turn_on", ["light.game"], {"color_name": "purple"})
    ]
    assert steps_of(planner.plan("and the bunk room too", conversation=talk)) == [
        ("light.turn_on", ["light.bunk"], {"color_name": "purple"})
    ]


def cabin_planner() -> Any:
    heat: dict[str, Any] = {
        "hvac_modes": ["off", "heat"],
        "min_temp": 7,
        "max_temp": 30,
        "target_temp_step": 0.5,
        "supported_features": 1,
    }
    return english_planner(
        [
            device("climate.cabin", "Heating", "heat", "main", temperature=18, **heat),
            device("climate.loft", "Loft Heater", "off", "loft", temperature=16, **heat),
        ],
        [{"id": "main", "name": "Main Room"}, {"id": "loft", "name": "Loft"}],
    )


def test_a_heater_said_short_up_to_a_temperature_heats_and_is_a_model_for_more() -> None:
    planner = cabin_planner()
    talk = Conversation(id="t")
    assert steps_of(planner.plan("heating up to 21", conversation=talk)) == [
        ("climate.set_temperature", ["climate.cabin"], {"temperature": 21})
    ]
    # The loft's heater is off: "up to 21" also switches it to heating, its one mode.
    assert steps_of(planner.plan("and the loft heater as well", conversation=talk)) == [
        ("climate.set_temperature", ["climate.loft"], {"temperature": 21, "hvac_mode": "heat"})
    ]
    # Set to a temperature without "up", an off heater keeps its state.
    assert steps_of(cabin_planner().plan("set the loft heater to 21")) == [
        ("climate.set_temperature", ["climate.loft"], {"temperature": 21})
    ]


def test_all_the_way_closed_is_the_blind_the_conversation_is_about() -> None:
    planner = english_planner(
        [
            device(
                "cover.blind",
                "Priya's Blind",
                "closed",
                "room",
                current_position=0,
                supported_features=15,
            ),
            device("light.hall", "Hallway", "off", "hall"),
        ],
        [{"id": "room", "name": "Priya's Room"}, {"id": "hall", "name": "Hallway"}],
    )
    talk = Conversation(id="t")
    assert steps_of(planner.plan("open priya's blind halfway", conversation=talk)) == [
        ("cover.set_cover_position", ["cover.blind"], {"position": 50})
    ]
    assert steps_of(planner.plan("no, all the way closed", conversation=talk)) == [
        ("cover.close_cover", ["cover.blind"], {})
    ]
    assert steps_of(planner.plan("all the way up", conversation=talk)) == [
        ("cover.open_cover", ["cover.blind"], {})
    ]
    # Said first, or after a light, there is no blind to mean: asked, nothing done.
    assert planner.plan("all the way closed", conversation=Conversation(id="u")).steps == []
    talk = Conversation(id="v")
    planner.plan("turn on the hallway light", conversation=talk)
    assert planner.plan("all the way closed", conversation=talk).steps == []


def test_a_request_asked_with_the_verbs_ing_form_is_the_plain_command() -> None:
    planner = english_planner(
        [
            device("cover.saloon_blind", "Saloon Blind", "open", "saloon", supported_features=3),
            device("light.saloon", "Saloon", "on", "saloon"),
        ],
        [{"id": "saloon", "name": "Saloon"}],
    )
    assert acts(planner.plan("would you mind shutting the saloon blind")) == [
        ("cover.close_cover", ["cover.saloon_blind"])
    ]
    assert acts(planner.plan("would you mind switching off the saloon light")) == [
        ("light.turn_off", ["light.saloon"])
    ]
    # The lead alone asks for nothing.
    assert planner.plan("would you mind").steps == []


def test_a_lights_particle_after_its_name_steps_its_brightness() -> None:
    planner = english_planner(
        [
            dimmable("light.vanity", "Bathroom Vanity Light", "bathroom", "on"),
            dimmable("light.bath", "Bathroom Ceiling", "bathroom", "on"),
        ],
        [{"id": "bathroom", "name": "Bathroom"}],
    )
    # said without "light" (asked first, as a name without its kind's word is)
    assert steps_of(planner.plan("turn the bathroom vanity down a bit")) == [
        ("light.turn_on", ["light.vanity"], {"brightness_step_pct": -20})
    ]
    assert steps_of(planner.plan("turn the bathroom vanity up a little")) == [
        ("light.turn_on", ["light.vanity"], {"brightness_step_pct": 20})
    ]


def test_a_tank_dumped_opens_its_valve_asked_first() -> None:
    planner = english_planner(
        [entity("valve.grey", "Grey Water Valve", "van", "closed", aliases=["grey tank"])],
        [{"id": "van", "name": "Van"}],
    )
    for text in ("dump the grey tank", "drain the grey tank"):
        plan = planner.plan(text)
        assert steps_of(plan) == [("valve.open_valve", ["valve.grey"], {})], text


def test_but_not_leaves_a_room_out() -> None:
    planner = english_planner(
        [
            dimmable("light.front", "Downlights", "front"),
            dimmable("light.stock", "Stock Room Light", "stock"),
        ],
        [{"id": "front", "name": "Front Shop"}, {"id": "stock", "name": "Stock Room"}],
    )
    assert acts(planner.plan("all the lights on but not the stock room")) == [
        ("light.turn_on", ["light.front"])
    ]
