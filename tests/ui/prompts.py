"""Stand-ins for the dialogs a page awaits (ui.dialogs): each answers at once with a value."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


def answering(value: T, asked: list[str] | None = None) -> Callable[[object], Awaitable[T]]:
    """A prompt that gives *value*, noting in *asked* what it was asked (the question or the
    flag the page passes)."""

    async def prompt(question: object) -> T:
        if asked is not None:
            asked.append(str(question))
        return value

    return prompt
