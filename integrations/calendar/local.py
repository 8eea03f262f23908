"""The local calendar: one iCalendar file in Hearth's data folder (``calendar.hearth``).

* Writes are atomic: the new data goes to a temporary file in the same folder, is flushed and
  fsynced, then ``os.replace``-d over the old file (and the folder fsynced), so a crash or a
  power cut leaves either the old or the new calendar, never half of one.
* Writers in other processes (the CLI next to the desktop app) are kept out with an advisory
  lock on a ``.lock`` file next to it while a change is read, made and written.
* A file that does not parse is never overwritten: reads and writes raise
  :class:`CorruptCalendarError` until :meth:`LocalCalendar.repair` moves it aside (to
  ``<name>.corrupt-<timestamp>``, where the user can still recover it) and starts empty. A
  missing or empty file is an empty calendar.
* File I/O runs in worker threads, off the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from zoneinfo import ZoneInfo

from app.core import filemodes
from integrations.calendar.base import (
    LOCAL_CALENDAR_ID,
    CalendarBackend,
    CalendarError,
    CalendarEvent,
    CalendarInfo,
    CalendarNotFoundError,
    CorruptCalendarError,
    EventChange,
    NewEvent,
)

if TYPE_CHECKING:
    import icalendar

# iCalendar and its recurrence expander (integrations.calendar.ics) take about 50 ms and a few
# MB to import: the methods below load them when the file is first read or written, so a start
# that never opens the calendar never loads them (tests/ui/test_startup.py).

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: in-process locking only
    fcntl = None  # type: ignore[assignment]

__all__ = ["LocalCalendar"]

_LOGGER = logging.getLogger(__name__)
_T = TypeVar("_T")
_Signature = tuple[int, int, int]


class LocalCalendar(CalendarBackend):
    """A :class:`~integrations.calendar.base.CalendarBackend` over one ``.ics`` file."""

    name = "local"

    def __init__(
        self,
        path: Path,
        *,
        tz: ZoneInfo,
        calendar_id: str = LOCAL_CALENDAR_ID,
        display_name: str = "Calendar",
    ) -> None:
        self.path = Path(path)
        self.tz = tz
        self.info = CalendarInfo(calendar_id, display_name, "local", writable=True)
        self._lock = asyncio.Lock()
        self._cache: tuple[_Signature, icalendar.Calendar] | None = None

    def __repr__(self) -> str:
        return f"LocalCalendar({str(self.path)!r})"

    # -- file access (worker threads) ----------------------------------------------------------

    @property
    def _lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

    @contextlib.contextmanager
    def _file_lock(self) -> Iterator[None]:
        """Exclusive advisory lock against writers in other processes."""
        if fcntl is None:
            yield
            return
        filemodes.private_folder(self.path.parent)
        with filemodes.open_private(self._lock_path, "a+b") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def _signature(self) -> _Signature | None:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return None
        except OSError as err:
            raise CalendarError(f"cannot read {self.path}: {err.strerror}") from err
        return (stat.st_mtime_ns, stat.st_size, stat.st_ino)

    def _load(self) -> icalendar.Calendar:
        """The calendar on disk (parsed again only when the file changed)."""
        from integrations.calendar import ics  # noqa: PLC0415  lazy: icalendar takes ~50 ms, only once the calendar file is used

        signature = self._signature()
        if signature is None:
            return ics.new_calendar()
        if self._cache is not None and self._cache[0] == signature:
            return self._cache[1]
        cal = self._parse()
        self._cache = (signature, cal)
        return cal

    def _parse(self) -> icalendar.Calendar:
        from integrations.calendar import ics  # noqa: PLC0415  lazy: icalendar takes ~50 ms, only once the calendar file is used

        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return ics.new_calendar()
        except OSError as err:
            raise CalendarError(f"cannot read {self.path}: {err.strerror}") from err
        if not data.strip():
            return ics.new_calendar()
        try:
            return ics.parse(data, source=str(self.path))
        except CorruptCalendarError as err:
            raise CorruptCalendarError(
                f"{err}; it was left untouched and nothing is written to it until it is "
                "repaired (the repair keeps it as a .corrupt-<time> file next to it)"
            ) from err

    def _write(self, data: bytes) -> None:
        """Atomic replace: temporary file in the same folder, fsync, rename, fsync folder."""
        folder = self.path.parent
        try:
            filemodes.private_folder(folder)
            fd, temp_name = tempfile.mkstemp(
                dir=folder, prefix=f".{self.path.name}.", suffix=".tmp"
            )
        except OSError as err:
            raise CalendarError(f"cannot write {self.path}: {err.strerror}") from err
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp_name, self.path)
        except BaseException as err:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
            if isinstance(err, OSError):
                raise CalendarError(f"cannot write {self.path}: {err.strerror}") from err
            raise
        with contextlib.suppress(OSError):  # not every platform can fsync a folder
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)

    def _remove_stale_temporaries(self) -> None:
        """Temporary files a killed writer left (only called under the file lock)."""
        for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()

    def _modify_sync(self, change: Callable[[icalendar.Calendar], _T]) -> _T:
        from integrations.calendar import ics  # noqa: PLC0415  lazy: icalendar takes ~50 ms, only once the calendar file is used

        with self._file_lock():
            # The cached calendar unless another process wrote since (the file lock keeps
            # it from writing now).
            cal = self._load()
            try:
                result = change(cal)
                self._remove_stale_temporaries()
                self._write(ics.serialize(cal))
            except BaseException:
                self._cache = None  # it may be half changed: read the file again next time
                raise
            signature = self._signature()
            self._cache = (signature, cal) if signature is not None else None
            return result

    async def _read(self, query: Callable[[icalendar.Calendar], _T]) -> _T:
        """Run *query* on the calendar in a worker thread. Reads and changes take turns (a
        change edits the cached calendar in place)."""
        async with self._lock:
            return await asyncio.to_thread(lambda: query(self._load()))

    async def _modify(self, change: Callable[[icalendar.Calendar], _T]) -> _T:
        async with self._lock:
            return await asyncio.to_thread(self._modify_sync, change)

    def _check_id(self, calendar_id: str) -> None:
        if calendar_id != self.info.id:
            raise CalendarNotFoundError(f"no calendar {calendar_id} in the local calendar file")

    # -- the backend interface -----------------------------------------------------------------

    async def calendars(self) -> list[CalendarInfo]:
        return [self.info]

    async def events(self, calendar_id: str, start: datetime, end: datetime) -> list[CalendarEvent]:
        from integrations.calendar import ics  # noqa: PLC0415  lazy: icalendar takes ~50 ms, only once the calendar file is used

        self._check_id(calendar_id)
        return await self._read(lambda cal: ics.expand(cal, calendar_id, start, end, self.tz))

    async def get_event(
        self, calendar_id: str, uid: str, *, recurrence_id: datetime | None = None
    ) -> CalendarEvent:
        from integrations.calendar import ics  # noqa: PLC0415  lazy: icalendar takes ~50 ms, only once the calendar file is used

        self._check_id(calendar_id)
        return await self._read(
            lambda cal: ics.find(cal, calendar_id, uid, self.tz, recurrence_id=recurrence_id)
        )

    async def add_event(self, calendar_id: str, new: NewEvent) -> CalendarEvent:
        from integrations.calendar import ics  # noqa: PLC0415  lazy: icalendar takes ~50 ms, only once the calendar file is used

        self._check_id(calendar_id)
        component = ics.vevent(new, self.tz)
        await self._modify(lambda cal: cal.add_component(component))
        uid = str(component["uid"])
        _LOGGER.debug("Created event %s in %s", uid, calendar_id)
        return ics.to_event(component, calendar_id, self.tz, rrule=ics.rrule_text(component))

    async def change_event(self, calendar_id: str, uid: str, change: EventChange) -> CalendarEvent:
        self._check_id(calendar_id)

        def write(cal: icalendar.Calendar) -> CalendarEvent:
            from integrations.calendar import ics  # noqa: PLC0415  lazy: icalendar takes ~50 ms, only once the calendar file is used

            ics.apply_change(cal, uid, self.tz, change)
            return ics.find(cal, calendar_id, uid, self.tz, recurrence_id=change.recurrence_id)

        event = await self._modify(write)
        _LOGGER.debug("Updated event %s in %s", uid, calendar_id)
        return event

    async def delete_event(
        self, calendar_id: str, uid: str, *, recurrence_id: datetime | None = None
    ) -> None:
        from integrations.calendar import ics  # noqa: PLC0415  lazy: icalendar takes ~50 ms, only once the calendar file is used

        self._check_id(calendar_id)
        await self._modify(lambda cal: ics.remove(cal, uid, self.tz, recurrence_id=recurrence_id))
        _LOGGER.debug("Deleted event %s from %s", uid, calendar_id)

    async def repair(self) -> Path | None:
        """When the file does not parse, move it aside to ``<name>.corrupt-<timestamp>`` (so
        the next write starts an empty calendar) and return where it went; None when the file
        is fine or missing."""

        def repair_sync() -> Path | None:
            with self._file_lock():
                try:
                    self._parse()
                    return None
                except CorruptCalendarError:
                    pass
                stamp = time.strftime("%Y%m%dT%H%M%S")
                target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
                counter = 1
                while target.exists():
                    counter += 1
                    target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{counter}")
                try:
                    os.replace(self.path, target)
                except OSError as err:
                    raise CalendarError(f"cannot move {self.path} aside: {err.strerror}") from err
                self._cache = None
                _LOGGER.warning("Moved the unreadable calendar file aside to %s", target)
                return target

        async with self._lock:
            return await asyncio.to_thread(repair_sync)

    async def close(self) -> None:
        self._cache = None
