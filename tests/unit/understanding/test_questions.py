"""Questions about the home are answered read-only from its state and never become actions
(issue 12): yes/no, counting, "which", "what's still on" in a place, measures, what is
playing, the weather, to-do lists, the calendar, and names the home does not have."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import ErrorCode, Plan
from app.understanding import Planner, answers
from app.understanding.question_data import load_questions
from app.understanding.questions import is_question
from tests.helpers.snapshot_rows import entity_row as _entity

UTC = ZoneInfo("UTC")
NOW = dt.datetime(2026, 12, 4, 9, 0, tzinfo=UTC)  # a Friday morning


HOME = {
    "name": "Question test home",
    "floors": [
        {"id": "ground", "name": "Ground Floor", "aliases": ["downstairs"]},
        {"id": "basement", "name": "Basement"},
    ],
    "areas": [
        {"id": "kitchen", "name": "Kitchen", "floor": "ground"},
        {"id": "bedroom", "name": "Bedroom", "floor": "ground"},
        {"id": "hall", "name": "Hall", "floor": "ground"},
        {"id": "garden", "name": "Garden", "floor": "ground"},
        {"id": "rec_room", "name": "Rec Room", "floor": "basement"},
    ],
    "entities": [
        _entity("light.kitchen", "Kitchen Light", "on", "kitchen"),
        _entity("light.bedroom", "Bedroom Light", "off", "bedroom"),
        _entity("light.rec_room", "Rec Room Lights", "on", "rec_room"),
        _entity("switch.coffee_maker", "Coffee Maker", "off", "kitchen", device_class="outlet"),
        _entity("switch.dehumidifier", "Dehumidifier", "on", "rec_room"),
        _entity("valve.irrigation", "Garden Irrigation", "closed", "garden", device_class="water"),
        _entity(
            "binary_sensor.kitchen_window", "Kitchen Window", "on", "kitchen", device_class="window"
        ),
        _entity(
            "binary_sensor.bedroom_window", "Bedroom Window", "on", "bedroom", device_class="window"
        ),
        _entity("binary_sensor.hall_window", "Hall Window", "off", "hall", device_class="window"),
        _entity("cover.garage_door", "Garage Door", "open", "hall", device_class="garage"),
        _entity("binary_sensor.leak", "Leak Sensor", "off", "kitchen", device_class="moisture"),
        _entity(
            "binary_sensor.back_door_contact",
            "Back Door Sensor",
            "off",
            "kitchen",
            device_class="door",
        ),
        _entity("lock.front_door", "Front Door", "locked", "hall"),
        _entity("lock.back_door", "Back Door", "unlocked", "kitchen"),
        _entity(
            "sensor.bedroom_temperature",
            "Bedroom Temperature",
            "19.10",
            "bedroom",
            unit_of_measurement="°C",
            device_class="temperature",
        ),
        _entity(
            "sensor.front_door_battery",
            "Front Door Lock Battery",
            "55",
            "hall",
            unit_of_measurement="%",
            device_class="battery",
        ),
        _entity(
            "media_player.rec_room_speaker",
            "Rec Room Speaker",
            "playing",
            "rec_room",
            device_class="speaker",
            media_title="Dreams",
            media_artist="Fleetwood Mac",
        ),
        _entity(
            "weather.home",
            "Home",
            "rainy",
            None,
            temperature=9.0,
            temperature_unit="°C",
            wind_speed=20.0,
            wind_speed_unit="km/h",
        ),
        _entity(
            "todo.shopping_list",
            "Shopping List",
            "3",
            None,
            items=[
                {"summary": "milk", "status": "needs_action"},
                {"summary": "eggs", "status": "needs_action"},
                {"summary": "paper towels", "status": "needs_action"},
                {"summary": "bread", "status": "completed"},
            ],
        ),
        _entity("calendar.family", "Family", "off", None),
    ],
}


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(Home.from_dict(HOME), "en", tz=UTC)


def ask(planner: Planner, text: str, **kw: Any) -> Plan:
    plan = planner.plan(text, now=NOW, **kw)
    # A question never changes anything, whatever it is answered with.
    assert all(step.read_only for step in plan.steps), (text, plan.steps)
    return plan


@pytest.mark.parametrize(
    "text",
    [
        "did I leave the coffee maker on",
        "did I leave the coffee maker on?",
        "is the irrigation running?",
        "is the irrigation on",
        "have I left the kitchen light on",
        "are the doors locked and the lights off?",
        "is the garage door open? close it",
        "was the back door unlocked",
        "can you tell me if the coffee maker is on",
    ],
)
def test_a_question_is_never_an_action(planner: Planner, text: str) -> None:
    ask(planner, text)


def test_yes_no_about_one_device(planner: Planner) -> None:
    assert ask(planner, "did I leave the coffee maker on").reply == "No, Coffee Maker is off."
    assert ask(planner, "is the irrigation running?").reply == "No, Garden Irrigation is closed."
    assert ask(planner, "is the garage door open?").reply == "Yes, Garage Door is open."
    assert ask(planner, "is the kitchen window shut").reply == "No, Kitchen Window is open."


def test_counting_and_which(planner: Planner) -> None:
    assert (
        ask(planner, "how many windows are open?").reply
        == "2 windows are open: Kitchen Window and Bedroom Window."
    )
    assert (
        ask(planner, "which windows are open").reply
        == "Kitchen Window and Bedroom Window are open."
    )
    assert ask(planner, "how many lights are on in the bedroom").reply == "No lights are on."
    assert ask(planner, "which lights are on downstairs?").reply == "Kitchen Light is on."


def test_all_and_any(planner: Planner) -> None:
    assert (
        ask(planner, "are the doors locked").reply
        == "No, Back Door is unlocked (Front Door is locked)."
    )
    assert ask(planner, "is everything locked?").reply == (
        "No, Back Door is unlocked (Front Door is locked)."
    )
    # "Open" asks whether any is; "off" whether all are.
    assert ask(planner, "are the windows open").reply == (
        "Yes, 2 windows are open: Kitchen Window and Bedroom Window."
    )
    assert ask(planner, "are the lights off downstairs").reply == (
        "No, Kitchen Light is on (Bedroom Light is off)."
    )
    assert ask(planner, "did I lock the front door").reply == "Yes, Front Door is locked."
    assert ask(planner, "did I close the garage door?").reply == "No, Garage Door is open."
    assert ask(planner, "are any doors unlocked?").reply == "Yes, 1 door is unlocked: Back Door."
    assert ask(planner, "any windows open in the hall?").reply == "No, no windows are open."


def test_what_is_still_on_in_a_place(planner: Planner) -> None:
    reply = ask(planner, "what's still on in the basement?").reply
    assert reply == "Rec Room Lights, Dehumidifier and Rec Room Speaker are on."
    assert ask(planner, "what's on downstairs").reply == "Kitchen Light is on."
    anything = ask(planner, "is anything still on?").reply
    assert anything is not None and anything.startswith("Yes, 4 things are on:")


def test_measures_by_device_with_numbers_as_people_write_them(planner: Planner) -> None:
    assert ask(planner, "bedroom temperature?").reply == "Bedroom Temperature is 19.1 °C."
    assert (
        ask(planner, "how much battery does the front door have").reply
        == "Front Door's battery is 55%."
    )
    assert answers.number(68.0) == "68" and answers.number("21.40") == "21.4"


def test_media_weather_and_lists(planner: Planner) -> None:
    assert (
        ask(planner, "what's playing?").reply
        == "Rec Room Speaker is playing Dreams by Fleetwood Mac."
    )
    assert ask(planner, "what's the weather like").reply == "It's rainy and 9 °C."
    assert ask(planner, "is it raining?").reply == "Yes, it's rainy and 9 °C."
    assert ask(planner, "do I need an umbrella").reply == "Yes, it's rainy and 9 °C."
    assert ask(planner, "how windy is it?").reply == "It's rainy and 9 °C, with wind at 20 km/h."
    counted = ask(planner, "how many things are on the shopping list?")
    assert counted.reply == "3 things are on Shopping List: milk, eggs and paper towels."
    assert [s.action for s in counted.steps] == ["todo.get_items"]
    conversation = Conversation("c")
    planner.plan("add cheese to the shopping list", now=NOW, conversation=conversation)
    follow = ask(planner, "what's on it now?", conversation=conversation)
    assert follow.reply is not None and "paper towels" in follow.reply


@pytest.mark.parametrize(
    ("text", "start", "end", "match"),
    [
        ("what's on tomorrow?", "2026-12-05T00:00:00+00:00", "2026-12-06T00:00:00+00:00", None),
        (
            "do I have anything tomorrow?",
            "2026-12-05T00:00:00+00:00",
            "2026-12-06T00:00:00+00:00",
            None,
        ),
        (
            "what's on this afternoon?",
            "2026-12-04T12:00:00+00:00",
            "2026-12-04T18:00:00+00:00",
            None,
        ),
        (
            "anything on the calendar thursday",
            "2026-12-10T00:00:00+00:00",
            "2026-12-11T00:00:00+00:00",
            None,
        ),
        (
            "when is the dentist?",
            "2026-12-04T09:00:00+00:00",
            "2027-12-05T09:00:00+00:00",
            "dentist",
        ),
    ],
)
def test_calendar_questions_read_the_calendars(
    planner: Planner, text: str, start: str, end: str, match: str | None
) -> None:
    plan = ask(planner, text)
    [step] = plan.steps
    assert step.action == "calendar.get_events"
    assert step.params["start_date_time"] == start and step.params["end_date_time"] == end
    assert step.params.get("match") == match


def test_a_place_is_not_a_time(planner: Planner) -> None:
    """ "What's on downstairs?" is the home's, "what's on tomorrow?" the calendar's."""
    assert [s.action for s in ask(planner, "what's on downstairs?").steps] == ["state.get"]


