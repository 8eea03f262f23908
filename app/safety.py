"""The owner's safety operations, shared by the CLI and the window: set, change or remove the
PIN, switch the active profile, and change what needs the PIN or what Hearth may see.

Every change that loosens safety needs the owner's PIN (when one is set; switching profiles
needs one set). These functions block (scrypt, the keyring, the settings file): the window
runs them in a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from app import pin, roles
from app.errors import HearthError
from app.roles import Role
from app.settings import EXPOSURE_MODES, Settings

_LOGGER = logging.getLogger(__name__)

#: Actions the owner may add to what needs the PIN, in the words the settings show.
OPTIONAL_PIN_ACTIONS: dict[str, str] = {
    "cover.open_cover": "Opening any cover, blind or curtain",
    "cover.set_cover_position": "Moving any cover, blind or curtain",
    "alarm_control_panel.alarm_arm_away": "Arming the alarm",
    "climate.set_temperature": "Changing a thermostat's temperature",
    "climate.set_hvac_mode": "Switching heating or cooling modes",
    "scene.turn_on": "Running scenes",
    "script.turn_on": "Running scripts",
    "calendar.update_event": "Moving calendar events",
    "calendar.delete_event": "Deleting calendar events",
}


class WrongPinError(HearthError):
    """The PIN typed was not the owner's: nothing changed."""


def require_pin(entered: str | None) -> None:
    """Raise unless *entered* is the PIN (:class:`pin.NoPinError` when none is set,
    :class:`pin.PinLockedError` during a lock-out)."""
    if not entered or not pin.verify(entered):
        raise WrongPinError("wrong PIN: nothing changed")


def _require_if_set(entered: str | None) -> None:
    if pin.is_set():
        require_pin(entered)


def change_pin(current: str | None, new: str, again: str) -> None:
    """Set the PIN, or change it (then *current* must be the PIN now)."""
    _require_if_set(current)
    pin.check_rules(new)
    if new != again:
        raise pin.PinError("the two PINs differ; nothing changed")
    pin.set_pin(new)
    _LOGGER.info("The owner's PIN was set")


def remove_pin(current: str | None) -> None:
    """Remove the PIN (security-sensitive steps then need a typed confirmation only)."""
    if not pin.is_set():
        return
    require_pin(current)
    pin.clear_pin()
    _LOGGER.info("The owner's PIN was removed")


def switch_profile(settings: Settings, name: str, entered: str | None) -> Role:
    """Make *name* the active profile and save it. Needs a PIN set and typed: otherwise
    anyone at the desk could leave the child profile."""
    if name not in roles.ROLE_NAMES:
        raise HearthError(f"unknown profile {name!r} (one of {', '.join(roles.ROLE_NAMES)})")
    if name != settings.safety.profile:
        if not pin.is_set():
            raise pin.NoPinError("switching profiles needs the owner's PIN: set a PIN first")
        require_pin(entered)
        settings.safety.profile = name
        settings.save()
        _LOGGER.info("Profile switched to %s", name)
    return roles.active_role(settings.safety)


def set_pin_actions(settings: Settings, actions: Iterable[str], entered: str | None) -> None:
    """Replace the owner's extra PIN actions and save. Adding one only tightens safety and
    needs no PIN; removing one needs it (when a PIN is set)."""
    chosen = sorted(set(actions))
    if set(settings.safety.pin_actions) - set(chosen):
        _require_if_set(entered)
    settings.safety.pin_actions = chosen
    settings.save()


def set_exposure(settings: Settings, mode: str, hidden: Iterable[str], entered: str | None) -> None:
    """Choose what Hearth sees (applies from the next start) and save. Seeing more needs the
    PIN (when one is set); hiding more does not."""
    if mode not in EXPOSURE_MODES:
        raise HearthError(f"exposure must be one of {', '.join(EXPOSURE_MODES)}")
    hidden_now = sorted(set(hidden))
    safety = settings.safety
    sees_more = (mode == "all" and safety.exposure != "all") or bool(
        set(safety.hidden) - set(hidden_now)
    )
    if sees_more:
        _require_if_set(entered)
    safety.exposure = mode
    safety.hidden = hidden_now
    settings.save()
