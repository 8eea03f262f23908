"""Fixtures for the reminder tests: a store in the test's folder, a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from integrations.reminders import FakeClock, ReminderStore

T0 = datetime(2026, 3, 26, 9, 0, tzinfo=UTC)
"""Thursday 26 March 2026, 10:00 in Berlin (CET); Berlin moves to CEST on Sunday 29 March."""


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "reminders" / "reminders.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[ReminderStore]:
    store = ReminderStore(db_path)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)
