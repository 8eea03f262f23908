"""Replies that were English in every language: a Home Assistant timer's time left and
length, starting one, the plan steps of Swedish and Russian, and counts that take a plural
form ("5 przypomnień", "3 календаря")."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.core.home import Entity, Home
from app.core.plan import Step
from app.understanding import agenda, answers, keyed_replies, timers
from app.understanding.keyed_replies import Keyed
from app.understanding.planner import Planner

NOW = dt.datetime(2026, 12, 7, 12, 40, tzinfo=dt.UTC)


def _home() -> Home:
    finishes = (NOW + dt.timedelta(minutes=32)).isoformat()
    return Home.from_dict(
        {
            "areas": [{"id": "kitchen", "name": "Kitchen"}],
            "entities": [
                {
                    "entity_id": "timer.laundry",
                    "name": "Laundry",
                    "state": "active",
                    "attributes": {"duration": "0:45:00", "finishes_at": finishes},
                },
                {
                    "entity_id": "timer.oven",
                    "name": "Oven",
                    "state": "paused",
                    "attributes": {"duration": "1:10:00", "remaining": "0:25:00"},
                },
                {
                    "entity_id": "timer.bread",
                    "name": "Bread",
                    "state": "idle",
                    "attributes": {"duration": "0:05:00"},
                },
                {"entity_id": "light.kitchen", "name": "Kitchen light", "area": "kitchen"},
            ],
        }
    )


def _timer(name: str) -> Entity:
    found = _home().get(f"timer.{name}")
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("language", "left", "paused", "length", "idle"),
    [
        (
            "en",
            "32 minutes left on Laundry.",
            "25 minutes left on Oven (paused).",
            "Laundry runs for 45 minutes (32 minutes left).",
            "Bread runs for 5 minutes (not running now).",
        ),
        (
            "de",
            "Laundry hat noch 32 Minuten.",
            "Oven hat noch 25 Minuten (pausiert).",
            "Laundry läuft 45 Minuten lang (noch 32 Minuten).",
            "Bread läuft 5 Minuten lang (gerade nicht aktiv).",
        ),
        (
            "pl",
            "Laundry: pozostały czas 32 minuty.",
            "Oven: pozostały czas 25 minut (wstrzymany).",
            "Laundry: długość 45 minut (pozostały czas 32 minuty).",
            "Bread: długość 5 minut (teraz nie działa).",
        ),
        (
            "sv",
            "Laundry har 32 minuter kvar.",
            "Oven har 25 minuter kvar (pausad).",
            "Laundry går i 45 minuter (32 minuter kvar).",
            "Bread går i 5 minuter (inte igång nu).",
        ),
    ],
)
def test_a_home_assistant_timer_is_said_in_the_request_language(
    language: str, left: str, paused: str, length: str, idle: str
) -> None:
    with keyed_replies.speaking(language):
        assert timers._helper_left(_timer("laundry"), NOW) == left
        assert timers._helper_left(_timer("oven"), NOW) == paused
        assert timers._helper_length(_timer("laundry"), NOW) == length
        assert timers._helper_length(_timer("bread"), NOW) == idle


def test_starting_a_home_assistant_timer_is_a_step_in_the_request_language() -> None:
    plan = Planner(_home(), "en").plan("start the laundry timer", now=NOW)
    assert [s.summary for s in plan.steps] == ["Start Laundry"]
    plan = Planner(_home(), "en").plan("start the laundry timer for 10 minutes", now=NOW)
    assert [s.summary for s in plan.steps] == ["Start Laundry for 10 minutes"]
    with keyed_replies.speaking("de"):
        assert timers._helper_left(_timer("bread"), NOW) == "Bread läuft nicht."


@pytest.mark.parametrize(
    ("language", "text", "summary"),
    [
        ("sv", "sätt en timer på 5 minuter", "Starta en timer på 5 minuter"),
        ("ru", "поставь таймер на 3 минуты", "Запустить таймер на 3 минуты"),
        ("pl", "ustaw minutnik na 5 minut", "Uruchom minutnik na 5 minut"),
    ],
)
def test_a_timer_step_is_said_in_the_request_language(
    language: str, text: str, summary: str
) -> None:
    plan = Planner(_home(), language).plan(text, now=NOW)
    assert [s.summary for s in plan.steps] == [summary]


@pytest.mark.parametrize(
    ("language", "count", "said"),
    [
        ("pl", 3, "3 przypomnienia"),
        ("pl", 5, "5 przypomnień"),
        ("pl", 22, "22 przypomnienia"),
        ("ru", 21, "21 напоминание"),
        ("ru", 3, "3 напоминания"),
        ("ru", 11, "11 напоминаний"),
        ("de", 5, "5 Erinnerungen"),
        ("en", 5, "5 reminders"),
    ],
)
def test_a_keyed_count_takes_the_numbers_plural_form(language: str, count: int, said: str) -> None:
    assert Keyed.of("agenda.reminders", count=count).said_in(language) == said


def test_a_keyed_count_without_its_category_is_not_said() -> None:
    # Polish says a single reminder by agenda.one_reminder, and keeps no "one" form here:
    # the count is not said (so a reply holding it falls back to English, whole).
    assert Keyed.of("agenda.reminders", count=1).said_in("pl") is None


def _weather_dict(state: str = "rainy") -> dict[str, object]:
    day = dt.timedelta(days=1)
    forecast = [
        {
            "datetime": (NOW + n * day).isoformat(),
            "condition": condition,
            "temperature": high,
            "templow": low,
            "precipitation_probability": chance,
        }
        for n, (condition, high, low, chance) in enumerate(
            [("rainy", 9.5, 4, 80), ("sunny", 11, 3, 0), ("snowy", 1, -3, 60)]
        )
    ]
    return {
        "entity_id": "weather.home",
        "name": "Home",
        "state": state,
        "attributes": {
            "temperature": 7.5,
            "temperature_unit": "°C",
            "wind_speed": 20,
            "wind_speed_unit": "km/h",
            "forecast": forecast,
        },
    }


def _weather(state: str = "rainy") -> Entity:
    found = Home.from_dict({"entities": [_weather_dict(state)]}).get("weather.home")
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("language", "now", "rain"),
    [
        ("en", "It's rainy and 7.5 °C, with wind at 20 km/h.", "Yes, it's rainy and 7.5 °C."),
        (
            "de",
            "Es ist regnerisch bei 7,5 °C, Wind mit 20 km/h.",
            "Ja, es ist regnerisch bei 7,5 °C.",
        ),
        ("sv", "Det är regnigt och 7,5 °C, med vind på 20 km/h.", "Ja, det är regnigt och 7,5 °C."),
        ("ru", "Сейчас дождь, 7,5 °C, ветер 20 km/h.", "Да, сейчас дождь, 7,5 °C."),
    ],
)
def test_the_weather_now_is_said_in_the_request_language(
    language: str, now: str, rain: str
) -> None:
    weather = _weather()
    with keyed_replies.speaking(language):
        assert answers.weather_conditions(weather, False, wind=True) == now
        assert answers.weather_conditions(weather, True) == rain


def test_the_forecast_is_said_in_the_request_language() -> None:
    weather = _weather()
    entries = answers.forecast_days(weather, [1, 2], NOW)
    english = keyed_replies.whole(
        "en", lambda: answers.forecast_answer(weather, entries, "snow", NOW)
    )
    assert english == (
        "Yes, snow is forecast for Wednesday. Tomorrow: sunny, high 11 °C, low 3 °C, 0% "
        "chance of precipitation; Wednesday: snowy, high 1 °C, low -3 °C, 60% chance of "
        "precipitation."
    )
    polish = keyed_replies.whole(
        "pl", lambda: answers.forecast_answer(weather, entries, "snow", NOW)
    )
    assert polish == (
        "Tak, śnieg zapowiadają na: środa. Jutro: słonecznie, maks. 11 °C, min. 3 °C, szansa "
        "opadów 0%; Środa: śnieżnie, maks. 1 °C, min. -3 °C, szansa opadów 60%."
    )


def test_a_condition_the_language_has_no_word_for_says_the_weather_in_english() -> None:
    weather = _weather("volcanic-ash")
    said = keyed_replies.whole("de", lambda: answers.weather_conditions(weather, False))
    assert said == "It's volcanic ash and 7.5 °C."


def test_asking_the_weather_is_answered_in_the_request_language() -> None:
    home = Home.from_dict({"entities": [_weather_dict("sunny")]})
    plan = Planner(home, "sv").plan("hur är vädret", now=NOW)
    assert plan.reply is not None and plan.reply.startswith("Det är soligt och 7,5 °C"), plan.reply


@dataclasses.dataclass(frozen=True)
class _Event:
    calendar: str
    uid: str
    summary: str
    start: dt.datetime
    end: dt.datetime
    all_day: bool = False


class _Calendar:
    def __init__(self, *events: _Event) -> None:
        self.events = events

    async def conflicts(
        self, start: dt.datetime, end: dt.datetime, ignore_uid: str | None = None
    ) -> list[_Event]:
        return [e for e in self.events if e.start < end and e.end > start]


def _overlaps(language: str) -> list[str]:
    berlin = ZoneInfo("Europe/Berlin")
    start = dt.datetime(2026, 12, 8, 10, 0, tzinfo=berlin)
    dentist = _Event("calendar.home", "d1", "Zahnarzt", start, start + dt.timedelta(hours=1))
    step = Step(
        "calendar.create_event",
        ["calendar.home"],
        {
            "start_date_time": (start + dt.timedelta(minutes=30)).isoformat(),
            "end_date_time": (start + dt.timedelta(hours=2)).isoformat(),
        },
    )
    asyncio.run(agenda._warn_overlaps(step, _Calendar(dentist), berlin, language))  # type: ignore[arg-type]
    return step.warnings


def test_an_overlap_is_warned_with_the_date_in_the_language_time_words() -> None:
    assert _overlaps("en") == ["Overlaps “Zahnarzt” (Tue 8 Dec, 10:00–11:00)"]
    assert _overlaps("de") == ["Überschneidet sich mit „Zahnarzt“ (Di, 8. Dez, 10:00–11:00)"]
    assert _overlaps("fr") == ["Chevauche « Zahnarzt » (mar. 8 déc., 10:00–11:00)"]
    # Polish has its time words (resources/time/pl.yaml) since session 15.
    assert _overlaps("pl") == ["Nakłada się na „Zahnarzt” (wt., 8 gru, 10:00–11:00)"]
    # Ukrainian too (resources/time/uk.yaml), since session 15.
    assert _overlaps("uk") == ["Перетинається з «Zahnarzt» (вт, 8 груд, 10:00–11:00)"]


def test_the_weather_state_is_said_as_a_condition_word() -> None:
    weather = _weather("partlycloudy")
    assert keyed_replies.whole("en", lambda: answers.describe_state(weather)) == "partly cloudy"
    assert keyed_replies.whole("es", lambda: answers.describe_state(weather)) == (
        "parcialmente nublado"
    )
