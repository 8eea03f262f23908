"""English indirect phrasing of the twenty-first session, each mechanism on a small home of
its own: a light named as too bright for someone's sleep goes down, not off (a room too bright
to sleep in still has its lights put out, and with none lit its blind closed); heat made at a
task ("while I cook") runs the room's own extractor or fan and never lowers a thermostat that
serves the room from elsewhere."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.core.context import Conversation
from app.core.plan import Plan
from tests.helpers.small_homes import acts, device, english_planner, steps_of

FLOORS = [{"id": "ground", "name": "Ground Floor"}, {"id": "upper", "name": "Upstairs"}]


def _changes(plan: Plan) -> list[tuple[str, list[str]]]:
    """What *plan* would change, asked first or not."""
    return [(s.action, sorted(s.targets)) for s in plan.steps if not s.action.startswith("state.")]


# -- too bright, and a reason of sleep ----------------------------------------------------------


def _sleepy_home(lamp: str = "on", ceiling: str = "off", blind: str = "open") -> Any:
    rooms = [{"id": "den", "name": "Den"}, {"id": "kid", "name": "Sam's Room"}]
    return english_planner(
        [
            device("light.sam_lamp", "Sam's Lamp", lamp, "kid", brightness=180),
            device("light.sam_ceiling", "Sam's Ceiling", ceiling, "kid", brightness=200),
            device("cover.sam_blind", "Sam's Blind", blind, "kid", device_class="blind"),
            device("light.den_light", "Den Light", "on", "den", brightness=150),
        ],
        rooms,
    )


def test_a_named_light_too_bright_for_sleep_goes_down_not_off() -> None:
    planner = _sleepy_home()
    plan = planner.plan("Sam's lamp is way too bright, she's trying to nap")
    assert steps_of(plan) == [("light.turn_on", ["light.sam_lamp"], {"brightness_step_pct": -20})]
    assert not plan.needs_confirmation


def test_a_room_too_bright_to_sleep_in_puts_its_lit_light_out() -> None:
    planner = _sleepy_home(lamp="off", ceiling="on")
    assert acts(planner.plan("it's much too bright in Sam's room for sleeping")) == [
        ("light.turn_off", ["light.sam_ceiling"])
    ]


def test_a_room_too_bright_to_sleep_with_no_light_lit_closes_its_blind() -> None:
    planner = _sleepy_home(lamp="off", ceiling="off")
    assert acts(planner.plan("Sam's room is really bright and it's her bedtime")) == [
        ("cover.close_cover", ["cover.sam_blind"])
    ]


# -- heat made at a task ------------------------------------------------------------------------


def _kitchen_home(*, extractor: bool) -> Any:
    rooms = [
        {"id": "kitchen", "name": "Kitchen", "floor": "ground"},
        {"id": "hall", "name": "Hall", "floor": "ground"},
        {"id": "gym", "name": "Gym", "floor": "upper"},
    ]
    entities = [
        device(
            "climate.ground",
            "Ground Floor Thermostat",
            "heat",
            "hall",
            temperature=21,
            hvac_modes=["off", "heat"],
        ),
        device("fan.gym_fan", "Gym Fan", "off", "gym"),
    ]
    if extractor:
        entities.append(device("switch.cooker_hood", "Extractor Hood", "off", "kitchen"))
    return english_planner(entities, rooms, FLOORS)


def test_heat_made_cooking_runs_the_rooms_extractor() -> None:
    planner = _kitchen_home(extractor=True)
    assert acts(planner.plan("I'm boiling in the kitchen, been cooking for hours")) == [
        ("switch.turn_on", ["switch.cooker_hood"])
    ]


def test_heat_made_cooking_never_lowers_the_floors_thermostat() -> None:
    planner = _kitchen_home(extractor=False)
    assert _changes(planner.plan("it's sweltering in the kitchen while I'm cooking")) == []
    # Said without a task, the same heat is the heating's: the floor's thermostat goes down.
    assert acts(planner.plan("it's sweltering in the kitchen")) == [
        ("climate.set_temperature", ["climate.ground"])
    ]


def test_heat_made_exercising_runs_that_rooms_own_fan() -> None:
    planner = _kitchen_home(extractor=False)
    assert acts(planner.plan("I'm roasting in the gym, been on the treadmill an hour")) == [
        ("fan.turn_on", ["fan.gym_fan"])
    ]


# -- what is thirsty names its sprinklers -----------------------------------------------------


def _yard() -> Any:
    rooms = [{"id": "yard", "name": "Yard"}]
    return english_planner(
        [
            device("valve.top_lawn", "Top Lawn Sprinkler", "closed", "yard", supported_features=3),
            device(
                "valve.bottom_lawn", "Bottom Lawn Sprinkler", "closed", "yard", supported_features=3
            ),
            device("valve.roses", "Rose Bed Drip", "closed", "yard", supported_features=3),
        ],
        rooms,
    )


def _asked_steps(plan: Plan) -> list[tuple[str, list[str]]]:
    assert plan.error is None, plan.error
    return sorted((s.action, sorted(s.targets)) for s in plan.steps)


def test_the_thirsty_part_said_with_its_side_waters_its_own_zone() -> None:
    planner = _yard()
    assert _asked_steps(planner.plan("the bottom lawn has gone totally brown")) == [
        ("valve.open_valve", ["valve.bottom_lawn"])
    ]


def test_the_thirsty_thing_every_zone_is_named_for_waters_them_all() -> None:
    planner = _yard()
    assert _asked_steps(planner.plan("the lawn is bone dry")) == [
        ("valve.open_valve", ["valve.bottom_lawn"]),
        ("valve.open_valve", ["valve.top_lawn"]),
    ]


def test_a_thirsty_thing_no_zone_is_named_for_is_asked_about() -> None:
    plan = _yard().plan("the garden is looking parched")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code == "ambiguous"


# -- wanting a drink, said any way ------------------------------------------------------------


def _drinks() -> Any:
    rooms = [{"id": "kitchen", "name": "Kitchen"}]
    return english_planner(
        [
            device("switch.kettle", "Kettle", "off", "kitchen"),
            device("switch.bean_machine", "Coffee Machine", "off", "kitchen"),
        ],
        rooms,
    )


def test_wanting_tea_said_with_strong_words_boils_the_kettle() -> None:
    planner = _drinks()
    assert acts(planner.plan("blimey I'm dying for a brew before the school run")) == [
        ("switch.turn_on", ["switch.kettle"])
    ]


def test_wanting_coffee_said_with_strong_words_starts_the_coffee_machine() -> None:
    planner = _drinks()
    assert acts(planner.plan("I could kill for a strong coffee")) == [
        ("switch.turn_on", ["switch.bean_machine"])
    ]


def test_a_drink_wanted_later_changes_nothing_now() -> None:
    planner = _drinks()
    assert _changes(planner.plan("I need a coffee after lunch")) == []


# -- remarks of a place, said more ways ---------------------------------------------------------


def _flat() -> Any:
    rooms = [
        {"id": "lounge", "name": "Lounge"},
        {"id": "sun_porch", "name": "Sun Porch"},
        {"id": "study", "name": "Study"},
        {"id": "attic", "name": "Attic"},
    ]
    return english_planner(
        [
            device("light.lounge_ceiling", "Lounge Ceiling", "on", "lounge", brightness=220),
            device("light.porch_lamp", "Porch Lamp", "off", "sun_porch"),
            device("fan.cleaner", "Air Cleaner", "off", "lounge"),
            device("fan.study_fan", "Study Fan", "off", "study"),
            device("fan.attic_fan", "Attic Fan", "off", "attic"),
            device(
                "media_player.lounge_tv",
                "Lounge TV",
                "playing",
                "lounge",
                volume_level=0.4,
                supported_features=4,
                device_class="tv",
            ),
            device("cover.study_blind", "Study Blind", "open", "study", device_class="blind"),
        ],
        rooms,
    )


def test_a_harsh_light_is_dimmed() -> None:
    plan = _flat().plan("the lounge ceiling is awfully harsh")
    assert steps_of(plan) == [
        ("light.turn_on", ["light.lounge_ceiling"], {"brightness_step_pct": -20})
    ]


def test_a_word_of_a_rooms_name_never_makes_the_remark_about_something_else() -> None:
    # "sun" would make darkness the daylight outside; here it is the Sun Porch.
    assert acts(_flat().plan("it's pitch black in the sun porch")) == [
        ("light.turn_on", ["light.porch_lamp"])
    ]


def test_air_that_sets_allergies_off_runs_the_purifier_never_a_plain_fan() -> None:
    planner = _flat()
    assert acts(planner.plan("my hay fever is playing up")) == [("fan.turn_on", ["fan.cleaner"])]
    assert acts(_flat().plan("the air feels really stale in the lounge")) == [
        ("fan.turn_on", ["fan.cleaner"])
    ]


def test_a_place_that_needs_air_runs_its_fan_but_a_person_going_out_does_not() -> None:
    assert acts(_flat().plan("the study could do with some fresh air")) == [
        ("fan.turn_on", ["fan.study_fan"])
    ]
    assert _changes(_flat().plan("I could do with some fresh air, off for a walk")) == []


def test_someone_suffocating_in_a_room_runs_its_fan() -> None:
    assert acts(_flat().plan("the kids are suffocating in the attic")) == [
        ("fan.turn_on", ["fan.attic_fan"])
    ]


def test_a_room_like_a_sauna_runs_its_own_fan_and_nothing_with_no_room_known() -> None:
    assert acts(_flat().plan("the attic is like a sauna")) == [("fan.turn_on", ["fan.attic_fan"])]
    assert _changes(_flat().plan("it's like a sauna")) == []


def test_a_room_said_to_be_an_oven_is_cooled() -> None:
    assert acts(_flat().plan("the study is an oven")) == [("fan.turn_on", ["fan.study_fan"])]


def test_the_sun_said_too_much_or_right_in_my_eyes_closes_the_blind() -> None:
    assert acts(_flat().plan("the sun's a bit much in the study")) == [
        ("cover.close_cover", ["cover.study_blind"])
    ]
    assert acts(_flat().plan("the sun is right in my eyes", area="study")) == [
        ("cover.close_cover", ["cover.study_blind"])
    ]


def test_a_remark_typed_without_its_apostrophe_is_read() -> None:
    plan = _flat().plan("i cant hear the telly", area="lounge")
    assert _changes(plan) == [("media_player.volume_set", ["media_player.lounge_tv"])]


def test_a_feeling_beside_a_command_on_it_only_says_why() -> None:
    planner = _flat()
    conversation = Conversation("c", ["fan.study_fan"])
    plan = planner.plan("switch it off, it's too loud", conversation=conversation)
    # the fan said as "it" goes off; the playing telly is not turned down
    assert _changes(plan) == [("fan.turn_off", ["fan.study_fan"])]


# -- follow-ups: more of the same, and "that" for what was just changed -----------------------


def test_bit_more_after_a_dimming_dims_again_never_brightens() -> None:
    planner = _flat()
    conversation = Conversation("c")
    first = planner.plan("the lounge ceiling is far too bright", conversation=conversation)
    assert steps_of(first) == [
        ("light.turn_on", ["light.lounge_ceiling"], {"brightness_step_pct": -20})
    ]
    planner.home.get("light.lounge_ceiling").attributes["brightness"] = 170  # as it ran
    again = planner.plan("a little more please", conversation=conversation)
    assert steps_of(again) == [
        ("light.turn_on", ["light.lounge_ceiling"], {"brightness_step_pct": -20})
    ]


def test_bit_more_after_a_volume_set_moves_as_far_again() -> None:
    planner = _flat()
    conversation = Conversation("c")
    first = planner.plan("the telly is too quiet", area="lounge", conversation=conversation)
    assert _changes(first) == [("media_player.volume_set", ["media_player.lounge_tv"])]
    raised = first.steps[0].params["volume_level"]
    assert raised > 0.4
    planner.home.get("media_player.lounge_tv").attributes["volume_level"] = raised
    again = planner.plan("even more", conversation=conversation)
    assert steps_of(again) == [
        (
            "media_player.volume_set",
            ["media_player.lounge_tv"],
            {"volume_level": round(raised + (raised - 0.4), 2)},
        )
    ]


def test_bit_more_after_a_change_with_no_step_is_read_as_usual() -> None:
    planner = _flat()
    conversation = Conversation("c")
    planner.plan("turn on the porch lamp", conversation=conversation)
    plan = planner.plan("bit more", conversation=conversation)
    assert ("light.turn_on", ["light.porch_lamp"], {}) not in steps_of(plan)


def test_that_too_dark_now_brightens_what_was_just_dimmed() -> None:
    planner = _flat()
    conversation = Conversation("c")
    planner.plan("the lounge ceiling is a bit too bright", conversation=conversation)
    plan = planner.plan("that's too dark now", area="study", conversation=conversation)
    assert steps_of(plan) == [
        ("light.turn_on", ["light.lounge_ceiling"], {"brightness_step_pct": 20})
    ]


# -- what something needs, said with how long: a timer ----------------------------------------


def _timer(plan: Plan) -> dict[str, Any]:
    assert plan.error is None, plan.error
    starts = [s.params for s in plan.steps if s.action == "timer.start"]
    assert len(starts) == 1, plan.steps
    return starts[0]


def test_food_said_to_need_a_length_starts_a_timer_named_for_it() -> None:
    params = _timer(_drinks().plan("the sausages need twenty five minutes"))
    assert params["duration_s"] == 1500
    assert params["name"] == "sausages"
    params = _timer(_drinks().plan("my bread takes half an hour more"))
    assert params["duration_s"] == 1800


def test_a_nap_said_with_its_length_starts_a_timer() -> None:
    assert _timer(_drinks().plan("we're having a 20 minute snooze"))["duration_s"] == 1200


def test_a_way_in_said_open_to_anyone_is_locked() -> None:
    rooms = [{"id": "hall", "name": "Hall"}, {"id": "yard", "name": "Yard"}]
    planner = english_planner(
        [
            device("lock.side_door", "Side Door", "unlocked", "hall"),
            device("lock.yard_gate", "Yard Gate", "unlocked", "yard"),
        ],
        rooms,
    )
    assert acts(planner.plan("somebody could stroll in through the side door")) == [
        ("lock.lock", ["lock.side_door"])
    ]
    # nobody could: nothing to do
    assert _changes(planner.plan("nobody could walk in through the side door")) == []


def test_cold_said_nowhere_in_particular_is_the_homes_heating_not_a_rooms_heater() -> None:
    rooms = [
        {"id": "hall", "name": "Hall"},
        {"id": "snug", "name": "Snug"},
        {"id": "shed", "name": "Shed"},
    ]
    planner = english_planner(
        [
            device("climate.house", "Heating", "heat", "hall", temperature=19, hvac_modes=["heat"]),
            device("switch.snug_rad", "Oil Radiator", "off", "snug"),
            device("switch.shed_heater", "Shed Heater", "off", "shed"),
        ],
        rooms,
    )
    assert steps_of(planner.plan("it's perishing this evening")) == [
        ("climate.set_temperature", ["climate.house"], {"temperature": 20})
    ]


def test_a_paused_telly_said_too_loud_is_turned_down() -> None:
    rooms = [{"id": "den", "name": "Den"}]
    planner = english_planner(
        [
            device(
                "media_player.den_tv",
                "Den TV",
                "paused",
                "den",
                volume_level=0.5,
                supported_features=4,
                device_class="tv",
            )
        ],
        rooms,
    )
    plan = planner.plan("the telly is way too loud")
    assert _changes(plan) == [("media_player.volume_set", ["media_player.den_tv"])]
    assert plan.steps[0].params["volume_level"] < 0.5


# -- what plays, said about without a verb ------------------------------------------------------


def _den_players(radio: str = "playing", speaker: str = "paused") -> Any:
    rooms = [{"id": "den", "name": "Den"}, {"id": "snug", "name": "Snug"}]
    return english_planner(
        [
            device(
                "media_player.den_radio",
                "Den Radio",
                radio,
                "den",
                volume_level=0.5,
                supported_features=4 | 1 | 16384,
                media_content_type="music",
            ),
            device(
                "media_player.snug_speaker",
                "Snug Speaker",
                speaker,
                "snug",
                volume_level=0.3,
                supported_features=4 | 1 | 16384,
                media_content_type="music",
            ),
            device("cover.den_blind", "Den Blind", "open", "den", device_class="blind"),
        ],
        rooms,
    )


def test_music_said_to_need_to_come_down_is_turned_down() -> None:
    plan = _den_players().plan("the music needs to come down a touch")
    assert _changes(plan) == [("media_player.volume_set", ["media_player.den_radio"])]
    assert plan.steps[0].params["volume_level"] < 0.5


def test_thats_enough_music_pauses_what_plays() -> None:
    assert acts(_den_players().plan("that's enough music for tonight")) == [
        ("media_player.media_pause", ["media_player.den_radio"])
    ]


def test_too_quiet_in_a_room_with_nothing_playing_plays_what_was_paused() -> None:
    plan = _den_players(radio="paused").plan("it's much too quiet in here", area="snug")
    assert acts(plan) == [("media_player.media_play", ["media_player.snug_speaker"])]


def test_a_paused_player_named_too_quiet_is_turned_up_not_started() -> None:
    plan = _den_players(radio="paused").plan("the snug speaker is a bit quiet")
    assert _changes(plan) == [("media_player.volume_set", ["media_player.snug_speaker"])]


def test_light_coming_in_closes_the_blind() -> None:
    assert acts(_den_players().plan("the light pouring into the den woke me up")) == [
        ("cover.close_cover", ["cover.den_blind"])
    ]


# -- more remarks: what keeps waking someone, mess about, afraid of the dark --------------------


def _house() -> Any:
    rooms = [
        {"id": "hall", "name": "Hall"},
        {"id": "stairs", "name": "Stairs"},
        {"id": "bed", "name": "Bedroom"},
    ]
    return english_planner(
        [
            device("switch.chime", "Door Chime", "on", "hall"),
            device("light.stairs", "Stairs Light", "off", "stairs"),
            device("vacuum.robot", "Robot", "docked", "hall"),
            device("switch.blanket", "Electric Blanket", "off", "bed"),
        ],
        rooms,
    )


def test_what_keeps_waking_someone_goes_off() -> None:
    assert acts(_house().plan("the door chime keeps waking the baby up")) == [
        ("switch.turn_off", ["switch.chime"])
    ]


def test_mess_said_everywhere_starts_the_robot_vacuum() -> None:
    assert acts(_house().plan("there's dog hair everywhere again")) == [
        ("vacuum.start", ["vacuum.robot"])
    ]
    assert acts(_house().plan("the dust bunnies are back")) == [("vacuum.start", ["vacuum.robot"])]


def test_someone_afraid_of_a_dark_place_gets_its_light() -> None:
    assert acts(_house().plan("Leo is frightened of the dark stairs")) == [
        ("light.turn_on", ["light.stairs"])
    ]


def test_a_bed_like_a_block_of_ice_warms_the_blanket() -> None:
    assert acts(_house().plan("the bed's like a block of ice")) == [
        ("switch.turn_on", ["switch.blanket"])
    ]


def _pets() -> Any:
    rooms = [{"id": "utility", "name": "Utility"}, {"id": "bath", "name": "Bathroom"}]
    return english_planner(
        [
            device("switch.pet_feeder", "Dog Feeder", "off", "utility"),
            device("switch.tank", "Aquarium Heater", "off", "utility"),
            device("switch.rail", "Towel Rail", "off", "bath"),
            device("switch.space_heater", "Heater", "off", "utility"),
        ],
        rooms,
    )


def test_a_hungry_pet_runs_its_feeder() -> None:
    assert acts(_pets().plan("the dog's barking for his dinner")) == [
        ("switch.turn_on", ["switch.pet_feeder"])
    ]
    assert acts(_pets().plan("the puppy is whining, he hasn't had his breakfast yet")) == [
        ("switch.turn_on", ["switch.pet_feeder"])
    ]
    # a pet said to be noisy, nothing of hunger: nothing is fed
    assert _changes(_pets().plan("the dog is barking")) == []
    # another animal's hunger is never the dog's feeder
    assert _changes(_pets().plan("the cat's starving")) == []


def test_fish_in_cold_water_warm_the_tanks_heater_not_the_rooms() -> None:
    assert acts(_pets().plan("the goldfish tank has gone really cold")) == [
        ("switch.turn_on", ["switch.tank"])
    ]


def test_warm_towels_wanted_or_never_dry_run_the_rail() -> None:
    assert acts(_pets().plan("I'd love some toasty towels after my shower")) == [
        ("switch.turn_on", ["switch.rail"])
    ]
    assert acts(_pets().plan("my towels never dry in the bathroom")) == [
        ("switch.turn_on", ["switch.rail"])
    ]


def test_someones_light_said_too_bright_is_the_light_named_for_them() -> None:
    rooms = [{"id": "main", "name": "Main Bedroom"}, {"id": "hall", "name": "Hall"}]
    planner = english_planner(
        [
            device("light.amy_side", "Amy's Bedside", "on", "main", brightness=200),
            device("light.rob_side", "Rob's Bedside", "on", "main", brightness=200),
            device("light.hall", "Hall Light", "on", "hall", brightness=200),
        ],
        rooms,
    )
    assert steps_of(planner.plan("amy's light is a touch too bright")) == [
        ("light.turn_on", ["light.amy_side"], {"brightness_step_pct": -20})
    ]
    # typed without the apostrophe
    assert steps_of(planner.plan("robs lamp is too bright")) == [
        ("light.turn_on", ["light.rob_side"], {"brightness_step_pct": -20})
    ]


def test_a_player_named_in_another_clause_with_its_own_verb_is_not_turned_up() -> None:
    # "too quiet" is said of the den; the radio is asked to play in a clause of its own.
    plan = _den_players(radio="paused").plan("it's too quiet in the den, put the radio back on")
    assert ("media_player.volume_set", ["media_player.den_radio"]) not in _changes(plan)


def test_the_sun_glaring_on_a_device_closes_the_blind_of_its_room() -> None:
    rooms = [{"id": "den", "name": "Den"}, {"id": "kitchen", "name": "Kitchen"}]
    planner = english_planner(
        [
            device("media_player.den_tv", "Den TV", "playing", "den", device_class="tv"),
            device("cover.den_blind", "Blind", "open", "den", device_class="blind"),
            device("cover.kitchen_blind", "Blind", "open", "kitchen", device_class="blind"),
        ],
        rooms,
    )
    noon = dt.datetime(2026, 6, 1, 13, 0, tzinfo=dt.UTC)
    plan = planner.plan("the sun is glaring on the den tv", now=noon)
    assert acts(plan) == [("cover.close_cover", ["cover.den_blind"])]


def test_settling_down_for_a_film_and_the_dogs_walk_run_their_routines() -> None:
    rooms = [{"id": "lounge", "name": "Lounge"}]
    planner = english_planner(
        [
            device("scene.films", "Film Night", "unknown", "lounge"),
            device("script.dog_walk", "Dog Walk", "off", None),
        ],
        rooms,
    )
    plan = planner.plan("the kids are getting comfy for a movie")
    assert [(s.action, s.targets) for s in plan.steps] == [("scene.turn_on", ["scene.films"])]
    plan = planner.plan("right, time to take the puppy out for a walk")
    assert [(s.action, s.targets) for s in plan.steps] == [("script.turn_on", ["script.dog_walk"])]


def _telly(state: str) -> Any:
    rooms = [{"id": "lounge", "name": "Lounge"}]
    return english_planner(
        [
            device(
                "media_player.tv",
                "Lounge TV",
                state,
                "lounge",
                volume_level=0.3,
                supported_features=1 | 4 | 16384,
                device_class="tv",
            )
        ],
        rooms,
    )


def test_going_on_with_a_paused_programme_plays_it_again() -> None:
    plan = _telly("paused").plan("I'd like to get back to my show")
    assert _changes(plan) == [("media_player.media_play", ["media_player.tv"])]


def test_done_watching_pauses_what_plays() -> None:
    assert acts(_telly("playing").plan("we're finished watching")) == [
        ("media_player.media_pause", ["media_player.tv"])
    ]
    assert _changes(_telly("playing").plan("we're not finished watching")) == []
