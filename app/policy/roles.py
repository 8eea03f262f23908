"""Roles (profiles) on this desktop: what each may control and up to which risk.

The four roles have safe defaults; the owner may narrow or widen them in the settings
(``[safety.roles.<name>]``; with a PIN set, a widening applies only once approved with the
PIN, see :mod:`app.policy.safety`). Switching the active profile needs the owner's PIN, and with a
PIN set the active profile is the one kept with it in the keyring
(:func:`app.policy.safety.active_role`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.config.settings import ROLE_NAMES
from app.core.plan import Risk

if TYPE_CHECKING:
    from app.config.settings import SafetySettings


@dataclass(frozen=True, slots=True)
class Role:
    name: str
    domains: frozenset[str] | None = None
    """Domains this role may control or read (None: all)."""
    areas: frozenset[str] | None = None
    """Areas whose devices this role may control or read (None: all)."""
    denied_actions: frozenset[str] = frozenset()
    """Actions this role may never run, whatever their risk."""
    highest_risk: Risk = Risk.HIGH
    """The highest risk this role may run (with its confirmation or PIN)."""


OWNER = Role("owner")
DEFAULT_ROLES: dict[str, Role] = {
    "owner": OWNER,
    "adult": Role("adult"),
    "child": Role(
        "child",
        domains=frozenset({"light", "switch", "fan", "media_player", "todo", "scene"}),
        highest_risk=Risk.LOW,
    ),
    "guest": Role(
        "guest",
        domains=frozenset({"light", "media_player", "climate"}),
        highest_risk=Risk.LOW,
    ),
}
"""Each role's defaults, by its name (:data:`app.config.settings.ROLE_NAMES`, in that
order: the settings file names them, and must not need the policy to read them)."""


def role_named(name: str, safety: SafetySettings | None = None) -> Role:
    """The role *name* with the settings' overrides applied. Raises KeyError if unknown."""
    role = DEFAULT_ROLES[name]
    override = safety.roles.get(name) if safety is not None else None
    if override is None:
        return role
    if override.domains is not None:
        role = replace(role, domains=frozenset(override.domains))
    if override.areas is not None:
        role = replace(role, areas=frozenset(override.areas))
    if override.denied_actions is not None:
        role = replace(role, denied_actions=frozenset(override.denied_actions))
    if override.highest_risk is not None:
        role = replace(role, highest_risk=Risk(override.highest_risk))
    return role


def most_restrictive(safety: SafetySettings | None = None) -> Role:
    """The role that may do least, with the settings' overrides applied: the lowest highest
    risk, then the fewest domains, then the fewest areas (ties: the first in ROLE_NAMES).
    What a session runs under when the profile kept with the PIN cannot be trusted."""

    def breadth(names: frozenset[str] | None) -> float:
        return float("inf") if names is None else len(names)

    candidates = [role_named(name, safety) for name in ROLE_NAMES]
    return min(
        candidates,
        key=lambda r: (r.highest_risk.rank, breadth(r.domains), breadth(r.areas)),
    )
