"""English questions of the twenty-first session, each on a small home of its own: a statement
with a question's tag ("the front door's locked, right") is asked, never done; where someone
meets or stays is the place of the event the calendar knows; what is to be bought or still to
be done, no list named; a day's weather asked without the word; freezing asked of a place or of
the forecast."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from app.core.home import Home
from app.core.plan import Plan
from app.understanding import Planner, questions
from app.understanding.question_data import load_questions
from tests.helpers.small_homes import device, english_planner

TZ = ZoneInfo("Europe/London")
NOW = dt.datetime(2026, 12, 7, 9, 0, tzinfo=TZ)


def changes(plan: Plan) -> list[str]:
    """The state changes *plan* would make, asked first or not."""
    return [step.action for step in plan.steps if not step.read_only]


def read(plan: Plan) -> list[str]:
    """What a plan that only reads reads."""
    assert plan.error is None, plan.error
    assert plan.steps and all(step.read_only for step in plan.steps)
    return sorted(t for step in plan.steps for t in step.targets)


def _planner(entities: list[dict[str, object]], rooms: dict[str, str] | None = None) -> Planner:
    areas = [{"id": a, "name": n} for a, n in (rooms or {}).items()]
    home = Home.from_dict({"areas": areas, "entities": entities})
    return Planner(home, "en", tz=TZ)


# -- question tags ---------------------------------------------------------------------------


def test_a_statement_with_a_question_tag_is_asked_never_done() -> None:
    planner = english_planner(
        [
            device("fan.purifier", "Air Purifier", "off", "lounge"),
            device("lock.front", "Front Door", "locked", "hall"),
            device("light.porch", "Porch Light", "on", "hall"),
        ],
        [{"id": "lounge", "name": "Lounge"}, {"id": "hall", "name": "Hall"}],
    )
    plan = planner.plan("the purifier's not on is it")
    assert changes(plan) == []
    assert read(plan) == ["fan.purifier"]
    assert plan.reply is not None and "off" in plan.reply
    plan = planner.plan("the front door's locked right")
    assert changes(plan) == []
    assert read(plan) == ["lock.front"]
    assert plan.reply is not None and plan.reply.startswith("Yes")
    plan = planner.plan("the porch light is off isn't it")
    assert changes(plan) == []
    assert read(plan) == ["light.porch"]
    assert plan.reply is not None and plan.reply.startswith("No")


def test_a_command_ending_in_a_tag_word_stays_a_command() -> None:
    planner = english_planner(
        [
            device("light.left", "Left Lamp", "off", "bedroom"),
            device("light.right", "Bedside Right", "off", "bedroom"),
        ],
        [{"id": "bedroom", "name": "Bedroom"}],
    )
    plan = planner.plan("turn on the bedside right")
    assert changes(plan) == ["light.turn_on"]
    assert plan.steps[0].targets == ["light.right"]


def test_a_side_said_last_is_no_tag() -> None:
    data = load_questions("en")
    assert data is not None
    assert questions.untagged("the lamp on the right", data) is None
    assert questions.untagged("the lamp's on right", data) == "the lamp's on"
    assert questions.untagged("is the lamp on right", data) is None  # a question already


# -- where an event is -----------------------------------------------------------------------


def _calendar_home() -> Planner:
    return _planner(
        [
            device(
                "calendar.bach",
                "Bach Bookings",
                "off",
                message="Fishing charter",
                start_time="2026-12-08 06:30:00",
                end_time="2026-12-08 11:00:00",
                location="Whitianga wharf",
            ),
            device(
                "calendar.trip",
                "Trip",
                "off",
                message="Check in at Loch Ness Campsite",
                start_time="2026-12-08 10:00:00",
                end_time="2026-12-08 11:00:00",
                location="Drumnadrochit",
            ),
            device("light.deck", "Deck Light", "off", "deck"),
        ],
        {"deck": "Deck"},
    )


def test_where_someone_meets_or_catches_an_event_is_its_place() -> None:
    planner = _calendar_home()
    for text in (
        "where do we meet the charter",
        "where do we meet for the charter",
        "where does the charter leave from",
    ):
        plan = planner.plan(text, now=NOW)
        assert changes(plan) == [], text
        assert [s.action for s in plan.steps] == ["calendar.get_events"], text
        assert plan.reply is not None and "Whitianga wharf" in plan.reply, text


def test_where_we_are_staying_is_the_days_event() -> None:
    plan = _calendar_home().plan("where are we staying tomorrow", now=NOW)
    assert [s.action for s in plan.steps] == ["calendar.get_events"]
    assert plan.reply is not None and "Loch Ness" in plan.reply


# -- lists -----------------------------------------------------------------------------------


def _lists_home() -> Planner:
    def items(*names: str) -> list[dict[str, str]]:
        return [{"summary": n, "status": "needs_action"} for n in names]

    return english_planner(
        [
            device("todo.supplies", "Office Supplies", "2", items=items("toner", "printer paper")),
            device("todo.changeover", "Changeover", "2", items=items("wash towels", "restock")),
            device("light.office", "Office Light", "off", "office"),
        ],
        [{"id": "office", "name": "Office"}],
    )


def test_what_is_to_be_bought_reads_the_shopping_list_whatever_its_name() -> None:
    planner = _lists_home()
    for text in ("what do we still need from the shops", "what do we need to order"):
        plan = planner.plan(text)
        assert changes(plan) == [], text
        assert [(s.action, s.targets) for s in plan.steps] == [
            ("todo.get_items", ["todo.supplies"])
        ], text
        assert plan.reply is not None and "toner" in plan.reply, text


def test_what_is_left_to_do_reads_the_one_list_of_jobs() -> None:
    planner = _lists_home()
    for text in ("what's left to do", "what jobs are left", "what needs doing"):
        plan = planner.plan(text)
        assert changes(plan) == [], text
        assert [(s.action, s.targets) for s in plan.steps] == [
            ("todo.get_items", ["todo.changeover"])
        ], text
        assert plan.reply is not None and "wash towels" in plan.reply, text


def test_left_to_do_with_two_lists_of_jobs_picks_none() -> None:
    def items(*names: str) -> list[dict[str, str]]:
        return [{"summary": n, "status": "needs_action"} for n in names]

    planner = english_planner(
        [
            device("todo.chores", "Chores", "1", items=items("mop")),
            device("todo.work", "Work Tasks", "1", items=items("report")),
        ]
    )
    plan = planner.plan("what's left to do")
    assert not any(s.action == "todo.get_items" and s.targets == ["todo.work"] for s in plan.steps)
    assert changes(plan) == []


# -- the weather -----------------------------------------------------------------------------


def _weather_home() -> Planner:
    forecast = [
        {
            "datetime": (NOW + dt.timedelta(days=d)).isoformat(),
            "condition": cond,
            "temperature": high,
            "templow": low,
            "precipitation_probability": rain,
        }
        for d, cond, high, low, rain in (
            (0, "sunny", 8, -2, 0),
            (1, "cloudy", 9, 3, 20),
            (2, "rainy", 7, 4, 85),
        )
    ]
    return _planner(
        [
            device("weather.home", "Forecast", "sunny", temperature=5, forecast=forecast),
            device(
                "sensor.pump_house_temperature",
                "Pump House Temperature",
                "4",
                "pump_house",
                unit_of_measurement="°C",
                device_class="temperature",
            ),
            device(
                "binary_sensor.pump_leak",
                "Pump House Leak",
                "off",
                "pump_house",
                device_class="moisture",
            ),
        ],
        {"pump_house": "Pump House"},
    )


def test_a_day_said_with_it_doing_or_looking_like_asks_its_forecast() -> None:
    planner = _weather_home()
    plan = planner.plan("what's it doing wednesday", now=NOW)
    assert read(plan) == ["weather.home"]
    assert plan.reply is not None and "rain" in plan.reply.lower()
    plan = planner.plan("whats tomorrow looking like", now=NOW)
    assert read(plan) == ["weather.home"]
    assert plan.reply is not None and "cloudy" in plan.reply.lower()


def test_freezing_is_asked_of_the_forecast_or_of_the_place_said() -> None:
    planner = _weather_home()
    plan = planner.plan("is it gonna freeze tonight", now=NOW)
    assert read(plan) == ["weather.home"]
    plan = planner.plan("is the pump house gonna freeze", now=NOW)
    assert read(plan) == ["sensor.pump_house_temperature"]
    assert plan.reply is not None and "4" in plan.reply


# -- calendar details --------------------------------------------------------------------------


def _details_home() -> Planner:
    return _planner(
        [
            device(
                "calendar.mum",
                "Mum's Appointments",
                "off",
                message="GP appointment",
                start_time="2026-12-08 10:15:00",
                end_time="2026-12-08 10:30:00",
                location="Moorside Surgery",
            ),
            device(
                "calendar.work",
                "Work",
                "off",
                message="Flight to Riyadh",
                start_time="2026-12-09 06:40:00",
                end_time="2026-12-09 08:50:00",
                location="Terminal 3",
                description="EK 819",
            ),
            device(
                "calendar.laundry",
                "Laundry Schedule",
                "off",
                message="Garcias - laundry",
                start_time="2026-12-07 08:00:00",
                end_time="2026-12-07 11:00:00",
            ),
            device(
                "calendar.chair",
                "Wheelchair Service",
                "off",
                message="Chair service visit",
                start_time="2026-12-10 00:00:00",
                end_time="2026-12-11 00:00:00",
                all_day=True,
            ),
        ]
    )


def test_an_event_said_with_another_word_the_calendar_writes_otherwise() -> None:
    plan = _details_home().plan("where's the doctor's appointment", now=NOW)
    assert [s.action for s in plan.steps] == ["calendar.get_events"]
    assert plan.reply is not None and "Moorside Surgery" in plan.reply


def test_a_detail_of_an_event_is_its_description() -> None:
    plan = _details_home().plan("what's the flight number", now=NOW)
    assert [s.action for s in plan.steps] == ["calendar.get_events"]
    assert plan.reply is not None and "EK 819" in plan.reply


def test_until_when_and_when_they_come_to_do_something() -> None:
    planner = _details_home()
    plan = planner.plan("until when do the Garcias have the laundry", now=NOW)
    assert [s.action for s in plan.steps] == ["calendar.get_events"]
    assert plan.reply is not None and "11:00" in plan.reply
    plan = planner.plan("when are they coming to service the chair", now=NOW)
    assert [s.action for s in plan.steps] == ["calendar.get_events"]
    assert plan.reply is not None and "10 December" in plan.reply


def test_a_diary_is_a_calendar_and_hogmanay_a_day() -> None:
    planner = _details_home()
    plan = planner.plan("what's in the work diary for wednesday", now=NOW)
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("calendar.get_events", ["calendar.work"])
    ]
    plan = planner.plan("any plans for hogmanay", now=NOW)
    assert [s.action for s in plan.steps] == ["calendar.get_events"]
    assert plan.steps[0].params["start_date_time"].startswith("2026-12-31")


# -- devices that share a word ---------------------------------------------------------------


def _spa_home() -> Planner:
    return _planner(
        [
            device("switch.spa_pool", "Spa Pool", "on", "deck"),
            device(
                "sensor.spa_temperature",
                "Spa Temperature",
                "37.5",
                "deck",
                unit_of_measurement="°C",
                device_class="temperature",
            ),
            device("timer.spa", "Spa Timer", "active", "deck", remaining="0:21:00"),
        ],
        {"deck": "Deck"},
    )


def test_time_left_on_a_thing_is_its_timers() -> None:
    plan = _spa_home().plan("how long left on the spa", now=NOW)
    assert read(plan) == ["timer.spa"]
    assert plan.reply is not None and "21 minutes" in plan.reply


def test_a_state_asked_of_a_shared_word_is_the_switchs_not_the_readings() -> None:
    planner = _spa_home()
    plan = planner.plan("is the spa on", now=NOW)
    assert changes(plan) == []
    assert read(plan) == ["switch.spa_pool"]
    assert plan.reply is not None and plan.reply.startswith("Yes")
    plan = planner.plan("how hot is the spa", now=NOW)
    assert read(plan) == ["sensor.spa_temperature"]
