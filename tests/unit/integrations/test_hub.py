"""The adapter hub: what it offers is what it declares (no forwarding of unknown attributes),
Hearth's own services are typed capabilities the assistant exposes, and the device adapter's
``live`` decides whether the assistant trusts the home's states."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.assistant import Assistant
from app.bootstrap import demo_home_source
from app.core.home import Home
from integrations.base import DeviceAdapter, NotFoundError
from integrations.calendar import CalendarService
from integrations.calendar.local import LocalCalendar
from integrations.capabilities import CalendarCapability, ReminderCapability, TimerCapability
from integrations.hub import AdapterHub
from integrations.reminders import FakeClock, ReminderService, ReminderStore
from integrations.reminders.timers import TimerService
from integrations.virtual_home import VirtualHome

TZ = ZoneInfo("Europe/Berlin")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ReminderStore]:
    opened = ReminderStore(tmp_path / "reminders.sqlite3", tz=TZ)
    yield opened
    opened.close()


def _hub(store: ReminderStore, folder: Path) -> AdapterHub:
    clock = FakeClock(datetime(2026, 3, 26, 8, 0, tzinfo=TZ))
    # Typed as the capabilities: mypy --strict checks that the services implement them.
    reminders: ReminderCapability = ReminderService(store, None, tz=TZ, clock=clock)
    timers: TimerCapability = TimerService(store, None, tz=TZ, clock=clock)
    calendar: CalendarCapability = CalendarService(
        [LocalCalendar(folder / "calendar.ics", tz=TZ)], tz=TZ
    )
    devices = VirtualHome(Home.load(demo_home_source()))
    return AdapterHub(devices, reminders=reminders, calendar=calendar, timers=timers)


class _Stalled(VirtualHome):
    """A virtual home whose event stream is down (as Home Assistant's after a disconnect)."""

    @property
    def live(self) -> bool:
        return False


def test_the_hub_is_a_device_adapter_and_forwards_nothing_it_does_not_declare(
    store: ReminderStore, tmp_path: Path
) -> None:
    hub = _hub(store, tmp_path)
    assert isinstance(hub, DeviceAdapter)
    assert isinstance(hub.devices, VirtualHome)
    # The virtual home's test hooks stay the virtual home's: reached through hub.devices only.
    assert hasattr(hub.devices, "fail_next")
    with pytest.raises(AttributeError):
        hub.fail_next  # type: ignore[attr-defined]  # noqa: B018


def test_the_assistant_exposes_the_hubs_capabilities(store: ReminderStore, tmp_path: Path) -> None:
    hub = _hub(store, tmp_path)
    home = asyncio.run(hub.load_home())
    assistant = Assistant(home, hub, tz=TZ)
    try:
        assert assistant.reminders is hub.reminders is not None
        assert assistant.calendar is hub.calendar is not None
        assert assistant.timers is hub.timers is not None
    finally:
        assistant.close()


def test_a_plain_device_adapter_has_no_capabilities() -> None:
    virtual = VirtualHome(Home.load(demo_home_source()))
    assistant = Assistant(virtual.home, virtual, tz=TZ)
    try:
        assert (assistant.reminders, assistant.calendar, assistant.timers) == (None, None, None)
        # Without Hearth's timers a timer step without targets is the device adapter's.
        plan = assistant.plan("set a timer for 5 minutes")
        assert not assistant.needs_lookup(plan)
    finally:
        assistant.close()


def test_hearths_timers_missing_from_the_hub_is_a_clear_error() -> None:
    hub = AdapterHub(VirtualHome(Home.load(demo_home_source())))
    with pytest.raises(NotFoundError, match="Hearth's own timers are not available here"):
        asyncio.run(hub.call_service("timer", "start", [], {"duration": "00:05:00"}))
    with pytest.raises(NotFoundError, match="reminders are not available here"):
        asyncio.run(hub.call_service("reminder", "list", [], {}))


@pytest.mark.parametrize(("devices", "trusted"), [(VirtualHome, True), (_Stalled, False)])
def test_known_states_are_trusted_only_while_the_devices_are_live(
    devices: type[VirtualHome], trusted: bool
) -> None:
    hub = AdapterHub(devices(Home.load(demo_home_source())))
    home = asyncio.run(hub.load_home())
    assistant = Assistant(home, hub, tz=TZ)
    try:
        assert hub.live is trusted
        entity_id = next(iter(home.entities))
        known = assistant.executor.known_state
        assert known is not None
        assert (known(entity_id) is not None) is trusted
    finally:
        assistant.close()


def test_the_owner_of_a_call_is_decided_from_its_domain_and_targets_alone(
    store: ReminderStore, tmp_path: Path
) -> None:
    hub = _hub(store, tmp_path)
    assert hub.owner("reminder", []) is hub.reminders
    assert hub.owner("timer", []) is hub.timers  # Hearth's own timers have no targets
    assert hub.owner("timer", ["timer.laundry"]) is None  # a Home Assistant timer helper
    assert hub.owner("calendar", ["calendar.hearth"]) is hub.calendar
    assert hub.owner("light", ["light.sofa_lamp"]) is None
    bare = AdapterHub(hub.devices)
    assert bare.owner("calendar", ["calendar.family"]) is None  # Home Assistant's, if any
    with pytest.raises(NotFoundError):
        bare.owner("reminder", [])
