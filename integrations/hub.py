"""One adapter in front of several: devices, reminders, timers and calendars.

The executor runs every step through a single :class:`~integrations.base.DeviceAdapter`. The
:class:`AdapterHub` is one: it sends ``reminder.*`` steps to the reminder service, ``timer.*``
steps without targets to Hearth's own timers (with targets they are a Home Assistant timer
helper's, for the device adapter), ``calendar.*`` steps to the calendar service (local file,
CalDAV and Home Assistant calendars alike), and everything else to the device adapter (Home
Assistant or the virtual home). The home it loads is the devices' home with the calendars that
only Hearth knows (the local one, CalDAV ones) added as ``calendar.*`` entities, so planners
can name them and the policy can judge them like any other target.

What the services can do beyond running steps is in :mod:`integrations.capabilities`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from app.core.home import HEARTH_ONLY, Entity, Home
from integrations.base import (
    DeviceAdapter,
    EntityState,
    NotFoundError,
    ServiceResult,
    StateListener,
)
from integrations.capabilities import (
    CalendarCapability,
    CalendarSummary,
    OwnService,
    ReminderCapability,
    TimerCapability,
    hearths_own,
)

_LOGGER = logging.getLogger(__name__)


class AdapterHub:
    """A :class:`DeviceAdapter` that sends each call to the service that owns it.

    What Hearth's own services can do beyond running steps is reached through the typed
    attributes :attr:`reminders`, :attr:`calendar` and :attr:`timers` (None: not here);
    what only the device adapter has (the Home Assistant adapter's url) through
    :attr:`devices`."""

    def __init__(
        self,
        devices: DeviceAdapter,
        *,
        reminders: ReminderCapability | None = None,
        calendar: CalendarCapability | None = None,
        timers: TimerCapability | None = None,
    ) -> None:
        self.devices = devices
        self.reminders = reminders
        self.timers = timers
        self.calendar = calendar
        self.name = devices.name
        self._own_calendars: dict[str, CalendarSummary] = {}
        """Calendars the devices' home lacks (added to the home as entities), by id."""

    @property
    def live(self) -> bool:
        return self.devices.live

    async def load_home(self) -> Home:
        home = await self.devices.load_home()
        await self.add_calendars(home)
        return home

    async def add_calendars(self, home: Home) -> None:
        """Add the calendars the home lacks as ``calendar.*`` entities (a calendar that
        cannot be listed now is left out and logged: the devices still work)."""
        if self.calendar is None:
            return
        try:
            calendars = await self.calendar.calendars()
        except Exception as err:  # an unreachable CalDAV server must not stop the home
            _LOGGER.warning("Calendars unavailable: %s", type(err).__name__)
            return
        for info in calendars:
            known = home.entities.get(info.id)
            if known is not None:
                # A Home Assistant calendar: the [calendar] settings chose to use it, whatever
                # Assist's exposure says (the owner's hidden list still applies after this).
                known.exposed = True
                continue
            self._own_calendars[info.id] = info
            home.entities[info.id] = Entity(
                entity_id=info.id,
                name=info.name,
                state="off",
                attributes={"friendly_name": info.name, "backend": info.backend, HEARTH_ONLY: True},
            )
        home.revision += 1

    async def get_state(self, entity_id: str) -> EntityState | None:
        own = self._own_calendars.get(entity_id)
        if own is not None:
            return EntityState(entity_id, "off", {"friendly_name": own.name})
        return await self.devices.get_state(entity_id)

    async def call_service(
        self,
        domain: str,
        service: str,
        entity_ids: list[str],
        data: dict[str, Any],
        *,
        return_response: bool = False,
    ) -> ServiceResult:
        owner = self.owner(domain, entity_ids)
        if owner is None:
            return await self.devices.call_service(
                domain, service, entity_ids, data, return_response=return_response
            )
        data = dict(data)
        if domain == "calendar" and service == "get_events":
            # The answer picks the matching events (app/understanding/agenda.py).
            data.pop("match", None)
        result = await owner.call(service, list(entity_ids), data)
        response = result.response
        if isinstance(response, dict) and response.get("verified") is True:
            result.verified = True
        return result

    def owner(self, domain: str, entity_ids: Sequence[str]) -> OwnService | None:
        """Which of Hearth's own services runs a ``domain`` call on *entity_ids* (None: the
        device adapter does). Decided from the domain and the targets alone, before anything
        is sent; a domain only Hearth has whose service is missing here raises
        :class:`NotFoundError`."""
        if not hearths_own(domain, entity_ids):
            return None
        if domain == "calendar":
            return self.calendar  # None: Home Assistant's calendar entities, for the devices
        if domain == "reminder":
            if self.reminders is None:
                raise NotFoundError("reminders are not available here")
            return self.reminders
        if self.timers is None:
            raise NotFoundError("Hearth's own timers are not available here")
        return self.timers

    def subscribe(self, listener: StateListener) -> Callable[[], None]:
        return self.devices.subscribe(listener)

    async def close(self) -> None:
        services: tuple[OwnService | None, ...] = (self.reminders, self.calendar)
        for service in services:
            if service is not None:
                try:
                    await service.close()
                except Exception as err:  # closing must reach the device adapter
                    _LOGGER.warning("Closing a service failed: %s", type(err).__name__)
        await self.devices.close()