def test_unknown_names_say_what_was_not_found(planner: Planner) -> None:
    plan = ask(planner, "is the attic light on?")
    assert plan.error is not None and plan.error.code is ErrorCode.NO_TARGET
    assert plan.reply == "I don't know a device or room called 'attic light'."
    assert ask(planner, "what's the temperature in the attic").reply == (
        "I don't know a device or room called 'attic'."
    )
    assert ask(planner, "are any lights on in the bedroom").reply == "No, no lights are on."
    # A room the home does not have is not part of a device's name ("Kitchen Window").
    assert ask(planner, "is the light on in the sitting room").reply == (
        "I don't know a device or room called 'sitting room'."
    )
    assert ask(planner, "how many windows are open in the conservatory?").reply == (
        "I don't know a device or room called 'conservatory'."
    )


def test_polite_commands_stay_commands(planner: Planner) -> None:
    plan = planner.plan("can you turn on the bedroom light?", now=NOW)
    assert [(s.action, s.targets) for s in plan.steps] == [("light.turn_on", ["light.bedroom"])]
    plan = planner.plan("could you lock the back door please?", now=NOW)
    assert [(s.action, s.targets) for s in plan.steps] == [("lock.lock", ["lock.back_door"])]


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("is the door locked", True),
        ("did I leave the oven on", True),
        ("how many lights are on", True),
        ("any doors open?", True),
        ("can you tell me whether the door is locked", True),
        ("bedroom temperature?", True),
        ("can you turn off the lights?", False),
        ("would you mind closing the blinds", False),
        ("lights off?", True),
        ("front door locked?", True),
        ("turn the lights off?", False),
        ("turn on the lamp", False),
        ("what about the kitchen", False),
    ],
)
def test_question_detection_is_data(text: str, asks: bool) -> None:
    from app.understanding.frames import load_frames

    data = load_questions("en")
    assert data is not None
    assert is_question(text, data, load_frames("en")) is asks


