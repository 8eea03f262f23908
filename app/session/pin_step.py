"""The PIN before a security-sensitive step the person confirmed on a plan card.

With a PIN set, the card's confirmation alone is not enough: the person types the PIN, with
the tries and the lock-out of :func:`app.policy.pin_prompt.confirm_with_pin`, as in the CLI.
Without a PIN the confirmation stands (as in the CLI). Fails closed: a keyring that cannot be
read, no answer, or tries used up leave the security-sensitive steps unapproved.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from app.core.errors import HearthError
from app.core.plan import Plan
from app.core.results import Approval
from app.policy import pin, pin_prompt

Prompt = Callable[[str], Awaitable[str | None]]
"""Asks the person for the PIN, showing what it is for (and, on a retry, what went wrong);
returns what was typed, or None when the person gave up. It awaits the answer: a dialog with an
event loop of its own inside the asking task would keep every other task from waking."""

Say = Callable[[str], None]
"""Tells the person something now; an empty message takes back the last one."""


async def confirm(approval: Approval, plan: Plan, prompt: Prompt | None, say: Say) -> Approval:
    """*approval* as it may run: the confirmed security-sensitive steps only once the PIN was
    typed right (or no PIN is set). A wrong PIN is said with *say* while *prompt* asks again;
    once the right one comes, *say* gets "" to take the warning back."""
    if not approval.high_risk_confirmed:
        return approval
    without = Approval(approval.steps, set(), approval.by)
    try:
        needed = await asyncio.to_thread(pin.is_set)
    except HearthError as err:
        say(f"Security-sensitive steps were not run: {err}")
        return without
    if not needed:
        return approval
    summaries = ", ".join(plan.steps[i].summary for i in sorted(approval.high_risk_confirmed))

    async def ask(problem: str | None) -> str | None:
        if problem is not None:
            say(problem)  # in the status bar while the prompt asks again
        if prompt is None:
            return None
        return await prompt(f"{problem}\n\n{summaries}" if problem else summaries)

    answer = await pin_prompt.confirm_with_pin(ask)
    if not answer.ok:
        say(answer.message)
        return without
    say("")  # a "wrong PIN" said during the tries no longer holds
    return Approval(approval.steps, approval.high_risk_confirmed, f"{approval.by} + PIN")
