"""The Safety page's changes, without Qt: whether a PIN is set, and each change the owner
makes there (switch the profile, set, change or remove the PIN, what needs the PIN, what
Hearth may see, the settings file's safety settings), as a value the window's bridge runs in
a worker thread.

The rules themselves are :mod:`app.policy.safety`'s. Here: one change at a time, and the
settings object put back as it was when the change fails part-way (a save that failed after
the object was changed), so the window never shows what is not saved.

Every function here blocks (scrypt, the keyring, the settings file): never on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.config.settings import Settings
from app.core.errors import HearthError
from app.policy import pin, safety


@dataclass(frozen=True, slots=True)
class PinState:
    """Whether the owner's PIN is set, or why that cannot be told (the keyring's trouble)."""

    is_set: bool
    problem: str = ""
    """Why no PIN can be set or checked ("" when the keyring answered)."""


def pin_state() -> PinState:
    """Whether a PIN is set (reads the keyring)."""
    try:
        return PinState(pin.is_set())
    except HearthError as err:
        return PinState(False, str(err))


@dataclass(frozen=True, slots=True)
class SwitchProfile:
    name: str
    pin: str | None


@dataclass(frozen=True, slots=True)
class ChangePin:
    """Set the PIN (*current* None when none is set) or change it."""

    current: str | None
    new: str
    again: str


@dataclass(frozen=True, slots=True)
class RemovePin:
    pin: str | None


@dataclass(frozen=True, slots=True)
class SetPinActions:
    actions: tuple[str, ...]
    pin: str | None


@dataclass(frozen=True, slots=True)
class SetExposure:
    mode: str
    hidden: tuple[str, ...]
    pin: str | None


@dataclass(frozen=True, slots=True)
class AcceptFile:
    """Apply the settings file's safety settings (as read at start) with the PIN."""

    pin: str | None


SafetyChange = SwitchProfile | ChangePin | RemovePin | SetPinActions | SetExposure | AcceptFile
"""One change made on the Safety page."""


def apply(settings: Settings, change: SafetyChange) -> None:
    """Make *change* and save it. Raises :class:`HearthError` (a wrong PIN, the keyring's
    trouble, a file that cannot be written) or :class:`OSError`; *settings*' safety part is
    then as it was before."""
    saved = settings.safety
    before = (saved.profile, list(saved.pin_actions), saved.exposure, list(saved.hidden))
    try:
        _make(settings, change)
    except (HearthError, OSError):
        saved.profile, saved.pin_actions, saved.exposure, saved.hidden = before
        raise


def _make(settings: Settings, change: SafetyChange) -> None:
    match change:
        case SwitchProfile(name, entered):
            safety.switch_profile(settings, name, entered)
        case ChangePin(current, new, again):
            safety.change_pin(current, new, again, settings)
        case RemovePin(entered):
            safety.remove_pin(entered)
        case SetPinActions(actions, entered):
            safety.set_pin_actions(settings, actions, entered)
        case SetExposure(mode, hidden, entered):
            safety.set_exposure(settings, mode, hidden, entered)
        case AcceptFile(entered):
            safety.accept_file(settings, entered)
