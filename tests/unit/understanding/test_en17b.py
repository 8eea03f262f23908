"""English of the seventeenth session in homes as people set them up (issue 12), each
mechanism on a small home of its own: "all the lights off" said short; a lock called "... Door
Lock" locked as "the ... door"; Home Assistant's numbered names ("Porch Lamp", "Porch Lamp 2":
"porch lamp 1", "the porch lamps"); "the study one too" after another room's light; "actually
just 40 percent"; a cover opened "all the way"; "what's the den at"; "turn on the radio" among
two radios neither playing; a programme said in place of its player."""

from __future__ import annotations

from app.core.context import Conversation
from app.core.plan import ErrorCode
from tests.helpers.small_homes import acts, confirmed, device, english_planner, reads, steps_of

_ROOMS = [
    {"id": "den", "name": "Den"},
    {"id": "study", "name": "Study"},
    {"id": "hall", "name": "Hall"},
    {"id": "yard", "name": "Yard"},
]


def test_all_the_lights_said_short_with_the_state_last() -> None:
    planner = english_planner(
        [
            device("light.den", "Den Lamp", "on", "den"),
            device("light.study", "Study Light", "on", "study"),
            device("switch.kettle", "Kettle", "on", "den"),
        ],
        areas=_ROOMS,
    )
    for text in ("all the lights off", "all lights off please", "every light off"):
        assert acts(planner.plan(text)) == [("light.turn_off", ["light.den", "light.study"])], text


def test_a_door_lock_is_locked_by_the_doors_name_and_the_word_back_decides() -> None:
    planner = english_planner(
        [
            device("lock.side", "Side Door Lock", "unlocked", "hall"),
            device("lock.rear", "rear door lock", "unlocked", "den"),
        ],
        areas=_ROOMS,
    )
    assert acts(planner.plan("lock the side door")) == [("lock.lock", ["lock.side"])]
    assert acts(planner.plan("lock rear door")) == [("lock.lock", ["lock.rear"])]
    assert confirmed(planner.plan("unlock rear door")) == [("lock.unlock", ["lock.rear"])]


def test_the_doors_name_stays_the_doors_where_a_device_is_called_so() -> None:
    planner = english_planner(
        [
            device("lock.side", "Side Door Lock", "unlocked", "hall"),
            device("cover.side", "Side Door", "closed", "hall", device_class="door"),
        ],
        areas=_ROOMS,
    )
    plan = planner.plan("open the side door")
    assert [s.targets for s in plan.steps] == [["cover.side"]]


def _numbered_lamps(state: str = "off") -> list[dict[str, object]]:
    modes = {"supported_color_modes": ["brightness"], "brightness": 100}
    return [
        device("light.porch", "Porch Lamp", state, "yard", **modes),
        device("light.porch_2", "Porch Lamp 2", state, "yard", **modes),
        device("light.porch_3", "Porch Lamp 3", state, "yard", **modes),
    ]


def test_the_first_of_numbered_names_is_the_one_without_a_number() -> None:
    planner = english_planner(_numbered_lamps(), areas=_ROOMS)
    plan = planner.plan("dim porch lamp 1 to 30%")
    assert steps_of(plan) == [("light.turn_on", ["light.porch"], {"brightness_pct": 30})]
    assert acts(planner.plan("turn on porch lamp one")) == [("light.turn_on", ["light.porch"])]
    assert acts(planner.plan("turn on porch lamp 2")) == [("light.turn_on", ["light.porch_2"])]


def test_no_first_is_made_up_where_a_name_says_1_itself() -> None:
    planner = english_planner(
        [
            device("light.a", "Garden Spot", "off", "yard"),
            device("light.b", "Garden Spot 1", "off", "yard"),
            device("light.c", "Garden Spot 2", "off", "yard"),
        ],
        areas=_ROOMS,
    )
    assert acts(planner.plan("turn on garden spot 1")) == [("light.turn_on", ["light.b"])]


def test_numbered_names_said_in_the_plural_are_all_of_them() -> None:
    planner = english_planner(
        [
            device("switch.heater", "Tube Heater", "off", "den"),
            device("switch.heater_2", "Tube Heater 2", "on", "study"),
            device("switch.heater_3", "Tube Heater 3", "off", "hall"),
        ],
        areas=_ROOMS,
    )
    plan = planner.plan("which tube heaters are on")
    assert reads(plan) == ["switch.heater", "switch.heater_2", "switch.heater_3"]
    assert plan.reply is not None and "Tube Heater 2" in plan.reply


