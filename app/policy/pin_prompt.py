"""Asking for the PIN before a security-sensitive step: one flow for the CLI and the window.

The person gets :data:`TRIES` tries per question; every wrong PIN counts towards the lock-out
(:mod:`app.policy.pin`), and a lock-out or a keyring that cannot be reached ends the question at
once (never a "yes" instead). Each check runs in a worker thread: scrypt and the keyring block.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from app.core.errors import HearthError
from app.policy import pin

_LOGGER = logging.getLogger(__name__)

TRIES = 3
"""Tries per question (the lock-out may end them sooner)."""

Ask = Callable[[str | None], Awaitable[str | None]]
"""Asks the person for the PIN: given None the first time, then what went wrong ("Wrong PIN,
2 tries left"); returns what was typed, or None (or "") when the person gave up."""


@dataclass(frozen=True, slots=True)
class PinAnswer:
    ok: bool
    """The PIN was typed right: the steps asked for may run."""
    message: str = ""
    """Why not, as a sentence for the person."""


_NOT_RUN = "the security-sensitive steps were not run"


async def confirm_with_pin(ask: Ask, *, tries: int = TRIES) -> PinAnswer:
    """Ask for the PIN with *ask* until it is right, the person gives up, *tries* are used up
    or the lock-out starts. Fails closed: any error is a "no"."""
    problem: str | None = None
    for attempt in range(1, tries + 1):
        entered = await ask(problem)
        if not entered:
            return PinAnswer(False, f"No PIN given: {_NOT_RUN}.")
        try:
            right = await asyncio.to_thread(pin.verify, entered)
        except HearthError as err:  # locked out, no PIN set, or the keyring failed
            return PinAnswer(False, f"Security-sensitive steps were not run: {err}.")
        except Exception:  # fail closed: a bug must never count as the right PIN
            _LOGGER.exception("The PIN check failed")
            return PinAnswer(False, f"The PIN could not be checked: {_NOT_RUN}.")
        if right:
            return PinAnswer(True)
        left = tries - attempt
        problem = f"Wrong PIN, {left} {'try' if left == 1 else 'tries'} left."
    return PinAnswer(False, f"Wrong PIN: {_NOT_RUN}.")
