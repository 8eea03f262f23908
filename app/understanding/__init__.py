"""Planners: text to a plan of steps. The local planner is rules plus fuzzy matching.

The planner is imported when it is first asked for (``from app.understanding import Planner``),
not with the package: the window imports small parts of it (the answers' wording, the time
words) on its GUI thread, and the planner itself loads in a worker thread after the window is
shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.understanding.planner import Planner, UnknownLanguageError

__all__ = ["Planner", "UnknownLanguageError"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from app.understanding import planner  # noqa: PLC0415  lazy: the planner (hassil, the time grammar) loads in a worker thread

        return getattr(planner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
