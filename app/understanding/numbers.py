"""How a number heard in a sentence is sent to Home Assistant and shown in a reply.

A slot or an attribute arrives as ``21``, ``21.0``, ``"21"`` or ``21.5``. A whole number is
sent and shown without its ``.0`` ("set the study to 21" sends ``21``, a range reads "from 7
to 35", not "from 7.0 to 35.0"); any other number is kept as it is.
"""

from __future__ import annotations

from typing import Any


def plain_number(value: Any) -> float | int:
    """*value* as a number, an ``int`` when it is whole: ``21.0`` → ``21``, ``"21.5"`` →
    ``21.5``. Raises ValueError or TypeError as ``float()`` does for what is no number."""
    number = float(value)
    return int(number) if number.is_integer() else number


def shown_number(value: Any) -> str:
    """*value* as a reply shows it: a whole float without ``.0``, anything else as it is,
    and ``?`` for a value that is missing (None)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value) if value is not None else "?"
