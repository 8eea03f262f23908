"""Calendar questions named by more than "calendar": a calendar by its name or its owner ("the
kids", "the trash pickup"), an event inside a longer question ("what time do we have to be at
the dentist"), what an event is for (its description), what comes before or after it, a follow-up
"where is it?", days with names ("christmas eve") and "whats" without its apostrophe. Each reads
events (``calendar.get_events``), never a calendar entity's state, and changes nothing."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import Plan
from app.understanding import Planner, agenda

SYDNEY = ZoneInfo("Australia/Sydney")
NOW = dt.datetime(2026, 12, 9, 16, 10, tzinfo=SYDNEY)  # a Wednesday afternoon


def _home() -> Home:
    return Home.from_dict(
        {
            "areas": [
                {"id": "kitchen", "name": "Kitchen"},
                {"id": "laundry", "name": "Laundry"},
                {"id": "kids_room", "name": "Kids' Room"},
            ],
            "entities": [
                {
                    "entity_id": "calendar.family",
                    "name": "Family",
                    "state": "off",
                    "attributes": {
                        "message": "Emma dentist",
                        "all_day": False,
                        "start_time": "2026-12-10 09:30:00",
                        "end_time": "2026-12-10 10:15:00",
                        "location": "Bright Smiles Dental",
                        "description": "Six-month checkup",
                    },
                },
                {
                    "entity_id": "calendar.kids",
                    "name": "Kids",
                    "state": "off",
                    "attributes": {
                        "message": "Swimming lesson",
                        "all_day": False,
                        "start_time": "2026-12-12 09:15:00",
                        "end_time": "2026-12-12 09:45:00",
                        "location": "Aquatic Centre",
                    },
                },
                {
                    "entity_id": "calendar.trash_pickup",
                    "name": "Trash Pickup",
                    "state": "off",
                    "attributes": {
                        "message": "Recycling",
                        "all_day": True,
                        "start_time": "2026-12-11 00:00:00",
                        "end_time": "2026-12-12 00:00:00",
                    },
                },
                {"entity_id": "light.kitchen", "name": "Kitchen light", "area": "kitchen"},
                {"entity_id": "light.kids", "name": "Kids' Light", "area": "kids_room"},
                {"entity_id": "switch.christmas_tree", "name": "Christmas Tree", "state": "on"},
            ],
        }
    )


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(_home(), "en", tz=SYDNEY)


def _read(plan: Plan) -> tuple[list[str], dict[str, object]]:
    """The one read-only calendar.get_events step of *plan*: its targets and params."""
    assert plan.error is None, plan.reply
    [step] = plan.steps
    assert step.action == "calendar.get_events" and step.read_only, step
    return step.targets, step.params


ALL = ["calendar.family", "calendar.kids", "calendar.trash_pickup"]


@pytest.mark.parametrize(
    ("text", "targets", "start", "end"),
    [
        # a calendar by its owner, with a time
        ("what do the kids have on this weekend", ["calendar.kids"], (12, 0), (14, 0)),
        ("what's on for the kids tomorrow", ["calendar.kids"], (10, 0), (11, 0)),
        ("what's in the kids calendar on saturday", ["calendar.kids"], (12, 0), (13, 0)),
        # days with names and Australian "arvo"
        ("what's on christmas eve", ALL, (24, 0), (25, 0)),
        ("do we have plans for christmas day", ALL, (25, 0), (26, 0)),
        ("are we free saturday arvo", ALL, (12, 12), (12, 18)),
        ("whats happening on boxing day", ALL, (26, 0), (27, 0)),
    ],
)
def test_a_calendar_or_a_day_named_in_words_reads_those_events(
    planner: Planner,
    text: str,
    targets: list[str],
    start: tuple[int, int],
    end: tuple[int, int],
) -> None:
    read, params = _read(planner.plan(text, now=NOW))
    assert read == targets
    first = dt.datetime(2026, 12, start[0], start[1], tzinfo=SYDNEY)
    last = dt.datetime(2026, 12, end[0], end[1], tzinfo=SYDNEY)
    assert dt.datetime.fromisoformat(str(params["start_date_time"])) == first
    assert dt.datetime.fromisoformat(str(params["end_date_time"])) == last


@pytest.mark.parametrize(
    ("text", "target", "answer"),
    [
        ("what's the next trash pickup", "calendar.trash_pickup", "Recycling"),
        ("is the trash pickup on", "calendar.trash_pickup", "Recycling"),
        ("tell me about the kids calendar", "calendar.kids", "Swimming lesson"),
        ("what's next for the kids", "calendar.kids", "Swimming lesson"),
    ],
)
def test_a_calendar_asked_about_answers_with_its_next_event_never_its_state(
    planner: Planner, text: str, target: str, answer: str
) -> None:
    plan = planner.plan(text, now=NOW)
    targets, _ = _read(plan)
    assert targets == [target]
    assert plan.reply is not None and answer in plan.reply
    assert " is off" not in plan.reply


def test_a_question_with_a_word_of_a_calendars_name_reads_that_calendar(planner: Planner) -> None:
    plan = planner.plan("is it trash or recycling this week", now=NOW)
    targets, _ = _read(plan)
    assert targets == ["calendar.trash_pickup"]
    assert plan.reply is not None and "Recycling" in plan.reply


@pytest.mark.parametrize(
    ("text", "target", "answer"),
    [
        ("which day is recycling", "calendar.trash_pickup", "Recycling, Friday"),
        ("when's trash day", "calendar.trash_pickup", "Recycling, Friday"),
        ("is the swimming lesson on saturday", "calendar.kids", "Swimming lesson at 09:15"),
    ],
)
def test_a_word_of_a_calendar_or_its_next_event_reads_that_calendar(
    planner: Planner, text: str, target: str, answer: str
) -> None:
    plan = planner.plan(text, now=NOW)
    targets, _ = _read(plan)
    assert targets == [target]
    assert plan.reply is not None and answer in plan.reply, plan.reply


@pytest.mark.parametrize(
    "text",
    [
        "what events do we have this week",
        "any appointments tomorrow",
        "is anything on tomorrow",
        "what's the plan for saturday",
        "what does next week look like",
        "where do we need to be tomorrow",
        "read me tomorrow's calendar",
        "tell me what's on today",
    ],
)
def test_everyday_wordings_of_a_calendar_question_read_the_calendars(
    planner: Planner, text: str
) -> None:
    targets, params = _read(planner.plan(text, now=NOW))
    assert targets == ALL and "start_date_time" in params


def test_an_appointment_with_someone_is_looked_for_by_who(planner: Planner) -> None:
    _, params = _read(planner.plan("when is my appointment with the dentist", now=NOW))
    assert params["match"] == "dentist"


def test_a_word_shared_with_a_device_leaves_the_device_its_command(planner: Planner) -> None:
    # "Christmas Tree" is a switch: its command is never taken for the calendar.
    plan = planner.plan("turn on the christmas tree", now=NOW)
    assert [s.action for s in plan.steps] == ["switch.turn_on"]
    # "kids" names the Kids calendar and the Kids' Light: a question about the light is its.
    asked = planner.plan("is the kids light on", now=NOW)
    assert [(s.action, s.targets) for s in asked.steps] == [("state.get", ["light.kids"])]


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("what time do we have to be at the dentist tomorrow", "09:30"),
        ("when do the kids need to leave for swimming", "09:15"),
        ("what's the dentist appointment for", "Six-month checkup"),
        ("what's the swimming lesson for", "says no more about it"),
    ],
)
def test_an_event_named_in_a_longer_question_is_answered_from_the_snapshot(
    planner: Planner, text: str, answer: str
) -> None:
    plan = planner.plan(text, now=NOW)
    _, params = _read(plan)
    assert "match" in params
    assert plan.reply is not None and answer in plan.reply, plan.reply


def test_before_an_event_reads_its_day_until_it_starts(planner: Planner) -> None:
    plan = planner.plan("do we have anything before the dentist tomorrow", now=NOW)
    targets, params = _read(plan)
    assert targets == ALL
    assert params == {
        "start_date_time": "2026-12-10T00:00:00+11:00",
        "end_date_time": "2026-12-10T09:30:00+11:00",
    }
    after = planner.plan("is there anything after the dentist", now=NOW)
    _, params = _read(after)
    assert params["start_date_time"] == "2026-12-10T10:15:00+11:00"
    assert params["end_date_time"] == "2026-12-11T00:00:00+11:00"


def test_where_is_it_after_an_event_answer_is_that_events_place(planner: Planner) -> None:
    conversation = Conversation("c")
    first = planner.plan("when's the dentist", now=NOW, conversation=conversation)
    assert first.reply is not None and "09:30" in first.reply
    where = planner.plan("and where is it?", now=NOW, conversation=conversation)
    _read(where)
    assert where.reply is not None and "Bright Smiles Dental" in where.reply
    # After a device command, "it" is no longer the event.
    planner.plan("when's the dentist", now=NOW, conversation=conversation)
    planner.plan("turn on the kitchen light", now=NOW, conversation=conversation)
    later = planner.plan("where is it?", now=NOW, conversation=conversation)
    assert not any(step.action == "calendar.get_events" for step in later.steps)


def test_booking_with_a_british_half_hour_keeps_the_name_and_the_time(planner: Planner) -> None:
    plan = planner.plan("book in haircut thursday at half 5", now=NOW)
    [step] = plan.steps
    assert step.action == "calendar.create_event"
    assert step.params["summary"] == "Haircut"
    # "half 5" is 5:30; with a day, 5 is afternoon (the time words' afternoon_hours)
    assert step.params["start_date_time"] == "2026-12-10T17:30:00+11:00"
    assert "start_date" not in step.params  # an event with a time is never all-day


def test_an_event_read_at_run_time_says_what_it_is_for() -> None:
    response = {
        "events": [
            {
                "summary": "Plumber",
                "start": "2026-12-10T08:45:00+11:00",
                "end": "2026-12-10T09:45:00+11:00",
                "description": "Leaking laundry tap",
            }
        ]
    }
    said = agenda.events_answer(response, now=NOW, tz=SYDNEY, match="plumber")
    assert said == "Plumber (Thu 10 Dec, 08:45–09:45): Leaking laundry tap."
    # a list of the day's events stays a list of names and times
    listed = agenda.events_answer(response, now=NOW, tz=SYDNEY)
    assert listed == "You have one event: Plumber (Thu 10 Dec, 08:45–09:45)."
