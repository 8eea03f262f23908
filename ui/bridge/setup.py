"""The bridge's first-run part: what the first-run wizard asks of the core before there is an
assistant. The owner's PIN (:mod:`app.policy.pin`, :mod:`app.policy.safety`: the keyring and
scrypt, in a worker thread) and the demo home shown while the wizard runs (its builders,
:mod:`app.bootstrap`, imported and run in a worker thread, not on the GUI thread)."""

from __future__ import annotations

import asyncio

from app.config.settings import Settings
from app.core.home import Home
from app.policy import pin, safety


class SetupDoor:
    """The wizard's door to the core, made with the settings it fills in."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def check_pin_rules(self, new: str) -> None:
        """Whether *new* has a PIN's form (a pattern: nothing is asked of the keyring).
        Raises PinError."""
        pin.check_rules(new)

    async def pin_is_set(self) -> bool:
        """Whether this computer has an owner's PIN (the keyring, in a worker thread). Raises
        SecretStoreError when there is no usable keyring."""
        return await asyncio.to_thread(pin.is_set)

    async def set_first_pin(self, new: str, again: str) -> None:
        """Set the first PIN, keeping the wizard's safety settings as the approved ones (in a
        worker thread: the keyring may wait for an unlock prompt). Raises HearthError."""
        await asyncio.to_thread(safety.change_pin, None, new, again, self.settings)

    async def demo_home(self, language: str) -> Home:
        """The bundled demo home, its rooms named in *language* (read in a worker thread).
        Raises HearthError."""
        return await asyncio.to_thread(_load_demo_home, language)


def _load_demo_home(language: str) -> Home:
    """The bundled demo home named in *language* (in a worker thread: the builders of the
    home's parts, imported with it, are not what the wizard's GUI thread should wait for)."""
    from app.bootstrap import demo_home_source, name_demo  # noqa: PLC0415  lazy: the home's builders load in a worker thread, not the wizard's GUI thread

    return name_demo(Home.load(demo_home_source()), language)
