"""find_times, parse_time, request_time and reminder_time on whole sentences."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.understanding.timeparse import (
    Moment,
    Recurrence,
    Span,
    Unclear,
    UnsupportedLanguageError,
    find_times,
    parse_time,
    reminder_time,
    request_time,
)
from tests.unit.understanding.timeparse.conftest import BERLIN, FRIDAY, local


def test_find_times_gives_offsets_text_and_kind() -> None:
    text = "remind me tomorrow at 8 to take out the trash"
    [match] = find_times(text, now=FRIDAY, tz=BERLIN)
    assert match.text == "tomorrow at 8" == text[match.start : match.end]
    assert match.kind == "day_time"
    assert match.value == Moment(local(BERLIN, 2026, 3, 28, 8, 0))


def test_adjacent_pieces_join_into_one_span() -> None:
    [match] = find_times("lunch on friday at 1 pm for 2 hours with anna", now=FRIDAY, tz=BERLIN)
    assert match.text == "on friday at 1 pm for 2 hours"
    assert match.kind == "duration"
    assert match.value == Span(
        local(BERLIN, 2026, 4, 3, 13, 0), local(BERLIN, 2026, 4, 3, 15, 0), False
    )


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("in 20 minutes", ["relative"]),
        ("at 7:30pm", ["clock"]),
        ("tonight", ["day"]),
        ("friday at 5 pm", ["day_time"]),
        ("march 12", ["date"]),
        ("the 3rd at 10", ["date_time"]),
        ("from 12:30 to 1:30", ["range"]),
        ("next weekend", ["period"]),
        ("every day at 8", ["recurring"]),
        ("for 2 hours", ["duration"]),
        ("tomorrow and then on monday", ["day", "day"]),
    ],
)
def test_kinds(text: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_times(text, now=FRIDAY, tz=BERLIN)] == kinds


def test_separated_pieces_are_two_matches_and_request_time_joins_them() -> None:
    text = "remind me on friday to call mum at 5"
    matches = find_times(text, now=FRIDAY, tz=BERLIN)
    assert [m.text for m in matches] == ["on friday", "at 5"]
    assert request_time(text, now=FRIDAY, tz=BERLIN) == Moment(local(BERLIN, 2026, 3, 27, 17, 0))
    joined = request_time("remind me every monday to take the bins out at 7", now=FRIDAY, tz=BERLIN)
    assert isinstance(joined, Recurrence)
    assert joined.first == local(BERLIN, 2026, 3, 30, 7, 0)


def test_two_different_times_in_one_request_are_asked_about() -> None:
    value = request_time("remind me in 10 minutes or in 20 minutes", now=FRIDAY, tz=BERLIN)
    assert isinstance(value, Unclear)
    assert value.reason == "ambiguous"
    assert "14:15" in value.question and "14:25" in value.question


def test_text_without_a_time() -> None:
    for text in [
        "turn off the kitchen light",
        "",
        "I sat on the mat",
        "a few of us",
        "at the office",
    ]:
        assert find_times(text, now=FRIDAY, tz=BERLIN) == []
        assert request_time(text, now=FRIDAY, tz=BERLIN) is None
        assert reminder_time(text, now=FRIDAY, tz=BERLIN) is None


def test_everyday_words_are_not_times() -> None:
    text = "may I have the second one, I sat down for a second in the sun"
    assert [m.text for m in find_times(text, now=FRIDAY, tz=BERLIN)] == []


def test_parse_time_wants_the_whole_text() -> None:
    assert parse_time("tomorrow at 8.", now=FRIDAY, tz=BERLIN) == Moment(
        local(BERLIN, 2026, 3, 28, 8, 0)
    )
    assert parse_time("remind me tomorrow", now=FRIDAY, tz=BERLIN) is None
    assert parse_time("   ", now=FRIDAY, tz=BERLIN) is None


def test_odd_input_never_raises() -> None:
    for text in ["at 99:99", "on 99/99", "every 0 days", "in 0 minutes", "at", "12/", "/12/", "-"]:
        find_times(text, now=FRIDAY, tz=BERLIN)
        request_time(text, now=FRIDAY, tz=BERLIN)


def test_reminder_time_asks_for_a_missing_time() -> None:
    value = reminder_time("remind me tomorrow to water the plants", now=FRIDAY, tz=BERLIN)
    assert value == Unclear("What time tomorrow?", "no_time")
    value = reminder_time("remind me on friday", now=FRIDAY, tz=BERLIN)
    assert value == Unclear("What time on friday?", "no_time")
    recurring = reminder_time("remind me every monday", now=FRIDAY, tz=BERLIN)
    assert recurring == Unclear("At what time, every Monday?", "no_time")


def test_reminder_time_refuses_the_past() -> None:
    value = reminder_time("remind me today at 9am", now=FRIDAY, tz=BERLIN)
    assert isinstance(value, Unclear)
    assert value.reason == "past"


def test_reminder_time_of_a_span_is_its_start() -> None:
    value = reminder_time("remind me tomorrow from 9 to 10", now=FRIDAY, tz=BERLIN)
    assert value == Moment(local(BERLIN, 2026, 3, 28, 9, 0))
    value = reminder_time("remind me in 5 minutes", now=FRIDAY, tz=BERLIN)
    assert value == Moment(FRIDAY + timedelta(minutes=5))


def test_languages() -> None:
    assert find_times("at 7", now=FRIDAY, tz=BERLIN, language="en-US")[0].kind == "clock"
    assert find_times("at 7", now=FRIDAY, tz=BERLIN, language="en_GB")[0].kind == "clock"
    with pytest.raises(UnsupportedLanguageError):
        find_times("um 7", now=FRIDAY, tz=BERLIN, language="xx")
    with pytest.raises(UnsupportedLanguageError):
        find_times("at 7", now=FRIDAY, tz=BERLIN, language="../en")


@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("tomorrow at 8", local(BERLIN, 9999, 12, 31, 9, 0)),
        ("in 3 days", local(BERLIN, 9999, 12, 30, 9, 0)),
        ("next week", local(BERLIN, 9999, 12, 28, 9, 0)),
        ("next year", local(BERLIN, 9999, 6, 1, 9, 0)),
        ("in 9000 years", FRIDAY),
        ("in 99999999999 hours", FRIDAY),
        ("yesterday", local(BERLIN, 1, 1, 1, 9, 0)),
    ],
)
def test_a_time_beyond_the_calendar_is_unclear_never_an_error(text: str, now: datetime) -> None:
    [match] = find_times(text, now=now, tz=BERLIN)
    assert match.value == Unclear(
        "That is beyond the dates I can work with (the years 1 to 9999). When did you mean?",
        "out_of_range",
    )
    assert reminder_time(f"remind me {text} to stretch", now=now, tz=BERLIN) == match.value