def test_the_rooms_one_after_another_rooms_light() -> None:
    planner = english_planner(
        [
            device("light.den", "Den Light", "off", "den"),
            device("light.study", "Study Light", "off", "study"),
            device("fan.study", "Study Fan", "off", "study"),
        ],
        areas=_ROOMS,
    )
    conversation = Conversation("c")
    assert acts(planner.plan("turn on the den light", conversation=conversation)) == [
        ("light.turn_on", ["light.den"])
    ]
    plan = planner.plan("and the study one too", conversation=conversation)
    assert acts(plan) == [("light.turn_on", ["light.study"])]


def test_actually_before_a_percentage_said_after_a_cover() -> None:
    planner = english_planner(
        [device("cover.skylight", "Skylight", "closed", "study", supported_features=15)],
        areas=_ROOMS,
    )
    conversation = Conversation("c")
    planner.plan("open the skylight", conversation=conversation)
    plan = planner.plan("actually just 40 percent", conversation=conversation)
    assert plan.error is None
    assert steps_of(plan) == [("cover.set_cover_position", ["cover.skylight"], {"position": 40})]


def test_a_cover_opened_all_the_way_is_never_the_hall() -> None:
    planner = english_planner(
        [
            device(
                "cover.blind",
                "Study Blind",
                "closed",
                "study",
                supported_features=15,
                device_class="blind",
            )
        ],
        areas=_ROOMS,
    )
    assert acts(planner.plan("open the study blind all the way")) == [
        ("cover.open_cover", ["cover.blind"])
    ]
    assert acts(planner.plan("close the study blind all the way down")) == [
        ("cover.close_cover", ["cover.blind"])
    ]


def test_what_a_room_is_at_is_its_temperature() -> None:
    planner = english_planner(
        [
            device(
                "sensor.den",
                "Den Thermometer",
                "19.5",
                "den",
                device_class="temperature",
                unit_of_measurement="°C",
            ),
            device(
                "sensor.yard",
                "Yard Thermometer",
                "4.5",
                "yard",
                device_class="temperature",
                unit_of_measurement="°C",
            ),
        ],
        areas=_ROOMS,
    )
    for text, said in (
        ("what's the den at", "19.5"),
        ("how cold is it outside in the yard", "4.5"),
    ):
        plan = planner.plan(text)
        assert plan.error is None, text
        assert plan.reply is not None and said in plan.reply, text


def test_turning_on_one_of_two_radios_neither_playing_is_asked_about() -> None:
    planner = english_planner(
        [
            device("media_player.den_radio", "Den Radio", "paused", "den"),
            device("media_player.study_radio", "Study Radio", "idle", "study"),
        ],
        areas=_ROOMS,
    )
    plan = planner.plan("turn on the radio")
    assert not plan.steps
    assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS
    assert [s.targets for s in planner.plan("turn on the den radio").steps] == [
        ["media_player.den_radio"]
    ]


def test_a_programme_turned_down_to_a_volume_is_its_players() -> None:
    planner = english_planner(
        [
            device(
                "media_player.tv",
                "Den TV",
                "playing",
                "den",
                volume_level=0.5,
                media_title="The Night Ferry",
                supported_features=4,
            ),
        ],
        areas=_ROOMS,
    )
    plan = planner.plan("turn night ferry down to 20")
    assert steps_of(plan) == [
        ("media_player.volume_set", ["media_player.tv"], {"volume_level": 0.2})
    ]


def test_energy_devices_by_what_they_do() -> None:
    planner = english_planner(
        [
            device("switch.wallbox", "EV Charger", "off", "yard"),
            device("switch.force", "Battery Force Charge", "off", "hall"),
            device(
                "sensor.pv",
                "Solar Power",
                "860",
                "hall",
                device_class="power",
                unit_of_measurement="W",
            ),
        ],
        areas=_ROOMS,
    )
    assert acts(planner.plan("start charging the car")) == [("switch.turn_on", ["switch.wallbox"])]
    assert acts(planner.plan("the car needs charging for the morning")) == [
        ("switch.turn_on", ["switch.wallbox"])
    ]
    assert acts(planner.plan("force charge the battery")) == [("switch.turn_on", ["switch.force"])]
    plan = planner.plan("how much solar are we generating")
    assert reads(plan) == ["sensor.pv"]
    assert plan.reply is not None and "860" in plan.reply


def test_locking_up_every_door_and_leave_given_as_a_request() -> None:
    planner = english_planner(
        [
            device("lock.side", "Side Door", "unlocked", "hall"),
            device("lock.rear", "Rear Door", "locked", "den"),
            device("switch.airer", "Clothes Airer", "on", "study"),
        ],
        areas=_ROOMS,
    )
    plan = planner.plan("lock up all the doors")
    assert [(s.action, sorted(s.targets)) for s in plan.steps] == [
        ("lock.lock", ["lock.rear", "lock.side"])
    ]
    assert acts(planner.plan("you can turn the clothes airer off")) == [
        ("switch.turn_off", ["switch.airer"])
    ]
