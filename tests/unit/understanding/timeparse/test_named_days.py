"""Days with a name that fall on the same date every year ("christmas eve"), the British "half
5" (5:30) and the Australian "arvo" (afternoon), all read from resources/time/en.yaml."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.understanding.timeparse import Moment, Span, find_times, parse_time
from tests.unit.understanding.timeparse.conftest import BERLIN, FRIDAY, local


def _day(month: int, day: int, year: int = 2026) -> Span:
    start = local(BERLIN, year, month, day)
    after = start.date() + timedelta(days=1)
    return Span(start, local(BERLIN, after.year, after.month, after.day), True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("christmas eve", _day(12, 24)),
        ("on christmas day", _day(12, 25)),
        ("for boxing day", _day(12, 26)),
        ("new year's eve", _day(12, 31)),
        ("new years day", Span(local(BERLIN, 2027, 1, 1), local(BERLIN, 2027, 1, 2), True)),
        ("halloween", _day(10, 31)),
        # a day gone by this year is next year's (FRIDAY is 27 March 2026)
        ("valentine's day", Span(local(BERLIN, 2027, 2, 14), local(BERLIN, 2027, 2, 15), True)),
        ("christmas eve at 6pm", Moment(local(BERLIN, 2026, 12, 24, 18))),
        ("christmas eve, december 24 at 6pm", Moment(local(BERLIN, 2026, 12, 24, 18))),
        (
            "christmas eve evening",
            Span(local(BERLIN, 2026, 12, 24, 18), local(BERLIN, 2026, 12, 25), False),
        ),
    ],
)
def test_named_days_are_their_dates(text: str, value: object) -> None:
    assert parse_time(text, now=FRIDAY, tz=BERLIN) == value


def test_christmas_alone_is_no_day() -> None:
    # "christmas lights", "the christmas tree": the word alone names things as often as the day
    assert find_times("turn on the christmas tree", now=FRIDAY, tz=BERLIN) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("on saturday at half 5", Moment(local(BERLIN, 2026, 3, 28, 17, 30))),  # with a day: pm
        ("tomorrow at half 10", Moment(local(BERLIN, 2026, 3, 28, 10, 30))),
        ("at half five pm", Moment(local(BERLIN, 2026, 3, 27, 17, 30))),
        ("at half 7", Moment(local(BERLIN, 2026, 3, 27, 19, 30))),  # alone: the next 7:30
        ("half past 5 tomorrow", Moment(local(BERLIN, 2026, 3, 28, 17, 30))),
    ],
)
def test_half_before_an_hour_is_half_past_it(text: str, value: object) -> None:
    assert parse_time(text, now=FRIDAY, tz=BERLIN) == value


@pytest.mark.parametrize("text", ["at half 5 minutes", "in half an hour", "dim it to half"])
def test_half_is_not_a_clock_before_a_unit_or_alone(text: str) -> None:
    found = find_times(text, now=FRIDAY, tz=BERLIN)
    assert all("half 5" not in m.text and not m.text.startswith("at half") for m in found)


@pytest.mark.parametrize(
    ("text", "day"),
    [("saturday arvo", 28), ("this arvo", 27), ("tomorrow arvo", 28), ("sunday in the arvo", 29)],
)
def test_arvo_is_the_afternoon(text: str, day: int) -> None:
    assert parse_time(text, now=FRIDAY, tz=BERLIN) == Span(
        local(BERLIN, 2026, 3, day, 12), local(BERLIN, 2026, 3, day, 18), False
    )
