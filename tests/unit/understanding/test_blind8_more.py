"""More of the eighth corpus's mechanisms (issue 12), each on homes of its own: a door opened
by its opener rather than unlocked, items said as a list with commas, a room said that two
units of a home both have asked about, something left on for too long turned off, and what
plays said to be too quiet or blasting."""

from __future__ import annotations

from app.core.plan import ErrorCode, Plan
from tests.helpers.small_homes import device, english_planner

_entity = device
_planner = english_planner


def _steps(plan: Plan) -> list[tuple[str, list[str]]]:
    return [(s.action, s.targets) for s in plan.steps]


# --- a door's opener ----------------------------------------------------------------------

_HALL = [{"id": "hall", "name": "Hall"}]


def test_open_the_door_works_its_opener_and_asks_first() -> None:
    for domain, action in (("switch", "switch.turn_on"), ("cover", "cover.open_cover")):
        planner = _planner(
            [
                _entity("lock.entrance", "Entrance Door", "locked", "hall"),
                _entity(f"{domain}.entrance_opener", "Entrance Door Opener", "off", "hall"),
            ],
            _HALL,
        )
        plan = planner.plan("open the entrance door")
        assert _steps(plan) == [(action, [f"{domain}.entrance_opener"])]
        assert plan.needs_confirmation


def test_unlock_still_unlocks_and_a_door_without_opener_is_unlocked() -> None:
    planner = _planner(
        [
            _entity("lock.entrance", "Entrance Door", "locked", "hall"),
            _entity("switch.entrance_buzzer", "Entrance Door Buzzer", "off", "hall"),
            _entity("lock.cellar", "Cellar Door", "locked", "hall"),
        ],
        _HALL,
    )
    assert _steps(planner.plan("unlock the entrance door")) == [("lock.unlock", ["lock.entrance"])]
    assert _steps(planner.plan("open the entrance door")) == [
        ("switch.turn_on", ["switch.entrance_buzzer"])
    ]
    plan = planner.plan("open the cellar door")
    assert _steps(plan) == [("lock.unlock", ["lock.cellar"])]
    assert plan.needs_confirmation


def test_two_openers_for_one_door_leave_the_lock_to_be_unlocked() -> None:
    planner = _planner(
        [
            _entity("lock.entrance", "Entrance Door", "locked", "hall"),
            _entity("switch.a", "Entrance Door Opener", "off", "hall"),
            _entity("button.b", "Entrance Door Release", "unknown", "hall"),
        ],
        _HALL,
    )
    assert _steps(planner.plan("open the entrance door")) == [("lock.unlock", ["lock.entrance"])]


# --- items with commas --------------------------------------------------------------------

_LIST = _planner([_entity("todo.pantry", "Pantry", "0")])


def _items(text: str) -> list[str]:
    steps = _LIST.plan(text).steps
    assert all(s.action == "todo.add_item" for s in steps), steps
    return [s.params["item"] for s in steps]


def test_a_list_said_with_commas_is_one_item_each() -> None:
    assert _items("add oats, honey and lentils to the pantry list") == ["oats", "honey", "lentils"]
    assert _items("add oats, honey, and lentils to the pantry list") == [
        "oats",
        "honey",
        "lentils",
    ]
    assert _items("put oats, honey, lentils on the pantry list") == ["oats", "honey", "lentils"]


def test_commas_keep_a_known_dish_and_allow_longer_items() -> None:
    assert _items("add fish and chips, lentils to the pantry list") == ["fish and chips", "lentils"]
    assert _items("add a jar of smooth peanut butter, oats to the pantry list") == [
        "jar of smooth peanut butter",
        "oats",
    ]
    # no comma: a long phrase with "and" in it stays one item, as before
    assert _items("add a jar of smooth peanut butter and oats to the pantry list") == [
        "jar of smooth peanut butter and oats"
    ]


# --- a room two units both have -----------------------------------------------------------

