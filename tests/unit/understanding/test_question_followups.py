"""Follow-ups of a question are questions (issue 12): "and the study", "what about upstairs",
with or without a question mark, right after a question, ask the same of what they name and
never act; the question a follow-up stood for is kept by the conversation itself, not by the
module; a measure asked of a place that has nothing to measure it is said so, never read from
another room."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import ErrorCode, Plan
from app.understanding import Planner
from tests.helpers.small_homes import device


def _home() -> Home:
    return Home.from_dict(
        {
            "floors": [
                {"id": "ground", "name": "Ground Floor", "level": 0, "aliases": ["downstairs"]},
                {"id": "first", "name": "First Floor", "level": 1, "aliases": ["upstairs"]},
            ],
            "areas": [
                {"id": "kitchen", "name": "Kitchen", "floor": "ground"},
                {"id": "hall", "name": "Hall", "floor": "ground"},
                {"id": "study", "name": "Study", "floor": "first"},
                {"id": "bedroom", "name": "Bedroom", "floor": "first"},
            ],
            "entities": [
                device("light.kitchen", "Kitchen Pendants", "on", "kitchen"),
                device("light.hall", "Hall Light", "off", "hall"),
                device("light.study", "Study Lamp", "off", "study"),
                device("light.bedroom", "Bedside Lamp", "on", "bedroom"),
                device("switch.kettle", "Kettle", "off", "kitchen"),
                device("lock.front", "Front Door", "locked", "hall"),
                device("lock.back", "Back Door", "unlocked", "kitchen"),
                device(
                    "binary_sensor.kitchen_motion",
                    "Kitchen Motion",
                    "on",
                    "kitchen",
                    device_class="motion",
                ),
                device(
                    "binary_sensor.hall_motion", "Hall Motion", "off", "hall", device_class="motion"
                ),
                device(
                    "sensor.study_temperature",
                    "Study Temperature",
                    "19.5",
                    "study",
                    device_class="temperature",
                    unit_of_measurement="°C",
                ),
                device(
                    "sensor.bedroom_temperature",
                    "Bedroom Temperature",
                    "18.0",
                    "bedroom",
                    device_class="temperature",
                    unit_of_measurement="°C",
                ),
                device(
                    "sensor.bedroom_humidity",
                    "Bedroom Humidity",
                    "48",
                    "bedroom",
                    device_class="humidity",
                    unit_of_measurement="%",
                ),
            ],
        }
    )


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(_home(), "en")


def _plan(planner: Planner, text: str, conversation: Conversation) -> Plan:
    return planner.plan(text, conversation=conversation)


def _reads_only(plan: Plan) -> bool:
    return all(step.read_only for step in plan.steps)


def test_a_place_after_a_question_about_a_kind_asks_the_same_there(planner: Planner) -> None:
    talk = Conversation("c")
    first = _plan(planner, "is the light on in the kitchen", talk)
    assert first.reply == "Yes, Kitchen Pendants is on."
    for text, reply in (
        ("and the hall", "No, Hall Light is off."),  # no question mark
        ("what about the study", "No, Study Lamp is off."),
        ("how about the bedroom?", "Yes, Bedside Lamp is on."),
    ):
        plan = _plan(planner, text, talk)
        assert plan.reply == reply, text
        assert plan.steps and _reads_only(plan)


def test_everything_in_a_place_asked_again_of_another_floor(planner: Planner) -> None:
    talk = Conversation("c")
    assert _plan(planner, "what's still on downstairs", talk).reply == "Kitchen Pendants is on."
    plan = _plan(planner, "what about upstairs", talk)
    assert plan.reply == "Bedside Lamp is on."
    assert [s.targets for s in plan.steps] == [["light.bedroom"]]
    assert _reads_only(plan)


def test_a_follow_up_of_a_question_never_acts(planner: Planner) -> None:
    talk = Conversation("c")
    _plan(planner, "is the kettle on", talk)
    plan = _plan(planner, "and the hall light", talk)
    assert plan.steps and _reads_only(plan)
    assert plan.reply == "No, Hall Light is off."  # "on", as the question before asked
    # A command's verb makes it a command again.
    command = _plan(planner, "and turn on the hall light", talk)
    assert [s.action for s in command.steps] == ["light.turn_on"]


def test_the_same_words_after_a_command_are_a_command(planner: Planner) -> None:
    talk = Conversation("c")
    _plan(planner, "turn on the kitchen pendants", talk)
    plan = _plan(planner, "and the hall light", talk)
    assert [s.action for s in plan.steps] == ["light.turn_on"]
    assert plan.steps[0].targets == ["light.hall"]


def test_a_measure_follow_up_without_a_question_mark(planner: Planner) -> None:
    talk = Conversation("c")
    assert _plan(planner, "how warm is the study", talk).reply == "It's 19.5 °C in the Study."
    assert _plan(planner, "what about the bedroom", talk).reply == "It's 18 °C in the Bedroom."
    assert _plan(planner, "and the humidity", talk).reply == "The humidity is 48% in the Bedroom."


def test_the_conversation_keeps_what_a_follow_up_stood_for(planner: Planner) -> None:
    talk = Conversation("same-id")
    _plan(planner, "how warm is the study", talk)
    _plan(planner, "and the bedroom?", talk)
    assert talk.last_question is not None
    assert talk.last_question[0] == "and the bedroom"
    # Another conversation with the same id starts from nothing: no state outside it.
    fresh = Conversation("same-id")
    fresh.last_command = "and the bedroom"
    fresh.last_asked = True
    plan = _plan(planner, "and the humidity?", fresh)
    assert plan.reply != "The humidity is 48% in the Bedroom."


def test_a_measure_a_floor_has_nothing_for_is_said_so(planner: Planner) -> None:
    plan = planner.plan("what's the humidity downstairs?")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code is ErrorCode.NO_TARGET
    assert plan.reply == "Nothing measures the humidity on the Ground Floor."
    plan = planner.plan("how humid is it in the kitchen")
    assert plan.steps == []
    assert plan.reply == "Nothing measures the humidity in the Kitchen."


def _weather_home() -> Home:
    days = [
        ("2026-12-09T01:00:00+00:00", "sunny", 0),
        ("2026-12-10T01:00:00+00:00", "rainy", 80),
        ("2026-12-11T01:00:00+00:00", "cloudy", 10),
    ]
    forecast = [
        {
            "datetime": when,
            "condition": condition,
            "temperature": 25,
            "templow": 15,
            "precipitation_probability": chance,
        }
        for when, condition, chance in days
    ]
    return Home.from_dict(
        {
            "areas": [{"id": "kitchen", "name": "Kitchen"}],
            "entities": [
                {
                    "entity_id": "weather.home",
                    "name": "Home",
                    "state": "sunny",
                    "attributes": {
                        "temperature": 22,
                        "temperature_unit": "°C",
                        "forecast": forecast,
                    },
                },
                {
                    "entity_id": "calendar.family",
                    "name": "Family",
                    "state": "off",
                    "attributes": {
                        "message": "Plumber",
                        "all_day": False,
                        "start_time": "2026-12-10 08:45:00",
                        "end_time": "2026-12-10 09:45:00",
                    },
                },
                device("light.kitchen", "Kitchen Light", "on", "kitchen"),
            ],
        }
    )


def test_the_weather_asked_again_of_another_day() -> None:
    planner = Planner(_weather_home(), "en", tz=ZoneInfo("UTC"))
    now = dt.datetime(2026, 12, 9, 2, 0, tzinfo=ZoneInfo("UTC"))
    talk = Conversation("c")
    first = planner.plan("will it rain today", now=now, conversation=talk)
    assert first.reply is not None and first.reply.startswith("No rain")
    plan = planner.plan("what about tomorrow", now=now, conversation=talk)
    assert plan.reply is not None and plan.reply.startswith("Yes, rain is forecast. Tomorrow")
    assert [s.targets for s in plan.steps] == [["weather.home"]] and _reads_only(plan)
    plan = planner.plan("and on friday?", now=now, conversation=talk)
    assert plan.reply is not None and plan.reply.startswith("No rain forecast. Friday")


def test_the_calendar_asked_again_of_another_day() -> None:
    planner = Planner(_weather_home(), "en", tz=ZoneInfo("UTC"))
    now = dt.datetime(2026, 12, 9, 2, 0, tzinfo=ZoneInfo("UTC"))
    talk = Conversation("c")
    planner.plan("what's on today", now=now, conversation=talk)
    plan = planner.plan("what about tomorrow", now=now, conversation=talk)
    assert [s.action for s in plan.steps] == ["calendar.get_events"]
    assert plan.steps[0].params["start_date_time"] == "2026-12-10T00:00:00+00:00"
    assert plan.reply == "Next on the Family calendar tomorrow: Plumber at 08:45."


def test_a_named_follow_up_asks_the_same_state(planner: Planner) -> None:
    talk = Conversation("c")
    assert _plan(planner, "is the front door locked", talk).reply == "Yes, Front Door is locked."
    plan = _plan(planner, "what about the back door", talk)
    assert plan.reply == "No, Back Door is unlocked."
    assert _reads_only(plan)


def test_any_question_about_a_place_asked_of_another(planner: Planner) -> None:
    talk = Conversation("c")
    first = _plan(planner, "is anyone in the kitchen", talk)
    assert first.reply == "Yes: Kitchen Motion is detecting motion."
    plan = _plan(planner, "what about the hall", talk)
    assert plan.reply == "No: Hall Motion is clear."
    assert [s.targets for s in plan.steps] == [["binary_sensor.hall_motion"]]
    # and again, from the question the follow-up stood for
    plan = _plan(planner, "and the kitchen?", talk)
    assert plan.reply == "Yes: Kitchen Motion is detecting motion."
