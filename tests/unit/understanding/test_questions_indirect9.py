"""Indirect requests, follow-ups and calendar questions that generalise (issue 12, ninth round).

- Feeling cold or hot in a room with no thermostat of its own reaches what serves that room:
  the heating of the part of the home the room belongs to ("Guest Wing Heating" for the Guest
  Wing Bedroom), the thermostat named for the room's floor, or the room's own heater; when
  nothing serves it (another floor's thermostat, a garage's floor), Hearth says so and sets
  nothing.
- A follow-up's "his" or "her" is the owner the previous command named, and "them" after
  "... and the X" is both devices.
- Calendar answers: the date after a weekday, months by name ("in March"), "this month", "the
  week after next"; a request's clock given with a UTC offset reads the calendars' times in
  the home's own zone.

Every sentence and home here was written for this file; none is a corpus line.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import Plan
from app.understanding import Planner

UTC = ZoneInfo("UTC")
#: A Thursday morning, said with the home's offset (five hours behind UTC).
MORNING = dt.datetime(2027, 2, 4, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def _e(entity_id: str, name: str, area: str | None, state: str, **attrs: Any) -> dict[str, Any]:
    return {"entity_id": entity_id, "name": name, "area": area, "state": state, "attributes": attrs}


def _thermostat(entity_id: str, name: str, area: str, target: float) -> dict[str, Any]:
    return _e(
        entity_id,
        name,
        area,
        "heat",
        hvac_modes=["off", "heat"],
        temperature=target,
        current_temperature=target - 1,
        min_temp=7,
        max_temp=30,
        temperature_unit="°C",
    )


HOME = Home.from_dict(
    {
        "floors": [
            {"id": "cellar", "name": "Cellar", "level": -1},
            {"id": "ground", "name": "Ground Floor", "level": 0},
            {"id": "top", "name": "Top Floor", "aliases": ["upstairs"], "level": 1},
        ],
        "areas": [
            {"id": "games", "name": "Games Room", "floor": "cellar"},
            {"id": "wine", "name": "Wine Store", "floor": "cellar"},
            {"id": "hallway", "name": "Hallway", "floor": "ground"},
            {"id": "carport", "name": "Carport", "floor": "ground"},
            {"id": "study", "name": "Study", "floor": "top"},
            {"id": "landing", "name": "Landing", "floor": "top"},
            {"id": "noor_room", "name": "Noor's Room", "floor": "top"},
            {"id": "wing_lounge", "name": "Guest Wing Lounge", "aliases": ["guest wing"]},
            {"id": "wing_bedroom", "name": "Guest Wing Bedroom"},
            {"id": "boot_room", "name": "Boot Room", "floor": "ground"},
        ],
        "entities": [
            _thermostat("climate.ground", "Ground Floor", "hallway", 20),
            _thermostat("climate.upstairs", "Upstairs", "landing", 19),
            _thermostat("climate.wing", "Guest Wing Heating", "wing_lounge", 18),
            _e("switch.games_heater", "Games Room Heater", "games", "off"),
            _e("light.noor_lamp", "Noor's Lamp", "noor_room", "off", brightness=None),
            _e("fan.noor_fan", "Noor's Fan", "noor_room", "off"),
            _e("light.wing_bedside", "Bedside Lamp", "wing_bedroom", "on", brightness=80),
            _e("scene.movie_night", "Movie Night", None, "2027-01-30T20:00:00+00:00"),
            _e(
                "cover.noor_blind",
                "Noor's Blind",
                "noor_room",
                "open",
                device_class="blind",
                current_position=100,
            ),
            _e(
                "cover.study_blind",
                "Study Blind",
                "study",
                "open",
                device_class="blind",
                current_position=100,
            ),
            _e("light.porch", "Porch Light", "hallway", "off", brightness=None),
            # The car, the grid and the tariff, named as the integrations name them.
            _e(
                "sensor.tesla_battery",
                "Tesla Battery",
                "carport",
                "61",
                device_class="battery",
                unit_of_measurement="%",
            ),
            _e(
                "sensor.tesla_range",
                "Tesla Range",
                "carport",
                "212",
                device_class="distance",
                unit_of_measurement="km",
            ),
            _e("switch.zappi", "Zappi Charger", "carport", "on"),
            _e(
                "sensor.powerwall",
                "Powerwall",
                "carport",
                "88",
                device_class="battery",
                unit_of_measurement="%",
            ),
            _e(
                "sensor.grid_in",
                "Grid Import Power",
                "hallway",
                "0.41",
                device_class="power",
                unit_of_measurement="kW",
            ),
            _e(
                "sensor.grid_out",
                "Grid Export Today",
                "hallway",
                "3.7",
                device_class="energy",
                unit_of_measurement="kWh",
            ),
            _e(
                "sensor.tariff",
                "Agile Tariff",
                None,
                "0.23",
                device_class="monetary",
                unit_of_measurement="GBP/kWh",
            ),
            # Players: a show on the TV, the radio in the kitchen.
            _e(
                "media_player.den_tv",
                "Den TV",
                "hallway",
                "playing",
                media_title="Octonauts",
                media_content_type="tvshow",
                app_name="iPlayer",
            ),
            _e(
                "media_player.radio",
                "Kitchen Radio",
                "hallway",
                "playing",
                media_title="Morning Show",
                media_content_type="channel",
            ),
            # A room with a bolt and a door sensor; a patio with a lock and a door sensor.
            _e("lock.boot_bolt", "Boot Room Bolt", "boot_room", "unlocked"),
            _e(
                "binary_sensor.boot_door", "Boot Room Door", "boot_room", "off", device_class="door"
            ),
            _e("lock.patio", "Patio Lock", "hallway", "locked"),
            _e("binary_sensor.patio_door", "Patio Door", "hallway", "on", device_class="door"),
            _e("light.path", "Garden Path", "hallway", "off", brightness=None),
            {
                "entity_id": "calendar.household",
                "name": "Household",
                "state": "off",
                "attributes": {
                    "message": "Chimney sweep",
                    "all_day": False,
                    # Home Assistant's own zone, no offset: 09:15 in the home, not in UTC.
                    "start_time": "2027-02-04 09:15:00",
                    "end_time": "2027-02-04 10:00:00",
                    "location": "",
                    "description": "",
                },
            },
            {
                "entity_id": "calendar.recycling",
                "name": "Recycling",
                "state": "off",
                "attributes": {
                    "message": "Glass collection",
                    "all_day": True,
                    "start_time": "2027-02-08",
                    "end_time": "2027-02-09",
                },
            },
        ],
    }
)


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(HOME, "en", tz=UTC)


def _changes(plan: Plan) -> list[tuple[str, list[str]]]:
    return [(s.action, s.targets) for s in plan.steps if not s.read_only]


# -- feeling cold or hot in a room with no thermostat -------------------------------------------


@pytest.mark.parametrize("text", ["I'm perishing", "brr it's chilly in here", "we're freezing"])
def test_cold_in_a_wing_room_warms_the_wing_heating(planner: Planner, text: str) -> None:
    plan = planner.plan(text, area="wing_bedroom")
    assert _changes(plan) == [("climate.set_temperature", ["climate.wing"])], plan.reply


def test_cold_on_a_floor_warms_the_thermostat_named_for_the_floor(planner: Planner) -> None:
    plan = planner.plan("it's nippy up here", area="study")
    assert _changes(plan) == [("climate.set_temperature", ["climate.upstairs"])]
    assert plan.steps[0].params["temperature"] == 20


def test_cold_in_a_room_with_its_own_heater_turns_that_on(planner: Planner) -> None:
    plan = planner.plan("it's so cold down here", area="games")
    assert _changes(plan) == [("switch.turn_on", ["switch.games_heater"])]


def test_cold_where_nothing_serves_the_room_sets_nothing(planner: Planner) -> None:
    # The Wine Store is on the cellar floor, which has no thermostat: another floor's is
    # never set unasked.
    plan = planner.plan("I'm chilly", area="wine")
    assert _changes(plan) == []
    assert plan.error is not None
    assert "Wine Store" in (plan.reply or "")


def test_a_home_without_floors_warms_its_central_heating() -> None:
    flat = Home.from_dict(
        {
            "areas": [
                {"id": "lounge", "name": "Lounge"},
                {"id": "hall", "name": "Hall"},
                {"id": "sunroom", "name": "Sunroom"},
            ],
            "entities": [
                _thermostat("climate.central", "Central Heating", "hall", 20),
                _thermostat("climate.sunroom", "Sunroom Heater", "sunroom", 16),
            ],
        }
    )
    plan = Planner(flat, "en", tz=UTC).plan("I'm frozen", area="lounge")
    assert _changes(plan) == [("climate.set_temperature", ["climate.central"])]


@pytest.mark.parametrize("text", ["it's arctic in the carport", "the carport is freezing"])
def test_a_carport_is_not_heated_by_its_floors_thermostat(planner: Planner, text: str) -> None:
    plan = planner.plan(text)
    assert _changes(plan) == [], plan.steps


@pytest.mark.parametrize("text", ["it's boiling in Noor's room", "Noor's room is far too warm"])
def test_hot_in_a_room_with_its_own_fan_turns_the_fan_on(planner: Planner, text: str) -> None:
    assert _changes(planner.plan(text)) == [("fan.turn_on", ["fan.noor_fan"])]


def test_hot_in_a_room_whose_fan_is_already_on_cools_its_floors_thermostat() -> None:
    home = HOME.copy()
    home.entities["fan.noor_fan"].state = "on"
    plan = Planner(home, "en", tz=UTC).plan("it's boiling in here", area="noor_room")
    assert _changes(plan) == [("climate.set_temperature", ["climate.upstairs"])]


def test_hot_in_a_room_with_nothing_of_its_own_cools_its_floors_thermostat(
    planner: Planner,
) -> None:
    plan = planner.plan("I'm baking", area="study")
    assert _changes(plan) == [("climate.set_temperature", ["climate.upstairs"])]
    assert plan.steps[0].params["temperature"] == 18


# -- situations and things people are done with -------------------------------------------------


def test_a_scene_named_for_another_situation_first_is_not_bedtime(planner: Planner) -> None:
    assert _changes(planner.plan("we're off to bed")) == []
    assert _changes(planner.plan("film night")) == [("scene.turn_on", ["scene.movie_night"])]


def test_something_people_are_done_with_is_turned_off(planner: Planner) -> None:
    assert _changes(planner.plan("we've finished with the den tv")) == [
        ("media_player.turn_off", ["media_player.den_tv"])
    ]


# -- follow-ups ---------------------------------------------------------------------------------


def test_his_or_her_is_the_owner_the_previous_command_named(planner: Planner) -> None:
    talk = Conversation("c")
    first = planner.plan("switch on Noor's lamp", conversation=talk)
    assert _changes(first) == [("light.turn_on", ["light.noor_lamp"])]
    plan = planner.plan("now lower her blind", conversation=talk)
    assert _changes(plan) == [("cover.close_cover", ["cover.noor_blind"])], plan.reply


def test_them_after_an_added_device_is_both(planner: Planner) -> None:
    talk = Conversation("c")
    planner.plan("turn on the porch light", conversation=talk)
    added = planner.plan("and the garden path too", conversation=talk)
    assert _changes(added) == [("light.turn_on", ["light.path"])]
    plan = planner.plan("switch them off", conversation=talk)
    assert _changes(plan) == [("light.turn_off", ["light.porch", "light.path"])]


def test_them_after_two_separate_commands_is_the_last(planner: Planner) -> None:
    talk = Conversation("c")
    planner.plan("turn on the porch light", conversation=talk)
    planner.plan("open the study blind", conversation=talk)
    plan = planner.plan("close them", conversation=talk)
    assert _changes(plan) == [("cover.close_cover", ["cover.study_blind"])]


# -- calendar -----------------------------------------------------------------------------------


def test_a_clock_with_an_offset_reads_the_calendars_in_the_homes_zone() -> None:
    # No zone given to the planner (a batch run): the request's clock says the home's.
    plan = Planner(HOME, "en").plan("what's next on the household calendar", now=MORNING)
    assert "Chimney sweep" in (plan.reply or "")
    assert "09:15" in (plan.reply or "")
    assert _changes(plan) == []


def test_an_event_days_ahead_is_answered_with_its_date(planner: Planner) -> None:
    plan = planner.plan("when do they collect the glass", now=MORNING)
    assert "Monday 8 February" in (plan.reply or ""), plan.reply


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("anything on in march", "2027-03-01", "2027-04-01"),
        ("what have we got in January", "2028-01-01", "2028-02-01"),
        ("what's on in february", "2027-02-04", "2027-03-01"),
        ("what's on this month", "2027-02-04", "2027-03-01"),
        ("what's on the week after next", "2027-02-15", "2027-02-22"),
    ],
)
def test_months_and_weeks_ahead_are_read_as_spans(
    planner: Planner, text: str, start: str, end: str
) -> None:
    plan = planner.plan(text, now=MORNING)
    steps = [s for s in plan.steps if s.action == "calendar.get_events"]
    assert steps, plan.reply
    assert str(steps[0].params["start_date_time"]).startswith(start)
    assert str(steps[0].params["end_date_time"]).startswith(end)
    assert _changes(plan) == []


# -- energy, the car, what is watched, rooms and doors asked about ------------------------------


def _answer(plan: Plan) -> str:
    assert _changes(plan) == [], plan.steps
    return plan.reply or ""


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("how much charge has the car got", "61"),
        ("what's the battery on the electric car", "61"),
        ("how many miles can the car do", "212"),
        ("what's the range on my car", "212"),
        ("is the car charging", "Zappi Charger is on"),
        ("are we taking power from the grid", "0.41"),
        ("how much have we exported today", "3.7"),
        ("what's the price of electricity at the moment", "0.23"),
    ],
)
def test_things_said_as_people_say_them_are_read_from_their_sensors(
    planner: Planner, text: str, said: str
) -> None:
    assert said in _answer(planner.plan(text))


def test_a_follow_up_about_the_car_asks_the_same_of_it(planner: Planner) -> None:
    talk = Conversation("c")
    assert "88" in _answer(planner.plan("how full is the powerwall", conversation=talk))
    assert "61" in _answer(planner.plan("and the car?", conversation=talk))


def test_what_is_watched_is_the_screens_show(planner: Planner) -> None:
    reply = _answer(planner.plan("what are the children watching"))
    assert "Octonauts" in reply
    assert "Morning Show" not in reply


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("pause iplayer", "media_player.media_pause"),
        ("hold the octonauts", "media_player.media_pause"),
    ],
)
def test_an_app_or_a_show_names_its_player(planner: Planner, text: str, action: str) -> None:
    assert _changes(planner.plan(text)) == [(action, ["media_player.den_tv"])]


def test_a_room_asked_locked_is_its_lock(planner: Planner) -> None:
    reply = _answer(planner.plan("is the boot room locked"))
    assert reply.startswith("No") and "Boot Room Bolt" in reply


def test_a_room_asked_shut_is_its_door(planner: Planner) -> None:
    reply = _answer(planner.plan("is the boot room shut?"))
    assert reply.startswith("Yes") and "Boot Room Door" in reply


def test_shut_of_a_lock_is_read_from_the_door_named_alike(planner: Planner) -> None:
    reply = _answer(planner.plan("is the patio shut"))
    assert reply.startswith("No") and "Patio Door" in reply


def test_a_part_of_the_home_asked_about_is_every_room_named_for_it(planner: Planner) -> None:
    # "The guest wing" is the lounge's other name, and the start of two rooms' names.
    assert "Bedside Lamp" in _answer(planner.plan("which lights are on in the guest wing"))
    assert "Bedside Lamp" not in _answer(
        planner.plan("which lights are on in the guest wing lounge")
    )
