"""Questions about the home's state (issue 12): what one device reports (a fan's speed, a
player's volume, a timer's time left), batteries, leaks, who is home, readings by a sensor's
name or a place said in other words, follow-ups, the weather outside; always read-only."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import Plan
from app.understanding import Planner
from tests.helpers.snapshot_rows import entity_row as _entity

UTC = ZoneInfo("UTC")
NOW = dt.datetime(2026, 12, 7, 12, 40, tzinfo=UTC)


def _sensor(
    entity_id: str, name: str, value: str, area: str | None, unit: str, device_class: str
) -> dict[str, Any]:
    return _entity(
        entity_id, name, value, area, unit_of_measurement=unit, device_class=device_class
    )


HOME = {
    "name": "State questions",
    "floors": [
        {"id": "ground", "name": "Ground Floor", "aliases": ["downstairs"]},
        {"id": "upstairs", "name": "Upstairs"},
        {"id": "basement", "name": "Basement"},
    ],
    "areas": [
        {"id": "kitchen", "name": "Kitchen", "floor": "ground"},
        {"id": "lounge", "name": "Lounge", "floor": "ground", "aliases": ["living room"]},
        {"id": "hall", "name": "Hall", "floor": "ground"},
        {"id": "main_bedroom", "name": "Main Bedroom", "floor": "upstairs"},
        {"id": "emma", "name": "Emma's Room", "floor": "upstairs"},
        {"id": "nursery", "name": "Nursery", "floor": "upstairs"},
        {"id": "laundry", "name": "Laundry Room", "floor": "basement"},
        {"id": "garden", "name": "Garden"},
    ],
    "entities": [
        _entity("fan.bedroom", "Ceiling Fan", "on", "main_bedroom", percentage=67),
        _entity("fan.nursery", "Nursery Fan", "off", "nursery", percentage=0),
        _entity("light.desk", "Desk Lamp", "on", "lounge", brightness=204),
        _entity("cover.blinds", "Lounge Blinds", "open", "lounge", current_position=40),
        _entity(
            "media_player.kitchen",
            "Kitchen Speaker",
            "playing",
            "kitchen",
            volume_level=0.35,
            media_title="Heroes",
            media_artist="David Bowie",
            media_album_name="Heroes",
            is_volume_muted=False,
        ),
        _entity(
            "media_player.garden",
            "Garden Speaker",
            "playing",
            "garden",
            volume_level=0.5,
            media_title="Dreams",
            media_artist="Fleetwood Mac",
        ),
        _entity(
            "media_player.tv", "Lounge TV", "on", "lounge", device_class="tv", app_name="Netflix"
        ),
        _entity(
            "timer.laundry",
            "Laundry",
            "active",
            "laundry",
            duration="0:45:00",
            remaining="0:45:00",
            finishes_at="2026-12-07T13:12:10+00:00",
        ),
        _entity("timer.nap", "Nap", "paused", "nursery", duration="1:30:00", remaining="0:12:00"),
        _entity("lock.back_door", "Back Door", "unlocked", "kitchen"),
        _entity("binary_sensor.back_door", "Back Door", "off", "kitchen", device_class="door"),
        _entity(
            "binary_sensor.washer_leak", "Washer Leak", "on", "laundry", device_class="moisture"
        ),
        _entity("binary_sensor.sink_leak", "Sink Leak", "off", "kitchen", device_class="moisture"),
        _entity(
            "binary_sensor.lounge_motion", "Lounge Motion", "on", "lounge", device_class="motion"
        ),
        _entity("binary_sensor.smoke", "Hall Smoke", "off", "hall", device_class="smoke"),
        _sensor("sensor.lock_battery", "Back Door Lock Battery", "64", "kitchen", "%", "battery"),
        _sensor("sensor.motion_battery", "Garden Motion Battery", "11", "garden", "%", "battery"),
        _sensor(
            "sensor.smoke_battery", "Hall Smoke Detector Battery", "91", "hall", "%", "battery"
        ),
        _sensor("sensor.co2", "Lounge CO2", "812", "lounge", "ppm", "carbon_dioxide"),
        _sensor("sensor.lux", "Lounge Light Level", "240", "lounge", "lx", "illuminance"),
        _sensor(
            "sensor.nursery_temp", "Nursery Temperature", "20.4", "nursery", "°C", "temperature"
        ),
        _sensor("sensor.emma_temp", "Emma's Room Temperature", "18.3", "emma", "°C", "temperature"),
        _sensor("sensor.nursery_hum", "Nursery Humidity", "41", "nursery", "%", "humidity"),
        _sensor("sensor.basement_hum", "Basement Humidity", "58", "laundry", "%", "humidity"),
        _sensor("sensor.pool", "Pool Temperature", "24.8", "garden", "°C", "temperature"),
        _sensor("sensor.washer_power", "Washer Power", "3", "laundry", "W", "power"),
        _sensor("sensor.dryer_power", "Dryer Power", "2140", "laundry", "W", "power"),
        _sensor("sensor.solar_today", "Solar Today", "21.7", None, "kWh", "energy"),
        _sensor("sensor.used_today", "Energy Used Today", "9.3", None, "kWh", "energy"),
        _sensor("sensor.solar_power", "Solar Power", "3840", None, "W", "power"),
        _entity("binary_sensor.washer", "Washing Machine", "on", "laundry", device_class="running"),
        _entity(
            "climate.hall",
            "Heating",
            "heat",
            "hall",
            hvac_action="heating",
            temperature=20.5,
            current_temperature=19.5,
        ),
        _entity("person.sarah", "Sarah", "home"),
        _entity("person.mike", "Mike", "not_home"),
        _entity(
            "todo.groceries",
            "Groceries",
            "2",
            None,
            items=[
                {"summary": "milk", "status": "needs_action"},
                {"summary": "eggs", "status": "needs_action"},
                {"summary": "bread", "status": "completed"},
            ],
        ),
        _entity(
            "weather.home",
            "Home",
            "sunny",
            None,
            temperature=31,
            temperature_unit="°C",
            wind_speed=22,
            wind_speed_unit="km/h",
            uv_index=9,
            forecast=[
                {
                    "datetime": "2026-12-07T17:00:00+00:00",
                    "condition": "sunny",
                    "temperature": 33,
                    "templow": 19,
                    "precipitation_probability": 0,
                },
                {
                    "datetime": "2026-12-08T17:00:00+00:00",
                    "condition": "lightning-rainy",
                    "temperature": 27,
                    "templow": 18,
                    "precipitation_probability": 80,
                },
                {
                    "datetime": "2026-12-09T17:00:00+00:00",
                    "condition": "partlycloudy",
                    "temperature": 29,
                    "templow": 17,
                    "precipitation_probability": 10,
                },
            ],
        ),
    ],
}


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(Home.from_dict(HOME), "en", tz=UTC)


def ask(planner: Planner, text: str, **kw: Any) -> Plan:
    plan = planner.plan(text, now=NOW, **kw)
    assert all(step.read_only for step in plan.steps), (text, plan.steps)
    assert plan.error is None, (text, plan.error)
    return plan


def reply(planner: Planner, text: str, **kw: Any) -> str:
    return str(ask(planner, text, **kw).reply)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("how fast is the ceiling fan going", "Ceiling Fan is at 67% speed."),
        ("what speed is the nursery fan on", "Nursery Fan is off."),
        ("how loud is the kitchen speaker", "Kitchen Speaker's volume is 35%."),
        ("what's the volume on the kitchen speaker", "Kitchen Speaker's volume is 35%."),
        ("how bright is the desk lamp", "Desk Lamp is at 80% brightness."),
        ("how far open are the lounge blinds", "Lounge Blinds is 40% open."),
        ("how long does the laundry timer run for", "Laundry runs for 45 minutes."),
        ("how long's left on the laundry timer", "32 minutes 10 seconds left on Laundry."),
        ("how much time is left on the nap timer", "12 minutes left on Nap (paused)."),
    ],
)
def test_what_one_device_reports(planner: Planner, text: str, expected: str) -> None:
    assert reply(planner, text) == expected


def test_media_questions_say_the_album_and_the_app(planner: Planner) -> None:
    assert reply(planner, "what album is this from", area="kitchen") == (
        "Kitchen Speaker is playing Heroes by David Bowie, from Heroes."
    )
    assert "David Bowie" in reply(planner, "who sings this", area="kitchen")
    assert reply(planner, "what's on the telly") == "Lounge TV is on (Netflix)."


def test_a_battery_by_the_words_of_its_sensors_name(planner: Planner) -> None:
    assert reply(planner, "what's the battery on the back door lock") == (
        "Back Door Lock Battery is 64%."
    )
    assert reply(planner, "how's the smoke detector battery") == (
        "Hall Smoke Detector Battery is 91%."
    )
    assert reply(planner, "is the garden motion battery low") == (
        "Yes, Garden Motion Battery is at 11%."
    )


@pytest.mark.parametrize(
    "text",
    ["is anything low on battery?", "does anything need a new battery", "any flat batteries"],
)
def test_low_batteries_are_named(planner: Planner, text: str) -> None:
    plan = ask(planner, text)
    assert plan.reply == "Yes, 1 battery is low: Garden Motion Battery (11%)."
    assert [s.targets for s in plan.steps] == [["sensor.motion_battery"]]


def test_leaks_anywhere_and_wet_places(planner: Planner) -> None:
    assert reply(planner, "is there a leak anywhere?") == "Yes, 1 water sensor is wet: Washer Leak."
    assert reply(planner, "is the basement wet") == "Yes, Washer Leak is wet."
    assert reply(planner, "is the kitchen dry") == "Yes, Sink Leak is dry."
    assert reply(planner, "is the smoke alarm going off") == "No, Hall Smoke is clear."


def test_who_is_home(planner: Planner) -> None:
    assert reply(planner, "who's home right now") == "Sarah is home (Mike is away)."
    assert reply(planner, "is anyone home") == "Yes, Sarah is home (Mike is away)."
    assert reply(planner, "is everyone home?") == "No, Mike is away."
    assert reply(planner, "is sarah home") == "Yes, Sarah is home."
    assert reply(planner, "is mike back yet") == "No, Mike is away."
    assert reply(planner, "where's mike") == "Mike is away."
    assert reply(planner, "is anyone in the living room") == (
        "Yes: Lounge Motion is detecting motion."
    )
    assert reply(planner, "is anyone in the nursery") == (
        "I can't tell: nothing in the Nursery senses people."
    )


def test_how_many_people_and_nobody(planner: Planner) -> None:
    assert reply(planner, "how many people are home") == "1 person is home: Sarah."
    assert reply(planner, "is nobody home?") == "No, Sarah is home (Mike is away)."


def test_states_said_as_people_say_them(planner: Planner) -> None:
    assert reply(planner, "is the washing machine still running") == (
        "Yes, Washing Machine is running."
    )
    assert reply(planner, "is the kitchen speaker muted") == (
        "No, Kitchen Speaker is playing Heroes by David Bowie."
    )
    assert reply(planner, "is the heating on") == (
        "Yes, Heating is in heat mode (heating), set to 20.5°, currently 19.5°."
    )


def test_readings_of_a_room_by_their_kind(planner: Planner) -> None:
    assert reply(planner, "what's the CO2 level in the living room") == (
        "The CO2 is 812 ppm in the Lounge."
    )
    assert reply(planner, "co2 in the lounge?") == "The CO2 is 812 ppm in the Lounge."
    assert reply(planner, "how bright is it in the lounge") == (
        "The light level is 240 lx in the Lounge."
    )
    assert reply(planner, "what's the air quality in the lounge") == (
        "The CO2 is 812 ppm in the Lounge."
    )
    assert reply(planner, "how humid is it down in the basement") == (
        "The humidity is 58% in the Laundry Room."
    )
    assert reply(planner, "how warm's the nursery") == "It's 20.4 °C in the Nursery."


def test_energy_and_power_by_the_words_of_a_sensors_name(planner: Planner) -> None:
    assert reply(planner, "how much solar have we generated today") == "Solar Today is 21.7 kWh."
    assert reply(planner, "how much energy have we used today") == ("Energy Used Today is 9.3 kWh.")
    assert reply(planner, "how much power is the washer using") == "Washer Power is 3 W."
    # No measure said: the sensor by its name's words, the power now unless a total is asked.
    assert reply(planner, "how much solar are we making right now") == "Solar Power is 3840 W."
    assert reply(planner, "what's the solar doing") == "Solar Power is 3840 W."
    assert reply(planner, "how much solar today") == "Solar Today is 21.7 kWh."
    assert reply(planner, "what's still on in the nursery") == "Nothing is on."
    # No measure said: the sensor by its name's words, the power now unless a total is asked.
    assert reply(planner, "how much solar are we making right now") == "Solar Power is 3840 W."
    assert reply(planner, "what's the solar doing") == "Solar Power is 3840 W."
    assert reply(planner, "how much solar today") == "Solar Today is 21.7 kWh."


def test_a_door_with_a_lock_and_a_contact_sensor(planner: Planner) -> None:
    plan = ask(planner, "is the back door open")
    assert plan.reply == "No, Back Door is closed."
    assert [s.targets for s in plan.steps] == [["binary_sensor.back_door"]]
    assert reply(planner, "is the back door locked") == "No, Back Door is unlocked."


def test_places_said_in_other_words(planner: Planner) -> None:
    assert reply(planner, "what's playing out the back") == (
        "Garden Speaker is playing Dreams by Fleetwood Mac."
    )
    assert reply(planner, "how fast is the ceiling fan going in our room") == (
        "Ceiling Fan is at 67% speed."
    )


def test_follow_ups_ask_the_same_of_another_measure_or_place(planner: Planner) -> None:
    conversation = Conversation("c")
    assert reply(planner, "how warm's the nursery", conversation=conversation) == (
        "It's 20.4 °C in the Nursery."
    )
    assert reply(planner, "and in emma's room?", conversation=conversation) == (
        "It's 18.3 °C in Emma's Room."
    )
    # A follow-up of a follow-up keeps what the first one stood for.
    assert reply(planner, "and the nursery?", conversation=conversation) == (
        "It's 20.4 °C in the Nursery."
    )
    assert reply(planner, "and the humidity?", conversation=conversation) == (
        "The humidity is 41% in the Nursery."
    )
    other = Conversation("d")
    reply(planner, "what's the temperature in the nursery", conversation=other)
    assert reply(planner, "and the humidity?", conversation=other) == (
        "The humidity is 41% in the Nursery."
    )


def test_outside_is_the_weather_not_the_pool(planner: Planner) -> None:
    plan = ask(planner, "what's the temperature outside")
    assert plan.reply == "It's 31 °C outside."
    assert [s.targets for s in plan.steps] == [["weather.home"]]


def test_the_forecast_for_the_day_asked(planner: Planner) -> None:
    tomorrow = "Tomorrow: lightning rainy, high 27 °C, low 18 °C, 80% chance of precipitation."
    assert reply(planner, "will it rain tomorrow") == f"Yes, rain is forecast. {tomorrow}"
    assert reply(planner, "what's the forecast for tomorrow?") == tomorrow
    assert reply(planner, "is it going to rain on wednesday") == (
        "No rain forecast. Wednesday: partly cloudy, high 29 °C, low 17 °C, 10% chance of"
        " precipitation."
    )
    assert reply(planner, "what's the high today") == (
        "It's sunny and 31 °C. Today: sunny, high 33 °C, low 19 °C, 0% chance of precipitation."
    )
    assert reply(planner, "when will it rain").startswith("Yes, rain is forecast for tomorrow.")
    assert reply(planner, "what's the weather this weekend") == (
        "The forecast doesn't reach that far. Now: it's sunny and 31 °C."
    )
    assert reply(planner, "what's the uv index") == "The UV index is 9."


def test_it_in_a_weather_question_is_no_device_of_the_conversation(planner: Planner) -> None:
    conversation = Conversation("w")
    reply(planner, "how loud is the kitchen speaker", conversation=conversation)
    assert reply(planner, "how windy is it", conversation=conversation) == (
        "It's sunny and 31 °C, with wind at 22 km/h."
    )
    assert reply(planner, "how hot will it get tomorrow", conversation=conversation).startswith(
        "Tomorrow: lightning rainy, high 27 °C"
    )


def test_what_is_already_done_on_a_list(planner: Planner) -> None:
    plan = ask(planner, "what have we already picked up from the grocery list")
    assert plan.reply == "Ticked off Groceries: bread."
    assert plan.steps[0].params == {"status": "completed"}
    assert reply(planner, "what's on the grocery list") == "Groceries: milk and eggs."


@pytest.mark.parametrize(
    "text",
    [
        "what speed is the ceiling fan on",
        "how loud is the kitchen speaker?",
        "is the back door open",
        "does anything need a new battery",
        "is anyone in the lounge",
    ],
)
def test_these_questions_never_change_anything(planner: Planner, text: str) -> None:
    plan = planner.plan(text, now=NOW)
    assert plan.steps and all(step.read_only for step in plan.steps)
