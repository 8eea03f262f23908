"""The time zone Hearth reads times in: the setting, else this computer's.

Time expressions ("tomorrow at 8") are wall-clock times in an IANA zone, so that they stay right
across a daylight-saving change; a fixed UTC offset would not.
"""

from __future__ import annotations

import datetime as dt
import logging
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal

from app.core.errors import ConfigError

_LOGGER = logging.getLogger(__name__)


def zone(name: str | None = None) -> ZoneInfo:
    """The zone *name* (the ``time_zone`` setting), or this computer's when None."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError) as err:
            raise ConfigError(
                f"unknown time zone {name!r} (an IANA name such as Europe/Berlin)"
            ) from err
    try:
        found = tzlocal.get_localzone()
    except Exception as err:  # an unreadable /etc/localtime: say so, use UTC
        _LOGGER.warning("Cannot tell this computer's time zone (%s); using UTC", err)
        return ZoneInfo("UTC")
    if isinstance(found, ZoneInfo):
        return found
    return ZoneInfo(str(found))


def now(tz: ZoneInfo) -> dt.datetime:
    """The current time in *tz* (aware)."""
    return dt.datetime.now(tz)
