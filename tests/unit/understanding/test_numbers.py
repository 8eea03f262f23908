"""One rule for a number sent to Home Assistant and one for a number shown in a reply, used by
every handler (lights, covers, fans, thermostats, water heaters, number helpers)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.understanding.numbers import plain_number, shown_number

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("value", "expected"),
    [(21.0, 21), (21, 21), ("21", 21), ("21.0", 21), (21.5, 21.5), ("0.5", 0.5), (-2.0, -2)],
)
def test_a_whole_number_is_sent_as_an_int_any_other_as_it_is(
    value: object, expected: float
) -> None:
    sent = plain_number(value)
    assert sent == expected
    assert type(sent) is type(expected)


@pytest.mark.parametrize("value", [None, "warm", object()])
def test_what_is_no_number_is_refused_as_float_refuses_it(value: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        plain_number(value)


@pytest.mark.parametrize(
    ("value", "shown"), [(7.0, "7"), (35, "35"), (0.5, "0.5"), (None, "?"), ("max", "max")]
)
def test_a_reply_shows_a_whole_number_without_its_point(value: object, shown: str) -> None:
    assert shown_number(value) == shown


def test_no_understanding_module_keeps_its_own_copy_of_the_rule() -> None:
    copy = re.compile(r"int\(\w+\) if (float\()?\w+\)?\.is_integer\(\) else")
    copies = [
        path.relative_to(ROOT).as_posix()
        for path in sorted((ROOT / "app").rglob("*.py"))
        if path.name != "numbers.py" and copy.search(path.read_text(encoding="utf-8"))
    ]
    assert copies == []
