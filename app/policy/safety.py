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

The rest of ``[safety]`` (the role overrides, ``pin_actions``, ``exposure``, ``hidden`` and
``shown``): with a PIN set, the owner's approved copy is kept with the PIN too
(:mod:`app.policy.approved`), written only by the operations here (with the PIN, or when
they only tighten). What is in force is the file's settings met with the approved ones, each
setting at the tighter of the two (:func:`app.policy.approved.meet`): an edit of the file
that tightens applies, one that loosens is ignored, with a notice, until the owner applies
the file's settings with the PIN (:func:`accept_file`). A PIN set before Hearth kept the copy
has none: the file's settings met with the defaults apply, and the next right PIN keeps those
as approved.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.config import secret_store
from app.config import settings as settings_file
from app.config.settings import EXPOSURE_MODES, ROLE_NAMES
from app.core.errors import HearthError, SecretStoreError
from app.policy import approved, pin, roles
from app.policy.roles import Role

if TYPE_CHECKING:
    from app.config.settings import SafetySettings, Settings

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


def _defaults() -> SafetySettings:
    """The safety settings as shipped (their model loads with the first one made)."""
    return settings_file.SafetySettings()


@dataclass(frozen=True, slots=True)
class ActiveProfile:
    """The profile a session runs under, and why, when it is not the one chosen."""

    role: Role
    problem: str = ""
    """Why the most restrictive profile applies instead of the chosen one ("" when the chosen
    one applies), in words for the person, saying how to leave it."""
    safety: SafetySettings = field(default_factory=_defaults, compare=False)
    """The safety settings in force: the role overrides, PIN actions and exposure to use
    (with a PIN set, never looser than the ones approved with it)."""
    ignored: str = field(default="", compare=False)
    """Which of the settings file's safety settings are ignored because they loosen the
    approved ones, and how the owner applies them ("" when none is)."""


def active_profile(safety: SafetySettings) -> ActiveProfile:
    """The profile this session runs under, and the safety settings in force.

    With a PIN set: the profile kept with it in the keyring, when the settings file names
    the same one, otherwise the most restrictive profile configured; and the file's safety
    settings met with the ones approved with the PIN (never looser than those). With no PIN
    set (or no keyring at all, so no PIN): the settings file's. A keyring that is there but
    fails is not "no PIN": the most restrictive profile, and the file's settings met with the
    defaults. Blocks on the keyring: not on the GUI thread."""
    try:
        stored, copy = pin.kept()
    except (pin.NoPinError, secret_store.NoKeyringError):
        return ActiveProfile(roles.role_named(safety.profile, safety), safety=safety)
    except pin.DamagedPinError:
        in_force = approved.meet(safety, settings_file.SafetySettings())
        return _restricted(in_force, "the profile kept with the PIN in the keyring is damaged")
    except SecretStoreError as err:
        in_force = approved.meet(safety, settings_file.SafetySettings())
        return _restricted(in_force, f"the profile kept with the PIN cannot be read ({err})")
    in_force, ignored = approved.in_force(safety, copy)
    if stored is None:
        why = "the PIN was set before Hearth kept the active profile with it"
        return _restricted(in_force, why, ignored)
    if stored not in ROLE_NAMES:
        why = "the profile kept with the PIN in the keyring is damaged"
        return _restricted(in_force, why, ignored)
    if stored != safety.profile:
        return _restricted(
            in_force,
            f"the settings file names the {safety.profile} profile, but the one switched "
            f"to with the PIN is {stored}",
            ignored,
        )
    return ActiveProfile(roles.role_named(stored, in_force), safety=in_force, ignored=ignored)


def active_role(safety: SafetySettings) -> Role:
    """The role this session runs under (:func:`active_profile`): with a PIN set, the
    profile kept with it in the keyring, never merely the settings file's. Blocks on the
    keyring: not on the GUI thread."""
    return active_profile(safety).role


def _restricted(safety: SafetySettings, why: str, ignored: str = "") -> ActiveProfile:
    role = roles.most_restrictive(safety)
    _LOGGER.info("Running under the %s profile: %s", role.name, why)
    return ActiveProfile(
        role,
        f"{why[0].upper()}{why[1:]}: Hearth runs under the most restrictive profile "
        f"({role.name}) until the owner switches profiles with the PIN "
        "(`hearth profile NAME`, or Settings › Safety).",
        safety=safety,
        ignored=ignored,
    )


