"""English sentences that look like commands but ask, or say nothing is to be done (session
14): an indirect question ("I wonder if…", "why is…", "not sure if…") is answered and never
acts; a remark with "leave … alone" does nothing; "I said don't …" is a "don't"; "turn off" a
name shared by a room's lights and a timer helper is the lights; a weather word that is also
part of a device's name ("will it rain": the Rain Barrel) asks about the weather."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.core.home import Home
from app.core.plan import Plan
from app.understanding import Planner
from tests.helpers.small_homes import entity

TZ = ZoneInfo("Europe/London")
NOW = dt.datetime(2026, 5, 12, 10, 0, tzinfo=TZ)


HOME = Home.from_dict(
    {
        "areas": [
            {"id": "den", "name": "Den"},
            {"id": "utility", "name": "Utility"},
            {"id": "yard", "name": "Yard"},
        ],
        "entities": [
            entity("light.den", "Den Lamp", "den", "on", brightness=120),
            entity("light.utility", "Utility", "utility", "on", brightness=255),
            entity("lock.side_gate", "Side Gate", "yard", "unlocked"),
            entity("switch.water_heater", "Boiler Switch", "utility", "off"),
            entity(
                "climate.den",
                "Den Radiator",
                "den",
                "heat",
                temperature=19,
                current_temperature=16,
                hvac_modes=["off", "heat"],
                min_temp=7,
                max_temp=30,
            ),
            entity("timer.utility", "Utility", "utility", "active", remaining="0:40:00"),
            entity("sensor.barrel", "Rain Barrel", "yard", "64", unit_of_measurement="%"),
            entity(
                "weather.home",
                "Forecast",
                None,
                "sunny",
                temperature=17,
                forecast=[
                    {
                        "datetime": "2026-05-13T00:00:00+01:00",
                        "condition": "rainy",
                        "temperature": 15,
                        "templow": 9,
                        "precipitation_probability": 90,
                    }
                ],
            ),
        ],
    }
)


def _plan(text: str) -> Plan:
    return Planner(HOME, "en", tz=TZ).plan(text, now=NOW)


def _changes(plan: Plan) -> list[str]:
    return [s.action for s in plan.steps if not s.read_only]


# -- indirect questions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("I wonder if the side gate is locked", "unlocked"),
        ("I wonder whether the den lamp is on", "on"),
        ("why is the den lamp on", "on"),
        ("how come the boiler switch is off", "off"),
        ("not sure if I switched off the boiler switch", "off"),
        ("I need to know if the side gate is locked", "unlocked"),
    ],
)
def test_an_indirect_question_is_answered_and_changes_nothing(text: str, said: str) -> None:
    plan = _plan(text)
    assert _changes(plan) == [], text
    assert plan.steps and all(s.read_only for s in plan.steps), text
    assert said in (plan.reply or "").lower(), plan.reply


def test_the_command_under_the_same_words_still_acts() -> None:
    assert _changes(_plan("lock the side gate")) == ["lock.lock"]


# -- a remark that asks for nothing to be done -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the den is chilly but leave the radiator alone",
        "it's freezing in the den but leave it as it is",
    ],
)
def test_a_remark_leaving_things_alone_does_nothing(text: str) -> None:
    assert _changes(_plan(text)) == [], text


def test_the_remark_alone_still_warms_the_room() -> None:
    assert _changes(_plan("the den is chilly")) == ["climate.set_temperature"]


@pytest.mark.parametrize(
    "text", ["I said don't unlock the side gate", "I told you, never switch on the boiler switch"]
)
def test_i_said_dont_is_a_dont(text: str) -> None:
    plan = _plan(text)
    assert _changes(plan) == [], text
    assert "leave" in (plan.reply or ""), plan.reply


# -- a room's lights and a timer helper of the same name -----------------------------------------


def test_turning_off_a_name_the_room_and_a_timer_share_is_the_lights() -> None:
    plan = _plan("turn off the utility")
    assert [(s.action, s.targets) for s in plan.steps] == [("light.turn_off", ["light.utility"])]


def test_a_timer_helper_is_still_cancelled_by_its_name() -> None:
    plan = _plan("cancel the utility")
    assert [(s.action, s.targets) for s in plan.steps] == [("timer.cancel", ["timer.utility"])]


# -- a weather word that is part of a name ---------------------------------------------------------


@pytest.mark.parametrize("text", ["will it rain tomorrow", "is it going to rain tomorrow"])
def test_rain_said_as_weather_asks_the_forecast(text: str) -> None:
    plan = _plan(text)
    assert [t for s in plan.steps for t in s.targets] == ["weather.home"], text


@pytest.mark.parametrize("text", ["how full is the rain barrel", "what's the rain barrel at"])
def test_the_device_named_with_the_word_is_still_read(text: str) -> None:
    plan = _plan(text)
    assert [t for s in plan.steps for t in s.targets] == ["sensor.barrel"], text
    assert "64" in (plan.reply or "")


# -- a light said by part of its name, dimmed in its room; a remark written "its" ----------------

ROOMS = Home.from_dict(
    {
        "areas": [{"id": "dining", "name": "Dining Room"}, {"id": "hall", "name": "Hall"}],
        "entities": [
            entity("light.dining", "Dining Chandelier", "dining", "on", brightness=200),
            entity("light.hall", "Hall Pendant", "hall", "on", brightness=200),
            entity(
                "climate.hall",
                "Hall Thermostat",
                "hall",
                "heat",
                temperature=18,
                current_temperature=17,
                hvac_modes=["off", "heat"],
                min_temp=7,
                max_temp=30,
            ),
            entity(
                "calendar.visits",
                "Visits",
                None,
                "off",
                message="Chimney sweep",
                all_day=False,
                start_time="2026-05-14 09:00:00",
                end_time="2026-05-14 10:00:00",
            ),
        ],
    }
)


def _rooms(text: str, area: str | None = None) -> Plan:
    return Planner(ROOMS, "en", tz=TZ).plan(text, area=area, now=NOW)


@pytest.mark.parametrize(
    ("text", "target", "step"),
    [
        ("dim the chandelier in the dining room", "light.dining", -20),
        ("brighten the pendant in the hall", "light.hall", 20),
    ],
)
def test_a_light_said_by_part_of_its_name_in_its_room_is_dimmed(
    text: str, target: str, step: int
) -> None:
    plan = _rooms(text)
    assert [(s.targets, s.params) for s in plan.steps] == [
        ([target], {"brightness_step_pct": step})
    ], text


def test_a_light_said_in_another_room_is_not_dimmed() -> None:
    plan = _rooms("dim the chandelier in the hall")
    assert _changes(plan) == []


def test_its_written_without_an_apostrophe_is_still_a_remark() -> None:
    plan = _rooms("its freezing in here", area="hall")
    assert _changes(plan) == ["climate.set_temperature"]


# -- what is booked next ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["what's booked next", "what have we got next", "what's on next", "who's my next visitor"],
)
def test_what_is_next_said_with_booked_or_got_reads_the_calendar(text: str) -> None:
    plan = _rooms(text)
    assert [s.action for s in plan.steps] == ["calendar.get_events"], text
    assert all(s.read_only for s in plan.steps)
    assert "Chimney sweep" in (plan.reply or ""), plan.reply


def test_anything_booked_on_a_day_reads_the_calendar() -> None:
    plan = _rooms("is anything booked this weekend")
    assert [s.action for s in plan.steps] == ["calendar.get_events"]


# -- an air purifier is no fan; a weather service named "Forecast" ----------------------------

AIRY = Home.from_dict(
    {
        "areas": [{"id": "lounge", "name": "Lounge"}],
        "entities": [
            entity("fan.lounge", "Ceiling Fan", "lounge", "on", percentage=40),
            entity("fan.purifier", "Clean Air Purifier 3", "lounge", "on", percentage=40),
            entity("weather.town", "Forecast Town", None, "cloudy", temperature=11),
        ],
    }
)


def _airy(text: str, area: str | None = None) -> Plan:
    return Planner(AIRY, "en", tz=TZ).plan(text, area=area, now=NOW)


@pytest.mark.parametrize(
    ("text", "area"),
    [("turn off the fan", "lounge"), ("lounge fan speed 70 percent", None)],
)
def test_the_fan_is_never_the_air_purifier(text: str, area: str | None) -> None:
    plan = _airy(text, area)
    assert [t for s in plan.steps for t in s.targets] == ["fan.lounge"], text


def test_the_purifier_by_its_own_name_is_still_the_purifier() -> None:
    plan = _airy("turn off the air purifier")
    assert [(s.action, s.targets) for s in plan.steps] == [("fan.turn_off", ["fan.purifier"])]


@pytest.mark.parametrize("text", ["what's the forecast", "whats the forecast"])
def test_the_forecast_is_the_weather_though_the_service_is_named_so(text: str) -> None:
    plan = _airy(text)
    assert [t for s in plan.steps for t in s.targets] == ["weather.town"], text
    assert "cloudy" in (plan.reply or ""), plan.reply
