"""Durable reminders in their own SQLite file.

Every write is one committed transaction before the call returns (WAL with
``synchronous=FULL``: a reminder Hearth confirmed survives a crash, a kill -9 or a power
cut). The file is opened, checked and upgraded by :mod:`app.records.database` (:data:`SCHEMA`:
its ordered migrations); a newer schema than this code knows is refused before anything is
written.

One connection serves every thread (``check_same_thread=False``), guarded by a lock: the
methods block (an fsync per write), so code on the event loop calls them through
``asyncio.to_thread``. Another process may open the same file; SQLite's locking and a busy
timeout order the writers.

Datetimes are stored in UTC (fixed-width ISO text, so text order is time order) and returned
in the zone the store was opened with; a recurring reminder's anchor is kept as wall-clock
time in its own zone, which is what its occurrences repeat.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from app.records.database import Database, Migration, Schema, errors_as
from integrations.reminders.model import (
    Firing,
    InvalidReminderError,
    Reminder,
    ReminderKind,
    ReminderStateError,
    ReminderStoreError,
    Status,
    UnknownReminderError,
)
from integrations.reminders.recurrence import (
    first_occurrence,
    next_occurrence,
    normalize_rule,
    occurrences_between,
    zone,
)

MAX_MESSAGE = 1000
"""The longest reminder text accepted, in characters."""
MAX_TIMER_S = 100 * 3600
"""The longest timer, in seconds (Home Assistant's sentences go up to 100 hours)."""

_MIGRATIONS: tuple[Migration, ...] = (
    # 1: reminders and the record of their deliveries.
    (
        """CREATE TABLE reminders (
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
        )""",
        "CREATE INDEX reminders_fire_at ON reminders(fire_at) WHERE fire_at IS NOT NULL",
        """CREATE TABLE firings (
            id INTEGER PRIMARY KEY,
            reminder_id INTEGER NOT NULL REFERENCES reminders(id),
            due TEXT NOT NULL,
            fired_at TEXT NOT NULL,
            late INTEGER NOT NULL,
            snoozed INTEGER NOT NULL
        )""",
        "CREATE INDEX firings_reminder ON firings(reminder_id)",
    ),
    # 2: timers are reminders with a duration ("a 12 minute egg timer"); a paused one keeps
    # the seconds it had left and has no delivery time until it is resumed.
    (
        """ALTER TABLE reminders ADD COLUMN kind TEXT NOT NULL DEFAULT 'reminder'
            CHECK (kind IN ('reminder', 'timer'))""",
        "ALTER TABLE reminders ADD COLUMN name TEXT",
        "ALTER TABLE reminders ADD COLUMN duration_s REAL",
        "ALTER TABLE reminders ADD COLUMN paused_remaining_s REAL",
    ),
)
APPLICATION_ID = 0x48524D44
"""``PRAGMA application_id`` of Hearth's reminder database ("HRMD")."""
SCHEMA = Schema(
    name="reminder",
    application_id=APPLICATION_ID,
    tables=frozenset({"reminders", "firings"}),
    migrations=_MIGRATIONS,
)
SCHEMA_VERSION = SCHEMA.version

_COLUMNS = (
    "id, message, due, rrule, anchor, tz_name, status, created, fired_at, snoozed_until, "
    "late, pending, mirror_ref, occurrence, exhausted, kind, name, duration_s, paused_remaining_s"
)
_ACTIVE = (Status.SCHEDULED.value, Status.FIRED.value)
#: Words people wrap around the thing they mean ("cancel the trash reminder"), dropped from a
#: search before matching. English only so far, like Hearth's other reminder phrasings.
_FILLER = frozenset(
    {"reminder", "reminders", "remind", "me", "the", "my", "a", "an", "to", "about", "of"}
)
FIND_CUTOFF = 75.0
"""The lowest rapidfuzz WRatio (0-100) :meth:`ReminderStore.find` reports."""


def _to_db(value: datetime, what: str) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidReminderError(f"{what} must carry a time zone (a UTC offset)")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def _from_db(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _maybe(text: str | None) -> datetime | None:
    return _from_db(text) if text is not None else None


@dataclass(slots=True)
class _State:
    """A reminder row while a transaction works on it (datetimes in UTC)."""

    id: int
    message: str
    due: datetime
    rrule: str | None
    anchor: datetime
    tz_name: str
    status: Status
    created: datetime
    fired_at: datetime | None
    snoozed_until: datetime | None
    late: bool
    pending: bool
    mirror_ref: str | None
    occurrence: datetime | None
    """The occurrence the last delivery was for (what a snoozed delivery postpones)."""
    exhausted: bool
    """A recurring reminder whose rule has no occurrence left: it behaves as a one-shot."""
    kind: ReminderKind = ReminderKind.REMINDER
    name: str | None = None
    duration_s: float | None = None
    paused_remaining_s: float | None = None
    """A paused timer's seconds left (None: not paused)."""

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> _State:
        tz = zone(row["tz_name"])
        return cls(
            id=row["id"],
            message=row["message"],
            due=_from_db(row["due"]),
            rrule=row["rrule"],
            anchor=datetime.fromisoformat(row["anchor"]).replace(tzinfo=tz),
            tz_name=row["tz_name"],
            status=Status(row["status"]),
            created=_from_db(row["created"]),
            fired_at=_maybe(row["fired_at"]),
            snoozed_until=_maybe(row["snoozed_until"]),
            late=bool(row["late"]),
            pending=bool(row["pending"]),
            mirror_ref=row["mirror_ref"],
            occurrence=_maybe(row["occurrence"]),
            exhausted=bool(row["exhausted"]),
            kind=ReminderKind(row["kind"]),
            name=row["name"],
            duration_s=row["duration_s"],
            paused_remaining_s=row["paused_remaining_s"],
        )

    @property
    def series(self) -> bool:
        """Recurring with occurrences left (otherwise one-shot rules apply)."""
        return self.rrule is not None and not self.exhausted

    @property
    def fire_at(self) -> datetime | None:
        """When the scheduler should deliver it next."""
        if self.status is not Status.SCHEDULED or self.paused_remaining_s is not None:
            return None
        if self.series:
            if self.snoozed_until is not None:
                return min(self.due, self.snoozed_until)
            return self.due
        return self.snoozed_until or self.due

    def next_after(self, when: datetime) -> datetime | None:
        assert self.rrule is not None
        found = next_occurrence(self.rrule, self.anchor, when)
        return found.astimezone(UTC) if found is not None else None

    def public(self, tz: tzinfo) -> Reminder:
        def local(value: datetime | None) -> datetime | None:
            return value.astimezone(tz) if value is not None else None

        return Reminder(
            id=self.id,
            message=self.message,
            due=self.due.astimezone(tz),
            rrule=self.rrule,
            anchor=self.anchor,
            tz_name=self.tz_name,
            status=self.status,
            created=self.created.astimezone(tz),
            fired_at=local(self.fired_at),
            snoozed_until=local(self.snoozed_until),
            late=self.late,
            mirror_ref=self.mirror_ref,
            pending=self.pending,
            next_fire=local(self.fire_at),
            kind=self.kind,
            name=self.name,
            duration_s=self.duration_s,
            paused_remaining_s=self.paused_remaining_s,
        )


class ReminderStore:
    """Reminders in the SQLite file *path* (created with its folder when missing).

    *tz* is the zone datetimes are returned in (UTC unless given; the app passes the
    user's zone). Every method may raise ReminderStoreError when the database fails.
    """

    def __init__(self, path: Path, *, tz: tzinfo = UTC) -> None:
        self.path = path
        self.tz = tz
        with errors_as(ReminderStoreError):
            self._database = Database(path, SCHEMA)

    def __repr__(self) -> str:
        return f"ReminderStore({str(self.path)!r})"

    @property
    def schema_version(self) -> int:
        with errors_as(ReminderStoreError):
            return self._database.version

    # -- transactions ------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        """The open connection (ReminderStoreError once the store is closed)."""
        with errors_as(ReminderStoreError):
            return self._database.connection

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with errors_as(ReminderStoreError), self._database.read() as db:
            yield db

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction: the block's writes are on disk when it exits."""
        with errors_as(ReminderStoreError), self._database.transaction() as db:
            yield db

    @staticmethod
    def _load(db: sqlite3.Connection, id: int) -> _State:
        row = db.execute(f"SELECT {_COLUMNS} FROM reminders WHERE id = ?", (id,)).fetchone()
        if row is None:
            raise UnknownReminderError(f"there is no reminder {id}")
        return _State.from_row(row)

    @staticmethod
    def _save(db: sqlite3.Connection, state: _State) -> None:
        def opt(value: datetime | None) -> str | None:
            return _to_db(value, "a time") if value is not None else None

        fire_at = state.fire_at
        db.execute(
            """UPDATE reminders SET due = ?, status = ?, fired_at = ?, snoozed_until = ?,
                   late = ?, pending = ?, mirror_ref = ?, occurrence = ?, exhausted = ?,
                   fire_at = ?, paused_remaining_s = ?
               WHERE id = ?""",
            (
                _to_db(state.due, "the due time"),
                state.status.value,
                opt(state.fired_at),
                opt(state.snoozed_until),
                int(state.late),
                int(state.pending),
                state.mirror_ref,
                opt(state.occurrence),
                int(state.exhausted),
                opt(fire_at),
                state.paused_remaining_s,
                state.id,
            ),
        )

    # -- writes ----------------------------------------------------------------------------

    def add(
        self, message: str, due: datetime, *, rrule: str | None = None, tz_name: str
    ) -> Reminder:
        """Store a new scheduled reminder and return it (committed).

        A recurring reminder's *due* is its anchor (DTSTART); its first due time is the first
        occurrence of the rule at or after it. Raises InvalidReminderError for an empty or
        overlong message, a naive *due*, an unknown zone or a rule without occurrences.
        """
        text = message.strip()
        if not text:
            raise InvalidReminderError("a reminder needs a message")
        if len(text) > MAX_MESSAGE:
            raise InvalidReminderError(f"a reminder message is at most {MAX_MESSAGE} characters")
        _to_db(due, "the due time")
        tz = zone(tz_name)
        anchor = due.astimezone(tz)
        first = due
        rule = None
        if rrule is not None:
            rule = normalize_rule(rrule, tz)
            found = first_occurrence(rule, anchor)
            if found is None:
                raise InvalidReminderError("the recurrence rule has no occurrence")
            first = found
        created = datetime.now(UTC)
        fire_at = _to_db(first, "the due time")
        with self._write() as db:
            cursor = db.execute(
                """INSERT INTO reminders (message, due, rrule, anchor, tz_name, status, created,
                       fire_at)
                   VALUES (?, ?, ?, ?, ?, 'scheduled', ?, ?)""",
                (
                    text,
                    fire_at,
                    rule,
                    anchor.replace(tzinfo=None).isoformat(),
                    tz_name,
                    _to_db(created, "the creation time"),
                    fire_at,
                ),
            )
            assert cursor.lastrowid is not None
            state = self._load(db, cursor.lastrowid)
        return state.public(self.tz)

    def add_timer(
        self,
        label: str,
        duration_s: float,
        *,
        name: str | None = None,
        tz_name: str,
        now: datetime | None = None,
    ) -> Reminder:
        """Store a new running timer of *duration_s* seconds from *now* (default: the wall
        clock), shown as *label* ("Egg timer") when it rings, and return it (committed)."""
        if not (0 < duration_s <= MAX_TIMER_S):
            raise InvalidReminderError(
                f"a timer runs for more than 0 seconds and at most {MAX_TIMER_S // 3600} hours"
            )
        if name is not None and (not name.strip() or len(name) > MAX_MESSAGE):
            raise InvalidReminderError("a timer's name is between 1 and 1000 characters")
        text = label.strip()
        if not text or len(text) > MAX_MESSAGE:
            raise InvalidReminderError("a timer's label is between 1 and 1000 characters")
        zone(tz_name)
        start = now if now is not None else datetime.now(UTC)
        due = _to_db(start + timedelta(seconds=duration_s), "the due time")
        created = _to_db(datetime.now(UTC), "the creation time")
        anchor = datetime.fromisoformat(due).astimezone(zone(tz_name))
        with self._write() as db:  # one transaction: never a timer half-written as a reminder
            cursor = db.execute(
                """INSERT INTO reminders (message, due, rrule, anchor, tz_name, status, created,
                       fire_at, kind, name, duration_s)
                   VALUES (?, ?, NULL, ?, ?, 'scheduled', ?, ?, ?, ?, ?)""",
                (
                    text,
                    due,
                    anchor.replace(tzinfo=None).isoformat(),
                    tz_name,
                    created,
                    due,
                    ReminderKind.TIMER.value,
                    name.strip() if name else None,
                    float(duration_s),
                ),
            )
            assert cursor.lastrowid is not None
            state = self._load(db, cursor.lastrowid)
        return state.public(self.tz)

    def pause_timer(self, id: int, now: datetime) -> Reminder:
        """Stop a running timer's countdown: it keeps the seconds it had left at *now* and
        rings only after :meth:`resume_timer`."""
        _to_db(now, "now")
        with self._write() as db:
            state = self._load(db, id)
            self._require_timer(state, "pause")
            if state.paused_remaining_s is not None:
                raise ReminderStateError(f"timer {id} is already paused")
            state.paused_remaining_s = max(0.0, (state.due - now.astimezone(UTC)).total_seconds())
            self._save(db, state)
        return state.public(self.tz)

    def resume_timer(self, id: int, now: datetime) -> Reminder:
        """Run a paused timer again: it rings its remaining seconds after *now*."""
        _to_db(now, "now")
        with self._write() as db:
            state = self._load(db, id)
            self._require_timer(state, "resume")
            if state.paused_remaining_s is None:
                raise ReminderStateError(f"timer {id} is not paused")
            state.due = now.astimezone(UTC) + timedelta(seconds=state.paused_remaining_s)
            state.paused_remaining_s = None
            self._save(db, state)
        return state.public(self.tz)

    @staticmethod
    def _require_timer(state: _State, what: str) -> None:
        if state.kind is not ReminderKind.TIMER:
            raise ReminderStateError(f"reminder {state.id} is not a timer")
        if state.status is not Status.SCHEDULED:
            raise ReminderStateError(f"cannot {what} timer {state.id}: it is {state.status}")

    def cancel(self, id: int) -> Reminder:
        """Cancel a scheduled or delivered reminder (the whole series of a recurring one)."""
        with self._write() as db:
            state = self._load(db, id)
            self._require_active(state, "cancel")
            state.status = Status.CANCELLED
            state.pending = False
            state.snoozed_until = None
            state.paused_remaining_s = None
            self._save(db, state)
        return state.public(self.tz)

    def done(self, id: int) -> Reminder:
        """Mark a reminder done.

        A one-shot reminder is finished. A recurring one stays scheduled: a delivery awaiting
        Done is acknowledged (the reminder already moved on when it fired); with none
        awaiting, the upcoming occurrence is skipped and it advances to the next one. A series
        with no occurrence left is finished.
        """
        with self._write() as db:
            state = self._load(db, id)
            self._require_active(state, "mark done")
            state.snoozed_until = None
            if state.series and state.pending:
                state.pending = False
            elif state.series:
                following = state.next_after(state.due)
                if following is None:
                    state.exhausted = True
                    state.status = Status.DONE
                else:
                    state.due = following
            else:
                state.status = Status.DONE
                state.pending = False
            self._save(db, state)
        return state.public(self.tz)

    def snooze(self, id: int, until: datetime) -> Reminder:
        """Deliver the reminder (again) at *until*.

        One-shot: it is scheduled for *until*. Recurring: a delivery awaiting Done fires again
        at *until*; with none awaiting, the upcoming occurrence is postponed to *until* (the
        series goes on with the occurrence after it).
        """
        _to_db(until, "the snooze time")
        with self._write() as db:
            state = self._load(db, id)
            self._require_active(state, "snooze")
            until = until.astimezone(UTC)
            if state.series and not state.pending:
                state.occurrence = state.due
                following = state.next_after(state.due)
                if following is None:
                    state.exhausted = True
                else:
                    state.due = following
            state.status = Status.SCHEDULED
            state.snoozed_until = until
            state.pending = False
            self._save(db, state)
        return state.public(self.tz)

    def mark_fired(self, id: int, at: datetime, *, late: bool) -> Reminder:
        """Record a delivery at *at* and return the reminder as delivered.

        One-shot: status "fired", awaiting Done or Snooze. Recurring: the reminder moves to
        its first occurrence after *at* and stays scheduled (occurrences missed while Hearth
        was closed fold into this one delivery); the returned reminder shows the occurrence
        that fired (``due``) with status "fired", while :meth:`get` shows the stored one. The
        delivery is recorded (:meth:`firings`). Raises ReminderStateError when the reminder is
        not scheduled or not due at *at* (cancelled or snoozed meanwhile).
        """
        _to_db(at, "the delivery time")
        at = at.astimezone(UTC)
        with self._write() as db:
            state = self._load(db, id)
            fire_at = state.fire_at
            if state.status is not Status.SCHEDULED or fire_at is None:
                raise ReminderStateError(f"reminder {id} is {state.status}, not scheduled")
            if fire_at > at:
                raise ReminderStateError(f"reminder {id} is not due yet")
            ends_snooze = state.snoozed_until is not None and state.snoozed_until <= at
            if state.series:
                if state.due <= at:
                    occurrence = state.due
                    ends_snooze = False  # a due occurrence is delivered, not a snooze
                    following = state.next_after(max(at, state.due))
                    if following is None:
                        state.exhausted = True
                    else:
                        state.due = following
                else:
                    occurrence = state.occurrence or state.due
                if state.snoozed_until is not None and state.snoozed_until <= at:
                    state.snoozed_until = None
                if state.exhausted and state.snoozed_until is None:
                    state.status = Status.FIRED
            else:
                occurrence = state.due
                state.status = Status.FIRED
                state.snoozed_until = None
            state.occurrence = occurrence
            state.fired_at = at
            state.late = late
            state.pending = True
            self._save(db, state)
            db.execute(
                """INSERT INTO firings (reminder_id, due, fired_at, late, snoozed)
                   VALUES (?, ?, ?, ?, ?)""",
                (
                    id,
                    _to_db(occurrence, "the occurrence"),
                    _to_db(at, "the delivery time"),
                    int(late),
                    int(ends_snooze),
                ),
            )
        delivered = state.public(self.tz)
        if state.status is Status.SCHEDULED:
            return dataclasses.replace(
                delivered, status=Status.FIRED, due=occurrence.astimezone(self.tz)
            )
        return delivered

    def set_mirror_ref(self, id: int, ref: str | None) -> Reminder:
        """Record the uid of the to-do item that mirrors the reminder."""
        with self._write() as db:
            state = self._load(db, id)
            state.mirror_ref = ref
            self._save(db, state)
        return state.public(self.tz)

    @staticmethod
    def _require_active(state: _State, what: str) -> None:
        if state.status.finished:
            raise ReminderStateError(
                f"cannot {what} reminder {state.id}: it is already {state.status}"
            )

    # -- reads -----------------------------------------------------------------------------

    def get(self, id: int) -> Reminder | None:
        with self._read() as db:
            row = db.execute(f"SELECT {_COLUMNS} FROM reminders WHERE id = ?", (id,)).fetchone()
        return _State.from_row(row).public(self.tz) if row is not None else None

    def list(
        self,
        *,
        include_finished: bool = False,
        between: tuple[datetime, datetime] | None = None,
        kind: ReminderKind | None = None,
    ) -> list[Reminder]:
        """Reminders, soonest first (by their next delivery, else their due time).

        Only scheduled and delivered ones unless *include_finished*. With *between*
        ``(start, end)`` only those due in ``[start, end)``, ordered by their first time in
        it: a one-shot reminder by its next delivery (or due time), a recurring one by any
        occurrence from its due time on, and a snoozed one by the end of its snooze. With
        *kind* only reminders or only timers.
        """
        if between is not None:
            start, end = between
            _to_db(start, "the start of the range")
            _to_db(end, "the end of the range")
        states = self._select(include_finished, kind)
        keyed = [(s.fire_at or s.due, s) for s in states]
        if between is not None:
            found = [(_first_within(s, between[0], between[1]), s) for s in states]
            keyed = [(when, s) for when, s in found if when is not None]
        keyed.sort(key=lambda pair: (pair[0], pair[1].id))
        return [s.public(self.tz) for _, s in keyed]

    def _select(
        self, include_finished: bool, kind: ReminderKind | None = None
    ) -> builtins.list[_State]:
        with self._read() as db:
            if include_finished:
                rows = db.execute(f"SELECT {_COLUMNS} FROM reminders").fetchall()
            else:
                rows = db.execute(
                    f"SELECT {_COLUMNS} FROM reminders WHERE status IN (?, ?)", _ACTIVE
                ).fetchall()
        states = [_State.from_row(row) for row in rows]
        return [s for s in states if kind is None or s.kind is kind]

    def find(
        self, text: str, *, include_finished: bool = False, limit: int = 10
    ) -> builtins.list[Reminder]:
        """Reminders whose message fuzzily matches *text* ("the trash reminder" finds "take
        out the trash"), best first; scheduled and delivered ones unless *include_finished*."""
        return [r for r, _ in self.find_scored(text, include_finished=include_finished)][:limit]

    def find_scored(
        self, text: str, *, include_finished: bool = False, kind: ReminderKind | None = None
    ) -> builtins.list[tuple[Reminder, float]]:
        """:meth:`find` with each match's score (rapidfuzz WRatio, 0-100, at least
        :data:`FIND_CUTOFF`), best first; ties go to the one due soonest."""
        words = [w for w in utils.default_process(text).split() if w not in _FILLER]
        query = " ".join(words) or utils.default_process(text)
        if not query:
            return []
        states = {s.id: s for s in self._select(include_finished, kind)}
        matches = process.extract(
            query,
            {id: s.message for id, s in states.items()},
            scorer=fuzz.WRatio,
            processor=utils.default_process,
            score_cutoff=FIND_CUTOFF,
            limit=None,
        )
        ranked = sorted(
            matches, key=lambda m: (-m[1], states[m[2]].fire_at or states[m[2]].due, m[2])
        )
        return [(states[id].public(self.tz), float(score)) for _, score, id in ranked]

    def list_due(self, now: datetime) -> builtins.list[Reminder]:
        """Scheduled reminders whose next delivery is at or before *now*, in delivery order."""
        with self._read() as db:
            rows = db.execute(
                f"""SELECT {_COLUMNS} FROM reminders
                    WHERE fire_at IS NOT NULL AND fire_at <= ? ORDER BY fire_at, id""",
                (_to_db(now, "now"),),
            ).fetchall()
        return [_State.from_row(row).public(self.tz) for row in rows]

    def next_fire_at(self) -> datetime | None:
        """The earliest next delivery of any reminder, or None when nothing is scheduled."""
        with self._read() as db:
            value = db.execute(
                "SELECT MIN(fire_at) FROM reminders WHERE fire_at IS NOT NULL"
            ).fetchone()[0]
        return _from_db(value).astimezone(self.tz) if value is not None else None

    def firings(self, id: int) -> builtins.list[Firing]:
        """The recorded deliveries of reminder *id*, oldest first."""
        with self._read() as db:
            rows = db.execute(
                """SELECT reminder_id, due, fired_at, late, snoozed FROM firings
                   WHERE reminder_id = ? ORDER BY id""",
                (id,),
            ).fetchall()
        return [
            Firing(
                reminder_id=row["reminder_id"],
                due=_from_db(row["due"]).astimezone(self.tz),
                fired_at=_from_db(row["fired_at"]).astimezone(self.tz),
                late=bool(row["late"]),
                snoozed=bool(row["snoozed"]),
            )
            for row in rows
        ]

    def close(self) -> None:
        """Close the database; later calls raise ReminderStoreError. Idempotent."""
        self._database.close()

    def __enter__(self) -> ReminderStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _first_within(state: _State, start: datetime, end: datetime) -> datetime | None:
    """The first time in ``[start, end)`` the reminder is due (its snooze, its delivery, or
    for a recurring one an occurrence from its due time on), or None."""
    times = []
    if state.snoozed_until is not None and start <= state.snoozed_until < end:
        times.append(state.snoozed_until)
    if state.series and state.status is Status.SCHEDULED:
        assert state.rrule is not None
        begin = max(start, state.due)
        times += occurrences_between(state.rrule, state.anchor, begin, end, limit=1)
    else:
        when = state.fire_at or state.due
        if start <= when < end:
            times.append(when)
    return min(times) if times else None
