"""ReminderStore on real SQLite files: persistence, schema versions, status changes, ranges,
fuzzy search and writers in several threads."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.records.database import run_migration
from integrations.reminders import (
    SCHEMA_VERSION,
    InvalidReminderError,
    ReminderStateError,
    ReminderStore,
    ReminderStoreError,
    Status,
    UnknownReminderError,
)
from integrations.reminders.store import _MIGRATIONS
from tests.unit.integrations.reminders.conftest import T0

BERLIN = ZoneInfo("Europe/Berlin")


def test_a_reminder_survives_reopening_in_another_zone(db_path: Path) -> None:
    with ReminderStore(db_path) as store:
        added = store.add("Take out the trash", T0 + timedelta(hours=2), tz_name="Europe/Berlin")
        store.set_mirror_ref(added.id, "uid-1")
    with ReminderStore(db_path, tz=BERLIN) as reopened:
        again = reopened.get(added.id)
    assert again is not None
    assert again.message == "Take out the trash"
    assert again.due == T0 + timedelta(hours=2)
    assert again.due.tzinfo is BERLIN and again.due.hour == 12  # 11:00 UTC in CET
    assert again.status is Status.SCHEDULED and str(again.status) == "scheduled"
    assert again.next_fire == again.due
    assert again.anchor == again.due and again.anchor.tzinfo == BERLIN
    assert again.tz_name == "Europe/Berlin" and again.rrule is None
    assert again.mirror_ref == "uid-1"
    assert (again.fired_at, again.snoozed_until, again.late, again.pending) == (
        None,
        None,
        False,
        False,
    )
    assert abs(again.created - datetime.now(UTC)) < timedelta(minutes=1)


# One store for every example: each add is independent of the others.
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    when=st.datetimes(
        min_value=datetime(1970, 1, 2),
        max_value=datetime(9998, 12, 30),
        timezones=st.sampled_from([UTC, BERLIN, ZoneInfo("America/New_York")]),
    )
)
def test_any_aware_due_time_round_trips_exactly(store: ReminderStore, when: datetime) -> None:
    got = store.get(store.add("x", when, tz_name="UTC").id)
    # Compared in UTC: PEP 495 makes a time in a DST fold unequal to any other zone's time.
    assert got is not None and got.due == when.astimezone(UTC) and got.due.tzinfo is UTC


def test_an_empty_file_is_migrated_to_the_current_schema_in_wal_mode(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")
    with ReminderStore(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        settings = store._connection()
        assert settings.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert settings.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        store.add("water the plants", T0, tz_name="UTC")
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert raw.execute("SELECT count(*) FROM reminders").fetchone()[0] == 1
    finally:
        raw.close()


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_every_older_schema_is_upgraded(db_path: Path, version: int) -> None:
    db_path.parent.mkdir(parents=True)
    raw = sqlite3.connect(db_path, isolation_level=None)
    for migration in _MIGRATIONS[:version]:
        run_migration(raw, migration)
    raw.execute(f"PRAGMA user_version = {version}")
    raw.close()
    with ReminderStore(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.get(store.add("x", T0, tz_name="UTC").id) is not None


def test_a_newer_schema_is_refused_without_touching_the_file(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA user_version = 99")
    raw.close()
    before = db_path.read_bytes()
    with pytest.raises(
        ReminderStoreError,
        match=r"reminder database .* newer Hearth \(schema 99; this Hearth knows up to 2\)",
    ):
        ReminderStore(db_path)
    assert db_path.read_bytes() == before
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_a_file_that_is_not_a_database_is_a_store_error(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ReminderStoreError, match="cannot open"):
        ReminderStore(db_path)


def test_invalid_reminders_are_refused(store: ReminderStore) -> None:
    with pytest.raises(InvalidReminderError, match="message"):
        store.add("   ", T0, tz_name="UTC")
    with pytest.raises(InvalidReminderError, match="at most"):
        store.add("x" * 1001, T0, tz_name="UTC")
    with pytest.raises(InvalidReminderError, match="time zone"):
        store.add("x", datetime(2026, 3, 26, 9, 0), tz_name="UTC")
    with pytest.raises(InvalidReminderError, match="unknown time zone"):
        store.add("x", T0, tz_name="Mars/Olympus_Mons")
    with pytest.raises(InvalidReminderError, match="recurrence"):
        store.add("x", T0, rrule="FREQ=FORTNIGHTLY", tz_name="UTC")
    with pytest.raises(InvalidReminderError, match="no occurrence"):
        store.add("x", T0, rrule="FREQ=DAILY;UNTIL=20250101T000000Z", tz_name="UTC")
    assert store.list(include_finished=True) == []


def test_cancel_done_and_unknown_ids(store: ReminderStore) -> None:
    first = store.add("call the dentist", T0 + timedelta(hours=1), tz_name="UTC")
    second = store.add("water the plants", T0 + timedelta(hours=2), tz_name="UTC")
    cancelled = store.cancel(first.id)
    assert cancelled.status is Status.CANCELLED and cancelled.next_fire is None
    done = store.done(second.id)
    assert done.status is Status.DONE and done.finished
    assert store.list() == []
    assert [r.id for r in store.list(include_finished=True)] == [first.id, second.id]
    with pytest.raises(ReminderStateError, match="already cancelled"):
        store.cancel(first.id)
    with pytest.raises(ReminderStateError, match="already done"):
        store.snooze(second.id, T0 + timedelta(hours=3))
    for call in (store.cancel, store.done, lambda id: store.snooze(id, T0)):
        with pytest.raises(UnknownReminderError, match="no reminder 999"):
            call(999)
    assert store.get(999) is None
    # Ids are never reused, so "cancel reminder 3" can never hit a newer reminder.
    assert store.add("third", T0, tz_name="UTC").id == second.id + 1


def test_a_delivery_is_recorded_and_awaits_done_or_snooze(store: ReminderStore) -> None:
    reminder = store.add("take the pills", T0, tz_name="UTC")
    with pytest.raises(ReminderStateError, match="not due yet"):
        store.mark_fired(reminder.id, T0 - timedelta(seconds=1), late=False)
    fired = store.mark_fired(reminder.id, T0 + timedelta(minutes=5), late=True)
    assert fired.status is Status.FIRED and fired.pending and fired.late
    assert fired.fired_at == T0 + timedelta(minutes=5) and fired.next_fire is None
    assert store.get(reminder.id) == fired
    with pytest.raises(ReminderStateError, match="not scheduled"):
        store.mark_fired(reminder.id, T0 + timedelta(minutes=6), late=False)
    assert store.list_due(T0 + timedelta(days=1)) == []

    snoozed = store.snooze(reminder.id, T0 + timedelta(minutes=15))
    assert snoozed.status is Status.SCHEDULED and not snoozed.pending
    assert snoozed.due == T0 and snoozed.next_fire == T0 + timedelta(minutes=15)
    with pytest.raises(ReminderStateError, match="not due yet"):
        store.mark_fired(reminder.id, T0 + timedelta(minutes=14), late=False)
    again = store.mark_fired(reminder.id, T0 + timedelta(minutes=15), late=False)
    assert again.status is Status.FIRED and again.snoozed_until is None and again.due == T0
    assert [(f.due, f.fired_at, f.late, f.snoozed) for f in store.firings(reminder.id)] == [
        (T0, T0 + timedelta(minutes=5), True, False),
        (T0, T0 + timedelta(minutes=15), False, True),
    ]
    finished = store.done(reminder.id)
    assert finished.status is Status.DONE and not finished.pending


def test_snoozing_before_it_fires_postpones_it(store: ReminderStore) -> None:
    reminder = store.add("stretch", T0 + timedelta(minutes=5), tz_name="UTC")
    store.snooze(reminder.id, T0 + timedelta(minutes=30))
    assert store.list_due(T0 + timedelta(minutes=10)) == []
    assert store.next_fire_at() == T0 + timedelta(minutes=30)


def test_due_reminders_and_the_next_delivery_come_in_time_order(store: ReminderStore) -> None:
    late = store.add("c", T0 + timedelta(minutes=3), tz_name="UTC")
    early = store.add("a", T0 + timedelta(minutes=1), tz_name="UTC")
    middle = store.add("b", T0 + timedelta(minutes=2), tz_name="UTC")
    cancelled = store.add("z", T0, tz_name="UTC")
    store.cancel(cancelled.id)
    assert store.next_fire_at() == T0 + timedelta(minutes=1)
    due = store.list_due(T0 + timedelta(minutes=2))
    assert [r.id for r in due] == [early.id, middle.id]
    assert [r.id for r in store.list()] == [early.id, middle.id, late.id]
    for reminder in (early, middle, late):
        store.mark_fired(reminder.id, T0 + timedelta(minutes=3), late=False)
    assert store.next_fire_at() is None


def test_list_between_uses_the_next_delivery_and_recurring_occurrences(
    store: ReminderStore,
) -> None:
    tomorrow = datetime(2026, 3, 27, tzinfo=UTC)
    inside = store.add("dentist", tomorrow + timedelta(hours=10), tz_name="UTC")
    store.add("far away", tomorrow + timedelta(days=5), tz_name="UTC")
    store.add("today", T0 + timedelta(hours=1), tz_name="UTC")
    # Weekly on Fridays, starting a week before: it has an occurrence tomorrow.
    weekly = store.add(
        "bins", datetime(2026, 3, 20, 18, tzinfo=UTC), rrule="FREQ=WEEKLY", tz_name="UTC"
    )
    snoozed = store.add("snoozed into tomorrow", T0 + timedelta(hours=2), tz_name="UTC")
    store.snooze(snoozed.id, tomorrow + timedelta(hours=8))
    window = (tomorrow, tomorrow + timedelta(days=1))
    assert [r.id for r in store.list(between=window)] == [snoozed.id, inside.id, weekly.id]
    with pytest.raises(InvalidReminderError):
        store.list(between=(datetime(2026, 3, 27), datetime(2026, 3, 28)))


def test_find_matches_the_message_fuzzily(store: ReminderStore) -> None:
    trash = store.add("Take out the trash", T0 + timedelta(hours=1), tz_name="UTC")
    dentist = store.add("Call the dentist", T0 + timedelta(hours=2), tz_name="UTC")
    store.add("Water the plants", T0 + timedelta(hours=3), tz_name="UTC")
    assert [r.id for r in store.find("the trash reminder")] == [trash.id]
    assert [r.id for r in store.find("TRASH")] == [trash.id]
    assert [r.id for r in store.find("dentist")] == [dentist.id]
    assert [r.id for r in store.find("dentsit")] == [dentist.id]  # typo
    assert store.find("xylophone lessons") == []
    assert store.find("") == []
    store.cancel(trash.id)
    assert store.find("trash") == []
    assert [r.id for r in store.find("trash", include_finished=True)] == [trash.id]
    scored = store.find_scored("dentist")
    assert scored[0][0].id == dentist.id and scored[0][1] >= 90


def test_concurrent_writers_in_threads_and_another_connection(db_path: Path) -> None:
    """Four threads share one store and a fifth writes through its own connection (as a
    second Hearth process would): every add returns a distinct id and all are stored."""
    store = ReminderStore(db_path)
    other = ReminderStore(db_path)
    ids: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(5)

    def write(target: ReminderStore, name: str) -> None:
        try:
            start.wait()
            for i in range(40):
                reminder = target.add(f"{name} {i}", T0 + timedelta(minutes=i), tz_name="UTC")
                if i % 10 == 0:
                    target.snooze(reminder.id, T0 + timedelta(hours=1))
                with lock:
                    ids.append(reminder.id)
        except BaseException as err:
            errors.append(err)

    threads = [threading.Thread(target=write, args=(store, f"t{n}")) for n in range(4)]
    threads.append(threading.Thread(target=write, args=(other, "other")))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    other.close()
    assert errors == []
    assert len(ids) == len(set(ids)) == 200
    store.close()
    with ReminderStore(db_path) as reopened:
        stored = reopened.list()
        assert sorted(r.id for r in stored) == sorted(ids)
        assert sum(1 for r in stored if r.snoozed_until is not None) == 20
        check = reopened._connection().execute("PRAGMA integrity_check").fetchone()[0]
        assert check == "ok"


def test_a_closed_store_refuses_calls(db_path: Path) -> None:
    store = ReminderStore(db_path)
    store.close()
    store.close()
    with pytest.raises(ReminderStoreError, match="closed"):
        store.add("x", T0, tz_name="UTC")
    with pytest.raises(ReminderStoreError, match="closed"):
        store.list()