_FLOORS = [{"id": "f1", "name": "Ground Floor"}, {"id": "f2", "name": "Top Floor"}]
_UNITS = [
    {"id": "bed_a", "name": "Flat A Bedroom", "floor": "f1"},
    {"id": "bed_b", "name": "Flat B Bedroom", "floor": "f2"},
    {"id": "lounge_a", "name": "Flat A Lounge", "floor": "f1"},
    {"id": "lounge_b", "name": "Flat B Lounge", "floor": "f2"},
]
_TWO = _planner(
    [
        _entity(
            "climate.a", "Flat A Heating", "heat", "lounge_a", temperature=20, hvac_modes=["heat"]
        ),
        _entity(
            "climate.b", "Flat B Heating", "heat", "lounge_b", temperature=20, hvac_modes=["heat"]
        ),
        _entity("fan.bed_b", "Flat B Bedroom Fan", "off", "bed_b"),
        _entity("light.bed_a", "Flat A Bedroom Light", "off", "bed_a"),
    ],
    _UNITS,
    _FLOORS,
)


def test_a_room_of_two_units_is_asked_about_not_guessed() -> None:
    for text in (
        "it's freezing in our bedroom",
        "it's roasting in the bedroom",  # only one of the two has a fan
        "it's pitch dark in the bedroom",  # only one of the two has a light
    ):
        plan = _TWO.plan(text)
        assert plan.steps == [], text
        assert plan.error is not None and plan.error.code == ErrorCode.AMBIGUOUS, text
        assert "Flat A Bedroom" in (plan.reply or "") and "Flat B Bedroom" in (plan.reply or "")


def test_the_room_of_this_computers_floor_is_the_one_meant() -> None:
    plan = _TWO.plan("it's roasting in the bedroom", area="lounge_b")
    assert _steps(plan) == [("fan.turn_on", ["fan.bed_b"])]
    plan = _TWO.plan("it's freezing in our bedroom", area="lounge_a")
    assert plan.error is None and plan.steps, plan.reply


def test_a_room_said_in_full_is_acted_on() -> None:
    assert _steps(_TWO.plan("it's roasting in the flat b bedroom")) == [
        ("fan.turn_on", ["fan.bed_b"])
    ]


# --- left on for too long -----------------------------------------------------------------

_LEFT = _planner(
    [
        _entity("light.yard", "Yard Light", "on"),
        _entity("cover.barn", "Barn Door", "open", device_class="garage"),
        _entity("lock.side", "Side Door", "unlocked"),
    ]
)


def test_left_on_for_too_long_is_undone() -> None:
    assert _steps(_LEFT.plan("the yard light's been on all night")) == [
        ("light.turn_off", ["light.yard"])
    ]
    assert _steps(_LEFT.plan("the barn door has been open all day")) == [
        ("cover.close_cover", ["cover.barn"])
    ]
    assert _steps(_LEFT.plan("the side door's been unlocked since last night")) == [
        ("lock.lock", ["lock.side"])
    ]


def test_said_without_how_long_it_is_not_read_as_undone() -> None:
    steps = _steps(_LEFT.plan("the yard light has been on"))
    assert ("light.turn_off", ["light.yard"]) not in steps


# --- too quiet, blasting ------------------------------------------------------------------

_PLAYERS = _planner(
    [
        _entity("media_player.den_tv", "Den TV", "playing", volume_level=0.3, device_class="tv"),
        _entity("media_player.radio", "Radio", "off"),
    ]
)


def _volume(text: str) -> float | None:
    steps = _PLAYERS.plan(text).steps
    if [s.action for s in steps] != ["media_player.volume_set"]:
        return None
    return float(steps[0].params["volume_level"])


def test_what_plays_said_too_quiet_or_blasting_is_turned_up_or_down() -> None:
    assert (_volume("the telly's a bit quiet") or 0) > 0.3
    assert (_volume("the TV is blasting") or 1) < 0.3
    assert (_volume("I can't work with the TV that loud") or 1) < 0.3


def test_a_quiet_house_or_child_is_no_players() -> None:
    assert _volume("the baby is a bit quiet today") is None
    assert _volume("the street is very quiet") is None


# --- a timer helper named as one ----------------------------------------------------------

