"""Reminder databases an earlier Hearth wrote open with every reminder and delivery kept.

The schemas below are the migration scripts as Hearth shipped them before the SQLite layer
(app/records/database.py) took over, copied as literal SQL and run the way that Hearth ran
them: a file at today's version opens as it is, one at version 1 is upgraded to the schema a
new file gets. Real SQLite files.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from integrations.reminders import SCHEMA_VERSION, ReminderKind, ReminderStore, Status
from integrations.reminders.store import APPLICATION_ID
from tests.helpers.old_databases import old_database, raw, schema_of
from tests.unit.integrations.reminders.conftest import T0

#: The reminder store's migrations 1 and 2 as the previous Hearth wrote them.
OLD_MIGRATIONS = [
    # 1: reminders and the record of their deliveries.
    """
    CREATE TABLE reminders (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        message TEXT NOT NULL,
        due TEXT NOT NULL,
        rrule TEXT,
        anchor TEXT NOT NULL,
        tz_name TEXT NOT NULL,
        status TEXT NOT NULL
            CHECK (status IN ('scheduled', 'fired', 'done', 'cancelled')),
        created TEXT NOT NULL,
        fired_at TEXT,
        snoozed_until TEXT,
        late INTEGER NOT NULL DEFAULT 0,
        pending INTEGER NOT NULL DEFAULT 0,
        mirror_ref TEXT,
        occurrence TEXT,
        exhausted INTEGER NOT NULL DEFAULT 0,
        fire_at TEXT
    );
    CREATE INDEX reminders_fire_at ON reminders(fire_at) WHERE fire_at IS NOT NULL;
    CREATE TABLE firings (
        id INTEGER PRIMARY KEY,
        reminder_id INTEGER NOT NULL REFERENCES reminders(id),
        due TEXT NOT NULL,
        fired_at TEXT NOT NULL,
        late INTEGER NOT NULL,
        snoozed INTEGER NOT NULL
    );
    CREATE INDEX firings_reminder ON firings(reminder_id);
    """,
    # 2: timers are reminders with a duration ("a 12 minute egg timer"); a paused one keeps
    # the seconds it had left and has no delivery time until it is resumed.
    """
    ALTER TABLE reminders ADD COLUMN kind TEXT NOT NULL DEFAULT 'reminder'
        CHECK (kind IN ('reminder', 'timer'));
    ALTER TABLE reminders ADD COLUMN name TEXT;
    ALTER TABLE reminders ADD COLUMN duration_s REAL;
    ALTER TABLE reminders ADD COLUMN paused_remaining_s REAL;
    """,
]
DUE = "2026-03-26T10:00:00.000000+00:00"
CREATED = "2026-03-26T08:00:00.000000+00:00"


def old_store(path: Path, version: int) -> None:
    """A reminder file as the previous Hearth left it at schema *version* (no rows)."""
    old_database(path, version, application_id=APPLICATION_ID, migrations=OLD_MIGRATIONS)


def rows(path: Path, table: str) -> list[tuple[object, ...]]:
    with raw(path) as db:
        return db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def add_v1_rows(db: sqlite3.Connection) -> None:
    """A delivered one-shot reminder with its firing and a weekly one, as version 1 kept them."""
    db.execute(
        "INSERT INTO reminders (message, due, anchor, tz_name, status, created, fired_at,"
        " late, pending, occurrence) VALUES ('water the plants', ?, '2026-03-26T11:00:00',"
        " 'Europe/Berlin', 'fired', ?, ?, 1, 1, ?)",
        (DUE, CREATED, DUE, DUE),
    )
    db.execute(
        "INSERT INTO firings (reminder_id, due, fired_at, late, snoozed) VALUES (1, ?, ?, 1, 0)",
        (DUE, DUE),
    )
    db.execute(
        "INSERT INTO reminders (message, due, rrule, anchor, tz_name, status, created, fire_at)"
        " VALUES ('take out the trash', ?, 'FREQ=WEEKLY', '2026-03-26T11:00:00',"
        " 'Europe/Berlin', 'scheduled', ?, ?)",
        (DUE, CREATED, DUE),
    )


def test_a_store_at_todays_version_opens_with_every_reminder_timer_and_firing(
    db_path: Path,
) -> None:
    old_store(db_path, SCHEMA_VERSION)
    with raw(db_path) as db:
        add_v1_rows(db)
        db.execute(
            "INSERT INTO reminders (message, due, anchor, tz_name, status, created, kind, name,"
            " duration_s, paused_remaining_s) VALUES ('Egg timer', ?, '2026-03-26T11:00:00',"
            " 'UTC', 'scheduled', ?, 'timer', 'egg', 720.0, 300.0)",
            (DUE, CREATED),
        )
    reminders, firings = rows(db_path, "reminders"), rows(db_path, "firings")
    schema = schema_of(db_path)

    with ReminderStore(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION == 2
        listed = {r.id: r for r in store.list(include_finished=True)}
        assert [listed[i].message for i in (1, 2, 3)] == [
            "water the plants",
            "take out the trash",
            "Egg timer",
        ]
        assert listed[1].status is Status.FIRED and listed[1].pending and listed[1].late
        assert listed[2].rrule == "FREQ=WEEKLY" and listed[2].next_fire == T0 + timedelta(hours=1)
        egg = listed[3]
        assert (egg.kind, egg.name, egg.duration_s, egg.paused_remaining_s) == (
            ReminderKind.TIMER,
            "egg",
            720.0,
            300.0,
        )
        assert [(f.reminder_id, f.late, f.snoozed) for f in store.firings(1)] == [(1, True, False)]
    assert rows(db_path, "reminders") == reminders  # opening changed no row
    assert rows(db_path, "firings") == firings
    assert schema_of(db_path) == schema

    with ReminderStore(db_path) as store:
        assert store.add("new one", T0 + timedelta(days=1), tz_name="UTC").id == 4
        store.done(1)
    assert rows(db_path, "reminders")[1:3] == reminders[1:3]


def test_a_version_1_store_keeps_its_reminders_and_firings_and_gains_timers(
    db_path: Path,
) -> None:
    old_store(db_path, 1)
    with raw(db_path) as db:
        add_v1_rows(db)
    reminders, firings = rows(db_path, "reminders"), rows(db_path, "firings")

    with ReminderStore(db_path) as store:
        assert store.schema_version == 2
        assert [r.kind for r in store.list(include_finished=True)] == [ReminderKind.REMINDER] * 2
        timer = store.add_timer("Tea", 180, tz_name="UTC", now=T0)
        assert store.get(timer.id) == timer
    upgraded = rows(db_path, "reminders")
    # The old columns keep their values; the new ones read as a reminder's defaults.
    assert [row[:16] for row in upgraded[:2]] == reminders
    assert [row[16:] for row in upgraded[:2]] == [("reminder", None, None, None)] * 2
    assert rows(db_path, "firings") == firings


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_a_store_of_every_version_gets_the_schema_a_new_one_has(
    tmp_path: Path, version: int
) -> None:
    new = tmp_path / "new.sqlite3"
    ReminderStore(new).close()
    old = tmp_path / "old.sqlite3"
    old_store(old, version)
    ReminderStore(old).close()
    assert schema_of(old) == schema_of(new)
    with raw(old) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
