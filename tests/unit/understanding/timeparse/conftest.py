"""Shared clocks for the time-expression tests."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
# Friday 27 March 2026, 14:05 in Berlin; clocks go forward on Sunday 29 March (02:00 -> 03:00).
FRIDAY = datetime(2026, 3, 27, 14, 5, tzinfo=BERLIN)


def local(
    tz: ZoneInfo, year: int, month: int, day: int, hour: int = 0, minute: int = 0, *, fold: int = 0
) -> datetime:
    """A wall-clock time in *tz* (fold=1: the second of two in a fall-back hour)."""
    return datetime(year, month, day, hour, minute, tzinfo=tz, fold=fold)