def test_this_computers_room_and_follow_up_questions(planner: Planner) -> None:
    assert ask(planner, "is the light on", area="bedroom").reply == "No, Bedroom Light is off."
    assert ask(planner, "are the lights on", area="kitchen").reply == "Yes, Kitchen Light is on."
    # "Which" asks about the whole home.
    assert ask(planner, "which lights are on", area="kitchen").reply == (
        "Kitchen Light and Rec Room Lights are on."
    )
    conversation = Conversation("q")
    first = ask(planner, "is the bedroom window open", conversation=conversation)
    assert first.reply == "Yes, Bedroom Window is open."
    again = ask(planner, "and the hall one?", conversation=conversation)
    assert again.reply == "No, Hall Window is closed."


def test_sensor_states(planner: Planner) -> None:
    """ "Wet", "triggered", "detected" are a sensor's "on", never a light's."""
    assert ask(planner, "is the water sensor wet?").reply == "No, Leak Sensor is dry."
    assert ask(planner, "are any lights detected?").reply != "Yes, 1 light is on: Kitchen Light."


def test_a_state_the_device_cannot_be_in_is_read_from_its_sensor(planner: Planner) -> None:
    """A lock is locked or not; whether the back door is shut is its door sensor's."""
    assert ask(planner, "is the back door shut").reply == "Yes, Back Door Sensor is closed."
    assert ask(planner, "is the dishwasher done?").reply == ("There's no dishwasher in this home.")
