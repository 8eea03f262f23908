"""Recurring reminders: rule parsing, wall-clock time across DST, and how a series moves on
when it fires, is done, is snoozed and runs out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integrations.reminders import InvalidReminderError, ReminderStore, Status
from integrations.reminders import recurrence as rec

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
WEEKDAYS = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"


def local(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, *, tz: ZoneInfo = BERLIN
) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=tz)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("RRULE:freq=daily", "FREQ=DAILY"),
        (" FREQ=WEEKLY;BYDAY=MO,FR; ", "FREQ=WEEKLY;BYDAY=MO,FR"),
        ("FREQ=DAILY;UNTIL=20260401T000000Z", "FREQ=DAILY;UNTIL=20260401T000000Z"),
        # Floating and date-only UNTIL are read in the reminder's zone (Berlin, CEST: +2).
        ("FREQ=DAILY;UNTIL=20260401T090000", "FREQ=DAILY;UNTIL=20260401T070000Z"),
        ("FREQ=DAILY;UNTIL=20260401", "FREQ=DAILY;UNTIL=20260401T215959Z"),
    ],
)
def test_rules_are_normalized(value: str, expected: str) -> None:
    assert rec.normalize_rule(value, BERLIN) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "empty"),
        ("BYDAY=MO", "needs FREQ"),
        ("FREQ=DAILY;FREQ=WEEKLY", "repeated"),
        ("FREQ=SECONDLY", "every few seconds"),
        ("FREQ=DAILY;DTSTART=20260101T000000Z", "cannot set DTSTART"),
        ("FREQ=DAILY;;COUNT", "malformed"),
        ("FREQ=DAILY\nRRULE:FREQ=WEEKLY", "multi-line"),
        ("FREQ=DAILY;UNTIL=20261399", "malformed UNTIL"),
    ],
)
def test_malformed_rules_are_refused(value: str, reason: str) -> None:
    with pytest.raises(InvalidReminderError, match=reason):
        rec.normalize_rule(value, BERLIN)


def test_a_rule_dateutil_cannot_read_is_invalid() -> None:
    with pytest.raises(InvalidReminderError, match="invalid recurrence rule"):
        rec.first_occurrence("FREQ=WEEKLY;BYDAY=XX", local(2026, 3, 26, 7, 30))


def test_weekdays_keep_0730_local_across_the_spring_change() -> None:
    anchor = local(2026, 3, 26, 7, 30)  # Thursday, CET
    found = rec.occurrences_between(WEEKDAYS, anchor, anchor, local(2026, 4, 2))
    assert [o.strftime("%a %H:%M %z") for o in found] == [
        "Thu 07:30 +0100",
        "Fri 07:30 +0100",
        "Mon 07:30 +0200",
        "Tue 07:30 +0200",
        "Wed 07:30 +0200",
    ]
    assert rec.next_occurrence(WEEKDAYS, anchor, local(2026, 3, 27, 7, 30)) == local(
        2026, 3, 30, 7, 30
    )


def test_an_occurrence_in_the_spring_gap_rings_after_it() -> None:
    anchor = local(2026, 3, 28, 2, 30)
    found = rec.occurrences_between("FREQ=DAILY;COUNT=3", anchor, anchor, local(2026, 4, 1))
    assert [o.astimezone(UTC).strftime("%d %H:%M") for o in found] == [
        "28 01:30",
        "29 01:30",  # 02:30 does not exist on the 29th: 01:30 UTC is 03:30 CEST
        "30 00:30",
    ]


@settings(max_examples=40, deadline=None)
@given(
    start=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 1, 1)),
    tz=st.sampled_from([BERLIN, NEW_YORK, ZoneInfo("Australia/Sydney")]),
    rule=st.sampled_from([WEEKDAYS, "FREQ=DAILY", "FREQ=WEEKLY;INTERVAL=2", "FREQ=MONTHLY"]),
)
def test_occurrences_keep_their_wall_time_whatever_the_offset(
    start: datetime, tz: ZoneInfo, rule: str
) -> None:
    anchor = start.replace(hour=8, minute=15, second=0, microsecond=0, tzinfo=tz)
    found = rec.occurrences_between(rule, anchor, anchor, anchor + timedelta(days=400), limit=40)
    assert found
    assert {(o.hour, o.minute) for o in found} == {(8, 15)}
    assert found == sorted(found)


# -- a recurring reminder in the store ----------------------------------------------------


def weekday_reminder(store: ReminderStore) -> int:
    # Made on Thursday 26 March at 07:30 Berlin for every weekday.
    return store.add(
        "Take the pills", local(2026, 3, 26, 7, 30), rrule=WEEKDAYS, tz_name="Europe/Berlin"
    ).id


def test_firing_moves_a_series_on_and_reports_the_occurrence(db_path: Path) -> None:
    with ReminderStore(db_path, tz=BERLIN) as store:
        id = weekday_reminder(store)
        thursday = store.mark_fired(id, local(2026, 3, 26, 7, 30), late=False)
        assert thursday.due == local(2026, 3, 26, 7, 30)
        assert thursday.next_fire == local(2026, 3, 27, 7, 30)
        delivered = store.mark_fired(id, local(2026, 3, 27, 7, 30), late=False)  # Friday
        assert delivered.status is Status.FIRED and delivered.due == local(2026, 3, 27, 7, 30)
        stored = store.get(id)
        assert stored is not None
        assert stored.status is Status.SCHEDULED and stored.pending
        assert stored.due == local(2026, 3, 30, 7, 30) and stored.due.utcoffset() == timedelta(
            hours=2
        )
        assert stored.next_fire == stored.due


def test_occurrences_missed_while_closed_fold_into_one_late_delivery(store: ReminderStore) -> None:
    id = weekday_reminder(store)
    delivered = store.mark_fired(id, local(2026, 4, 1, 12, 0), late=True)  # Wednesday noon
    assert delivered.due == local(2026, 3, 26, 7, 30) and delivered.late
    stored = store.get(id)
    assert stored is not None and stored.due == local(2026, 4, 2, 7, 30)
    assert len(store.firings(id)) == 1


def test_done_acknowledges_a_delivery_or_skips_the_next_occurrence(store: ReminderStore) -> None:
    id = weekday_reminder(store)
    skipped = store.done(id)  # before it ever fired: skip Thursday
    assert skipped.status is Status.SCHEDULED and skipped.due == local(2026, 3, 27, 7, 30)
    store.mark_fired(id, local(2026, 3, 27, 7, 30), late=False)
    acknowledged = store.done(id)  # Done on Friday's notification: Monday stays
    assert acknowledged.status is Status.SCHEDULED and not acknowledged.pending
    assert acknowledged.due == local(2026, 3, 30, 7, 30)


def test_snoozing_a_delivered_occurrence_keeps_the_series(store: ReminderStore) -> None:
    id = weekday_reminder(store)
    store.mark_fired(id, local(2026, 3, 26, 7, 30), late=False)
    snoozed = store.snooze(id, local(2026, 3, 26, 7, 40))
    assert snoozed.next_fire == local(2026, 3, 26, 7, 40)
    assert snoozed.due == local(2026, 3, 27, 7, 30)
    again = store.mark_fired(id, local(2026, 3, 26, 7, 40), late=False)
    assert again.due == local(2026, 3, 26, 7, 30)  # the occurrence it postponed
    stored = store.get(id)
    assert stored is not None and stored.snoozed_until is None and stored.pending
    assert stored.due == local(2026, 3, 27, 7, 30)
    assert [f.snoozed for f in store.firings(id)] == [False, True]


def test_snoozing_an_upcoming_occurrence_postpones_only_that_one(store: ReminderStore) -> None:
    id = weekday_reminder(store)
    snoozed = store.snooze(id, local(2026, 3, 26, 9, 0))
    assert snoozed.next_fire == local(2026, 3, 26, 9, 0)
    assert snoozed.due == local(2026, 3, 27, 7, 30)
    assert store.list_due(local(2026, 3, 26, 8, 0)) == []


def test_a_series_that_runs_out_behaves_as_a_one_shot(store: ReminderStore) -> None:
    id = store.add("x", local(2026, 3, 26, 7, 30), rrule="FREQ=DAILY;COUNT=2", tz_name="UTC").id
    store.mark_fired(id, local(2026, 3, 26, 7, 30), late=False)
    last = store.mark_fired(id, local(2026, 3, 27, 7, 30), late=False)
    assert last.status is Status.FIRED and last.next_fire is None
    stored = store.get(id)
    assert stored is not None and stored.status is Status.FIRED
    snoozed = store.snooze(id, local(2026, 3, 27, 8, 0))
    assert snoozed.next_fire == local(2026, 3, 27, 8, 0)
    store.mark_fired(id, local(2026, 3, 27, 8, 0), late=False)
    assert store.done(id).status is Status.DONE


def test_recurring_reminders_in_other_zones_are_stored_with_their_zone(
    store: ReminderStore,
) -> None:
    reminder = store.add(
        "standup",
        local(2026, 3, 2, 9, 0, tz=NEW_YORK),
        rrule="FREQ=DAILY",
        tz_name="America/New_York",
    )
    assert reminder.anchor == local(2026, 3, 2, 9, 0, tz=NEW_YORK)
    store.mark_fired(reminder.id, local(2026, 3, 7, 9, 0, tz=NEW_YORK), late=True)
    stored = store.get(reminder.id)
    assert stored is not None  # New York moves to EDT on 8 March 2026: still 09:00 local
    assert stored.due.astimezone(NEW_YORK) == local(2026, 3, 8, 9, 0, tz=NEW_YORK)
    assert stored.due.astimezone(UTC).hour == 13
