"""Binding a running assistant to the safety settings in force, without a restart: the
active profile (read with the PIN from the keyring), the owner's PIN actions, and the devices
newly hidden from Hearth."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.config.settings import SafetySettings
from app.policy import safety

if TYPE_CHECKING:
    from app.assistant import Assistant


def bind(assistant: Assistant, active: safety.ActiveProfile) -> None:
    """Run *assistant*'s plans under *active*'s role and PIN actions: never looser than
    approved with the PIN, whatever the settings file says."""
    assistant.executor.role = active.role
    assistant.executor.pin_actions = frozenset(active.safety.pin_actions)


def news(before: safety.ActiveProfile | None, active: safety.ActiveProfile) -> list[str]:
    """What to tell the person about *active* that was not said for *before*: why the most
    restrictive profile applies, which settings of the file are ignored."""
    said: list[str] = []
    if active.problem and (before is None or before.problem != active.problem):
        said.append(active.problem)
    if active.ignored and (before is None or before.ignored != active.ignored):
        said.append(active.ignored)
    return said


def apply_saved(assistant: Assistant, saved: SafetySettings) -> None:
    """Apply *saved* at once: the owner's PIN actions, and the devices newly hidden (showing
    more applies from the next start, when the source's own list is read again)."""
    assistant.executor.pin_actions = frozenset(saved.pin_actions)
    home = assistant.home
    for entity_id in saved.hidden:
        entity = home.get(entity_id)
        if entity is not None and entity.exposed:
            entity.exposed = False
            home.revision += 1  # the planner rebuilds its vocabulary without it