# -- the owner's operations ----------------------------------------------------------------


def _keep_approved(safety: SafetySettings) -> None:
    """Keep *safety* as approved with the PIN (nothing to keep when no PIN is set). The
    callers have checked the PIN, or that *safety* is not looser than what is in force."""
    try:
        pin.set_safety(approved.approved_copy(safety))
    except (pin.NoPinError, secret_store.NoKeyringError):
        return


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
    profile and safety settings in force (*settings*', else the saved settings') as the
    active and approved ones; a changed PIN keeps the ones kept with the old PIN."""
    _require_if_set(current)
    pin.check_rules(new)
    if new != again:
        raise pin.PinError("the two PINs differ; nothing changed")
    if settings is None:
        pin.set_pin(new)
    else:
        pin.set_pin(
            new, profile=settings.safety.profile, safety=approved.approved_copy(settings.safety)
        )
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
    if name not in ROLE_NAMES:
        raise HearthError(f"unknown profile {name!r} (one of {', '.join(ROLE_NAMES)})")
    current = active_profile(settings.safety)
    if name == current.role.name and not current.problem:
        return current.role
    if not pin.is_set():
        raise pin.NoPinError("switching profiles needs the owner's PIN: set a PIN first")
    require_pin(entered)
    # The keyring first: should saving the mirror fail, the two disagree, which is the
    # most restrictive profile, never the old one. Only the profile changes: the file's
    # other safety settings are not approved by switching.
    pin.set_profile(name)
    settings.safety.profile = name
    settings.save()
    _LOGGER.info("Profile switched to %s", name)
    return roles.role_named(name, settings.safety)


def set_pin_actions(settings: Settings, actions: Iterable[str], entered: str | None) -> None:
    """Replace the owner's extra PIN actions and save (in the file, and as approved with the
    PIN). Adding one only tightens safety and needs no PIN; removing one that is in force
    (the file's or the approved one) needs it, when a PIN is set."""
    chosen = sorted(set(actions))
    in_force = active_profile(settings.safety).safety
    if (set(settings.safety.pin_actions) | set(in_force.pin_actions)) - set(chosen):
        _require_if_set(entered)
    settings.safety.pin_actions = chosen
    # The file first: should keeping the approved copy fail, the tighter of the two applies.
    settings.save()
    _keep_approved(in_force.model_copy(update={"pin_actions": chosen}))


def set_exposure(settings: Settings, mode: str, hidden: Iterable[str], entered: str | None) -> None:
    """Choose what Hearth sees (applies from the next start) and save (in the file, and as
    approved with the PIN). Seeing more than the file or what is in force needs the PIN
    (when one is set); hiding more does not."""
    if mode not in EXPOSURE_MODES:
        raise HearthError(f"exposure must be one of {', '.join(EXPOSURE_MODES)}")
    hidden_now = sorted(set(hidden))
    safety = settings.safety
    in_force = active_profile(safety).safety
    sees_more = (mode == "all" and "assist" in (safety.exposure, in_force.exposure)) or bool(
        (set(safety.hidden) | set(in_force.hidden)) - set(hidden_now)
    )
    if sees_more:
        _require_if_set(entered)
    safety.exposure = mode
    safety.hidden = hidden_now
    settings.save()
    _keep_approved(in_force.model_copy(update={"exposure": mode, "hidden": hidden_now}))


def accept_file(settings: Settings, entered: str | None) -> ActiveProfile:
    """Approve the settings file's ``[safety]`` as it is, profile included, with the PIN:
    what the owner does after editing the file (its loosening edits are ignored until
    then). Raises :class:`pin.NoPinError` when no PIN is set (the file decides then)."""
    if not pin.is_set():
        raise pin.NoPinError("no PIN is set: the settings file's safety settings apply as they are")
    require_pin(entered)
    pin.set_profile(settings.safety.profile, safety=approved.approved_copy(settings.safety))
    _LOGGER.info("The settings file's safety settings were approved with the PIN")
    return active_profile(settings.safety)