_TIMERS = _planner(
    [
        _entity("timer.bins", "Bins reminder", "idle", duration="0:10:00"),
        _entity("timer.laundry", "Laundry", "idle", "laundry", duration="0:45:00"),
        _entity("light.laundry", "Laundry Room Light", "on", "laundry"),
    ],
    [{"id": "laundry", "name": "Laundry Room"}],
)


def test_a_helper_named_as_a_reminder_is_started_and_stopped_by_its_name() -> None:
    assert _steps(_TIMERS.plan("start the bins reminder")) == [("timer.start", ["timer.bins"])]
    # Hearth's own reminders are not what is meant when the helper is named
    assert _steps(_TIMERS.plan("cancel the bins reminder")) == [("timer.cancel", ["timer.bins"])]
    assert _steps(_TIMERS.plan("stop the bins reminder")) == [("timer.cancel", ["timer.bins"])]


def test_a_helper_called_just_a_rooms_word_is_not_turned_on_or_off() -> None:
    for text in ("turn off the laundry lights", "switch off everything in the laundry"):
        assert "timer.cancel" not in [a for a, _ in _steps(_TIMERS.plan(text))], text


# --- situations said instead of a name ----------------------------------------------------

_SAID = _planner(
    [
        _entity("scene.lights_out", "Lights Out", "2026-01-01T00:00:00"),
        _entity("scene.morning", "Morning", "2026-01-01T00:00:00"),
        _entity("scene.morning_chores", "Morning Chores", "2026-01-01T00:00:00"),
        _entity("scene.match", "Match Day", "2026-01-01T00:00:00"),
        _entity("scene.eco", "Battery Saver", "2026-01-01T00:00:00"),
        _entity("switch.espresso", "Coffee Maker", "off"),
        _entity("switch.cylinder", "Immersion Heater", "off"),
        _entity("switch.genset", "Generator", "off"),
        _entity("switch.extractor", "Dust Extractor", "off"),
        _entity("light.reading", "Reading Light", "off"),
    ]
)


def _ran(text: str) -> list[str]:
    return [t for _, targets in _steps(_SAID.plan(text)) for t in targets]


def test_situations_run_the_one_scene_or_device_made_for_them() -> None:
    assert _ran("I'm off to bed") == ["scene.lights_out"]
    assert _ran("the match is about to start") == ["scene.match"]
    assert _ran("save power, the battery's getting low") == ["scene.eco"]
    assert _ran("need a coffee") == ["switch.espresso"]
    assert _ran("I'd like a hot bath tonight") == ["switch.cylinder"]
    assert _ran("the batteries need charging") == ["switch.genset"]
    assert _ran("there's sawdust everywhere in the workshop") == ["switch.extractor"]
    assert _ran("I want to read") == ["light.reading"]


def test_a_scene_called_just_morning_is_the_mornings_and_a_task_is_not() -> None:
    assert _ran("I'm up") == ["scene.morning"]
    chores = _planner([_entity("scene.morning_chores", "Morning Chores", "2026-01-01T00:00:00")])
    assert _steps(chores.plan("I'm up")) == []


def test_two_reading_lights_are_asked_about() -> None:
    planner = _planner(
        [_entity("light.a", "Reading Light", "off"), _entity("light.b", "Bedside Lamp", "off")]
    )
    plan = planner.plan("I want to read")
    assert plan.steps == [] and plan.error is not None
    assert plan.error.code == ErrorCode.AMBIGUOUS


# --- enough of what plays; light to see by ------------------------------------------------

_DEN = _planner(
    [
        _entity("media_player.wireless", "Wireless", "playing", "den", volume_level=0.4),
        _entity("light.den_desk", "Den Desk Lamp", "off", "den"),
    ],
    [{"id": "den", "name": "Den"}],
)


def test_enough_of_what_plays_pauses_it() -> None:
    assert _steps(_DEN.plan("I've heard enough of the radio")) == [
        ("media_player.media_pause", ["media_player.wireless"])
    ]
    assert _steps(_DEN.plan("I've had enough of the dog")) == []


def test_needing_to_see_in_a_room_lights_it_and_seeing_a_thing_does_not() -> None:
    assert _steps(_DEN.plan("I need to see in the den")) == [("light.turn_on", ["light.den_desk"])]
    assert _steps(_DEN.plan("I want to see the news")) == []
