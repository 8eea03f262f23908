"""10,000 random batch lines through the function `hearth plan --batch` uses: nothing escapes.

Texts (commands, time expressions with absurd numbers, random Unicode, lone surrogates,
control characters), clocks (years 1 to 9999 in every IANA zone, naive and malformed ones)
and whole batch lines (broken JSON, wrong types, odd paths) go through
:func:`app.cli.batch.plan_line`, in-process for speed. Every line must come back as a plan or an
error object that can be written as UTF-8 JSON, and the lines after it must still be planned.
The generator is seeded (``HEARTH_FUZZ_SEED`` picks another seed) so a failure reproduces.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import zoneinfo
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.cli.batch import BatchPlanner, plan_line, read_jsonl
from app.core.plan import ErrorCode

LINES = 10_000
SEED = int(os.environ.get("HEARTH_FUZZ_SEED", "20261204"))
PLAN_KEYS = {"text", "planner", "steps", "needs_confirmation", "reply", "error", "elapsed_ms"}
ZONES = sorted(zoneinfo.available_timezones())
#: The zones times are read in (one planner each): the extremes of the offsets, half- and
#: quarter-hour offsets, a 30-minute daylight-saving change and the southern hemisphere.
PLANNER_ZONES = (
    "UTC",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "America/Santiago",
    "Europe/Berlin",
)
PHRASES = (
    "remind me tomorrow at 8 to take out the trash",
    "remind me",
    "in 3 days",
    "next week",
    "every 2 weeks on friday",
    "what's on my calendar this week",
    "move my dentist appointment to friday at 3",
    "cancel the trash reminder",
    "snooze that until 9",
    "turn off the downstairs lights",
    "dim the sofa lamp to 30 percent",
    "make it 40 percent",
    "lock the front door",
    "unlock the front door",
    "open the garage door",
    "set the temperature to 21",
    "and on tuesday?",
    "in 9999 years",
    "in 100000 days",
    "in 5000000 minutes",
    "every 100000 years",
    "on 31 december 9999",
    "on january 1st",
    "the 31st",
    "at 25:00",
    "from 12:30 to 1:30",
    "next friday at 5 pm",
    "every year on march 3",
    "last week",
    "next year",
    "tonight",
    "yesterday",
    "for 2 hours",
    "set a timer for 5 minutes",
    "what do I have on monday",
    "9999",
    "-1",
    "1e308",
    "dim the sofa lamp to 99999999999999999999 percent",
    "set the temperature to -1e308",
    "set a timer for 99999999999 hours",
    "remind me in 99999999999999999999 minutes to stretch",
    "snooze that for 99999999999 hours",
    "open the living room blinds to -5 percent",
    "été",
    "\u202e",
    "\x00",
)


def _text(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.6:
        return " ".join(rng.choice(PHRASES) for _ in range(rng.randint(1, 3)))
    if kind < 0.75:  # any code point, surrogates included
        return "".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(rng.randint(0, 20)))
    if kind < 0.9:
        return "".join(
            rng.choice("abc xyz 0123456789:-/.,'?\t\n") for _ in range(rng.randint(0, 40))
        )
    return rng.choice(PHRASES) + chr(rng.randint(0xD800, 0xDFFF))  # a lone surrogate


def _clock(rng: random.Random) -> Any:
    kind = rng.random()
    if kind < 0.05:
        return rng.choice(
            [
                None,
                5,
                "",
                "yesterday",
                "9999-99-99",
                "0000-01-01T00:00:00",
                "0001-01-01T00:00:00",  # naive: in this computer's zone, before year 1
                "9999-12-31T23:59:59",
                "9999-12-31T23:59:59.999999+00:00",
            ]
        )
    year = rng.choice([1, 2, 9998, 9999, rng.randint(1, 9999), rng.randint(1900, 2200)])
    moment = dt.datetime(
        year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)
    )
    if kind < 0.1:
        return moment.isoformat()  # naive: read in this computer's zone
    zone = zoneinfo.ZoneInfo(rng.choice(ZONES))
    try:
        return moment.replace(tzinfo=zone).isoformat()
    except OverflowError:  # the offset of a zone at the edge of time cannot be worked out
        return f"{year:04d}-12-31T23:59:59+14:00"


def _request(rng: random.Random, home: str) -> dict[str, Any]:
    request: dict[str, Any] = {"text": _text(rng), "now": _clock(rng)}
    if rng.random() < 0.3:
        request["conversation"] = rng.choice(["a", "b", 7, None, {"a": [1]}, ["x"], 1e308])
    if rng.random() < 0.1:
        request["area"] = rng.choice(["kitchen", "moon", 3, "", "\ud800"])
    if rng.random() < 0.05:
        request["lang"] = rng.choice(["en", "xx", "EN", "", 5, "en-US", ["en"], "\x00"])
    if rng.random() < 0.03:
        request["home"] = rng.choice(
            [home, "missing.yaml", "/dev/zero", "a\x00b", 5, "\udcff", [home], "/tmp"]
        )
    if rng.random() < 0.03:
        request["text"] = rng.choice([None, 5, ["x"], {"a": 1}])
    return request


def _line(rng: random.Random, home: str) -> str:
    kind = rng.random()
    if kind < 0.8:
        return json.dumps(_request(rng, home))
    if kind < 0.9:
        return _text(rng).replace("\n", " ")
    return rng.choice(
        [
            '{"text": "turn on the \\ud800 lamp"}',
            '{"text": "\\udfff"}',
            "[1, 2]",
            "null",
            '{"text": "a", "now": "9999-12-31T23:59:59-12:00"}',
            '{"text": "remind me in 3 days to call", "now": "0001-01-01T00:00:00+14:00"}',
            "[" * 5000 + "]" * 5000,
            '{"text": ' + "[" * 100 + "]" * 100 + "}",
        ]
    )


@pytest.mark.slow
def test_ten_thousand_random_lines_never_raise(demo_path: Path) -> None:
    rng = random.Random(SEED)
    batches = [BatchPlanner(default_home=demo_path, tz=zoneinfo.ZoneInfo(z)) for z in PLANNER_ZONES]
    codes: Counter[str] = Counter()
    for number in range(LINES):
        line = _line(rng, str(demo_path))
        batch = batches[number % len(batches)]
        (request,) = list(read_jsonl([line])) or [None]
        if request is None:  # a blank line is skipped, as `hearth plan --batch` does
            continue
        out = plan_line(batch, request)  # nothing may raise
        assert set(out) == PLAN_KEYS, (line, out)
        json.dumps(out, ensure_ascii=False).encode("utf-8")  # writable as the output line
        if out["error"] is None:
            assert isinstance(out["steps"], list)
            codes["planned"] += 1
        else:
            assert out["error"]["code"] in set(ErrorCode), (line, out)
            assert out["error"]["message"], (line, out)
            codes[out["error"]["code"]] += 1
            if "beyond the dates" in (out["reply"] or ""):
                codes["beyond the calendar"] += 1
    # The mix reached every kind of outcome, so the run tested what it claims to.
    assert codes["planned"] > LINES // 20, codes
    assert codes["bad_request"] > LINES // 20, codes
    assert codes["unclear"] > 100 and codes["beyond the calendar"] > 10, codes
