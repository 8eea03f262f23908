"""The safety settings approved with the owner's PIN, and what is in force given them.

With a PIN set, the owner's approved ``[safety]`` section (but the profile, kept beside it) is
kept with the PIN in the keyring (:mod:`app.policy.pin`) as the JSON object
:func:`approved_copy` makes. What is in force is the settings file's section met with the
approved one, each setting at the tighter of the two (:func:`meet`): an edit of the file that
tightens applies, one that loosens is ignored, with a notice, until the owner approves it
with the PIN (:mod:`app.policy.safety`).

Pure functions over the settings (and one read of the settings file in
:func:`in_force_copy`): the PIN's record and the owner's operations both build on them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from app.config import settings as settings_file
from app.config.settings import ROLE_NAMES, load_settings
from app.core.errors import ConfigError, HearthError
from app.policy import roles

if TYPE_CHECKING:
    from app.config.settings import SafetySettings

_LOGGER = logging.getLogger(__name__)


def approved_copy(safety: SafetySettings) -> dict[str, Any]:
    """*safety* but the profile (kept beside it) as the JSON object kept with the PIN:
    canonical (lists sorted, no duplicates, unset role overrides left out), so that two
    copies of the same settings are equal."""
    copy: dict[str, Any] = {
        "pin_actions": sorted(set(safety.pin_actions)),
        "exposure": safety.exposure,
        "hidden": sorted(set(safety.hidden)),
        "shown": sorted(set(safety.shown)),
        "roles": {},
    }
    for name, override in sorted(safety.roles.items()):
        table = {
            key: sorted(set(value)) if isinstance(value, list) else value
            for key, value in override.model_dump(exclude_none=True).items()
        }
        if table:
            copy["roles"][name] = table
    return copy


def from_copy(copy: object) -> SafetySettings | None:
    """The safety settings of a copy kept with the PIN (None: it is not one, i.e. damaged),
    read by the same rules as the settings file."""
    if not isinstance(copy, dict) or "profile" in copy:
        return None
    try:
        return settings_file.Settings.from_dict(
            {"safety": copy}, "the approved safety settings"
        ).safety
    except (ConfigError, TypeError, ValueError, RecursionError):
        return None


def _both(one: frozenset[str] | None, other: frozenset[str] | None) -> frozenset[str] | None:
    """What both allow (None: everything)."""
    if one is None:
        return other
    return one if other is None else one & other


def meet(file: SafetySettings, approved: SafetySettings) -> SafetySettings:
    """Each safety setting at the tighter of *file*'s and *approved*'s: more PIN actions and
    hidden devices, fewer shown ones, "all" only when both see all, and each role allowed
    only what both allow (the fewer domains and areas, more denied actions, the lower
    highest risk). Keeps *file*'s profile name (the profile is decided beside this)."""
    met = settings_file.SafetySettings(
        profile=file.profile,
        pin_actions=sorted(set(file.pin_actions) | set(approved.pin_actions)),
        exposure="all" if file.exposure == approved.exposure == "all" else "assist",
        hidden=sorted(set(file.hidden) | set(approved.hidden)),
        shown=sorted(set(file.shown) & set(approved.shown)),
    )
    for name, default in roles.DEFAULT_ROLES.items():
        one, other = roles.role_named(name, file), roles.role_named(name, approved)
        domains = _both(one.domains, other.domains)
        areas = _both(one.areas, other.areas)
        denied = one.denied_actions | other.denied_actions
        risk = min(one.highest_risk, other.highest_risk, key=lambda r: r.rank)
        override = settings_file.RoleSettings(
            # Never None where the default has a list: both sides resolve to one there.
            domains=sorted(domains) if domains is not None and domains != default.domains else None,
            areas=sorted(areas) if areas is not None and areas != default.areas else None,
            denied_actions=sorted(denied) if denied != default.denied_actions else None,
            highest_risk=risk.value if risk != default.highest_risk else None,
        )
        if override != settings_file.RoleSettings():
            met.roles[name] = override
    return met


def in_force(file: SafetySettings, copy: object) -> tuple[SafetySettings, str]:
    """The safety settings in force with a PIN set, given the *copy* kept with it, and the
    notice of what of the file's is ignored ("" when nothing is)."""
    approved = from_copy(copy)
    why = ""
    if copy is None:
        why = " (the PIN was set before Hearth kept them with it: Hearth's defaults stand in)"
    elif approved is None:
        _LOGGER.warning("The safety settings kept with the PIN are damaged")
        why = " (those kept in the keyring are damaged: Hearth's defaults stand in)"
    met = meet(file, approved or settings_file.SafetySettings())
    loosened = _differences(file, met)
    if not loosened:
        return met, ""
    _LOGGER.info("Ignoring the settings file's looser %s", ", ".join(loosened))
    return met, (
        f"The settings file's {', '.join(loosened)} loosen the safety settings approved with "
        f"the owner's PIN{why}, so they are ignored until the owner applies them with the PIN "
        "(`hearth safety accept`)."
    )


def _differences(file: SafetySettings, met: SafetySettings) -> list[str]:
    """The settings whose value in *file* is not the one in force (*met*), by name."""
    one, other = approved_copy(file), approved_copy(met)
    keys = ("pin_actions", "exposure", "hidden", "shown")
    changed = [f"safety.{key}" for key in keys if one[key] != other[key]]
    for name in ROLE_NAMES:
        if roles.role_named(name, file) != roles.role_named(name, met):
            changed.append(f"safety.roles.{name}")
    return changed


def in_force_copy() -> dict[str, Any] | None:
    """The saved settings file's safety settings met with the defaults, as a copy to keep
    with the PIN (None: the file cannot be read). What a PIN that has no copy yet keeps
    at its next right check: what was in force then, never looser. Never raises for a bad
    file: it runs inside that check, which must still count the right PIN as right."""
    try:
        saved = load_settings().safety
    except (HearthError, OSError, ValueError, RecursionError) as err:
        _LOGGER.info("No safety settings kept with the PIN yet: %s", type(err).__name__)
        return None
    return approved_copy(meet(saved, settings_file.SafetySettings()))
