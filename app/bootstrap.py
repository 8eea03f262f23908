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
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from app.config import logsafety
from app.config.settings import data_dir, get_caldav_password, get_token
from app.core import filemodes
from app.core.errors import ConfigError, StorageError
from app.core.files import parse_yaml, read_regular_file
from app.core.home import Area, Entity, Floor, Home
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


def demo_names_path(language: str) -> Path | None:
    """The file naming the demo home's floors, areas and devices in *language* (the
    language's own, else its base language's: pt-BR uses pt's); None without one."""
    folder = Path(str(resources.files("resources") / "homes" / "demo_names"))
    files = {path.stem.lower(): path for path in folder.glob("*.yaml")}
    wanted = language.strip().replace("_", "-").lower()  # "pt_BR", "de-DE" as settings say it
    return files.get(wanted) or files.get(wanted.partition("-")[0])


@cache
def bundled_demo() -> Home:
    """The bundled demo home as shipped, read once: the English names :func:`name_demo` falls
    back on. Shared by every caller, so only ever read, never changed (a home to change is
    ``Home.load(demo_home_source())``)."""
    return Home.load(demo_home_source())


def name_demo(home: Home, language: str) -> Home:
    """*home* (the demo home, bundled or the person's copy of it) with the names and aliases
    a speaker of *language* gives its floors, areas and devices: English ones come from the
    bundled demo itself, so a copy last used in another language is English again. Names are
    display data: the states stay as they are, and ids missing from the language's file keep
    their English names. Returns *home*, renamed in place."""
    english = bundled_demo()
    names: dict[str, Any] = {}
    path = demo_names_path(language)
    if path is not None:
        names = _names_file(path)
    before = names_of_home(home)
    home.name = str(names.get("name") or english.name)
    sections = (
        (home.floors, english.floors, "floors"),
        (home.areas, english.areas, "areas"),
        (home.entities, english.entities, "entities"),
    )
    for items, bundled, section in sections:
        given = names.get(section) or {}
        for key, item in items.items():
            base = bundled.get(key)
            if base is None:  # not a device of the bundled demo: the person's own
                continue
            entry = given.get(key) or {}
            item.name = str(entry.get("name") or base.name)
            item.aliases = [str(a) for a in entry.get("aliases", base.aliases)]
            if isinstance(item, Entity) and "friendly_name" in item.attributes:
                item.attributes["friendly_name"] = item.name
    if names_of_home(home) != before:
        home.revision += 1  # a planner built on the old names indexes them anew
    return home


def names_of_home(home: Home) -> list[object]:
    """Every name and alias of *home*, in order (to tell whether a renaming changed any)."""
    items: list[Floor | Area | Entity] = [
        *home.floors.values(),
        *home.areas.values(),
        *home.entities.values(),
    ]
    return [home.name, *((item.name, tuple(item.aliases)) for item in items)]


def _names_file(path: Path) -> dict[str, Any]:
    data = parse_yaml(read_regular_file(path, 1024 * 1024).decode("utf-8"))
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: not a mapping of names")
    return data


def load_snapshot(path: Path, language: str, *, demo: bool | None = None) -> Home:
    """The snapshot at *path*; the demo home (bundled or the person's copy; *demo* None:
    told by the path) named in *language* (:func:`name_demo`)."""
    home = Home.load(path)
    if demo is None:
        demo = path in (demo_home_source(), demo_state_path())
    if path == demo_home_source() and demo_names_path(language) is None:
        return home  # the bundled demo is English already
    return name_demo(home, language) if demo else home


def history_path() -> Path:
    return data_dir() / "history.sqlite3"


@dataclass(slots=True)
class Source:
    """Where the home comes from: a snapshot file (virtual home) or Home Assistant."""

    snapshot: Path | None = None
    persist: bool = False
    """Write the virtual home's state back to the snapshot after a command (the demo)."""
    url: str | None = None
    demo: bool = False
    """The snapshot is the person's copy of the demo home: named in the person's language."""


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
        return Source(snapshot=state, persist=True, demo=True)
    return Source(url=settings.home_assistant.url)


def build_adapter(settings: Settings, source: Source, language: str | None = None) -> DeviceAdapter:
    """The devices of *source*; the demo home named in *language* (None: the settings')."""
    if source.snapshot is not None:
        language = language or settings.language
        return VirtualHome(load_snapshot(source.snapshot, language, demo=source.demo))
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
