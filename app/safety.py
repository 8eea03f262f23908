"""The owner's safety operations, shared by the CLI and the window: set, change or remove the
PIN, switch the active profile, and change what needs the PIN or what Hearth may see.

Every change that loosens safety needs the owner's PIN (when one is set; switching profiles
needs one set). These functions block (scrypt, the keyring, the settings file): the window
runs them in a worker thread.

The active profile: with a PIN set, it is the one kept with the PIN in the keyring
(:func:`active_profile`); the settings file only mirrors it. Pointing ``HEARTH_CONFIG_DIR``
elsewhere or editing the file therefore never leaves a profile: when the two disagree, or
the keyring keeps none or a damaged one, the session runs under the most restrictive profile
configured until the owner switches with the PIN. With no PIN set nothing could protect the
profile, and the settings file's applies.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from app import pin, roles
from app.errors import HearthError, SecretStoreError
from app.roles import Role
from app.settings import EXPOSURE_MODES, SafetySettings, Settings

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


@dataclass(frozen=True, slots=True)
class ActiveProfile:
    """The profile a session runs under, and why, when it is not the one chosen."""

    role: Role
    problem: str = ""
    """Why the most restrictive profile applies instead of the chosen one ("" when the chosen
    one applies), in words for the person, saying how to leave it."""


def active_profile(safety: SafetySettings) -> ActiveProfile:
    """The profile this session runs under. With a PIN set: the one kept with it in the
    keyring, when the settings file names the same one; otherwise the most restrictive
    profile configured. With no PIN set (or no keyring at all, so no PIN): the settings
    file's. A keyring that is there but fails is not "no PIN": the most restrictive one.
    Blocks on the keyring: not on the GUI thread."""
    try:
        stored = pin.stored_profile()
    except (pin.NoPinError, pin.NoKeyringError):
        return ActiveProfile(roles.role_named(safety.profile, safety))
    except pin.DamagedPinError:
        return _restricted(safety, "the profile kept with the PIN in the keyring is damaged")
    except SecretStoreError as err:
        return _restricted(safety, f"the profile kept with the PIN cannot be read ({err})")
    if stored is None:
        return _restricted(safety, "the PIN was set before Hearth kept the active profile with it")
    if stored not in roles.ROLE_NAMES:
        return _restricted(safety, "the profile kept with the PIN in the keyring is damaged")
    if stored != safety.profile:
        return _restricted(
            safety,
            f"the settings file names the {safety.profile} profile, but the one switched "
            f"to with the PIN is {stored}",
        )
    return ActiveProfile(roles.role_named(stored, safety))


def _restricted(safety: SafetySettings, why: str) -> ActiveProfile:
    role = roles.most_restrictive(safety)
    _LOGGER.info("Running under the %s profile: %s", role.name, why)
    return ActiveProfile(
        role,
        f"{why[0].upper()}{why[1:]}: Hearth runs under the most restrictive profile "
        f"({role.name}) until the owner switches profiles with the PIN "
        "(`hearth profile NAME`, or Settings › Safety).",
    )


def require_pin(entered: str | None) -> None:
    """Raise unless *entered* is the PIN (:class:`pin.NoPinError` when none is set,
    :class:`pin.PinLockedError` during a lock-out)."""
    if not entered or not pin.verify(entered):
        raise WrongPinError("wrong PIN: nothing changed")


def _require_if_set(entered: str | None) -> None:
    if pin.is_set():
        require_pin(entered)


def change_pin(current: str | None, new: str, again: str, settings: Settings | None = None) -> None:
    """Set the PIN, or change it (then *current* must be the PIN now). A first PIN keeps the
    profile in force (*settings*', else the saved settings') as the active one; a changed
    PIN keeps the one kept with the old PIN."""
    _require_if_set(current)
    pin.check_rules(new)
    if new != again:
        raise pin.PinError("the two PINs differ; nothing changed")
    pin.set_pin(new, profile=settings.safety.profile if settings is not None else None)
    _LOGGER.info("The owner's PIN was set")


def remove_pin(current: str | None) -> None:
    """Remove the PIN (security-sensitive steps then need a typed confirmation only)."""
    if not pin.is_set():
        return
    require_pin(current)
    pin.clear_pin()
    _LOGGER.info("The owner's PIN was removed")


def switch_profile(settings: Settings, name: str, entered: str | None) -> Role:
    """Make *name* the active profile: kept with the PIN in the keyring, and mirrored in the
    settings file. Needs a PIN set and typed: otherwise anyone at the desk could leave the
    child profile. Switching to the profile in force does nothing, unless the most
    restrictive one applies instead of it (then the PIN puts it back)."""
    if name not in roles.ROLE_NAMES:
        raise HearthError(f"unknown profile {name!r} (one of {', '.join(roles.ROLE_NAMES)})")
    current = active_profile(settings.safety)
    if name == current.role.name and not current.problem:
        return current.role
    if not pin.is_set():
        raise pin.NoPinError("switching profiles needs the owner's PIN: set a PIN first")
    require_pin(entered)
    # The keyring first: should saving the mirror fail, the two disagree, which is the
    # most restrictive profile, never the old one.
    pin.set_profile(name)
    settings.safety.profile = name
    settings.save()
    _LOGGER.info("Profile switched to %s", name)
    return roles.role_named(name, settings.safety)


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
