"""The builders of Hearth's parts from the settings: the home source, the device adapter, the
history, reminders, timers and calendars. :mod:`app.composition` puts them together into the
assistant and closes them; commands that need no assistant use them on their own."""

from __future__ import annotations

import logging
import shutil
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from app.config import logsafety
from app.config.settings import data_dir, get_caldav_password, get_token
from app.core import filemodes
from app.core.errors import ConfigError, StorageError
from app.core.home import Home
from app.records.history import History
from app.records.storage import describe, usable_folder
from integrations.base import DeviceAdapter
from integrations.calendar import CalendarService
from integrations.calendar.local import LocalCalendar
from integrations.hub import AdapterHub
from integrations.reminders import ReminderService, ReminderStore, Scheduler, TodoMirror
from integrations.reminders.timers import TimerService
from integrations.virtual_home import VirtualHome

if TYPE_CHECKING:
    from app.config.settings import Settings
    from integrations.calendar import CalendarBackend, CalendarService
    from integrations.homeassistant import HomeAssistantAdapter
    from integrations.reminders import Reminder

_LOGGER = logging.getLogger(__name__)


def demo_home_source() -> Path:
    return Path(str(resources.files("resources") / "homes" / "demo.yaml"))


def demo_state_path() -> Path:
    """The demo home's current state: a copy of the bundled demo that commands change."""
    return data_dir() / "demo-home.yaml"


def history_path() -> Path:
    return data_dir() / "history.sqlite3"


@dataclass(slots=True)
class Source:
    """Where the home comes from: a snapshot file (virtual home) or Home Assistant."""

    snapshot: Path | None = None
    persist: bool = False
    """Write the virtual home's state back to the snapshot after a command (the demo)."""
    url: str | None = None


def choose_source(settings: Settings, *, home: str | None, demo: bool) -> Source:
    if home:
        return Source(snapshot=Path(home))
    if demo or not settings.home_assistant.url:
        if settings.home_file and not demo:
            return Source(snapshot=Path(settings.home_file))
        state = demo_state_path()
        if not state.exists():
            usable_folder(state.parent)
            filemodes.private_folder(state.parent)
            try:
                shutil.copyfile(demo_home_source(), state)
            except OSError as err:
                state.unlink(missing_ok=True)  # half a copy is no demo home
                raise StorageError(
                    f"cannot copy the demo home to {state}: {describe(err)}"
                ) from err
            filemodes.narrow(state)
        return Source(snapshot=state, persist=True)
    return Source(url=settings.home_assistant.url)


def build_adapter(settings: Settings, source: Source) -> DeviceAdapter:
    if source.snapshot is not None:
        return VirtualHome(Home.load(source.snapshot))
    assert source.url is not None
    token = get_token(source.url)
    if not token:
        raise ConfigError(
            f"no token for {source.url}: run `hearth connect --url {source.url}` first"
        )
    return home_assistant_adapter(source.url, token, settings)


def home_assistant_adapter(url: str, token: str, settings: Settings) -> HomeAssistantAdapter:
    """The Home Assistant adapter for *url*; a malformed URL is a configuration error (exit
    code 2 with the reason), not a traceback."""

    credentials = logsafety.credentials_in_url(url)
    if credentials is not None:
        raise ConfigError(f"not a Home Assistant URL: {credentials}")
    from integrations.homeassistant import HomeAssistantAdapter  # noqa: PLC0415  lazy: Home Assistant's client takes 0.25 s, only for a home on it

    try:
        urllib.parse.urlsplit(url.strip()).port  # noqa: B018 - "http://[::1", a bad port
        return HomeAssistantAdapter(url, token, timeout=settings.home_assistant.timeout)
    except ValueError as err:
        raise ConfigError(
            f"not a Home Assistant URL: {url!r} "
            "(give it as http://host:port, e.g. http://homeassistant.local:8123)"
        ) from err


def open_history() -> History:
    return History(usable_folder(data_dir()) / history_path().name)


STORE_REREAD = timedelta(seconds=2)
"""How often the window's scheduler reads the reminder store again without being told."""


def reminders_path() -> Path:
    return data_dir() / "reminders.sqlite3"


def calendar_path() -> Path:
    """The local calendar (the default one): an iCalendar file other apps can open too."""
    return data_dir() / "calendar.ics"


def build_services(
    settings: Settings,
    devices: DeviceAdapter,
    tz: ZoneInfo,
    *,
    on_reminder: Callable[[Reminder], None] | None = None,
) -> AdapterHub:
    """Devices, reminders and calendars behind one adapter. *on_reminder*: deliver reminders
    from this process (the window); without it reminders are only stored (the CLI), and the
    window delivers them. A calendar account that cannot be used is left out with a warning:
    the devices and the local calendar still work."""

    filemodes.private_folder(usable_folder(data_dir()))
    store = ReminderStore(reminders_path(), tz=tz)
    # The store is read again every 2 s: a timer set from the command line ("a 10 second
    # timer") rings on time in the window, which was not told about it.
    scheduler = (
        Scheduler(store, on_reminder, reread_every=STORE_REREAD)
        if on_reminder is not None
        else None
    )
    todo = settings.calendar.reminders_todo
    mirror = TodoMirror(devices, todo) if todo else None
    reminders = ReminderService(store, scheduler, tz=tz, mirror=mirror)
    # Timers are reminders with a duration: the same store and scheduler ring them.
    timers = TimerService(store, scheduler, tz=tz)
    calendar = build_calendar(settings, tz, devices)
    return AdapterHub(devices, reminders=reminders, calendar=calendar, timers=timers)


def build_calendar(
    settings: Settings, tz: ZoneInfo, devices: DeviceAdapter | None = None
) -> CalendarService:
    """The calendars the settings name: the local one, a CalDAV account (password from the
    keyring) and, with a Home Assistant *devices* adapter, its calendar entities. An account
    that cannot be used is left out with a warning."""
    options = settings.calendar
    backends: list[CalendarBackend] = [LocalCalendar(calendar_path(), tz=tz)]
    if options.caldav_url:
        # caldav and its HTTP stack take a quarter of a second to import: only with an
        # account (tests/ui/test_startup_laziness.py holds the window to that).
        from integrations.calendar.dav import CalDavCalendar  # noqa: PLC0415  lazy: caldav and its HTTP stack take 0.25 s, only with an account

        try:
            password = get_caldav_password(options.caldav_url, options.caldav_username)
        except ConfigError as err:
            password = None
            _LOGGER.warning("CalDAV calendar left out: %s", err)
        if password:
            try:
                backends.append(
                    CalDavCalendar(options.caldav_url, options.caldav_username, password, tz=tz)
                )
            except ValueError as err:  # a URL edited into settings.toml by hand
                _LOGGER.warning("CalDAV calendar left out: %s", err)
        else:
            _LOGGER.warning("CalDAV calendar left out: no password in the keyring")
    if options.home_assistant and devices is not None and devices.name == "homeassistant":
        # Home Assistant's client (homeassistant_api, niquests: a quarter of a second to
        # import) loads only for a home on Home Assistant.
        from integrations.calendar.homeassistant import HomeAssistantCalendar  # noqa: PLC0415  lazy: Home Assistant's client takes 0.25 s, only for a home on it
        from integrations.homeassistant import HomeAssistantAdapter  # noqa: PLC0415  lazy: Home Assistant's client takes 0.25 s, only for a home on it

        if isinstance(devices, HomeAssistantAdapter):
            backends.append(HomeAssistantCalendar(devices, tz=tz))
    return CalendarService(backends, default_calendar=options.default, tz=tz)
