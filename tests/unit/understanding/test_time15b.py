"""Ukrainian times and durations (resources/time/uk.yaml): hours said as ordinal words in their
cases ("о восьмій", "пів на дев'яту", "за чверть дев'ята"), minutes into an hour joined with a
word ("чверть на дев'яту"), every way of writing the apostrophe, and Ukrainian reminders,
calendar questions and timers through the planner."""

from __future__ import annotations

import pytest

from app.bootstrap import demo_home_source
from app.core.home import Entity, Home
from app.core.plan import Plan
from app.understanding import Planner, keyed_replies
from app.understanding.agenda import answer_language
from app.understanding.timeparse import Moment, Unclear, find_times, request_time
from app.understanding.timeparse.lexicon import tokenize
from tests.helpers.builders import BERLIN, FRIDAY, at, days, every


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("о восьмій", at(3, 27, 20)),
        ("о восьмій ранку", at(3, 28, 8)),
        ("о другій ночі", at(3, 28, 2)),
        ("о пів на дев'яту", at(3, 27, 20, 30)),  # half an hour before nine
        ("о пів дев'ятої", at(3, 27, 20, 30)),
        ("за чверть дев'ята", at(3, 27, 20, 45)),  # a quarter to nine
        ("за десять хвилин восьма", at(3, 27, 19, 50)),
        ("без п'яти вісім", at(3, 27, 19, 55)),
        ("чверть на дев'яту", at(3, 27, 20, 15)),  # a quarter into the ninth hour
        ("десять хвилин на дев'яту", at(3, 27, 20, 10)),
        ("о восьмій тридцять", at(3, 27, 20, 30)),
        ("о 8 годині 15 хвилин", at(3, 27, 20, 15)),
        ("завтра вранці о сьомій", at(3, 28, 7)),
        ("у п'ятницю о 15:30", at(3, 27, 15, 30)),
        ("наступної п'ятниці о 15:00", at(4, 3, 15)),
        ("через півгодини", at(3, 27, 14, 35)),
        ("через пів години", at(3, 27, 14, 35)),
        ("через півтори години", at(3, 27, 15, 35)),
        ("через п'ятнадцять хвилин", at(3, 27, 14, 20)),
        ("завтра", days(3, 28, 1)),
    ],
)
def test_ukrainian_times(text: str, expected: object) -> None:
    assert request_time(text, now=FRIDAY, tz=BERLIN, language="uk") == expected


def test_an_hour_word_longer_than_the_number_in_it_is_the_hour() -> None:
    # "двадцять першій" is the 21st hour, not 20 (nor twenty minutes into the first hour)
    assert request_time("о двадцять першій", now=FRIDAY, tz=BERLIN, language="uk") == at(3, 27, 21)
    value = request_time("о двадцять першій тридцять", now=FRIDAY, tz=BERLIN, language="uk")
    assert value == at(3, 27, 21, 30)


def test_minutes_into_an_hour_need_the_joining_word_where_the_language_has_one() -> None:
    # Ukrainian joins them with "на"; Russian, without such a word, says them side by side
    assert request_time("двадцять хвилин на першу", now=FRIDAY, tz=BERLIN, language="uk") == (
        at(3, 28, 0, 20)
    )
    assert request_time("четверть девятого", now=FRIDAY, tz=BERLIN, language="ru") == at(
        3, 27, 20, 15
    )
    found = find_times("двадцять першій", now=FRIDAY, tz=BERLIN, language="uk")
    assert not any(isinstance(m.value, Moment) and m.value.at.minute == 20 for m in found)


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ"])
def test_every_apostrophe_is_one_word(apostrophe: str) -> None:
    text = f"о пів на дев{apostrophe}яту"
    assert [t.norm for t in tokenize(text)][-1] == "дев'яту"
    assert request_time(text, now=FRIDAY, tz=BERLIN, language="uk") == at(3, 27, 20, 30)


def test_weekdays_said_every_week_and_vague_amounts() -> None:
    assert request_time("щосуботи о десятій", now=FRIDAY, tz=BERLIN, language="uk") == every(
        "FREQ=WEEKLY;BYDAY=SA", 3, 28, 10
    )
    assert request_time("по п'ятницях о 18:00", now=FRIDAY, tz=BERLIN, language="uk") == every(
        "FREQ=WEEKLY;BYDAY=FR", 3, 27, 18
    )
    assert isinstance(
        request_time("через кілька хвилин", now=FRIDAY, tz=BERLIN, language="uk"), Unclear
    )


# -- whole requests through the planner ------------------------------------------------------


@pytest.fixture(scope="module")
def home() -> Home:
    home = Home.load(demo_home_source())
    home.entities["calendar.family"] = Entity("calendar.family", "Family", "off")
    return home


def plan(home: Home, text: str) -> Plan:
    return Planner(home, "uk", tz=BERLIN).plan(text, now=FRIDAY)


def test_a_reminder_is_set_with_a_ukrainian_card(home: Home) -> None:
    result = plan(home, "нагадай мені завтра о восьмій винести сміття")
    [step] = result.steps
    assert step.action == "reminder.create"
    assert step.params == {"message": "винести сміття", "due_datetime": "2026-03-28T08:00:00+01:00"}
    assert step.summary == "Нагадування завтра о 08:00 (сб, 28 бер, 08:00): «винести сміття»"


def test_a_reminder_without_a_time_or_message_is_asked_about(home: Home) -> None:
    assert plan(home, "нагадай мені").reply == "Про що вам нагадати?"
    assert plan(home, "нагадай мені винести сміття").reply == ("Коли нагадати: «винести сміття»?")


def test_calendar_questions_and_lists(home: Home) -> None:
    tomorrow = plan(home, "що в мене завтра")
    assert [s.action for s in tomorrow.steps] == ["calendar.get_events"]
    assert [s.action for s in plan(home, "які в мене нагадування").steps] == ["reminder.list"]
    added = plan(home, "додай стоматолога в календар у понеділок о 15:30")
    assert [s.action for s in added.steps] == ["calendar.create_event"]


def test_a_timer_without_a_length_asks_how_long(home: Home) -> None:
    for said in ("постав таймер", "заведи мені таймер"):
        result = plan(home, said)
        assert not result.steps
        assert result.reply == "На скільки?"


def test_ukrainian_answers_and_counts() -> None:
    assert answer_language("uk") == "uk"
    counts = [keyed_replies.Counted("agenda.events", n).said_in("uk") for n in (1, 2, 5, 21)]
    assert counts == ["1 подія", "2 події", "5 подій", "21 подія"]
