"""A click on a reminder as a one-step plan, with the words the card and history show, on a
real reminder store."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.core.plan import PlannerName, Step
from app.core.results import StepResult, StepStatus
from app.session.reminder_clicks import SNOOZE_MINUTES, click_plan, failures
from integrations.reminders import ReminderStore

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 3, 14, 32, tzinfo=TZ)


@pytest.fixture
def store(tmp_path: Path) -> ReminderStore:
    return ReminderStore(tmp_path / "reminders.sqlite3", tz=TZ)


def test_each_click_says_what_it_does_to_which_reminder(store: ReminderStore) -> None:
    oven = store.add("check the oven", NOW + timedelta(hours=1), tz_name=TZ.key)
    weekly = store.add(
        "water the plants", NOW + timedelta(days=1), rrule="FREQ=WEEKLY", tz_name=TZ.key
    )
    snooze = click_plan("reminder.snooze", oven.id, {"minutes": SNOOZE_MINUTES}, oven, NOW)
    assert snooze.planner is PlannerName.LOCAL
    (step,) = snooze.steps
    assert (step.action, step.params) == ("reminder.snooze", {"id": oven.id, "minutes": 10})
    assert step.summary == "Snooze “check the oven” for 10 minutes (until Tue 3 Mar, 14:42)"
    assert snooze.text == step.summary
    done = click_plan("reminder.done", oven.id, {}, store.get(oven.id), NOW)
    assert done.steps[0].summary == "Mark “check the oven” as done"
    cancel = click_plan("reminder.cancel", weekly.id, {}, weekly, NOW)
    assert cancel.steps[0].summary == "Cancel the reminder “water the plants” and its repeats"


def test_a_reminder_that_could_not_be_read_is_named_by_its_number() -> None:
    plan = click_plan("reminder.cancel", 7, {}, None, NOW)
    assert plan.steps[0].summary == "Cancel the reminder reminder 7"
    assert plan.steps[0].params == {"id": 7}


def test_only_reminder_clicks_make_plans() -> None:
    with pytest.raises(ValueError, match="not a reminder click"):
        click_plan("lock.unlock", 1, {}, None, NOW)


def test_what_did_not_work_is_said_with_the_reason() -> None:
    step = Step("reminder.done", [], {"id": 3})
    step.summary = "Mark “tea” as done"
    ok = StepResult(0, step, StepStatus.VERIFIED)
    failed = StepResult(0, step, StepStatus.FAILED, reason="no reminder 3")
    skipped = StepResult(0, step, StepStatus.SKIPPED)
    assert failures([ok]) == []
    assert failures([failed, skipped]) == [
        "Not done: Mark “tea” as done (no reminder 3).",
        "Not done: Mark “tea” as done (skipped).",
    ]
